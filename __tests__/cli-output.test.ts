import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../src/cli/main.js';
import {
  describeMountProgress,
  formatBytes,
  mountProgressLine,
  ProgressLine,
  type ProgressStream,
} from '../src/cli/progress.js';
import { component, section, str, uleb } from './support/bytes.js';
import { cli, type CliResult } from './support/cli.js';
import { fixture, ROOT } from './support/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cli-output-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A stand-in for stderr: a terminal (or not) that records what is written to it. */
function fakeStream(isTTY: boolean, columns?: number): ProgressStream & { writes: string[] } {
  const writes: string[] = [];
  return {
    isTTY,
    ...(columns !== undefined ? { columns } : {}),
    writes,
    write: (text: string) => writes.push(text),
  };
}

describe('the progress line', () => {
  it('is rewritten in place, at most once per interval, and cleared at the end', () => {
    const stream = fakeStream(true, 80);
    let now = 1000;
    const line = new ProgressLine(stream, 100, () => now);
    line.update('one');
    now += 50;
    line.update('skipped: too soon');
    now += 50;
    line.update('two');
    line.clear();
    expect(stream.writes).toEqual(['\rone\x1b[K', '\rtwo\x1b[K', '\r\x1b[K']);
  });

  it('never wraps: text is cut one short of the width (80 when the terminal does not say)', () => {
    const narrow = fakeStream(true, 10);
    new ProgressLine(narrow).update('x'.repeat(50));
    expect(narrow.writes).toEqual([`\r${'x'.repeat(9)}\x1b[K`]);
    for (const columns of [0, undefined]) {
      const unknown = fakeStream(true, columns);
      new ProgressLine(unknown).update('y'.repeat(200));
      expect(unknown.writes).toEqual([`\r${'y'.repeat(79)}\x1b[K`]);
    }
  });

  it('clears nothing when nothing was drawn', () => {
    const stream = fakeStream(true);
    new ProgressLine(stream).clear();
    expect(stream.writes).toEqual([]);
  });

  it('counts files and bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(40 * 1024 * 1024)).toBe('40.0 MiB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB');
    const progress = { files: 1234, bytes: 1536, totalFiles: 10000, totalBytes: 3 << 20 };
    expect(describeMountProgress({ scanned: false, ...progress })).toBe(
      'wasi-virt: scanning the mounted directories...',
    );
    expect(describeMountProgress({ scanned: true, ...progress })).toBe(
      'wasi-virt: reading mounted files: 1,234/10,000 files, 1.5 KiB/3.0 MiB',
    );
  });

  it('is drawn only on a terminal, and not under --quiet', () => {
    expect(mountProgressLine({}).report).toBeUndefined();
    expect(mountProgressLine({ terminal: fakeStream(false) }).report).toBeUndefined();
    expect(mountProgressLine({ terminal: fakeStream(true), quiet: true }).report).toBeUndefined();
    expect(mountProgressLine({ terminal: fakeStream(true) }).report).toBeDefined();
  });
});

describe('wasi-virt --mount on a terminal', () => {
  let site: string;
  beforeAll(async () => {
    site = join(scratch, 'site');
    await mkdir(join(site, 'sub'), { recursive: true });
    for (let i = 0; i < 20; i++) await writeFile(join(site, 'sub', `f${i}.txt`), `file ${i}\n`);
  });

  /** Runs the CLI in process, stderr being the given stream. */
  async function run(terminal: ProgressStream, ...argv: string[]): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      terminal,
    };
    const code = await main(argv, io, {});
    return { code, stdout, stderr };
  }

  const mountArgs = () => [
    fixture('cat-files'),
    '-o',
    join(scratch, 'out.wasm'),
    '--mount',
    `/data=${site}`,
  ];

  it('draws the line while the mounts are read, and clears it before the summary', async () => {
    const terminal = fakeStream(true, 120);
    const { code, stdout } = await run(terminal, ...mountArgs());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .*out\.wasm/);
    expect(stdout).toContain('embedded 20 file(s), ');
    expect(terminal.writes[0]).toBe('\rwasi-virt: scanning the mounted directories...\x1b[K');
    for (const write of terminal.writes.slice(1, -1)) {
      expect([write.at(0), write.slice(-3)]).toEqual(['\r', '\x1b[K']);
      expect(write.slice(1, -3)).toMatch(
        /^wasi-virt: reading mounted files: \d+\/20 files, \d+ B\/\d+ B$/,
      );
    }
    expect(terminal.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('draws nothing when stderr is not a terminal (CI logs), or under --quiet', async () => {
    const log = fakeStream(false);
    expect((await run(log, ...mountArgs())).code).toBe(0);
    const quiet = fakeStream(true);
    const result = await run(quiet, ...mountArgs(), '--quiet');
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect([log.writes, quiet.writes]).toEqual([[], []]);
  });

  it('clears the line before an error is printed', async () => {
    const terminal = fakeStream(true);
    await symlink(join(scratch, 'nowhere'), join(site, 'broken'));
    try {
      const { code, stderr } = await run(terminal, ...mountArgs());
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wasi-virt: error: --mount .* the symlink .* is broken/);
      expect(terminal.writes.at(-1)).toBe('\r\x1b[K');
    } finally {
      await rm(join(site, 'broken'));
    }
  });
});

