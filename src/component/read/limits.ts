import type { Sort } from '../ast.js';

/**
 * The structural limits the reader enforces: the ones wasmparser enforces, as wasm-tools 1.262
 * does (so what the reader accepts, wasm-tools and wasmtime do not refuse for its size). Reading within them keeps
 * every table the reader builds, and every pass over it, bounded by the input's size.
 */
export const LIMITS = {
  /** Bytes of any name or string. */
  name: 100_000,
  /** A type's effective size: 1 per type constructor, a reference to a type counting as that type's size. */
  typeSize: 1_000_000,
  canonicalOptions: 10,
  instantiateArguments: 100_000,
  inlineExports: 100_000,
  startArguments: 1_000,
  recordFields: 10_000,
  variantCases: 10_000,
  tupleTypes: 10_000,
  enumCases: 10_000,
  flags: 32,
  funcParams: 1_000,
  /** Core modules and components defined in one component's whole tree, the outermost one included. */
  definitions: 1_000,
  moduleTypeDeclarations: 100_000,
  componentTypeDeclarations: 100_000,
  instanceTypeDeclarations: 1_000_000,
  coreImports: 1_000_000,
  coreExports: 1_000_000,
  coreFuncParams: 1_000,
  coreFuncResults: 1_000,
  structFields: 10_000,
  supertypes: 1,
} as const;

/** A shared bound on the entries of some index spaces of one scope. */
interface SpaceLimit {
  /** How the limit names what it counts. */
  what: string;
  max: number;
  counts: (sort: Sort) => boolean;
}

const component = (s: Sort, name: string) => 'component' in s && s.component === name;
const core = (s: Sort, name: string) => 'core' in s && s.core === name;

/**
 * Per scope (a component, a component type or an instance type), as wasmparser counts them
 * (wasm-tools 1.262 measured: instances of both kinds 4096).
 */
export const SPACE_LIMITS: SpaceLimit[] = [
  { what: 'core modules', max: 1_000, counts: (s) => core(s, 'module') },
  { what: 'components', max: 1_000, counts: (s) => component(s, 'component') },
  {
    what: 'instances (core and component together)',
    max: 4_096,
    counts: (s) => core(s, 'instance') || component(s, 'instance'),
  },
  { what: 'values', max: 1_000, counts: (s) => component(s, 'value') },
  {
    what: 'functions (core and component together)',
    max: 1_000_000,
    counts: (s) => core(s, 'func') || component(s, 'func'),
  },
  {
    what: 'types (core and component together)',
    max: 1_000_000,
    counts: (s) => core(s, 'type') || component(s, 'type'),
  },
  ...(['table', 'memory', 'global', 'tag'] as const).map((name) => ({
    what: `core ${name}s`,
    max: 1_000_000,
    counts: (s: Sort) => core(s, name),
  })),
];
