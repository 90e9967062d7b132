import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { envVariables, settingsFromEnv } from '../src/cli/env-config.js';
import { patchFromFlags } from '../src/cli/virt-flags.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import { cliWithEnv } from './support/cli.js';
import { fixture } from './support/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'env-config-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const policyFrom = (env: NodeJS.ProcessEnv) =>
  applyPatches(denyAllPolicy(), settingsFromEnv(env).patch);

/** The effective policy the CLI prints for these variables and flags. */
async function printedPolicy(env: NodeJS.ProcessEnv, ...flags: string[]) {
  const { code, stdout, stderr } = await cliWithEnv(env, '--print-policy', ...flags);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return parseToml(stdout);
}

describe('WASI_VIRT_* variables', () => {
  it('map onto the same policy as the flags they stand for', () => {
    const env = {
      WASI_VIRT_ALLOW_ENV: 'HOME,USER',
      WASI_VIRT_ENV: 'A=1\n  B=2,C=3\n\nD=x,y\r\n',
      WASI_VIRT_ARGS: 'app\n-v',
      WASI_VIRT_CWD: '/srv',
      WASI_VIRT_ALLOW_CLOCKS: 'true',
      WASI_VIRT_ALLOW_EXIT: 'false',
      WASI_VIRT_STDIO: 'ignore',
      WASI_VIRT_STDERR: 'allow',
      WASI_VIRT_MOUNTS: '/data=./site\n/etc=./etc',
      WASI_VIRT_PREOPENS: '/out=/srv/out',
      WASI_VIRT_HOST_FILES: '/etc/app.ini=/srv/app.ini',
      WASI_VIRT_ALLOW_CONFIG: 'true',
      WASI_VIRT_CONFIG: 'k=v',
      WASI_VIRT_WASI_VERSION: '0.2.3',
      WASI_VIRT_DEBUG: 'true',
    };
    expect(policyFrom(env)).toEqual(
      applyPatches(
        denyAllPolicy(),
        patchFromFlags({
          allowEnv: 'HOME,USER',
          env: ['A=1', 'B=2,C=3', 'D=x,y'],
          arg: ['app', '-v'],
          cwd: '/srv',
          allowClocks: 'true',
          allowExit: 'false',
          stdio: 'ignore',
          stderr: 'allow',
          mount: ['/data=./site', '/etc=./etc'],
          preopen: ['/out=/srv/out'],
          hostFile: ['/etc/app.ini=/srv/app.ini'],
          allowConfig: 'true',
          config: ['k=v'],
          wasiVersion: '0.2.3',
          debug: true,
        }),
      ),
    );
  });

  it("read the command's own settings, and treat an empty variable as unset", () => {
    expect(
      settingsFromEnv({
        WASI_VIRT_OUTPUT: 'out.wasm',
        WASI_VIRT_POLICY: 'policy.toml',
        WASI_VIRT_FORMAT: 'junit',
        WASI_VIRT_REPORT_FILE: 'report.xml',
        WASI_VIRT_VERIFY: 'false',
        WASI_VIRT_CWD: '',
        PATH: '/bin',
      }),
    ).toEqual({
      patch: {},
      output: 'out.wasm',
      policy: 'policy.toml',
      format: 'junit',
      reportFile: 'report.xml',
      verify: false,
    });
  });

  it.each([
    [
      { WASI_VIRT_ALLOW_CLOCK: 'true' },
      /unknown environment variable WASI_VIRT_ALLOW_CLOCK \(did you mean WASI_VIRT_ALLOW_CLOCKS\?\)/,
    ],
    [{ WASI_VIRT_ALLOW_STDOUT: 'true' }, /unknown environment variable WASI_VIRT_ALLOW_STDOUT/],
    [
      { WASI_VIRT_NOTHING_LIKE_IT: '1' },
      /unknown environment variable WASI_VIRT_NOTHING_LIKE_IT \(known: WASI_VIRT_OUTPUT, /,
    ],
    [{ WASI_VIRT_ALLOW_CLOCKS: 'yes' }, /^WASI_VIRT_ALLOW_CLOCKS takes true or false/],
    [{ WASI_VIRT_STDOUT: 'loud' }, /^WASI_VIRT_STDOUT takes allow, ignore, deny/],
    [{ WASI_VIRT_PASSIVE_CUTOFF: 'big' }, /^WASI_VIRT_PASSIVE_CUTOFF takes a size in bytes/],
    [{ WASI_VIRT_ENV: 'NOEQUALS' }, /^WASI_VIRT_ENV 'NOEQUALS' must be KEY=VALUE/],
    [
      { WASI_VIRT_MOUNTS: 'data=./site' },
      /^WASI_VIRT_MOUNTS 'data=\.\/site' must be \/GUEST=HOST_DIR/,
    ],
    [
      { WASI_VIRT_ALLOW_ENV: 'A', WASI_VIRT_DENY_ENV: 'B' },
      /^WASI_VIRT_ALLOW_ENV and WASI_VIRT_DENY_ENV cannot be combined/,
    ],
    [{ WASI_VIRT_FORMAT: 'xml' }, /^WASI_VIRT_FORMAT takes text, json, junit, sarif, not 'xml'/],
  ])('reject %j, naming the variable', (env, message) => {
    expect(() => policyFrom(env)).toThrow(message);
  });

  it('have one documented name each, and stand for distinct flags', () => {
    const flags = Object.values(envVariables).map((v) => v.flag);
    expect(new Set(flags).size).toBe(flags.length);
    for (const name of Object.keys(envVariables)) expect(name).toMatch(/^WASI_VIRT_[A-Z_]+$/);
  });
});

describe('precedence: policy file < WASI_VIRT_* < flags', () => {
  it('the environment overrides the policy file, and flags override the environment', async () => {
    const policyFile = join(scratch, 'policy.toml');
    await writeFile(
      policyFile,
      'allow-clocks = false\nallow-random = true\nstdio = "deny"\ndebug = true\n[env]\nset = { A = "file", B = "file" }\n',
    );
    const env = {
      WASI_VIRT_POLICY: policyFile,
      WASI_VIRT_ALLOW_CLOCKS: 'true',
      WASI_VIRT_STDIO: 'ignore',
      WASI_VIRT_ENV: 'A=env\nC=env',
      WASI_VIRT_DEBUG: 'false',
    };
    expect(await printedPolicy(env)).toMatchObject({
      'allow-clocks': true,
      'allow-random': true,
      stdout: 'ignore',
      env: { set: { A: 'env', B: 'file', C: 'env' } },
    });
    expect(await printedPolicy(env)).not.toHaveProperty('debug');
    expect(await printedPolicy({ ...env, WASI_VIRT_DEBUG: '' })).toHaveProperty('debug', true);
    expect(
      await printedPolicy(env, '--allow-clocks=false', '--stdout', '-e', 'C=flag'),
    ).toMatchObject({
      'allow-clocks': false,
      stdin: 'ignore',
      stdout: 'allow',
      env: { set: { A: 'env', B: 'file', C: 'flag' } },
    });
  });

  it('--policy replaces WASI_VIRT_POLICY, and -o replaces WASI_VIRT_OUTPUT', async () => {
    const other = join(scratch, 'other.toml');
    await writeFile(other, 'allow-exit = true\n');
    const env = { WASI_VIRT_POLICY: join(scratch, 'missing.toml') };
    expect(await printedPolicy(env, '--policy', other)).toMatchObject({ 'allow-exit': true });

    const out = join(scratch, 'flag.wasm');
    const { code } = await cliWithEnv(
      { WASI_VIRT_OUTPUT: join(scratch, 'env.wasm') },
      fixture('import-free'),
      '-o',
      out,
    );
    expect(code).toBe(0);
    expect([existsSync(out), existsSync(join(scratch, 'env.wasm'))]).toEqual([true, false]);
  });

  it('WASI_VIRT_OUTPUT alone names the output, and a typo fails the command', async () => {
    const out = join(scratch, 'from-env.wasm');
    const ok = await cliWithEnv({ WASI_VIRT_OUTPUT: out }, fixture('import-free'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`wrote ${out}`);
    // Not a flag, but the component's size cap (was refused as an unknown variable).
    const capped = await cliWithEnv(
      { WASI_VIRT_OUTPUT: out, WASI_VIRT_MAX_COMPONENT_SIZE: '1K' },
      fixture('env-args'),
    );
    expect(capped).toMatchObject({ code: 2, stdout: '' });
    expect(capped.stderr).toMatch(/over the 1024-byte limit for a component/);
    const typo = await cliWithEnv({ WASI_VIRT_OUPUT: out }, fixture('import-free'));
    expect(typo).toMatchObject({ code: 2, stdout: '' });
    expect(typo.stderr).toMatch(
      /^wasi-virt: error: unknown environment variable WASI_VIRT_OUPUT \(did you mean WASI_VIRT_OUTPUT\?\)/,
    );
  });
});
