#!/usr/bin/env node
// Builds the virtual adapter core module adapter/virtual-adapter.wasm from the C sources under
// adapter/src/ (one folder per subsystem: adapter/README.md).
//
//   node scripts/build-adapter.mjs          build and write adapter/virtual-adapter.wasm
//   node scripts/build-adapter.mjs --check  build into a temp dir; exit 1 if the bytes differ
//                                            from the committed file
//
// Needs clang-16 and lld-16 (Debian/Ubuntu apt packages); no libc. The module is freestanding:
// each source is compiled on its own, then all are linked in the order of their paths. See adapter/CONFIG.md for the
// globals and the configuration layout the generator fills in.
import binaryen from 'binaryen';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  checkToolchain,
  clang,
  failer,
  parseCheckFlag,
  rel,
  ROOT,
  writeOrCheck,
} from './lib/wasm-build.mjs';

const SRC_DIR = join(ROOT, 'adapter', 'src');
const PUMP_SOURCE = join(ROOT, 'adapter', 'pump', 'pump.c');
/** The custom section of the adapter module that carries the pump's module (src/virt/wrap/async-pump.ts). */
const PUMP_SECTION = 'wasi-virt-pump';
const OUTPUT = join(ROOT, 'adapter', 'virtual-adapter.wasm');

const APT_PACKAGES = 'clang-16 lld-16';

// -Oz: the adapter is copied into every virtualized component. No debug info and no absolute
// paths, so the bytes do not depend on where the checkout lives.
const COMPILE_FLAGS = [
  '--target=wasm32',
  '-ffreestanding',
  '-Oz',
  '-Wall',
  '-Wextra',
  '-Wno-unused-parameter',
  '-Werror',
  // Includes name their header from adapter/src: "runtime/handles.h".
  '-iquote',
  '.',
  `-ffile-prefix-map=${SRC_DIR}=.`,
];
// Compiling and linking are separate steps, and the link step gets no -O flag: when one clang
// invocation optimizes and links for wasm, clang runs any `wasm-opt` it finds on PATH over the
// output (`npm run` puts binaryen's there), so the bytes would depend on PATH.
// The shadow stack comes first, so an overflow traps instead of overwriting data; the adapter
// does not use it today. __heap_base is exported for the generator, which places the
// configuration there and removes the export.
const LINK_FLAGS = [
  '--target=wasm32',
  '-nostdlib',
  '-Wl,--no-entry',
  // A symbol two sources define with different signatures (two `read_via_stream`s) would link
  // one of them silently, dropping the other's export.
  '-Wl,--fatal-warnings',
  '-Wl,--export-memory',
  '-Wl,--strip-debug',
  '-Wl,--stack-first',
  '-Wl,-z,stack-size=16384',
  '-Wl,--export=wasi_virt_config',
  '-Wl,--export=wasi_virt_heap_start',
  '-Wl,--export=__heap_base',
];

// The pump is a module of its own, nested in the adapter as a component by the generator. Its
// memory is imported: the generator defines it first, so the stream built-ins can name it.
const PUMP_LINK_FLAGS = [
  '--target=wasm32',
  '-nostdlib',
  '-Wl,--no-entry',
  '-Wl,--fatal-warnings',
  '-Wl,--import-memory',
  '-Wl,--strip-debug',
  '-Wl,--stack-first',
  '-Wl,-z,stack-size=4096',
];
const PUMP_EXPORTS = [
  'drain',
  'drain-callback',
  'feed',
  'feed-entries',
  'feed-callback',
  'cabi_realloc',
];

/** Exports the adapter must have; the canonical ABI exports are checked by name only. */
const REQUIRED_EXPORTS = {
  memory: 'memory',
  cabi_realloc: 'function',
  wasi_virt_config: 'global',
  wasi_virt_heap_start: 'global',
  __heap_base: 'global',
  'wasi:cli/environment@0.2.12#get-environment': 'function',
  'wasi:config/store@0.2.0-draft#get': 'function',
  'wasi:cli/exit@0.2.12#exit': 'function',
  'wasi:clocks/monotonic-clock@0.2.12#subscribe-duration': 'function',
  'wasi:io/streams@0.2.12#[method]output-stream.write': 'function',
  'wasi:io/streams@0.2.12#[dtor]output-stream': 'function',
  'wasi:cli/stdout@0.2.12#get-stdout': 'function',
  'wasi:filesystem/preopens@0.2.12#get-directories': 'function',
  wasi_virt_trace_enter: 'function',
  wasi_virt_trace_result: 'function',
  wasi_virt_trace_denied: 'function',
  wasi_virt_denied: 'function',
  'wasi-virt-bridge#wrap-incoming-request': 'function',
  'wasi-virt-bridge#wrap-response-outparam': 'function',
};

