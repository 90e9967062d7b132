import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runComponent } from '../__tests__/support/runner.js';
import { medianRun } from './measure.js';
import { engines } from './read-throughput.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = 3;
const BIG = 50 * 1024 * 1024;

/** One run of `fs-bench DIR COUNT SIZE BIG`, the host's directory preopened at /tmp if given. */
type RunOnce = (component: string, args: string[], hostDir?: string) => Promise<void>;

const underWasmtime =
  (engine: string): RunOnce =>
  async (component, args, hostDir) => {
    const out = execFileSync(
      engine,
      ['run', ...(hostDir ? ['--dir', `${hostDir}::/tmp`] : []), component, ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (out.toString() !== 'ok\n') throw new Error(`fs-bench under wasmtime: ${out.toString()}`);
  };

const underJco: RunOnce = async (component, args, hostDir) => {
  const run = await runComponent(readFileSync(component), {
    args,
    ...(hostDir ? { preopens: { '/tmp': hostDir } } : {}),
    timeoutMs: 300_000,
  });
  if (run.stdout !== 'ok\n') throw new Error(`fs-bench under jco: ${run.stdout}${run.stderr}`);
};

/** Median wall time of a whole run, on a fresh host directory if any. */
const timeRuns = (run: RunOnce, component: string, args: string[], hostDir?: string) =>
  medianRun(
    RUNS,
    () => run(component, args, hostDir),
    () => {
      if (!hostDir) return;
      rmSync(hostDir, { recursive: true, force: true });
      mkdirSync(hostDir);
    },
  );

/**
 * The writable file system (`--writable /tmp=128M`): 10,000 files of 100 bytes written and read
 * back, and one 50 MB file written in 64 KiB writes and read back in 64 KiB reads, against the
 * same program on a host directory passed through (`--allow-fs`). The work's time is the run's
 * less that of the same component doing nothing (engine start and instantiation).
 */
export async function benchWritableFs(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'bench-writable-'));
  try {
    const app = join(ROOT, 'fixtures', 'fs-bench.wasm');
    const memory = join(work, 'memory.wasm');
    const host = join(work, 'host.wasm');
    const generate = (out: string, ...flags: string[]) =>
      execFileSync(process.execPath, [CLI, app, '-o', out, '--allow-stdio', ...flags], {
        stdio: 'ignore',
      });
    generate(memory, '--writable', '/tmp=128M');
    generate(host, '--allow-fs');
    const hostDir = join(work, 'host-tmp');
    const { found, list } = engines(underWasmtime, underJco);
    const rows = [
      '| engine | directory | 10,000 files of 100 B: write + read | one 50 MB file: write + read |',
      '|---|---|---:|---:|',
    ];
    for (const [name, run] of list) {
      for (const [label, component, dir] of [
        ['in memory (`--writable /tmp=128M`)', memory, undefined],
        ['host directory (`--allow-fs`)', host, hostDir],
      ] as const) {
        const idle = await timeRuns(run, component, ['/tmp', '0', '0', '0'], dir);
        const small = await timeRuns(run, component, ['/tmp', '10000', '100', '0'], dir);
        const big = await timeRuns(run, component, ['/tmp', '0', '0', String(BIG)], dir);
        const ms = (t: number) => `${Math.max(t - idle, 0).toFixed(0)} ms`;
        rows.push(`| ${name} | ${label} | ${ms(small)} | ${ms(big)} |`);
      }
    }
    return (
      rows.join('\n') +
      (found ? '' : '\n\nwasmtime is not installed: its rows are skipped.') +
      `\n\nEach figure is the median of ${RUNS} runs less a run that does no work; the host directory is a fresh one under ${tmpdir()} for each run.` +
      ' In memory, every byte written or read crosses from the app to the adapter, another component: under jco its generated JavaScript copies such lists one byte load at a time (a CPU profile of the 50 MB write puts over 80% of the run there), which a host directory, reached from the app straight through the shim, never pays.'
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
