import type { ExportBridge } from '../compose/compose.js';
/** The adapter's export through which a proxy's incoming-handler is passed: see addHttpBridge. */
export declare const HTTP_BRIDGE = "wasi-virt:bridge/http";
/** How the composer passes a proxy's export (e.g. wasi:http/incoming-handler@0.2.12) through the adapter. */
export declare const httpBridge: (proxyExport: string) => ExportBridge;
/**
 * The adapter component with one more export, {@link HTTP_BRIDGE}: for each
 * bridged resource, `wrap-<resource>: func(handle: own<host's>) -> own<adapter's>`,
 * lifted from the adapter's core module. wit-component cannot write it, since
 * the WIT world would name one interface's types twice (the host's wasi:http/types
 * import and the adapter's export), so it is added to the finished component.
 */
export declare function addHttpBridge(adapter: Uint8Array): Uint8Array;
