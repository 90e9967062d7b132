#!/usr/bin/env node
// Builds the toolchain fixtures: one program (fixtures/toolchains/README.md) made into a component
// by real third-party toolchains, for __tests__/toolchains.test.ts.
//
//   node scripts/build-toolchain-fixtures.mjs [NAME...]          build into .cache/toolchain-fixtures/
//                                                               and record each output in the manifest
//   node scripts/build-toolchain-fixtures.mjs --check [NAME...]  build the same way, then exit 1 naming
//                                                               every output that does not match it
//
// NAME is go, python, python-p3, js, js-nohttp, js-p3 or rust-p3 (default: all). The outputs (0.1-20 MB)
// are not committed; fixtures/toolchains/manifest.json (committed) records the toolchains and, for
// each output, its sha256. Toolchains, pinned and installed by this script:
//   go               the local Go, run as GOTOOLCHAIN=go1.26.8 (the go command fetches that release
//                    from the Go module proxy if the local one differs), then the preview1 command
//                    adapter (scripts/lib/preview1-adapter.mjs)
//   componentize-py  0.25.1 from PyPI (fixtures/toolchains/python/requirements.txt, hash-pinned) in a
//                    venv under .cache/toolchains/, for python and python-p3
//   componentize-js  0.23.0 from npm (fixtures/toolchains/js/package-lock.json) via npm ci into
//                    .cache/toolchains/, for js, js-nohttp and js-p3
//   rust             rustup's Rust 1.95.0 with its wasm32-unknown-unknown target (installed by rustup
//                    if missing), wit-bindgen 0.63.0 from crates.io (fixtures/toolchains/rust-p3/
//                    Cargo.lock) fetched into .cache/toolchains/cargo-home, then the component made
//                    with jco-transpile's wasm-tools (no adapter: the module speaks WASI 0.3 itself)
//
// Reproducibility. componentize-py and componentize-js run the program once at build time in an
// embedded wasmtime and snapshot its memory, so whatever it saw then is in the output: entropy
// (hash seeds), clocks, paths and file times. The build fixes what it can: a preload library
// (scripts/lib/fixed-host.c, compiled with the host's cc) makes libc's entropy and clocks fixed;
// componentize-js works in a fixed directory (BUILD_DIR) under a seeded Math.random. That makes
// the JavaScript outputs byte-identical. componentize-py's snapshot still holds the modification
// times of the directories it mounts for the pre-init (the standard library and the bindings it
// unpacks and generates just before, the app's directory), which Python's import system caches and
// wasmtime reads with raw system calls that no preload library sees; for it, --check compares the
// output's interface (its imports and exports, with their functions and types) instead of its bytes.
// The Rust build maps the checkout's path out of the module (--remap-path-prefix) and is byte-identical.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import { describeComponent, readComponent } from '../dist/index.js';
import { ADAPTER_SHA256, JCO_PACKAGE, loadCommandAdapter } from './lib/preview1-adapter.mjs';
import { failer, rel, ROOT, sha256 } from './lib/wasm-build.mjs';

const TOOL = 'build-toolchain-fixtures';
const fail = failer(TOOL);

const SRC = join(ROOT, 'fixtures', 'toolchains');
const MANIFEST = join(SRC, 'manifest.json');
const OUT_DIR = join(ROOT, '.cache', 'toolchain-fixtures');
const TOOLS_DIR = join(ROOT, '.cache', 'toolchains');
/**
 * Where componentize-js works: its paths end up in the output, so they must not depend on the
 * checkout or on a random temp name. One JavaScript build at a time per machine (a lock guards it).
 */
const BUILD_DIR = '/tmp/wasi-virt-toolchain-build';

const GO_VERSION = 'go1.26.8';
const COMPONENTIZE_PY = '0.25.1';
const COMPONENTIZE_JS = '0.23.0';
const RUST_VERSION = '1.95.0';
const RUST_TARGET = 'wasm32-unknown-unknown';
/** The version fixtures/toolchains/rust-p3/Cargo.lock pins (the build checks they agree). */
const WIT_BINDGEN = '0.63.0';
/** The WASI packages jco ships, which the JavaScript fixture's world names (wit/world.wit). */
const JS_WIT_DEPS = ['cli', 'clocks', 'filesystem', 'io', 'random', 'sockets'];

