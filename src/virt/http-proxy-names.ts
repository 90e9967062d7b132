/**
 * Resources only a proxy gets, from the host's call of its incoming-handler:
 * the adapter forwards their functions only when the app is a proxy around
 * virtualized I/O (VirtPlan.proxy); otherwise they stay traps.
 */
export const PROXY_RESOURCES = ['incoming-request', 'response-outparam'];
/** The interface that defines them. */
export const PROXY_TYPES = 'wasi:http/types';

/**
 * The adapter's core exports that wrap an own host handle of each proxy
 * resource (in the adapter's instance) as an own adapter handle: `(i32) -> i32`,
 * kept in the specialised adapter only for a proxy.
 */
export const BRIDGE_EXPORTS = PROXY_RESOURCES.map((r) => `wasi-virt-bridge#wrap-${r}`);

/** The resource a function belongs to (`[method]fields.get` → fields), if any. */
export const resourceOf = (fn: string) => /^\[[a-z-]+\]([a-z-]+)/.exec(fn)?.[1];
