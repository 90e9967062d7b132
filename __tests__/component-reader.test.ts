import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print } from '@bytecodealliance/jco-transpile/wasm-tools';
import { ByteReader } from '../src/component/read/byte-reader.js';
import { WasmDecodeError } from '../src/component/errors.js';
import { readComponent, sniffWasm } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import {
  component,
  CORE_PREAMBLE,
  COMPONENT_PREAMBLE,
  section,
  str,
  uleb,
} from './support/bytes.js';

const HERE = dirname(fileURLToPath(import.meta.url));

function decodeError(bytes: Uint8Array): WasmDecodeError {
  try {
    readComponent(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

describe('a component exercising the whole grammar (assembled by wasm-tools from WAT)', () => {
  let bytes: Uint8Array;
  const load = async () =>
    (bytes ??= await parse(await readFile(join(HERE, 'wat/grammar.wat'), 'utf8')));

  it('is well-formed for wasm-tools too', async () => {
    await expect(print(await load())).resolves.toContain('(component');
  });

  it('decodes every section kind into its index space', async () => {
    const c = readComponent(await load());
    expect(c.types.map((t) => (t.kind === 'defined' ? t.def.kind : t.kind))).toEqual(
      expect.arrayContaining([
        'record',
        'variant',
        'enum',
        'flags',
        'tuple',
        'option',
        'result',
        'list',
        'resource',
        'func',
        'component',
        'instance',
      ]),
    );
    expect(c.coreModules).toHaveLength(2);
    expect(c.coreModules[0]!.imports).toEqual([{ module: 'host', name: 'plain', kind: 'func' }]);
    expect(c.coreModules[0]!.exports.map((e) => e.name)).toEqual(['mem', 'realloc', 'f']);
    expect(c.coreInstances.map((i) => i.kind)).toEqual(['instantiate', 'exports', 'instantiate']);
    expect(c.canons.map((k) => k.kind)).toEqual([
      'lower',
      'lift',
      'resource.new',
      'resource.drop',
      'resource.rep',
    ]);
    expect(c.canons[0]!.options.map((o) => o.kind)).toEqual(['memory', 'realloc']);
    expect(c.components).toHaveLength(1);
    expect(c.instances.map((i) => i.kind)).toEqual(['instantiate', 'exports']);
    expect(c.exports.map((e) => e.name.name)).toEqual([
      'example:demo/api@1.0.0',
      'lifted',
      'nested',
    ]);
    // Index spaces grow with imports, aliases and exports as well as definitions.
    expect(c.scope.component.instance).toHaveLength(3 + 2 + 1);
    expect(c.scope.component.component).toHaveLength(1 + 1 + 1);
    expect(c.scope.core.memory).toHaveLength(1);
    expect(c.scope.core.func.map((o) => o.via)).toEqual([
      'alias',
      'canon',
      'alias',
      'canon',
      'canon',
      'canon',
    ]);
  });

  it('resolves outer aliases from a nested component to its parent', async () => {
    const c = readComponent(await load());
    const nested = c.components[0]!;
    expect(nested.aliases).toEqual([
      { kind: 'outer', sort: { component: 'type' }, count: 1, index: 0 },
    ]);
    expect(nested.scope.parent).toBe(c.scope);
    expect(nested.imports.map((i) => i.name.name)).toEqual(['f']);
  });

  it('describes imports with their functions, resources and types-only interfaces', async () => {
    const { imports, exports } = describeComponent(readComponent(await load()));
    expect(imports.map((i) => [i.name, i.kind])).toEqual([
      ['wasi:io/error@0.2.3', 'instance'],
      ['wasi:clocks/wall-clock@0.2.3', 'instance'],
      ['test:types/only', 'instance'],
      ['plain-func', 'func'],
      ['a-component', 'component'],
    ]);
    expect(imports[0]).toMatchObject({
      interface: {
        namespace: 'wasi',
        package: 'io',
        interface: 'error',
        version: '0.2.3',
        id: 'wasi:io/error',
      },
      functions: ['[method]error.to-debug-string'],
      resources: ['error'],
      typesOnly: false,
    });
    expect(imports[1]).toMatchObject({ functions: [], types: ['datetime'], typesOnly: true });
    expect(imports[2]).toMatchObject({ typesOnly: true, types: ['error'] });
    expect(imports[2]!.interface?.version).toBeUndefined();
    expect(exports[0]).toMatchObject({
      name: 'example:demo/api@1.0.0',
      functions: ['g'],
      types: ['point'],
    });
  });
});

describe('rejecting bad input with the offset and what was expected', () => {
  it('an empty input', () => {
    expect(decodeError(new Uint8Array()).message).toMatch(/input is empty/);
  });

  it('a non-wasm file', () => {
    const error = decodeError(new TextEncoder().encode('#!/bin/sh\necho hi\n'));
    expect(error.offset).toBe(0);
    expect(error.message).toMatch(/not a WebAssembly binary/);
  });

  it('a core module, with the fix', () => {
    const error = decodeError(Uint8Array.from([...CORE_PREAMBLE, ...section(1, [0])]));
    expect(error.message).toMatch(/core WebAssembly module, not a component.*component new/);
    expect(sniffWasm(Uint8Array.from(CORE_PREAMBLE))).toBe('core-module');
  });

  it('a file cut inside the preamble', () => {
    expect(decodeError(Uint8Array.from(COMPONENT_PREAMBLE.slice(0, 6))).message).toMatch(
      /ends inside the 8-byte WebAssembly preamble/,
    );
  });

  it('an unknown component version', () => {
    expect(decodeError(Uint8Array.from([0, 0x61, 0x73, 0x6d, 0x0c, 0, 1, 0])).message).toMatch(
      /unsupported component binary version 0c 00 01 00/,
    );
  });

  it('a section longer than the file', () => {
    const error = decodeError(component([7, 50, 0]));
    expect(error.offset).toBe(8);
    expect(error.message).toMatch(/section 7 \(type\) declares 50 bytes but only 1 remain/);
  });

  it('a LEB128 longer than 5 bytes', () => {
    const error = decodeError(component([7, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]));
    expect(error.offset).toBe(9);
    expect(error.message).toMatch(/malformed LEB128 \(section size\): longer than 5 bytes/);
  });

  it('a LEB128 u32 that overflows 32 bits', () => {
    const error = decodeError(component([7, 0xff, 0xff, 0xff, 0xff, 0x7f]));
    expect(error.message).toMatch(/does not fit in 32 bits/);
  });

  it('a LEB128 cut by the end of input', () => {
    const error = decodeError(component([7, 0x80]));
    expect(error.offset).toBe(9);
    expect(error.message).toMatch(/unexpected end of input inside a LEB128/);
  });

  it('a vector count larger than its section', () => {
    const error = decodeError(component(section(7, [...uleb(1000)])));
    expect(error.message).toMatch(/types: count 1000 exceeds the 0 bytes left/);
  });

  it('an unknown section id', () => {
    const error = decodeError(component(section(13, [])));
    expect(error.offset).toBe(8);
    expect(error.message).toMatch(/unknown component section id 13/);
  });

  it('trailing bytes inside a section', () => {
    expect(decodeError(component(section(7, [0, 0xaa]))).message).toMatch(
      /section 7 \(type\) has 1 unexpected trailing byte/,
    );
  });

  it('an unknown type opcode', () => {
    const error = decodeError(component(section(7, [1, 0x50])));
    expect(error.offset).toBe(11);
    expect(error.message).toMatch(/unknown type definition opcode 0x50/);
  });

  it('an export of an index that does not exist', () => {
    const error = decodeError(component(section(11, [1, 0x00, ...str('f'), 0x01, 0x00, 0x00])));
    expect(error.message).toMatch(
      /export "f" refers to func index 0, but only 0 func definition\(s\) exist/,
    );
  });

  it('an outer alias reaching past the outermost scope', () => {
    const error = decodeError(component(section(6, [1, 0x03, 0x02, 0x01, 0x00])));
    expect(error.message).toMatch(/outer alias count 1 reaches beyond/);
  });

  it('a name that is not UTF-8', () => {
    const error = decodeError(component(section(10, [1, 0x00, 2, 0xc3, 0x28, 0x01, 0x00])));
    expect(error.offset).toBe(13);
    expect(error.message).toMatch(/invalid UTF-8/);
  });

  it('a nested core module cut short', () => {
    const error = decodeError(component(section(1, [...CORE_PREAMBLE, 1, 10, 0])));
    expect(error.message).toMatch(/core section 1 declares 10 bytes but only 1 remain/);
  });
});

describe('LEB128 decoding', () => {
  const read = (bytes: number[], bits: 32 | 33 | 64, signed: boolean) => {
    const r = new ByteReader(Uint8Array.from(bytes));
    return signed ? r.signedLeb(bits, '(test)') : r.unsignedLeb(bits as 32 | 64, '(test)');
  };

  it.each([
    [[0x00], 32, false, 0],
    [[0xe5, 0x8e, 0x26], 32, false, 624485],
    [[0xff, 0xff, 0xff, 0xff, 0x0f], 32, false, 0xffffffff],
    [[0x80, 0x80, 0x00], 32, false, 0],
    [[0x7f], 33, true, -1],
    [[0x40], 33, true, -64],
    [[0x3f], 33, true, 63],
    [[0xc0, 0xbb, 0x78], 32, true, -123456],
    [[0xff, 0xff, 0xff, 0xff, 0x07], 32, true, 0x7fffffff],
    [[0x80, 0x80, 0x80, 0x80, 0x78], 32, true, -0x80000000],
    [[0xff, 0xff, 0xff, 0xff, 0x0f], 33, true, 0xffffffff],
  ] as const)('%j as %i-bit (signed: %s) is %d', (bytes, bits, signed, value) => {
    expect(read([...bytes], bits, signed)).toBe(value);
  });

  it.each([
    [[0xff, 0xff, 0xff, 0xff, 0x1f], 32, false],
    [[0xff, 0xff, 0xff, 0xff, 0x0f], 32, true],
    [[0x80, 0x80, 0x80, 0x80, 0x70], 32, true],
    [[0xff, 0xff, 0xff, 0xff, 0x2f], 33, true],
  ] as const)('%j overflows %i bits (signed: %s)', (bytes, bits, signed) => {
    expect(() => read([...bytes], bits, signed)).toThrow(/does not fit in/);
  });
});