const FIXTURES = {
  go: {
    toolchain: `${GO_VERSION} (GOOS=wasip1 GOARCH=wasm) + preview1 command adapter`,
    build: buildGo,
  },
  python: {
    toolchain: `componentize-py ${COMPONENTIZE_PY}`,
    build: (work) => buildPython(work, 'python'),
  },
  'python-p3': {
    toolchain: `componentize-py ${COMPONENTIZE_PY}, a WASI 0.3.0 world (its runtime imports WASI 0.2)`,
    build: (work) => buildPython(work, 'python-p3'),
  },
  js: {
    toolchain: `componentize-js ${COMPONENTIZE_JS}, default features`,
    build: (work) => buildJs(work, 'js', 'command', []),
  },
  'js-nohttp': {
    toolchain: `componentize-js ${COMPONENTIZE_JS}, disableFeatures ['http', 'fetch-event']`,
    build: (work) => buildJs(work, 'js', 'command', ['http', 'fetch-event']),
  },
  'js-p3': {
    toolchain: `componentize-js ${COMPONENTIZE_JS}, disableFeatures ['http', 'fetch-event'], a WASI 0.3.0 world (its runtime imports WASI 0.2)`,
    build: (work) => buildJs(work, 'js-p3', 'app', ['http', 'fetch-event']),
  },
  'rust-p3': {
    toolchain: `rustc ${RUST_VERSION} (${RUST_TARGET}) + wit-bindgen ${WIT_BINDGEN}, WASI 0.3.0`,
    build: buildRust,
  },
};
/** Outputs whose bytes vary between builds; --check compares their interface (see above). */
const COMPONENTIZE_PY_SNAPSHOT =
  "componentize-py's memory snapshot holds the modification times of the directories it " +
  'mounts for the pre-init (standard library and bindings unpacked just before, the app), ' +
  "cached by Python's import system; wasmtime reads them with raw system calls";
const NOT_BYTE_REPRODUCIBLE = {
  python: COMPONENTIZE_PY_SNAPSHOT,
  'python-p3': COMPONENTIZE_PY_SNAPSHOT,
};

/** Runs a command, failing with its output unless it exits 0; returns its stdout. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    fail(
      `${command} ${args.join(' ')} failed (${result.error ?? `exit ${result.status}`})\n${output}`,
    );
  }
  return result.stdout;
}

// ---- toolchains ---------------------------------------------------------------------------------

/** Installs once, keyed by the hash of the file that pins the versions. */
async function installOnce(dir, pinFile, install) {
  const stamp = join(dir, '.installed');
  const key = sha256(await readFile(pinFile));
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === key) return;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await install();
  await writeFile(stamp, key);
}

function goCommand() {
  const local = ['go', '/usr/local/go/bin/go'].find((go) => !spawnSync(go, ['version']).error);
  if (!local)
    fail(`no Go toolchain found (go on PATH or /usr/local/go/bin/go); ${GO_VERSION} needed`);
  return local;
}

/** The environment of every go command: the pinned release and nothing from the caller's GOFLAGS. */
const GO_ENV = {
  ...process.env,
  GOTOOLCHAIN: GO_VERSION,
  GOFLAGS: '',
  GOOS: 'wasip1',
  GOARCH: 'wasm',
  CGO_ENABLED: '0',
};

async function componentizePy() {
  const venv = join(TOOLS_DIR, 'componentize-py');
  const requirements = join(SRC, 'python', 'requirements.txt');
  await installOnce(venv, requirements, async () => {
    console.error(`${TOOL}: installing componentize-py ${COMPONENTIZE_PY} into ${rel(venv)}`);
    run('python3', ['-m', 'venv', venv]);
    run(join(venv, 'bin', 'pip'), [
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--require-hashes',
      '-r',
      requirements,
    ]);
  });
  return join(venv, 'bin', 'componentize-py');
}

async function componentizeJs() {
  const prefix = join(TOOLS_DIR, 'componentize-js');
  const lock = join(SRC, 'js', 'package-lock.json');
  await installOnce(prefix, lock, async () => {
    console.error(`${TOOL}: installing componentize-js ${COMPONENTIZE_JS} into ${rel(prefix)}`);
    await copyFile(join(SRC, 'js', 'package.json'), join(prefix, 'package.json'));
    await copyFile(lock, join(prefix, 'package-lock.json'));
    run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', prefix]);
  });
  const modules = join(prefix, 'node_modules', '@bytecodealliance');
  return {
    entry: join(modules, 'componentize-js', 'src', 'componentize.js'),
    wasiWit: join(modules, 'jco', 'lib', 'wit', 'builtin', '0.2.12'),
  };
}

function rustupCommand() {
  const rustup = ['rustup', join(homedir(), '.cargo', 'bin', 'rustup')].find(
    (r) => !spawnSync(r, ['--version']).error,
  );
  if (!rustup) fail(`no rustup (on PATH or in ~/.cargo/bin); Rust ${RUST_VERSION} needed`);
  return rustup;
}

