import { type BodyRefs } from './instructions.js';
import { type CoreModuleModel } from './module-model.js';
/** The function indices a module can run from `roots`, and what each reached body refers to. */
export interface Reachability {
    functions: Set<number>;
    /** The refs of each reached defined function's body, by function index. */
    bodies: Map<number, BodyRefs>;
    /** Whether a reached body uses the element segments (instructions.ts): all they list is then reached. */
    usesElements: boolean;
}
/**
 * Follows calls and function references from `roots` (function indices) over
 * the module: an imported function is reached but leads nowhere; a call through
 * a table (or a function reference) reaches every function an element segment lists.
 */
export declare function reachableFunctions(m: CoreModuleModel, roots: Iterable<number>): Reachability;
