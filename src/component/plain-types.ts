import type { Declaration, DefType, ValType } from './ast.js';

/**
 * The type index space of an instance type's declarators, as far as plain
 * value types go: definitions, type exports equal to an earlier index, and
 * everything else (resources, outer aliases) as opaque.
 */
export type LocalType = { def: DefType } | { eq: number } | { opaque: true };

export interface LocalTypes {
  locals: LocalType[];
  /** Local index of each type the instance type exports, by name. */
  exported: Map<string, number>;
}

export function localTypes(decls: readonly Declaration[]): LocalTypes {
  const locals: LocalType[] = [];
  const exported = new Map<string, number>();
  for (const decl of decls) {
    if (decl.kind === 'type') locals.push({ def: decl.type });
    else if (
      decl.kind === 'alias' &&
      'component' in decl.alias.sort &&
      decl.alias.sort.component === 'type'
    )
      locals.push({ opaque: true });
    else if ((decl.kind === 'export' || decl.kind === 'import') && decl.type.kind === 'type') {
      locals.push('eq' in decl.type.bound ? { eq: decl.type.bound.eq } : { opaque: true });
      exported.set(decl.name.name, locals.length - 1);
    }
  }
  return { locals, exported };
}

/** Follows type-equality exports to the definition behind a local index. */
export function definitionOf(locals: readonly LocalType[], index: number): DefType | undefined {
  const seen = new Set<number>();
  let local = locals[index];
  while (local && 'eq' in local && !seen.has(index)) {
    seen.add(index);
    index = local.eq;
    local = locals[index];
  }
  return local && 'def' in local ? local.def : undefined;
}

/**
 * Whether a local type is a plain value type: built from primitives, records,
 * variants, lists, tuples, flags, enums, options and results only, with no
 * resource handle, stream or future anywhere inside. Such a type is the same
 * wherever it is defined, so it can be defined again instead of aliased.
 */
export function isPlainValueType(
  locals: readonly LocalType[],
  index: number,
  visiting = new Set<number>(),
): boolean {
  const def = definitionOf(locals, index);
  if (!def || def.kind !== 'defined' || visiting.has(index)) return false;
  visiting.add(index);
  const plain = (t: ValType | undefined) =>
    t === undefined || 'prim' in t || isPlainValueType(locals, t.typeIndex, visiting);
  const d = def.def;
  switch (d.kind) {
    case 'prim':
    case 'flags':
    case 'enum':
      return true;
    case 'record':
      return d.fields.every((f) => plain(f.type));
    case 'variant':
      return d.cases.every((c) => plain(c.type));
    case 'list':
    case 'option':
      return plain(d.kind === 'list' ? d.element : d.type);
    case 'tuple':
      return d.types.every(plain);
    case 'result':
      return plain(d.ok) && plain(d.err);
    case 'map':
      return plain(d.key) && plain(d.value);
    default:
      return false;
  }
}