/** rustup's Rust RUST_VERSION with the RUST_TARGET standard library, installed if missing. */
function rustToolchain() {
  const rustup = rustupCommand();
  const targets = spawnSync(
    rustup,
    ['target', 'list', '--installed', '--toolchain', RUST_VERSION],
    {
      encoding: 'utf8',
    },
  );
  if (targets.status !== 0 || !targets.stdout.split('\n').includes(RUST_TARGET)) {
    console.error(`${TOOL}: installing Rust ${RUST_VERSION} with ${RUST_TARGET} (rustup)`);
    run(rustup, [
      'toolchain',
      'install',
      RUST_VERSION,
      '--profile',
      'minimal',
      '--target',
      RUST_TARGET,
    ]);
  }
  const version = run(rustup, ['run', RUST_VERSION, 'rustc', '--version']).trim();
  if (!version.startsWith(`rustc ${RUST_VERSION} `))
    fail(`rustup's toolchain ${RUST_VERSION} reports "${version}"`);
  return rustup;
}

/** The preload library that fixes entropy and clocks (scripts/lib/fixed-host.c), built into `dir`. */
function fixedHost(dir) {
  const output = join(dir, 'fixed-host.so');
  const cc = ['cc', 'gcc', 'clang-16'].find((c) => !spawnSync(c, ['--version']).error);
  if (!cc) fail('no C compiler (cc, gcc or clang-16) for scripts/lib/fixed-host.c');
  // A relative source path and -s: the library's bytes do not depend on the checkout's location.
  const flags = ['-shared', '-fPIC', '-O2', '-s', '-Wall', '-Werror'];
  run(cc, [...flags, 'fixed-host.c', '-o', output, '-ldl'], { cwd: join(ROOT, 'scripts', 'lib') });
  return output;
}

// ---- builds -------------------------------------------------------------------------------------

async function buildGo(work) {
  const go = goCommand();
  const version = run(go, ['version'], { env: GO_ENV }).trim();
  if (!version.includes(`${GO_VERSION} `))
    fail(`GOTOOLCHAIN=${GO_VERSION} ${go} reports "${version}"`);
  const core = join(work, 'go.core.wasm');
  // -trimpath: no checkout or GOROOT paths; -buildid=: no build ID (a hash that also covers the
  // toolchain's own location).
  run(go, ['build', '-trimpath', '-ldflags=-buildid=', '-o', core, '.'], {
    cwd: join(SRC, 'go'),
    env: GO_ENV,
  });
  const adapter = await loadCommandAdapter(TOOL, fail);
  const module = withInitialMemory(await readFile(core), GO_INITIAL_MEMORY_PAGES);
  return componentNew(module, [['wasi_snapshot_preview1', adapter]]);
}

/**
 * Go's wasm runtime takes all linear memory above its data as its heap and grows memory assuming
 * nobody else does (runtime/mem_wasm.go ignores what memory.grow returns). The preview1 adapter
 * keeps its state in a page it gets with memory.grow, so once Go's heap outgrows the initial memory
 * (its data + 1 MiB) it overwrites that page and the adapter traps ("assertion failed at adapter
 * line ...", its state canaries). With a larger initial memory Go's heap stays below the adapter's
 * page for as long as it fits in it.
 */
const GO_INITIAL_MEMORY_PAGES = 1024; // 64 MiB

const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return { value, next: at };
  }
};
const leb = (value) => {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
};

/** The core module with its one memory's minimum raised to at least `pages` (no maximum allowed). */
function withInitialMemory(module, pages) {
  let at = 8; // magic and version
  while (at < module.length) {
    const id = module[at];
    const size = readLeb(module, at + 1);
    const end = size.next + size.value;
    if (id === 5) {
      const count = readLeb(module, size.next);
      const flags = module[count.next];
      if (count.value !== 1 || flags !== 0) fail(`unexpected memory section in the Go module`);
      const min = readLeb(module, count.next + 1);
      const body = [...leb(1), 0, ...leb(Math.max(min.value, pages))];
      return Buffer.concat([
        module.subarray(0, at),
        Buffer.from([5, ...leb(body.length), ...body]),
        module.subarray(end),
      ]);
    }
    at = end;
  }
  return fail('the Go module has no memory section');
}

