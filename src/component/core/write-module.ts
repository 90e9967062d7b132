import { ByteWriter } from '../write/byte-writer.js';
import { EXTERN_KINDS, type CoreModuleModel, type MemoryLimits } from './module-model.js';

function limits(w: ByteWriter, l: MemoryLimits): void {
  if (l.max === undefined) w.u8(0).u32(l.min);
  else w.u8(1).u32(l.min).u32(l.max);
}

/**
 * Encodes a CoreModuleModel, sections in the binary format's order. Empty
 * sections are left out, and so are custom sections (the model has none).
 */
export function writeModuleModel(m: CoreModuleModel): Uint8Array {
  const out = new ByteWriter().bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, present: boolean, write: (w: ByteWriter) => void) => {
    if (!present) return;
    const w = new ByteWriter();
    write(w);
    out.u8(id).sized(w);
  };
  section(1, m.types.length > 0, (w) =>
    w.vec(m.types, (t) => {
      w.u8(0x60).vec(t.params, (v) => w.u8(v));
      w.vec(t.results, (v) => w.u8(v));
    }),
  );
  section(2, m.imports.length > 0, (w) =>
    w.vec(m.imports, (i) => {
      w.name(i.module).name(i.name).u8(EXTERN_KINDS.indexOf(i.kind));
      if (i.kind === 'func') w.u32(i.type!);
      else w.bytes(i.descriptor);
    }),
  );
  section(3, m.functions.length > 0, (w) => w.vec(m.functions, (t) => w.u32(t)));
  section(4, m.tables !== undefined, (w) => w.bytes(m.tables!));
  section(5, m.memory !== undefined, (w) => limits(w.u32(1), m.memory!));
  section(6, m.globals.length > 0, (w) => w.vec(m.globals, (g) => w.bytes(g.type).bytes(g.init)));
  section(7, m.exports.length > 0, (w) =>
    w.vec(m.exports, (e) => w.name(e.name).u8(EXTERN_KINDS.indexOf(e.kind)).u32(e.index)),
  );
  section(8, m.start !== undefined, (w) => w.u32(m.start!));
  section(9, m.elements.length > 0, (w) =>
    w.vec(m.elements, (e) => w.bytes(e.head).vec(e.functions, (f) => w.u32(f))),
  );
  section(12, m.dataCount, (w) => w.u32(m.data.count));
  section(10, m.code.length > 0, (w) => w.vec(m.code, (body) => w.u32(body.length).bytes(body)));
  section(11, m.data.count > 0, (w) => w.u32(m.data.count).bytes(m.data.segments));
  return out.toBytes();
}
