import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { runComponent } from './support/runner.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'virtualize-large-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('a large mounted file', () => {
  it('comes out of the composed component byte-identical (50 MB)', async () => {
    const tree = join(scratch, 'tree');
    await mkdir(tree);
    const data = randomBytes(50 * 1024 * 1024);
    await writeFile(join(tree, 'big.bin'), data);
    const out = join(scratch, 'big.wasm');
    const { code } = await cli(
      fixture('cat-files'),
      '-o',
      out,
      '--allow-stdio',
      '--mount',
      `/data=${tree}`,
    );
    expect(code).toBe(0);
    const run = await runComponent(await readFile(out), {
      args: ['/data/big.bin'],
      timeoutMs: 120_000,
    });
    expect(run).toMatchObject({ exitCode: 0, trapped: false });
    expect(run.stdoutBytes.length).toBe(data.length);
    expect(run.stdoutBytes.equals(data)).toBe(true);
  }, 180_000);
});
