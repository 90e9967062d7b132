import { ByteWriter } from '../component/write/byte-writer.js';

const I32 = 0x7f;
const FUNC = 0x00;

/** A function the module exports: it wraps each argument with the import named for it, then calls `import`. */
export interface WrappedCall {
  name: string;
  /** The `wrap` import for each parameter, in order. */
  wraps: string[];
}

/**
 * A core module that takes handles, converts each with a `wrap` function
 * (i32 → i32) and calls the real function with the results:
 * `wrap` functions are imported from `wrapModule`, the called ones from
 * `callModule` under the exported name. Every value is an i32 handle.
 */
export function wrappingModule(
  calls: WrappedCall[],
  wrapModule: string,
  callModule: string,
): Uint8Array {
  const wraps = [...new Set(calls.flatMap((c) => c.wraps))];
  const arities = [...new Set(calls.map((c) => c.wraps.length))];
  const typeOf = (arity: number) => 1 + arities.indexOf(arity);
  const w = new ByteWriter().bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, body: ByteWriter) => w.u8(id).sized(body);

  const types = new ByteWriter().u32(1 + arities.length);
  types
    .u8(0x60)
    .vec([I32], (t) => types.u8(t))
    .vec([I32], (t) => types.u8(t));
  for (const arity of arities)
    types
      .u8(0x60)
      .vec(Array<number>(arity).fill(I32), (t) => types.u8(t))
      .u32(0);
  section(1, types);

  const imports = new ByteWriter().u32(wraps.length + calls.length);
  for (const wrap of wraps) imports.name(wrapModule).name(wrap).u8(FUNC).u32(0);
  for (const call of calls)
    imports.name(callModule).name(call.name).u8(FUNC).u32(typeOf(call.wraps.length));
  section(2, imports);

  const functions = new ByteWriter();
  functions.vec(calls, (c) => functions.u32(typeOf(c.wraps.length)));
  section(3, functions);

  const imported = wraps.length + calls.length;
  const exports = new ByteWriter().u32(calls.length);
  calls.forEach((call, i) =>
    exports
      .name(call.name)
      .u8(FUNC)
      .u32(imported + i),
  );
  section(7, exports);

  const code = new ByteWriter().u32(calls.length);
  calls.forEach((call, i) => {
    const body = new ByteWriter().u32(0);
    call.wraps.forEach((wrap, param) => {
      body.u8(0x20).u32(param); // local.get
      body.u8(0x10).u32(wraps.indexOf(wrap)); // call wrap
    });
    body
      .u8(0x10)
      .u32(wraps.length + i)
      .u8(0x0b); // call the real function; end
    code.sized(body);
  });
  section(10, code);
  return w.toBytes();
}
