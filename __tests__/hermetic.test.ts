import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { readInputs } from '../src/action/inputs.js';
import { policyToData } from '../src/policy/policy-data.js';
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

describe('--hermetic', () => {
  /** --print-policy's output for these flags, which must succeed. */
  const printed = async (...flags: string[]) => {
    const result = await cli('--print-policy', ...flags);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    return result.stdout;
  };

  /** --print-policy reads its own output back to the same bytes. */
  const expectRoundTrip = async (text: string) => {
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, text);
      expect(await printed('--policy', file)).toBe(text);
    });
  };

  it('expands to epoch time, seed 0, args [app], no host values, /tmp, stdout and stderr, exit; printed, it reads back byte for byte', async () => {
    const text = await printed('--hermetic');
    expect(parseToml(text)).toEqual({
      'allow-exit': true,
      'allow-random': false,
      'allow-clocks': false,
      'allow-fs': false,
      'allow-sockets': false,
      'allow-http': false,
      stdin: 'deny',
      stdout: 'allow',
      stderr: 'allow',
      'hide-terminals': true,
      'fixed-time': '1970-01-01T00:00:00Z',
      'random-seed': 0,
      env: { allow: false, args: ['app'] },
      config: { allow: false },
      writable: { '/tmp': 64 * 1024 * 1024 },
    });
    expect(text).not.toContain('hermetic =');
    await expectRoundTrip(text);
  });

  it('later flags refine it, and the refined policy reads back byte for byte too', async () => {
    const text = await printed(
      '--hermetic',
      '--fixed-time=2024-05-01T12:00:00Z',
      '--random-seed=7',
      '--writable=/tmp=1M',
      '--writable=/scratch=2K',
      '--arg=tool',
      '--arg=-v',
      '-e',
      'GREETING=hi',
      '--stdout=ignore',
      '--hide-terminals=false',
      '--allow-exit=false',
    );
    expect(parseToml(text)).toMatchObject({
      'allow-exit': false,
      stdout: 'ignore',
      stderr: 'allow',
      'fixed-time': '2024-05-01T12:00:00Z',
      'random-seed': 7,
      env: { allow: false, set: { GREETING: 'hi' }, args: ['tool', '-v'] },
      writable: { '/tmp': 1024 * 1024, '/scratch': 2048 },
    });
    expect(parseToml(text)).not.toHaveProperty('hide-terminals');
    await expectRoundTrip(text);
  });

  it("keeps an earlier door's fixed time, seed and /tmp size, and narrows its host values", async () => {
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(
        file,
        'fixed-time = "2001-02-03T04:05:06Z"\nrandom-seed = 9\n[env]\nallow = true\n[writable]\n"/tmp" = "4K"\n',
      );
      const fromFile = parseToml(await printed('--policy', file, '--hermetic'));
      expect(fromFile).toMatchObject({
        'fixed-time': '2001-02-03T04:05:06Z',
        'random-seed': 9,
        env: { allow: false },
        writable: { '/tmp': 4096 },
      });
    });
  });

  const ALLOW_ALL =
    /hermetic'? and .*allow.all'? cannot be combined: hermetic denies what allow-all allows \(drop one/i;

  it('refuses --allow-all in one line, exit 2, from the flags, the variables, a policy file and across doors', async () => {
    const expectRefused = ({ code, stdout, stderr }: Awaited<ReturnType<typeof cli>>) => {
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(ALLOW_ALL);
    };
    expectRefused(await cli('--print-policy', '--hermetic', '--allow-all'));
    expectRefused(
      await cliWithEnv(
        { WASI_VIRT_HERMETIC: 'true', WASI_VIRT_ALLOW_ALL: 'true' },
        '--print-policy',
      ),
    );
    expectRefused(
      await cliWithEnv({ WASI_VIRT_ALLOW_ALL: 'true' }, '--print-policy', '--hermetic'),
    );
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, 'hermetic = true\nallow-all = true\n');
      expectRefused(await cli('--print-policy', '--policy', file));
      await writeFile(file, 'allow-all = true\n');
      expectRefused(await cli('--print-policy', '--policy', file, '--hermetic'));
      // No output is written.
      const out = join(dir, 'out.wasm');
      expectRefused(await cli(fixture('stdio'), '-o', out, '--hermetic', '--allow-all'));
      expect(existsSync(out)).toBe(false);
    });
  });

  it('takes allow-all = false beside it, at every door', async () => {
    expect(await printed('--hermetic', '--allow-all=false')).toBe(await printed('--hermetic'));
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, 'hermetic = true\nallow-all = false\n');
      expect(await printed('--policy', file)).toBe(await printed('--hermetic'));
    });
  });

  it('refuses allow-all from the action inputs and the library', () => {
    const inputs: Record<string, string> = {
      component: 'app.wasm',
      hermetic: 'true',
      'allow-all': 'true',
    };
    expect(() => readInputs((name) => inputs[name] ?? '')).toThrow(ALLOW_ALL);
    expect(() => new WasiVirt().hermetic().allowAll().policy()).toThrow(ALLOW_ALL);
  });

  it('the library gives what the flag gives, and its later calls refine it', async () => {
    const fromFlag = parseToml(await printed('--hermetic', '--random-seed=3'));
    const policy = new WasiVirt().hermetic().randomSeed(3).policy();
    expect(parseToml(stringifyToml(policyToData(policy)))).toEqual(fromFlag);
  });
});
