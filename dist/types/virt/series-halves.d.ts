import type { ExternItem } from '../inspect/component-interface.js';
/**
 * A component that imports WASI 0.3 beside WASI 0.2 (as componentize-py and componentize-js
 * build a 0.3 world: their runtimes import 0.2.x) is served by two adapters, one per series:
 * its imports split in two, the 0.3 ones and all the others. Undefined for any other component.
 */
export declare function seriesHalves(imports: ExternItem[]): {
    p2: ExternItem[];
    p3: ExternItem[];
} | undefined;
