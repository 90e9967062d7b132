import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  mkdir,
  mkdtemp,
  link,
  open,
  readdir,
  readFile,
  rename,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageMounts } from '../src/action/stage-mounts.js';
import { concatBytes } from '../src/component/write/bytes.js';
import { UserInputError } from '../src/errors.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import type { Bytes } from '../src/component/write/bytes.js';
import { readMountTree } from '../src/virt/mount-tree.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { runComponent } from './support/runner.js';

let scratch: string;
let outputs = 0;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mount-hostile-'));
});
afterAll(() => {
  // rm(1) walks trees deeper than PATH_MAX; Node's recursive rm uses whole paths.
  execFileSync('rm', ['-rf', scratch]);
});

const newDir = (name: string) => mkdtemp(join(scratch, `${name}-`));

/** Runs the CLI on cat-files with the given mounts (`/guest=host`), writing into scratch. */
async function mountRun(...mounts: string[]) {
  const out = join(scratch, `out-${outputs++}.wasm`);
  const result = await cli(
    fixture('cat-files'),
    '-o',
    out,
    '--allow-stdio',
    ...mounts.flatMap((m) => ['--mount', m]),
  );
  return { ...result, out };
}

const embedded = (stdout: string) => /^embedded (\d+) file\(s\), (\d+) bytes:$/m.exec(stdout);

describe('a file swapped between the scan and the read', () => {
  const secret = 'SECRET-OUTSIDE-THE-MOUNT';

  /** A mount holding `note.txt` of the secret's length, and a secret outside it. */
  async function setup() {
    const root = await newDir('swap');
    const tree = join(root, 'tree');
    await mkdir(tree);
    const note = join(tree, 'note.txt');
    await writeFile(note, 'x'.repeat(secret.length));
    const outside = join(root, 'outside.txt');
    await writeFile(outside, secret);
    const mountTree = await readMountTree([{ guest: '/data', host: tree }]);
    const node = [...mountTree.nodes].findIndex((n) => n.kind === 'file');
    // The file's bytes as the output's assembly reads them.
    const file = mountTree.files.bytes(mountTree.nodes.contents(node));
    return { note, outside, mountTree, file, tree };
  }

  /** The error reading the node's bytes now, which must name the path. */
  function readError(file: Bytes): unknown {
    try {
      concatBytes([file]);
    } catch (error) {
      return error;
    }
    return undefined;
  }

  it('for a symlink to a file outside is a clear error naming the path, and embeds nothing', async () => {
    const { note, outside, mountTree, tree } = await setup();
    await unlink(note);
    await symlink(outside, note);
    const policy = applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
      mounts: [{ guest: '/data', host: tree }],
    });
    const app = { bytes: await readFile(fixture('cat-files')), label: 'cat-files' };
    const run = virtualize({ policy, app, mountTree });
    await expect(run).rejects.toThrow(UserInputError);
    await expect(run).rejects.toThrow(
      /^the mounted file '.*\/tree\/note\.txt' changed while it was embedded; run again once it is stable \(it is a symlink now\)$/,
    );
  });

  it('for another file of the same size, a FIFO, or a directory, is a clear error too (and never blocks)', async () => {
    for (const swap of ['file', 'fifo', 'dir'] as const) {
      const { note, file } = await setup();
      // Put in place by rename, so the old inode is still alive and cannot be reused.
      if (swap === 'file') await writeFile(`${note}.new`, secret);
      if (swap === 'file') await rename(`${note}.new`, note);
      else await unlink(note);
      if (swap === 'fifo') execFileSync('mkfifo', [note]);
      if (swap === 'dir') await mkdir(note);
      const error = readError(file);
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as Error).message).toMatch(
        /'.*\/tree\/note\.txt' changed while it was embedded/,
      );
    }
  });

  it('while the file scanned is read as it was', async () => {
    const { file } = await setup();
    expect(Buffer.from(concatBytes([file])).toString()).toBe('x'.repeat(secret.length));
  });
});

