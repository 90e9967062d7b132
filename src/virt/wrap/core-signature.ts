import { F32, F64, I32, I64 } from '../../component/core/code-writer.js';
import type { FuncType } from '../../component/core/module-model.js';
import { casesOf } from '../abi-layout.js';
import type { WasiInterface } from '../wasi-package.js';
import { WitTypes, type WitType } from '../wit-types.js';

const witTypes = new WitTypes();

/** Two flat values sharing a slot of a variant's payload (CanonicalABI.md: join). */
const join = (a: number, b: number) =>
  a === b ? a : (a === I32 && b === F32) || (a === F32 && b === I32) ? I32 : I64;

/** The core value types the canonical ABI flattens a value into (CanonicalABI.md: flatten_type). */
export function flatten(type: WitType): number[] {
  switch (type.kind) {
    case 'int':
      return [type.size === 8 ? I64 : I32];
    case 'float':
      return [type.size === 8 ? F64 : F32];
    case 'string':
    case 'list':
      return [I32, I32];
    case 'flags':
      return Array<number>(Math.ceil(type.count / 32)).fill(I32);
    case 'record':
      return type.fields.flatMap(([, t]) => flatten(t));
    case 'tuple':
      return type.items.flatMap(flatten);
    case 'option':
    case 'result':
    case 'variant': {
      const payload: number[] = [];
      for (const [, t] of casesOf(type)!)
        (t ? flatten(t) : []).forEach((v, i) => {
          payload[i] = payload[i] === undefined ? v : join(payload[i]!, v);
        });
      return [I32, ...payload];
    }
    default:
      return [I32];
  }
}

/**
 * The core signature of the adapter's export lifted as `iface`'s function `name`
 * (CanonicalABI.md: flatten_functype, lift): past 16 flat parameters one pointer to them, past
 * one flat result a pointer to the results.
 */
export function liftedCoreType(iface: WasiInterface, name: string): FuncType {
  const signature = iface.functions[name]!;
  const params = [
    ...(name.startsWith('[method]') ? [I32] : []),
    ...witTypes.paramsOf(signature, iface).flatMap(flatten),
  ];
  const result = name.startsWith('[constructor]') ? [I32] : resultFlat(signature, iface);
  return {
    params: params.length > 16 ? [I32] : params,
    results: result.length > 1 ? [I32] : result,
  };
}

function resultFlat(signature: string, iface: WasiInterface): number[] {
  const result = witTypes.resultOf(signature, iface);
  return result ? flatten(result) : [];
}
