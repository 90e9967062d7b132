import {
  SectionId,
  type CoreInstance,
  type Instance,
  type SectionSpan,
  type SortIndex,
} from '../ast.js';
import { ByteReader, hex } from './byte-reader.js';
import { canonSort, readCanon } from './canon.js';
import { readCoreModule } from './core-module.js';
import { readCoreType } from './core-types.js';
import { WasmDecodeError } from '../errors.js';
import { Scope, type Component } from './scope.js';
import {
  externSort,
  readAlias,
  readCoreSort,
  readDefType,
  readExternName,
  readExternType,
  readSort,
  readValType,
} from './types.js';
import { LIMITS } from './limits.js';
import { recordTypeInfo } from './type-info.js';

/** The component binary version this reader understands (pre-standard 0x0d, layer 1). */
export const COMPONENT_VERSION = 0x0d;

export type { Component } from './scope.js';

/** What the first 8 bytes say a `.wasm` file is. */
export function sniffWasm(
  bytes: Uint8Array,
): 'component' | 'core-module' | 'not-wasm' | 'unknown-version' {
  if (
    bytes.length < 8 ||
    bytes[0] !== 0 ||
    bytes[1] !== 0x61 ||
    bytes[2] !== 0x73 ||
    bytes[3] !== 0x6d
  ) {
    return 'not-wasm';
  }
  if (bytes[6] === 0 && bytes[7] === 0) return 'core-module';
  if (bytes[4] === COMPONENT_VERSION && bytes[5] === 0 && bytes[6] === 1 && bytes[7] === 0)
    return 'component';
  return 'unknown-version';
}

/** Decodes a component binary, rejecting core modules and malformed input with a located error. */
export function readComponent(bytes: Uint8Array): Component {
  if (bytes.length === 0)
    throw new WasmDecodeError(0, 'the input is empty, expected a WebAssembly component');
  const kind = sniffWasm(bytes);
  if (kind === 'not-wasm') {
    if (
      bytes.length >= 4 &&
      bytes[0] === 0 &&
      bytes[1] === 0x61 &&
      bytes[2] === 0x73 &&
      bytes[3] === 0x6d
    ) {
      throw new WasmDecodeError(
        bytes.length,
        `unexpected end of input: the ${bytes.length}-byte file ends inside the 8-byte WebAssembly preamble`,
      );
    }
    throw new WasmDecodeError(0, 'not a WebAssembly binary: expected the magic bytes \\0asm');
  }
  if (kind === 'core-module') {
    throw new WasmDecodeError(
      4,
      'this is a core WebAssembly module, not a component: wrap it into a component first (for example `wasm-tools component new` with a WASI preview1 adapter)',
    );
  }
  if (kind === 'unknown-version') {
    throw new WasmDecodeError(
      4,
      `unsupported component binary version ${[...bytes.subarray(4, 8)].map(hex).join(' ')}: this reader supports version 0d 00 with layer 01 00`,
    );
  }
  return readComponentAt(bytes, 0, bytes.length, undefined);
}

function readComponentAt(
  bytes: Uint8Array,
  start: number,
  end: number,
  parent: Scope | undefined,
): Component {
  const r = new ByteReader(bytes, start, end);
  const preambleAt = r.offset;
  const preamble = r.take(8, 'the 8-byte component preamble');
  if (sniffWasm(preamble) !== 'component') {
    r.fail(
      'a nested component does not start with a component preamble (\\0asm 0d 00 01 00)',
      preambleAt,
    );
  }
  const component: Component = {
    start,
    end,
    sections: [],
    imports: [],
    exports: [],
    types: [],
    coreTypes: [],
    aliases: [],
    canons: [],
    coreModules: [],
    coreInstances: [],
    instances: [],
    components: [],
    starts: [],
    customs: [],
    scope: Scope.nested(r, start, 'component', parent, recordTypeInfo),
  };
  while (!r.atEnd) {
    const sectionStart = r.offset;
    const id = r.u8('a section id');
    const size = r.u32('(section size)');
    const payloadStart = r.offset;
    if (size > r.remaining) {
      r.fail(
        `section ${sectionName(id)} declares ${size} bytes but only ${r.remaining} remain`,
        sectionStart,
      );
    }
    const payloadEnd = payloadStart + size;
    const span: SectionSpan = { id, start: sectionStart, payloadStart, end: payloadEnd };
    component.sections.push(span);
    readSection(new ByteReader(bytes, payloadStart, payloadEnd), id, component, sectionStart);
    if (vectorSections.has(id)) span.count = new ByteReader(bytes, payloadStart, payloadEnd).u32();
    r.offset = payloadEnd;
  }
  return component;
}