describe('symlinks inside the tree', () => {
  it('fanning out 2^20 ways are read once: every file stored once, the output stays small', async () => {
    const levels = 20;
    const small = await newDir('plain');
    const data = randomBytes(4096);
    await writeFile(join(small, 'data.bin'), data);
    const tree = await newDir('fanout');
    for (let i = 0; i <= levels; i++) await mkdir(join(tree, `l${i}`));
    for (let i = 0; i < levels; i++)
      for (const link of ['a', 'b']) await symlink(`../l${i + 1}`, join(tree, `l${i}`, link));
    await writeFile(join(tree, `l${levels}`, 'data.bin'), data);
    await symlink('data.bin', join(tree, `l${levels}`, 'same.bin'));

    const plain = await mountRun(`/data=${small}`);
    const fanned = await mountRun(`/data=${tree}`);
    expect([plain.code, fanned.code, fanned.stderr]).toEqual([0, 0, '']);
    expect(embedded(fanned.stdout)?.slice(1)).toEqual(['1', '4096']);
    const sizeOf = async (path: string) => (await readFile(path)).length;
    // 21 directories and 41 links more than the plain tree: a few kilobytes of nodes, no copies.
    expect((await sizeOf(fanned.out)) - (await sizeOf(plain.out))).toBeLessThan(8192);

    const deep = `/data/l0/${Array.from({ length: levels }, (_, i) => (i % 2 ? 'a' : 'b')).join('/')}`;
    const run = await runComponent(await readFile(fanned.out), {
      args: [`${deep}/same.bin`, `/data/l${levels}/data.bin`],
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdoutBytes).toEqual(Buffer.concat([data, data]));
  }, 120_000);

  it('leading back to a directory above them are one clear error', async () => {
    const tree = await newDir('cycle');
    await mkdir(join(tree, 'a', 'b'), { recursive: true });
    await symlink('../..', join(tree, 'a', 'b', 'up'));
    const { code, stderr } = await mountRun(`/data=${tree}`);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^wasi-virt: error: --mount \/data=.*: '.*\/a\/b\/up' links back to a directory above it; refusing to embed a cycle\n$/,
    );
  });
});

describe("the action's mount globs", () => {
  /** A workspace with a site holding a page, a .env, a key in a dot-folder and a nested .git/config. */
  async function workspace() {
    const ws = await newDir('workspace');
    await mkdir(join(ws, 'site', '.secrets'), { recursive: true });
    await mkdir(join(ws, 'site', 'docs', '.git'), { recursive: true });
    await writeFile(join(ws, 'site', 'index.html'), '<h1>hi</h1>');
    await writeFile(join(ws, 'site', '.env'), 'TOKEN=secret');
    await writeFile(join(ws, 'site', '.secrets', 'key'), 'secret');
    await writeFile(join(ws, 'site', 'docs', '.git', 'config'), 'token = secret');
    return ws;
  }
  const staged = async (ws: string, includeHidden: boolean) => {
    const result = await stageMounts(
      [{ guest: '/site', patterns: [`${ws}/site/**`] }],
      join(ws, '..', 'stage'),
      { includeHidden, workspace: ws },
    );
    const files = [...result.originals.values()].map((f) => f.slice(ws.length)).sort();
    await result.remove();
    return { files, hiddenSkipped: result.hiddenSkipped };
  };

  it('skip dot-files and dot-folders unless include-hidden-files, and count them', async () => {
    const ws = await workspace();
    expect(await staged(ws, false)).toEqual({ files: ['/site/index.html'], hiddenSkipped: 3 });
    expect(await staged(ws, true)).toEqual({
      files: ['/site/.env', '/site/.secrets/key', '/site/docs/.git/config', '/site/index.html'],
      hiddenSkipped: 0,
    });
  });

  it('refuse a symlink that leads out of the workspace, naming it, and stage nothing', async () => {
    const ws = await workspace();
    const outside = join(await newDir('outside'), 'passwd');
    await writeFile(outside, 'root:x:0:0');
    await symlink(outside, join(ws, 'site', 'users.txt'));
    await expect(staged(ws, false)).rejects.toThrow(
      new RegExp(
        `^input 'mounts': '.*/site/users.txt' leads to '.*/passwd', outside the workspace`,
      ),
    );
    expect(await readdir(join(ws, '..', 'stage'))).toEqual([]);
  });
});

