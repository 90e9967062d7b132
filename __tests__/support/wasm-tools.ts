import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { componentEmbed, componentNew, parse } from '@bytecodealliance/jco-transpile/wasm-tools';

const run = promisify(execFile);

/** The wasm-tools CLI (`cargo install wasm-tools`, which .ci/run does), if installed. */
export function findWasmTools(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'wasm-tools')),
    join(homedir(), '.cargo/bin/wasm-tools'),
  ];
  return candidates.find((path) => existsSync(path));
}

/**
 * Runs `wasm-tools validate` on a binary and rejects with its message when invalid.
 * Without wasm-tools it resolves to 'skipped', except in CI, where it must be installed.
 */
export async function wasmToolsValidate(bytes: Uint8Array): Promise<'valid' | 'skipped'> {
  const tool = findWasmTools();
  if (!tool) {
    if (process.env.CI)
      throw new Error('wasm-tools is not installed; .ci/run installs it with cargo');
    return 'skipped';
  }
  const dir = await mkdtemp(join(tmpdir(), 'validate-'));
  try {
    const file = join(dir, 'component.wasm');
    await writeFile(file, bytes);
    await run(tool, ['validate', '--features', 'all', file]).catch((error: { stderr?: string }) => {
      throw new Error(
        `wasm-tools validate rejected the component: ${error.stderr ?? String(error)}`,
      );
    });
    return 'valid';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Assembles a WAT file from __tests__/wat with wasm-tools' own parser (via jco). */
export async function assembleWat(path: string): Promise<Uint8Array> {
  return parse(await readFile(path, 'utf8'));
}

/** A component from a core module in WAT (`x.wat`) and its world (`x.wit`, world `x`), as wit-component makes it. */
export async function componentFromWat(path: string): Promise<Uint8Array> {
  const witSource = await readFile(path.replace(/\.wat$/, '.wit'), 'utf8');
  const world = basename(path, '.wat');
  return componentNew(await componentEmbed({ binary: await assembleWat(path), witSource, world }));
}
