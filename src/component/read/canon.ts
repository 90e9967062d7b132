import type { Canon, CanonOption, Sort } from '../ast.js';
import { hex, type ByteReader } from './byte-reader.js';
import { readCoreValType } from './core-types.js';
import type { Scope } from './scope.js';
import { readValType } from './types.js';
import { LIMITS } from './limits.js';

/** The immediates a canonical definition carries, in binary order. */
type Operand =
  | 'coreFunc'
  | 'func'
  | 'type'
  | 'coreType'
  | 'table'
  | 'memory'
  | 'options'
  | 'resultList'
  | 'coreValType'
  | 'u32'
  | 'flag';

interface CanonShape {
  kind: string;
  operands: Operand[];
}

const shapes: Record<number, CanonShape> = {
  0x00: { kind: 'lift', operands: ['coreFunc', 'options', 'type'] },
  0x01: { kind: 'lower', operands: ['func', 'options'] },
  0x02: { kind: 'resource.new', operands: ['type'] },
  0x03: { kind: 'resource.drop', operands: ['type'] },
  0x07: { kind: 'resource.drop async', operands: ['type'] },
  0x04: { kind: 'resource.rep', operands: ['type'] },
  0x24: { kind: 'backpressure.inc', operands: [] },
  0x25: { kind: 'backpressure.dec', operands: [] },
  0x08: { kind: 'backpressure.set', operands: [] },
  0x09: { kind: 'task.return', operands: ['resultList', 'options'] },
  0x05: { kind: 'task.cancel', operands: [] },
  0x0a: { kind: 'context.get', operands: ['coreValType', 'u32'] },
  0x0b: { kind: 'context.set', operands: ['coreValType', 'u32'] },
  0x06: { kind: 'subtask.cancel', operands: ['flag'] },
  0x0d: { kind: 'subtask.drop', operands: [] },
  0x0e: { kind: 'stream.new', operands: ['type'] },
  0x0f: { kind: 'stream.read', operands: ['type', 'options'] },
  0x10: { kind: 'stream.write', operands: ['type', 'options'] },
  0x11: { kind: 'stream.cancel-read', operands: ['type', 'flag'] },
  0x12: { kind: 'stream.cancel-write', operands: ['type', 'flag'] },
  0x13: { kind: 'stream.drop-readable', operands: ['type'] },
  0x14: { kind: 'stream.drop-writable', operands: ['type'] },
  0x15: { kind: 'future.new', operands: ['type'] },
  0x16: { kind: 'future.read', operands: ['type', 'options'] },
  0x17: { kind: 'future.write', operands: ['type', 'options'] },
  0x18: { kind: 'future.cancel-read', operands: ['type', 'flag'] },
  0x19: { kind: 'future.cancel-write', operands: ['type', 'flag'] },
  0x1a: { kind: 'future.drop-readable', operands: ['type'] },
  0x1b: { kind: 'future.drop-writable', operands: ['type'] },
  0x1c: { kind: 'error-context.new', operands: ['options'] },
  0x1d: { kind: 'error-context.debug-message', operands: ['options'] },
  0x1e: { kind: 'error-context.drop', operands: [] },
  0x1f: { kind: 'waitable-set.new', operands: [] },
  0x20: { kind: 'waitable-set.wait', operands: ['flag', 'memory'] },
  0x21: { kind: 'waitable-set.poll', operands: ['flag', 'memory'] },
  0x22: { kind: 'waitable-set.drop', operands: [] },
  0x23: { kind: 'waitable.join', operands: [] },
  0x26: { kind: 'thread.index', operands: [] },
  0x27: { kind: 'thread.new-indirect', operands: ['coreType', 'table'] },
  0x28: { kind: 'thread.resume-later', operands: [] },
  0x29: { kind: 'thread.suspend', operands: ['flag'] },
  0x0c: { kind: 'thread.yield', operands: ['flag'] },
  0x2a: { kind: 'thread.suspend-then-resume', operands: ['flag'] },
  0x2b: { kind: 'thread.yield-then-resume', operands: ['flag'] },
  0x2c: { kind: 'thread.suspend-then-promote', operands: ['flag'] },
  0x2d: { kind: 'thread.yield-then-promote', operands: ['flag'] },
  0x40: { kind: 'thread.spawn-ref', operands: ['flag', 'coreType'] },
  0x41: { kind: 'thread.spawn-indirect', operands: ['flag', 'coreType', 'table'] },
  0x42: { kind: 'thread.available-parallelism', operands: ['flag'] },
};

