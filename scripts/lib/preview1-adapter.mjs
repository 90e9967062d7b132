// The WASI preview1 *command* adapter that turns a wasm32-wasip1 program into a wasi:cli/run
// component: shipped in the @bytecodealliance/jco npm package, fetched with `npm pack` into
// .cache/ and pinned by sha256. Used by the C fixtures and the Go toolchain fixture.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, sha256 } from './wasm-build.mjs';

const CACHE_DIR = join(ROOT, '.cache', 'jco-adapter');

export const JCO_PACKAGE = '@bytecodealliance/jco@1.35.0';
const ADAPTER_IN_TARBALL = 'package/lib/wasi_snapshot_preview1.command.wasm';
export const ADAPTER_SHA256 = '2a652d711c1fff34f9d5a0e073e50ef7eeb8fe7d8a6d559eae643a4c049a7b94';

async function readVerified(path) {
  if (!existsSync(path)) return undefined;
  const bytes = await readFile(path);
  return sha256(bytes) === ADAPTER_SHA256 ? bytes : undefined;
}

/** The preview1 command adapter, from .cache/ or freshly extracted from `npm pack`. */
export async function loadCommandAdapter(tool, fail) {
  const cached = join(CACHE_DIR, 'wasi_snapshot_preview1.command.wasm');
  const hit = await readVerified(cached);
  if (hit) return hit;

  await mkdir(CACHE_DIR, { recursive: true });
  console.error(`${tool}: fetching the adapter with npm pack ${JCO_PACKAGE}`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', JCO_PACKAGE, '--json', '--pack-destination', CACHE_DIR], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(CACHE_DIR, packed[0].filename);
  const unpackDir = await mkdtemp(join(CACHE_DIR, 'unpack-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', unpackDir, ADAPTER_IN_TARBALL]);
    const bytes = await readFile(join(unpackDir, ADAPTER_IN_TARBALL));
    const actual = sha256(bytes);
    if (actual !== ADAPTER_SHA256) {
      fail(
        `${ADAPTER_IN_TARBALL} in ${JCO_PACKAGE} has sha256 ${actual}, expected ${ADAPTER_SHA256}`,
      );
    }
    await writeFile(`${cached}.tmp`, bytes);
    await rename(`${cached}.tmp`, cached);
    return bytes;
  } finally {
    await rm(unpackDir, { recursive: true, force: true });
  }
}
