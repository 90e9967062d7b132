import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentWit } from '@bytecodealliance/jco-transpile/wasm-tools';
import { callExport, runComponent, RunTimeoutError, TRAP_EXIT_CODE } from './support/runner.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => join(FIXTURES, `${name}.wasm`);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'fixtures-run-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('env-args', () => {
  it('sees exactly the given arguments and environment, in order', async () => {
    const result = await runComponent(fixture('env-args'), {
      args: ['one', 'two words', ''],
      env: { ZED: 'last-letter', A: '1', EQ: 'x=y', EMPTY: '' },
    });
    expect(result).toMatchObject({ exitCode: 0, trapped: false, stderr: '' });
    expect(result.stdout).toBe(
      [
        'arg[0]=component',
        'arg[1]=one',
        'arg[2]=two words',
        'arg[3]=',
        'env ZED=last-letter',
        'env A=1',
        'env EQ=x=y',
        'env EMPTY=',
        '',
      ].join('\n'),
    );
  });

  it('does not see the environment of the test process', async () => {
    process.env.FIXTURES_RUN_CANARY = 'leaked';
    try {
      const result = await runComponent(fixture('env-args'), { argv0: 'prog' });
      expect(result.stdout).toBe('arg[0]=prog\n');
      expect(result.stdout).not.toContain('leaked');
    } finally {
      delete process.env.FIXTURES_RUN_CANARY;
    }
  });
});

describe('cat-files', () => {
  it('prints files from a preopened directory, byte for byte', async () => {
    const dir = join(scratch, 'cat');
    await mkdir(dir);
    await writeFile(join(dir, 'hello.txt'), 'hello\nworld\n');
    const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await writeFile(join(dir, 'all-bytes.bin'), binary);

    const result = await runComponent(fixture('cat-files'), {
      args: ['/data/hello.txt', '/data/all-bytes.bin'],
      preopens: { '/data': dir },
    });
    expect(result).toMatchObject({ exitCode: 0, trapped: false, stderr: '' });
    expect(result.stdoutBytes).toEqual(Buffer.concat([Buffer.from('hello\nworld\n'), binary]));
  });

  it('reports a missing file on stderr and exits non-zero', async () => {
    const dir = join(scratch, 'cat-missing');
    await mkdir(dir);
    await writeFile(join(dir, 'present.txt'), 'here\n');

    const result = await runComponent(fixture('cat-files'), {
      args: ['/data/missing.txt', '/data/present.txt'],
      preopens: { '/data': dir },
    });
    expect(result).toMatchObject({ exitCode: 1, trapped: false });
    expect(result.stderr).toBe('/data/missing.txt: No such file or directory\n');
    expect(result.stdout).toBe('here\n');
  });

  it('cannot reach the host filesystem without a preopen', async () => {
    const result = await runComponent(fixture('cat-files'), { args: ['/etc/hostname'] });
    expect(result).toMatchObject({ exitCode: 1, trapped: false, stdout: '' });
    expect(result.stderr).toMatch(/^\/etc\/hostname: /);
  });
});

describe('list-dir', () => {
  it('lists a preopened directory with types and sizes', async () => {
    const dir = join(scratch, 'list');
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'a.txt'), 'abc');
    await writeFile(join(dir, 'empty'), '');
    await writeFile(join(dir, 'sub', 'nested.txt'), 'not listed');

    const result = await runComponent(fixture('list-dir'), {
      args: ['/data'],
      preopens: { '/data': dir },
    });
    expect(result).toMatchObject({ exitCode: 0, trapped: false, stderr: '' });
    expect(result.stdout.trimEnd().split('\n').sort()).toEqual(['d sub', 'f a.txt 3', 'f empty 0']);
  });

  it('defaults to "." and resolves it through a "." preopen', async () => {
    const dir = join(scratch, 'list-dot');
    await mkdir(dir);
    await writeFile(join(dir, 'only.txt'), '12345');
    const result = await runComponent(fixture('list-dir'), { preopens: { '.': dir } });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'f only.txt 5\n' });
  });
});

