import { I32, I64 } from '../../component/core/code-writer.js';
import type { FuncType } from '../../component/core/module-model.js';
import type {
  ComponentBuilder,
  StreamOrFutureBuiltin,
} from '../../component/write/component-builder.js';
import type { WasiInterface, WasiSeries } from '../wasi-package.js';
import { refNames, type WitRef } from '../wit-model.js';
import { definitionOf, functionOf } from './interface-decls.js';
import { TypeSpace, type Names } from './type-space.js';

/**
 * The stream and future built-ins an exported function's core code calls, imported from its
 * interface's `[export]` module under wit-component's names: `[future-write-1]read-via-stream`
 * is `future.write` of the second stream or future type in read-via-stream's signature.
 */
const BUILTIN = /^\[(stream|future)-(new|read|write|drop-readable|drop-writable)-(\d+)\](.+)$/;

export interface AsyncBuiltin {
  kind: StreamOrFutureBuiltin;
  /** Which stream or future type of the function's signature, in order of appearance. */
  nth: number;
  fn: string;
}

export function asyncBuiltinOf(name: string): AsyncBuiltin | undefined {
  const m = BUILTIN.exec(name);
  return m
    ? { kind: `${m[1]}.${m[2]}` as StreamOrFutureBuiltin, nth: Number(m[3]), fn: m[4]! }
    : undefined;
}

/** Whether a built-in copies values through linear memory (read, write): it needs the memory option. */
export const copiesValues = (b: AsyncBuiltin) => /\.(read|write)$/.test(b.kind);

/** A built-in's core signature (CanonicalABI.md: `canon {stream,future}.*`). */
export function builtinCoreType(b: AsyncBuiltin): FuncType {
  if (b.kind.endsWith('.new')) return { params: [], results: [I64] };
  if (b.kind.includes('.drop-')) return { params: [I32], results: [] };
  return { params: b.kind.startsWith('stream') ? [I32, I32, I32] : [I32, I32], results: [I32] };
}

/** The stream and future types in a type expression, outermost first, left to right. */
function asyncTypes(ref: WitRef, out: WitRef[] = []): WitRef[] {
  if ('stream' in ref || 'future' in ref) {
    out.push(ref);
    const element = 'stream' in ref ? ref.stream.element : ref.future.element;
    if (element) asyncTypes(element, out);
  } else if ('list' in ref) asyncTypes(ref.list, out);
  else if ('option' in ref) asyncTypes(ref.option, out);
  else if ('tuple' in ref) ref.tuple.forEach((r) => asyncTypes(r, out));
  else if ('result' in ref) {
    if (ref.result.ok) asyncTypes(ref.result.ok, out);
    if (ref.result.err) asyncTypes(ref.result.err, out);
  }
  return out;
}

/**
 * The built-ins' stream and future types, defined in the adapter component's own type space:
 * the types are structural, so these equal the exported function's. A named type in them must
 * be a value type of no further names (wasi:cli's error-code enum).
 */
export class AsyncBuiltinTypes {
  private readonly space: TypeSpace;

  constructor(
    b: ComponentBuilder,
    private readonly series: WasiSeries,
  ) {
    this.space = new TypeSpace((t) => b.defType(t));
  }

  typeOf(iface: WasiInterface, builtin: AsyncBuiltin): number {
    const fn = functionOf(iface, builtin.fn);
    const refs = [...fn.params.map(([, r]) => r), ...(fn.result ? [fn.result] : [])];
    const ref = refs.flatMap((r) => asyncTypes(r))[builtin.nth];
    if (!ref)
      throw new Error(`internal: ${iface.id}#${builtin.fn} has no stream or future ${builtin.nth}`);
    const names: Names = new Map();
    for (const name of refNames(ref)) {
      const { decl } = definitionOf(iface.id, name, this.series);
      names.set(name, { index: this.space.valueDecl(decl, new Map()), resource: false });
    }
    const val = this.space.val(ref, names);
    if ('prim' in val) throw new Error('internal: a stream or future type is a defined type');
    return val.typeIndex;
  }
}
