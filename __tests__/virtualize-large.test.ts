import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from '@bytecodealliance/jco-transpile/wasm-tools';
import { parseByteSize } from '../src/byte-size.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import { hostFileBytes } from '../src/virt/host-file-bytes.js';
import { virtualize } from '../src/pipeline/virtualize.js';
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

describe('the passive cutoff', () => {
  const MB2 = 2 * 1024 * 1024;
  let tree: string;
  let data: Buffer;
  beforeAll(async () => {
    tree = join(scratch, 'passive-tree');
    await mkdir(tree);
    data = randomBytes(MB2);
    await writeFile(join(tree, 'two-mb.bin'), data);
    await writeFile(join(tree, 'small.txt'), 'in place\n');
  });

  /** The adapter's memory size in pages, and its passive segments' sizes, from its text form. */
  async function adapterLayout(cutoff?: string) {
    const policy = applyPatches(denyAllPolicy(), {
      stdio: { stdout: 'allow' },
      mounts: [{ guest: '/data', host: tree }],
      ...(cutoff ? { passiveCutoff: parseByteSize('cutoff', cutoff) } : {}),
    });
    const app = { bytes: await readFile(fixture('cat-files')), label: 'cat-files' };
    const { adapter, output } = await virtualize({ policy, app });
    const text = await print(adapter!.bytes());
    const pages = Number(/\(memory \(;0;\) (\d+)\)/.exec(text)![1]);
    // A passive segment is `(data (;N;) "...")`: no offset expression.
    const passive = [...text.matchAll(/^\s*\(data \(;\d+;\) "/gm)].length;
    return { pages, passive, output: output! };
  }

  it('keeps a file above it out of linear memory, and the file still reads back whole', async () => {
    const { pages, passive, output } = await adapterLayout();
    expect(passive).toBe(1); // two-mb.bin; small.txt is read in place
    expect(pages).toBeLessThan(MB2 / 65536);
    const run = await runComponent(output, { args: ['/data/two-mb.bin', '/data/small.txt'] });
    expect(run).toMatchObject({ exitCode: 0, trapped: false });
    expect(run.stdoutBytes.equals(Buffer.concat([data, Buffer.from('in place\n')]))).toBe(true);
  }, 60_000);

  it('puts every file in memory when set above the largest file', async () => {
    const { pages, passive } = await adapterLayout('4M');
    expect(passive).toBe(0);
    expect(pages).toBeGreaterThan(MB2 / 65536);
  }, 60_000);
});

describe('mounted files are read when the adapter is assembled', () => {
  it('and one that changed size since the tree was read is a clear error', async () => {
    const path = join(scratch, 'changing.txt');
    await writeFile(path, 'twelve bytes');
    const target = new Uint8Array(12);
    hostFileBytes(path, 12).copyTo(target);
    expect(Buffer.from(target).toString()).toBe('twelve bytes');
    for (const size of [11, 13])
      expect(() => hostFileBytes(path, size).copyTo(new Uint8Array(size))).toThrow(
        /the mounted file '.*changing\.txt' changed while it was embedded; run again/,
      );
  });
});
