// Bundles the CLI, the action and the library into dist/ (committed; check-dist.mjs keeps it fresh).
import { build } from 'esbuild';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(root, process.argv[2] ?? 'dist');

// Bundled CommonJS dependencies call require(); give the ESM bundle one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// jco-transpile loads its own .wasm files next to its modules, and binaryen is one large
// module: both stay in node_modules (they are dependencies) rather than in the bundle.
const external = ['@bytecodealliance/jco-transpile', 'binaryen'];

const common = {
  external,
  absWorkingDir: root,
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
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts' },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
await build({
  ...common,
  entryPoints: { action: 'src/action/entry.ts' },
  banner: { js: requireShim },
});
await chmod(resolve(outdir, 'cli.js'), 0o755);
await build({ ...common, entryPoints: { index: 'src/index.ts' }, banner: { js: requireShim } });
