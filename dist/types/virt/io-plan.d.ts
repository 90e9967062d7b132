import type { ExternItem } from '../inspect/component-interface.js';
import { type Policy } from '../policy/policy.js';
/**
 * Whether the adapter serves wasi:http: the policy denies HTTP and the app
 * imports it. Without an app, only when the policy puts I/O in the adapter
 * anyway, so that a standalone adapter for a policy leaving I/O to the host
 * stays free of I/O.
 */
export declare function servesHttp(policy: Policy, appImports: ExternItem[] | undefined): boolean;
/**
 * Whether the adapter owns I/O. Once it does, it owns the wasi:io resource
 * types, so every interface that uses them (stdio, terminals, the filesystem,
 * monotonic-clock's pollables, HTTP bodies) must come from the adapter too.
 * Serving denied HTTP needs it: a request body is written to an output-stream
 * the adapter makes.
 */
export declare function virtualizesIo(policy: Policy, appImports: ExternItem[] | undefined): boolean;
/**
 * Whether allowed sockets or HTTP go through the adapter: it owns I/O, so the
 * host's sockets, bodies and their streams and pollables reach the app wrapped.
 * Without an app, whenever the policy allows either.
 */
export declare function forwardsNetwork(policy: Policy, appImports: ExternItem[] | undefined): boolean;
/**
 * The app's incoming-handler export when the adapter sits on its path: the
 * app is a proxy, HTTP is allowed and the adapter owns I/O, so the host's
 * incoming requests and response outparams reach the app wrapped.
 */
export declare function proxiedExport(policy: Policy, appImports: ExternItem[] | undefined, appExports?: ExternItem[]): string | undefined;
/**
 * Refuses what virtualization cannot do, saying how to get a working output: a
 * proxy (an app exporting wasi:http/incoming-handler, or wasi:http/handler at
 * 0.3) with HTTP denied, since the host makes the requests it handles.
 */
export declare function checkProxySupported(policy: Policy, appExports?: ExternItem[]): void;
