#!/usr/bin/env node
// Rebuilds the test components in fixtures/ from the C sources in fixtures/src/.
//
//   node scripts/build-fixtures.mjs          build and write fixtures/<name>.wasm
//   node scripts/build-fixtures.mjs --check  build into a temp dir; exit 1 naming every
//                                            fixture whose bytes differ from the committed one
//
// Needs clang-16, lld-16, libclang-rt-16-dev-wasm32 and wasi-libc (Debian/Ubuntu apt packages).
// WASI programs become components through the preview1 *command* adapter (scripts/lib/preview1-adapter.mjs).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentEmbed, componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import {
  checkToolchain,
  clang,
  failer,
  parseCheckFlag,
  ROOT,
  writeOrCheck,
} from './lib/wasm-build.mjs';
import { loadCommandAdapter } from './lib/preview1-adapter.mjs';

const SRC_DIR = join(ROOT, 'fixtures', 'src');
const OUT_DIR = join(ROOT, 'fixtures');

const APT_PACKAGES = 'clang-16 lld-16 libclang-rt-16-dev-wasm32 wasi-libc';

/**
 * kind 'command': a wasi-libc program (fixtures/src/<name>.c) adapted to a wasi:cli/run component.
 * kind 'freestanding': no libc, no imports; its world is fixtures/src/<name>.wit (or <wit>.wit).
 */
const FIXTURES = [
  { name: 'env-args', kind: 'command' },
  { name: 'cat-files', kind: 'command' },
  { name: 'list-dir', kind: 'command' },
  { name: 'write-file', kind: 'command' },
  { name: 'fs-ops', kind: 'command' },
  { name: 'fs-bench', kind: 'command' },
  { name: 'stdio', kind: 'command' },
  { name: 'clocks-random', kind: 'command' },
  { name: 'sleep', kind: 'command' },
  { name: 'exit-code', kind: 'command' },
  { name: 'trap', kind: 'command' },
  { name: 'import-free', kind: 'freestanding', world: 'import-free' },
  { name: 'env-plug', kind: 'freestanding', world: 'env-plug' },
  { name: 'clock-plug', kind: 'freestanding', world: 'clock-plug' },
  { name: 'config-app', kind: 'freestanding', world: 'config-app' },
  { name: 'stdout-root', kind: 'freestanding', world: 'stdout-root' },
  { name: 'stream-plug', kind: 'freestanding', world: 'stream-plug' },
  { name: 'sockets-probe', kind: 'freestanding', world: 'sockets-probe' },
  { name: 'http-probe', kind: 'freestanding', world: 'http-probe' },
  { name: 'net-echo', kind: 'freestanding', world: 'net-echo' },
  { name: 'net-allow', kind: 'freestanding', world: 'net-echo', wit: 'net-echo' },
  { name: 'http-fetch', kind: 'freestanding', world: 'http-fetch' },
  { name: 'http-static', kind: 'freestanding', world: 'http-static' },
  { name: 'hermetic-probe', kind: 'freestanding', world: 'hermetic-probe' },
  { name: 'env-p3', kind: 'freestanding', world: 'env-p3' },
  { name: 'clocks-random-p3', kind: 'freestanding', world: 'clocks-random-p3' },
  { name: 'stdio-p3', kind: 'freestanding', world: 'stdio-p3' },
  { name: 'net-p3', kind: 'freestanding', world: 'net-p3' },
  { name: 'fs-p3', kind: 'freestanding', world: 'fs-p3' },
  { name: 'mixed-p3', kind: 'freestanding', world: 'mixed-p3' },
];

// Compiling and linking are separate steps on purpose: when one clang invocation both
// optimizes and links for wasm, clang runs any `wasm-opt` it finds on PATH over the output
// (`npm run` puts binaryen's from node_modules/.bin there), so the bytes would depend on PATH.
const COMPILE_FLAGS = {
  command: ['--target=wasm32-wasi'],
  freestanding: ['--target=wasm32', '-ffreestanding'],
};
const LINK_FLAGS = {
  command: ['--target=wasm32-wasi'],
  freestanding: ['--target=wasm32', '-nostdlib', '-Wl,--no-entry', '-Wl,--export-memory'],
};
// No debug info and no absolute paths in anything that could reach the binary
// (e.g. __FILE__ in assert()), so the output does not depend on where the checkout lives.
const COMMON_COMPILE_FLAGS = ['-O2', '-Wall', '-Werror', `-ffile-prefix-map=${SRC_DIR}=.`];
const COMMON_LINK_FLAGS = ['-Wl,--strip-debug'];

const fail = failer('build-fixtures');

async function buildFixture(fixture, workDir, adapter) {
  const object = join(workDir, `${fixture.name}.o`);
  const core = join(workDir, `${fixture.name}.core.wasm`);
  const steps = [
    [
      ...COMPILE_FLAGS[fixture.kind],
      ...COMMON_COMPILE_FLAGS,
      '-c',
      `${fixture.name}.c`,
      '-o',
      object,
    ],
    [...LINK_FLAGS[fixture.kind], ...COMMON_LINK_FLAGS, object, '-o', core],
  ];
  for (const args of steps) clang(fail, SRC_DIR, args);
  const coreBytes = await readFile(core);
  if (fixture.kind === 'command') {
    return componentNew(coreBytes, [['wasi_snapshot_preview1', adapter]]);
  }
  // witSource rather than witPath: witPath makes jco's wasm-tools read the file through
  // its own WASI shim, which traps without a preopen and poisons the instance.
  const witSource = await readFile(join(SRC_DIR, `${fixture.wit ?? fixture.name}.wit`), 'utf8');
  const embedded = await componentEmbed({
    binary: coreBytes,
    witSource,
    world: fixture.world,
    stringEncoding: 'utf8',
  });
  return componentNew(embedded);
}

async function main() {
  const check = parseCheckFlag(fail);
  checkToolchain(fail, { aptPackages: APT_PACKAGES, libc: true });
  const adapter = await loadCommandAdapter('build-fixtures', fail);
  const workDir = await mkdtemp(join(tmpdir(), 'wasi-virt-fixtures-'));
  try {
    const outputs = [];
    for (const fixture of FIXTURES) {
      outputs.push({
        path: join(OUT_DIR, `${fixture.name}.wasm`),
        bytes: await buildFixture(fixture, workDir, adapter),
      });
    }
    await writeOrCheck('build-fixtures', outputs, check, 'npm run build:fixtures');
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
