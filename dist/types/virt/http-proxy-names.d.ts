/**
 * Resources only a proxy gets, from the host's call of its incoming-handler:
 * the adapter forwards their functions only when the app is a proxy around
 * virtualized I/O (VirtPlan.proxy); otherwise they stay traps.
 */
export declare const PROXY_RESOURCES: string[];
/** The interface that defines them. */
export declare const PROXY_TYPES = "wasi:http/types";
/**
 * The adapter's core exports that wrap an own host handle of each proxy
 * resource (in the adapter's instance) as an own adapter handle: `(i32) -> i32`,
 * kept in the specialised adapter only for a proxy.
 */
export declare const BRIDGE_EXPORTS: string[];
/** The resource a function belongs to (`[method]fields.get` → fields), if any. */
export declare const resourceOf: (fn: string) => string | undefined;
