import { CodeWriter } from '../../component/core/code-writer.js';
import { typeIndex } from '../../component/core/module-edit.js';
import { emptyModel, type FuncType } from '../../component/core/module-model.js';
import { writeModuleModel } from '../../component/core/write-module.js';
import { ByteWriter } from '../../component/write/byte-writer.js';

/**
 * The two small core modules that let the adapter's module be instantiated with functions that
 * need its own memory or exports (canon lowerings with memory or an allocator, resource
 * destructors): the shim exports one function per entry, each calling through a funcref table
 * it also exports (`$imports`); once the adapter's module exists, the fixup, instantiated with
 * the real functions (`actual`) and the shim's table, fills the table in its element segment.
 */

const FUNCREF = 0x70;
/** A table type's bytes (after the kind byte): funcref, exactly `size` entries. */
const tableType = (size: number) => new ByteWriter().u8(FUNCREF).u8(0x01).u32(size).u32(size);

export function shimModule(entries: FuncType[]): Uint8Array {
  const m = emptyModel();
  m.tables = new ByteWriter().u32(1).bytes(tableType(entries.length).view()).toBytes();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    const code = new CodeWriter();
    type.params.forEach((_, p) => code.localGet(p));
    m.functions.push(index);
    m.code.push(code.i32Const(i).callIndirect(index).finish());
    m.exports.push({ name: String(i), kind: 'func', index: i });
  });
  m.exports.push({ name: '$imports', kind: 'table', index: 0 });
  return writeModuleModel(m);
}

export function fixupModule(entries: FuncType[]): Uint8Array {
  const m = emptyModel();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    m.imports.push({
      module: 'actual',
      name: String(i),
      kind: 'func',
      type: index,
      descriptor: new Uint8Array(),
    });
  });
  m.imports.push({
    module: 'shim',
    name: '$imports',
    kind: 'table',
    descriptor: tableType(entries.length).toBytes(),
  });
  // Active, table 0, at offset `i32.const 0`, function indices.
  m.elements.push({
    head: Uint8Array.from([0x00, 0x41, 0x00, 0x0b]),
    functions: entries.map((_, i) => i),
  });
  return writeModuleModel(m);
}
