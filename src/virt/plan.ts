import semverGt from 'semver/functions/gt.js';
import type { ExternItem } from '../inspect/component-interface.js';
import {
  DEFAULT_PASSIVE_CUTOFF,
  hasWritableTrees,
  reachesHostFiles,
  restrictsHttp,
  restrictsSockets,
  type Policy,
} from '../policy/policy.js';
import {
  checkWasiVersion,
  CONFIG_VERSION,
  interfacesOf,
  plannedVersion,
  DEFAULT_WASI_VERSION,
  seriesOf,
  WASI_INTERFACES,
  WASI_P3_VERSION,
  WASI_VERSIONS,
  type WasiInterface,
} from './wasi-interfaces.js';
import { p3HostImports, p3Serves, withP3Names } from './p3-plan.js';
import { UserInputError } from '../errors.js';
import { PROXY_RESOURCES, PROXY_TYPES } from './http-proxy-names.js';
import { declaredNames } from './wit-declarations.js';
import type { AdapterSettings, VirtPlan } from './plan-model.js';
import { checkServable, type ImportedInterface } from './servable.js';
import { writesDenials } from './denials.js';
import {
  checkProxySupported,
  forwardsNetwork,
  proxiedExport,
  servesHttp,
  virtualizesIo,
} from './io-plan.js';
import { impliedDenyRules, subsystemOf } from './subsystems/registry.js';
import type { Serves } from './subsystems/subsystem.js';

export type { AdapterSettings, VirtPlan, VirtualizedInterface } from './plan-model.js';

/** What the policy decided for the stages after planning. */
export function adapterSettings(policy: Policy): AdapterSettings {
  return {
    env: policy.env,
    config: policy.config,
    ...(policy.args !== undefined ? { args: policy.args } : {}),
    ...(policy.cwd !== undefined ? { cwd: policy.cwd } : {}),
    stdio: policy.stdio,
    hideTerminals: policy.hideTerminals,
    access: policy.access,
    hostFiles: reachesHostFiles(policy),
    debug: policy.debug,
    passiveCutoff: policy.passiveCutoff ?? DEFAULT_PASSIVE_CUTOFF,
    ...(policy.fixedTime !== undefined ? { fixedTime: policy.fixedTime } : {}),
    ...(policy.randomSeed !== undefined ? { randomSeed: policy.randomSeed } : {}),
    ...(restrictsHttp(policy) ? { httpHosts: policy.httpHosts } : {}),
    ...(restrictsSockets(policy) ? { socketRules: policy.socketRules } : {}),
    writable: hasWritableTrees(policy),
    deniedImports: impliedDenyRules(policy),
  };
}

/** The WASI version to generate: the one the app's WASI imports use, or the policy's, or the default. */
function chooseVersion(appImports: ExternItem[] | undefined, policy: Policy): string {
  const versions = new Set(
    (appImports ?? [])
      .filter(
        (i) =>
          i.interface?.namespace === 'wasi' &&
          i.interface.package !== 'config' &&
          i.interface.version,
      )
      .map((i) => i.interface!.version!),
  );
  const known = [...versions].filter((v) => WASI_VERSIONS.includes(v) || v === WASI_P3_VERSION);
  if (versions.size > 0 && known.length === 0) {
    throw new UserInputError(
      `the component imports WASI ${[...versions].join(', ')}, which this tool does not know; it serves ${WASI_VERSIONS[0]} to ${WASI_VERSIONS.at(-1)} and ${WASI_P3_VERSION}`,
    );
  }
  // A component mixing 0.2 and 0.3 is planned in two halves, one per series (series-halves.ts).
  const newest02 = known
    .filter((v) => v !== WASI_P3_VERSION)
    .sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))[0];
  if (policy.wasiVersion) checkWasiVersion(policy.wasiVersion);
  return (
    newest02 ??
    (known.includes(WASI_P3_VERSION) ? WASI_P3_VERSION : undefined) ??
    policy.wasiVersion ??
    DEFAULT_WASI_VERSION
  );
}

/** What the adapter serves at 0.2, having refused a proxy it cannot serve: I/O, HTTP, the network, a proxy's requests. */
function p2Serves(
  policy: Policy,
  appImports: ExternItem[] | undefined,
  appExports: ExternItem[] | undefined,
): { serves: Serves; proxy?: string } {
  checkProxySupported(policy, appExports);
  const proxy = proxiedExport(policy, appImports, appExports);
  const serves: Serves = {
    io: virtualizesIo(policy, appImports),
    http: servesHttp(policy, appImports),
    network: forwardsNetwork(policy, appImports),
    proxy: proxy !== undefined,
  };
  return proxy === undefined ? { serves } : { serves, proxy };
}

