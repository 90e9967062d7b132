import type { StdioMode, VarsPolicy } from '../policy/policy.js';
import { alignTo } from './align.js';
import {
  CONFIG_ENUMS as E,
  HEADER_FIELDS,
  HEADER_SIZE,
  headerOffset,
  type HeaderField,
} from './config-layout.js';
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

const varsModes: Record<VarsPolicy['mode'], number> = {
  none: E.WV_MODE_NONE,
  all: E.WV_MODE_ALL,
  allow: E.WV_MODE_ALLOW,
  deny: E.WV_MODE_DENY,
};
export const stdioCodes: Record<StdioMode, number> = {
  allow: E.WV_STDIO_HOST,
  ignore: E.WV_STDIO_IGNORE,
  deny: E.WV_STDIO_DENY,
};

const utf8 = new TextEncoder();

/**
 * Lays out strings and arrays after the header, handing out absolute addresses. Everything is
 * written straight into one growing buffer: a mount of 50,000 files places 100,000 strings and
 * lists, and an object per piece would cost more than the bytes.
 */
export class BlobWriter {
  private buffer = new Uint8Array(4096);
  private view = new DataView(this.buffer.buffer);
  private size = HEADER_SIZE;

  constructor(readonly base: number) {}

  /** Aligns the end to `align` and makes room for `length` more bytes; returns where they go. */
  private reserve(length: number, align: number): number {
    this.size = alignTo(this.size, align);
    if (this.size + length > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < this.size + length) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.size));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    return this.size;
  }

  /** A string's `{ptr, len}`. */
  string(text: string): [number, number] {
    const at = this.reserve(text.length * 3, 1);
    const { written } = utf8.encodeInto(text, this.buffer.subarray(at));
    this.size = at + written;
    return [this.base + at, written];
  }

  /** Raw bytes' `{ptr, len}`. */
  data(bytes: Uint8Array, align = 8): [number, number] {
    const at = this.reserve(bytes.length, align);
    this.buffer.set(bytes, at);
    this.size = at + bytes.length;
    return [this.base + at, bytes.length];
  }

  /** A list's `{ptr, count}` of `count` records whose u32 words are `words`, one record after another. */
  words(words: Uint32Array, count: number): [number, number] {
    let at = this.reserve(words.length * 4, 4);
    const start = at;
    for (const word of words) {
      this.view.setUint32(at, word, true);
      at += 4;
    }
    this.size = at;
    return [this.base + start, count];
  }

  /** A list's `{ptr, count}` of records made of u32 words. */
  list(records: number[][]): [number, number] {
    return this.words(Uint32Array.from(records.flat()), records.length);
  }

  /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
  finish(fields: ConfigWords): Uint8Array {
    let at = 0;
    for (const [name, words] of Object.entries(HEADER_FIELDS)) {
      const value = fields[name as HeaderField];
      if (value === undefined) throw new Error(`internal: header field ${name} was not written`);
      if (value.length !== words)
        throw new Error(`internal: header field ${name} has ${value.length} words, not ${words}`);
      for (const word of value) {
        this.view.setUint32(at, word, true);
        at += 4;
      }
    }
    const length = alignTo(this.size, 8);
    this.reserve(length - this.size, 1);
    this.buffer.fill(0, this.size, length);
    this.view.setUint32(headerOffset('size'), length, true);
    return this.buffer.slice(0, length);
  }
}

/** A wv_policy: host values' mode, the overrides and the names. */
export function vars(w: BlobWriter, policy: VarsPolicy): number[] {
  const overrides = Object.entries(policy.overrides)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [...w.string(key), ...w.string(value)]);
  const names =
    policy.mode === 'allow' || policy.mode === 'deny' ? policy.names.map((n) => w.string(n)) : [];
  return [varsModes[policy.mode], ...w.list(overrides), ...w.list(names)];
}

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

export const noFiles = (): FileLayout => ({
  at: new Uint32Array(),
  stored: new Uint32Array(),
  passive: [],
  end: 0,
  cutoff: Infinity,
});

/** A record of the layout's `words` words. */
export function record(words: number, values: number[]): number[] {
  if (values.length !== words)
    throw new Error(`internal: a record of ${values.length} words, not ${words}`);
  return values;
}
