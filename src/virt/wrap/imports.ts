import { TYPE_SORT as TYPE, type Declaration } from '../../component/ast.js';
import type { ComponentBuilder } from '../../component/write/component-builder.js';
import { declRefs, refNames, type WitDecl } from '../wit-model.js';
import {
  catalogueDecls,
  declaring,
  functionOf,
  interfaceById,
  isResource,
} from './interface-decls.js';
import { TypeSpace, type Names } from './type-space.js';
import type { WasiSeries } from '../wasi-interfaces.js';

/** One interface the adapter imports: the functions it calls, the types it needs (names). */
export interface ImportedInterface {
  id: string;
  /** `wasi:io/streams@0.2.12` */
  name: string;
  functions: string[];
  types: Set<string>;
}

/** Top-level aliases of instances' type exports, each made once. */
export class TypeAliases {
  private readonly made = new Map<string, number>();
  constructor(private readonly b: ComponentBuilder) {}

  of(instance: number, name: string): number {
    const key = `${instance}/${name}`;
    let index = this.made.get(key);
    if (index === undefined) {
      index = this.b.aliasExport(TYPE, instance, name);
      this.made.set(key, index);
    }
    return index;
  }
}

/**
 * Adds to `needs` (interface id → type names) the types each named type needs, across `use`s
 * to the interfaces that declare them, until nothing is added.
 */
export function closeTypes(needs: Map<string, Set<string>>, series: WasiSeries = '0.2'): void {
  const work = [...needs].flatMap(([id, names]) => [...names].map((n) => [id, n] as const));
  const add = (id: string, name: string) => {
    const set = needs.get(id) ?? new Set<string>();
    needs.set(id, set);
    if (set.has(name)) return;
    set.add(name);
    work.push([id, name]);
  };
  for (let item = work.pop(); item; item = work.pop()) {
    const [id, name] = item;
    const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
    if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
    if (decl.kind === 'use') add(decl.from, decl.names.find((n) => n.local === name)!.source);
    else declRefs(decl).forEach((r) => add(id, r));
  }
}

/** The types a function of an interface mentions. */
export const functionTypes = (id: string, fn: string, series: WasiSeries = '0.2'): string[] => {
  const f = functionOf(interfaceById(id, series), fn);
  return [...f.params.flatMap(([, r]) => refNames(r)), ...(f.result ? refNames(f.result) : [])];
};

/**
 * The declarations among `decls` that introduce `wanted` names, in an order that defines every
 * name before a declaration refers to it: resources first (unless not `resourcesFirst`), then the
 * rest as the WIT has them (as wit-component orders an imported and an exported interface).
 */
export function declarationOrder(
  decls: WitDecl[],
  wanted: (name: string) => boolean,
  resourcesFirst = true,
): [string, WitDecl][] {
  const order: [string, WitDecl][] = [];
  const done = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name) || !wanted(name)) return;
    done.add(name);
    const decl = declaring(decls, name)!;
    if (decl.kind !== 'use') declRefs(decl).forEach(visit);
    order.push([name, decl]);
  };
  if (resourcesFirst) for (const d of decls) if (d.kind === 'resource') visit(d.name);
  for (const d of decls) (d.kind === 'use' ? d.names.map((n) => n.local) : [d.name]).forEach(visit);
  return order;
}

/**
 * Imports each interface as an instance of its type: its types (the ones other interfaces
 * declare aliased from their instances, imported before it) and functions. Returns the
 * instance index of each interface, by id.
 */
export function writeImports(
  b: ComponentBuilder,
  imports: ImportedInterface[],
  aliases: TypeAliases,
  series: WasiSeries = '0.2',
): Map<string, number> {
  const instances = new Map<string, number>();
  for (const imp of imports) {
    const iface = interfaceById(imp.id, series);
    const order = declarationOrder(catalogueDecls(iface), (n) => imp.types.has(n));
    const outer = new Map<string, number>();
    for (const [name, decl] of order) {
      if (decl.kind !== 'use') continue;
      const from = instances.get(decl.from);
      if (from === undefined)
        throw new Error(`internal: ${imp.id} uses ${decl.from}, not imported before it`);
      outer.set(name, aliases.of(from, decl.names.find((n) => n.local === name)!.source));
    }
    const decls: Declaration[] = [];
    let count = 0;
    const space = new TypeSpace((type) => (decls.push({ kind: 'type', type, offset: 0 }), count++));
    const names: Names = new Map();
    const exportType = (name: string, bound: { eq: number } | { subResource: true }) => {
      decls.push({ kind: 'export', name: { name }, type: { kind: 'type', bound }, offset: 0 });
      names.set(name, { index: count++, resource: isResource(imp.id, name, series) });
    };
    for (const [name, decl] of order) {
      if (decl.kind === 'resource') exportType(name, { subResource: true });
      else if (decl.kind === 'use') {
        decls.push({
          kind: 'alias',
          alias: { kind: 'outer', sort: TYPE, count: 1, index: outer.get(name)! },
          offset: 0,
        });
        exportType(name, { eq: count++ });
      } else exportType(name, { eq: space.valueDecl(decl, names) });
    }
    for (const fn of imp.functions) {
      const typeIndex = space.func(functionOf(iface, fn), names);
      decls.push({
        kind: 'export',
        name: { name: fn },
        type: { kind: 'func', typeIndex },
        offset: 0,
      });
    }
    const type = b.defType({ kind: 'instance', decls });
    instances.set(imp.id, b.import({ name: imp.name }, { kind: 'instance', typeIndex: type }));
  }
  return instances;
}

/** The interfaces of `needs` (`ids` first, in order), each after those whose types it uses. */
export function importOrder(
  ids: string[],
  needs: Map<string, Set<string>>,
  series: WasiSeries = '0.2',
): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id) || !needs.has(id)) return;
    const decls = catalogueDecls(interfaceById(id, series));
    for (const name of needs.get(id)!) {
      const decl = declaring(decls, name);
      if (decl?.kind === 'use') visit(decl.from);
    }
    order.push(id);
  };
  ids.forEach(visit);
  return order;
}
