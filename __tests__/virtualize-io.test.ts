import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readComponent } from '../src/component/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { cli } from './support/cli.js';
import { fixture, ROOT } from './support/paths.js';
import { runComponent } from './support/runner.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';

let scratch: string;
let outputs = 0;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'virtualize-io-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function virt(app: string, ...flags: string[]): Promise<Uint8Array> {
  const out = join(scratch, `out-${outputs++}.wasm`);
  const { code, stderr } = await cli(app, '-o', out, ...flags);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const bytes = await readFile(out);
  await wasmToolsValidate(bytes);
  return bytes;
}

const importNames = (bytes: Uint8Array) =>
  describeComponent(readComponent(bytes)).imports.map((i) => i.name);

describe('stdio modes', () => {
  it('allow: the host streams pass through the adapter', async () => {
    const bytes = await virt(fixture('stdio'), '--allow-stdio');
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: 'HELLO',
      stderr: 'read 5 bytes\n',
      exitCode: 0,
    });
    expect(importNames(bytes)).toEqual(
      expect.arrayContaining([
        'wasi:cli/stdin@0.2.12',
        'wasi:cli/stdout@0.2.12',
        'wasi:io/streams@0.2.12',
      ]),
    );
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:filesystem/'))).toEqual([]);
  });

  it('stdout allowed, stdin and stderr ignored: reads end at once, stderr vanishes, and neither is imported', async () => {
    const bytes = await virt(
      fixture('stdio'),
      '--stdout=allow',
      '--stdin=ignore',
      '--stderr=ignore',
    );
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      trapped: false,
    });
    const names = importNames(bytes);
    expect(names).toContain('wasi:cli/stdout@0.2.12');
    expect(
      names.filter((n) => /^wasi:cli\/(stdin|stderr|terminal-stdin|terminal-stderr)@/.test(n)),
    ).toEqual([]);
  });

  it('deny: writes fail with a stream error, not a trap', async () => {
    const bytes = await virt(
      fixture('stdio'),
      '--stdin=allow',
      '--stdout=deny',
      '--stderr=allow',
      '--allow-exit',
    );
    const run = await runComponent(bytes, { stdin: 'hello' });
    expect(run).toMatchObject({ stdout: '', trapped: false });
  });
});

describe('full encapsulation', () => {
  it('--stdio=ignore leaves a program that takes no arguments importing nothing at all', async () => {
    const bytes = await virt(fixture('stdio'), '--stdio=ignore');
    expect(importNames(bytes)).toEqual([]);
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      trapped: false,
    });
  });

  it('with no flags, the same program imports no wasi interface either', async () => {
    expect(importNames(await virt(fixture('stdio'))).filter((n) => n.startsWith('wasi:'))).toEqual(
      [],
    );
  });
});

describe('the filesystem without mounts', () => {
  it('has no preopens: a program opening a file gets an error, not a trap', async () => {
    const dir = await mkdtemp(join(scratch, 'files-'));
    await writeFile(join(dir, 'a.txt'), 'secret');
    const bytes = await virt(fixture('cat-files'), '--allow-stdio', '--allow-exit');
    const run = await runComponent(bytes, { args: ['a.txt'], preopens: { '.': dir } });
    expect(run).toMatchObject({ stdout: '', exitCode: 1, trapped: false });
    expect(run.stderr).toMatch(/^a\.txt: /);
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:filesystem/'))).toEqual([]);
  });
});

describe('mounted trees', () => {
  const site = join('__tests__', 'conformance', 'trees', 'site');

  it('serve binary files byte for byte, and the generation report lists what was embedded', async () => {
    const out = join(scratch, `mounted-${outputs++}.wasm`);
    const { code, stdout } = await cli(
      fixture('cat-files'),
      '-o',
      out,
      '--allow-stdio',
      '--mount',
      `/data=${site}`,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^embedded 5 file\(s\), 273 bytes:$/m);
    expect(stdout).toMatch(/^ {2}\/data\/bin\.dat <- .*bin\.dat \(256 bytes\)$/m);
    const run = await runComponent(await readFile(out), { args: ['/data/bin.dat'] });
    expect(run.stdoutBytes).toEqual(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
  });

  it('refuse a symlink that points outside the mount, and a missing directory, with one clear line', async () => {
    const tree = await mkdtemp(join(scratch, 'tree-'));
    await writeFile(join(tree, 'ok.txt'), 'ok');
    const { symlink } = await import('node:fs/promises');
    await symlink('/etc/passwd', join(tree, 'leak'));
    const leak = await cli(
      fixture('cat-files'),
      '-o',
      join(scratch, 'never.wasm'),
      '--mount',
      `/data=${tree}`,
    );
    expect(leak.code).toBe(2);
    expect(leak.stderr).toMatch(
      /^wasi-virt: error: --mount \/data=.*: the symlink '.*leak' points outside the mount \(to '\/etc\/passwd'\); refusing to embed it\n$/,
    );
    const missing = await cli(
      fixture('cat-files'),
      '-o',
      join(scratch, 'never.wasm'),
      '--mount',
      '/data=./no/such/dir',
    );
    expect(missing).toMatchObject({
      code: 2,
      stderr:
        "wasi-virt: error: --mount /data=./no/such/dir: './no/such/dir' does not exist; check the path\n",
    });
  });
});

describe('sockets and HTTP', () => {
  it('denied sockets: the socket-taking methods are served as traps, and the output runs without any wasi:sockets import', async () => {
    const bytes = await virt(fixture('sockets-probe'), '--allow-stdio', '--allow-fs');
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:sockets/'))).toEqual([]);
    expect((await runComponent(bytes)).stdout).toBe(
      'tcp: error 01\nudp: error 01\nlookup: error 01\n',
    );
  });

  it('refuses allowed sockets around virtualized I/O, and any HTTP it cannot serve yet, in one line', async () => {
    const sockets = await cli(
      fixture('sockets-probe'),
      '-o',
      join(scratch, 'never.wasm'),
      '--allow-sockets',
      '--allow-stdio',
    );
    expect(sockets.code).toBe(2);
    expect(sockets.stderr).toMatch(
      /^wasi-virt: error: the component imports wasi:sockets\/network@0\.2\.12, .*deny sockets, or add --allow-stdio --allow-fs[^\n]*\n$/,
    );
    const http = join(scratch, 'http-client.wasm');
    await writeFile(http, await assembleWat(join(ROOT, '__tests__/wat/http-client.wat')));
    const refused = await cli(
      http,
      '-o',
      join(scratch, 'never.wasm'),
      '--allow-stdio',
      '--allow-fs',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /wasi:http\/outgoing-handler@0\.2\.12; virtualizing HTTP.*--allow-http/,
    );
    expect(await readdir(scratch)).not.toContain('never.wasm');
  });
});