/** The opcode of canonical definition `kind` (the writer's side of the table above). */
export function canonOpcode(kind: string): number {
  const entry = Object.entries(shapes).find(([, shape]) => shape.kind === kind);
  if (!entry) throw new Error(`internal: no canonical definition ${kind}`);
  return Number(entry[0]);
}

const referenceSorts: Partial<Record<Operand, Sort>> = {
  coreFunc: { core: 'func' },
  func: { component: 'func' },
  type: { component: 'type' },
  coreType: { core: 'type' },
  table: { core: 'table' },
  memory: { core: 'memory' },
};

function readOptions(r: ByteReader, scope: Scope): CanonOption[] {
  return r.vec(
    'canonical options',
    () => {
      const at = r.offset;
      const code = r.u8('a canonical option');
      const index = (sort: Sort, what: string): number => {
        const indexAt = r.offset;
        const value = r.u32(`(${what} index)`);
        scope.check(r, indexAt, sort, value, `${what} option`);
        return value;
      };
      switch (code) {
        case 0x00:
          return { kind: 'string-encoding', encoding: 'utf8' };
        case 0x01:
          return { kind: 'string-encoding', encoding: 'utf16' };
        case 0x02:
          return { kind: 'string-encoding', encoding: 'latin1+utf16' };
        case 0x03:
          return { kind: 'memory', index: index({ core: 'memory' }, 'memory') };
        case 0x04:
          return { kind: 'realloc', index: index({ core: 'func' }, 'realloc') };
        case 0x05:
          return { kind: 'post-return', index: index({ core: 'func' }, 'post-return') };
        case 0x06:
          return { kind: 'async' };
        case 0x07:
          return { kind: 'callback', index: index({ core: 'func' }, 'callback') };
        default:
          return r.fail(`unknown canonical option 0x${hex(code)}`, at);
      }
    },
    LIMITS.canonicalOptions,
  );
}

function expectFuncSortByte(r: ByteReader, kind: string): void {
  const at = r.offset;
  const sort = r.u8(`the func sort byte of canon ${kind}`);
  if (sort !== 0x00) r.fail(`expected 0x00 (func) after canon ${kind}, found 0x${hex(sort)}`, at);
}

/** The sort a canonical definition adds to: `lift` makes a component func, the rest core funcs. */
export function canonSort(canon: Canon): Sort {
  return canon.kind === 'lift' ? { component: 'func' } : { core: 'func' };
}

export function readCanon(r: ByteReader, scope: Scope): Canon {
  const at = r.offset;
  const opcode = r.u8('a canonical definition');
  const shape = shapes[opcode];
  if (!shape) r.fail(`unknown canonical definition opcode 0x${hex(opcode)}`, at);
  if (shape.kind === 'lift' || shape.kind === 'lower') expectFuncSortByte(r, shape.kind);
  const canon: Canon = { kind: shape.kind, opcode, operands: {}, options: [] };
  for (const operand of shape.operands) {
    const operandAt = r.offset;
    switch (operand) {
      case 'options':
        canon.options = readOptions(r, scope);
        break;
      case 'resultList': {
        const form = r.u8('a result list');
        if (form === 0x00) canon.result = readValType(r, scope);
        else if (form === 0x01 && r.u8('the 0x00 of an empty result list') === 0x00)
          canon.result = null;
        else r.fail('malformed result list in canon task.return', operandAt);
        break;
      }
      case 'coreValType': {
        const type = readCoreValType(r);
        if (type !== 'i32') r.fail(`canon ${shape.kind} supports only i32`, operandAt);
        break;
      }
      case 'flag': {
        const flag = r.u8(`a flag of canon ${shape.kind}`);
        if (flag > 1)
          r.fail(`expected 0x00 or 0x01 in canon ${shape.kind}, found 0x${hex(flag)}`, operandAt);
        canon.operands[operand] = flag;
        break;
      }
      default: {
        const value = r.u32(`(${operand} operand of canon ${shape.kind})`);
        const sort = referenceSorts[operand];
        if (sort) scope.check(r, operandAt, sort, value, `canon ${shape.kind}`);
        canon.operands[operand] = value;
      }
    }
  }
  return canon;
}
