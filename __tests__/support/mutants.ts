import fc from 'fast-check';
import type { Declaration, DefType, ExternName } from '../../src/component/ast.js';
import { declaredNames } from '../../src/virt/wit-declarations.js';
import { WasmDecodeError } from '../../src/component/errors.js';
import { readComponent } from '../../src/component/read/read-component.js';
import { WASI_INTERFACES } from '../../src/virt/wasi-interfaces.js';
import { rewriteTopLevel } from './rewrite.js';
import { withWasiVersions } from './reversion.js';

// Mutants of components: invalid (or unusual) but still parseable inputs for the generator.

/** Where a byte edit lands: a fraction of the way through the bytes after the preamble, or an offset into the type and import prelude (the first 4 KiB), where most edits go. */
type Position = { fraction: number } | { prelude: number };

/** A byte-level edit. */
export type ByteEdit =
  | { op: 'flip'; at: Position; bit: number }
  | { op: 'set' | 'insert'; at: Position; value: number }
  | { op: 'delete'; at: Position };

const position: fc.Arbitrary<Position> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ prelude: fc.nat({ max: 4095 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      fraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    }),
  },
);
const byte = fc.integer({ min: 0, max: 255 });
const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constantFrom('set' as const, 'insert' as const), at: position, value: byte }),
  fc.record({ op: fc.constant('delete' as const), at: position }),
);

export const byteEdits = fc.array(byteEdit, { minLength: 1, maxLength: 3 });

/** Applies byte edits; the preamble is left alone (a broken one is only "not a component"). */
export function applyByteEdits(original: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let bytes = new Uint8Array(original); // a copy (a Buffer's slice would be a view)
  for (const edit of edits) {
    const span = Math.max(bytes.length - 8, 1);
    const at =
      8 + ('prelude' in edit.at ? edit.at.prelude % span : Math.floor(edit.at.fraction * span));
    if (edit.op === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << edit.bit);
    else if (edit.op === 'set') bytes[at] = edit.value;
    else {
      const inserted = edit.op === 'insert' ? [edit.value] : [];
      const rest = bytes.subarray(Math.min(at + (edit.op === 'delete' ? 1 : 0), bytes.length));
      const next = new Uint8Array(at + inserted.length + rest.length);
      next.set(bytes.subarray(0, at));
      next.set(inserted, at);
      next.set(rest, at + inserted.length);
      bytes = next;
    }
  }
  return bytes;
}

/** WASI releases and the versions around them. */
export const VERSIONS = [
  ...Array.from({ length: 13 }, (_, patch) => `0.2.${patch}`),
  '0.2.13',
  '0.3.0',
  '1.0.0',
  '0.2.0-rc-2023-11-10',
];

const wasiIds = WASI_INTERFACES.map((i) => i.id);
const interfaceName = fc.oneof(
  // A WASI interface this tool knows, at any version (or none).
  fc
    .tuple(fc.constantFrom(...wasiIds), fc.option(fc.constantFrom(...VERSIONS)))
    .map(([id, version]) => (version ? `${id}@${version}` : id)),
  // WASI interfaces and packages it does not know; other namespaces; plain and implements names.
  fc.constantFrom(
    'wasi:cli/unknown@0.2.12',
    'wasi:nn/graph@0.2.0-rc-2024-10-28',
    'wasi:keyvalue/store@0.2.0-draft',
    'wasi:config/store@0.2.0-draft',
    'wasi:config/store@0.2.12',
    'wasi:io/streams@0.3.0',
    'wasi:http/types@1.0.0',
    'acme:tools/helper@1.0.0',
    'docs:adder/add@0.1.0',
    'fermyon:spin/llm',
    'a:b:c/d/e@0.2.12',
    'run',
    'my-import',
    '[implements=<wasi:cli/environment@0.2.3>]env',
    '[implements=<wasi:io/streams@0.2.12>]streams',
    '[method]descriptor.read',
  ),
  // Names the grammar refuses.
  fc.constantFrom('WASI:CLI/ENV', 'wasi:cli', 'wasi:cli/environment@x', '', 'a b', 'x\n'),
  fc.stringMatching(/^[a-z][a-z0-9:/@.\-[\]]{0,24}$/),
);

/** Function names: every WASI function (mostly in the wrong interface), and some nobody has. */
const functionName = fc.oneof(
  fc.constantFrom(...new Set(WASI_INTERFACES.flatMap((i) => Object.keys(i.functions)))),
  fc.constantFrom(
    'frobnicate',
    '[method]descriptor.frobnicate',
    '[static]outgoing-body.frob',
    '[constructor]thing',
    '[method]nothing.read',
  ),
);
/** Type names: every WASI type and resource, and some nobody has. */
const typeName = fc.oneof(
  fc.constantFrom(...new Set(WASI_INTERFACES.flatMap((i) => i.types.flatMap(declaredNames)))),
  fc.constantFrom('mystery-type', 'descriptor2', 'error-code-x'),
);

/** A change to a component's structure, with positions taken modulo the number of candidates. */
export type StructuralEdit =
  | { kind: 'rename-import'; at: number; name: string }
  | { kind: 'rename-export'; at: number; name: string }
  | { kind: 'reversion'; versions: string[] }
  | { kind: 'drop-export'; at: number }
  | { kind: 'drop-import'; at: number }
  | { kind: 'swap-import-types'; at: number; with: number }
  | { kind: 'rename-member'; at: number; member: number; name: string }
  | { kind: 'swap-member-types'; at: number; member: number; with: number };

