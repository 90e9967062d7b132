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

/** Lays out strings and arrays after the header, handing out absolute addresses. */
export class BlobWriter {
  private readonly chunks: { at: number; bytes: Uint8Array }[] = [];
  private size = HEADER_SIZE;

  constructor(readonly base: number) {}

  private place(bytes: Uint8Array, align: number): number {
    this.size = alignTo(this.size, align);
    const at = this.size;
    this.chunks.push({ at, bytes });
    this.size += bytes.length;
    return this.base + at;
  }

  /** A string's `{ptr, len}`. */
  string(text: string): [number, number] {
    return this.data(utf8.encode(text), 1);
  }

  /** Raw bytes' `{ptr, len}`. */
  data(bytes: Uint8Array, align = 8): [number, number] {
    return [this.place(bytes, align), bytes.length];
  }

  /** A list's `{ptr, count}` of records made of u32 words. */
  list(records: number[][]): [number, number] {
    const words = new Uint32Array(records.flat());
    return [this.place(new Uint8Array(words.buffer), 4), records.length];
  }

  /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
  finish(fields: ConfigWords): Uint8Array {
    const header = Object.entries(HEADER_FIELDS).flatMap(([name, words]) => {
      const value = fields[name as HeaderField];
      if (value === undefined) throw new Error(`internal: header field ${name} was not written`);
      if (value.length !== words)
        throw new Error(`internal: header field ${name} has ${value.length} words, not ${words}`);
      return value;
    });
    const out = new Uint8Array(alignTo(this.size, 8));
    const view = new DataView(out.buffer);
    header.forEach((word, i) => view.setUint32(i * 4, word, true));
    for (const { at, bytes } of this.chunks) out.set(bytes, at);
    view.setUint32(headerOffset('size'), out.length, true);
    return out;
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
 * Where the mounted files' contents go: `addresses` by node, for files placed
 * in memory one after another from a start address, 8-byte aligned, up to
 * `end`; and `passive`, the nodes of files at or above the passive cutoff, each
 * its own passive data segment, in segment order. Nodes sharing one `contents`
 * object (links to one host file) share its address or segment: `stored` lists
 * the first node of each file placed in memory, `ordinals` every passive node's segment.
 */
export interface FileLayout {
  addresses: Map<number, number>;
  stored: number[];
  passive: number[];
  ordinals: Map<number, number>;
  end: number;
}

export const noFiles = (): FileLayout => ({
  addresses: new Map(),
  stored: [],
  passive: [],
  ordinals: new Map(),
  end: 0,
});

/** A record of the layout's `words` words. */
export function record(words: number, values: number[]): number[] {
  if (values.length !== words)
    throw new Error(`internal: a record of ${values.length} words, not ${words}`);
  return values;
}
