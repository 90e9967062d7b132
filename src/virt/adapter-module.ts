import { readFile } from 'node:fs/promises';
import { customSection } from '../component/core/module-model.js';
import { p3AdapterModule } from './p3-adapter-module.js';
import { PUMP_SECTION } from './wrap/async-pump.js';
import { seriesOf } from './wasi-interfaces.js';

/** Where the prebuilt adapter lives relative to this module: in the sources (src/virt/) or the bundle (dist/). */
const candidates = ['../../adapter/virtual-adapter.wasm', '../adapter/virtual-adapter.wasm'];

let cached: Promise<Uint8Array> | undefined;

/** The prebuilt virtual adapter core module (adapter/virtual-adapter.wasm, built by npm run build:adapter). */
export function loadAdapterModule(): Promise<Uint8Array> {
  cached ??= (async () => {
    for (const candidate of candidates) {
      try {
        return await readFile(new URL(candidate, import.meta.url));
      } catch {
        // try the next location
      }
    }
    throw new Error(
      'adapter/virtual-adapter.wasm is missing from this installation; run npm run build:adapter',
    );
  })();
  return cached;
}

let p3Cached: Promise<Uint8Array> | undefined;

/** The adapter core module a plan at `wasiVersion` specialises: the prebuilt one, renamed for WASI 0.3 (p3-adapter-module.ts). */
export function adapterModuleFor(wasiVersion: string): Promise<Uint8Array> {
  if (seriesOf(wasiVersion) === '0.2') return loadAdapterModule();
  return (p3Cached ??= loadAdapterModule().then(p3AdapterModule));
}

let pumpCached: Promise<Uint8Array> | undefined;

/** The pump's core module (adapter/pump/pump.c), carried in a custom section of the prebuilt adapter. */
export function loadPumpModule(): Promise<Uint8Array> {
  return (pumpCached ??= loadAdapterModule().then((adapter) => {
    const pump = customSection(adapter, PUMP_SECTION);
    if (!pump)
      throw new Error(
        'adapter/virtual-adapter.wasm has no pump (its wasi-virt-pump section); run npm run build:adapter',
      );
    return pump;
  }));
}
