import type { CanonOption, ExternName, ExternType, Instance, SortIndex } from '../ast.js';
import type { ByteWriter } from './byte-writer.js';
import { encodeExternName, encodeExternType, encodeSort, type IndexMap } from './encode-types.js';

export function encodeImport(
  w: ByteWriter,
  name: ExternName,
  type: ExternType,
  map: IndexMap,
): void {
  encodeExternName(w, name);
  encodeExternType(w, type, map);
}

export function encodeSortIndex(w: ByteWriter, item: SortIndex, map: IndexMap): void {
  encodeSort(w, item.sort);
  w.u32(map(item.sort, item.index));
}

export function encodeExport(
  w: ByteWriter,
  name: ExternName,
  item: SortIndex,
  type: ExternType | undefined,
  map: IndexMap,
): void {
  encodeExternName(w, name);
  encodeSortIndex(w, item, map);
  w.optional(type, (t) => encodeExternType(w, t, map));
}

export function encodeInstance(w: ByteWriter, instance: Instance, map: IndexMap): void {
  if (instance.kind === 'instantiate') {
    w.u8(0x00).u32(map({ component: 'component' }, instance.component));
    w.vec(instance.args, (arg) => (w.name(arg.name), encodeSortIndex(w, arg.item, map)));
  } else {
    w.u8(0x01).vec(
      instance.exports,
      (e) => (encodeExternName(w, e.name), encodeSortIndex(w, e.item, map)),
    );
  }
}

/** A canonical definition's options, as `vec(canonopt)`. */
export function encodeCanonOptions(w: ByteWriter, options: readonly CanonOption[]): void {
  w.vec(options, (o) => {
    switch (o.kind) {
      case 'string-encoding':
        w.u8({ utf8: 0x00, utf16: 0x01, 'latin1+utf16': 0x02 }[o.encoding]);
        return;
      case 'memory':
        w.u8(0x03).u32(o.index);
        return;
      case 'realloc':
        w.u8(0x04).u32(o.index);
        return;
      case 'post-return':
        w.u8(0x05).u32(o.index);
        return;
      case 'async':
        w.u8(0x06);
        return;
      case 'callback':
        w.u8(0x07).u32(o.index);
    }
  });
}
