import type { WitType } from './wit-types.js';
import { alignTo } from './align.js';

/** Size and alignment of a value in linear memory, by the canonical ABI. */
export interface Layout {
  size: number;
  align: number;
}

/** Bytes of the discriminant of a variant or enum with `cases` cases. */
export const discriminantSize = (cases: number): 1 | 2 | 4 =>
  cases <= 1 << 8 ? 1 : cases <= 1 << 16 ? 2 : 4;

/** The cases of an option, result or variant, as a variant's payloads. */
export function casesOf(type: WitType): [string, WitType | undefined][] | undefined {
  switch (type.kind) {
    case 'option':
      return [
        ['none', undefined],
        ['some', type.of],
      ];
    case 'result':
      return [
        ['ok', type.ok],
        ['err', type.err],
      ];
    case 'variant':
      return type.cases;
    default:
      return undefined;
  }
}

/** The offsets of consecutive fields and the layout of the whole (records and tuples). */
export function fieldOffsets(types: WitType[]): { offsets: number[]; layout: Layout } {
  let end = 0;
  let align = 1;
  const offsets = types.map((t) => {
    const l = layoutOf(t);
    const at = alignTo(end, l.align);
    end = at + l.size;
    align = Math.max(align, l.align);
    return at;
  });
  return { offsets, layout: { size: alignTo(end, align), align } };
}

/** Where a variant's payload starts, and the layout of the whole. */
export function variantLayout(cases: (WitType | undefined)[]): {
  payloadAt: number;
  layout: Layout;
} {
  const d = discriminantSize(cases.length);
  const payloads = cases.map((c) => (c ? layoutOf(c) : { size: 0, align: 1 }));
  const align = Math.max(d, ...payloads.map((p) => p.align));
  const payloadAt = alignTo(d, Math.max(1, ...payloads.map((p) => p.align)));
  const size = alignTo(payloadAt + Math.max(0, ...payloads.map((p) => p.size)), align);
  return { payloadAt, layout: { size, align } };
}

export function layoutOf(type: WitType): Layout {
  switch (type.kind) {
    case 'int':
    case 'float':
      return { size: type.size, align: type.size };
    case 'bool':
      return { size: 1, align: 1 };
    case 'char':
    case 'handle':
      return { size: 4, align: 4 };
    case 'string':
    case 'list':
      return { size: 8, align: 4 };
    case 'enum': {
      const d = discriminantSize(type.cases.length);
      return { size: d, align: d };
    }
    case 'flags':
      return type.count === 0
        ? { size: 0, align: 1 }
        : type.count <= 8
          ? { size: 1, align: 1 }
          : type.count <= 16
            ? { size: 2, align: 2 }
            : { size: 4 * Math.ceil(type.count / 32), align: 4 };
    case 'record':
      return fieldOffsets(type.fields.map(([, t]) => t)).layout;
    case 'tuple':
      return fieldOffsets(type.items).layout;
    default:
      return variantLayout(casesOf(type)!.map(([, t]) => t)).layout;
  }
}

/** How many core values the canonical ABI flattens a value into. */
export function flatCount(type: WitType): number {
  switch (type.kind) {
    case 'string':
    case 'list':
      return 2;
    case 'flags':
      return Math.ceil(type.count / 32);
    case 'record':
      return type.fields.reduce((n, [, t]) => n + flatCount(t), 0);
    case 'tuple':
      return type.items.reduce((n, t) => n + flatCount(t), 0);
    case 'option':
    case 'result':
    case 'variant':
      return 1 + Math.max(0, ...casesOf(type)!.map(([, t]) => (t ? flatCount(t) : 0)));
    default:
      return 1;
  }
}
