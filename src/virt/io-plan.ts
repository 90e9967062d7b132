import { UserInputError } from '../errors.js';
import type { ExternItem } from '../inspect/component-interface.js';
import { reachesHostFiles, stdioStreams, type Policy } from '../policy/policy.js';
import type { WasiInterface } from './wasi-interfaces.js';

/**
 * Whether the policy virtualizes any I/O. Once it does, the adapter owns the
 * wasi:io resource types, so every interface that uses them (stdio, terminals,
 * the filesystem, monotonic-clock's pollables) must come from the adapter too.
 */
export function virtualizesIo(policy: Policy): boolean {
  return (
    stdioStreams.some((s) => policy.stdio[s] !== 'allow') ||
    policy.access.fs !== 'allow' ||
    policy.mounts.length > 0 ||
    policy.preopens.length > 0 ||
    policy.hostFiles.length > 0
  );
}

/** Host streams can exist inside the adapter: some stdio stream is the host's, or a host file's. */
const hostStreams = (policy: Policy) =>
  stdioStreams.some((s) => policy.stdio[s] === 'allow') || reachesHostFiles(policy);
/** Host pollables can exist: host streams, or an allowed monotonic clock's subscriptions. */
const hostPollables = (policy: Policy) => hostStreams(policy) || policy.access.clocks === 'allow';

const resourceDrops = (iface: WasiInterface) =>
  iface.types
    .flatMap((t) => /^resource\s+([a-z][a-z0-9-]*)$/.exec(t)?.slice(1) ?? [])
    .map((r) => `[resource-drop]${r}`);
const everything = (iface: WasiInterface) => [
  ...Object.keys(iface.functions),
  ...resourceDrops(iface),
];

/**
 * What the adapter forwards to the host for an interface of the I/O group
 * (including monotonic-clock, whose pollables the adapter must wrap).
 */
export function forwardedIo(iface: WasiInterface, policy: Policy): string[] {
  const stream = /^wasi:cli\/(?:terminal-)?(stdin|stdout|stderr)$/.exec(iface.id)?.[1] as
    (typeof stdioStreams)[number] | undefined;
  if (stream) return policy.stdio[stream] === 'allow' ? everything(iface) : [];
  switch (iface.id) {
    case 'wasi:io/error':
    case 'wasi:io/streams':
      return hostStreams(policy) ? everything(iface) : [];
    case 'wasi:io/poll':
      return hostPollables(policy) ? everything(iface) : [];
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

const isWasi = (item: ExternItem, pkg: string) =>
  item.interface?.namespace === 'wasi' && item.interface.package === pkg;

/** Refuses what I/O virtualization cannot do yet, saying how to get a working output. */
export function checkIoSupported(policy: Policy, appImports: ExternItem[] | undefined): void {
  const http = (appImports ?? []).filter((i) => isWasi(i, 'http'));
  if (http.length > 0 && (virtualizesIo(policy) || policy.access.http === 'deny')) {
    throw new UserInputError(
      `the component imports ${http.map((i) => i.name).join(', ')}; virtualizing HTTP, or I/O around it, is not supported yet (add --allow-http --allow-stdio --allow-fs to leave HTTP and all I/O to the host)`,
    );
  }
  const sockets = (appImports ?? []).filter((i) => isWasi(i, 'sockets'));
  if (sockets.length > 0 && policy.access.sockets === 'allow' && virtualizesIo(policy)) {
    throw new UserInputError(
      `the component imports ${sockets.map((i) => i.name).join(', ')}; passing sockets through virtualized stdio or filesystem is not supported yet (deny sockets, or add --allow-stdio --allow-fs to leave all I/O to the host)`,
    );
  }
}
