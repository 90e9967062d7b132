import {
  FUNC_SORT as FUNC,
  INSTANCE_SORT as INSTANCE,
  TYPE_SORT as TYPE,
} from '../../component/ast.js';
import type { ComponentBuilder } from '../../component/write/component-builder.js';
import type { AdapterWorld, WorldInterface } from '../adapter-wit.js';
import type { WitDecl } from '../wit-model.js';
import { abiNeeds, canonOptions } from './canon-abi.js';
import { exportShim } from './export-shim.js';
import { declarationOrder, type TypeAliases } from './imports.js';
import { functionOf, isResource, readDecl } from './interface-decls.js';
import { TypeSpace, type Names } from './type-space.js';

/** An interface the adapter exports, with its declarations in the order they are written. */
export interface Exported {
  wi: WorldInterface;
  order: [string, WitDecl][];
}

/** The exported interfaces, each after the exported ones whose types it uses. */
export function exportOrder(world: AdapterWorld): Exported[] {
  const order: Exported[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !world.exports.includes(id)) return;
    seen.add(id);
    const wi = world.interfaces.get(id)!;
    const decls = wi.decls.map((d) => readDecl(d, wi.iface));
    for (const d of decls) if (d.kind === 'use') visit(d.from);
    // As wit-component exports them: in the WIT's order.
    order.push({ wi, order: declarationOrder(decls, () => true, false) });
  };
  world.exports.forEach(visit);
  return order;
}

/** What lifting the adapter's exports needs of the component written so far. */
export interface ExportContext {
  b: ComponentBuilder;
  aliases: TypeAliases;
  /** The imported interfaces' instances, by id. */
  instances: Map<string, number>;
  /** The resources the exported interfaces define, by `<interface name>/<resource>`. */
  resources: Map<string, number>;
  /** The adapter module's instance and its exports' names. */
  main: number;
  coreExports: Set<string>;
  memory: () => number;
  realloc: () => number;
}

/**
 * Lifts each exported interface's functions from the adapter's module and exports the
 * interface through its shim component (export-shim.ts). A `use` of another interface's type
 * takes it from that interface's instance: the exported one's when it is exported (written
 * before, exportOrder), so a resource keeps one identity across the adapter's exports.
 */
export function writeExports(exported: Exported[], ctx: ExportContext): void {
  const { b, aliases, instances } = ctx;
  const space = new TypeSpace((type) => b.defType(type));
  const exports = new Map<string, number>();
  const instanceOf = (id: string) => {
    const found = exports.get(id) ?? instances.get(id);
    if (found === undefined)
      throw new Error(
        `internal: an exported interface uses ${id}, neither imported nor exported before it`,
      );
    return found;
  };
  for (const { wi, order } of exported) {
    const id = wi.iface.id;
    const names: Names = new Map();
    for (const [name, decl] of order) {
      const index =
        decl.kind === 'resource'
          ? ctx.resources.get(`${wi.name}/${name}`)!
          : decl.kind === 'use'
            ? aliases.of(instanceOf(decl.from), decl.names.find((n) => n.local === name)!.source)
            : space.valueDecl(decl, names);
      names.set(name, { index, resource: isResource(id, name, wi.iface.series) });
    }
    const lifted = liftFunctions(wi, names, space, ctx);
    const shim = exportShim(
      id,
      order,
      wi.functions.map((fn) => [fn, functionOf(wi.iface, fn)]),
      (name) => isResource(id, name, wi.iface.series),
      wi.iface.series,
    );
    const instance = b.instantiate(
      b.component(shim.bytes),
      shim.args.map((arg) => ({
        name: arg.name,
        item:
          'type' in arg
            ? {
                sort: TYPE,
                index: arg.from
                  ? aliases.of(instanceOf(arg.from), arg.type)
                  : names.get(arg.type)!.index,
              }
            : { sort: FUNC, index: lifted.get(arg.func)! },
      })),
    );
    exports.set(id, b.export({ name: wi.name }, { sort: INSTANCE, index: instance }));
  }
}

/** The interface's functions lifted: types, then aliases, then lifts (one section of each). */
function liftFunctions(
  wi: WorldInterface,
  names: Names,
  space: TypeSpace,
  ctx: ExportContext,
): Map<string, number> {
  const { b, main, coreExports } = ctx;
  const types = wi.functions.map((fn) => space.func(functionOf(wi.iface, fn), names));
  const cores = wi.functions.map((fn) => {
    const coreName = `${wi.name}#${fn}`;
    if (!coreExports.has(coreName))
      throw new Error(`internal: the adapter's module does not export ${coreName}`);
    const post = `cabi_post_${coreName}`;
    return {
      func: b.aliasCoreExport('func', main, coreName),
      post: coreExports.has(post) ? b.aliasCoreExport('func', main, post) : undefined,
    };
  });
  const lifted = new Map<string, number>();
  wi.functions.forEach((fn, i) => {
    const { func, post } = cores[i]!;
    const options = [
      ...canonOptions(abiNeeds(wi.iface, fn, 'lift'), ctx.memory, ctx.realloc),
      ...(post === undefined ? [] : [{ kind: 'post-return' as const, index: post }]),
    ];
    lifted.set(fn, b.lift(func, types[i]!, options));
  });
  return lifted;
}
