import type { CanonOption } from '../../component/ast.js';
import { flatCount } from '../abi-layout.js';
import type { WasiInterface } from '../wasi-package.js';
import { WitTypes, type WitType } from '../wit-types.js';

/** The canonical ABI's limits on flat values (CanonicalABI.md: MAX_FLAT_PARAMS, MAX_FLAT_RESULTS). */
const MAX_FLAT_PARAMS = 16;
const MAX_FLAT_RESULTS = 1;

const witTypes = new WitTypes();

function parts(t: WitType): WitType[] {
  switch (t.kind) {
    case 'list':
    case 'option':
      return [t.of];
    case 'result':
      return [t.ok, t.err].filter((x) => x !== undefined);
    case 'tuple':
      return t.items;
    case 'record':
      return t.fields.map(([, f]) => f);
    case 'variant':
      return t.cases.flatMap(([, c]) => (c ? [c] : []));
    default:
      return [];
  }
}

const some = (t: WitType, test: (t: WitType) => boolean): boolean =>
  test(t) || parts(t).some((p) => some(p, test));
const inMemory = (t: WitType) => t.kind === 'string' || t.kind === 'list';
const isString = (t: WitType) => t.kind === 'string';

/** What lifting or lowering a function needs: linear memory, an allocator, a string encoding. */
export interface AbiNeeds {
  memory: boolean;
  realloc: boolean;
  strings: boolean;
}

/**
 * What the canonical ABI needs to lift (`lift`: the adapter's export) or lower (`lower`: a host
 * function the adapter calls) a function of `iface`: memory when a value lives there (strings,
 * lists, parameters or results past the flat limits), an allocator for the values the callee's
 * side receives in memory.
 */
export function abiNeeds(
  iface: WasiInterface,
  name: string,
  direction: 'lift' | 'lower',
): AbiNeeds {
  const known = needsOf.get(iface) ?? new Map<string, AbiNeeds>();
  needsOf.set(iface, known);
  const key = `${direction} ${name}`;
  let needs = known.get(key);
  if (!needs) known.set(key, (needs = Object.freeze(needsOfFunction(iface, name, direction))));
  return needs;
}

/** abiNeeds' answers, by catalogue interface: they follow from the catalogue alone. */
const needsOf = new WeakMap<WasiInterface, Map<string, AbiNeeds>>();

function needsOfFunction(
  iface: WasiInterface,
  name: string,
  direction: 'lift' | 'lower',
): AbiNeeds {
  const signature = iface.functions[name]!;
  const params = witTypes.paramsOf(signature, iface);
  const result = name.startsWith('[constructor]') ? undefined : witTypes.resultOf(signature, iface);
  const self = name.startsWith('[method]') ? 1 : 0;
  const flatParams = params.reduce((n, p) => n + flatCount(p), self);
  const memParams = params.some((p) => some(p, inMemory));
  const memResult = result !== undefined && some(result, inMemory);
  const spills = flatParams > MAX_FLAT_PARAMS;
  const memory =
    memParams || memResult || spills || (result ? flatCount(result) : 0) > MAX_FLAT_RESULTS;
  const realloc = direction === 'lift' ? memParams || spills : memResult;
  const strings = [...params, ...(result ? [result] : [])].some((t) => some(t, isString));
  return { memory, realloc, strings };
}

/** The canonical options for `needs`, given the memory and allocator's core indices. */
export function canonOptions(
  needs: AbiNeeds,
  memory: () => number,
  realloc: () => number,
): CanonOption[] {
  return [
    ...(needs.memory ? [{ kind: 'memory' as const, index: memory() }] : []),
    ...(needs.realloc ? [{ kind: 'realloc' as const, index: realloc() }] : []),
    ...(needs.strings ? [{ kind: 'string-encoding' as const, encoding: 'utf8' as const }] : []),
  ];
}
