import { CodeWriter, F32, F64, I32 } from '../component/core/code-writer.js';
import { addFunction, exportNamed } from '../component/core/module-edit.js';
import { functionType, type CoreModuleModel } from '../component/core/module-model.js';
import type { TraceFunctions } from './adapter-exports.js';
import type { PlacedText } from './denied-traps.js';
import type { ArgKind } from './trace-args.js';

/** The interface functions the adapter exports: the ones `--debug` traces. */
export function tracedExports(m: CoreModuleModel): string[] {
  return m.exports.filter((e) => e.kind === 'func' && e.name.includes('#')).map((e) => e.name);
}

/** Where a name lies in the names' bytes: its offset and UTF-8 length. */
export interface Span {
  offset: number;
  length: number;
}

/** The names' UTF-8 bytes, one after another (a repeated name once), and each one's span. */
export function traceNameBytes(names: string[]): { bytes: Uint8Array; spans: Span[] } {
  const placed = new Map<string, Span>();
  const encoded: Uint8Array[] = [];
  let offset = 0;
  const spans = names.map((name) => {
    let span = placed.get(name);
    if (!span) {
      const bytes = new TextEncoder().encode(name);
      span = { offset, length: bytes.length };
      placed.set(name, span);
      encoded.push(bytes);
      offset += bytes.length;
    }
    return span;
  });
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const e of encoded) {
    bytes.set(e, at);
    at += e.length;
  }
  return { bytes, spans };
}

/** Converts the core value on the stack, of `type`, to the i64 the trace functions take. */
function asI64(code: CodeWriter, type: number): CodeWriter {
  if (type === I32) return code.i64ExtendI32s();
  if (type === F32) return code.i32ReinterpretF32().i64ExtendI32s();
  if (type === F64) return code.i64ReinterpretF64();
  return code;
}

/** A result's shape placed in memory for the trace: where, and whether the core result points to the value. */
export interface PlacedShape {
  at: number;
  indirect: boolean;
}

/**
 * Puts a tracing function in front of each export in `names`: it calls the
 * adapter's trace functions with the export's name (`spans[i]` of the names
 * placed at `namesAt` in memory), each core argument (a string or byte list,
 * as `kindsOf` says, decoded from its pointer and length) and the result,
 * decoded by its shape (`shapes[i]`) or else shown as the core value, around
 * the original. A denied export traps, so its line ends with `denied[i]` (the
 * address and length of a text saying what allows it), written before the call.
 */
export function wrapExports(
  m: CoreModuleModel,
  trace: TraceFunctions,
  names: string[],
  namesAt: number,
  spans: Span[],
  kindsOf: (name: string, coreParams: number) => ArgKind[],
  shapes: (PlacedShape | undefined)[],
  denied: (PlacedText | undefined)[] = [],
): void {
  names.forEach((name, i) => {
    const exp = exportNamed(m, name);
    const type = functionType(m, exp.index);
    const { params, results } = type;
    if (results.length > 1) throw new Error(`${name} has more than one core result`);
    const code = new CodeWriter()
      .i32Const(namesAt + spans[i]!.offset)
      .i32Const(spans[i]!.length)
      .call(trace.wasi_virt_trace_enter);
    const kinds = kindsOf(name, params.length);
    for (let index = 0; index < params.length; index++) {
      const kind = kinds[index];
      if (kind === 'string' || kind === 'bytes') {
        code.localGet(index).localGet(index + 1);
        code.call(kind === 'string' ? trace.wasi_virt_trace_string : trace.wasi_virt_trace_bytes);
        index++; // the length
      } else asI64(code.localGet(index), params[index]!).call(trace.wasi_virt_trace_arg);
    }
    const call = () => {
      params.forEach((_, index) => code.localGet(index));
      code.call(exp.index);
    };
    const denial = denied[i];
    const result = results[0];
    if (denial) {
      code.i32Const(denial.at).i32Const(denial.length).call(trace.wasi_virt_trace_denied);
      call();
    } else if (result === undefined) {
      call();
      code.call(trace.wasi_virt_trace_done);
    } else {
      const local = params.length;
      call();
      asI64(code.localSet(local).localGet(local), result);
      const shape = shapes[i];
      // A pointer result is an i32; anything else would mean the shape is not this function's.
      if (shape && (!shape.indirect || result === I32))
        code
          .i32Const(namesAt + shape.at)
          .i32Const(shape.indirect ? 1 : 0)
          .call(trace.wasi_virt_trace_shaped);
      else code.call(trace.wasi_virt_trace_result);
      code.localGet(local);
    }
    exp.index = addFunction(m, type, code.finish(result === undefined ? [] : [result]));
  });
}
