// Whole `wasi-virt` processes: CPU (user + system) and peak RSS, against `node -e 0` measured in
// the same run (the floor every Node CLI pays), and against WASI-Virt's own `wasi-virt` when
// WASI_VIRT_PEER names its binary. GNU time (/usr/bin/time) reports each child's usage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigDataRoot } from './large-components.js';

const TIME = '/usr/bin/time';
const RUNS = 15;
const HEAVY_RUNS = 7;

export interface Usage {
  cpuMs: number;
  rssMB: number;
}

/** One run of `argv` under GNU time: its CPU and peak RSS. */
export function usageOf(argv: string[]): Usage {
  const run = spawnSync(TIME, ['-f', '%U %S %M', ...argv], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
  const [user, sys, rssKB] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { cpuMs: (user! + sys!) * 1000, rssMB: rssKB! / 1024 };
}

/**
 * The usage of each command over `rounds` rounds, the commands run in turn within a round so that
 * a load on the machine weighs on all of them alike (after one round to warm the file cache).
 * GNU time reports CPU in 10 ms steps, so the CPU is a mean of the middle half of the runs, which
 * resolves finer than one step; the peak RSS is the median.
 */
function interleavedUsage(commands: string[][], rounds: number, before = () => {}): Usage[] {
  for (const argv of commands) usageOf(argv);
  const runs = commands.map((): Usage[] => []);
  for (let round = 0; round < rounds; round++)
    commands.forEach((argv, i) => {
      before();
      runs[i]!.push(usageOf(argv));
    });
  return runs.map((usages) => {
    const cpu = usages.map((u) => u.cpuMs).sort((a, b) => a - b);
    const rss = usages.map((u) => u.rssMB).sort((a, b) => a - b);
    const middle = cpu.slice(Math.floor(cpu.length / 4), Math.ceil((cpu.length * 3) / 4));
    return {
      cpuMs: middle.reduce((sum, ms) => sum + ms, 0) / middle.length,
      rssMB: rss[Math.floor(rss.length / 2)]!,
    };
  });
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
    const light = interleavedUsage(
      cases.map(([, argv]) => argv),
      RUNS,
    );
    const floor = light[0]!;
    const usages = [
      ...light,
      // Each writes 100 MB: the last run's output is removed and the disk cache flushed first,
      // so no run pays the kernel's writeback of another's.
      ...interleavedUsage(
        heavy.map(([, argv]) => argv),
        HEAVY_RUNS,
        () => {
          for (const name of ['c.wasm', 'd.wasm']) rmSync(join(out, name), { force: true });
          spawnSync('sync');
        },
      ),
    ];
    const lines = [
      `| command | CPU (mean of the middle half of ${RUNS} interleaved runs; ${HEAVY_RUNS} for 100 MB) | × floor | peak RSS (median) | × floor |`,
      '|---|---:|---:|---:|---:|',
    ];
    [...cases, ...heavy].forEach(([name], i) => {
      const usage = usages[i]!;
      lines.push(
        `| ${name} | ${usage.cpuMs.toFixed(0)} ms | ${(usage.cpuMs / floor.cpuMs).toFixed(1)} | ${usage.rssMB.toFixed(0)} MiB | ${(usage.rssMB / floor.rssMB).toFixed(1)} |`,
      );
    });
    if (!peer)
      lines.push('', "WASI_VIRT_PEER is not set: no row for WASI-Virt's own `wasi-virt` binary.");
    if (!wasmTools) lines.push('', 'wasm-tools is not on PATH: no row for its composer.');
    return lines.join('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
