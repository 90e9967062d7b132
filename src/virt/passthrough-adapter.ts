import { INSTANCE_SORT } from '../component/ast.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import { versionOf, WASI_INTERFACES } from './wasi-interfaces.js';
import { catalogueDecls } from './wrap/interface-decls.js';
import {
  closeTypes,
  functionTypes,
  importOrder,
  TypeAliases,
  writeImports,
} from './wrap/imports.js';

/**
 * The interfaces of WASI's command world (`wasi:cli/command`: cli, clocks, filesystem, io,
 * random, sockets), which every WASI 0.2 host that runs commands provides. wasi:http and
 * wasi:config are left out: a host running commands need not have them, and an app's imports of
 * them go to the host anyway when nothing supplies them.
 */
const COMMAND_WORLD = WASI_INTERFACES.filter((i) => i.role !== 'http' && i.role !== 'config');

/** WASI 0.2's `@unstable` functions, which hosts provide only on request. */
const UNSTABLE = ['exit-with-code', 'network-error-code'];

/**
 * The adapter for a policy that passes everything through, written without a core module (as
 * WASI-Virt writes one): it imports each interface of WASI's command world, with every stable
 * function, its resources and the types those need, and exports the imported instance
 * unchanged. Composed into a component, it changes nothing; it holds no code.
 */
export function passthroughAdapter(wasiVersion: string): Uint8Array {
  const functions = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      Object.keys(iface.functions).filter((f) => !UNSTABLE.includes(f)),
    ]),
  );
  const needs = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      new Set([
        ...functions.get(iface.id)!.flatMap((f) => functionTypes(iface.id, f)),
        ...catalogueDecls(iface).flatMap((d) => (d.kind === 'resource' ? [d.name] : [])),
      ]),
    ]),
  );
  closeTypes(needs);
  const imports = importOrder(
    COMMAND_WORLD.map((i) => i.id),
    needs,
  ).map((id) => {
    const iface = COMMAND_WORLD.find((i) => i.id === id)!;
    return {
      id,
      name: `${id}@${versionOf(iface, wasiVersion)}`,
      functions: functions.get(id)!,
      types: needs.get(id)!,
    };
  });
  const b = new ComponentBuilder();
  const instances = writeImports(b, imports, new TypeAliases(b));
  for (const imp of imports)
    b.export({ name: imp.name }, { sort: INSTANCE_SORT, index: instances.get(imp.id)! });
  return b.finish();
}
