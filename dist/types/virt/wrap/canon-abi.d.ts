import type { CanonOption } from '../../component/ast.js';
import type { WasiInterface } from '../wasi-package.js';
/** What lifting or lowering a function needs: linear memory, an allocator, a string encoding. */
export interface AbiNeeds {
    memory: boolean;
    realloc: boolean;
    strings: boolean;
}
/**
 * What the canonical ABI needs to lift (`lift`: the adapter's export) or lower (`lower`: a host
 * function the adapter calls) a function of `iface`: memory when a value lives there (strings,
 * lists, parameters or results past the flat limits), an allocator for the values the callee's
 * side receives in memory.
 */
export declare function abiNeeds(iface: WasiInterface, name: string, direction: 'lift' | 'lower'): AbiNeeds;
/** The canonical options for `needs`, given the memory and allocator's core indices. */
export declare function canonOptions(needs: AbiNeeds, memory: () => number, realloc: () => number): CanonOption[];
