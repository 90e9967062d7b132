// Bundles the CLI, the action and the library into dist/ (committed; check-dist.mjs keeps it fresh),
// with the library's type declarations in dist/types/ (tsconfig.types.json).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { basename, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(root, process.argv[2] ?? 'dist');

// Bundled CommonJS dependencies call require(); give the ESM bundle one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// The CLI and the library are installed with npm: jco-transpile (which loads its own .wasm
// files next to its modules) stays in node_modules.
const external = ['@bytecodealliance/jco-transpile'];

// The action runs from a checkout without node_modules: its bundle holds everything, and the
// files its dependencies load at run time relative to their own module, with
// `new URL('./<file>', import.meta.url)`, are copied byte for byte next to it: jco-transpile's
// wasm-tools core modules, and preview2-shim's I/O worker (started when wasm-tools loads).
// The virtual adapter is found at <action root>/adapter/virtual-adapter.wasm (src/virt/adapter-module.ts).
const actionAssets = [
  'node_modules/@bytecodealliance/jco-transpile/vendor/wasm-tools.core.wasm',
  'node_modules/@bytecodealliance/jco-transpile/vendor/wasm-tools.core2.wasm',
  'node_modules/@bytecodealliance/preview2-shim/dist/io/worker-thread.bundle.js',
];

const common = {
  absWorkingDir: root,
  // Module paths (which the bundle records in comments) as the checkout names them, also when
  // node_modules is a symlink (a git worktree sharing another's): the bytes do not depend on it.
  preserveSymlinks: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
// The CLI's commands load their modules when they run (src/cli/main.ts): split into chunks, a
// command loads only the chunks, and the external modules, it uses.
await build({
  ...common,
  external,
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
  entryPoints: { cli: 'src/cli/bin.ts' },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
await build({
  ...common,
  entryPoints: { action: 'src/action/entry.ts' },
  banner: { js: requireShim },
});
for (const asset of actionAssets)
  await copyFile(resolve(root, asset), resolve(outdir, basename(asset)));
await chmod(resolve(outdir, 'cli.js'), 0o755);
await build({
  ...common,
  external,
  entryPoints: { index: 'src/index.ts' },
  banner: { js: requireShim },
});
// The library's declarations: src/index.ts and what it reaches, one .d.ts per module.
execFileSync(
  process.execPath,
  [
    resolve(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    resolve(root, 'tsconfig.types.json'),
    '--outDir',
    resolve(outdir, 'types'),
  ],
  { stdio: 'inherit' },
);
