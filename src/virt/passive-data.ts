import binaryen from 'binaryen';
import { functionsOf } from './trap-exports.js';

/** The import adapter/src/fs/file-data.c calls to copy bytes out of a passive file's segment. */
const DATA_INIT = { module: 'wasi-virt', base: 'data-init' };

/** Whether a function import is data-init, which the generator defines rather than forwards. */
export const isDataInit = (fn: binaryen.FunctionInfo) =>
  fn.module === DATA_INIT.module && fn.base === DATA_INIT.base;

/** Data segment accessors binaryen.js has at run time but its typings lack. */
interface DataSegments {
  getNumDataSegments(): number;
  getDataSegmentByIndex(index: number): number;
  getDataSegmentInfo(segment: number): { offset: number; data: ArrayBuffer; passive: boolean };
}

type Segment = binaryen.MemorySegment & { name?: string };

/**
 * Rebuilds memory 0 (exported as `memory`) with its segments so far plus `added`,
 * at least `initialPages` large.
 */
export function addSegments(m: binaryen.Module, added: Segment[], initialPages = 0): void {
  const memory = m.getMemoryInfo();
  const data = m as unknown as DataSegments;
  const segments: Segment[] = Array.from({ length: data.getNumDataSegments() }, (_, i) => {
    const info = data.getDataSegmentInfo(data.getDataSegmentByIndex(i));
    return {
      offset: m.i32.const(info.offset),
      data: new Uint8Array(info.data),
      passive: info.passive,
    };
  });
  m.removeExport('memory');
  m.setMemory(
    Math.max(memory.initial, initialPages),
    memory.max ?? -1,
    'memory',
    [...segments, ...added],
    memory.shared,
    memory.is64,
  );
}

/**
 * Defines data-init `(ordinal, dst, offset, len)`: memory.init from the passive
 * segment of file `ordinal` (a segment index is an immediate, hence one branch
 * per file; anything else traps), and appends one empty passive segment per
 * file for it to name, the module's last. The files' bytes replace those
 * placeholders in the binary (core-data.ts), so they never pass through
 * binaryen. Runs after optimizing: the optimizer would drop or repack segments
 * nothing referenced yet.
 */
export function definePassiveData(m: binaryen.Module, files: number): void {
  const fn = functionsOf(m).find(isDataInit);
  if (!fn) return; // nothing reads mounted files
  const names = Array.from({ length: files }, (_, i) => `wasi-virt-file-${i}`);
  addSegments(
    m,
    names.map((name) => ({ name, offset: 0, data: new Uint8Array(), passive: true })),
  );
  const arg = (index: number) => m.local.get(index, binaryen.i32);
  const cases = names.map((_, i) => `case${i}`);
  let body = m.block(cases[0] ?? 'default', [m.switch(cases, 'default', arg(0))]);
  names.forEach((segment, i) => {
    body = m.block(cases[i + 1] ?? 'default', [
      body,
      m.memory.init(segment, arg(1), arg(2), arg(3)),
      m.return(),
    ]);
  });
  m.removeFunction(fn.name);
  m.addFunction(fn.name, fn.params, fn.results, [], m.block(null, [body, m.unreachable()]));
}
