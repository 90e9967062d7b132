import { type Component } from './scope.js';
/** The component binary version this reader understands (pre-standard 0x0d, layer 1). */
export declare const COMPONENT_VERSION = 13;
export type { Component } from './scope.js';
/** What the first 8 bytes say a `.wasm` file is. */
export declare function sniffWasm(bytes: Uint8Array): 'component' | 'core-module' | 'not-wasm' | 'unknown-version';
/** Decodes a component binary, rejecting core modules and malformed input with a located error. */
export declare function readComponent(bytes: Uint8Array): Component;