describe('stdio', () => {
  it('echoes stdin uppercased and reports the byte count on stderr', async () => {
    const result = await runComponent(fixture('stdio'), { stdin: 'Hello, wasm!\nline 2' });
    expect(result).toEqual(
      expect.objectContaining({
        exitCode: 0,
        trapped: false,
        stdout: 'HELLO, WASM!\nLINE 2',
        stderr: 'read 19 bytes\n',
      }),
    );
  });

  it('passes binary stdin through unchanged apart from a-z', async () => {
    const input = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) % 256);
    const expected = Buffer.from(input.map((b) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b)));
    const result = await runComponent(fixture('stdio'), { stdin: input });
    expect(result.stdoutBytes).toEqual(expected);
    expect(result.stderr).toBe('read 1024 bytes\n');
  });

  it('sees an empty stdin when none is given', async () => {
    const result = await runComponent(fixture('stdio'));
    expect(result).toMatchObject({ exitCode: 0, stdout: '', stderr: 'read 0 bytes\n' });
  });
});

describe('clocks-random', () => {
  const parse = (stdout: string) => {
    const match = /^wall (\d+)\nmonotonic-elapsed-ns (-?\d+)\nrandom ([0-9a-f]{32})\n$/.exec(
      stdout,
    );
    expect(match).not.toBeNull();
    const [, wall, elapsed, random] = match!;
    return { wall: Number(wall), elapsed: Number(elapsed), random };
  };

  it('prints plausible clocks and fresh random bytes on each run', async () => {
    const first = await runComponent(fixture('clocks-random'));
    const second = await runComponent(fixture('clocks-random'));
    expect(first).toMatchObject({ exitCode: 0, trapped: false, stderr: '' });
    const a = parse(first.stdout);
    const b = parse(second.stdout);
    expect(Math.abs(a.wall - Date.now() / 1000)).toBeLessThan(300);
    expect(a.elapsed).toBeGreaterThanOrEqual(0);
    expect(b.elapsed).toBeGreaterThanOrEqual(0);
    expect(a.random).not.toBe(b.random);
  });
});

describe('exit-code', () => {
  it('reports a non-zero exit as a non-zero exit code, not a trap', async () => {
    const result = await runComponent(fixture('exit-code'), { args: ['3'] });
    expect(result).toMatchObject({ stdout: 'exit 3\n', trapped: false });
    // wasi:cli/exit.exit takes result<_, _>: under jco every non-zero status becomes 1.
    expect(result.exitCode).toBe(1);
  });

  it('reports exit(0) as success', async () => {
    const result = await runComponent(fixture('exit-code'), { args: ['0'] });
    expect(result).toMatchObject({ stdout: 'exit 0\n', exitCode: 0, trapped: false });
  });
});

describe('trap', () => {
  it('is reported as a trap with the output written before it', async () => {
    const result = await runComponent(fixture('trap'));
    expect(result).toMatchObject({
      stdout: 'before trap\n',
      trapped: true,
      exitCode: TRAP_EXIT_CODE,
    });
    expect(result.trap).toMatch(/^RuntimeError: .*unreachable/);
  });
});

describe('import-free', () => {
  it('imports nothing at all', async () => {
    const wit = await componentWit(await readFile(fixture('import-free')));
    expect(wit).not.toMatch(/\bimport\b/);
    expect(wit).toMatch(/export add: func\(a: s32, b: s32\) -> s32;/);
  });

  it('returns values from its exports', async () => {
    await expect(callExport(fixture('import-free'), 'add', [2, 40])).resolves.toMatchObject({
      result: 42,
      trapped: false,
    });
    await expect(callExport(fixture('import-free'), 'add', [2 ** 31 - 1, 1])).resolves.toEqual(
      expect.objectContaining({ result: -(2 ** 31) }),
    );
    await expect(callExport(fixture('import-free'), 'greet', ['wörld'])).resolves.toEqual(
      expect.objectContaining({ result: 'Hello, wörld!', trapped: false }),
    );
  });

  it('rejects an export that does not exist', async () => {
    await expect(callExport(fixture('import-free'), 'nope', [])).rejects.toThrow(
      /no exported function nope; exports: add, greet/,
    );
  });
});

describe('runner', () => {
  it('kills a run that exceeds its timeout and says so', async () => {
    const run = runComponent(fixture('stdio'), { timeoutMs: 1 });
    await expect(run).rejects.toThrow(RunTimeoutError);
    await expect(run).rejects.toThrow(/did not finish within 1 ms and was killed/);
  });
});