/** Sections whose payload is a vector of items. */
const vectorSections = new Set<number>([
  SectionId.coreInstance,
  SectionId.coreType,
  SectionId.instance,
  SectionId.alias,
  SectionId.type,
  SectionId.canon,
  SectionId.import,
  SectionId.export,
  SectionId.value,
]);

const sectionNames = [
  'custom',
  'core module',
  'core instance',
  'core type',
  'component',
  'instance',
  'alias',
  'type',
  'canon',
  'start',
  'import',
  'export',
  'value',
];

function sectionName(id: number): string {
  return sectionNames[id] ? `${id} (${sectionNames[id]})` : String(id);
}

function readSection(r: ByteReader, id: number, c: Component, sectionStart: number): void {
  const scope = c.scope;
  switch (id) {
    case SectionId.custom: {
      const name = r.name('a custom section name');
      c.customs.push({ name, start: r.offset, end: r.end });
      return;
    }
    case SectionId.coreModule: {
      const module = readCoreModule(r.bytes, r.offset, r.end);
      c.coreModules.push(module);
      scope.push({ core: 'module' }, { via: 'core-module', module }, sectionStart);
      return;
    }
    case SectionId.component: {
      const nested = readComponentAt(r.bytes, r.offset, r.end, scope);
      c.components.push(nested);
      scope.push({ component: 'component' }, { via: 'component', component: nested }, sectionStart);
      return;
    }
    case SectionId.coreInstance:
      r.vec('core instances', () => {
        const at = r.offset;
        const instance = readCoreInstance(r, scope);
        c.coreInstances.push(instance);
        scope.push({ core: 'instance' }, { via: 'core-instance', instance }, at);
      });
      break;
    case SectionId.coreType:
      r.vec('core types', () => {
        const at = r.offset;
        const type = readCoreType(r);
        c.coreTypes.push(type);
        scope.push({ core: 'type' }, { via: 'core-type', type }, at);
      });
      break;
    case SectionId.instance:
      r.vec('instances', () => {
        const at = r.offset;
        const instance = readInstance(r, scope);
        c.instances.push(instance);
        scope.push({ component: 'instance' }, { via: 'instance', instance }, at);
      });
      break;
    case SectionId.alias:
      r.vec('aliases', () => {
        const at = r.offset;
        const alias = readAlias(r, scope);
        c.aliases.push(alias);
        scope.push(alias.sort, { via: 'alias', alias }, at);
      });
      break;
    case SectionId.type:
      r.vec('types', () => {
        const at = r.offset;
        const type = readDefType(r, scope);
        c.types.push(type);
        scope.push({ component: 'type' }, { via: 'type', type }, at);
      });
      break;
    case SectionId.canon:
      r.vec('canonical definitions', () => {
        const at = r.offset;
        const canon = readCanon(r, scope);
        c.canons.push(canon);
        scope.push(canonSort(canon), { via: 'canon', canon }, at);
      });
      break;
    case SectionId.start: {
      const funcAt = r.offset;
      const func = r.u32('(start func index)');
      scope.check(r, funcAt, { component: 'func' }, func, 'start');
      const args = r.vec(
        'start arguments',
        () => {
          const at = r.offset;
          const value = r.u32('(start argument value index)');
          scope.check(r, at, { component: 'value' }, value, 'start argument');
          return value;
        },
        LIMITS.startArguments,
      );
      const results = r.u32('(start result count)');
      c.starts.push({ func, args, results });
      for (let i = 0; i < results; i++)
        scope.push({ component: 'value' }, { via: 'start' }, sectionStart);
      break;
    }
    case SectionId.import:
      r.vec('imports', () => {
        const offset = r.offset;
        const name = readExternName(r);
        const type = readExternType(r, scope);
        c.imports.push({ name, type, offset });
        scope.push(externSort(type), { via: 'import', name: name.name, type }, offset);
      });
      break;
    case SectionId.export:
      r.vec('exports', () => {
        const offset = r.offset;
        const name = readExternName(r);
        const item = readSortIndex(r, scope, '(exported index)', `export "${name.name}"`);
        const type = r.optional('an export type ascription', () => readExternType(r, scope));
        c.exports.push({ name, item, ...(type ? { type } : {}), offset });
        scope.push(
          item.sort,
          { via: 'export', name: name.name, item, ...(type ? { type } : {}) },
          offset,
        );
      });
      break;
    case SectionId.value:
      r.vec('values', () => {
        const at = r.offset;
        readValType(r, scope);
        const length = r.u32('(value length)');
        r.take(length, 'value bytes');
        scope.push({ component: 'value' }, { via: 'value' }, at);
      });
      break;
    default:
      r.fail(`unknown component section id ${id}`, sectionStart);
  }
  r.expectEnd(`section ${sectionName(id)}`);
}

