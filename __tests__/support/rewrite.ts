import { SectionId, type DefType, type Export, type Import } from '../../src/component/ast.js';
import { ByteWriter } from '../../src/component/write/byte-writer.js';
import { encodeExport, encodeImport } from '../../src/component/write/encode-items.js';
import { encodeDefType, identity } from '../../src/component/write/encode-types.js';
import { readComponent } from '../../src/component/read/read-component.js';

/**
 * Edits of a component's top-level items, each given the item and its position among the
 * items of its kind. An import or export edit may return undefined to drop the item (which
 * shifts the indices after it: the result may no longer be valid, as a mutant may not).
 */
export interface TopLevelEdits {
  type?: (type: DefType, position: number) => DefType;
  import?: (imp: Import, position: number) => Import | undefined;
  export?: (exp: Export, position: number) => Export | undefined;
}

/**
 * The component with its top-level type, import and export sections re-encoded through
 * `edits`; every other section is copied byte for byte.
 */
export function rewriteTopLevel(bytes: Uint8Array, edits: TopLevelEdits): Uint8Array {
  const c = readComponent(bytes);
  const out = new ByteWriter().bytes(bytes.subarray(0, 8));
  const next = { [SectionId.type]: 0, [SectionId.import]: 0, [SectionId.export]: 0 };
  for (const span of c.sections) {
    if (!(span.id in next)) {
      out.bytes(bytes.subarray(span.start, span.end));
      continue;
    }
    const id = span.id as keyof typeof next;
    const first = next[id];
    next[id] += span.count ?? 0;
    const positions = Array.from({ length: span.count ?? 0 }, (_, i) => first + i);
    const body = new ByteWriter();
    if (id === SectionId.type && edits.type) {
      const types = positions.map((p) => edits.type!(c.types[p]!, p));
      body.vec(types, (t) => encodeDefType(body, t, [identity]));
    } else if (id === SectionId.import && edits.import) {
      const imports = positions.flatMap((p) => edits.import!(c.imports[p]!, p) ?? []);
      body.vec(imports, (i) => encodeImport(body, i.name, i.type, identity));
    } else if (id === SectionId.export && edits.export) {
      const exports = positions.flatMap((p) => edits.export!(c.exports[p]!, p) ?? []);
      body.vec(exports, (e) => encodeExport(body, e.name, e.item, e.type, identity));
    } else {
      out.bytes(bytes.subarray(span.start, span.end));
      continue;
    }
    out.u8(span.id).sized(body);
  }
  return out.toBytes();
}
