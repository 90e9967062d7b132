/**
 * The adapter for a policy that passes everything through, written without a core module (as
 * WASI-Virt writes one): it imports each interface of WASI's command world, with every stable
 * function, its resources and the types those need, and exports the imported instance
 * unchanged. Composed into a component, it changes nothing; it holds no code.
 */
export declare function passthroughAdapter(wasiVersion: string): Uint8Array;
