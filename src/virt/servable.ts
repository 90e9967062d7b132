import type { ExternItem } from '../inspect/component-interface.js';
import { UserInputError } from '../errors.js';
import { declaredNames, usedInterface, usedNames } from './wit-declarations.js';
import {
  CONFIG_VERSION,
  WASI_P3_VERSION,
  WASI_VERSIONS,
  type WasiInterface,
} from './wasi-interfaces.js';

/** What an app imports of one WASI interface, over every version it imports it at. */
export interface ImportedInterface {
  /** Every name the app imports the interface under. */
  names: string[];
  /** The functions of all of them, or undefined when one of them has an unknown type (all). */
  functions: string[] | undefined;
  /** The types and resources of all of them. */
  types: string[];
}

const leaveIt = (iface: WasiInterface) =>
  `leave ${iface.id} to the host with the policy, or rebuild the component against WASI's WIT`;

/** The adapter serves an interface at its series' versions only: another version is the user's to pass through. */
function checkServedVersions(iface: WasiInterface, names: string[]): void {
  const served =
    iface.role === 'config'
      ? [CONFIG_VERSION]
      : iface.series === '0.3'
        ? [WASI_P3_VERSION]
        : WASI_VERSIONS;
  const other = names.find((n) => {
    const version = /@([^@]+)$/.exec(n)?.[1];
    return version !== undefined && !served.includes(version);
  });
  if (!other) return;
  throw new UserInputError(
    `the component imports ${other}, a version this tool cannot virtualize (it serves ${served[0]} to ${served.at(-1)}): leave ${iface.id} to the host with the policy`,
  );
}

/** Every type and resource the app's import has must be one WASI's interface declares. */
function checkKnownTypes(iface: WasiInterface, imported: ImportedInterface): void {
  const declared = new Set(iface.types.flatMap(declaredNames));
  const unknown = imported.types.filter((t) => !declared.has(t));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${imported.names.join(' and ')} with type(s) ${unknown.join(', ')}, which WASI's ${iface.id} does not have: ${leaveIt(iface)}`,
    );
  }
}

/**
 * A type WASI defines in another interface (stdin's `input-stream`, from wasi:io/streams) is
 * that interface's: the adapter can serve the one only with the other, so the app must import
 * the interface the type comes from, with the type.
 */
function checkTypeOwners(
  iface: WasiInterface,
  imported: ImportedInterface,
  appImports: ExternItem[],
): void {
  for (const decl of iface.types) {
    const owner = usedInterface(decl, iface);
    const borrowed = declaredNames(decl).filter((t) => imported.types.includes(t));
    if (!owner || borrowed.length === 0) continue;
    const owners = appImports.filter((i) => i.interface?.id === owner);
    if (owners.length === 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) ${borrowed.join(', ')}, which WASI defines in ${owner}, but it does not import ${owner}: ${leaveIt(iface)}`,
      );
    // An import whose instance type the reader could not resolve is served whole.
    if (owners.some((i) => i.functionsUnknown)) continue;
    const has = new Set(owners.flatMap((i) => [...(i.types ?? []), ...(i.resources ?? [])]));
    const missing = usedNames(decl)
      .filter(([original, local]) => borrowed.includes(local) && !has.has(original))
      .map(([original]) => original);
    if (missing.length > 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) from ${owner} that its import of ${owners[0]!.name} does not have (${missing.join(', ')}): ${leaveIt(iface)}`,
      );
  }
}

/**
 * Refuses an interface the app imports that the adapter cannot serve, naming the import and
 * what to do: an import of another kind under the interface's name, a version outside WASI 0.2, functions or types WASI's interface does not have,
 * types whose interface the app does not import.
 */
export function checkServable(
  iface: WasiInterface,
  imported: ImportedInterface,
  appImports: ExternItem[],
): void {
  const notInstance = appImports.find((i) => i.interface?.id === iface.id && i.kind !== 'instance');
  if (notInstance) {
    throw new UserInputError(
      `the component imports ${notInstance.name} as a ${notInstance.kind}, but WASI's ${iface.id} is an interface (an instance): ${leaveIt(iface)}`,
    );
  }
  checkServedVersions(iface, imported.names);
  const unknown = (imported.functions ?? []).filter((f) => !(f in iface.functions));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${unknown.join(', ')} from ${imported.names.join(' and ')}, which WASI's ${iface.id} does not have or this tool cannot virtualize yet: ${leaveIt(iface)}`,
    );
  }
  checkKnownTypes(iface, imported);
  checkTypeOwners(iface, imported, appImports);
}
