import { type Component } from '../component/read/read-component.js';
export interface LoadedComponent {
    path: string;
    bytes: Uint8Array;
    /** Computed when first read. */
    readonly sha256: string;
    component: Component;
}
/** The largest component read by default (2 GiB); WASI_VIRT_MAX_COMPONENT_SIZE changes it. */
export declare const DEFAULT_MAX_COMPONENT_SIZE: number;
/** WASI_VIRT_MAX_COMPONENT_SIZE (bytes, or with K/M/G), else the default. */
export declare function maxComponentSize(env: NodeJS.ProcessEnv): number;
/** Reads and decodes a component file, turning every kind of bad input into one clear message. */
export declare function loadComponentFile(path: string, maxSize?: number): Promise<LoadedComponent>;
/**
 * Decodes a component's bytes and checks its names: what every command does with its input
 * before anything else. A problem is a UserInputError naming `path`.
 */
export declare function decodeComponent(path: string, bytes: Uint8Array): Component;
