import type { PrimValType } from '../component/ast.js';
import { usedInterface } from './wit-declarations.js';
import { splitTopLevel } from './wit-types.js';
import type { WasiInterface } from './wasi-package.js';

/**
 * The declarations and signatures of the generated catalogue (one WIT declaration a line, in the
 * restricted form scripts/build-wasi-catalogue.mjs writes) read into a structure the adapter's
 * component wrapper (wrap-adapter.ts) encodes. Read at run time: the lines are few and short,
 * and WitTypes (wit-types.ts) reads the same lines for the ABI, so the catalogue keeps one form.
 */

/** A WIT type expression; `named` is a type the interface declares or `use`s (a resource: own). */
export type WitRef =
  | { prim: PrimValType }
  | { list: WitRef }
  | { option: WitRef }
  | { result: { ok?: WitRef; err?: WitRef } }
  | { tuple: WitRef[] }
  | { own: string }
  | { borrow: string }
  | { named: string }
  | { stream: { element?: WitRef } }
  | { future: { element?: WitRef } };

export type WitDecl =
  | { kind: 'use'; from: string; names: { source: string; local: string }[] }
  | { kind: 'resource'; name: string }
  | { kind: 'record'; name: string; fields: [string, WitRef][] }
  | { kind: 'variant'; name: string; cases: [string, WitRef | undefined][] }
  | { kind: 'enum' | 'flags'; name: string; names: string[] }
  | { kind: 'alias'; name: string; type: WitRef };

export interface WitFunction {
  params: [string, WitRef][];
  result?: WitRef;
  /** An `async func` (WASI 0.3): its component type says so. */
  async?: boolean;
}

const PRIMS = new Set<string>([
  'bool',
  's8',
  'u8',
  's16',
  'u16',
  's32',
  'u32',
  's64',
  'u64',
  'f32',
  'f64',
  'char',
  'string',
]);

const unescape = (name: string) => name.trim().replace(/^%/, '');

export function parseRef(text: string): WitRef {
  const t = text.trim();
  const open = t.indexOf('<');
  if (open < 0) {
    if (t === 'result') return { result: {} };
    return PRIMS.has(t) ? { prim: t as PrimValType } : { named: unescape(t) };
  }
  const head = t.slice(0, open).trim();
  const args = splitTopLevel(t.slice(open + 1, -1));
  switch (head) {
    case 'list':
      return { list: parseRef(args[0]!) };
    case 'option':
      return { option: parseRef(args[0]!) };
    case 'tuple':
      return { tuple: args.map(parseRef) };
    case 'own':
      return { own: unescape(args[0]!) };
    case 'borrow':
      return { borrow: unescape(args[0]!) };
    case 'result': {
      const [ok, err] = args.map((a) => (a === '_' ? undefined : parseRef(a)));
      return { result: { ...(ok ? { ok } : {}), ...(err ? { err } : {}) } };
    }
    case 'stream':
      return { stream: { element: parseRef(args[0]!) } };
    case 'future':
      return { future: { element: parseRef(args[0]!) } };
  }
  throw new Error(`internal: unknown WIT type ${t}`);
}

/** One catalogue declaration of `iface` (`record datetime { seconds: u64, … }`, `use x.{a};`). */
export function parseDecl(decl: string, iface: WasiInterface): WitDecl {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) {
    const names = use[1]!.split(',').map((item) => {
      const [source, local] = item.trim().split(/\s+as\s+/);
      return { source: unescape(source!), local: unescape(local ?? source!) };
    });
    return { kind: 'use', from: usedInterface(decl, iface)!, names };
  }
  const match =
    /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
  if (!match) throw new Error(`internal: unreadable WIT declaration in ${iface.id}: ${decl}`);
  const [, keyword, name] = match as unknown as [string, string, string, string];
  const body = match[3]!.replace(/^[{=]\s*/, '').replace(/\s*[};]$/, '');
  switch (keyword) {
    case 'resource':
      return { kind: 'resource', name };
    case 'type':
      return { kind: 'alias', name, type: parseRef(body) };
    case 'enum':
    case 'flags':
      return { kind: keyword, name, names: splitTopLevel(body).map(unescape) };
    case 'record':
      return {
        kind: 'record',
        name,
        fields: splitTopLevel(body).map((field) => {
          const colon = field.indexOf(':');
          return [unescape(field.slice(0, colon)), parseRef(field.slice(colon + 1))];
        }),
      };
    default:
      return {
        kind: 'variant',
        name,
        cases: splitTopLevel(body).map((c) => {
          const open = c.indexOf('(');
          return open < 0
            ? [unescape(c), undefined]
            : [unescape(c.slice(0, open)), parseRef(c.slice(open + 1, -1))];
        }),
      };
  }
}

/** The names a declaration introduces in its interface. */
export const declNames = (decl: WitDecl): string[] =>
  decl.kind === 'use' ? decl.names.map((n) => n.local) : [decl.name];

/**
 * A function of the catalogue by its component-level name and signature, with a method's
 * `self: borrow<R>` and a constructor's `own<R>` result put back.
 */
export function parseFunction(name: string, signature: string): WitFunction {
  const open = signature.indexOf('(');
  let close = open;
  for (let depth = 0, i = open; i < signature.length; i++) {
    if (signature[i] === '(') depth++;
    else if (signature[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  const params = splitTopLevel(signature.slice(open + 1, close)).map((param): [string, WitRef] => {
    const colon = param.indexOf(':');
    return [unescape(param.slice(0, colon)), parseRef(param.slice(colon + 1))];
  });
  const arrow = /^\s*->\s*(.+)$/.exec(signature.slice(close + 1));
  const method = /^\[method\]([^.]+)\./.exec(name);
  if (method) params.unshift(['self', { borrow: method[1]! }]);
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return { params, result: { own: constructor[1]! } };
  return {
    params,
    ...(arrow ? { result: parseRef(arrow[1]!) } : {}),
    ...(/^\s*async\s/.test(signature) ? { async: true } : {}),
  };
}

/** The named types a type expression refers to, in order of appearance. */
export function refNames(ref: WitRef, out: string[] = []): string[] {
  if ('named' in ref) out.push(ref.named);
  else if ('own' in ref) out.push(ref.own);
  else if ('borrow' in ref) out.push(ref.borrow);
  else if ('list' in ref) refNames(ref.list, out);
  else if ('option' in ref) refNames(ref.option, out);
  else if ('tuple' in ref) ref.tuple.forEach((r) => refNames(r, out));
  else if ('stream' in ref || 'future' in ref) {
    const element = 'stream' in ref ? ref.stream.element : ref.future.element;
    if (element) refNames(element, out);
  } else if ('result' in ref) {
    if (ref.result.ok) refNames(ref.result.ok, out);
    if (ref.result.err) refNames(ref.result.err, out);
  }
  return out;
}

/** The named types a declaration's definition refers to (a `use`: none here). */
export function declRefs(decl: WitDecl): string[] {
  switch (decl.kind) {
    case 'record':
      return decl.fields.flatMap(([, r]) => refNames(r));
    case 'variant':
      return decl.cases.flatMap(([, r]) => (r ? refNames(r) : []));
    case 'alias':
      return refNames(decl.type);
    default:
      return [];
  }
}
