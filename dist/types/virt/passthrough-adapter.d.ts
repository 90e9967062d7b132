/**
 * The adapter for a policy that passes everything through, written without a component (as
 * WASI-Virt writes one): it imports each interface of WASI's command world, with every stable
 * function, and exports the imported instance unchanged. Composed into a component, it changes
 * nothing; it holds no code.
 *
 * The import types come from wit-component: a dummy module for the world of an adapter that
 * would forward every function is made a component, whose prelude (the type, import and alias
 * sections before its first core module) is kept, and the exports are added after it.
 */
export declare function passthroughAdapter(wasiVersion: string): Promise<Uint8Array>;
