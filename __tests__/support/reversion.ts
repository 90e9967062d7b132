import { SectionId } from '../../src/component/ast.js';
import { ByteWriter } from '../../src/component/byte-writer.js';
import { encodeExport, encodeImport } from '../../src/component/encode-items.js';
import { identity } from '../../src/component/encode-types.js';
import { readComponent } from '../../src/component/read-component.js';

/**
 * The same component with its top-level WASI import and export names moved to
 * another 0.2.x version (`wasi:cli/environment@0.2.12` → `@0.2.3`): as a
 * toolchain targeting that version would have named them. Types are unchanged.
 */
export function withWasiVersion(bytes: Uint8Array, version: string): Uint8Array {
  return withWasiVersions(bytes, () => version);
}

/**
 * The same component with each top-level WASI 0.2 import and export name moved to
 * the version `versionFor` gives it (undefined: unchanged), as a component that
 * mixes toolchains' WIT would name them. Types are unchanged.
 */
export function withWasiVersions(
  bytes: Uint8Array,
  versionFor: (name: string) => string | undefined,
): Uint8Array {
  const c = readComponent(bytes);
  const rename = (name: string) => {
    const version = name.startsWith('wasi:') ? versionFor(name) : undefined;
    return version ? name.replace(/@0\.2\.\d+$/, `@${version}`) : name;
  };
  const out = new ByteWriter().bytes(bytes.subarray(0, 8));
  let imports = 0;
  let exports = 0;
  for (const span of c.sections) {
    const count = span.count ?? 0;
    const body = new ByteWriter();
    if (span.id === SectionId.import) {
      body.vec(c.imports.slice(imports, (imports += count)), (i) =>
        encodeImport(body, { ...i.name, name: rename(i.name.name) }, i.type, identity),
      );
    } else if (span.id === SectionId.export) {
      body.vec(c.exports.slice(exports, (exports += count)), (e) =>
        encodeExport(body, { ...e.name, name: rename(e.name.name) }, e.item, e.type, identity),
      );
    } else {
      out.bytes(bytes.subarray(span.start, span.end));
      continue;
    }
    out.u8(span.id).sized(body);
  }
  return out.toBytes();
}
