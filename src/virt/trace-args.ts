import { flatCount } from './abi-layout.js';
import type { VirtPlan } from './plan.js';
import type { WasiInterface } from './wasi-interfaces.js';
import { WitTypes, type WitType } from './wit-types.js';

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

const types = new WitTypes();

/** Kinds of a parameter's flat values. */
function flat(type: WitType): ArgKind[] {
  if (type.kind === 'string') return ['string', 'value'];
  if (type.kind === 'list' && type.of.kind === 'int' && type.of.size === 1)
    return ['bytes', 'value'];
  return plainValues(flatCount(type));
}

/**
 * The kind of each core argument of `fn` (a `[method]` takes its self first);
 * all values when the parameters do not match the core arguments.
 */
export function traceArgKinds(iface: WasiInterface, fn: string, coreParams: number): ArgKind[] {
  const signature = iface.functions[fn];
  if (!signature || coreParams > MAX_FLAT_PARAMS) return plainValues(coreParams);
  const kinds: ArgKind[] = [
    ...(fn.startsWith('[method]') ? ['value' as const] : []),
    ...types.paramsOf(signature, iface).flatMap(flat),
  ];
  return kinds.length === coreParams ? kinds : plainValues(coreParams);
}

/** traceArgKinds for an export of the plan, by its core name (`wasi:cli/environment@0.2.12#get-environment`). */
export const argKindsFor =
  (plan: VirtPlan) =>
  (name: string, coreParams: number): ArgKind[] => {
    const [iface, fn] = name.split('#') as [string, string];
    const planned = plan.interfaces.find((v) => v.name === iface);
    return planned ? traceArgKinds(planned.iface, fn, coreParams) : plainValues(coreParams);
  };
