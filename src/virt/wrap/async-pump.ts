import { FUNC_SORT as FUNC } from '../../component/ast.js';
import { CodeWriter, I32 } from '../../component/core/code-writer.js';
import { typeIndex } from '../../component/core/module-edit.js';
import { emptyModel, type FuncType } from '../../component/core/module-model.js';
import { writeModuleModel } from '../../component/core/write-module.js';
import { ComponentBuilder } from '../../component/write/component-builder.js';

/**
 * The adapter's pump: a small component nested in the adapter whose async tasks go on after the
 * adapter's synchronous export has returned. WASI 0.3's `write-via-stream` is a synchronous
 * function, so the adapter cannot read the app's stream itself once it has returned; it hands
 * the stream to the pump's `drain` instead, through an `async` lowering: `drain` returns at once
 * (`task.return`) and its task keeps reading, on the callback ABI, until the app drops its
 * writable end. The component model lets a subtask outlive its caller (Concurrency.md,
 * "Structured Concurrency"); a nested instance is a different instance, so the call does not
 * re-enter the adapter's.
 *
 * The adapter's core module imports it as `wasi-virt-pump` `drain`: (stream) -> subtask status.
 */
export const PUMP_MODULE = 'wasi-virt-pump';

/** The pump's functions the adapter's core module may import, with their core types (async lowerings). */
export const PUMP_FUNCTIONS: Record<string, FuncType> = {
  drain: { params: [I32], results: [I32] },
};

/** How much of the app's stream one read takes (the pump's whole memory: one page). */
const CHUNK = 65536;

/** CanonicalABI.md: a copy that would wait returns BLOCKED; callbacks return EXIT or WAIT | set << 4. */
const BLOCKED = -1;
const EXIT = 0;
const WAIT = 2;
const STREAM_READ = 2;

/** The pump's built-ins, in the order its core module imports them from `pump`. */
const BUILTINS = [
  'task-return',
  'stream-read',
  'stream-drop-readable',
  'waitable-set-new',
  'waitable-set-drop',
  'waitable-join',
  'context-get',
  'context-set',
] as const;
const fn = (name: (typeof BUILTINS)[number]) => BUILTINS.indexOf(name);

const BUILTIN_TYPES: Record<(typeof BUILTINS)[number], FuncType> = {
  'task-return': { params: [], results: [] },
  'stream-read': { params: [I32, I32, I32], results: [I32] },
  'stream-drop-readable': { params: [I32], results: [] },
  'waitable-set-new': { params: [], results: [I32] },
  'waitable-set-drop': { params: [I32], results: [] },
  'waitable-join': { params: [I32, I32], results: [] },
  'context-get': { params: [], results: [I32] },
  'context-set': { params: [I32], results: [] },
};

/** Defined functions, after the imports: the read loop, drain, and drain's callback. */
const READ_LOOP = BUILTINS.length;
const DRAIN = READ_LOOP + 1;
const DRAIN_CALLBACK = READ_LOOP + 2;

/**
 * read-loop(stream, set, last) -> callback code: unless the last read ended the stream, reads
 * (and forgets) what the app wrote until a read would wait; then waits for the stream in `set`.
 * When the app has dropped its end, drops the readable end and the set, and exits.
 */
function readLoop(): Uint8Array {
  const [stream, set, last] = [0, 1, 2];
  const c = new CodeWriter();
  c.block().loop();
  c.localGet(last).i32Const(0xf).i32And().brIf(1);
  c.localGet(stream).i32Const(0).i32Const(CHUNK).call(fn('stream-read')).localTee(last);
  c.i32Const(BLOCKED).i32Ne().brIf(0);
  c.end();
  c.localGet(stream).localGet(set).call(fn('waitable-join'));
  c.localGet(set).i32Const(4).i32Shl().i32Const(WAIT).i32Or().return();
  c.end();
  c.localGet(stream).i32Const(0).call(fn('waitable-join'));
  c.localGet(stream).call(fn('stream-drop-readable'));
  c.localGet(set).call(fn('waitable-set-drop'));
  c.i32Const(EXIT);
  return c.finish();
}

