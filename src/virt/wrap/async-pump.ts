import { FUNC_SORT as FUNC, TYPE_SORT as TYPE, type CanonOption } from '../../component/ast.js';
import { I32 } from '../../component/core/code-writer.js';
import { readModuleModel, type FuncType } from '../../component/core/module-model.js';
import { ByteWriter } from '../../component/write/byte-writer.js';
import { ComponentBuilder } from '../../component/write/component-builder.js';
import { definitionOf } from './interface-decls.js';
import { TypeSpace, type Names } from './type-space.js';

/**
 * The adapter's pump (adapter/pump/pump.c): the tasks that read and write WASI 0.3 streams after
 * the adapter's synchronous export has returned, nested in the adapter as a component of their
 * own. The adapter's core module imports its functions from `wasi-virt-pump` and calls them with
 * the async ABI; the generator lowers them so (wrap-adapter.ts).
 */
export const PUMP_MODULE = 'wasi-virt-pump';

/** The custom section of the prebuilt adapter module that carries the pump's core module. */
export const PUMP_SECTION = 'wasi-virt-pump';

/**
 * The pump's functions: the core types of their async lowerings (parameters flattened, a
 * pointer for the result, the subtask's status returned), and whether the lowering copies
 * values through the adapter's memory (a list in, a stream handle out).
 */
const FUNCTIONS = {
  /** drain: async func(data: stream<u8>): reads the stream to its end, forgetting it. */
  drain: { core: { params: [I32], results: [I32] }, memory: false },
  /** feed: async func(data: list<u8>) -> stream<u8>: a stream of the bytes, then its end. */
  feed: { core: { params: [I32, I32, I32], results: [I32] }, memory: true },
  /** feed-entries: async func(data: list<directory-entry>) -> stream<directory-entry> (WASI 0.3's). */
  'feed-entries': { core: { params: [I32, I32, I32], results: [I32] }, memory: true },
} satisfies Record<string, { core: FuncType; memory: boolean }>;

export type PumpFunction = keyof typeof FUNCTIONS;

export const isPumpFunction = (name: string): name is PumpFunction =>
  Object.hasOwn(FUNCTIONS, name);

/** The core type of the adapter's import of pump function `name`. */
export const pumpImportType = (name: PumpFunction): FuncType => FUNCTIONS[name].core;

/** Whether the lowering of pump function `name` copies values through the adapter's memory. */
export const pumpNeedsMemory = (name: PumpFunction): boolean => FUNCTIONS[name].memory;

const FILESYSTEM_TYPES = 'wasi:filesystem/types';

/** A core module that only defines a memory with the pump's limits, so built-ins can name it before the pump exists. */
function memoryModule(limits: Uint8Array): Uint8Array {
  const section = (id: number, body: ByteWriter) =>
    new ByteWriter().u8(id).u32(body.length).bytes(body.view()).view();
  const memories = new ByteWriter().u32(1).bytes(limits);
  const exports = new ByteWriter().u32(1).name('memory').u8(0x02).u32(0);
  return new ByteWriter()
    .bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])
    .bytes(section(5, memories))
    .bytes(section(7, exports))
    .toBytes();
}

/**
 * The pump component around core module `pump`: `drain` and `feed`, lifted with the async
 * option and their callbacks. The memory is defined first, then the built-ins that copy through
 * it, then the pump's instance.
 */
