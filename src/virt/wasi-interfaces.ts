import { UserInputError } from '../errors.js';
import { WASI_HTTP_INTERFACES } from './wasi-http-interfaces.js';
import { WASI_IO_INTERFACES } from './wasi-io-interfaces.js';
import { WASI_SOCKETS_INTERFACES } from './wasi-sockets-interfaces.js';

/** The WASI 0.2 releases whose interfaces the adapter serves, oldest first. */
export const WASI_VERSIONS = Array.from({ length: 13 }, (_, patch) => `0.2.${patch}`);
export const DEFAULT_WASI_VERSION = '0.2.12';
/** `wasi:config` is versioned on its own (WASI-Virt and hosts use this draft). */
export const CONFIG_VERSION = '0.2.0-draft';

export function checkWasiVersion(version: string): string {
  if (!WASI_VERSIONS.includes(version)) {
    throw new UserInputError(
      `unknown WASI version '${version}': choose one of ${WASI_VERSIONS[0]} to ${WASI_VERSIONS[WASI_VERSIONS.length - 1]}`,
    );
  }
  return version;
}

export type { Role, WasiInterface } from './wasi-package.js';
import { wasiPackage, type WasiInterface } from './wasi-package.js';

/** The interfaces the adapter can serve, with their WASI 0.2 definitions. */
export const WASI_INTERFACES: WasiInterface[] = [
  ...WASI_IO_INTERFACES,
  ...WASI_SOCKETS_INTERFACES,
  ...WASI_HTTP_INTERFACES,
  wasiPackage('cli', 'env')('environment'),
  wasiPackage('config', 'config')('store'),
  wasiPackage('cli', 'exit')('exit'),
  ...['random', 'insecure', 'insecure-seed'].map((name) => wasiPackage('random', 'random')(name)),
  ...['wall-clock', 'monotonic-clock'].map((name) => wasiPackage('clocks', 'clocks')(name)),
];

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
