import {
  FUNC_SORT as FUNC,
  INSTANCE_SORT as INSTANCE,
  TYPE_SORT as TYPE,
} from '../component/ast.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import type { ExportBridge } from '../compose/compose.js';
import { defineWrapType, wrapFunctionName } from '../compose/export-bridge.js';
import { readComponent } from '../component/read/read-component.js';
import type { Scope } from '../component/read/scope.js';
import { BRIDGE_EXPORTS, PROXY_RESOURCES, PROXY_TYPES } from './http-proxy-names.js';

/** The adapter's export through which a proxy's incoming-handler is passed: see addHttpBridge. */
export const HTTP_BRIDGE = 'wasi-virt:bridge/http';

/** How the composer passes a proxy's export (e.g. wasi:http/incoming-handler@0.2.12) through the adapter. */
export const httpBridge = (proxyExport: string): ExportBridge => ({
  export: proxyExport,
  via: HTTP_BRIDGE,
});

/**
 * The adapter component with one more export, {@link HTTP_BRIDGE}: for each
 * bridged resource, `wrap-<resource>: func(handle: own<host's>) -> own<adapter's>`,
 * lifted from the adapter's core module. wit-component cannot write it, since
 * the WIT world would name one interface's types twice (the host's wasi:http/types
 * import and the adapter's export), so it is added to the finished component.
 */
export function addHttpBridge(adapter: Uint8Array): Uint8Array {
  const component = readComponent(adapter);
  const { scope } = component;
  const hostTypes = httpTypesInstance(scope, 'import');
  const ownTypes = httpTypesInstance(scope, 'export');
  const main = coreInstanceExporting(scope, BRIDGE_EXPORTS[0]!);
  if (hostTypes === undefined || ownTypes === undefined || main === undefined)
    throw new Error(
      'internal: the adapter lacks what a proxy needs (the host wasi:http/types import, its own export, the bridge functions)',
    );
  const b = ComponentBuilder.extending(adapter, scope);
  const own = (types: number, resource: string) => b.ownType(b.aliasExport(TYPE, types, resource));
  const functions = PROXY_RESOURCES.map((resource, i) => {
    const type = defineWrapType(b, own(hostTypes, resource), own(ownTypes, resource));
    const core = b.aliasCoreExport('func', main, BRIDGE_EXPORTS[i]!);
    return {
      name: { name: wrapFunctionName(resource) },
      item: { sort: FUNC, index: b.liftPlain(core, type) },
    };
  });
  b.export({ name: HTTP_BRIDGE }, { sort: INSTANCE, index: b.instance(functions) });
  return b.finish();
}

/** The instance of the component's wasi:http/types import, or of its export. */
function httpTypesInstance(scope: Scope, via: 'import' | 'export'): number | undefined {
  const index = scope.component.instance.findIndex(
    (o) => o.via === via && o.name.startsWith(`${PROXY_TYPES}@`),
  );
  return index < 0 ? undefined : index;
}

function coreInstanceExporting(scope: Scope, name: string): number | undefined {
  const index = scope.core.instance.findIndex((o) => {
    if (o.via !== 'core-instance' || o.instance.kind !== 'instantiate') return false;
    const module = scope.core.module[o.instance.module];
    return module?.via === 'core-module' && module.module.exports.some((e) => e.name === name);
  });
  return index < 0 ? undefined : index;
}
