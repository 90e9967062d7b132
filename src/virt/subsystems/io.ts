import {
  fixesTime,
  reachesHostFiles,
  stdioStreams,
  type Policy,
  type StdioStream,
} from '../../policy/policy.js';
import { CONFIG_ENUMS as E } from '../config-layout.js';
import { wasiPackage } from '../wasi-package.js';
import { stdioCodes } from '../config-writer.js';
import { fileSystemWords } from './file-system-words.js';
import { everything, type Subsystem } from './subsystem.js';

const wasiIo = wasiPackage('io', 'io');
const cli = wasiPackage('cli', 'io');
const filesystem = wasiPackage('filesystem', 'io');

/** Host streams can exist inside the adapter: some stdio stream is the host's, a host file's, or a forwarded socket's or body's. */
const hostStreams = (policy: Policy, network: boolean) =>
  stdioStreams.some((s) => policy.stdio[s] === 'allow') || reachesHostFiles(policy) || network;
/** Host pollables can exist: host streams, or the subscriptions of the host's monotonic clock (allowed, not virtual). */
const hostPollables = (policy: Policy, network: boolean) =>
  hostStreams(policy, network) || (policy.access.clocks === 'allow' && !fixesTime(policy));

/** Whether a stream's terminal is the host's: the stream is, and --hide-terminals is not given. */
const terminalFromHost = (policy: Pick<Policy, 'stdio' | 'hideTerminals'>, stream: StdioStream) =>
  policy.stdio[stream] === 'allow' && !policy.hideTerminals;

/**
 * Whether the host's stdio interface `id` is what the app gets: a stream when allowed, a
 * terminal (`terminal-stdout`, or the `terminal-input`/`-output` resources of any) when its
 * stream's is the host's. Undefined for the group's other interfaces.
 */
function stdioFromHost(id: string, policy: Policy): boolean | undefined {
  const [, terminal, stream] = /^wasi:cli\/(terminal-)?(stdin|stdout|stderr)$/.exec(id) ?? [];
  if (stream)
    return terminal
      ? terminalFromHost(policy, stream as StdioStream)
      : policy.stdio[stream as StdioStream] === 'allow';
  if (id === 'wasi:cli/terminal-input') return terminalFromHost(policy, 'stdin');
  if (id === 'wasi:cli/terminal-output')
    return terminalFromHost(policy, 'stdout') || terminalFromHost(policy, 'stderr');
  return undefined;
}

/**
 * The I/O group: wasi:io's errors, streams and pollables, stdio and its terminals, and the
 * filesystem. Once the adapter owns I/O it owns wasi:io's resource types, so it serves every
 * interface of the group the app imports, forwarding to the host what the policy lets through.
 */
export const io: Subsystem = {
  role: 'io',
  // Methods are named as the component model names them (`[method]input-stream.read`).
  interfaces: [
    wasiIo('error'),
    wasiIo('poll'),
    wasiIo('streams'),
    ...['stdin', 'stdout', 'stderr'].map((stream) => cli(stream)),
    ...['terminal-input', 'terminal-output'].map((name) => cli(name)),
    ...['terminal-stdin', 'terminal-stdout', 'terminal-stderr'].map((name) => cli(name)),
    filesystem('types'),
    filesystem('preopens'),
  ],
  // At 0.3 the adapter serves the stdio streams of the group the policy does not allow, their
  // terminals unless they are the host's (none: no terminal), and the filesystem unless it is
  // the host's (p3-plan.ts refuses the host's files beside the mounts).
  passesThrough: (iface, policy, serves) => {
    if (iface.series !== '0.3') return !serves.io;
    if (iface.package === 'wasi:filesystem') return policy.access.fs === 'allow';
    return stdioFromHost(iface.id, policy) ?? true;
  },
  forwarded(iface, _functions, types, policy, serves) {
    const all = () => everything(iface, types);
    const stdio = stdioFromHost(iface.id, policy);
    if (stdio !== undefined) return stdio ? all() : [];
    switch (iface.id) {
      case 'wasi:io/error':
      case 'wasi:io/streams':
        return hostStreams(policy, serves.network) ? all() : [];
      case 'wasi:io/poll':
        return hostPollables(policy, serves.network) ? all() : [];
      case 'wasi:filesystem/types':
      case 'wasi:filesystem/preopens':
        return reachesHostFiles(policy) ? all() : [];
      default:
        return [];
    }
  },
  impliedDenyRules(policy) {
    const rules: string[] = [];
    for (const stream of stdioStreams) {
      if (!terminalFromHost(policy, stream)) rules.push(`wasi:cli/terminal-${stream}`);
      if (policy.stdio[stream] === 'allow') continue;
      // --debug writes its trace to the host's stderr, whatever the app's stderr is.
      if (!(stream === 'stderr' && policy.debug)) rules.push(`wasi:cli/${stream}`);
    }
    if (policy.hideTerminals) rules.push('wasi:cli/terminal-input', 'wasi:cli/terminal-output');
    if (!reachesHostFiles(policy)) rules.push('wasi:filesystem/*');
    return rules;
  },
  configWords(w, input) {
    const { settings } = input;
    return {
      stdio_mode: stdioStreams.map(
        (s) =>
          stdioCodes[settings.stdio[s]] | (settings.hideTerminals ? E.WV_STDIO_NO_TERMINAL : 0),
      ),
      ...fileSystemWords(w, input),
      host_preopens: [settings.access.fs === 'allow' ? 1 : 0],
      host_fs: [settings.hostFiles ? 1 : 0],
    };
  },
};
