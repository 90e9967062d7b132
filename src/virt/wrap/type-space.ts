import type { DefType, DefValType, ValType } from '../../component/ast.js';
import type { WitDecl, WitFunction, WitRef } from '../wit-model.js';

const valKey = (v: ValType | undefined) =>
  v === undefined ? '_' : 'prim' in v ? v.prim : `#${v.typeIndex}`;

/** A string that tells type definitions apart (WIT names hold no `,`, `:` or `#`). */
function keyOf(type: DefType): string {
  if (type.kind === 'func')
    return `${type.async ? 'async ' : ''}func(${type.params.map((p) => `${p.name}:${valKey(p.type)}`).join(',')})${valKey(type.result)}`;
  if (type.kind !== 'defined') return JSON.stringify(type);
  const d = type.def;
  switch (d.kind) {
    case 'record':
      return `record(${d.fields.map((f) => `${f.name}:${valKey(f.type)}`).join(',')})`;
    case 'variant':
      return `variant(${d.cases.map((c) => `${c.name}:${valKey(c.type)}`).join(',')})`;
    case 'tuple':
      return `tuple(${d.types.map(valKey).join(',')})`;
    case 'enum':
    case 'flags':
      return `${d.kind}(${d.names.join(',')})`;
    case 'list':
      return `list(${valKey(d.element)})`;
    case 'option':
      return `option(${valKey(d.type)})`;
    case 'result':
      return `result(${valKey(d.ok)},${valKey(d.err)})`;
    case 'own':
    case 'borrow':
      return `${d.kind}(${d.typeIndex})`;
    case 'prim':
      return d.prim;
    default:
      return JSON.stringify(type);
  }
}

/** What a type name of an interface stands for in one index space: its index, and whether it is a resource. */
export type Names = Map<string, { index: number; resource: boolean }>;

/**
 * Writes WIT types into one type index space (a component's, a nested component's or an
 * instance type's) through `define`, each anonymous type once: a second `list<u8>` reuses the
 * first. Named types are looked up in the `Names` a call is given.
 */
export class TypeSpace {
  private readonly defined = new Map<string, number>();

  constructor(private readonly define: (type: DefType) => number) {}

  /** The index of a type definition, defined on first use. */
  type(type: DefType): number {
    const key = keyOf(type);
    let index = this.defined.get(key);
    if (index === undefined) {
      index = this.define(type);
      this.defined.set(key, index);
    }
    return index;
  }

  private def(def: DefValType): ValType {
    return { typeIndex: this.type({ kind: 'defined', def }) };
  }

  private named(name: string, names: Names): { index: number; resource: boolean } {
    const found = names.get(name);
    if (!found) throw new Error(`internal: the type ${name} is not declared before its use`);
    return found;
  }

  val(ref: WitRef, names: Names): ValType {
    if ('prim' in ref) return { prim: ref.prim };
    if ('named' in ref) {
      const { index, resource } = this.named(ref.named, names);
      return resource ? this.def({ kind: 'own', typeIndex: index }) : { typeIndex: index };
    }
    if ('own' in ref) return this.def({ kind: 'own', typeIndex: this.named(ref.own, names).index });
    if ('borrow' in ref)
      return this.def({ kind: 'borrow', typeIndex: this.named(ref.borrow, names).index });
    if ('list' in ref) return this.def({ kind: 'list', element: this.val(ref.list, names) });
    if ('option' in ref) return this.def({ kind: 'option', type: this.val(ref.option, names) });
    if ('tuple' in ref)
      return this.def({ kind: 'tuple', types: ref.tuple.map((r) => this.val(r, names)) });
    if ('stream' in ref || 'future' in ref) {
      const [kind, { element }] =
        'stream' in ref ? (['stream', ref.stream] as const) : (['future', ref.future] as const);
      return this.def({ kind, ...(element ? { element: this.val(element, names) } : {}) });
    }
    const { ok, err } = ref.result;
    return this.def({
      kind: 'result',
      ...(ok ? { ok: this.val(ok, names) } : {}),
      ...(err ? { err: this.val(err, names) } : {}),
    });
  }

  /** The definition of a declared value type (not a resource, not a `use`). */
  valueDecl(decl: WitDecl, names: Names): number {
    switch (decl.kind) {
      case 'record':
        return this.type({
          kind: 'defined',
          def: {
            kind: 'record',
            fields: decl.fields.map(([name, r]) => ({ name, type: this.val(r, names) })),
          },
        });
      case 'variant':
        return this.type({
          kind: 'defined',
          def: {
            kind: 'variant',
            cases: decl.cases.map(([name, r]) => ({
              name,
              ...(r ? { type: this.val(r, names) } : {}),
            })),
          },
        });
      case 'enum':
        return this.type({ kind: 'defined', def: { kind: 'enum', names: decl.names } });
      case 'flags':
        return this.type({ kind: 'defined', def: { kind: 'flags', names: decl.names } });
      case 'alias': {
        // `type headers = fields` names the resource itself, not an own handle of it.
        if ('named' in decl.type) return this.named(decl.type.named, names).index;
        const val = this.val(decl.type, names);
        return 'prim' in val
          ? this.type({ kind: 'defined', def: { kind: 'prim', prim: val.prim } })
          : val.typeIndex;
      }
      default:
        throw new Error(`internal: ${decl.kind} ${JSON.stringify(decl)} is not a value type`);
    }
  }

  func(fn: WitFunction, names: Names): number {
    return this.type({
      kind: 'func',
      async: fn.async ?? false,
      params: fn.params.map(([name, r]) => ({ name, type: this.val(r, names) })),
      ...(fn.result ? { result: this.val(fn.result, names) } : {}),
    });
  }
}