/** drain(stream) -> callback code: returns (nothing) at once, then reads in its own waitable set. */
function drain(): Uint8Array {
  const [stream, set] = [0, 1];
  const c = new CodeWriter().call(fn('task-return'));
  c.call(fn('waitable-set-new')).localTee(set).call(fn('context-set'));
  c.localGet(stream).localGet(set).i32Const(0).call(READ_LOOP);
  return c.finish([I32]);
}

/** drain's callback(event, stream, result) -> callback code: a read finished; read on. */
function drainCallback(): Uint8Array {
  const [event, stream, result] = [0, 1, 2];
  const c = new CodeWriter();
  c.localGet(event).i32Const(STREAM_READ).i32Ne().if().unreachable().end();
  c.localGet(stream).call(fn('context-get')).localGet(result).call(READ_LOOP);
  return c.finish();
}

function pumpCoreModule(): Uint8Array {
  const m = emptyModel();
  for (const name of BUILTINS)
    m.imports.push({
      module: 'pump',
      name,
      kind: 'func',
      type: typeIndex(m, BUILTIN_TYPES[name]),
      descriptor: new Uint8Array(),
    });
  // Memory limits without a maximum: one page.
  m.imports.push({
    module: 'mem',
    name: 'memory',
    kind: 'memory',
    descriptor: Uint8Array.of(0, 1),
  });
  const bodies: [FuncType, Uint8Array][] = [
    [{ params: [I32, I32, I32], results: [I32] }, readLoop()],
    [{ params: [I32], results: [I32] }, drain()],
    [{ params: [I32, I32, I32], results: [I32] }, drainCallback()],
  ];
  for (const [type, body] of bodies) {
    m.functions.push(typeIndex(m, type));
    m.code.push(body);
  }
  m.exports.push({ name: 'drain', kind: 'func', index: DRAIN });
  m.exports.push({ name: 'drain-callback', kind: 'func', index: DRAIN_CALLBACK });
  return writeModuleModel(m);
}

/** A core module that only defines the pump's memory (so the built-ins can name it before the pump exists). */
function memoryModule(): Uint8Array {
  const m = emptyModel();
  m.memory = { min: 1 };
  m.exports.push({ name: 'memory', kind: 'memory', index: 0 });
  return writeModuleModel(m);
}

/** The pump component: exports `drain: async func(data: stream<u8>)`. */
export function pumpComponent(): Uint8Array {
  const b = new ComponentBuilder();
  const stream = b.defType({ kind: 'defined', def: { kind: 'stream', element: { prim: 'u8' } } });
  const drainType = b.defType({
    kind: 'func',
    async: true,
    params: [{ name: 'data', type: { typeIndex: stream } }],
  });
  const mem = b.coreInstantiate(b.coreModule(memoryModule()), []);
  const memory = b.aliasCoreExport('memory', mem, 'memory');
  const builtins: Record<(typeof BUILTINS)[number], number> = {
    'task-return': b.taskReturn(undefined),
    'stream-read': b.streamOrFutureBuiltin('stream.read', stream, [
      { kind: 'memory', index: memory },
      { kind: 'async' },
    ]),
    'stream-drop-readable': b.streamOrFutureBuiltin('stream.drop-readable', stream),
    'waitable-set-new': b.waitableBuiltin('waitable-set.new'),
    'waitable-set-drop': b.waitableBuiltin('waitable-set.drop'),
    'waitable-join': b.waitableBuiltin('waitable.join'),
    'context-get': b.contextSlot('context.get', 0),
    'context-set': b.contextSlot('context.set', 0),
  };
  const pump = b.coreInstantiate(b.coreModule(pumpCoreModule()), [
    {
      name: 'pump',
      instance: b.coreInstanceOfFuncs(BUILTINS.map((name) => ({ name, func: builtins[name] }))),
    },
    { name: 'mem', instance: mem },
  ]);
  const lifted = b.lift(b.aliasCoreExport('func', pump, 'drain'), drainType, [
    { kind: 'async' },
    { kind: 'callback', index: b.aliasCoreExport('func', pump, 'drain-callback') },
  ]);
  b.export({ name: 'drain' }, { sort: FUNC, index: lifted });
  return b.finish();
}
