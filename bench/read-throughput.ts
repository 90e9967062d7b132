import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SIZE = 50 * 1024 * 1024;

function wasmtime(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'wasmtime')),
    join(homedir(), '.cargo/bin/wasmtime'),
  ];
  return candidates.find((p) => existsSync(p));
}

/** Median wall time of running `cat-files <path>` to a null stdout under wasmtime, instantiation included. */
function timeRuns(
  engine: string,
  component: string,
  dirs: string[],
  path: string,
  runs = 5,
): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(engine, ['run', ...dirs.flatMap((d) => ['--dir', d]), component, path], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Reading a 50 MB file through the virtual tree against reading it from a host preopen, same run. */
export function benchReadThroughput(): string {
  const engine = wasmtime();
  if (!engine)
    return 'wasmtime is not installed: skipped (cargo install --locked wasmtime-cli --version 48.0.8)';
  const work = mkdtempSync(join(tmpdir(), 'bench-read-'));
  try {
    const dir = join(work, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'big.bin'), randomBytes(SIZE));
    const app = join(ROOT, 'fixtures', 'cat-files.wasm');
    const virtual = join(work, 'virtual.wasm');
    const host = join(work, 'host.wasm');
    execFileSync(
      process.execPath,
      [CLI, app, '-o', virtual, '--allow-stdio', '--mount', `/data=${dir}`, '--no-verify'],
      { stdio: 'ignore' },
    );
    execFileSync(
      process.execPath,
      [CLI, app, '-o', host, '--allow-stdio', '--allow-fs', '--no-verify'],
      { stdio: 'ignore' },
    );
    // The first run of each compiles the component into wasmtime's cache; it is not measured.
    timeRuns(engine, virtual, [], '/data/big.bin', 1);
    timeRuns(engine, host, [`${dir}::/data`], '/data/big.bin', 1);
    const rows = [
      '| read of a 50 MB file by cat-files under wasmtime | median wall time | throughput |',
      '|---|---:|---:|',
    ];
    for (const [name, ms] of [
      ['virtual (embedded with --mount)', timeRuns(engine, virtual, [], '/data/big.bin')],
      [
        'host passthrough (--allow-fs, the host preopen)',
        timeRuns(engine, host, [`${dir}::/data`], '/data/big.bin'),
      ],
    ] as const) {
      rows.push(
        `| ${name} | ${ms.toFixed(0)} ms | ${(SIZE / 1048576 / (ms / 1000)).toFixed(0)} MB/s |`,
      );
    }
    return (
      rows.join('\n') +
      '\n\nTimes include starting wasmtime and instantiating the component (the virtual one copies its 50 MB data segment).'
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
