import { UserInputError } from '../errors.js';
import type { ExternItem } from '../inspect/component-interface.js';
import {
  fixesTime,
  hasWritableTrees,
  putsFilesInAdapter,
  restrictsHttp,
  restrictsSockets,
  seedsRandom,
  stdioStreams,
  type Policy,
} from '../policy/policy.js';
import { WASI_P3_VERSION } from './p3-interfaces.js';
import type { VirtPlan } from './plan-model.js';
import type { Serves } from './subsystems/subsystem.js';
import { findInterface } from './wasi-interfaces.js';
import { checkProxySupported } from './io-plan.js';

/**
 * What the adapter cannot do at WASI 0.3 yet, refused before planning: the adapter serves the
 * synchronous interfaces, the monotonic clock's waits, stdio and the read-only mounted trees,
 * and denies sockets and HTTP whole (p3-interfaces.ts); an import of any other 0.3 function (one
 * the vendored WIT lacks, timezone's) is the host's when the policy leaves its subsystem to the
 * host, and refused otherwise; so are sockets' and HTTP's allow-lists, and files other than
 * read-only mounts.
 */

const STREAM = /^wasi:cli\/(?:terminal-)?(stdin|stdout|stderr)$/;

/** Whether the policy leaves interface `id`'s functions to the host untouched (as an unvirtualized import). */
function leftToHost(id: string, policy: Policy): boolean {
  const stream = STREAM.exec(id)?.[1] as (typeof stdioStreams)[number] | undefined;
  if (stream) return policy.stdio[stream] === 'allow';
  switch (id.split('/')[0]) {
    case 'wasi:filesystem':
      return policy.access.fs === 'allow' && !putsFilesInAdapter(policy);
    case 'wasi:sockets':
      return policy.access.sockets === 'allow' && !restrictsSockets(policy);
    case 'wasi:http':
      return policy.access.http === 'allow' && !restrictsHttp(policy);
    case 'wasi:clocks':
      return policy.access.clocks === 'allow' && !fixesTime(policy);
    case 'wasi:random':
      return policy.access.random === 'allow' && !seedsRandom(policy);
    default:
      return false;
  }
}

/** The flag that leaves a subsystem to the host, by WASI package (stdio streams aside). */
const LEAVE_FLAGS: Record<string, string> = {
  'wasi:filesystem': '--allow-fs, without mounts, writable or remapped directories, host files',
  'wasi:sockets': '--allow-sockets',
  'wasi:http': '--allow-http',
  'wasi:clocks': '--allow-clocks, without --fixed-time',
  'wasi:random': '--allow-random, without --random-seed',
};

/** What the user can do about an unsupported 0.3 import: leave its subsystem to the host, where a flag can. */
function howToLeave(id: string): string {
  const stream = STREAM.exec(id)?.[1];
  const flag = stream ? `--${stream} allow` : LEAVE_FLAGS[id.split('/')[0]!];
  return flag
    ? `leave ${id} to the host (${flag})`
    : `rebuild the component against WASI ${WASI_P3_VERSION}'s WIT`;
}

/**
 * Refuses, in one line, what the adapter cannot do at WASI 0.3 (exit 2, nothing written). With
 * an app, a subsystem's limits matter only when the app imports it at 0.3 (the 0.2 half of a
 * component mixing the series is served at 0.2, series-halves.ts).
 */
