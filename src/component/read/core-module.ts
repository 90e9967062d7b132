import type { CoreModule } from '../ast.js';
import { hex, ByteReader } from './byte-reader.js';
import { readCoreExternType } from './core-types.js';
import { LIMITS } from './limits.js';

const externKinds = ['func', 'table', 'memory', 'global', 'tag'];

/**
 * Reads the framing of an embedded core module (preamble and section sizes)
 * and its import and export names. Function bodies and other sections are not
 * decoded: a component tool only needs to know where the module's bytes are
 * and what it links against.
 */
export function readCoreModule(bytes: Uint8Array, start: number, end: number): CoreModule {
  const r = new ByteReader(bytes, start, end);
  const magic = r.take(4, 'the core module magic \\0asm');
  if (magic[0] !== 0 || magic[1] !== 0x61 || magic[2] !== 0x73 || magic[3] !== 0x6d) {
    r.fail('an embedded core module does not start with the magic \\0asm', start);
  }
  const versionAt = r.offset;
  const version = r.take(4, 'the core module version');
  if (version[0] !== 1 || version[1] !== 0 || version[2] !== 0 || version[3] !== 0) {
    r.fail(
      `an embedded core module has version ${[...version].map(hex).join(' ')}, expected 01 00 00 00`,
      versionAt,
    );
  }
  const module: CoreModule = { start, end, imports: [], exports: [] };
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8('a core section id');
    const size = r.u32('(core section size)');
    if (size > r.remaining) {
      r.fail(
        `core section ${id} declares ${size} bytes but only ${r.remaining} remain in the module`,
        idAt,
      );
    }
    const body = new ByteReader(bytes, r.offset, r.offset + size);
    if (id === 2) {
      module.imports = body.vec(
        'core imports',
        () => {
          const moduleName = body.name('a core import module name');
          const name = body.name('a core import name');
          return { module: moduleName, name, kind: readCoreExternType(body).kind };
        },
        LIMITS.coreImports,
      );
      body.expectEnd('the core import section');
    } else if (id === 7) {
      module.exports = body.vec(
        'core exports',
        () => {
          const name = body.name('a core export name');
          const kindAt = body.offset;
          const kind = externKinds[body.u8('a core export kind')];
          if (!kind) body.fail('unknown core export kind', kindAt);
          return { name, kind, index: body.u32('(core export index)') };
        },
        LIMITS.coreExports,
      );
      body.expectEnd('the core export section');
    } else if (id > 13) {
      r.fail(`unknown core section id ${id}`, idAt);
    }
    r.offset += size;
  }
  return module;
}
