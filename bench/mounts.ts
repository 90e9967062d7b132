import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER = join(ROOT, 'bench', 'mount-worker.mjs');
const APP = join(ROOT, 'fixtures', 'cat-files.wasm');

interface Measurement {
  seconds: number;
  maxRssMB: number;
}

function measure(mount?: string): Measurement {
  const out = execFileSync(process.execPath, [WORKER, APP, ...(mount ? [mount] : [])], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim()) as Measurement;
}

const trees: [string, (dir: string) => number][] = [
  [
    '50,000 files of 1 KB in 500 directories',
    (dir) => {
      for (let d = 0; d < 500; d++) {
        mkdirSync(join(dir, `d${d}`), { recursive: true });
        for (let f = 0; f < 100; f++)
          writeFileSync(join(dir, `d${d}`, `f${f}.txt`), randomBytes(512).toString('hex'));
      }
      return 50_000 * 1024;
    },
  ],
  [
    'one 200 MiB file',
    (dir) => {
      mkdirSync(dir);
      writeFileSync(join(dir, 'big.bin'), randomBytes(200 * 1024 * 1024));
      return 200 * 1024 * 1024;
    },
  ],
];

/** Generation time and peak memory for mounts of many small files and of one large file, each in a fresh process. */
export function benchMounts(): string {
  const work = mkdtempSync(join(tmpdir(), 'bench-mounts-'));
  try {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    // The floor: the same generation with an empty mount.
    const base = measure(empty);
    const rows = [
      '| mount | mounted bytes | generate + compose | peak RSS | above the same run with an empty mount |',
      '|---|---:|---:|---:|---:|',
    ];
    trees.forEach(([name, make], i) => {
      const dir = join(work, `tree-${i}`);
      const bytes = make(dir);
      const m = measure(dir);
      const above = m.maxRssMB - base.maxRssMB;
      rows.push(
        `| ${name} | ${(bytes / 1048576).toFixed(1)} MB | ${m.seconds.toFixed(2)} s | ${m.maxRssMB.toFixed(0)} MB | ${above.toFixed(0)} MB (${(above / (bytes / 1048576)).toFixed(1)}x the mounted bytes) |`,
      );
    });
    return rows.join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
