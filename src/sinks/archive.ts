import { chmod, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { writeFileAtomic } from './write-file-atomic.js';

export interface ArchiveEntry {
  name: string;
  data: string | Uint8Array;
}

/** Every entry's modification time: the archive depends on its contents only. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Writes a reproducible .tar.gz: entries sorted by name, mode 0644, a fixed
 * mtime, no owner or atime (tar's portable format) and a gzip header without
 * a timestamp, so equal contents give equal bytes.
 */
export async function writeReproducibleArchive(
  target: string,
  entries: ArchiveEntry[],
): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), 'wasi-virt-archive-'));
  try {
    const names = entries.map((e) => e.name).sort();
    for (const entry of entries) {
      const path = join(staging, entry.name);
      await writeFile(path, entry.data);
      await chmod(path, 0o644);
      await utimes(path, FIXED_TIME, FIXED_TIME);
    }
    const chunks: Buffer[] = [];
    const stream = create(
      { cwd: staging, gzip: { portable: true }, portable: true, mtime: FIXED_TIME },
      names,
    );
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    await writeFileAtomic(target, Buffer.concat(chunks));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
