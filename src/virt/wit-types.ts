import { usedInterface } from './wit-declarations.js';
import { findInterface, type WasiInterface } from './wasi-interfaces.js';

/** A WIT value type with its named types resolved, as the canonical ABI lays it out. */
export type WitType =
  | { kind: 'int'; size: 1 | 2 | 4 | 8; signed: boolean }
  | { kind: 'float'; size: 4 | 8 }
  | { kind: 'bool' }
  | { kind: 'char' }
  | { kind: 'string' }
  | { kind: 'list'; of: WitType }
  /** own<T>, borrow<T> or a resource named bare. */
  | { kind: 'handle' }
  | { kind: 'option'; of: WitType }
  | { kind: 'result'; ok?: WitType; err?: WitType }
  | { kind: 'tuple'; items: WitType[] }
  | { kind: 'record'; fields: [string, WitType][] }
  | { kind: 'variant'; cases: [string, WitType | undefined][] }
  | { kind: 'enum'; cases: string[] }
  | { kind: 'flags'; count: number };

const PRIMITIVES: Record<string, WitType> = {
  bool: { kind: 'bool' },
  char: { kind: 'char' },
  string: { kind: 'string' },
  f32: { kind: 'float', size: 4 },
  f64: { kind: 'float', size: 8 },
  ...Object.fromEntries(
    ([1, 2, 4, 8] as const).flatMap((size) => [
      [`u${size * 8}`, { kind: 'int', size, signed: false }],
      [`s${size * 8}`, { kind: 'int', size, signed: true }],
    ]),
  ),
};

/** `a<b, c<d>>, e` → ['a<b, c<d>>', 'e']: splits at commas outside brackets and parentheses. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '(' || c === '{') depth++;
    else if (c === '>' || c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  return last ? [...parts, last] : parts;
}

const unescape = (name: string) => name.replace(/^%/, '');

/** `name<args>` → ['name', 'args']; a bare name → ['name', undefined]. */
function generic(text: string): [string, string | undefined] {
  const open = text.indexOf('<');
  return open < 0 ? [text, undefined] : [text.slice(0, open).trim(), text.slice(open + 1, -1)];
}

/**
 * Resolves WIT type expressions of an interface the adapter serves: its own declarations and,
 * through `use`, those of the interfaces (of its series) it takes types from.
 */
export class WitTypes {
  private readonly cache = new Map<string, WitType>();

  /** The type `text` (`result<list<u8>, stream-error>`) means inside `iface`. */
  parse(text: string, iface: WasiInterface): WitType {
    const [head, args] = generic(text.trim());
    const parts = args === undefined ? [] : splitTopLevel(args);
    switch (args === undefined ? undefined : head) {
      case 'list':
        return { kind: 'list', of: this.parse(parts[0]!, iface) };
      case 'option':
        return { kind: 'option', of: this.parse(parts[0]!, iface) };
      case 'own':
      case 'borrow':
      case 'stream': // a stream's or a future's end is a handle as well (CanonicalABI.md: lift_stream)
      case 'future':
        return { kind: 'handle' };
      case 'tuple':
        return { kind: 'tuple', items: parts.map((p) => this.parse(p, iface)) };
      case 'result': {
        const [ok, err] = parts.map((p) => (p === '_' ? undefined : this.parse(p, iface)));
        return { kind: 'result', ...(ok ? { ok } : {}), ...(err ? { err } : {}) };
      }
    }
    if (head === 'result') return { kind: 'result' };
    return PRIMITIVES[head] ?? this.named(unescape(head), iface);
  }

  /** The result type of a WIT function signature, or undefined for none. */
  resultOf(signature: string, iface: WasiInterface): WitType | undefined {
    const arrow = /\)\s*->\s*(.+)$/.exec(signature);
    return arrow ? this.parse(arrow[1]!, iface) : undefined;
  }

  /** The parameter types of a WIT function signature (a method's self not included). */
  paramsOf(signature: string, iface: WasiInterface): WitType[] {
    const open = signature.indexOf('(');
    let depth = 0;
    let close = open;
    for (let i = open; i < signature.length; i++) {
      if (signature[i] === '(') depth++;
      else if (signature[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    return splitTopLevel(signature.slice(open + 1, close)).map((param) =>
      this.parse(param.slice(param.indexOf(':') + 1), iface),
    );
  }

  private named(name: string, iface: WasiInterface): WitType {
    const key = `${iface.series}:${iface.id}#${name}`;
    let type = this.cache.get(key);
    if (!type) {
      type = this.declared(name, iface);
      this.cache.set(key, type);
    }
    return type;
  }

  private declared(name: string, iface: WasiInterface): WitType {
    for (const decl of iface.types) {
      const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
      if (use) {
        for (const item of use[1]!.split(',')) {
          const [source, local] = item.trim().split(/\s+as\s+/);
          if (unescape(local ?? source!) !== name) continue;
          const id = usedInterface(decl, iface)!;
          const from = findInterface(id, iface.series);
          if (!from) throw new Error(`internal: ${iface.id} uses ${id}, which is not described`);
          return this.named(unescape(source!), from);
        }
        continue;
      }
      const match =
        /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
      if (!match || match[2] !== name) continue;
      const body = match[3]!.replace(/^[{=]\s*/, '').replace(/\s*[};]$/, '');
      switch (match[1]) {
        case 'resource':
          return { kind: 'handle' };
        case 'type':
          return this.parse(body, iface);
        case 'enum':
          return { kind: 'enum', cases: splitTopLevel(body).map(unescape) };
        case 'flags':
          return { kind: 'flags', count: splitTopLevel(body).length };
        case 'record':
          return {
            kind: 'record',
            fields: splitTopLevel(body).map((field) => {
              const colon = field.indexOf(':');
              return [
                unescape(field.slice(0, colon).trim()),
                this.parse(field.slice(colon + 1), iface),
              ];
            }),
          };
        default:
          return {
            kind: 'variant',
            cases: splitTopLevel(body).map((c) => {
              const open = c.indexOf('(');
              return open < 0
                ? [unescape(c), undefined]
                : [unescape(c.slice(0, open).trim()), this.parse(c.slice(open + 1, -1), iface)];
            }),
          };
      }
    }
    throw new Error(`internal: ${iface.id} declares no type ${name}`);
  }
}
