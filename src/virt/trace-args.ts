import type { VirtPlan } from './plan.js';
import { WASI_INTERFACES, type WasiInterface } from './wasi-interfaces.js';

/**
 * How the `--debug` trace shows each core argument of a function: as the core
 * value, or a (pointer, length) pair starting here decoded as a quoted string
 * or as a byte count. Worked out from the function's WIT signature.
 */
export type ArgKind = 'value' | 'string' | 'bytes';

/** `count` arguments shown as their core values. */
const plainValues = (count: number): ArgKind[] => Array<ArgKind>(count).fill('value');

/** The most flat parameters passed as values; beyond it the canonical ABI passes one pointer. */
const MAX_FLAT_PARAMS = 16;
const SCALARS = new Set('bool s8 u8 s16 u16 s32 u32 s64 u64 f32 f64 char'.split(' '));

/** The parameter types of `func(a: T, b: U) -> R`, split at top-level commas. */
function paramTypes(signature: string): string[] {
  const open = signature.indexOf('(');
  const types: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = start; i < signature.length; i++) {
    const c = signature[i];
    if (c === '<' || c === '(') depth++;
    else if ((c === '>' || c === ')') && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      const param = signature.slice(start, i).trim();
      if (param) types.push(param.slice(param.indexOf(':') + 1).trim());
      if (c === ')') break;
      start = i + 1;
    }
  }
  return types;
}

/** Names an interface (and those it uses) declares as one core value: flags, enums, resources and scalar aliases. */
function oneValueNames(iface: WasiInterface): Set<string> {
  const ids = [iface.id, ...(iface.uses ?? [])];
  const names = new Set<string>();
  for (const other of WASI_INTERFACES.filter((i) => ids.includes(i.id)))
    for (const decl of other.types) {
      const match =
        /^(?:flags|enum|resource)\s+([a-z0-9-]+)/.exec(decl) ??
        /^type\s+([a-z0-9-]+)\s*=\s*([a-z0-9]+);$/.exec(decl);
      if (match && (match[2] === undefined || SCALARS.has(match[2]))) names.add(match[1]!);
    }
  return names;
}

/** Kinds of a type's flat values, or undefined when the trace does not know its shape. */
function flat(type: string, oneValue: Set<string>): ArgKind[] | undefined {
  if (type === 'string') return ['string', 'value'];
  if (type === 'list<u8>') return ['bytes', 'value'];
  if (type.startsWith('list<')) return ['value', 'value'];
  if (/^(?:borrow|own)</.test(type) || SCALARS.has(type) || oneValue.has(type)) return ['value'];
  return undefined;
}

/**
 * The kind of each core argument of `fn` (a `[method]` takes its self first),
 * as far as its parameters' shapes are known; the rest show as values.
 */
export function traceArgKinds(iface: WasiInterface, fn: string, coreParams: number): ArgKind[] {
  const kinds: ArgKind[] = fn.startsWith('[method]') ? ['value'] : [];
  const signature = iface.functions[fn];
  if (signature) {
    const oneValue = oneValueNames(iface);
    for (const type of paramTypes(signature)) {
      const shape = flat(type, oneValue);
      if (!shape) break;
      kinds.push(...shape);
    }
  }
  if (coreParams > MAX_FLAT_PARAMS || kinds.length > coreParams) return plainValues(coreParams);
  return [...kinds, ...plainValues(coreParams - kinds.length)];
}

/** traceArgKinds for an export of the plan, by its core name (`wasi:cli/environment@0.2.12#get-environment`). */
export const argKindsFor =
  (plan: VirtPlan) =>
  (name: string, coreParams: number): ArgKind[] => {
    const [iface, fn] = name.split('#') as [string, string];
    const planned = plan.interfaces.find((v) => v.name === iface);
    return planned ? traceArgKinds(planned.iface, fn, coreParams) : plainValues(coreParams);
  };