const fail = failer('build-adapter');

function checkModule(bytes) {
  if (!WebAssembly.validate(bytes)) fail('the linked module does not validate');
  const exports = new Map(
    WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => [e.name, e.kind]),
  );
  for (const [name, kind] of Object.entries(REQUIRED_EXPORTS)) {
    if (exports.get(name) !== kind) fail(`the module does not export ${kind} ${name}`);
  }
}

/**
 * The C sources under adapter/src (`dir`, relative to it): paths with `/` separators, sorted by
 * code unit (not by locale), so the link order and the bytes do not depend on the machine.
 */
async function findSources(dir = '') {
  const sources = [];
  for (const entry of await readdir(join(SRC_DIR, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) sources.push(...(await findSources(path)));
    else if (entry.isFile() && entry.name.endsWith('.c')) sources.push(path);
  }
  return sources.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function build(workDir) {
  const sources = await findSources();
  if (sources.length === 0) fail(`no C sources in ${rel(SRC_DIR)}`);
  const objects = [];
  for (const source of sources) {
    // runtime/alloc.c → runtime-alloc.o: one flat folder, no two sources' objects collide.
    const object = join(workDir, source.replaceAll('/', '-').replace(/\.c$/, '.o'));
    clang(fail, SRC_DIR, [...COMPILE_FLAGS, '-c', source, '-o', object]);
    objects.push(object);
  }
  const linked = join(workDir, 'virtual-adapter.linked.wasm');
  clang(fail, SRC_DIR, [...LINK_FLAGS, ...objects, '-o', linked]);
  const bytes = optimize(await readFile(linked));
  checkModule(bytes);
  return withCustomSection(bytes, PUMP_SECTION, await buildPump(workDir));
}

async function buildPump(workDir) {
  const dir = dirname(PUMP_SOURCE);
  const object = join(workDir, 'pump.o');
  const flags = COMPILE_FLAGS.map((f) =>
    f.startsWith('-ffile-prefix-map=') ? `-ffile-prefix-map=${dir}=.` : f,
  );
  clang(fail, dir, [...flags, '-c', basename(PUMP_SOURCE), '-o', object]);
  const linked = join(workDir, 'pump.linked.wasm');
  clang(fail, dir, [...PUMP_LINK_FLAGS, object, '-o', linked]);
  const bytes = optimize(await readFile(linked));
  if (!WebAssembly.validate(bytes)) fail('the pump module does not validate');
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
  for (const name of PUMP_EXPORTS)
    if (!exports.includes(name)) fail(`the pump module does not export ${name}`);
  return bytes;
}

/** `module` with a custom section `name` holding `payload` appended. */
function withCustomSection(module, name, payload) {
  const leb = (n) => {
    const out = [];
    do {
      out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
      n >>>= 7;
    } while (n > 0);
    return out;
  };
  const nameBytes = new TextEncoder().encode(name);
  const body = [...leb(nameBytes.length), ...nameBytes];
  const header = Uint8Array.from([0, ...leb(body.length + payload.length), ...body]);
  return Buffer.concat([module, header, payload]);
}

/**
 * binaryen's -Oz over the whole linked module, once, here: generation only removes what a plan
 * does not reach (src/component/core/compact-module.ts), so the optimizer's work on the code
 * every plan shares is done at build time. The exports are all kept; names are dropped (the
 * generator writes its own name section). binaryen is pinned in package.json, so the bytes are
 * reproducible.
 */
function optimize(bytes) {
  const m = binaryen.readBinary(bytes);
  try {
    m.setFeatures(
      binaryen.Features.MutableGlobals |
        binaryen.Features.SignExt |
        binaryen.Features.BulkMemory |
        binaryen.Features.Multivalue,
    );
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    m.optimize();
    if (!m.validate()) fail('binaryen made a module that does not validate');
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

async function main() {
  const check = parseCheckFlag(fail);
  checkToolchain(fail, { aptPackages: APT_PACKAGES, libc: false });
  const workDir = await mkdtemp(join(tmpdir(), 'wasi-virt-adapter-'));
  try {
    await writeOrCheck(
      'build-adapter',
      [{ path: OUTPUT, bytes: await build(workDir) }],
      check,
      'npm run build:adapter',
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
