import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { WasmDecodeError } from '../src/component/errors.js';
import { readComponent } from '../src/component/read/read-component.js';
import { MAX_NESTING } from '../src/component/read/scope.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { component, section } from './support/bytes.js';
import { FIXTURE_NAMES, fixture } from './support/paths.js';
import { seedProperties } from './support/property-seed.js';

seedProperties();

const fixtures = FIXTURE_NAMES.map((name) => readFileSync(fixture(name)));

/** Decoding must succeed or fail with a located WasmDecodeError: never any other exception. */
function decodesCleanly(bytes: Uint8Array): void {
  try {
    describeComponent(readComponent(bytes));
  } catch (error) {
    if (!(error instanceof WasmDecodeError)) throw error;
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(bytes.length);
  }
}

const aFixture = fc.constantFrom(...fixtures);

describe('the reader on damaged input', () => {
  it('survives thousands of random truncations', () => {
    fc.assert(
      fc.property(aFixture, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, fraction) => {
        decodesCleanly(bytes.subarray(0, Math.floor(bytes.length * fraction)));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives thousands of random byte mutations', () => {
    const mutation = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      value: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(
        aFixture,
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (original, mutations) => {
          const bytes = Uint8Array.from(original);
          for (const { at, value } of mutations) bytes[Math.floor(at * bytes.length)] = value;
          decodesCleanly(bytes);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('survives thousands of mutations aimed at the type and import prelude', () => {
    const mutation = fc.record({
      at: fc.integer({ min: 8, max: 4095 }),
      value: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(
        aFixture,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (original, mutations) => {
          const bytes = Uint8Array.from(original);
          for (const { at, value } of mutations) bytes[at % bytes.length] = value;
          decodesCleanly(bytes);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('survives random bytes after a valid preamble', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (tail) =>
        decodesCleanly(component(Array.from(tail))),
      ),
      { numRuns: 3000 },
    );
  });

  it('every truncation of a fixture inside a section is an error, with an offset inside the input', () => {
    const bytes = fixtures[0]!;
    const boundaries = new Set(readComponent(bytes).sections.map((s) => s.end));
    for (let cut = 1; cut < bytes.length; cut += 97) {
      if (boundaries.has(cut)) continue;
      const truncated = bytes.subarray(0, cut);
      try {
        readComponent(truncated);
      } catch (error) {
        expect(error).toBeInstanceOf(WasmDecodeError);
        expect((error as WasmDecodeError).offset).toBeLessThanOrEqual(cut);
        continue;
      }
      throw new Error(`truncation at ${cut} decoded without error`);
    }
  });

  it('refuses nesting deep enough to exhaust the stack, cleanly', () => {
    // (type (instance (type (instance ... )))) nested far beyond MAX_NESTING.
    const depth = 5000;
    const open: number[] = [];
    for (let i = 0; i < depth; i++) open.push(0x42, 0x01, 0x01);
    const payload = [0x01, ...open, 0x42, 0x00];
    const error = (() => {
      try {
        readComponent(component(section(7, payload)));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(WasmDecodeError);
    expect((error as Error).message).toMatch(
      new RegExp(`nested more than ${MAX_NESTING} levels deep`),
    );
  });

  it('refuses deeply nested components the same way', () => {
    let inner: number[] = [];
    for (let i = 0; i < 300; i++)
      inner = Array.from(component(inner.length ? section(4, inner) : []));
    expect(() => readComponent(Uint8Array.from(inner))).toThrow(
      new RegExp(`nested more than ${MAX_NESTING} levels deep`),
    );
  });
});
