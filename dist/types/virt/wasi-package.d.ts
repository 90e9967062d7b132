import type { Subsystem } from '../policy/policy.js';
/** The WASI release series an interface's WIT is of: 0.2.x (and wasi:config's draft) or 0.3.x. */
export type WasiSeries = '0.2' | '0.3';
/** Which policy decides an interface: env, config, the I/O group, or a subsystem's access. */
export type Role = 'env' | 'config' | 'io' | Subsystem;
export interface WasiInterface {
    /** `wasi:cli/environment` */
    id: string;
    package: string;
    name: string;
    role: Role;
    /**
     * WIT declarations other than functions (types, `use`), as they appear inside the
     * interface; a `resource R` gets the chosen `[method]R.*` functions as its body.
     */
    types: string[];
    /** Component-level function name (`get-stdin`, `[method]input-stream.read`) → WIT signature. */
    functions: Record<string, string>;
    /** Interfaces this one's types come from (`use`), by id. */
    uses?: string[];
    /** The series whose WIT this is: a `use` names an interface of the same series. */
    series: WasiSeries;
}
/**
 * Describes interfaces of one WASI package (`wasi:<pkg>/<name>`) that one policy role decides,
 * with the declarations and functions of the vendored WIT (src/virt/wasi-catalogue.generated.ts,
 * from wit/wasi/, or WASI_P3_CATALOGUE from wit/wasi-0.3.0/ for `series` 0.3), less the
 * functions in `omit`.
 */
export declare const wasiPackage: (pkg: string, role: Role, series?: WasiSeries) => (name: string, { omit }?: {
    omit?: string[];
}) => WasiInterface;
