import { readModuleModel, type CoreExport } from '../component/core/module-model.js';
import { writeModuleModel } from '../component/core/write-module.js';
import { WASI_P3_INTERFACES, WASI_P3_VERSION } from './p3-interfaces.js';

/**
 * The 0.3 functions the adapter serves with a 0.2 function of another name (`id#function`): the
 * same core ABI under a name WASI 0.3 changed. The rest keep their interface and name.
 */
const FROM_0_2: Record<string, string> = {
  'wasi:cli/environment#get-initial-cwd': 'wasi:cli/environment#initial-cwd',
  'wasi:random/insecure-seed#get-insecure-seed': 'wasi:random/insecure-seed#insecure-seed',
  'wasi:clocks/monotonic-clock#get-resolution': 'wasi:clocks/monotonic-clock#resolution',
  'wasi:clocks/system-clock#now': 'wasi:clocks/wall-clock#now',
  // wall-clock's resolution is a datetime, system-clock's a duration: the monotonic clock's is
  // one, and the same nanosecond whenever the adapter serves the clocks (--fixed-time).
  'wasi:clocks/system-clock#get-resolution': 'wasi:clocks/monotonic-clock#resolution',
};

/** A 0.2 interface function of the prebuilt adapter: `wasi:cli/exit@0.2.12#exit` → its id and function. */
const P2_NAME = /^([^@#[\]]+)@0\.2\.\d+#(.+)$/;
/** A host import's module at a 0.2 version: `wasi:cli/environment@0.2.12` → its id. */
const P2_MODULE = /^([^@[\]]+)@0\.2\.\d+$/;
/** The module of an exported interface's built-ins at a 0.2 version: `[export]wasi:cli/stdin@0.2.12`. */
const P2_EXPORTED = /^\[export\]([^@[\]]+)@0\.2\.\d+$/;

/** wasi:config, served at its draft version at 0.2 and 0.3 alike. */
const AS_IS = WASI_P3_INTERFACES.filter((i) => i.series === '0.2').map((i) => `${i.id}@`);

/**
 * An export the 0.3 module keeps under its name: the runtime's (the memory, the allocator, the
 * generator's globals and trace functions) and wasi:config's.
 */
const keptAsIs = (name: string) => !name.includes('#') || AS_IS.some((p) => name.startsWith(p));

/** The resources an interface declares: `resource descriptor` → `descriptor`. */
const resourcesOf = (types: string[]) =>
  types.flatMap((t) => /^resource ([\w-]+)/.exec(t)?.[1] ?? []);

/**
 * Every 0.3 function the adapter serves (`id#function`), with the 0.2 one (`id#function`) that
 * serves it; the destructors of the resources it serves among them (`id#[dtor]descriptor`).
 */
const SERVED: [string, string][] = WASI_P3_INTERFACES.filter((i) => i.series === '0.3').flatMap(
  (iface) =>
    [...Object.keys(iface.functions), ...resourcesOf(iface.types).map((r) => `[dtor]${r}`)].map(
      (fn): [string, string] => {
        const key = `${iface.id}#${fn}`;
        return [key, FROM_0_2[key] ?? key];
      },
    ),
);

/**
 * The C code's variant of a 0.2 export for 0.3, where 0.3 keeps the core signature but lays the
 * result out differently (adapter/src/fs/p3.c): the 0.2 name with `[0.3]` in front. It wins
 * over the plain export here, and is never kept at 0.2 (adapter-exports.ts knows no such name).
 */
const P3_VARIANT = '[0.3]';

/** The resources a served 0.3 interface declares, by interface id. */
const SERVED_RESOURCES = new Map(
  WASI_P3_INTERFACES.filter((i) => i.series === '0.3').map((i) => [i.id, resourcesOf(i.types)]),
);
/** A resource's intrinsic an adapter imports: `[resource-new]descriptor` → `descriptor`. */
const INTRINSIC = /^\[resource-(?:new|rep|drop)\](.+)$/;

/** Whether an import of the module of interface `id`'s built-ins is one 0.3 serves. */
function servedBuiltIn(id: string, name: string): boolean {
  const resource = INTRINSIC.exec(name)?.[1];
  if (resource) return SERVED_RESOURCES.get(id)?.includes(resource) ?? false;
  // The stream and future built-ins of a function 0.3 serves (stdin's read-via-stream).
  return SERVED.some(
    ([p3]) => p3.startsWith(`${id}#`) && name.endsWith(`]${p3.slice(id.length + 1)}`),
  );
}

/**
 * The prebuilt adapter core module as a WASI 0.3 adapter: its exports of the functions 0.3 keeps
 * the core ABI of, and its calls of the same functions on the host, renamed to their 0.3
 * interfaces and names (`wasi:clocks/wall-clock@0.2.12#now` → `wasi:clocks/system-clock@0.3.0#now`);
 * its other interface exports (0.2's, their variants, the HTTP bridge) left out. wasi:config keeps
 * its draft version. Specialisation (specialize-adapter.ts) then cuts it down to a 0.3 plan as it
 * does the 0.2 module to a 0.2 plan.
 */
export function p3AdapterModule(adapter: Uint8Array): Uint8Array {
  const m = readModuleModel(adapter);
  const p2Exports = new Map<string, CoreExport>();
  for (const exp of m.exports) {
    const variant = exp.name.startsWith(P3_VARIANT);
    const parts = P2_NAME.exec(variant ? exp.name.slice(P3_VARIANT.length) : exp.name);
    const key = parts && `${parts[1]}#${parts[2]}`;
    if (key && (variant || !p2Exports.has(key))) p2Exports.set(key, exp);
  }
  // One export of the prebuilt module may serve two 0.3 functions, under both names. (A plain
  // 0.2 export a `[0.3]` variant replaces is left out with the other 0.2 exports.)
  const served: CoreExport[] = SERVED.flatMap(([p3, p2]) => {
    const exp = p2Exports.get(p2);
    const [id, fn] = p3.split('#') as [string, string];
    return exp ? [{ ...exp, name: `${id}@${WASI_P3_VERSION}#${fn}` }] : [];
  });
  m.exports = [...m.exports.filter((e) => keptAsIs(e.name)), ...served];
  for (const imp of m.imports) {
    const exported = P2_EXPORTED.exec(imp.module)?.[1];
    if (exported && servedBuiltIn(exported, imp.name))
      imp.module = `[export]${exported}@${WASI_P3_VERSION}`;
    const id = P2_MODULE.exec(imp.module)?.[1];
    const from = `${id}#${imp.name}`;
    // A function serving two (the monotonic clock's resolution) calls the host's of its own interface.
    const to =
      id &&
      (SERVED.find(([p3, p2]) => p2 === from && p3.startsWith(`${id}#`)) ??
        SERVED.find(([, p2]) => p2 === from))?.[0];
    if (!to) continue;
    const [p3Id, fn] = to.split('#') as [string, string];
    imp.module = `${p3Id}@${WASI_P3_VERSION}`;
    imp.name = fn;
  }
  return writeModuleModel(m);
}