describe('files of identical contents', () => {
  it('in different inodes are stored once, and each still reads as itself', async () => {
    const copies = 40;
    const data = randomBytes(65536);
    const other = Buffer.from(data);
    other[other.length - 1] ^= 1; // the same size, one bit apart: stored apart
    const single = await newDir('single');
    await writeFile(join(single, 'data.bin'), data);
    const tree = await newDir('copies');
    for (let i = 0; i < copies; i++) await writeFile(join(tree, `copy-${i}.bin`), data);
    await writeFile(join(tree, 'other.bin'), other);
    for (const name of ['empty-a', 'empty-b']) await writeFile(join(tree, name), '');

    const plain = await mountRun(`/data=${single}`);
    const copied = await mountRun(`/data=${tree}`);
    expect([plain.code, copied.code, copied.stderr]).toEqual([0, 0, '']);
    // One copy, the other file and one empty file.
    expect(embedded(copied.stdout)?.slice(1)).toEqual(['3', String(2 * data.length)]);
    const sizeOf = async (path: string) => (await readFile(path)).length;
    expect((await sizeOf(copied.out)) - (await sizeOf(plain.out))).toBeLessThan(data.length + 8192);
    const run = await runComponent(await readFile(copied.out), {
      args: [
        '/data/copy-7.bin',
        '/data/other.bin',
        '/data/empty-b',
        `/data/copy-${copies - 1}.bin`,
      ],
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdoutBytes).toEqual(Buffer.concat([data, other, data]));
  }, 120_000);

  it('named twice (a hard link, a symlink) are stored once and read under every name', async () => {
    const data = randomBytes(4096);
    const tree = await newDir('links');
    await writeFile(join(tree, 'a.bin'), data);
    await link(join(tree, 'a.bin'), join(tree, 'hard.bin'));
    await symlink('a.bin', join(tree, 'soft.bin'));
    await writeFile(join(tree, 'b.bin'), Buffer.from(data).reverse()); // the same length, other bytes

    const { code, stdout, stderr, out } = await mountRun(`/data=${tree}`);
    expect([code, stderr]).toEqual([0, '']);
    expect(embedded(stdout)?.slice(1)).toEqual(['2', String(2 * data.length)]);
    const run = await runComponent(await readFile(out), {
      args: ['/data/hard.bin', '/data/soft.bin', '/data/a.bin', '/data/b.bin'],
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdoutBytes).toEqual(Buffer.concat([data, data, data, Buffer.from(data).reverse()]));
  }, 120_000);
});

describe('deep, oddly named and large trees', () => {
  it('a tree 3,000 directories deep (paths past PATH_MAX) is read and its file embedded', async () => {
    const depth = 3000;
    const piece = 1000;
    // Built bottom-up in pieces, so no path the test uses is longer than PATH_MAX.
    let below: string | undefined;
    for (let built = 0; built < depth; built += piece) {
      const top = await newDir('deep-piece');
      const bottom = join(top, ...Array.from({ length: piece }, () => 'd'));
      await mkdir(bottom, { recursive: true });
      if (below) await rename(below, join(bottom, 'd'));
      else await writeFile(join(bottom, 'end.txt'), 'bottom');
      below = join(top, 'd');
    }
    const tree = await newDir('deep');
    await rename(below!, join(tree, 'd'));

    const { code, stdout, stderr } = await mountRun(`/data=${tree}`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(embedded(stdout)?.slice(1)).toEqual(['1', '6']);
    expect(stdout).toContain(`/data/${'d/'.repeat(depth)}end.txt <- `);
  }, 120_000);

  it('a name that is not UTF-8 is a clear error naming the path', async () => {
    const tree = await newDir('names');
    await writeFile(Buffer.from(`${tree}/caf\xe9.txt`, 'latin1'), 'x');
    const { code, stderr } = await mountRun(`/data=${tree}`);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^wasi-virt: error: --mount \/data=.*: the name 'caf\\xe9\.txt' in '.*names-\w+' is not valid UTF-8 \(WASI names are strings\); rename it or leave it out of the mount\n$/,
    );
  });

  it('a file of 4 GiB is a clear error naming it and the limit (sparse: nothing is written)', async () => {
    const tree = await newDir('large');
    const handle = await open(join(tree, 'huge.bin'), 'w');
    await handle.truncate(2 ** 32);
    await handle.close();
    const { code, stderr } = await mountRun(`/data=${tree}`);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^wasi-virt: error: --mount \/data=.*: '.*\/huge\.bin' holds 4294967296 bytes; a mounted file must be smaller than 4 GiB \(at most 4294967295 bytes\)\n$/,
    );
  });
});

describe('two mounts', () => {
  it('at one guest path, or one inside the other, are an error naming both', async () => {
    const a = await newDir('one');
    const b = await newDir('two');
    const same = await mountRun(`/data=${a}`, `/data/=${b}`);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(
      `wasi-virt: error: --mount /data=${a} and --mount /data/=${b}: both mount at /data, so one would hide the other's files; give each guest directory one mount\n`,
    );
    const nested = await mountRun(`/data/sub=${a}`, `/data=${b}`);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(
      /--mount \/data\/sub=.* and --mount \/data=.*: \/data\/sub is inside \/data, so one/,
    );
  });

  it("in the action's input, too, before anything is staged", async () => {
    const stage = join(scratch, 'stage');
    const globs = [
      { guest: '/site', patterns: ['public/**'] },
      { guest: '/site/', patterns: ['more/**'] },
    ];
    await expect(
      stageMounts(globs, stage, { includeHidden: false, workspace: scratch }),
    ).rejects.toThrow(
      "input 'mounts': /site=public/** and /site/=more/**: both mount at /site, so one would hide the other's files; give each guest directory one line",
    );
  });
});
