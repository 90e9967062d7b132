import type { VirtPlan } from './plan-model.js';
import {
  findInterface,
  plannedVersion,
  seriesOf,
  type WasiInterface,
  type WasiSeries,
} from './wasi-interfaces.js';
import { declaredNames, narrowUse, usedInterface } from './wit-declarations.js';

export const ADAPTER_WORLD = 'virt';

/**
 * A `use` naming the version the used interface is declared at here: interfaces of
 * one package may be served at different versions (an app that mixes 0.2.x releases),
 * so a same-package `use` stays short only when both share the version.
 */
function pinUse(
  decl: string,
  iface: WasiInterface,
  version: string,
  versionFor: (id: string) => string,
): string {
  const used = usedInterface(decl, iface);
  if (!used) return decl;
  const usedVersion = versionFor(used);
  const samePackage = used.startsWith(`${iface.package}/`);
  if (samePackage && usedVersion === version && !decl.includes('{version}')) return decl;
  return decl.replace(/^use\s+[^.\s]+(?:@[^.]+|@\{version\})?\./, `use ${used}@${usedVersion}.`);
}

const mentions = (text: string, name: string) => {
  let pattern = wordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-zA-Z0-9-])${name}([^a-zA-Z0-9-]|$)`);
    wordPatterns.set(name, pattern);
  }
  return pattern.test(text);
};

/** mentions' pattern for each catalogue type name, made once: a type name is asked about in every generation. */
const wordPatterns = new Map<string, RegExp>();

/** WIT keywords a WASI function is named after (udp-socket's `stream`), written `%stream`. */
const escape = (name: string) =>
  ['stream', 'future', 'type', 'flags'].includes(name) ? `%${name}` : name;

/** `[method]input-stream.read` → ['input-stream', 'read: func(…)'], free functions → [undefined, …]. */
function placeFunction(name: string, signature: string): [string | undefined, string] {
  const method = /^\[(method|static)\]([^.]+)\.(.+)$/.exec(name);
  if (method)
    return [
      method[2],
      `${escape(method[3]!)}: ${method[1] === 'static' ? 'static ' : ''}${signature};`,
    ];
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return [constructor[1], `constructor${signature.replace(/^func/, '')};`];
  return [undefined, `${name}: ${signature};`];
}

interface Body {
  /** The WIT text, written when asked for (adapterWit): generation needs the declarations only. */
  text: () => string;
  /** Interfaces (by id) whose types this body uses. */
  uses: string[];
  /** The declarations kept (catalogue form, `use`s narrowed), in WIT order. */
  decls: string[];
}

/**
 * The interface's WIT body with only `functions`, the types they need and the
 * types in `keep`. Without `keep` and functions (an interface whose types
 * another one uses), all its types.
 */
function interfaceBody(
  iface: WasiInterface,
  functions: string[],
  version: string,
  versionFor: (id: string) => string,
  keep?: string[],
): Body {
  const members = new Map<string | undefined, string[]>();
  for (const name of functions) {
    const [owner, line] = placeFunction(name, iface.functions[name]!);
    members.set(owner, [...(members.get(owner) ?? []), line]);
  }
  let mentioned = functions.map((f) => `${f} ${iface.functions[f]}`).join('\n');
  const decls: string[] = [];
  const uses: string[] = [];
  const narrow = functions.length > 0 || keep !== undefined;
  const wanted = (n: string) => !!keep?.includes(n) || mentions(mentioned, n) || members.has(n);
  for (const declared of [...iface.types].reverse()) {
    if (narrow && !declaredNames(declared).some(wanted)) continue;
    // A `use` takes only the names wanted here: the interface it names may declare no more.
    const decl = narrow ? narrowUse(declared, wanted) : declared;
    decls.unshift(decl);
    mentioned += `\n${decl}`;
    const used = usedInterface(decl, iface);
    if (used) uses.push(used);
  }
  const line = (decl: string) => {
    const resource = /^resource\s+([a-z][a-z0-9-]*)$/.exec(decl);
    const methods = resource ? (members.get(resource[1]) ?? []) : [];
    return resource
      ? methods.length > 0
        ? `resource ${resource[1]} {\n${methods.map((m) => `      ${m}`).join('\n')}\n    }`
        : `resource ${resource[1]};`
      : /[;}]$/.test(decl)
        ? pinUse(decl, iface, version, versionFor)
        : `${decl};`;
  };
  const text = () => {
    const free = (members.get(undefined) ?? []).map((l) => `    ${l}`);
    const included = decls.map((decl) => `    ${line(decl)}`);
    return [`  interface ${iface.name} {`, ...included, ...free, '  }'].join('\n');
  };
  return { text, uses, decls };
}

/**
 * The interfaces declared for their types only that the world must export too: those an
 * exported interface uses which themselves reach an exported one. Left implicit, such an
 * interface is imported, and the exporter would see two copies of the exported types
 * (http/types → io/streams → io/error when the app imports types and error but not streams).
 */
function typesOnlyExports(exported: Set<string>, usesOf: Map<string, string[]>): string[] {
  const added: string[] = [];
  const reachesExport = (id: string, seen = new Set<string>()): boolean =>
    (usesOf.get(id) ?? []).some(
      (used) => exported.has(used) || (!seen.has(used) && reachesExport(used, seen.add(used))),
    );
  const usedByExport = (id: string) => [...exported].some((e) => usesOf.get(e)?.includes(id));
  for (let changed = true; changed;) {
    changed = false;
    for (const id of usesOf.keys()) {
      if (exported.has(id) || !usedByExport(id) || !reachesExport(id)) continue;
      exported.add(id);
      added.push(id);
      changed = true;
    }
  }
  return added;
}

/** One interface of the adapter's world, as declared: its narrowed declarations and functions. */
export interface WorldInterface {
  iface: WasiInterface;
  version: string;
  /** `wasi:cli/environment@0.2.12` */
  name: string;
  /** The declarations kept, in the catalogue's form (`use`s narrowed, not pinned), in WIT order. */
  decls: string[];
  /** The functions declared (none for an interface declared for its types only). */
  functions: string[];
  /** The interfaces (by id) the declarations `use`. */
  uses: string[];
  /** The WIT text of the interface's body, written when asked for. */
  text: () => string;
}

/** The adapter's world: every interface declared (by id), what it imports and what it exports. */
export interface AdapterWorld {
  interfaces: Map<string, WorldInterface>;
  /** Interfaces the world imports by name (by id), in world order. */
  imports: string[];
  /** Interfaces the world exports (by id), in world order, types-only ones last. */
  exports: string[];
  /** The WASI series the world's interfaces are of (their `use`s name interfaces of it). */
  series: WasiSeries;
}

/**
 * The world the specialised adapter is wrapped with: it exports the virtualized interfaces with
 * exactly the planned functions, and imports the same interfaces for the functions it forwards
 * to the host. Interfaces are declared at the versions the app uses; interfaces whose types they
 * use but the plan does not serve are declared with their types only.
 */
export function adapterWorld(plan: VirtPlan): AdapterWorld {
  const series = seriesOf(plan.wasiVersion);
  const versionFor = (id: string) => {
    const iface = findInterface(id, series);
    return iface ? plannedVersion(plan, iface) : plan.wasiVersion;
  };
  const interfaces = new Map<string, WorldInterface>();
  const usesOf = new Map<string, string[]>();
  const declare = (
    iface: WasiInterface,
    version: string,
    functions: string[],
    keep?: string[],
  ): string[] => {
    const known = interfaces.get(iface.id);
    if (known) {
      if (known.version !== version)
        throw new Error(`internal: ${iface.id} is declared at ${known.version} and ${version}`);
      return [];
    }
    const body = interfaceBody(iface, functions, version, versionFor, keep);
    const name = `${iface.id}@${version}`;
    interfaces.set(iface.id, { iface, version, name, functions, ...body });
    usesOf.set(iface.id, body.uses);
    return body.uses;
  };
  const imports: string[] = [];
  const pending: string[] = [];
  for (const v of plan.interfaces) {
    if (v.forwarded.length > 0) imports.push(v.iface.id);
    const functions = v.importOnly ? v.forwarded.filter((f) => f in v.iface.functions) : v.exported;
    // What the app imports, with the types it has; an import for the trace, with what it calls.
    pending.push(...declare(v.iface, v.version, functions, v.importOnly ? undefined : v.types));
  }
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const iface = findInterface(id, series);
    if (iface) pending.push(...declare(iface, versionFor(id), []));
  }
  const exported = new Set(plan.interfaces.filter((v) => !v.importOnly).map((v) => v.iface.id));
  const exports = [...exported, ...typesOnlyExports(exported, usesOf)];
  return { interfaces, imports, exports, series };
}

/**
 * The WIT text of the adapter's world (adapterWorld), for wit-component: the interfaces are
 * declared in nested packages.
 */
export function adapterWit(plan: VirtPlan): string {
  const world = adapterWorld(plan);
  const worldLines: string[] = [];
  const nameOf = (id: string) => world.interfaces.get(id)!.name;
  const explicit = plan.interfaces.filter((v) => !v.importOnly).map((v) => v.iface.id);
  for (const v of plan.interfaces) {
    if (v.forwarded.length > 0) worldLines.push(`  import ${v.name};`);
    if (!v.importOnly) worldLines.push(`  export ${v.name};`);
  }
  for (const id of world.exports.filter((e) => !explicit.includes(e)))
    worldLines.push(`  export ${nameOf(id)};`);
  const packages = new Map<string, string[]>();
  for (const wi of world.interfaces.values()) {
    const pkg = `${wi.iface.package}@${wi.version}`;
    packages.set(pkg, [...(packages.get(pkg) ?? []), wi.text()]);
  }
  const nested = [...packages].map(([pkg, bodies]) => `package ${pkg} {\n${bodies.join('\n')}\n}`);
  return [
    `package wasi-virt:adapter;`,
    '',
    `world ${ADAPTER_WORLD} {`,
    ...worldLines,
    '}',
    '',
    ...nested,
    '',
  ].join('\n');
}
