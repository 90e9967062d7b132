/** The WASI 0.2 releases whose interfaces the adapter serves, oldest first. */
export declare const WASI_VERSIONS: string[];
export declare const DEFAULT_WASI_VERSION = "0.2.12";
/** `wasi:config` is versioned on its own (WASI-Virt and hosts use this draft). */
export declare const CONFIG_VERSION = "0.2.0-draft";
export declare function checkWasiVersion(version: string): string;
export type { Role, WasiInterface } from './wasi-package.js';
import type { WasiInterface } from './wasi-package.js';
/**
 * The interfaces the adapter can serve, each subsystem's, in the order they are planned and
 * declared in the adapter's world: the I/O group first, whose resources the others use.
 */
export declare const WASI_INTERFACES: WasiInterface[];
export declare function versionOf(iface: WasiInterface, wasiVersion: string): string;
/** The version a plan (its default WASI version and per-package versions) declares an interface at. */
export declare function plannedVersion(plan: {
    wasiVersion: string;
    packageVersions: Record<string, string>;
}, iface: WasiInterface): string;
