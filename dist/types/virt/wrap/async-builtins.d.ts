import type { FuncType } from '../../component/core/module-model.js';
import type { ComponentBuilder, StreamOrFutureBuiltin } from '../../component/write/component-builder.js';
import type { WasiInterface, WasiSeries } from '../wasi-package.js';
export interface AsyncBuiltin {
    kind: StreamOrFutureBuiltin;
    /** Which stream or future type of the function's signature, in order of appearance. */
    nth: number;
    fn: string;
}
export declare function asyncBuiltinOf(name: string): AsyncBuiltin | undefined;
/** Whether a built-in copies values through linear memory (read, write): it needs the memory option. */
export declare const copiesValues: (b: AsyncBuiltin) => boolean;
/** A built-in's core signature (CanonicalABI.md: `canon {stream,future}.*`). */
export declare function builtinCoreType(b: AsyncBuiltin): FuncType;
/**
 * The built-ins' stream and future types, defined in the adapter component's own type space:
 * the types are structural, so these equal the exported function's. A named type in them must
 * be a value type of no further names (wasi:cli's error-code enum).
 */
export declare class AsyncBuiltinTypes {
    private readonly series;
    private readonly space;
    constructor(b: ComponentBuilder, series: WasiSeries);
    typeOf(iface: WasiInterface, builtin: AsyncBuiltin): number;
}