export function pumpComponent(pump: Uint8Array): Uint8Array {
  const memoryImport = readModuleModel(pump).imports.find((i) => i.kind === 'memory');
  if (!memoryImport) throw new Error("internal: the pump's module imports no memory");
  const b = new ComponentBuilder();
  const bytes = b.defType({ kind: 'defined', def: { kind: 'stream', element: { prim: 'u8' } } });
  const list = b.defType({ kind: 'defined', def: { kind: 'list', element: { prim: 'u8' } } });
  const drainType = b.defType({
    kind: 'func',
    async: true,
    params: [{ name: 'data', type: { typeIndex: bytes } }],
  });
  const feedType = b.defType({
    kind: 'func',
    async: true,
    params: [{ name: 'data', type: { typeIndex: list } }],
    result: { typeIndex: bytes },
  });
  // wasi:filesystem@0.3.0's directory-entry, from the catalogue (the types are compared
  // structurally). A variant or record in an exported function's type must be exported itself.
  const space = new TypeSpace((type) => b.defType(type));
  const names: Names = new Map();
  for (const name of ['descriptor-type', 'directory-entry']) {
    const { decl } = definitionOf(FILESYSTEM_TYPES, name, '0.3');
    const index = b.export({ name }, { sort: TYPE, index: space.valueDecl(decl, names) });
    names.set(name, { index, resource: false });
  }
  const entry = names.get('directory-entry')!.index;
  const entries = b.defType({
    kind: 'defined',
    def: { kind: 'stream', element: { typeIndex: entry } },
  });
  const entryList = b.defType({
    kind: 'defined',
    def: { kind: 'list', element: { typeIndex: entry } },
  });
  const feedEntriesType = b.defType({
    kind: 'func',
    async: true,
    params: [{ name: 'data', type: { typeIndex: entryList } }],
    result: { typeIndex: entries },
  });
  const env = b.coreInstantiate(b.coreModule(memoryModule(memoryImport.descriptor)), []);
  const memory = b.aliasCoreExport('memory', env, 'memory');
  const copying: CanonOption[] = [{ kind: 'memory', index: memory }, { kind: 'async' }];
  const builtins = {
    'task-return': b.taskReturn(undefined),
    'task-return-stream': b.taskReturn({ typeIndex: bytes }),
    'stream-new': b.streamOrFutureBuiltin('stream.new', bytes),
    'stream-read': b.streamOrFutureBuiltin('stream.read', bytes, copying),
    'stream-write': b.streamOrFutureBuiltin('stream.write', bytes, copying),
    'stream-drop-readable': b.streamOrFutureBuiltin('stream.drop-readable', bytes),
    'stream-drop-writable': b.streamOrFutureBuiltin('stream.drop-writable', bytes),
    'task-return-entries': b.taskReturn({ typeIndex: entries }),
    'entries-new': b.streamOrFutureBuiltin('stream.new', entries),
    'entries-write': b.streamOrFutureBuiltin('stream.write', entries, [
      ...copying,
      { kind: 'string-encoding', encoding: 'utf8' },
    ]),
    'entries-drop-writable': b.streamOrFutureBuiltin('stream.drop-writable', entries),
    'waitable-set-new': b.waitableBuiltin('waitable-set.new'),
    'waitable-set-drop': b.waitableBuiltin('waitable-set.drop'),
    'waitable-join': b.waitableBuiltin('waitable.join'),
    'context-get': b.contextSlot('context.get', 0),
    'context-set': b.contextSlot('context.set', 0),
  };
  const funcs = Object.entries(builtins).map(([name, func]) => ({ name, func }));
  const instance = b.coreInstantiate(b.coreModule(pump), [
    { name: 'pump', instance: b.coreInstanceOfFuncs(funcs) },
    { name: 'env', instance: env },
  ]);
  const core = (name: string) => b.aliasCoreExport('func', instance, name);
  const lift = (name: PumpFunction, type: number, callback: string, options: CanonOption[] = []) =>
    b.export(
      { name },
      {
        sort: FUNC,
        index: b.lift(core(name), type, [
          ...options,
          { kind: 'async' },
          { kind: 'callback', index: core(callback) },
        ]),
      },
    );
  const lowering: CanonOption[] = [
    { kind: 'memory', index: memory },
    { kind: 'realloc', index: core('cabi_realloc') },
    { kind: 'string-encoding', encoding: 'utf8' },
  ];
  lift('drain', drainType, 'drain-callback');
  lift('feed', feedType, 'feed-callback', lowering);
  lift('feed-entries', feedEntriesType, 'feed-callback', lowering);
  return b.finish();
}
