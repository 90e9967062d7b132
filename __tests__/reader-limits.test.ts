// The reader's structural limits (src/component/read/limits.ts) against wasm-tools' validator, which
// wasmtime shares: just over a limit both refuse; at it, the reader accepts what wasm-tools does.
import { describe, expect, it } from '@jest/globals';
import { parse } from '@bytecodealliance/jco-transpile/wasm-tools';
import { WasmDecodeError } from '../src/component/errors.js';
import { LIMITS } from '../src/component/read/limits.js';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support/cli.js';
import { component, section, uleb } from './support/bytes.js';
import { wasmToolsValidate } from './support/wasm-tools.js';

const repeat = (count: number, item: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => item(i)).join(' ');

/** A component with the given WAT body. */
const wat = (body: string) => parse(`(component ${body})`);

/** Types that double each other `depth` times: the last one's effective size is about 3 * 2^depth. */
const doublingTypes = (depth: number) =>
  `(type $t0 (tuple u8 u8)) ${repeat(depth, (i) => `(type $t${i + 1} (tuple $t${i} $t${i}))`)}`;

/** What a just-over-the-limit component looks like, and the limit it breaks. */
const OVER: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
  [
    'core modules and components defined in the tree, itself included',
    () =>
      wat(`(component ${repeat(500, () => '(core module)')}) ${repeat(499, () => '(component)')}`),
    /more than 1000 core modules and components defined/,
  ],
  [
    'component imports',
    () => wat(repeat(1001, (i) => `(import "c${i}" (component))`)),
    /more than 1000 components in one component/,
  ],
  [
    'instances, core and component together',
    () => wat(`${repeat(2049, () => '(instance)')} ${repeat(2048, () => '(core instance)')}`),
    /more than 4096 instances/,
  ],
  [
    'flags',
    () => wat(`(type (flags ${repeat(LIMITS.flags + 1, (i) => `"f${i}"`)}))`),
    /flag labels: count 33 exceeds the limit of 32/,
  ],
  [
    'function parameters',
    () => wat(`(type (func ${repeat(LIMITS.funcParams + 1, (i) => `(param "p${i}" u8)`)}))`),
    /param: count 1001 exceeds the limit of 1000/,
  ],
  [
    'record fields',
    () => wat(`(type (record ${repeat(LIMITS.recordFields + 1, (i) => `(field "f${i}" u8)`)}))`),
    /record field: count 10001 exceeds the limit of 10000/,
  ],
  [
    'variant cases',
    () => wat(`(type (variant ${repeat(LIMITS.variantCases + 1, (i) => `(case "c${i}")`)}))`),
    /variant cases: count 10001 exceeds/,
  ],
  [
    'tuple types',
    () => wat(`(type (tuple ${repeat(LIMITS.tupleTypes + 1, () => 'u8')}))`),
    /tuple types: count 10001 exceeds/,
  ],
  [
    'enum cases',
    () => wat(`(type (enum ${repeat(LIMITS.enumCases + 1, (i) => `"e${i}"`)}))`),
    /enum labels: count 10001 exceeds/,
  ],
  [
    'a label over 100,000 bytes',
    () => wat(`(type (record (field "${'a'.repeat(LIMITS.name + 1)}" u8)))`),
    /is 100001 bytes long, over the limit of 100000/,
  ],
  [
    'a type whose effective size doubles 20 times',
    () => wat(doublingTypes(20)),
    /effective size exceeds the limit of 1000000/,
  ],
  [
    "an instance type's exported type, aliased and doubled",
    () =>
      wat(
        `(import "big" (instance $big ${doublingTypes(17)} (export "t" (type (eq $t17)))))` +
          ` (alias export $big "t" (type $a0))` +
          ` ${repeat(3, (i) => `(type $a${i + 1} (tuple $a${i} $a${i}))`)}`,
      ),
    /effective size exceeds the limit/,
  ],
  [
    'more than 1,000,000 types',
    // A type section of u8 definitions, one byte each.
    () => {
      const count = 1_000_001;
      return component(section(7, [...uleb(count), ...new Array<number>(count).fill(0x7d)]));
    },
    /more than 1000000 types/,
  ],
];

/** The same constructs at their limits. */
const AT: [string, () => Promise<Uint8Array>][] = [
  [
    'core modules and components defined in the tree',
    () =>
      wat(`(component ${repeat(500, () => '(core module)')}) ${repeat(498, () => '(component)')}`),
  ],
  ['component imports', () => wat(repeat(1000, (i) => `(import "c${i}" (component))`))],
  [
    'instances, and more in a nested component',
    () =>
      wat(
        `(component ${repeat(4000, () => '(instance)')}) ${repeat(2048, () => '(instance)')} ${repeat(2048, () => '(core instance)')}`,
      ),
  ],
  ['flags', () => wat(`(type (flags ${repeat(LIMITS.flags, (i) => `"f${i}"`)}))`)],
  [
    'function parameters',
    () => wat(`(type (func ${repeat(LIMITS.funcParams, (i) => `(param "p${i}" u8)`)}))`),
  ],
  [
    'record fields',
    () => wat(`(type (record ${repeat(LIMITS.recordFields, (i) => `(field "f${i}" u8)`)}))`),
  ],
  [
    'a label of 100,000 bytes',
    () => wat(`(type (record (field "${'a'.repeat(LIMITS.name)}" u8)))`),
  ],
  ['a type doubling 17 times', () => wat(doublingTypes(17))],
];

describe('the reader refuses what breaks a structural limit, as wasm-tools does', () => {
  it.each(OVER)('%s', async (_what, build, message) => {
    const bytes = await build();
    expect(() => readComponent(bytes)).toThrow(WasmDecodeError);
    expect(() => readComponent(bytes)).toThrow(message);
    await expect(wasmToolsValidate(bytes)).rejects.toThrow(/exceeds|limit|out of bounds|more than/);
  });

  it.each(AT)('and accepts %s at the limit', async (_what, build) => {
    const bytes = await build();
    expect(() => describeComponent(readComponent(bytes))).not.toThrow();
    await wasmToolsValidate(bytes);
  });

  it('the CLI says so in one line, exit 2, with no output file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reader-limits-'));
    try {
      const input = join(dir, 'types.wasm');
      await writeFile(input, await wat(doublingTypes(24)));
      const out = join(dir, 'out.wasm');
      for (const args of [
        ['imports', input],
        ['check', input],
        [input, '-o', out],
      ]) {
        const { code, stderr } = await cli(...args);
        expect({ code, stderr }).toEqual({
          code: 2,
          stderr: expect.stringMatching(
            /^wasi-virt: error: '.*types\.wasm' is not a valid component: a type's effective size exceeds the limit of 1000000 .*\n$/,
          ),
        });
      }
      expect(existsSync(out)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
