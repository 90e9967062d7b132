import type {
  Alias,
  Canon,
  ComponentSort,
  CoreInstance,
  CoreModule,
  CoreSort,
  CoreType,
  CustomSection,
  DefType,
  Export,
  ExternType,
  Import,
  Instance,
  SectionSpan,
  Sort,
  SortIndex,
  Start,
} from '../ast.js';
import type { ByteReader } from './byte-reader.js';
import { WasmDecodeError } from '../errors.js';
import { LIMITS, SPACE_LIMITS } from './limits.js';

export interface Component {
  /** Byte range of this component, preamble included. */
  start: number;
  end: number;
  sections: SectionSpan[];
  imports: Import[];
  exports: Export[];
  types: DefType[];
  coreTypes: CoreType[];
  aliases: Alias[];
  canons: Canon[];
  coreModules: CoreModule[];
  coreInstances: CoreInstance[];
  instances: Instance[];
  components: Component[];
  starts: Start[];
  customs: CustomSection[];
  /** The index spaces of this component, with the enclosing component as parent. */
  scope: Scope;
}

/** Where an entry of an index space came from. */
export type Origin =
  | { via: 'type'; type: DefType }
  | { via: 'core-type'; type: CoreType }
  | { via: 'import'; name: string; type: ExternType }
  | { via: 'export'; name: string; type?: ExternType; item?: SortIndex }
  | { via: 'alias'; alias: Alias }
  | { via: 'core-module'; module: CoreModule }
  | { via: 'component'; component: Component }
  | { via: 'core-instance'; instance: CoreInstance }
  | { via: 'instance'; instance: Instance }
  | { via: 'canon'; canon: Canon }
  | { via: 'start' }
  | { via: 'value' };

/**
 * Told of each entry before it joins its space (at byte offset `at`); it may refuse it. The
 * reader bounds the input's types with it (type-info.ts's recordTypeInfo).
 */
export type EntryHook = (scope: Scope, sort: Sort, origin: Origin, at: number) => void;

/** Far beyond what real components use; bounds recursion on hostile input. */
export const MAX_NESTING = 100;

export type ScopeKind = 'component' | 'component-type' | 'instance-type';

const coreSorts: CoreSort[] = [
  'func',
  'table',
  'memory',
  'global',
  'tag',
  'type',
  'module',
  'instance',
];
const componentSorts: ComponentSort[] = ['func', 'value', 'type', 'component', 'instance'];

const SCOPE_NAMES: Record<ScopeKind, string> = {
  component: 'component',
  'component-type': 'component type',
  'instance-type': 'instance type',
};

/** The indices of SPACE_LIMITS that count entries of a sort, by core and component sort. */
const countingIndices = (sort: Sort) =>
  SPACE_LIMITS.flatMap((limit, i) => (limit.counts(sort) ? [i] : []));
const coreLimits = new Map(coreSorts.map((core) => [core, countingIndices({ core })]));
const componentLimits = new Map(
  componentSorts.map((component) => [component, countingIndices({ component })]),
);
const limitsCounting = (sort: Sort) =>
  ('core' in sort ? coreLimits.get(sort.core) : componentLimits.get(sort.component)) ?? [];

export function sortName(sort: Sort): string {
  return 'core' in sort ? `core ${sort.core}` : sort.component;
}

/**
 * The index spaces of one scope (a component, a component type or an instance
 * type). Each definition, import, export and alias appends to the space of its
 * sort, in binary order, as the spec defines; references are checked against
 * the spaces as they stand when the reference is read.
 */
export class Scope {
  readonly core = Object.fromEntries(coreSorts.map((s) => [s, [] as Origin[]])) as Record<
    CoreSort,
    Origin[]
  >;
  readonly component = Object.fromEntries(componentSorts.map((s) => [s, [] as Origin[]])) as Record<
    ComponentSort,
    Origin[]
  >;

  /** How many scopes enclose this one. */
  readonly depth: number;

  /** Entries so far that each of SPACE_LIMITS counts. */
  private readonly counted = SPACE_LIMITS.map(() => 0);

  /** In the outermost scope: the core modules and components defined in the tree, itself included. */
  private definitions = 1;

  /** Told of every entry of this scope and the scopes nested in it. */
  readonly onEntry: EntryHook;

  constructor(
    readonly kind: ScopeKind,
    readonly parent?: Scope,
    onEntry?: EntryHook,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
    this.onEntry = onEntry ?? parent?.onEntry ?? (() => {});
  }

  /** Opens a nested scope, refusing nesting deep enough to exhaust the decoder's stack. */
  static nested(
    reader: ByteReader,
    at: number,
    kind: ScopeKind,
    parent: Scope | undefined,
    onEntry?: EntryHook,
  ): Scope {
    const scope = new Scope(kind, parent, onEntry);
    if (scope.depth > MAX_NESTING)
      reader.fail(`components and types are nested more than ${MAX_NESTING} levels deep`, at);
    return scope;
  }

  space(sort: Sort): Origin[] {
    return 'core' in sort ? this.core[sort.core] : this.component[sort.component];
  }

  /**
   * Appends an entry to the space of `sort`, refusing (at byte offset `at`) what breaks the
   * structural limits (limits.ts): too many entries, or what the entry hook refuses.
   */
  push(sort: Sort, origin: Origin, at: number): number {
    for (const i of limitsCounting(sort)) {
      const limit = SPACE_LIMITS[i]!;
      if (++this.counted[i]! > limit.max)
        throw new WasmDecodeError(
          at,
          `more than ${limit.max} ${limit.what} in one ${SCOPE_NAMES[this.kind]} (wasm-tools and wasmtime refuse it too)`,
        );
    }
    if (origin.via === 'core-module' || origin.via === 'component') {
      const root = this.ancestor(this.depth)!;
      if (++root.definitions > LIMITS.definitions)
        throw new WasmDecodeError(
          at,
          `more than ${LIMITS.definitions} core modules and components defined in one component, nested ones and itself included (wasm-tools and wasmtime refuse it too)`,
        );
    }
    this.onEntry(this, sort, origin, at);
    const space = this.space(sort);
    space.push(origin);
    return space.length - 1;
  }

  /** Fails unless `index` is already defined in the space of `sort`. */
  check(reader: ByteReader, at: number, sort: Sort, index: number, what: string): void {
    const size = this.space(sort).length;
    if (index >= size) {
      reader.fail(
        `${what} refers to ${sortName(sort)} index ${index}, but only ${size} ${sortName(sort)} definition(s) exist at this point`,
        at,
      );
    }
  }

  /** The scope `count` levels out (0 = this one), if there is one. */
  ancestor(count: number): Scope | undefined {
    return count === 0 ? this : this.parent?.ancestor(count - 1);
  }

  /** The scope `count` levels out, failing past the outermost. */
  outer(reader: ByteReader, at: number, count: number): Scope {
    const scope = this.ancestor(count);
    if (!scope) {
      reader.fail(
        `outer alias count ${count} reaches beyond the ${this.depth} enclosing scope(s)`,
        at,
      );
    }
    return scope;
  }
}
