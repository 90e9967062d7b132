import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFile,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadComponentFile } from '../src/inspect/load-component.js';
import { cli } from './support/cli.js';
import { fixture, ROOT } from './support/paths.js';

let dir: string;
let app: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-boundary-'));
  app = join(dir, 'app.wasm');
  await copyFile(fixture('env-args'), app);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('inputs are read only from regular files', () => {
  it('a FIFO is refused at once, without waiting for a writer', async () => {
    const fifo = join(dir, 'input.fifo');
    mkfifo(fifo);
    const { code, stderr } = await cli('imports', fifo);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `wasi-virt: error: '${fifo}' is not a regular file (a device, FIFO or socket); give the path of a component .wasm file\n`,
    );
  });

  it('a device such as /dev/zero is refused before reading', async () => {
    const { code, stderr } = await cli('check', '/dev/zero');
    expect(code).toBe(2);
    expect(stderr).toContain("'/dev/zero' is not a regular file");
  });

  it('a file over the size cap is refused before reading', async () => {
    await expect(loadComponentFile(app, 1024)).rejects.toThrow(
      /is \d+ bytes, over the 1024-byte limit for a component; raise WASI_VIRT_MAX_COMPONENT_SIZE/,
    );
  });
});

describe('outputs never replace what is not a regular file', () => {
  it('-o through a symlink writes the target and keeps the link', async () => {
    const target = join(dir, 'real-out.wasm');
    await writeFile(target, 'old');
    const link = join(dir, 'link-out.wasm');
    await symlink(target, link);
    const { code } = await cli(app, '-o', link, '--allow-stdio', '--allow-fs');
    expect(code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect((await readFile(target)).subarray(0, 4)).toEqual(Buffer.from('\0asm'));
  });

  it('-o at a FIFO is refused and the FIFO survives', async () => {
    const fifo = join(dir, 'out.fifo');
    mkfifo(fifo);
    const { code, stderr } = await cli(app, '-o', fifo);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `wasi-virt: error: cannot write '${fifo}': it is a device, FIFO or socket, not a regular file; give a file path\n`,
    );
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a dangling symlink is refused', async () => {
    const link = join(dir, 'dangling.wasm');
    await symlink(join(dir, 'nowhere', 'x.wasm'), link);
    const { code, stderr } = await cli(app, '-o', link);
    expect(code).toBe(2);
    expect(stderr).toContain('it is a symbolic link to a missing file');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('check --report-file naming the component is refused and the component is kept', async () => {
    const before = await readFile(app);
    const { code, stderr } = await cli('check', app, '--format', 'junit', '--report-file', app);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `wasi-virt: error: --report-file '${app}' is the component checked; the report would replace it: give the report another path\n`,
    );
    expect(await readFile(app)).toEqual(before);
  });

  it('--report-file naming the output is refused before anything is written', async () => {
    const out = join(dir, 'same.wasm');
    const { code, stderr } = await cli(app, '-o', out, '--format', 'json', '--report-file', out);
    expect(code).toBe(2);
    expect(stderr).toContain('is the output component');
    await expect(lstat(out)).rejects.toThrow();
  });

  it('SIGTERM during a write leaves no temporary file behind', async () => {
    const scratch = await mkdtemp(join(dir, 'signal-'));
    // The child stops itself once the temporary file exists, i.e. in the middle of the write.
    const script = `
      import { readdirSync } from 'node:fs';
      import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'src/sinks/write-file-atomic.ts'))};
      const pending = writeFileAtomic(${JSON.stringify(join(scratch, 'big.bin'))}, new Uint8Array(256 << 20));
      const watch = () => readdirSync(${JSON.stringify(scratch)}).some((f) => f.endsWith('.tmp'))
        ? process.kill(process.pid, 'SIGTERM')
        : setImmediate(watch);
      watch();
      await pending;
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    const signal = await new Promise((done) => child.on('exit', (_code, sig) => done(sig)));
    expect(signal).toBe('SIGTERM');
    expect((await readdir(scratch)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
