import { CodeWriter } from '../component/core/code-writer.js';
import { concatBytes } from '../component/write/bytes.js';
import type { CoreModuleModel } from '../component/core/module-model.js';
import { DATA_INIT } from './adapter-exports.js';

/** Whether a function import is data-init, which the generator defines rather than forwards. */
export const isDataInit = (imp: { module: string; name: string }) =>
  imp.module === DATA_INIT.module && imp.name === DATA_INIT.name;

/** An empty passive segment as a binary encodes it: flags 1, no bytes. */
const PLACEHOLDER = [0x01, 0x00];

/**
 * The body of data-init `(ordinal, dst, offset, len)` for `files` passive files:
 * memory.init from the passive segment of file `ordinal` (a segment index is an
 * immediate, hence one branch per file; anything else traps). It appends one
 * empty passive segment per file to the module for it to name, the module's
 * last. The files' bytes replace those placeholders in the binary (core-data.ts),
 * so they are never copied into the module.
 */
export function passiveDataAccessor(files: number): (m: CoreModuleModel) => Uint8Array {
  return (m) => {
    const first = m.data.count;
    m.dataCount = true;
    m.data = {
      count: first + files,
      segments: concatBytes([
        m.data.segments,
        new Uint8Array(files * 2).map((_, i) => PLACEHOLDER[i % 2]!),
      ]),
    };
    const code = new CodeWriter();
    for (let i = 0; i <= files; i++) code.block();
    code.localGet(0).brTable(
      Array.from({ length: files }, (_, i) => i),
      files,
    );
    for (let i = 0; i < files; i++)
      code
        .end()
        .localGet(1)
        .localGet(2)
        .localGet(3)
        .memoryInit(first + i)
        .return();
    return code.end().unreachable().finish();
  };
}
