import { casesOf, discriminantSize, fieldOffsets, flatCount, variantLayout } from './abi-layout.js';
import type { VirtPlan } from './plan.js';
import { WitTypes, type WitType } from './wit-types.js';

/**
 * A value's shape as the `--debug` trace reads it (adapter/src/runtime/trace.c), in
 * prefix form, with the canonical ABI's offsets worked out here:
 *   u<size> s<size> b h           an integer, a bool, a handle
 *   S L l                         a string (quoted), a list<u8> (`<N bytes>`), another list (`<N items>`)
 *   E<d><count>, name| …          an enum with a <d>-byte discriminant
 *   F<size>                       flags, as a number
 *   V<d><at>,<count>, name|P …    a variant (options and results too): each case's name, then its
 *                                 payload's shape P or `_`; the payload is <at> bytes in
 *   R<count>, <at>,name|P …       a record: each field's offset, name and shape
 *   T<count>, <at>,P …            a tuple
 */
export function shapeOf(type: WitType): string {
  switch (type.kind) {
    case 'int':
      return `${type.signed ? 's' : 'u'}${type.size}`;
    case 'float':
      return `u${type.size}`;
    case 'char':
      return 'u4';
    case 'bool':
      return 'b';
    case 'handle':
      return 'h';
    case 'string':
      return 'S';
    case 'list':
      return type.of.kind === 'int' && type.of.size === 1 ? 'L' : 'l';
    case 'enum':
      return `E${discriminantSize(type.cases.length)}${type.cases.length},${type.cases.map((c) => `${c}|`).join('')}`;
    case 'flags':
      return `F${type.count <= 8 ? 1 : type.count <= 16 ? 2 : 4}`;
    case 'record': {
      const { offsets } = fieldOffsets(type.fields.map(([, t]) => t));
      const fields = type.fields.map(([name, t], i) => `${offsets[i]},${name}|${shapeOf(t)}`);
      return `R${fields.length},${fields.join('')}`;
    }
    case 'tuple': {
      const { offsets } = fieldOffsets(type.items);
      return `T${type.items.length},${type.items.map((t, i) => `${offsets[i]},${shapeOf(t)}`).join('')}`;
    }
    default: {
      const cases = casesOf(type)!;
      const { payloadAt } = variantLayout(cases.map(([, t]) => t));
      const body = cases.map(([name, t]) => `${name}|${t ? shapeOf(t) : '_'}`).join('');
      return `V${discriminantSize(cases.length)}${payloadAt},${cases.length},${body}`;
    }
  }
}

/** The most flat results the canonical ABI returns as values; beyond it, one pointer. */
const MAX_FLAT_RESULTS = 1;

/** How the trace shows a function's result: its shape, and whether the core result points to it. */
export interface ResultShape {
  shape: string;
  indirect: boolean;
}

export function resultShape(type: WitType | undefined): ResultShape | undefined {
  if (!type) return undefined;
  const flat = flatCount(type);
  return flat === 0 ? undefined : { shape: shapeOf(type), indirect: flat > MAX_FLAT_RESULTS };
}

/** resultShape of an export of the plan, by its core name (`wasi:io/streams@0.2.12#[method]input-stream.read`). */
export function resultShapeFor(plan: VirtPlan): (name: string) => ResultShape | undefined {
  const types = new WitTypes();
  return (name) => {
    const [iface, fn] = name.split('#') as [string, string];
    const planned = plan.interfaces.find((v) => v.name === iface);
    const signature = planned?.iface.functions[fn];
    return signature ? resultShape(types.resultOf(signature, planned.iface)) : undefined;
  };
}
