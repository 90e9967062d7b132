import type { FuncType } from '../../component/core/module-model.js';
import type { WasiInterface } from '../wasi-package.js';
import { type WitType } from '../wit-types.js';
/** The core value types the canonical ABI flattens a value into (CanonicalABI.md: flatten_type). */
export declare function flatten(type: WitType): number[];
/**
 * The core signature of the adapter's export lifted as `iface`'s function `name`
 * (CanonicalABI.md: flatten_functype, lift): past 16 flat parameters one pointer to them, past
 * one flat result a pointer to the results.
 */
export declare function liftedCoreType(iface: WasiInterface, name: string): FuncType;
