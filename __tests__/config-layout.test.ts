import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_ENUMS,
  CONFIG_MAGIC,
  HEADER_FIELDS,
  HEADER_SIZE,
  headerOffset,
  LAYOUT_VERSION,
  NODE_WORDS,
  PREOPEN_WORDS,
  type HeaderField,
} from '../src/virt/config-layout.js';
import { WASI_CATALOGUE_PACKAGES } from '../src/virt/wasi-catalogue.generated.js';
import { CONFIG_VERSION, DEFAULT_WASI_VERSION } from '../src/virt/wasi-interfaces.js';
import { ROOT } from './support/paths.js';

// The configuration layout is described once, in src/virt/config-layout.ts; the adapter's C
// declarations (which clang checks with _Static_assert) must say the same, or the adapter would
// read its configuration from the wrong places.
const header = readFileSync(join(ROOT, 'adapter/src/runtime/config-blob.h'), 'utf8');
const numbers = (pattern: RegExp) =>
  [...header.matchAll(pattern)].map((m) => [m[1]!, Number(m[2]!)] as const);

describe('the configuration layout', () => {
  it('has the magic and version config-blob.h has', () => {
    expect(/#define WV_MAGIC (0x[0-9a-f]+)u/.exec(header)?.[1]).toBe(
      `0x${CONFIG_MAGIC.toString(16)}`,
    );
    expect(Number(/#define WV_VERSION (\d+)u/.exec(header)?.[1])).toBe(LAYOUT_VERSION);
    expect(readFileSync(join(ROOT, 'adapter/CONFIG.md'), 'utf8')).toContain(
      `version ${LAYOUT_VERSION}`,
    );
  });

  it('has every enum value config-blob.h declares, and no other', () => {
    const declared = Object.fromEntries(numbers(/\b(WV_[A-Z_]+) = (\d+)/g));
    expect(declared).toEqual(CONFIG_ENUMS);
  });

  it('puts each header field at the offset config-blob.h asserts, and is as long', () => {
    const asserted = numbers(/offsetof\(wv_config, ([a-z_]+)\) == (\d+)/g);
    expect(asserted.length).toBeGreaterThan(10);
    for (const [field, offset] of asserted) {
      expect(Object.keys(HEADER_FIELDS)).toContain(field);
      expect([field, headerOffset(field as HeaderField)]).toEqual([field, offset]);
    }
    expect(Number(/sizeof\(wv_config\) == (\d+)/.exec(header)?.[1])).toBe(HEADER_SIZE);
  });

  it('has the record sizes config-blob.h asserts', () => {
    expect(Number(/sizeof\(wv_preopen\) == (\d+)/.exec(header)?.[1])).toBe(PREOPEN_WORDS * 4);
    expect(Number(/sizeof\(wv_node\) == (\d+)/.exec(header)?.[1])).toBe(NODE_WORDS * 4);
  });
});

describe("the adapter's WASI names", () => {
  const wasiH = readFileSync(join(ROOT, 'adapter/src/runtime/wasi.h'), 'utf8');

  it('are at the versions of the vendored WIT, which the generator defaults to', () => {
    const wasi = /#define WASI_0_2 "@([^"]+)"/.exec(wasiH)?.[1];
    const config = /"wasi:config\/store@([^"]+)"/.exec(wasiH)?.[1];
    const vendored = Object.entries(WASI_CATALOGUE_PACKAGES);
    expect(vendored.length).toBeGreaterThan(5);
    for (const [pkg, version] of vendored)
      expect([pkg, version]).toEqual([pkg, pkg === 'wasi:config' ? config : wasi]);
    expect([wasi, config]).toEqual([DEFAULT_WASI_VERSION, CONFIG_VERSION]);
  });
});
