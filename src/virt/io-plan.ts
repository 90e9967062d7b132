import { UserInputError } from '../errors.js';
import type { ExternItem } from '../inspect/component-interface.js';
import { reachesHostFiles, stdioStreams, type Policy } from '../policy/policy.js';
import type { WasiInterface } from './wasi-interfaces.js';

const isWasi = (item: ExternItem, pkg: string) =>
  item.interface?.namespace === 'wasi' && item.interface.package === pkg;
const wasiItems = (items: ExternItem[] | undefined, pkg: string) =>
  (items ?? []).filter((i) => isWasi(i, pkg));

/** Whether the policy's stdio, filesystem, mounts, preopens or host files put I/O in the adapter. */
function policyVirtualizesIo(policy: Policy): boolean {
  return (
    stdioStreams.some((s) => policy.stdio[s] !== 'allow') ||
    policy.access.fs !== 'allow' ||
    policy.mounts.length > 0 ||
    policy.preopens.length > 0 ||
    policy.hostFiles.length > 0
  );
}

/**
 * Whether the adapter serves wasi:http: the policy denies HTTP and the app
 * imports it. Without an app, only when the policy puts I/O in the adapter
 * anyway, so that a standalone adapter for a policy leaving I/O to the host
 * stays free of I/O.
 */
export function servesHttp(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  if (policy.access.http !== 'deny') return false;
  return appImports ? wasiItems(appImports, 'http').length > 0 : policyVirtualizesIo(policy);
}

/**
 * Whether the adapter owns I/O. Once it does, it owns the wasi:io resource
 * types, so every interface that uses them (stdio, terminals, the filesystem,
 * monotonic-clock's pollables, HTTP bodies) must come from the adapter too.
 * Serving denied HTTP needs it: a request body is written to an output-stream
 * the adapter makes.
 */
export function virtualizesIo(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  return policyVirtualizesIo(policy) || servesHttp(policy, appImports);
}

/** The network packages the policy can let through: sockets and HTTP. */
const NETWORK = ['sockets', 'http'] as const;

/**
 * Whether allowed sockets or HTTP go through the adapter: it owns I/O, so the
 * host's sockets, bodies and their streams and pollables reach the app wrapped.
 * Without an app, whenever the policy allows either.
 */
export function forwardsNetwork(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  return (
    virtualizesIo(policy, appImports) &&
    NETWORK.some(
      (pkg) =>
        policy.access[pkg] === 'allow' && (!appImports || wasiItems(appImports, pkg).length > 0),
    )
  );
}

/** Host streams can exist inside the adapter: some stdio stream is the host's, a host file's, or a forwarded socket's or body's. */
const hostStreams = (policy: Policy, network: boolean) =>
  stdioStreams.some((s) => policy.stdio[s] === 'allow') || reachesHostFiles(policy) || network;
/** Host pollables can exist: host streams, or an allowed monotonic clock's subscriptions. */
const hostPollables = (policy: Policy, network: boolean) =>
  hostStreams(policy, network) || policy.access.clocks === 'allow';

/** The `[resource-drop]`s of the resources an interface defines (those `has` accepts). */
export const resourceDrops = (
  iface: WasiInterface,
  has: (resource: string) => boolean = () => true,
) =>
  iface.types
    .flatMap((t) => /^resource\s+([a-z][a-z0-9-]*)$/.exec(t)?.slice(1) ?? [])
    .filter(has)
    .map((r) => `[resource-drop]${r}`);
/**
 * What the adapter forwards to the host for an interface of the I/O group
 * (including monotonic-clock, whose pollables the adapter must wrap):
 * every function, and the drops of the resources in `types` (the app's, which
 * are the only ones it can hold); `network`: it forwards sockets or HTTP
 * (forwardsNetwork). The generator then narrows the functions to what the
 * app's calls reach (host-calls.ts).
 */
export function forwardedIo(
  iface: WasiInterface,
  policy: Policy,
  network: boolean,
  types: string[],
): string[] {
  const everything = (iface: WasiInterface) => [
    ...Object.keys(iface.functions),
    ...resourceDrops(iface, (r) => types.includes(r)),
  ];
  const stream = /^wasi:cli\/(?:terminal-)?(stdin|stdout|stderr)$/.exec(iface.id)?.[1] as
    (typeof stdioStreams)[number] | undefined;
  if (stream) return policy.stdio[stream] === 'allow' ? everything(iface) : [];
  switch (iface.id) {
    case 'wasi:io/error':
    case 'wasi:io/streams':
      return hostStreams(policy, network) ? everything(iface) : [];
    case 'wasi:io/poll':
      return hostPollables(policy, network) ? everything(iface) : [];
    case 'wasi:cli/terminal-input':
      return policy.stdio.stdin === 'allow' ? everything(iface) : [];
    case 'wasi:cli/terminal-output':
      return policy.stdio.stdout === 'allow' || policy.stdio.stderr === 'allow'
        ? everything(iface)
        : [];
    case 'wasi:clocks/monotonic-clock':
      return policy.access.clocks === 'allow' ? everything(iface) : [];
    case 'wasi:filesystem/types':
    case 'wasi:filesystem/preopens':
      return reachesHostFiles(policy) ? everything(iface) : [];
    default:
      return [];
  }
}

/** The app's export of wasi:http/incoming-handler (`wasi:http/incoming-handler@0.2.12`), if it is a proxy. */
const proxyExport = (appExports: ExternItem[]) =>
  wasiItems(appExports, 'http').find((e) => e.interface?.interface === 'incoming-handler')?.name;

/**
 * The app's incoming-handler export when the adapter sits on its path: the
 * app is a proxy, HTTP is allowed and the adapter owns I/O, so the host's
 * incoming requests and response outparams reach the app wrapped.
 */
export function proxiedExport(
  policy: Policy,
  appImports: ExternItem[] | undefined,
  appExports: ExternItem[] = [],
): string | undefined {
  const proxy = proxyExport(appExports);
  return proxy && policy.access.http === 'allow' && virtualizesIo(policy, appImports)
    ? proxy
    : undefined;
}

/**
 * Refuses what virtualization cannot do, saying how to get a working output: a
 * proxy (an app exporting wasi:http/incoming-handler) with HTTP denied, since
 * the host makes the requests it handles.
 */
export function checkProxySupported(policy: Policy, appExports: ExternItem[] = []): void {
  const proxy = proxyExport(appExports);
  if (proxy && policy.access.http === 'deny') {
    throw new UserInputError(
      `the component exports ${proxy}: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)`,
    );
  }
}
