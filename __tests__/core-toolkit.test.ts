// The core module toolkit the generator specialises the adapter with (src/component/core/):
// the model reads and writes modules faithfully, and compaction keeps exactly what runs.
import { describe, expect, it } from '@jest/globals';
import { parse } from '@bytecodealliance/jco-transpile/wasm-tools';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeWriter } from '../src/component/core/code-writer.js';
import { compactModule } from '../src/component/core/compact-module.js';
import { scanBody } from '../src/component/core/instructions.js';
import { copyModel, readModuleModel } from '../src/component/core/module-model.js';
import { writeModuleModel } from '../src/component/core/write-module.js';
import { ByteReader } from '../src/component/read/byte-reader.js';
import { readComponent } from '../src/component/read/read-component.js';
import { ROOT } from './support/paths.js';

/** The module without its custom sections, which the model drops. */
function withoutCustomSections(module: Uint8Array): Uint8Array {
  const r = new ByteReader(module, 8);
  const kept: number[] = [...module.subarray(0, 8)];
  while (!r.atEnd) {
    const start = r.offset;
    const id = r.u8();
    const size = r.u32();
    r.offset += size;
    if (id !== 0) kept.push(...module.subarray(start, r.offset));
  }
  return Uint8Array.from(kept);
}

const compiled = async (wat: string) => readModuleModel(await parse(wat));

/** Node's WebAssembly API, which the project's type libraries (no DOM) leave out. */
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports?: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

async function instantiate(bytes: Uint8Array, imports: object = {}) {
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  return instance.exports as Record<string, (...args: number[]) => number>;
}

describe('the core module model', () => {
  const fixtures = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.wasm'))
    .flatMap((f) => {
      const bytes = readFileSync(join(ROOT, 'fixtures', f));
      return readComponent(bytes).coreModules.map(
        (m, i) => [`${f} module ${i}`, bytes.subarray(m.start, m.end)] as const,
      );
    });
  const adapter = readFileSync(join(ROOT, 'adapter', 'virtual-adapter.wasm'));

  it.each([['the prebuilt adapter', adapter] as const, ...fixtures])(
    'reads and writes %s back to the same bytes (custom sections aside)',
    (_name, module) => {
      const written = writeModuleModel(readModuleModel(module));
      const expected = withoutCustomSections(module);
      // The first byte that differs (a whole-array diff of 60 KB is unreadable).
      const differs = expected.findIndex((byte, i) => written[i] !== byte);
      expect({ differs, length: written.length }).toEqual({ differs: -1, length: expected.length });
    },
  );

  it('gives a copy that compaction and edits change without touching the original', () => {
    const original = readModuleModel(adapter);
    const before = writeModuleModel(original);
    const copy = copyModel(original);
    copy.exports = copy.exports.slice(0, 3);
    copy.globals[0]!.init = Uint8Array.from([0x41, 0x07, 0x0b]);
    copy.memory!.min += 5;
    copy.imports[0]!.module = 'elsewhere';
    compactModule(copy, () => ({}));
    expect(writeModuleModel(copy).length).toBeLessThan(before.length / 2);
    expect(Buffer.from(writeModuleModel(original)).equals(Buffer.from(before))).toBe(true);
  });

  it('understands every instruction of the adapter, and names one it does not', () => {
    const m = readModuleModel(adapter);
    expect(m.code.map((body) => scanBody(body)).length).toBe(m.functions.length);
    // v128.const: SIMD is not among the adapter's features.
    const simd = Uint8Array.from([0x00, 0xfd, 0x0c, ...new Array(16).fill(0), 0x1a, 0x0b]);
    expect(() => scanBody(simd)).toThrow(/unsupported instruction 0xfd/);
  });
});

describe('compactModule', () => {
  const program = `(module
    (import "host" "log" (func $log (param i32)))
    (import "host" "unused" (func $unused))
    (import "host" "seven" (func $seven (result i32)))
    (func $dead call $unused)
    (func $helper (param i32) local.get 0 call $log)
    (func (export "run") call $seven call $helper))`;

  it('keeps what the exports reach, drops the rest, and renumbers the calls', async () => {
    const m = await compiled(program);
    compactModule(m, (imp) => ({ keep: imp.module }));
    expect(m.imports.map((i) => i.name)).toEqual(['log', 'seven']);
    expect(m.functions).toHaveLength(2);
    const logged: number[] = [];
    const { run } = await instantiate(writeModuleModel(m), {
      host: { log: (v: number) => logged.push(v), seven: () => 7 },
    });
    run!();
    expect(logged).toEqual([7]);
  });

  it('makes an import it does not keep a trap, and defines one from a body', async () => {
    const m = await compiled(program);
    compactModule(m, (imp) =>
      imp.name === 'seven'
        ? { define: () => new CodeWriter().i32Const(42).finish() }
        : imp.name === 'log'
          ? {}
          : { keep: imp.module },
    );
    expect(m.imports).toEqual([]);
    const { run } = await instantiate(writeModuleModel(m));
    expect(() => run!()).toThrow(/unreachable/);

    const kept = await compiled(program);
    compactModule(kept, (imp) =>
      imp.name === 'seven'
        ? { define: () => new CodeWriter().i32Const(42).finish() }
        : { keep: 'host' },
    );
    const logged: number[] = [];
    const exports = await instantiate(writeModuleModel(kept), {
      host: { log: (v: number) => logged.push(v) },
    });
    exports.run!();
    expect(logged).toEqual([42]);
  });

  it('keeps the table entries only when a reached body calls through the table', async () => {
    const table = (run: string) => `(module
      (type $get (func (result i32)))
      (table 2 funcref)
      (elem (i32.const 0) $one $two)
      (func $one (result i32) i32.const 1)
      (func $two (result i32) i32.const 2)
      (func (export "direct") (result i32) i32.const 5)
      (func (export "run") (param i32) (result i32) ${run}))`;
    const indirect = await compiled(table('local.get 0 call_indirect (type $get)'));
    compactModule(indirect, () => ({}));
    expect(indirect.functions).toHaveLength(4);
    const exports = await instantiate(writeModuleModel(indirect));
    expect([exports.run!(0), exports.run!(1)]).toEqual([1, 2]);

    const direct = await compiled(table('local.get 0'));
    compactModule(direct, () => ({}));
    expect(direct.elements).toEqual([]);
    expect(direct.functions).toHaveLength(2);
    expect((await instantiate(writeModuleModel(direct))).direct!()).toBe(5);
  });

  it('keeps the segment that declares a function a reached body takes a reference to', async () => {
    const m = await compiled(`(module
      (elem declare func $target)
      (func $target (result i32) i32.const 9)
      (func (export "run") (result i32) ref.func $target drop i32.const 1))`);
    compactModule(m, () => ({}));
    expect(m.elements).toHaveLength(1);
    expect((await instantiate(writeModuleModel(m))).run!()).toBe(1);
  });
});
