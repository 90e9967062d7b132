/** The prebuilt virtual adapter core module (adapter/virtual-adapter.wasm, built by npm run build:adapter). */
export declare function loadAdapterModule(): Promise<Uint8Array>;
/** The adapter core module a plan at `wasiVersion` specialises: the prebuilt one, renamed for WASI 0.3 (p3-adapter-module.ts). */
export declare function adapterModuleFor(wasiVersion: string): Promise<Uint8Array>;
/** The pump's core module (adapter/pump/pump.c), carried in a custom section of the prebuilt adapter. */
export declare function loadPumpModule(): Promise<Uint8Array>;