function checkP3Supported(policy: Policy, appImports: ExternItem[] | undefined): void {
  const imports = (pkg: string) =>
    !appImports ||
    appImports.some((i) => i.interface?.namespace === 'wasi' && i.interface.package === pkg);
  if (policy.debug)
    throw new UserInputError(
      `--debug (the call trace) is not yet supported at WASI ${WASI_P3_VERSION}: leave it out`,
    );
  // At 0.3 sockets and HTTP are the host's or denied whole (every call traps): nothing checks
  // an allow-list.
  if (restrictsSockets(policy) && imports('sockets'))
    throw new UserInputError(
      `--allow-sockets=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow sockets whole (--allow-sockets) or deny them`,
    );
  if (restrictsHttp(policy) && imports('http'))
    throw new UserInputError(
      `--allow-http=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow HTTP whole (--allow-http) or deny it`,
    );
  // Host descriptors and writable trees have 0.2's result layouts only (adapter/src/fs/p3.c).
  const hostFiles = policy.preopens.length > 0 || policy.hostFiles.length > 0;
  // A component that imports the filesystem at 0.3 decides the version: its way out is the host.
  const otherwise = appImports
    ? 'or leave every file to the host (--allow-fs alone)'
    : 'or generate for WASI 0.2';
  if (
    imports('filesystem') &&
    (hasWritableTrees(policy) ||
      hostFiles ||
      (policy.access.fs === 'allow' && putsFilesInAdapter(policy)))
  )
    throw new UserInputError(
      `at WASI ${WASI_P3_VERSION} the adapter serves read-only --mount trees only, not yet the host's files beside them: leave out --writable (--hermetic adds one at /tmp), --overlay, remapped directories, host files and --allow-fs, ${otherwise}`,
    );
  for (const item of appImports ?? []) {
    const parsed = item.interface;
    if (parsed?.namespace !== 'wasi' || parsed.version !== WASI_P3_VERSION) continue;
    const served = findInterface(parsed.id, '0.3');
    const functions = item.functionsUnknown ? undefined : (item.functions ?? []);
    const unserved = functions?.filter((f) => !served || !(f in served.functions));
    if (unserved?.length === 0 || leftToHost(parsed.id, policy)) continue;
    // A few names and a count, so the line keeps its fix within the error line's length.
    const listed =
      unserved && unserved.length > 3
        ? `${unserved.slice(0, 3).join(', ')} and ${unserved.length - 3} more functions`
        : unserved?.join(', ');
    const what = listed ? `${listed} from ${item.name}` : item.name;
    throw new UserInputError(
      `the component imports ${what}, which is not yet supported at WASI ${WASI_P3_VERSION} (at 0.3 the adapter serves the environment, exit, random, config, the clocks but the timezone, stdio and terminals it does not pass to the host and read-only mounted trees, and denies sockets and HTTP whole): ${howToLeave(parsed.id)}`,
    );
  }
}

/**
 * What the adapter serves at 0.3, having refused what it cannot: no I/O, network or proxy
 * (files are the host's or refused; stdio needs none of that); HTTP only denied whole.
 */
export function p3Serves(
  policy: Policy,
  appImports: ExternItem[] | undefined,
  appExports: ExternItem[] | undefined,
): { serves: Serves; proxy?: string } {
  checkProxySupported(policy, appExports);
  checkP3Supported(policy, appImports);
  const http = policy.access.http === 'deny';
  return { serves: { io: false, http, network: false, proxy: false } };
}

/** The app's WASI imports a 0.3 plan leaves to the host: those it does not serve (checkP3Supported refused the rest). */
export function p3HostImports(plan: VirtPlan, appImports: ExternItem[] | undefined): string[] {
  const planned = new Set(plan.interfaces.map((v) => v.iface.id));
  return (appImports ?? [])
    .filter((i) => i.interface?.namespace === 'wasi' && !planned.has(i.interface.id))
    .map((i) => i.name)
    .filter((name) => !plan.passedThrough.includes(name));
}

/** The one function 0.3 renamed among those the policy's import rules name (the rest keep their names). */
const RENAMED_RULES: Record<string, string> = {
  'wasi:cli/environment#initial-cwd': 'wasi:cli/environment#get-initial-cwd',
};

/** The import rules a policy implies, with the 0.3 names of the functions they name too. */
export const withP3Names = (rules: string[]): string[] =>
  rules.flatMap((rule) => [rule, ...(RENAMED_RULES[rule] ? [RENAMED_RULES[rule]] : [])]);
