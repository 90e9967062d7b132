import binaryen from 'binaryen';
import type { PlacedText } from './denied-traps.js';
import type { ArgKind } from './trace-args.js';
import { exportsOf } from './trap-exports.js';

/** The adapter's trace functions (adapter/src/runtime/trace.c), exported by its build for this step only. */
export const TRACE_EXPORTS = [
  'wasi_virt_trace_enter',
  'wasi_virt_trace_arg',
  'wasi_virt_trace_string',
  'wasi_virt_trace_bytes',
  'wasi_virt_trace_result',
  'wasi_virt_trace_shaped',
  'wasi_virt_trace_done',
  'wasi_virt_trace_denied',
  'wasi_virt_denied',
] as const;

/** The interface functions the adapter exports: the ones `--debug` traces. */
export function tracedExports(m: binaryen.Module): string[] {
  return exportsOf(m)
    .filter((e) => e.kind === binaryen.ExternalFunction && e.name.includes('#'))
    .map((e) => e.name);
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

/** A core value as the i64 the trace functions take. */
function asI64(m: binaryen.Module, type: binaryen.Type, value: binaryen.ExpressionRef) {
  if (type === binaryen.i64) return value;
  if (type === binaryen.i32) return m.i64.extend_s(value);
  if (type === binaryen.f32) return m.i64.extend_s(m.i32.reinterpret(value));
  return m.i64.reinterpret(value);
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
  m: binaryen.Module,
  trace: Record<(typeof TRACE_EXPORTS)[number], string>,
  names: string[],
  namesAt: number,
  spans: Span[],
  kindsOf: (name: string, coreParams: number) => ArgKind[],
  shapes: (PlacedShape | undefined)[],
  denied: (PlacedText | undefined)[] = [],
): void {
  names.forEach((name, i) => {
    const target = binaryen.getExportInfo(m.getExport(name)).value;
    const fn = binaryen.getFunctionInfo(m.getFunction(target));
    const params = binaryen.expandType(fn.params);
    const locals = params.map((type, index) => m.local.get(index, type));
    const kinds = kindsOf(name, params.length);
    const body = [
      m.call(
        trace.wasi_virt_trace_enter,
        [m.i32.const(namesAt + spans[i]!.offset), m.i32.const(spans[i]!.length)],
        binaryen.none,
      ),
    ];
    for (let index = 0; index < params.length; index++) {
      const kind = kinds[index];
      if (kind === 'string' || kind === 'bytes') {
        const decode =
          kind === 'string' ? trace.wasi_virt_trace_string : trace.wasi_virt_trace_bytes;
        body.push(m.call(decode, [locals[index]!, locals[index + 1]!], binaryen.none));
        index++; // the length
      } else {
        const type = params[index]!;
        body.push(
          m.call(trace.wasi_virt_trace_arg, [asI64(m, type, locals[index]!)], binaryen.none),
        );
      }
    }
    const call = m.call(target, locals, fn.results);
    const denial = denied[i];
    if (denial) {
      body.push(
        m.call(
          trace.wasi_virt_trace_denied,
          [m.i32.const(denial.at), m.i32.const(denial.length)],
          binaryen.none,
        ),
        call,
      );
    } else if (fn.results === binaryen.none) {
      body.push(call, m.call(trace.wasi_virt_trace_done, [], binaryen.none));
    } else {
      const result = params.length;
      const value = asI64(m, fn.results, m.local.get(result, fn.results));
      const shape = shapes[i];
      // A pointer result is an i32; anything else would mean the shape is not this function's.
      const usable = shape && (!shape.indirect || fn.results === binaryen.i32);
      body.push(
        m.local.set(result, call),
        usable
          ? m.call(
              trace.wasi_virt_trace_shaped,
              [value, m.i32.const(namesAt + shape.at), m.i32.const(shape.indirect ? 1 : 0)],
              binaryen.none,
            )
          : m.call(trace.wasi_virt_trace_result, [value], binaryen.none),
        m.local.get(result, fn.results),
      );
    }
    const wrapper = `wasi_virt_traced_${i}`;
    m.addFunction(
      wrapper,
      fn.params,
      fn.results,
      fn.results === binaryen.none ? [] : [fn.results],
      m.block(null, body, fn.results),
    );
    m.removeExport(name);
    m.addFunctionExport(wrapper, name);
  });
}
