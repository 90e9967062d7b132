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
import type { WasiInterface } from './wasi-package.js';

/** The interfaces the adapter can serve, with their WASI 0.2 definitions. */
export const WASI_INTERFACES: WasiInterface[] = [
  ...WASI_IO_INTERFACES,
  ...WASI_SOCKETS_INTERFACES,
  ...WASI_HTTP_INTERFACES,
  {
    id: 'wasi:cli/environment',
    package: 'wasi:cli',
    name: 'environment',
    role: 'env',
    types: [],
    functions: {
      'get-environment': 'func() -> list<tuple<string, string>>',
      'get-arguments': 'func() -> list<string>',
      'initial-cwd': 'func() -> option<string>',
    },
  },
  {
    id: 'wasi:config/store',
    package: 'wasi:config',
    name: 'store',
    role: 'config',
    types: ['variant error { upstream(string), io(string) }'],
    functions: {
      get: 'func(key: string) -> result<option<string>, error>',
      'get-all': 'func() -> result<list<tuple<string, string>>, error>',
    },
  },
  {
    id: 'wasi:cli/exit',
    package: 'wasi:cli',
    name: 'exit',
    role: 'exit',
    types: [],
    functions: { exit: 'func(status: result)', 'exit-with-code': 'func(status-code: u8)' },
  },
  {
    id: 'wasi:random/random',
    package: 'wasi:random',
    name: 'random',
    role: 'random',
    types: [],
    functions: {
      'get-random-bytes': 'func(len: u64) -> list<u8>',
      'get-random-u64': 'func() -> u64',
    },
  },
  {
    id: 'wasi:random/insecure',
    package: 'wasi:random',
    name: 'insecure',
    role: 'random',
    types: [],
    functions: {
      'get-insecure-random-bytes': 'func(len: u64) -> list<u8>',
      'get-insecure-random-u64': 'func() -> u64',
    },
  },
  {
    id: 'wasi:random/insecure-seed',
    package: 'wasi:random',
    name: 'insecure-seed',
    role: 'random',
    types: [],
    functions: { 'insecure-seed': 'func() -> tuple<u64, u64>' },
  },
  {
    id: 'wasi:clocks/wall-clock',
    package: 'wasi:clocks',
    name: 'wall-clock',
    role: 'clocks',
    types: ['record datetime { seconds: u64, nanoseconds: u32 }'],
    functions: { now: 'func() -> datetime', resolution: 'func() -> datetime' },
  },
  {
    id: 'wasi:clocks/monotonic-clock',
    package: 'wasi:clocks',
    name: 'monotonic-clock',
    role: 'clocks',
    types: [
      'use wasi:io/poll@{version}.{pollable};',
      'type instant = u64;',
      'type duration = u64;',
    ],
    functions: {
      now: 'func() -> instant',
      resolution: 'func() -> duration',
      'subscribe-instant': 'func(when: instant) -> pollable',
      'subscribe-duration': 'func(when: duration) -> pollable',
    },
    uses: ['wasi:io/poll'],
  },
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
