import { UserInputError } from '../errors.js';
import type { ExternItem } from '../inspect/component-interface.js';
import {
  fixesTime,
  putsFilesInAdapter,
  restrictsHttp,
  restrictsSockets,
  stdioStreams,
  type Policy,
} from '../policy/policy.js';

const isWasi = (item: ExternItem, pkg: string) =>
  item.interface?.namespace === 'wasi' && item.interface.package === pkg;
const wasiItems = (items: ExternItem[] | undefined, pkg: string) =>
  (items ?? []).filter((i) => isWasi(i, pkg));

/** Whether the policy's stdio, terminals, filesystem, mounts, preopens or host files put I/O in the adapter. */
function policyVirtualizesIo(policy: Policy): boolean {
  return (
    stdioStreams.some((s) => policy.stdio[s] !== 'allow') ||
    policy.hideTerminals ||
    policy.access.fs !== 'allow' ||
    putsFilesInAdapter(policy)
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
  return (
    policyVirtualizesIo(policy) ||
    servesHttp(policy, appImports) ||
    checksHttp(policy, appImports) ||
    checksSockets(policy, appImports) ||
    waitsOnVirtualClock(policy, appImports)
  );
}

/**
 * Whether the adapter checks the app's requests against `--allow-http=PATTERNS` before the host
 * sends them: HTTP is allowed to some hosts only and the app imports it (without an app,
 * always). The adapter forwards HTTP then, so it owns I/O.
 */
function checksHttp(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  if (!restrictsHttp(policy)) return false;
  return appImports ? wasiItems(appImports, 'http').length > 0 : true;
}

/**
 * Whether the adapter checks the app's binds, connects, sends and lookups against
 * `--allow-sockets=PATTERNS`: sockets are allowed to some addresses only and the app imports
 * them (without an app, always). The adapter forwards sockets then, so it owns I/O.
 */
function checksSockets(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  if (!restrictsSockets(policy)) return false;
  return appImports ? wasiItems(appImports, 'sockets').length > 0 : true;
}

/**
 * Whether the app can wait on the virtual clock (--fixed-time): its pollables are the adapter's,
 * so it owns wasi:io/poll and with it I/O. An app whose monotonic clock import has no
 * `subscribe-*` (and so no pollable) does not; without an app, the adapter serves them all.
 */
function waitsOnVirtualClock(policy: Policy, appImports: ExternItem[] | undefined): boolean {
  if (!fixesTime(policy)) return false;
  if (!appImports) return true;
  return appImports.some(
    (i) =>
      i.interface?.id === 'wasi:clocks/monotonic-clock' &&
      (i.functions === undefined || i.functions.some((f) => f.startsWith('subscribe-'))),
  );
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

/** The interfaces through which the host hands an app requests: 0.2's incoming-handler, 0.3's handler. */
const REQUEST_HANDLERS = new Set(['incoming-handler', 'handler']);

/**
 * Refuses what virtualization cannot do, saying how to get a working output: a
 * proxy (an app exporting wasi:http/incoming-handler, or wasi:http/handler at
 * 0.3) with HTTP denied, since the host makes the requests it handles.
 */
export function checkProxySupported(policy: Policy, appExports: ExternItem[] = []): void {
  const proxy = wasiItems(appExports, 'http').find((e) =>
    REQUEST_HANDLERS.has(e.interface?.interface ?? ''),
  )?.name;
  if (proxy && policy.access.http === 'deny') {
    throw new UserInputError(
      `the component exports ${proxy}: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)`,
    );
  }
}
