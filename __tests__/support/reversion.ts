import { rewriteTopLevel } from './rewrite.js';

/**
 * The same component with its top-level WASI import and export names moved to
 * another 0.2.x version (`wasi:cli/environment@0.2.12` → `@0.2.3`): as a
 * toolchain targeting that version would have named them. Types are unchanged.
 */
export function withWasiVersion(bytes: Uint8Array, version: string): Uint8Array {
  return withWasiVersions(bytes, () => version);
}

/**
 * The same component with each top-level WASI 0.2 import and export name moved to
 * the version `versionFor` gives it (undefined: unchanged), as a component that
 * mixes toolchains' WIT would name them. Types are unchanged.
 */
export function withWasiVersions(
  bytes: Uint8Array,
  versionFor: (name: string) => string | undefined,
): Uint8Array {
  const rename = (name: string) => {
    const version = name.startsWith('wasi:') ? versionFor(name) : undefined;
    return version ? name.replace(/@0\.2\.\d+$/, `@${version}`) : name;
  };
  return rewriteTopLevel(bytes, {
    import: (i) => ({ ...i, name: { ...i.name, name: rename(i.name.name) } }),
    export: (e) => ({ ...e, name: { ...e.name, name: rename(e.name.name) } }),
  });
}
