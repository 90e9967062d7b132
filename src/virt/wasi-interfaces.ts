import { UserInputError } from '../errors.js';
import { clocks } from './subsystems/clocks.js';
import { config } from './subsystems/config.js';
import { env } from './subsystems/env.js';
import { exit } from './subsystems/exit.js';
import { http } from './subsystems/http.js';
import { io } from './subsystems/io.js';
import { random } from './subsystems/random.js';
import { sockets } from './subsystems/sockets.js';
import { WASI_P3_DENIED_WHOLE, WASI_P3_INTERFACES, WASI_P3_VERSION } from './p3-interfaces.js';

/** The WASI 0.2 releases whose interfaces the adapter serves, oldest first. */
export const WASI_VERSIONS = Array.from({ length: 13 }, (_, patch) => `0.2.${patch}`);
export const DEFAULT_WASI_VERSION = '0.2.12';
/** `wasi:config` is versioned on its own (WASI-Virt and hosts use this draft). */
export const CONFIG_VERSION = '0.2.0-draft';

export { WASI_P3_VERSION } from './p3-interfaces.js';

export function checkWasiVersion(version: string): string {
  if (!WASI_VERSIONS.includes(version) && version !== WASI_P3_VERSION) {
    throw new UserInputError(
      `unknown WASI version '${version}': choose one of ${WASI_VERSIONS[0]} to ${WASI_VERSIONS[WASI_VERSIONS.length - 1]}, or ${WASI_P3_VERSION}`,
    );
  }
  return version;
}

export type { Role, WasiInterface, WasiSeries } from './wasi-package.js';
import type { WasiInterface, WasiSeries } from './wasi-package.js';

/** The series of a WASI version: `0.3.0` → 0.3, any 0.2.x → 0.2. */
export const seriesOf = (version: string): WasiSeries =>
  version.startsWith('0.3.') ? '0.3' : '0.2';

/**
 * The interfaces the adapter can serve, each subsystem's, in the order they are planned and
 * declared in the adapter's world: the I/O group first, whose resources the others use.
 */
export const WASI_INTERFACES: WasiInterface[] = [
  io,
  sockets,
  http,
  env,
  config,
  exit,
  random,
  clocks,
].flatMap((s) => s.interfaces);

const WASI_P3_ALL = [...WASI_P3_INTERFACES, ...WASI_P3_DENIED_WHOLE];

/** The interfaces the adapter serves at a series, in planning order. */
export const interfacesOf = (series: WasiSeries): WasiInterface[] =>
  series === '0.3' ? WASI_P3_ALL : WASI_INTERFACES;

/** An interface of a series the adapter serves, by id. */
export const findInterface = (id: string, series: WasiSeries = '0.2'): WasiInterface | undefined =>
  interfacesOf(series).find((i) => i.id === id);

export function versionOf(iface: WasiInterface, wasiVersion: string): string {
  return iface.role === 'config' ? CONFIG_VERSION : wasiVersion;
}

/** The version a plan (its default WASI version and per-package versions) declares an interface at. */
export function plannedVersion(
  plan: { wasiVersion: string; packageVersions: Record<string, string> },
  iface: WasiInterface,
): string {
  return plan.packageVersions[iface.package] ?? versionOf(iface, plan.wasiVersion);
}
