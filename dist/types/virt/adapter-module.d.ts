/** The prebuilt virtual adapter core module (adapter/virtual-adapter.wasm, built by npm run build:adapter). */
export declare function loadAdapterModule(): Promise<Uint8Array>;
