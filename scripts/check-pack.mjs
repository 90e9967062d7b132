// Checks the npm package as a user gets it: the packed file list (the CLI, the library with its
// types, the adapter, LICENSE and README; no sources, tests or action bundle), then a fresh
// project that installs the tarball with --omit=dev, type-checks the README's library example
// against the package's declarations, runs it and the CLI, and stays under the size budget.
// The package has no dependencies, so this needs no registry. Usage: node scripts/check-pack.mjs
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const budget = 5e6; // bytes of the consumer's node_modules: the package alone, it has no dependencies
const started = Date.now();
const failures = [];
const fail = (message) => failures.push(message);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 180_000,
  });
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

// 1. The file list: exactly the CLI and library bundles, the declarations, the adapter, the
//    package's own files. The action's bundle (dist/action.js, its .wasm and worker copies) and
//    action.yml are not in it: the action runs from the repository (`uses: owner/repo@v1`).
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
const files = new Set(packed.files.map((file) => file.path));
const bundles = readdirSync(join(root, 'dist')).filter((name) =>
  /^(cli|index)[\w-]*\.js$/.test(name),
);
const types = readdirSync(join(root, 'dist/types'), { recursive: true })
  .filter((name) => name.endsWith('.d.ts'))
  .map((name) => `dist/types/${name}`);
const expected = new Set([
  'package.json',
  'README.md',
  'LICENSE',
  'adapter/virtual-adapter.wasm',
  ...bundles.map((name) => `dist/${name}`),
  ...types,
]);
for (const required of ['dist/cli.js', 'dist/index.js', 'dist/types/index.d.ts'])
  if (!expected.has(required)) fail(`${required} is missing: run npm run build`);
for (const file of expected) if (!files.has(file)) fail(`the package lacks ${file}`);
for (const file of files) if (!expected.has(file)) fail(`the package should not hold ${file}`);
console.log(
  `package: ${packed.entryCount} files, tarball ${mb(packed.size)}, unpacked ${mb(packed.unpackedSize)}`,
);

// 2. A fresh project installs the tarball as a user would.
const scratch = mkdtempSync(join(tmpdir(), 'wasi-virt-pack-'));
try {
  const [tarball] = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root),
  );
  const project = join(scratch, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  npm(['install', '--omit=dev', join(scratch, tarball.filename)], project);

  const size = treeSize(join(project, 'node_modules'));
  console.log(`installed with --omit=dev: node_modules is ${mb(size)} (budget ${mb(budget)})`);
  if (size > budget) fail(`node_modules is ${mb(size)}, over the ${mb(budget)} budget`);

  // 3. The README's library example, type-checked against the package's declarations (strictly,
  //    declaration files included) and run. A Node project has @types/node; the example's
  //    `appBytes` is the fixture env-args.wasm.
  const nodeTypes = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[
    '@types/node'
  ];
  npm(['install', '--no-save', `@types/node@${nodeTypes}`], project);
  const example = readmeExample();
  writeFileSync(
    join(project, 'example.ts'),
    [
      "import { readFile } from 'node:fs/promises';",
      'const appBytes = new Uint8Array(await readFile(process.argv[2]!));',
      example,
      'console.log(`example: output ${output?.length} bytes, adapter ${adapter?.length} bytes, plan ${typeof plan}`);',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        types: ['node'],
        outDir: 'build',
      },
      files: ['example.ts'],
    }),
  );
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], project);
    console.log("the README's library example type-checks against dist/types/");
    const envArgs = join(root, 'fixtures/env-args.wasm');
    process.stdout.write(run(process.execPath, ['build/example.js', envArgs], project));
    // 4. The CLI, as the bin entry installs it.
    const cli = join(project, 'node_modules/.bin/wasi-virt');
    run(cli, [envArgs, '-o', join(scratch, 'out.wasm')], project);
    run(
      cli,
      ['check', join(scratch, 'out.wasm'), '--allow', 'wasi:cli/environment#get-arguments'],
      project,
    );
    console.log('the installed wasi-virt virtualizes fixtures/env-args.wasm and checks the output');
  } catch (error) {
    fail(`the installed package failed: ${error.stdout ?? ''}${error.message}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-pack: ${failure}`);
  process.exit(1);
}
console.log(`the npm package checks out (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/** The ```ts block after "Library API" in README.md. */
function readmeExample() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = /^Library API[^\n]*\n+```ts\n([\s\S]*?)\n```/m.exec(readme);
  if (!match) throw new Error('README.md has no ```ts block after "Library API"');
  return match[1];
}

/** The bytes of every file under dir (links counted as links, not followed). */
function treeSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? treeSize(path) : lstatSync(path).size;
  }
  return total;
}
