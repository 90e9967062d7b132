import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runComponent } from '../__tests__/support/runner.js';
import { medianRun } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SIZE = 50 * 1024 * 1024;
const RUNS = 5;

function wasmtime(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'wasmtime')),
    join(homedir(), '.cargo/bin/wasmtime'),
  ];
  return candidates.find((p) => existsSync(p));
}

/**
 * The engines a run can go to, each with its way of running: wasmtime's (given its binary) when
 * it is installed, and jco's; and whether wasmtime was found.
 */
export function engines<Run>(
  underWasmtime: (engine: string) => Run,
  underJco: Run,
): { found: boolean; list: [string, Run][] } {
  const engine = wasmtime();
  const list: [string, Run][] = engine ? [['wasmtime', underWasmtime(engine)]] : [];
  return { found: engine !== undefined, list: [...list, ['jco (Node)', underJco]] };
}

/** A host directory the engine preopens, and where. */
interface Preopen {
  dir: string;
  guest: string;
}

/** Runs `cat-files <path>` once in a component, its stdout dropped, with the host's directory preopened if any. */
type RunOnce = (component: string, path: string, preopen?: Preopen) => Promise<void>;

const underWasmtime =
  (engine: string): RunOnce =>
  async (component, path, preopen) => {
    execFileSync(
      engine,
      ['run', ...(preopen ? ['--dir', `${preopen.dir}::${preopen.guest}`] : []), component, path],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  };

const underJco: RunOnce = async (component, path, preopen) => {
  const run = await runComponent(readFileSync(component), {
    args: [path],
    ...(preopen ? { preopens: { [preopen.guest]: preopen.dir } } : {}),
    timeoutMs: 120_000,
  });
  if (run.exitCode !== 0) throw new Error(`cat-files failed under jco: ${run.stderr}`);
};

/** Median wall time of a whole run (engine start and instantiation included). */
const timeRuns = (run: RunOnce, component: string, path: string, preopen?: Preopen) =>
  medianRun(RUNS, () => run(component, path, preopen));

/**
 * Reading a 50 MB file through the virtual tree against reading it from a host
 * preopen, straight or forwarded by the adapter (the same crossings as a
 * virtual read), same run, under wasmtime and under jco. The time of reading is the
 * run's time less that of the same component reading an empty file, which
 * takes out starting the engine and loading a 50 MB component.
 */
export async function benchReadThroughput(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'bench-read-'));
  try {
    const dir = join(work, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'big.bin'), randomBytes(SIZE));
    writeFileSync(join(dir, 'empty'), '');
    const app = join(ROOT, 'fixtures', 'cat-files.wasm');
    const virtual = join(work, 'virtual.wasm');
    const host = join(work, 'host.wasm');
    const forwarded = join(work, 'forwarded.wasm');
    const generate = (out: string, ...flags: string[]) =>
      execFileSync(
        process.execPath,
        [CLI, app, '-o', out, '--allow-stdio', '--no-verify', ...flags],
        {
          stdio: 'ignore',
        },
      );
    generate(virtual, '--mount', `/data=${dir}`);
    generate(host, '--allow-fs');
    generate(forwarded, '--preopen', '/data=/host-data');
    const { found, list } = engines(underWasmtime, underJco);
    const rows = [
      '| engine | file | whole run | reading alone | read throughput |',
      '|---|---|---:|---:|---:|',
    ];
    for (const [name, run] of list) {
      for (const [source, component, preopen] of [
        ['virtual (embedded with --mount)', virtual, undefined],
        ['host file forwarded by the adapter (--preopen)', forwarded, { dir, guest: '/host-data' }],
        ['host passthrough (--allow-fs)', host, { dir, guest: '/data' }],
      ] as const) {
        const whole = await timeRuns(run, component, '/data/big.bin', preopen);
        const reading = Math.max(
          whole - (await timeRuns(run, component, '/data/empty', preopen)),
          1,
        );
        rows.push(
          `| ${name} | ${source} | ${whole.toFixed(0)} ms | ${reading.toFixed(0)} ms | ${(SIZE / 1048576 / (reading / 1000)).toFixed(0)} MB/s |`,
        );
      }
    }
    const skipped = found
      ? ''
      : '\n\nwasmtime is not installed: its rows are skipped (cargo install --locked wasmtime-cli --version 48.0.8).';
    return (
      rows.join('\n') +
      skipped +
      '\n\nEach file goes to stdout in 4 KiB reads, so a virtual or forwarded file crosses from the adapter to the app and back to the adapter for the write; a passed-through one crosses no component boundary.' +
      ' Under wasmtime each of those component-to-component crossings copies the bytes in a byte-at-a-time loop of its fused adapter (perf shows it as over half the run), which a host read never pays.'
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
