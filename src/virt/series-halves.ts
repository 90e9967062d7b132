import type { ExternItem } from '../inspect/component-interface.js';
import { WASI_P3_VERSION } from './wasi-interfaces.js';

/** A WASI import whose version says its series (wasi:config keeps a draft version of its own). */
const wasiVersionOf = (item: ExternItem) =>
  item.interface?.namespace === 'wasi' && item.interface.package !== 'config'
    ? item.interface.version
    : undefined;

const isP3 = (item: ExternItem) => wasiVersionOf(item) === WASI_P3_VERSION;

/**
 * A component that imports WASI 0.3 beside WASI 0.2 (as componentize-py and componentize-js
 * build a 0.3 world: their runtimes import 0.2.x) is served by two adapters, one per series:
 * its imports split in two, the 0.3 ones and all the others. Undefined for any other component.
 */
export function seriesHalves(
  imports: ExternItem[],
): { p2: ExternItem[]; p3: ExternItem[] } | undefined {
  const p3 = imports.filter(isP3);
  const p2 = imports.filter((item) => !isP3(item));
  const mixed = p3.length > 0 && p2.some((item) => wasiVersionOf(item) !== undefined);
  return mixed ? { p2, p3 } : undefined;
}
