#!/usr/bin/env node
// Builds the virtual adapter core module adapter/virtual-adapter.wasm from adapter/src/*.c.
//
//   node scripts/build-adapter.mjs          build and write adapter/virtual-adapter.wasm
//   node scripts/build-adapter.mjs --check  build into a temp dir; exit 1 if the bytes differ
//                                            from the committed file
//
// Needs clang-16 and lld-16 (Debian/Ubuntu apt packages); no libc. The module is freestanding:
// each source is compiled on its own, then all are linked, and the linked module gets one
// patch (below) that the linker cannot express. See adapter/CONFIG.md for the globals and the
// configuration layout the generator fills in.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC_DIR = join(ROOT, 'adapter', 'src');
const OUTPUT = join(ROOT, 'adapter', 'virtual-adapter.wasm');

const CLANG = 'clang-16';
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
  `-ffile-prefix-map=${SRC_DIR}=.`,
];
// Compiling and linking are separate steps, and the link step gets no -O flag: when one clang
// invocation optimizes and links for wasm, clang runs any `wasm-opt` it finds on PATH over the
// output (`npm run` puts binaryen's there), so the bytes would depend on PATH.
// The shadow stack comes first, so an overflow traps instead of overwriting data; the adapter
// does not use it today. __heap_base is exported only for the patch below, which removes it.
const LINK_FLAGS = [
  '--target=wasm32',
  '-nostdlib',
  '-Wl,--no-entry',
  '-Wl,--export-memory',
  '-Wl,--strip-debug',
  '-Wl,--stack-first',
  '-Wl,-z,stack-size=16384',
  '-Wl,--export=wasi_virt_config',
  '-Wl,--export=wasi_virt_heap_start',
  '-Wl,--export=__heap_base',
];

/** Exports the adapter must have; the canonical ABI exports are checked by name only. */
const REQUIRED_EXPORTS = {
  memory: 'memory',
  cabi_realloc: 'function',
  wasi_virt_config: 'global',
  wasi_virt_heap_start: 'global',
  'wasi:cli/environment@0.2.12#get-environment': 'function',
  'wasi:config/store@0.2.0-draft#get': 'function',
  'wasi:cli/exit@0.2.12#exit': 'function',
  'wasi:clocks/monotonic-clock@0.2.12#subscribe-duration': 'function',
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const rel = (p) => relative(ROOT, p) || '.';

function fail(message) {
  console.error(`build-adapter: ${message}`);
  process.exit(2);
}

function checkToolchain() {
  if (spawnSync(CLANG, ['--version']).error) {
    fail(`${CLANG} not found on PATH. Install: apt-get install ${APT_PACKAGES}`);
  }
  const linker = spawnSync(CLANG, ['--target=wasm32', '-print-prog-name=wasm-ld'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (spawnSync('wasm-ld-16', ['--version']).error && spawnSync(linker, ['--version']).error) {
    fail(`lld-16 (wasm-ld-16) not found. Install: apt-get install ${APT_PACKAGES}`);
  }
}

function clang(args) {
  const result = spawnSync(CLANG, args, { cwd: SRC_DIR, encoding: 'utf8' });
  if (result.status !== 0) {
    fail(`${CLANG} failed:\n${CLANG} ${args.join(' ')}\n${result.stderr ?? result.error}`);
  }
}

// --- A minimal reader/writer for the two sections the patch touches -------------------------

function readU32(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, pos];
  }
}

function readS32(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 32 && byte & 0x40) value |= -1 << shift;
  return [value, pos];
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function writeS32(value) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function splitSections(bytes) {
  const sections = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = readU32(bytes, pos + 1);
    sections.push({ id, body: bytes.subarray(start, start + size) });
    pos = start + size;
  }
  return sections;
}

const GLOBAL_SECTION = 6;
const EXPORT_SECTION = 7;
const GLOBAL_KIND = 3;

/** Globals as {type, mutable, value}; only `i32.const` initializers, which is what wasm-ld emits. */
function parseGlobals(body) {
  let [count, pos] = readU32(body, 0);
  const globals = [];
  while (count-- > 0) {
    const type = body[pos];
    const mutable = body[pos + 1];
    if (type !== 0x7f || body[pos + 2] !== 0x41) fail('unexpected global (not i32 = i32.const)');
    let value;
    [value, pos] = readS32(body, pos + 3);
    if (body[pos++] !== 0x0b) fail('unexpected global initializer');
    globals.push({ type, mutable, value });
  }
  return globals;
}

function encodeGlobals(globals) {
  const out = writeU32(globals.length);
  for (const g of globals) out.push(g.type, g.mutable, 0x41, ...writeS32(g.value), 0x0b);
  return out;
}

