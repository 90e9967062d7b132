import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const worker = fileURLToPath(new URL('./compose-worker.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Measurement {
  bytes: number;
  medianMs: number;
  maxRssMB: number;
}

function measureRoute(route: 'binary' | 'text' | 'baseline', size: number): Measurement {
  const out = execFileSync(process.execPath, [tsx, worker, route, String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

/** Binary composition against the print/parse text route, each in a fresh process, for growing roots. */
export function benchCompose(): string {
  const lines = [
    '| root | binary compose | peak RSS | text route (print + parse) | peak RSS | speed-up | binary ms per MB | RSS of a process that only builds the input |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const size of [60_000, 1_000_000, 10_000_000, 20_000_000]) {
    const binary = measureRoute('binary', size);
    const text = measureRoute('text', size);
    const baseline = measureRoute('baseline', size);
    const mb = binary.bytes / 1e6;
    lines.push(
      `| ${mb.toFixed(2)} MB | ${binary.medianMs.toFixed(1)} ms | ${binary.maxRssMB.toFixed(0)} MB | ${text.medianMs.toFixed(0)} ms | ${text.maxRssMB.toFixed(0)} MB | ${(text.medianMs / binary.medianMs).toFixed(0)}x | ${(binary.medianMs / mb).toFixed(2)} | ${baseline.maxRssMB.toFixed(0)} MB |`,
    );
  }
  return lines.join('\n');
}