describe('--quiet, for every command', () => {
  it('prints nothing for a passing run, and the output files are still written', async () => {
    const out = join(scratch, 'quiet.wasm');
    const report = join(scratch, 'quiet.xml');
    const runs = [
      ['imports', fixture('env-args'), '--quiet'],
      ['-q', 'imports', fixture('env-args'), '--json'],
      ['check', fixture('import-free'), '--deny', '*', '-q'],
      ['compose', fixture('env-args'), '--plug', fixture('env-plug'), '-o', out, '--quiet'],
      [
        fixture('env-args'),
        '-o',
        out,
        '--allow-all',
        '--format',
        'junit',
        '--report-file',
        report,
        '-q',
      ],
    ];
    for (const argv of runs)
      expect(await cli(...argv)).toEqual({ code: 0, stdout: '', stderr: '' });
    // --allow-all leaves nothing to virtualize: its warning is silenced too.
    expect(await readFile(report, 'utf8')).toContain('<testsuite');
  });

  it('--debug with everything allowed: nothing to virtualize, one warning, and the app unchanged', async () => {
    const out = join(scratch, 'debug-allow-all.wasm');
    const result = await cli(fixture('env-args'), '-o', out, '--allow-all', '--debug');
    expect(result.code).toBe(0);
    // Not a second warning that the adapter (only the trace's imports) satisfies nothing.
    expect(result.stderr).toBe(
      'wasi-virt: warning: nothing to virtualize: the policy passes every imported interface through\n',
    );
    expect(result.stdout).not.toContain("wasi-virt's own lines");
    expect(Buffer.compare(await readFile(out), await readFile(fixture('env-args')))).toBe(0);
  });

  it("prints a failing gate's violations and verdict on stderr", async () => {
    const checked = await cli('check', fixture('env-args'), '--deny', 'wasi:cli/environment', '-q');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toBe('');
    expect(checked.stderr).toMatch(
      /^wasi-virt: import wasi:cli\/environment@0\.2\.12 is denied by --deny 'wasi:cli\/environment'\nFAIL: .*env-args\.wasm: 15 import\(s\), 1 violation\(s\)\n$/,
    );
    const out = join(scratch, 'gate.wasm');
    const gated = await cli(
      fixture('env-args'),
      '-o',
      out,
      '--allow-all',
      '--deny-import',
      'wasi:clocks/*',
      '--quiet',
    );
    expect(gated.code).toBe(1);
    expect(gated.stdout).toBe('');
    expect(gated.stderr.trim().split('\n')).toEqual([
      "wasi-virt: import wasi:clocks/wall-clock@0.2.12 is denied by policy imports.deny 'wasi:clocks/*'",
      expect.stringMatching(/^FAIL: .*gate\.wasm: 15 import\(s\), 1 violation\(s\)$/),
    ]);
  });

  it('still prints errors, and the help asked for', async () => {
    const missing = await cli('imports', join(scratch, 'missing.wasm'), '--quiet');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^wasi-virt: error: .*missing\.wasm' does not exist/);
    const usage = await cli('check', '--quiet');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^wasi-virt: error: missing required argument/);
    expect((await cli('imports', '--help', '--quiet')).stdout).toMatch(/^Usage: wasi-virt imports/);
  });
});

describe('a reader that closes the pipe early (wasi-virt imports big.wasm | head -c 1)', () => {
  let big: string;
  beforeAll(async () => {
    // 20,000 function imports: megabytes of output, far more than a pipe holds, so the CLI is
    // still writing when `head` exits, however the two processes are scheduled.
    const count = 20000;
    const types = section(7, [...uleb(1), 0x40, ...uleb(0), 0x01, 0x00]);
    const imports = Array.from({ length: count }, (_, i) => [0x00, ...str(`f${i}`), 0x01, 0x00]);
    big = join(scratch, 'big.wasm');
    await writeFile(big, component(types, section(10, [...uleb(count), ...imports.flat()])));
  });

  /** Runs dist/cli.js (the bin) with ARGS into `head -c 1`: its exit code, stderr and what head got. */
  async function intoHead(...args: string[]) {
    const script = 'node dist/cli.js "$@" 2>"$ERR" | head -c 1; echo " ${PIPESTATUS[0]}"';
    const errFile = join(scratch, 'stderr.txt');
    const { stdout } = await promisify(execFile)('bash', ['-c', script, 'bash', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ERR: errFile },
    });
    const [head, code] = stdout.split(' ');
    return { head, code: Number(code), stderr: await readFile(errFile, 'utf8') };
  }

  it('exits 0 without a word, whatever the format', async () => {
    expect(await intoHead('imports', big)).toEqual({ head: 'I', code: 0, stderr: '' });
    expect(await intoHead('imports', big, '--json')).toEqual({ head: '{', code: 0, stderr: '' });
  });

  it("keeps a failing gate's exit code, so `set -o pipefail` still fails the job", async () => {
    expect(await intoHead('check', big, '--deny', '*')).toEqual({ head: 'I', code: 1, stderr: '' });
    expect(await intoHead('check', big, '--format', 'json')).toEqual({
      head: '{',
      code: 0,
      stderr: '',
    });
  });
});
