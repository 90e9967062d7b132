import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { parseInstant } from '../src/policy/hermetic.js';
import { WasiVirt } from '../src/library/wasi-virt.js';
import { cli, cliWithEnv } from './support/cli.js';
import { withTempDir } from './support/temp-dir.js';
import { fixture } from './support/paths.js';
import { runComponent } from './support/runner.js';

// --fixed-time and --random-seed (the conformance cases hermetic-* run the outputs under jco and wasmtime).

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('hermetic', body);

describe('--fixed-time', () => {
  it('reads RFC 3339 instants into UTC with nanoseconds, the canonical spelling', () => {
    expect(parseInstant('t', '2024-05-01T14:00:00.50+02:00')).toBe('2024-05-01T12:00:00.5Z');
    expect(parseInstant('t', '2024-02-29t23:30:00-01:15')).toBe('2024-03-01T00:45:00Z');
    expect(parseInstant('t', '1970-01-01 00:00:00.000000001z')).toBe(
      '1970-01-01T00:00:00.000000001Z',
    );
    expect(parseInstant('t', '9999-12-31T23:59:59.999999999Z')).toBe(
      '9999-12-31T23:59:59.999999999Z',
    );
  });

  it.each([
    ['2024-05-01', 'must look like 2024-05-01T12:00:00Z'],
    ['2024-05-01T12:00:00', 'must look like'],
    ['2023-02-29T00:00:00Z', 'day 29 does not exist in 2023-02'],
    ['2024-13-01T00:00:00Z', 'month 13 does not exist'],
    ['2024-05-01T24:00:00Z', 'time 24:00 does not exist'],
    ['2016-12-31T23:59:60Z', 'leap second'],
    ['2024-05-01T12:00:00.1234567891Z', 'at most 9 fractional digits'],
    ['1969-12-31T23:59:59Z', 'starts at 1970-01-01T00:00:00Z'],
    ['1970-01-01T00:30:00+01:00', 'starts at 1970-01-01T00:00:00Z'],
  ])('refuses %s in one line, exit 2, writing nothing', async (text, why) => {
    await withDir(async (dir) => {
      const out = join(dir, 'out.wasm');
      const { code, stdout, stderr } = await cli(
        fixture('clocks-random'),
        '-o',
        out,
        '--fixed-time',
        text,
      );
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`--fixed-time '${text}' is not an RFC 3339 instant`);
      expect(stderr).toContain(why);
      expect(existsSync(out)).toBe(false);
    });
  });
});

describe('--random-seed', () => {
  it.each(['-1', '18446744073709551616', '0x10', '4.2', '', ' 42'])(
    "refuses '%s' in one line, exit 2",
    async (text) => {
      const { code, stderr } = await cli('--print-policy', `--random-seed=${text}`);
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('must be an unsigned 64-bit integer in decimal');
    },
  );

  it('refuses a bad seed or instant from a variable and a policy file too', async () => {
    const fromEnv = await cliWithEnv({ WASI_VIRT_RANDOM_SEED: '-3' }, '--print-policy');
    expect(fromEnv.code).toBe(2);
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, 'fixed-time = 2024-05-01T12:00:00\n'); // a local date-time: no instant
      const local = await cli('--print-policy', '--policy', file);
      expect(local.code).toBe(2);
      expect(local.stderr).toContain("'fixed-time' must be an RFC 3339 instant");
    });
  });
});

describe('both settings', () => {
  it('--print-policy writes them so they read back (a seed above 2^53 as a string)', async () => {
    const printed = await cli(
      '--print-policy',
      '--fixed-time=2024-05-01T14:00:00.50+02:00',
      '--random-seed=18446744073709551615',
    );
    expect(printed.code).toBe(0);
    expect(parseToml(printed.stdout)).toMatchObject({
      'fixed-time': '2024-05-01T12:00:00.5Z',
      'random-seed': '18446744073709551615',
    });
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, printed.stdout);
      expect(await cli('--print-policy', '--policy', file)).toEqual(printed);
      // An unquoted TOML offset date-time and integer seed are read too.
      await writeFile(file, 'fixed-time = 2024-05-01T12:00:00.5Z\nrandom-seed = 42\n');
      const fromFile = parseToml((await cli('--print-policy', '--policy', file)).stdout);
      expect(fromFile).toMatchObject({ 'fixed-time': '2024-05-01T12:00:00.5Z', 'random-seed': 42 });
    });
  });

  it('give the same output and run for one seed, and other random bytes for another', async () => {
    const app = await readFile(fixture('clocks-random'));
    const build = async (seed: number) => {
      const virt = new WasiVirt().stdio('deny').stdio('allow', 'stdout').exit(false);
      virt.fixedTime(new Date(Date.UTC(2024, 4, 1, 12))).randomSeed(seed);
      const { output } = await virt.finish(app);
      if (!output) throw new Error('no output');
      return output;
    };
    const [a, b, c] = [await build(42), await build(42), await build(43)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const imports = describeComponent(readComponent(a)).imports.map((i) => i.name);
    expect(imports.filter((name) => /^wasi:(clocks|random)\//.test(name))).toEqual([]);
    const [runA, runB, runC] = [
      await runComponent(a),
      await runComponent(b),
      await runComponent(c),
    ];
    const random = (stdout: string) => /^random ([0-9a-f]{32})$/m.exec(stdout)?.[1];
    expect(runA.stdout).toContain('wall 1714564800\nmonotonic-elapsed-ns 0\n');
    expect(random(runA.stdout)).toBe('16c72e0c2e0b78157e3a116d86d90461');
    expect(random(runB.stdout)).toBe(random(runA.stdout));
    expect(random(runC.stdout)).toMatch(/^[0-9a-f]{32}$/);
    expect(random(runC.stdout)).not.toBe(random(runA.stdout));
  });
});
