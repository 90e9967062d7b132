import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '@bytecodealliance/jco-transpile/wasm-tools';
import { SectionId } from '../src/component/ast.js';
import { ByteReader } from '../src/component/read/byte-reader.js';
import { ByteWriter } from '../src/component/write/byte-writer.js';
import {
  encodeAlias,
  encodeDefType,
  encodeCoreType,
  identity,
} from '../src/component/write/encode-types.js';
import { encodeExport, encodeImport, encodeInstance } from '../src/component/write/encode-items.js';
import { readComponent, type Component } from '../src/component/read/read-component.js';
import { FIXTURE_NAMES, fixture, ROOT } from './support/paths.js';

/** Re-encodes every item section of a component (and its nested ones) and compares with the input bytes. */
function expectSectionsRoundTrip(bytes: Uint8Array, c: Component): number {
  const cursor = { type: 0, alias: 0, import: 0, export: 0, instance: 0, coreType: 0 };
  let checked = 0;
  // Outer aliases of nested components reach their parents' scopes: identity maps all the way out.
  const scopes = Array.from({ length: c.scope.depth + 1 }, () => identity);
  const take = <T>(list: T[], key: keyof typeof cursor, count: number) =>
    list.slice(cursor[key], (cursor[key] += count));
  for (const span of c.sections) {
    const w = new ByteWriter();
    const count = span.count ?? 0;
    switch (span.id) {
      case SectionId.type:
        w.vec(take(c.types, 'type', count), (t) => encodeDefType(w, t, scopes));
        break;
      case SectionId.coreType:
        w.vec(take(c.coreTypes, 'coreType', count), (t) => encodeCoreType(w, t));
        break;
      case SectionId.alias:
        w.vec(take(c.aliases, 'alias', count), (a) => encodeAlias(w, a, scopes));
        break;
      case SectionId.import:
        w.vec(take(c.imports, 'import', count), (i) => encodeImport(w, i.name, i.type, identity));
        break;
      case SectionId.export:
        w.vec(take(c.exports, 'export', count), (e) =>
          encodeExport(w, e.name, e.item, e.type, identity),
        );
        break;
      case SectionId.instance:
        w.vec(take(c.instances, 'instance', count), (i) => encodeInstance(w, i, identity));
        break;
      default:
        continue;
    }
    expect(Buffer.from(w.view())).toEqual(Buffer.from(bytes.subarray(span.payloadStart, span.end)));
    checked++;
  }
  return (
    checked + c.components.reduce((sum, nested) => sum + expectSectionsRoundTrip(bytes, nested), 0)
  );
}

describe('the section writer reproduces what the reader read, byte for byte', () => {
  it.each(FIXTURE_NAMES)('%s', async (name) => {
    const bytes = await readFile(fixture(name));
    expect(expectSectionsRoundTrip(bytes, readComponent(bytes))).toBeGreaterThan(
      name === 'import-free' ? 1 : 10,
    );
  });

  it('the grammar component (nested components, outer aliases, every value type)', async () => {
    const bytes = await parse(await readFile(join(ROOT, '__tests__/wat/grammar.wat'), 'utf8'));
    expect(expectSectionsRoundTrip(bytes, readComponent(bytes))).toBeGreaterThan(10);
  });
});

describe('LEB128 encoding', () => {
  it.each([0, 1, 63, 64, 127, 128, 624485, 2 ** 31, 2 ** 32 - 1, 2 ** 40])(
    'u32/u64 %d round-trips',
    (value) => {
      const w = new ByteWriter().u32(value);
      expect(new ByteReader(w.view()).unsignedLeb(64, '(test)')).toBe(value);
    },
  );

  it.each([0, 1, -1, 63, 64, -64, -65, 127, -128, 2 ** 32 - 1, -(2 ** 32)])(
    's33 %d round-trips',
    (value) => {
      const w = new ByteWriter().s33(value);
      expect(new ByteReader(w.view()).signedLeb(33, '(test)')).toBe(value);
    },
  );
});
