import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { readComponent } from '../src/component/read/read-component.js';
import { instanceFunctions, instanceTypeFunctions } from '../src/inspect/signatures.js';
import { fixture } from './support/paths.js';

const load = async (name: string) => readComponent(await readFile(fixture(name)));

describe('function signatures, comparable across components', () => {
  it('resolve an import instance type, through outer aliases to other imports', async () => {
    const root = await load('stdout-root');
    const streams = root.imports.find((i) => i.name.name === 'wasi:io/streams@0.2.12')!;
    if (streams.type.kind !== 'instance') throw new Error('expected an instance import');
    expect(
      instanceTypeFunctions(root.scope, streams.type.typeIndex).get(
        '[method]output-stream.blocking-write-and-flush',
      ),
    ).toBe(
      'func(self: borrow<resource>, contents: list<u8>) -> result<_, variant{last-operation-failed(own<resource>), closed}>',
    );
  });

  it('resolve a plug export built the way wit-component builds them, equal to the import', async () => {
    const [root, plug] = [await load('stdout-root'), await load('stream-plug')];
    const exported = plug.exports.find((e) => e.name.name === 'wasi:io/streams@0.2.12')!;
    const imported = root.imports.find((i) => i.name.name === 'wasi:io/streams@0.2.12')!;
    if (imported.type.kind !== 'instance') throw new Error('expected an instance import');
    const name = '[method]output-stream.blocking-write-and-flush';
    expect(instanceFunctions(plug.scope, exported.item.index).get(name)).toBe(
      instanceTypeFunctions(root.scope, imported.type.typeIndex).get(name),
    );
  });

  it('render records, tuples, options and results', async () => {
    const plug = await load('env-plug');
    const functions = instanceFunctions(plug.scope, plug.exports[0]!.item.index);
    expect(Object.fromEntries(functions)).toEqual({
      'get-environment': 'func() -> list<tuple<string, string>>',
      'get-arguments': 'func() -> list<string>',
      'initial-cwd': 'func() -> option<string>',
    });
  });
});
