/** The WASI 0.2 releases whose interfaces the adapter serves, oldest first. */
export declare const WASI_VERSIONS: string[];
export declare const DEFAULT_WASI_VERSION = "0.2.12";
/** `wasi:config` is versioned on its own (WASI-Virt and hosts use this draft). */
export declare const CONFIG_VERSION = "0.2.0-draft";
export { WASI_P3_VERSION } from './p3-interfaces.js';
export declare function checkWasiVersion(version: string): string;
export type { Role, WasiInterface, WasiSeries } from './wasi-package.js';
import type { WasiInterface, WasiSeries } from './wasi-package.js';
/** The series of a WASI version: `0.3.0` → 0.3, any 0.2.x → 0.2. */
export declare const seriesOf: (version: string) => WasiSeries;
/**
 * The interfaces the adapter can serve, each subsystem's, in the order they are planned and
 * declared in the adapter's world: the I/O group first, whose resources the others use.
 */
export declare const WASI_INTERFACES: WasiInterface[];
/** The interfaces the adapter serves at a series, in planning order. */
export declare const interfacesOf: (series: WasiSeries) => WasiInterface[];
/** An interface of a series the adapter serves, by id. */
export declare const findInterface: (id: string, series?: WasiSeries) => WasiInterface | undefined;
export declare function versionOf(iface: WasiInterface, wasiVersion: string): string;
/** The version a plan (its default WASI version and per-package versions) declares an interface at. */
export declare function plannedVersion(plan: {
    wasiVersion: string;
    packageVersions: Record<string, string>;
}, iface: WasiInterface): string;