/** For each WASI package the app imports at a version the adapter serves, the newest such version. */
function newestPackageVersions(appImports: ExternItem[] | undefined): Record<string, string> {
  const newest: Record<string, string> = {};
  for (const { interface: parsed } of appImports ?? []) {
    if (parsed?.namespace !== 'wasi' || !parsed.version) continue;
    const pkg = `wasi:${parsed.package}`;
    const served = pkg === 'wasi:config' ? [CONFIG_VERSION] : WASI_VERSIONS;
    if (!served.includes(parsed.version)) continue;
    const known = newest[pkg];
    if (!known || semverGt(parsed.version, known)) newest[pkg] = parsed.version;
  }
  return newest;
}

/** What an app imports of one WASI interface, over every version it imports it at. */
export function importedInterface(
  iface: WasiInterface,
  appImports: ExternItem[],
): ImportedInterface | undefined {
  const matching = appImports.filter((i) => i.interface?.id === iface.id);
  if (matching.length === 0) return undefined;
  const union = (items: (string[] | undefined)[]) => [...new Set(items.flatMap((i) => i ?? []))];
  return {
    names: matching.map((i) => i.name),
    functions: matching.some((i) => i.functions === undefined)
      ? undefined
      : union(matching.map((i) => i.functions)),
    types: union(matching.flatMap((i) => [i.types, i.resources])),
  };
}

/**
 * Decides what the adapter serves. With an app, only interfaces it imports,
 * with the functions it imports, at the version it imports; without one,
 * every interface the policy does not pass through, at the chosen version.
 */
export function planVirtualization(
  policy: Policy,
  appImports?: ExternItem[],
  appExports?: ExternItem[],
): VirtPlan {
  const wasiVersion = chooseVersion(appImports, policy);
  const series = seriesOf(wasiVersion);
  const { serves, proxy } =
    series === '0.3'
      ? p3Serves(policy, appImports, appExports)
      : p2Serves(policy, appImports, appExports);
  const settings = adapterSettings(policy);
  const plan: VirtPlan = {
    wasiVersion,
    settings:
      series === '0.3'
        ? { ...settings, deniedImports: withP3Names(settings.deniedImports) }
        : settings,
    packageVersions: newestPackageVersions(appImports),
    interfaces: [],
    passedThrough: [],
  };
  for (const iface of interfacesOf(series)) {
    const version = plannedVersion(plan, iface);
    const imported = appImports && importedInterface(iface, appImports);
    if (appImports && !imported) continue;
    const name = `${iface.id}@${version}`;
    const subsystem = subsystemOf(iface);
    if (subsystem.passesThrough(iface, policy, serves)) {
      if (imported) plan.passedThrough.push(...imported.names);
      continue;
    }
    if (imported) checkServable(iface, imported, appImports!);
    const wanted = imported?.functions ?? Object.keys(iface.functions);
    const types = imported ? imported.types : iface.types.flatMap(declaredNames);
    // The bridge lifts the host's two resource types from the adapter's import: both must be in it.
    if (serves.proxy && iface.id === PROXY_TYPES)
      types.push(...PROXY_RESOURCES.filter((r) => !types.includes(r)));
    const forwarded = subsystem.forwarded(iface, wanted, types, policy, serves);
    // The interface's WIT is shared by the adapter's import and export: what it forwards, it declares and exports too.
    const exported = [...new Set([...wanted, ...forwarded.filter((f) => f in iface.functions)])];
    plan.interfaces.push({
      iface,
      name,
      version,
      exported,
      forwarded,
      types,
    });
  }
  if (series === '0.3') plan.passedThrough.push(...p3HostImports(plan, appImports));
  // A proxy's export refers to the resources of its wasi:http/types import, which the bridge needs.
  if (proxy && plan.interfaces.some((v) => v.iface.id === PROXY_TYPES))
    plan.proxy = { export: proxy };
  // The trace, and the messages denied calls write on the app's stderr, use the host's stderr.
  if (policy.debug || writesDenials(plan)) addTraceImports(plan);
  return plan;
}

/** What the --debug trace and denied calls' messages (adapter/src/runtime/trace.c) call on the host: its stderr, written whole lines at a time. */
const TRACE_IMPORTS: [string, string][] = [
  ['wasi:cli/stderr', 'get-stderr'],
  ['wasi:io/streams', '[method]output-stream.blocking-write-and-flush'],
  ['wasi:io/error', '[resource-drop]error'],
];

/** Makes the adapter import what runtime/trace.c writes with, whether or not the app imports it. */
function addTraceImports(plan: VirtPlan): void {
  for (const [id, fn] of TRACE_IMPORTS) {
    const iface = WASI_INTERFACES.find((i) => i.id === id)!;
    let entry = plan.interfaces.find((v) => v.iface.id === id);
    if (!entry) {
      const version = plannedVersion(plan, iface);
      entry = {
        iface,
        name: `${id}@${version}`,
        version,
        exported: [],
        forwarded: [],
        types: [],
        importOnly: true,
      };
      plan.interfaces.push(entry);
    }
    if (!entry.forwarded.includes(fn)) entry.forwarded.push(fn);
    if (!entry.importOnly && fn in iface.functions && !entry.exported.includes(fn))
      entry.exported.push(fn);
  }
}