function readCoreInstance(r: ByteReader, scope: Scope): CoreInstance {
  const at = r.offset;
  const form = r.u8('a core instance form');
  if (form === 0x00) {
    const moduleAt = r.offset;
    const module = r.u32('(core module index)');
    scope.check(r, moduleAt, { core: 'module' }, module, 'core instantiate');
    const args = r.vec(
      'core instantiate arguments',
      () => {
        const name = r.name('a core instantiate argument name');
        const sortAt = r.offset;
        const sort = r.u8('the instance sort (0x12)');
        if (sort !== 0x12)
          r.fail(
            `core instantiate arguments must be instances (0x12), found 0x${hex(sort)}`,
            sortAt,
          );
        const instanceAt = r.offset;
        const instance = r.u32('(core instance index)');
        scope.check(
          r,
          instanceAt,
          { core: 'instance' },
          instance,
          `core instantiate argument "${name}"`,
        );
        return { name, instance };
      },
      LIMITS.instantiateArguments,
    );
    return { kind: 'instantiate', module, args };
  }
  if (form === 0x01) {
    const exports = r.vec(
      'core inline exports',
      () => {
        const name = r.name('a core inline export name');
        const sort = readCoreSort(r);
        const indexAt = r.offset;
        const index = r.u32('(core export index)');
        scope.check(r, indexAt, { core: sort }, index, `core inline export "${name}"`);
        return { name, sort, index };
      },
      LIMITS.inlineExports,
    );
    return { kind: 'exports', exports };
  }
  return r.fail(`unknown core instance form 0x${hex(form)}`, at);
}

function readInstance(r: ByteReader, scope: Scope): Instance {
  const at = r.offset;
  const form = r.u8('an instance form');
  if (form === 0x00) {
    const componentAt = r.offset;
    const component = r.u32('(component index)');
    scope.check(r, componentAt, { component: 'component' }, component, 'instantiate');
    const args = r.vec(
      'instantiate arguments',
      () => {
        const name = r.name('an instantiate argument name');
        const item = readSortIndex(r, scope, '(argument index)', `instantiate argument "${name}"`);
        return { name, item };
      },
      LIMITS.instantiateArguments,
    );
    return { kind: 'instantiate', component, args };
  }
  if (form === 0x01) {
    const exports = r.vec(
      'inline exports',
      () => {
        const name = readExternName(r);
        return {
          name,
          item: readSortIndex(r, scope, '(export index)', `inline export "${name.name}"`),
        };
      },
      LIMITS.inlineExports,
    );
    return { kind: 'exports', exports };
  }
  return r.fail(`unknown instance form 0x${hex(form)}`, at);
}

/** A sort and an index (`indexWhat`) into its space, checked against the scope: what `what` refers to. */
function readSortIndex(r: ByteReader, scope: Scope, indexWhat: string, what: string): SortIndex {
  const at = r.offset;
  const sort = readSort(r);
  const index = r.u32(indexWhat);
  scope.check(r, at, sort, index, what);
  return { sort, index };
}
