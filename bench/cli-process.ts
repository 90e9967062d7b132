// Whole `wasi-virt` processes: CPU (user + system) and peak RSS, against `node -e 0` measured in
// the same run (the floor every Node CLI pays), and against WASI-Virt's own `wasi-virt` when
// WASI_VIRT_PEER names its binary. GNU time (/usr/bin/time) reports each child's usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigDataRoot } from './large-components.js';

const TIME = '/usr/bin/time';
const RUNS = 7;

interface Usage {
  cpuMs: number;
  rssMB: number;
}

/** One run of `argv` under GNU time: its CPU and peak RSS. */
function usageOf(argv: string[]): Usage {
  const run = spawnSync(TIME, ['-f', '%U %S %M', ...argv], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
  const [user, sys, rssKB] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { cpuMs: (user! + sys!) * 1000, rssMB: rssKB! / 1024 };
}

/** The median CPU and peak RSS of `runs` runs (after one to warm the file cache). */
function medianUsage(argv: string[], count = RUNS): Usage {
  usageOf(argv);
  const runs = Array.from({ length: count }, () => usageOf(argv));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { cpuMs: median(runs.map((r) => r.cpuMs)), rssMB: median(runs.map((r) => r.rssMB)) };
}

export function benchCliProcess(): string {
  if (!existsSync(TIME)) return `${TIME} is not installed: no whole-process numbers.`;
  const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const cli = ['node', 'dist/cli.js'];
    const app = 'fixtures/env-args.wasm';
    const cases: [string, string[]][] = [
      ['`node -e 0` (the floor)', ['node', '-e', '0']],
      ['`wasi-virt --version`', [...cli, '--version']],
      ['`wasi-virt imports env-args.wasm`', [...cli, 'imports', app]],
      ['`wasi-virt check env-args.wasm`', [...cli, 'check', app]],
      [
        '`wasi-virt env-args.wasm -o out.wasm` (deny-all)',
        [...cli, app, '-o', join(out, 'a.wasm')],
      ],
    ];
    const peer = process.env.WASI_VIRT_PEER;
    if (peer)
      cases.push([
        "WASI-Virt's `wasi-virt env-args.wasm -o out.wasm`",
        [peer, app, '-o', join(out, 'b.wasm')],
      ]);
    // A 100 MB root (env-args with a nested component holding 100 MB of data) composed with a
    // plug, by this CLI and by wasm-tools' own composer: fewer runs, each is long.
    const big = join(out, 'root-100mb.wasm');
    writeFileSync(big, bigDataRoot(100_000_000));
    const plug = 'fixtures/env-plug.wasm';
    const heavy: [string, string[]][] = [
      [
        '`wasi-virt compose root-100mb.wasm --plug env-plug.wasm -o out.wasm`',
        [...cli, 'compose', big, '--plug', plug, '-o', join(out, 'c.wasm')],
      ],
    ];
    const wasmTools = process.env.PATH?.split(':')
      .map((dir) => join(dir, 'wasm-tools'))
      .find((path) => existsSync(path));
    if (wasmTools)
      heavy.push([
        '`wasm-tools compose root-100mb.wasm -d env-plug.wasm -o out.wasm`',
        [wasmTools, 'compose', big, '-d', plug, '-o', join(out, 'd.wasm')],
      ]);
    const floor = medianUsage(cases[0]![1]);
    const lines = [
      `| command | CPU (median of ${RUNS}; 3 for 100 MB) | × floor | peak RSS | × floor |`,
      '|---|---:|---:|---:|---:|',
    ];
    const all = [...cases, ...heavy];
    for (const [name, argv] of all) {
      const usage =
        argv === cases[0]![1]
          ? floor
          : medianUsage(argv, heavy.some((h) => h[1] === argv) ? 3 : RUNS);
      lines.push(
        `| ${name} | ${usage.cpuMs.toFixed(0)} ms | ${(usage.cpuMs / floor.cpuMs).toFixed(1)} | ${usage.rssMB.toFixed(0)} MiB | ${(usage.rssMB / floor.rssMB).toFixed(1)} |`,
      );
    }
    if (!peer)
      lines.push('', "WASI_VIRT_PEER is not set: no row for WASI-Virt's own `wasi-virt` binary.");
    if (!wasmTools) lines.push('', 'wasm-tools is not on PATH: no row for its composer.');
    return lines.join('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
