/**
 * The prebuilt adapter core module as a WASI 0.3 adapter: its exports of the functions 0.3 keeps
 * the core ABI of, and its calls of the same functions on the host, renamed to their 0.3
 * interfaces and names (`wasi:clocks/wall-clock@0.2.12#now` → `wasi:clocks/system-clock@0.3.0#now`);
 * its other interface exports (0.2's, their variants, the HTTP bridge) left out. wasi:config keeps
 * its draft version. Specialisation (specialize-adapter.ts) then cuts it down to a 0.3 plan as it
 * does the 0.2 module to a 0.2 plan.
 */
export declare function p3AdapterModule(adapter: Uint8Array): Uint8Array;
