import type { Declaration, DefType, ValType } from '../ast.js';

/**
 * The type index space of an instance or component type's declarators: what
 * each local type index stands for.
 */
export type LocalType =
  | { def: DefType }
  /** A type export or import equal to an earlier local index. */
  | { eq: number }
  /** An alias of a type of an enclosing scope, `count` scopes out. */
  | { outer: { count: number; index: number } }
  /** A resource the type declares (`(sub resource)`). */
  | { resource: true }
  /** Anything else (an alias of an instance's export). */
  | { opaque: true };

export interface LocalTypes {
  locals: LocalType[];
  /** Local index of each type the declarators export (or import), by name. */
  types: Map<string, number>;
  /** Local index of the function type of each function the declarators export, by name. */
  functions: Map<string, number>;
}

function aliasedType(decl: Declaration & { kind: 'alias' }): LocalType {
  const { alias } = decl;
  return alias.kind === 'outer'
    ? { outer: { count: alias.count, index: alias.index } }
    : { opaque: true };
}

export function localTypes(decls: readonly Declaration[]): LocalTypes {
  const locals: LocalType[] = [];
  const types = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const decl of decls) {
    if (decl.kind === 'type') {
      locals.push({ def: decl.type });
    } else if (decl.kind === 'alias') {
      if ('component' in decl.alias.sort && decl.alias.sort.component === 'type')
        locals.push(aliasedType(decl));
    } else if (decl.kind === 'export' || decl.kind === 'import') {
      if (decl.type.kind === 'type') {
        locals.push('eq' in decl.type.bound ? { eq: decl.type.bound.eq } : { resource: true });
        types.set(decl.name.name, locals.length - 1);
      } else if (decl.type.kind === 'func') {
        functions.set(decl.name.name, decl.type.typeIndex);
      }
    }
  }
  return { locals, types, functions };
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
  known = new Map<number, boolean>(),
): boolean {
  const answer = known.get(index);
  if (answer !== undefined) return answer;
  // Indices refer backwards, so types cannot nest in themselves; a hostile loop reads as not plain.
  known.set(index, false);
  const plain = plainDefinition(locals, definitionOf(locals, index), known);
  known.set(index, plain);
  return plain;
}

/** isPlainValueType for a definition; `known` holds the answers for the types it refers to (each type is judged once). */
function plainDefinition(
  locals: readonly LocalType[],
  def: DefType | undefined,
  known: Map<number, boolean>,
): boolean {
  if (!def || def.kind !== 'defined') return false;
  const plain = (t: ValType | undefined) =>
    t === undefined || 'prim' in t || isPlainValueType(locals, t.typeIndex, known);
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
