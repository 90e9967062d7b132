import { scanBody, type BodyRefs } from './instructions.js';
import { importedFunctions, type CoreModuleModel } from './module-model.js';

/** The function indices a module can run from `roots`, and what each reached body refers to. */
export interface Reachability {
  functions: Set<number>;
  /** The refs of each reached defined function's body, by function index. */
  bodies: Map<number, BodyRefs>;
  /** Whether a reached body uses the element segments (instructions.ts): all they list is then reached. */
  usesElements: boolean;
}

/**
 * What each body scanned so far refers to, by the body's bytes: a prebuilt module's bodies are
 * the same bytes in every generation, and bodies are replaced, never written into. The refs are
 * only read.
 */
const scanned = new WeakMap<Uint8Array, BodyRefs>();

function bodyRefs(body: Uint8Array): BodyRefs {
  let refs = scanned.get(body);
  if (!refs) scanned.set(body, (refs = scanBody(body)));
  return refs;
}

/**
 * Follows calls and function references from `roots` (function indices) over
 * the module: an imported function is reached but leads nowhere; a call through
 * a table (or a function reference) reaches every function an element segment lists.
 */
export function reachableFunctions(m: CoreModuleModel, roots: Iterable<number>): Reachability {
  const imported = importedFunctions(m);
  const result: Reachability = { functions: new Set(), bodies: new Map(), usesElements: false };
  const pending = [...roots];
  if (m.start !== undefined) pending.push(m.start);
  const reach = (index: number) => {
    if (!result.functions.has(index)) pending.push(index);
  };
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (result.functions.has(index)) continue;
    result.functions.add(index);
    if (index < imported) continue;
    const body = m.code[index - imported];
    if (!body) throw new Error(`function ${index} is not in the module`);
    const refs = bodyRefs(body);
    result.bodies.set(index, refs);
    for (const ref of refs.functions) reach(ref.index);
    if (refs.usesElements && !result.usesElements) {
      result.usesElements = true;
      for (const segment of m.elements) segment.functions.forEach(reach);
    }
  }
  return result;
}
