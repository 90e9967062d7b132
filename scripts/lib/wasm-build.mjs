// What the fixture and adapter builds share: the clang-16 toolchain check, running clang, and
// writing outputs or (with --check) comparing them with the committed bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLANG = 'clang-16';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
export const rel = (path) => relative(ROOT, path) || '.';

/** A build's error reporting: one line prefixed with the tool's name, exit 2. */
export function failer(tool) {
  return (message) => {
    console.error(`${tool}: ${message}`);
    process.exit(2);
  };
}

/** Parses the one flag both builds take. */
export function parseCheckFlag(fail) {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) fail(`unknown argument(s): ${unknown.join(' ')}`);
  return argv.includes('--check');
}

/**
 * Checks clang-16, its wasm linker and (for wasi-libc programs) the wasm32 builtins and libc,
 * naming every missing piece and the apt packages that provide it.
 */
export function checkToolchain(fail, { aptPackages, libc }) {
  const probe = (args) => spawnSync(CLANG, args, { encoding: 'utf8' });
  if (probe(['--version']).error)
    fail(`${CLANG} not found on PATH. Install: apt-get install ${aptPackages}`);
  const target = libc ? '--target=wasm32-wasi' : '--target=wasm32';
  const missing = [];
  const linker = probe([target, '-print-prog-name=wasm-ld']).stdout.trim();
  if (spawnSync('wasm-ld-16', ['--version']).error && spawnSync(linker, ['--version']).error) {
    missing.push('lld-16 (wasm-ld-16)');
  }
  if (libc) {
    const builtins = probe([target, '-print-libgcc-file-name']).stdout.trim();
    if (!existsSync(builtins)) missing.push(`libclang-rt-16-dev-wasm32 (${builtins})`);
    const libcArchive = probe([target, '-print-file-name=libc.a']).stdout.trim();
    if (!existsSync(libcArchive)) missing.push('wasi-libc (libc.a for wasm32-wasi)');
  }
  if (missing.length > 0)
    fail(`missing: ${missing.join(', ')}. Install: apt-get install ${aptPackages}`);
}

/** Runs clang in `cwd`, failing with its command line and output. */
export function clang(fail, cwd, args) {
  const result = spawnSync(CLANG, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    fail(`${CLANG} failed:\n${CLANG} ${args.join(' ')}\n${result.stderr ?? result.error}`);
}

/**
 * Writes each built output, or with `check` compares it with the committed file, printing a
 * line per output; a mismatch sets exit code 1 and says how to fix it.
 */
export async function writeOrCheck(tool, outputs, check, rebuildCommand) {
  const differing = [];
  for (const { path, bytes } of outputs) {
    if (!check) {
      await writeFile(path, bytes);
      console.log(`wrote ${rel(path)} ${bytes.length} bytes sha256 ${sha256(bytes)}`);
      continue;
    }
    const committed = existsSync(path) ? await readFile(path) : undefined;
    const state = !committed ? 'missing' : committed.equals(bytes) ? 'ok' : 'differs';
    if (state !== 'ok') differing.push(`${rel(path)} (${state})`);
    console.log(`${state.padEnd(7)} ${rel(path)} ${bytes.length} bytes`);
  }
  if (differing.length > 0) {
    console.error(
      `${tool}: ${differing.length} file(s) do not match a fresh build:\n` +
        differing.map((d) => `  ${d}\n`).join('') +
        `Run \`${rebuildCommand}\` and commit the result.`,
    );
    process.exitCode = 1;
  }
}
