import type { WasiSeries } from '../wasi-interfaces.js';
import { FUNC_SORT as FUNC, TYPE_SORT as TYPE, type SortIndex } from '../../component/ast.js';
import { ComponentBuilder } from '../../component/write/component-builder.js';
import { declRefs, type WitDecl, type WitFunction } from '../wit-model.js';
import { definitionOf, isResource } from './interface-decls.js';
import { TypeSpace, type Names } from './type-space.js';

/** What an exported interface's shim component is instantiated with, by import name. */
export type ShimArg =
  { name: string; type: string; from?: string } | { name: string; func: string };

/**
 * The component through which the adapter exports one interface, as wit-component writes one:
 * it imports the interface's resources and used types (`import-type-<name>`) and the lifted
 * functions (`import-func-<name>`), and exports the types under their names, then the
 * functions ascribed types made of the exported ones, so the instance it makes has the
 * interface's named types. `order` lists the interface's declarations, every name after what it
 * refers to; `id` is the interface's (for the definitions of used value types).
 */
export function exportShim(
  id: string,
  order: [string, WitDecl][],
  functions: [string, WitFunction][],
  resource: (name: string) => boolean,
  series: WasiSeries = '0.2',
): { bytes: Uint8Array; args: ShimArg[] } {
  const b = new ComponentBuilder();
  const space = new TypeSpace((type) => b.defType(type));
  const args: ShimArg[] = [];
  // Import names are unique: `[method]a-b.c` and `[method]a.b-c` would otherwise meet.
  const taken = new Set<string>();
  const unique = (base: string) => {
    let name = base;
    while (taken.has(name)) name += '0';
    taken.add(name);
    return name;
  };
  const inner: Names = new Map();
  // Every named type is imported (a function import may refer to named types only), then
  // exported under its name (the exported functions' types refer to those).
  for (const [name, decl] of order) {
    const isResource = resource(name);
    if (decl.kind === 'alias' && 'named' in decl.type) {
      inner.set(name, inner.get(decl.type.named)!);
      continue;
    }
    const bound = isResource
      ? { subResource: true as const }
      : {
          eq:
            decl.kind === 'use' || decl.kind === 'resource'
              ? usedValueType(b, space, id, name, args, unique, series)
              : space.valueDecl(decl, inner),
        };
    const importName = unique(`import-type-${name}`);
    const index = b.import({ name: importName }, { kind: 'type', bound });
    inner.set(name, { index, resource: isResource });
    args.push({ name: importName, type: name });
  }
  const imported = functions.map(([name, fn]) => {
    const typeIndex = space.func(fn, inner);
    const importName = unique(`import-${kebab(name)}`);
    args.push({ name: importName, func: name });
    return b.import({ name: importName }, { kind: 'func', typeIndex });
  });
  const outer: Names = new Map();
  for (const [name, decl] of order) {
    const isResource = resource(name);
    const item: SortIndex = {
      sort: TYPE,
      index:
        decl.kind === 'resource' || decl.kind === 'use'
          ? inner.get(name)!.index
          : space.valueDecl(decl, outer),
    };
    outer.set(name, { index: b.export({ name }, item), resource: isResource });
  }
  functions.forEach(([name, fn], i) => {
    const typeIndex = space.func(fn, outer);
    b.export({ name }, { sort: FUNC, index: imported[i]! }, { kind: 'func', typeIndex });
  });
  return { bytes: b.finish(), args };
}

/**
 * A used value type's structure, for the `eq` bound its import declares: the types it refers to
 * imported too (from the interfaces that declare them; an import's type may refer to imported
 * types only), then its definition.
 */
function usedValueType(
  b: ComponentBuilder,
  space: TypeSpace,
  id: string,
  name: string,
  args: ShimArg[],
  unique: (name: string) => string,
  series: WasiSeries,
): number {
  const spaces = new Map<string, Names>();
  const define = (at: string, n: string, top: boolean): number => {
    const found = definitionOf(at, n, series);
    const names = spaces.get(found.id) ?? new Map();
    spaces.set(found.id, names);
    const known = names.get(found.decl.kind === 'use' ? n : found.decl.name);
    if (known) return known.index;
    const decl = found.decl as Exclude<WitDecl, { kind: 'use' }>;
    if (decl.kind !== 'resource')
      for (const r of declRefs(decl))
        names.set(r, {
          index: define(found.id, r, false),
          resource: isResource(found.id, r, series),
        });
    if (top) return space.valueDecl(decl, names);
    const importName = unique(`import-type-${decl.name}`);
    const bound =
      decl.kind === 'resource'
        ? { subResource: true as const }
        : { eq: space.valueDecl(decl, names) };
    const index = b.import({ name: importName }, { kind: 'type', bound });
    args.push({ name: importName, type: decl.name, from: found.id });
    names.set(decl.name, { index, resource: decl.kind === 'resource' });
    return index;
  };
  return define(id, name, true);
}

/** A function's name as a plain import name: `[method]output-stream.write` → `method-output-stream-write`. */
const kebab = (name: string) =>
  name
    .replace(/^\[(method|static|constructor)\]/, '$1-')
    .replace(/\./g, '-')
    .replace(/^(?!method-|static-|constructor-)/, 'func-');