const at = fc.nat({ max: 1000 });
export const structuralEdit: fc.Arbitrary<StructuralEdit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('rename-import' as const), at, name: interfaceName }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('reversion' as const),
      versions: fc.array(fc.constantFrom(...VERSIONS), { minLength: 8, maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rename-export' as const),
      at,
      name: fc.oneof(
        interfaceName,
        fc.constantFrom('wasi:http/incoming-handler@0.2.12', 'wasi:cli/run@0.2.3'),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-export' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-import' as const), at }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('swap-import-types' as const), at, with: at }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('rename-member' as const),
      at,
      member: at,
      name: fc.oneof(functionName, typeName),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('swap-member-types' as const),
      at,
      member: at,
      with: at,
    }),
  },
);

export const structuralEdits = fc.array(structuralEdit, { minLength: 1, maxLength: 3 });

const renamed = (name: ExternName, to: string): ExternName => ({ ...name, name: to });
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** An instance type with its export declarations changed by `change` (given their positions among its exports); other types unchanged. */
function editMembers(
  type: DefType,
  change: (exports: number[]) => Map<number, (d: Declaration & { kind: 'export' }) => Declaration>,
): DefType {
  if (type.kind !== 'instance') return type;
  const exports = type.decls.flatMap((d, i) => (d.kind === 'export' ? [i] : []));
  if (exports.length === 0) return type;
  const changes = change(exports);
  const decls = type.decls.map((d, i) => {
    const edit = changes.get(i);
    return edit && d.kind === 'export' ? edit(d) : d;
  });
  return { ...type, decls };
}

/** The `member`th export of an instance type renamed. */
const renameMember = (type: DefType, member: number, name: string) =>
  editMembers(
    type,
    (exports) =>
      new Map([
        [exports[member % exports.length]!, (d) => ({ ...d, name: renamed(d.name, name) })],
      ]),
  );

/** Two exports of an instance type with their types swapped. */
function swapMemberTypes(type: DefType, member: number, other: number): DefType {
  if (type.kind !== 'instance') return type;
  return editMembers(type, (exports) => {
    const [a, b] = [exports[member % exports.length]!, exports[other % exports.length]!];
    const typeOf = (i: number) => (type.decls[i] as Declaration & { kind: 'export' }).type;
    return new Map([
      [a, (d) => ({ ...d, type: typeOf(b) })],
      [b, (d) => ({ ...d, type: typeOf(a) })],
    ]);
  });
}

/** The `n`th of `count` candidates, or undefined when there are none. */
const pick = (n: number, count: number) => (count === 0 ? undefined : n % count);

/** Applies one structural edit at the top level of a component. */
export function applyStructuralEdit(bytes: Uint8Array, edit: StructuralEdit): Uint8Array {
  const c = readComponent(bytes);
  switch (edit.kind) {
    case 'rename-import': {
      const target = pick(edit.at, c.imports.length);
      return rewriteTopLevel(bytes, {
        import: (i, p) => (p === target ? { ...i, name: renamed(i.name, edit.name) } : i),
      });
    }
    case 'reversion':
      return withWasiVersions(
        bytes,
        (name) => edit.versions[hash(name.replace(/@.*$/, '')) % edit.versions.length],
      );
    case 'rename-export': {
      const target = pick(edit.at, c.exports.length);
      return rewriteTopLevel(bytes, {
        export: (e, p) => (p === target ? { ...e, name: renamed(e.name, edit.name) } : e),
      });
    }
    case 'drop-export': {
      const target = pick(edit.at, c.exports.length);
      return rewriteTopLevel(bytes, { export: (e, p) => (p === target ? undefined : e) });
    }
    case 'drop-import': {
      const target = pick(edit.at, c.imports.length);
      return rewriteTopLevel(bytes, { import: (i, p) => (p === target ? undefined : i) });
    }
    case 'swap-import-types': {
      const [a, b] = [pick(edit.at, c.imports.length), pick(edit.with, c.imports.length)];
      if (a === undefined || b === undefined) return bytes;
      const swapped = new Map([
        [a, c.imports[b]!.type],
        [b, c.imports[a]!.type],
      ]);
      return rewriteTopLevel(bytes, {
        import: (i, p) => ({ ...i, type: swapped.get(p) ?? i.type }),
      });
    }
    case 'rename-member':
    case 'swap-member-types': {
      const instances = c.types.flatMap((t, p) => (t.kind === 'instance' ? [p] : []));
      const target = instances[pick(edit.at, instances.length) ?? -1];
      const change = (t: DefType) =>
        edit.kind === 'rename-member'
          ? renameMember(t, edit.member, edit.name)
          : swapMemberTypes(t, edit.member, edit.with);
      return rewriteTopLevel(bytes, { type: (t, p) => (p === target ? change(t) : t) });
    }
  }
}

/** Applies structural edits in turn, until one leaves bytes that no longer decode. */
export function applyStructuralEdits(bytes: Uint8Array, edits: StructuralEdit[]): Uint8Array {
  let mutant = bytes;
  for (const edit of edits) {
    if (!decodes(mutant)) break;
    mutant = applyStructuralEdit(mutant, edit);
  }
  return mutant;
}

/** Whether our reader accepts the bytes (a WasmDecodeError is an input error already). */
export function decodes(bytes: Uint8Array): boolean {
  try {
    readComponent(bytes);
    return true;
  } catch (error) {
    if (error instanceof WasmDecodeError) return false;
    throw error;
  }
}
