import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bytes } from '../src/component/write/bytes.js';
import { createHash } from 'node:crypto';
import { hostFileBytes, type HostFileBytes } from '../src/virt/host-file-bytes.js';
import { identicalContents } from '../src/virt/shared-contents.js';
import { seedProperties } from './support/property-seed.js';
import { withTempDir } from './support/temp-dir.js';

seedProperties();

/** Contents by index, as readMountTree's files give them to identicalContents. */
const tableOf = (values: Bytes[]) => ({
  count: values.length,
  size: (i: number) => values[i]!.length,
  digest: (i: number) => {
    const bytes = values[i]!;
    return bytes instanceof Uint8Array
      ? createHash('sha256').update(bytes).digest()
      : (bytes as HostFileBytes).digest();
  },
});

/** What sharing should do: each file's contents map to the first file's of equal bytes. */
function expectedFirsts(values: Uint8Array[]): number[] {
  return values.map((v) => values.findIndex((w) => Buffer.compare(v, w) === 0));
}

describe('files of identical contents are stored once', () => {
  it('the earliest of equal bytes is kept, whatever the lengths and duplicates (property)', () => {
    // Few distinct byte values and lengths, so equal lengths and equal contents both happen often.
    const contents = fc.uint8Array({ minLength: 0, maxLength: 3, max: 2 });
    fc.assert(
      fc.property(fc.array(contents, { maxLength: 30 }), (values) => {
        expect([...identicalContents(tableOf(values))]).toEqual(expectedFirsts(values));
      }),
    );
  });

  it('host files larger than the digest buffer are compared by all of their bytes', async () => {
    await withTempDir('shared-contents', async (dir) => {
      const size = 3 * 1024 * 1024 + 5;
      const data = Buffer.alloc(size, 7);
      const late = Buffer.from(data);
      late[size - 1] = 8; // differs only in the last chunk
      const paths = ['a', 'b', 'c'].map((n) => join(dir, n));
      await writeFile(paths[0]!, data);
      await writeFile(paths[1]!, late);
      await writeFile(paths[2]!, data);
      const [a, b, c] = paths.map((p) => hostFileBytes(p, size) as Bytes);
      expect([...identicalContents(tableOf([a!, b!, c!]))]).toEqual([0, 1, 0]);
    });
  });
});
