import type { Role, WasiInterface } from './wasi-interfaces.js';

/** Describes interfaces of one WASI package (`wasi:<pkg>/<name>`) that one policy role decides. */
export const wasiPackage =
  (pkg: string, role: Role) =>
  (name: string, rest: Omit<WasiInterface, 'id' | 'package' | 'name' | 'role'>): WasiInterface => ({
    id: `wasi:${pkg}/${name}`,
    package: `wasi:${pkg}`,
    name,
    role,
    ...rest,
  });
