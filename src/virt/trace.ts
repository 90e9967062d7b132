import binaryen from 'binaryen';

/** The adapter's trace functions (adapter/src/trace.c), exported by its build for this step only. */
export const TRACE_EXPORTS = [
  'wasi_virt_trace_enter',
  'wasi_virt_trace_arg',
  'wasi_virt_trace_result',
  'wasi_virt_trace_done',
] as const;

/** The interface functions the adapter exports: the ones `--debug` traces. */
export function tracedExports(m: binaryen.Module): string[] {
  return Array.from({ length: m.getNumExports() }, (_, i) =>
    binaryen.getExportInfo(m.getExportByIndex(i)),
  )
    .filter((e) => e.kind === binaryen.ExternalFunction && e.name.includes('#'))
    .map((e) => e.name);
}

/** The names, one after another, and where each starts. */
export function traceNameBytes(names: string[]): { bytes: Uint8Array; offsets: number[] } {
  const encoded = names.map((n) => new TextEncoder().encode(n));
  const offsets: number[] = [];
  let at = 0;
  for (const e of encoded) {
    offsets.push(at);
    at += e.length;
  }
  const bytes = new Uint8Array(at);
  encoded.forEach((e, i) => bytes.set(e, offsets[i]!));
  return { bytes, offsets };
}

/** A core value as the i64 the trace functions take. */
function asI64(m: binaryen.Module, type: binaryen.Type, value: binaryen.ExpressionRef) {
  if (type === binaryen.i64) return value;
  if (type === binaryen.i32) return m.i64.extend_s(value);
  if (type === binaryen.f32) return m.i64.extend_s(m.i32.reinterpret(value));
  return m.i64.reinterpret(value);
}

/**
 * Puts a tracing function in front of each export in `names`: it calls the
 * adapter's trace functions with the export's name (at `namesAt + offsets[i]`
 * in memory), each core argument and the core result, around the original.
 */
export function wrapExports(
  m: binaryen.Module,
  trace: Record<(typeof TRACE_EXPORTS)[number], string>,
  names: string[],
  namesAt: number,
  offsets: number[],
): void {
  names.forEach((name, i) => {
    const target = binaryen.getExportInfo(m.getExport(name)).value;
    const fn = binaryen.getFunctionInfo(m.getFunction(target));
    const params = binaryen.expandType(fn.params);
    const locals = params.map((type, index) => m.local.get(index, type));
    const bytes = new TextEncoder().encode(name).length;
    const body = [
      m.call(
        trace.wasi_virt_trace_enter,
        [m.i32.const(namesAt + offsets[i]!), m.i32.const(bytes)],
        binaryen.none,
      ),
      ...params.map((type, index) =>
        m.call(
          trace.wasi_virt_trace_arg,
          [asI64(m, type, m.local.get(index, type))],
          binaryen.none,
        ),
      ),
    ];
    const call = m.call(target, locals, fn.results);
    if (fn.results === binaryen.none) {
      body.push(call, m.call(trace.wasi_virt_trace_done, [], binaryen.none));
    } else {
      const result = params.length;
      body.push(
        m.local.set(result, call),
        m.call(
          trace.wasi_virt_trace_result,
          [asI64(m, fn.results, m.local.get(result, fn.results))],
          binaryen.none,
        ),
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
