// Whole `wasi-virt` processes: CPU (user + system) and peak RSS, against `node -e 0` measured in
// the same run (the floor every Node CLI pays), and against WASI-Virt's own `wasi-virt` when
// WASI_VIRT_PEER names its binary. GNU time (/usr/bin/time) reports each child's usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** The median CPU and peak RSS of `RUNS` runs (after one to warm the file cache). */
function medianUsage(argv: string[]): Usage {
  usageOf(argv);
  const runs = Array.from({ length: RUNS }, () => usageOf(argv));
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
    const floor = medianUsage(cases[0]![1]);
    const lines = [
      `| command | CPU (median of ${RUNS}) | × floor | peak RSS | × floor |`,
      '|---|---:|---:|---:|---:|',
    ];
    for (const [name, argv] of cases) {
      const usage = argv === cases[0]![1] ? floor : medianUsage(argv);
      lines.push(
        `| ${name} | ${usage.cpuMs.toFixed(0)} ms | ${(usage.cpuMs / floor.cpuMs).toFixed(1)} | ${usage.rssMB.toFixed(0)} MiB | ${(usage.rssMB / floor.rssMB).toFixed(1)} |`,
      );
    }
    if (!peer)
      lines.push('', "WASI_VIRT_PEER is not set: no row for WASI-Virt's own `wasi-virt` binary.");
    return lines.join('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