/** fixtures/toolchains/<name>/app.py with the world `command` of its wit/. */
async function buildPython(work, name) {
  const tool = await componentizePy();
  const output = join(work, `${name}.wasm`);
  // The pre-init imports app.py from the source directory and leaves __pycache__/ there; a build
  // that finds it snapshots a different memory (about 2 KB larger from a fresh checkout), so every
  // build starts without it.
  await rm(join(SRC, name, '__pycache__'), { recursive: true, force: true });
  run(tool, ['-q', '-d', 'wit', '-w', 'command', 'componentize', 'app', '-o', output], {
    cwd: join(SRC, name),
    env: { ...process.env, LD_PRELOAD: fixedHost(work) },
  });
  return readFile(output);
}

/** Takes BUILD_DIR for this process; a lock left by a process that is gone is taken over. */
async function lockBuildDir() {
  const lock = `${BUILD_DIR}.lock`;
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(await readFile(lock, 'utf8').catch(() => '0'));
    const alive = (() => {
      try {
        return owner > 0 && process.kill(owner, 0);
      } catch {
        return false;
      }
    })();
    if (alive) fail(`${BUILD_DIR} is in use by process ${owner} (lock ${lock})`);
    await writeFile(lock, String(process.pid));
  }
  process.on('exit', () => spawnSync('rm', ['-f', lock]));
}

/**
 * The world's WIT, into `wit`: a fixture's own wit/ whole when it has deps/ (links to the
 * vendored WASI 0.3.0, copied as files), else its world.wit with the WASI 0.2.12 packages jco ships.
 */
async function copyJsWit(tool, dir, wit) {
  if (existsSync(join(dir, 'wit', 'deps'))) {
    await cp(join(dir, 'wit'), wit, { recursive: true, dereference: true });
    return;
  }
  await cp(join(dir, 'wit', 'world.wit'), join(wit, 'world.wit'));
  for (const pkg of JS_WIT_DEPS) {
    await cp(join(tool.wasiWit, `wasi-${pkg}`), join(wit, 'deps', pkg), { recursive: true });
  }
}

let buildDirLocked = false;
/** fixtures/toolchains/<source>/app.js with the world `worldName` of its wit/. */
async function buildJs(work, source, worldName, disableFeatures) {
  const tool = await componentizeJs();
  if (!buildDirLocked) {
    await lockBuildDir();
    buildDirLocked = true;
  }
  await rm(BUILD_DIR, { recursive: true, force: true });
  const wit = join(BUILD_DIR, 'wit');
  await mkdir(join(BUILD_DIR, 'tmp'), { recursive: true });
  await copyJsWit(tool, join(SRC, source), wit);
  await copyFile(join(SRC, source, 'app.js'), join(BUILD_DIR, 'app.js'));
  const output = join(work, `${source}-${disableFeatures.length}.wasm`);
  // Outside BUILD_DIR, which the engine sees as its root directory while it is pre-initialized:
  // the request names paths in the checkout.
  const request = join(work, 'request.json');
  await writeFile(
    request,
    JSON.stringify({
      componentizeJs: tool.entry,
      sourcePath: join(BUILD_DIR, 'app.js'),
      witPath: wit,
      worldName,
      disableFeatures,
      wizerEnv: { LD_PRELOAD: fixedHost(BUILD_DIR) },
      output,
    }),
  );
  run(
    process.execPath,
    ['--random-seed=1', join(ROOT, 'scripts', 'lib', 'componentize-js.mjs'), request],
    { cwd: BUILD_DIR, env: { ...process.env, TMPDIR: join(BUILD_DIR, 'tmp') } },
  );
  const bytes = await readFile(output);
  await rm(BUILD_DIR, { recursive: true, force: true });
  return bytes;
}

async function buildRust() {
  const crate = join(SRC, 'rust-p3');
  const lock = await readFile(join(crate, 'Cargo.lock'), 'utf8');
  if (!lock.includes(`name = "wit-bindgen"\nversion = "${WIT_BINDGEN}"\n`))
    fail(`fixtures/toolchains/rust-p3/Cargo.lock does not pin wit-bindgen ${WIT_BINDGEN}`);
  const rustup = rustToolchain();
  const target = join(TOOLS_DIR, 'rust-p3-target');
  run(
    rustup,
    ['run', RUST_VERSION, 'cargo', 'build', '--locked', '--release', '--target', RUST_TARGET],
    {
      cwd: crate,
      env: {
        ...process.env,
        // Crates are fetched into the cache, not the user's ~/.cargo, and their paths (like the
        // checkout's, in panic locations) are mapped to one that does not depend on the checkout.
        // CARGO_ENCODED_RUSTFLAGS overrides RUSTFLAGS and any cargo config the caller has.
        CARGO_HOME: join(TOOLS_DIR, 'cargo-home'),
        CARGO_TARGET_DIR: target,
        CARGO_ENCODED_RUSTFLAGS: `--remap-path-prefix=${ROOT}=/wasi-virt`,
      },
    },
  );
  const module = await readFile(join(target, RUST_TARGET, 'release', 'rust_p3.wasm'));
  return componentNew(module, []);
}

