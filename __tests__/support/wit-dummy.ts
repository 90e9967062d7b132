import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';
import { findWasmTools } from './wasm-tools.js';

const run = promisify(execFile);

/** The vendored WIT: WASI 0.2.12 (and wasi:config) and WASI 0.3.0. */
const WIT_SETS = [
  { dir: join(ROOT, 'wit', 'wasi'), suffix: '0.2' },
  { dir: join(ROOT, 'wit', 'wasi-0.3.0'), suffix: '0.3' },
];

/**
 * A component of the world `body` (WIT world items: `import wasi:cli/stdout@0.3.0;`...) made by
 * wasm-tools the way a toolchain makes one: `component embed --dummy` writes a core module with
 * every import and export of the world, `component new` wraps it. The world resolves against the
 * vendored WASI 0.2.12 and 0.3.0 packages, so it may mix the two. Undefined without wasm-tools,
 * except in CI, where it must be installed.
 */
export async function witDummyComponent(body: string): Promise<Uint8Array | undefined> {
  const tool = findWasmTools();
  if (!tool) {
    if (process.env.CI) throw new Error('wasm-tools is not installed; .ci/run installs it');
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'wit-dummy-'));
  try {
    const deps = join(dir, 'deps');
    await mkdir(deps);
    for (const { dir: set, suffix } of WIT_SETS)
      for (const entry of await readdir(set, { withFileTypes: true }))
        if (entry.isDirectory())
          await symlink(join(set, entry.name), join(deps, `${entry.name}-${suffix}`));
    await writeFile(join(dir, 'root.wit'), `package test:dummy;\n\nworld app {\n${body}\n}\n`);
    const core = join(dir, 'core.wasm');
    const component = join(dir, 'component.wasm');
    // Every @unstable item too (wasi:clocks/timezone), as a toolchain that opts in would see it.
    const embed = ['component', 'embed', '--dummy', '--all-features', dir, '--world', 'app'];
    await run(tool, [...embed, '-o', core]);
    await run(tool, ['component', 'new', core, '-o', component]);
    return await readFile(component);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
