// Bundles the CLI, the action and the library into dist/ (committed; check-dist.mjs keeps it fresh),
// with the library's type declarations in dist/types/ (tsconfig.types.json).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(root, process.argv[2] ?? 'dist');

// Bundled CommonJS dependencies call require(); give the ESM bundle one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// Nothing the CLI, the library or the action run loads a dependency at run time (jco-transpile
// serves tests and scripts only): every bundle holds all it needs. The action runs from a
// checkout without node_modules and finds the virtual adapter at
// <action root>/adapter/virtual-adapter.wasm (src/virt/adapter-module.ts).

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
await chmod(resolve(outdir, 'cli.js'), 0o755);
await build({
  ...common,
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
