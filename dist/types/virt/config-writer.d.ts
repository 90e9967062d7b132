import type { StdioMode, VarsPolicy } from '../policy/policy.js';
import { type HeaderField } from './config-layout.js';
import type { MountTree } from './mount-tree.js';
import type { AdapterSettings } from './plan-model.js';
/** Words of the configuration header, by field (config-layout.ts): what each subsystem writes of it. */
export type ConfigWords = Partial<Record<HeaderField, number[]>>;
/** What the configuration is written from: the plan's settings, the mounted trees and where their files go. */
export interface ConfigInput {
    settings: AdapterSettings;
    tree: MountTree;
    files: FileLayout;
}
export declare const stdioCodes: Record<StdioMode, number>;
/**
 * Lays out strings and arrays after the header, handing out absolute addresses. Everything is
 * written straight into one growing buffer: a mount of 50,000 files places 100,000 strings and
 * lists, and an object per piece would cost more than the bytes.
 */
export declare class BlobWriter {
    readonly base: number;
    private buffer;
    private view;
    private size;
    constructor(base: number);
    /** Aligns the end to `align` and makes room for `length` more bytes; returns where they go. */
    private reserve;
    /** A string's `{ptr, len}`. */
    string(text: string): [number, number];
    /** Raw bytes' `{ptr, len}`. */
    data(bytes: Uint8Array, align?: number): [number, number];
    /** A list's `{ptr, count}` of `count` records whose u32 words are `words`, one record after another. */
    words(words: Uint32Array, count: number): [number, number];
    /** A list's `{ptr, count}` of records made of u32 words. */
    list(records: number[][]): [number, number];
    /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
    finish(fields: ConfigWords): Uint8Array;
}
/** A wv_policy: host values' mode, the overrides and the names. */
export declare function vars(w: BlobWriter, policy: VarsPolicy): number[];
/**
 * Where the mounted files' contents go, by file (an index of the tree's files): files under
 * `cutoff` bytes are placed in memory one after another from a start address, 8-byte aligned,
 * up to `end`, and `at` is their address; the others are passive data segments, and `at` is
 * their ordinal. Nodes naming one file (links, identical contents) share its place.
 */
export interface FileLayout {
    at: Uint32Array;
    /** The files placed in memory, in address order. */
    stored: Uint32Array;
    /** The passive files, in segment order. */
    passive: number[];
    end: number;
    cutoff: number;
}
export declare const noFiles: () => FileLayout;
/** A record of the layout's `words` words. */
export declare function record(words: number, values: number[]): number[];