function parseExports(body) {
  let [count, pos] = readU32(body, 0);
  const exports = [];
  while (count-- > 0) {
    let length;
    [length, pos] = readU32(body, pos);
    const name = Buffer.from(body.subarray(pos, pos + length)).toString('utf8');
    const kind = body[pos + length];
    let index;
    [index, pos] = readU32(body, pos + length + 1);
    exports.push({ name, kind, index });
  }
  return exports;
}

function encodeExports(exports) {
  const out = writeU32(exports.length);
  for (const e of exports) {
    const name = Buffer.from(e.name, 'utf8');
    out.push(...writeU32(name.length), ...name, e.kind, ...writeU32(e.index));
  }
  return out;
}

/**
 * wasm-ld gives a global defined in assembly the initial value 0 and has no way to initialize
 * it to a symbol's address. This sets `wasi_virt_heap_start` to the value of `__heap_base`,
 * then deletes the __heap_base export and its global (wasm-ld creates that global only for
 * the export, as the last one, and no code refers to it, so no index shifts).
 */
function patchHeapStart(bytes) {
  const sections = splitSections(bytes);
  const globalSection = sections.find((s) => s.id === GLOBAL_SECTION);
  const exportSection = sections.find((s) => s.id === EXPORT_SECTION);
  if (!globalSection || !exportSection) fail('linked module has no global or export section');
  const globals = parseGlobals(globalSection.body);
  const exports = parseExports(exportSection.body);
  const globalExport = (name) => {
    const e = exports.find((x) => x.name === name && x.kind === GLOBAL_KIND);
    if (!e) fail(`linked module does not export global ${name}`);
    return e;
  };
  const heapBase = globalExport('__heap_base');
  const heapStart = globalExport('wasi_virt_heap_start');
  if (heapBase.index !== globals.length - 1 || globals[heapBase.index].mutable !== 0) {
    fail('__heap_base is not the last, immutable global: the patch would shift global indices');
  }
  if (globals[heapStart.index].mutable !== 1 || globals[heapStart.index].value !== 0) {
    fail('wasi_virt_heap_start is not a mutable global initialized to 0');
  }
  globals[heapStart.index].value = globals[heapBase.index].value;
  globals.pop();
  globalSection.body = Uint8Array.from(encodeGlobals(globals));
  exportSection.body = Uint8Array.from(encodeExports(exports.filter((e) => e !== heapBase)));

  const parts = [bytes.subarray(0, 8)];
  for (const s of sections) {
    parts.push(Uint8Array.of(s.id, ...writeU32(s.body.length)), s.body);
  }
  return Buffer.concat(parts);
}

function checkModule(bytes) {
  if (!WebAssembly.validate(bytes)) fail('the patched module does not validate');
  const exports = new Map(
    WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => [e.name, e.kind]),
  );
  for (const [name, kind] of Object.entries(REQUIRED_EXPORTS)) {
    if (exports.get(name) !== kind) fail(`the module does not export ${kind} ${name}`);
  }
  if (exports.has('__heap_base')) fail('the module still exports __heap_base');
}

async function build(workDir) {
  const sources = (await readdir(SRC_DIR)).filter((f) => f.endsWith('.c')).sort();
  if (sources.length === 0) fail(`no C sources in ${rel(SRC_DIR)}`);
  const objects = [];
  for (const source of sources) {
    const object = join(workDir, source.replace(/\.c$/, '.o'));
    clang([...COMPILE_FLAGS, '-c', source, '-o', object]);
    objects.push(object);
  }
  const linked = join(workDir, 'virtual-adapter.linked.wasm');
  clang([...LINK_FLAGS, ...objects, '-o', linked]);
  const bytes = patchHeapStart(await readFile(linked));
  checkModule(bytes);
  return bytes;
}

async function main() {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) fail(`unknown argument(s): ${unknown.join(' ')}`);
  const check = argv.includes('--check');

  checkToolchain();
  const workDir = await mkdtemp(join(tmpdir(), 'wasi-virt-adapter-'));
  try {
    const bytes = await build(workDir);
    if (check) {
      const committed = existsSync(OUTPUT) ? await readFile(OUTPUT) : undefined;
      const state = !committed ? 'missing' : committed.equals(bytes) ? 'ok' : 'differs';
      console.log(`${state.padEnd(7)} ${rel(OUTPUT)} ${bytes.length} bytes`);
      if (state !== 'ok') {
        console.error(
          `build-adapter: ${rel(OUTPUT)} does not match a fresh build (${state}).\n` +
            'Run `npm run build:adapter` and commit the result.',
        );
        process.exitCode = 1;
      }
    } else {
      await writeFile(OUTPUT, bytes);
      console.log(`wrote ${rel(OUTPUT)} ${bytes.length} bytes sha256 ${sha256(bytes)}`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
