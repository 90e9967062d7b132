import type { WasiInterface } from './wasi-package.js';

/** Reading the WIT declarations of WASI's interfaces (the generated catalogue's): what they name and use. */

/** `error as io-error` → io-error: the name a `use` gives a type here. */
const localName = (used: string) => /(\S+)\s*$/.exec(used)![1]!;

/** The names a WIT type declaration introduces (`record datetime {…}` → datetime; `use x.{a, b as c};` → a, c). */
export function declaredNames(decl: string): string[] {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) return use[1]!.split(',').map(localName);
  const named = /^(?:record|variant|enum|flags|resource|type)\s+([a-zA-Z][a-zA-Z0-9-]*)/.exec(decl);
  return named ? [named[1]!] : [];
}

/** What a `use` declaration takes, as [the name in its interface, the name here] (`use x.{a, b as c};` → [a, a], [b, c]). */
export function usedNames(decl: string): [string, string][] {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (!use) return [];
  return use[1]!.split(',').map((item) => [/^\s*(\S+)/.exec(item)![1]!, localName(item)]);
}

/** A `use` declaration with only the names `wanted` accepts (`use x.{a, b as c};` → `use x.{b as c};`); other declarations as they are. */
export function narrowUse(decl: string, wanted: (name: string) => boolean): string {
  const use = /^(use\s+\S+\.)\{([^}]*)\}(.*)$/.exec(decl);
  if (!use) return decl;
  const items = use[2]!.split(',').map((item) => item.trim());
  return `${use[1]}{${items.filter((item) => wanted(localName(item))).join(', ')}}${use[3]}`;
}

/** The interface a `use` declaration takes types from, by id (`use error.{…}` is in the same package). */
export function usedInterface(decl: string, iface: WasiInterface): string | undefined {
  const use = /^use\s+([^.@\s]+)(?:@[^.]+)?\./.exec(decl);
  if (!use) return undefined;
  return use[1]!.includes('/') ? use[1]! : `${iface.package}/${use[1]}`;
}
