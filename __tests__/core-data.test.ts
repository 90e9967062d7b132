import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { concatBytes } from '../src/component/write/bytes.js';
import { withDataSegments } from '../src/component/write/core-data.js';
import { ROOT } from './support/paths.js';

const concat = concatBytes;

/** The parts of the WebAssembly JS API used here (the project's TypeScript libs do not declare it). */
interface Wasm {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<{ exports: Record<string, unknown> }>;
  Module: { imports(module: object): { module: string; name: string }[] };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

/** Instantiates a module with every import stubbed and returns its exported memory. */
async function memoryOf(module: Uint8Array): Promise<{ buffer: ArrayBuffer }> {
  const compiled = await WebAssembly.compile(module);
  const imports: Record<string, Record<string, () => void>> = {};
  for (const imp of WebAssembly.Module.imports(compiled))
    (imports[imp.module] ??= {})[imp.name] = () => undefined;
  const instance = await WebAssembly.instantiate(compiled, imports);
  return instance.exports.memory as { buffer: ArrayBuffer };
}

describe('adding data segments to a core module', () => {
  it('adds a data section to a module that has none, and the bytes land at their address', async () => {
    const adapter = await readFile(join(ROOT, 'adapter/virtual-adapter.wasm'));
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff);
    const module = concat(withDataSegments(adapter, [{ address: 40000, data }]));
    expect(WebAssembly.validate(module)).toBe(true);
    const memory = await memoryOf(module);
    expect(Buffer.from(memory.buffer, 40000, 1000)).toEqual(Buffer.from(data));
  });

  it('appends to an existing data section, keeping the segments already there', async () => {
    const adapter = await readFile(join(ROOT, 'adapter/virtual-adapter.wasm'));
    const first = concat(
      withDataSegments(adapter, [{ address: 30000, data: Buffer.from('first') }]),
    );
    const both = concat(
      withDataSegments(first, [
        { address: 50000, data: Buffer.from('second') },
        { address: 50010, data: new Uint8Array() },
      ]),
    );
    expect(WebAssembly.validate(both)).toBe(true);
    const memory = await memoryOf(both);
    expect(Buffer.from(memory.buffer, 30000, 5).toString()).toBe('first');
    expect(Buffer.from(memory.buffer, 50000, 6).toString()).toBe('second');
  });

  it('writes deferred bytes in place when the module is assembled, and only then', async () => {
    const adapter = await readFile(join(ROOT, 'adapter/virtual-adapter.wasm'));
    let copies = 0;
    const deferred = {
      length: 4,
      copyTo(target: Uint8Array) {
        copies++;
        target.set([1, 2, 3, 4]);
      },
    };
    const chunks = withDataSegments(adapter, [{ address: 45000, data: deferred }]);
    expect(copies).toBe(0);
    const module = concat(chunks);
    expect(copies).toBe(1);
    const memory = await memoryOf(module);
    expect([...new Uint8Array(memory.buffer, 45000, 4)]).toEqual([1, 2, 3, 4]);
  });
});
