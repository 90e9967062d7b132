export interface Row {
  name: string;
  bytes: number;
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Times `work` repeatedly (after a warm-up) and keeps the median and the best run. */
export function measure(
  name: string,
  bytes: number,
  work: () => unknown,
  minRuns = 5,
  budgetMs = 2000,
): Row {
  work();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    bytes,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    runs: times.length,
  };
}

export function table(rows: Row[]): string {
  const base = rows[0]!;
  const lines = [
    '| benchmark | input | median | best | throughput | time ratio vs first | size ratio vs first | runs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const mb = r.bytes / 1e6;
    lines.push(
      `| ${r.name} | ${mb.toFixed(2)} MB | ${r.medianMs.toFixed(2)} ms | ${r.minMs.toFixed(2)} ms | ${(mb / (r.medianMs / 1000)).toFixed(0)} MB/s | ${(r.medianMs / base.medianMs).toFixed(1)}x | ${(r.bytes / base.bytes).toFixed(1)}x | ${r.runs} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The median wall time of `runs` runs of a whole program (`prepare`, untimed, before each). A
 * first run warms caches and is not counted.
 */
export async function medianRun(
  runs: number,
  run: () => Promise<void>,
  prepare: () => void = () => {},
): Promise<number> {
  prepare();
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
