import type { VirtPlan } from './plan.js';
import { SUPPORT_INTERFACES, type WasiInterface } from './wasi-interfaces.js';

export const ADAPTER_WORLD = 'virt';

/** The name a WIT type declaration introduces (`record datetime {…}` → datetime), or the names a `use` brings. */
function declaredNames(decl: string): string[] {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) return use[1]!.split(',').map((n) => n.trim());
  const named = /^(?:record|variant|enum|flags|resource|type)\s+([a-z][a-z0-9-]*)/.exec(decl);
  return named ? [named[1]!] : [];
}

const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^a-z0-9-])${name}([^a-z0-9-]|$)`).test(text);

/**
 * The interface's WIT body with only `functions` and the types they need; with
 * no functions (an interface imported only for its types), all its types.
 */
function interfaceBody(iface: WasiInterface, functions: string[], version: string): string {
  const signatures = functions.map((f) => `    ${f}: ${iface.functions[f]};`);
  const needed: string[] = [];
  let text = signatures.join('\n');
  const typesOnly = functions.length === 0;
  for (const decl of [...iface.types].reverse()) {
    if (typesOnly || declaredNames(decl).some((name) => mentions(text, name))) {
      needed.unshift(
        `    ${decl.replace('{version}', version)}${decl.endsWith(';') || decl.endsWith('}') ? '' : ';'}`,
      );
      text += `\n${decl}`;
    }
  }
  return [`  interface ${iface.name} {`, ...needed, ...signatures, '  }'].join('\n');
}

/**
 * The WIT world the specialised adapter is embedded with: it exports the
 * virtualized interfaces with exactly the planned functions, and imports the
 * same interfaces for the functions it forwards to the host. Interfaces are
 * declared in nested packages at the versions the app uses.
 */
export function adapterWit(plan: VirtPlan): string {
  const packages = new Map<string, string[]>();
  const addInterface = (iface: WasiInterface, version: string, body: string) => {
    const key = `${iface.package}@${version}`;
    packages.set(key, [...(packages.get(key) ?? []), body]);
  };
  const worldLines: string[] = [];
  for (const v of plan.interfaces) {
    if (v.forwarded.length > 0) worldLines.push(`  import ${v.name};`);
    worldLines.push(`  export ${v.name};`);
    addInterface(v.iface, v.version, interfaceBody(v.iface, v.exported, v.version));
    for (const used of v.iface.uses ?? []) {
      const support = SUPPORT_INTERFACES.find((s) => s.id === used)!;
      const body = interfaceBody(support, [], v.version);
      const declared = packages.get(`${support.package}@${v.version}`) ?? [];
      if (
        !declared.includes(body) &&
        interfaceBody(v.iface, v.exported, v.version).includes(`use ${used}`)
      ) {
        addInterface(support, v.version, body);
      }
    }
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