// ---- manifest -----------------------------------------------------------------------------------

/** What the component imports and exports, and a hash of everything they carry. */
function describeInterface(bytes) {
  const { imports, exports } = describeComponent(readComponent(bytes));
  const strip = (items) => items.map(({ offset: _offset, ...item }) => item);
  return {
    imports: imports.map((i) => i.name),
    exports: exports.map((e) => e.name),
    interfaceSha256: sha256(JSON.stringify({ imports: strip(imports), exports: strip(exports) })),
  };
}

function manifestEntry(name, bytes) {
  return {
    toolchain: FIXTURES[name].toolchain,
    byteReproducible: !NOT_BYTE_REPRODUCIBLE[name],
    ...(NOT_BYTE_REPRODUCIBLE[name] ? { why: NOT_BYTE_REPRODUCIBLE[name] } : {}),
    size: bytes.length,
    sha256: sha256(bytes),
    ...describeInterface(bytes),
  };
}

/** How a fresh build differs from its manifest entry, or undefined when it matches. */
function mismatch(name, recorded, built) {
  if (!recorded) return 'not in the manifest';
  if (recorded.byteReproducible) {
    return recorded.sha256 === built.sha256
      ? undefined
      : `sha256 ${built.sha256}, manifest ${recorded.sha256}`;
  }
  return recorded.interfaceSha256 === built.interfaceSha256
    ? undefined
    : `interface sha256 ${built.interfaceSha256}, manifest ${recorded.interfaceSha256}`;
}

async function readManifest() {
  if (!existsSync(MANIFEST)) return { toolchains: {}, fixtures: {} };
  return JSON.parse(await readFile(MANIFEST, 'utf8'));
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const names = argv.filter((a) => a !== '--check');
  const unknown = names.filter((n) => !(n in FIXTURES));
  if (unknown.length > 0)
    fail(`unknown fixture(s) ${unknown.join(' ')}; known: ${Object.keys(FIXTURES).join(' ')}`);
  const selected = names.length > 0 ? names : Object.keys(FIXTURES);

  const manifest = await readManifest();
  await mkdir(OUT_DIR, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'wasi-virt-toolchains-'));
  const differing = [];
  try {
    for (const name of selected) {
      const started = Date.now();
      const bytes = await FIXTURES[name].build(work);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const out = join(OUT_DIR, `${name}.wasm`);
      await writeFile(`${out}.tmp`, bytes);
      await rename(`${out}.tmp`, out);
      const entry = manifestEntry(name, bytes);
      if (check) {
        const problem = mismatch(name, manifest.fixtures[name], entry);
        if (problem) differing.push(`${name}: ${problem}`);
        console.log(
          `${(problem ? 'differs' : 'ok').padEnd(7)} ${rel(out)} ${bytes.length} bytes (${seconds} s)`,
        );
      } else {
        manifest.fixtures[name] = entry;
        console.log(
          `wrote ${rel(out)} ${bytes.length} bytes sha256 ${entry.sha256} (${seconds} s)`,
        );
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  if (check) {
    if (differing.length > 0) {
      console.error(
        `${TOOL}: ${differing.length} fixture(s) do not match ${rel(MANIFEST)}:\n` +
          differing.map((d) => `  ${d}\n`).join('') +
          'Run `npm run build:toolchain-fixtures` and commit the manifest if the change is intended.',
      );
      process.exitCode = 1;
    }
    return;
  }
  manifest.toolchains = {
    go: GO_VERSION,
    'preview1-adapter': `${JCO_PACKAGE} lib/wasi_snapshot_preview1.command.wasm sha256 ${ADAPTER_SHA256}`,
    'componentize-py': COMPONENTIZE_PY,
    'componentize-js': COMPONENTIZE_JS,
    rust: RUST_VERSION,
    'wit-bindgen': WIT_BINDGEN,
  };
  const sorted = Object.fromEntries(
    Object.keys(FIXTURES)
      .filter((n) => manifest.fixtures[n])
      .map((n) => [n, manifest.fixtures[n]]),
  );
  await writeFile(MANIFEST, `${JSON.stringify({ ...manifest, fixtures: sorted }, null, 2)}\n`);
  console.log(`wrote ${rel(MANIFEST)}`);
}

await main();
