import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { readInputs } from '../src/action/inputs.js';
import { settingsFromEnv } from '../src/cli/env-config.js';
import { POLICY_OPTIONS, type PolicyOption } from '../src/policy/options.js';
import { applyPatches, denyAllPolicy, hostPolicy, type Policy } from '../src/policy/policy.js';
import { policyToData } from '../src/policy/policy-data.js';
import { patchFromData } from '../src/policy/read-options.js';
import { WasiVirt } from '../src/library/wasi-virt.js';
import { cli, cliWithEnv } from './support/cli.js';
import { ROOT } from './support/paths.js';

/** One value of a setting, as each door writes it: texts (flags, variables, inputs), file data, a library call. */
interface Sample {
  texts: string[];
  data: unknown;
  library(virt: WasiVirt): unknown;
}

const SAMPLES: Record<string, Sample> = {
  'allow-all': { texts: ['true'], data: true, library: (v) => v.allowAll() },
  hermetic: { texts: ['true'], data: true, library: (v) => v.hermetic() },
  'hide-terminals': { texts: ['true'], data: true, library: (v) => v.hideTerminals() },
  'allow-exit': { texts: ['true'], data: true, library: (v) => v.exit(true) },
  'allow-random': { texts: ['true'], data: true, library: (v) => v.random(true) },
  'allow-clocks': { texts: ['false'], data: false, library: (v) => v.clocks(false) },
  'fixed-time': {
    texts: ['2024-05-01T14:00:00.50+02:00'],
    data: '2024-05-01T12:00:00.5Z',
    library: (v) => v.fixedTime(new Date('2024-05-01T12:00:00.500Z')),
  },
  'random-seed': { texts: ['42'], data: 42, library: (v) => v.randomSeed(42n) },
  'allow-fs': { texts: ['true'], data: true, library: (v) => v.access('fs', true) },
  'allow-sockets': {
    texts: ['TCP://127.0.0.1:8000-8999,udp://[FD00:0::/8]:53,*://*.Example.org:*'],
    data: ['tcp://127.0.0.1:8000-8999', 'udp://[fd00::/8]:53', '*://*.example.org:*'],
    library: (v) =>
      v.allowSockets(['tcp://127.0.0.1:8000-8999', 'udp://[fd00::/8]:53', '*://*.example.org:*']),
  },
  'allow-http': {
    texts: ['HTTPS://API.example.com,http://localhost:3000,*://*.example.org:*'],
    data: ['https://api.example.com:443', 'http://localhost:3000', '*://*.example.org:*'],
    library: (v) =>
      v.allowHttp(['https://api.example.com', 'http://localhost:3000', '*://*.Example.org:*']),
  },
  'allow-stdio': { texts: ['true'], data: true, library: (v) => v.access('stdio', true) },
  stdio: { texts: ['ignore'], data: 'ignore', library: (v) => v.stdio('ignore') },
  stdin: { texts: ['deny'], data: 'deny', library: (v) => v.stdio('deny', 'stdin') },
  stdout: { texts: ['allow'], data: 'allow', library: (v) => v.stdio('allow', 'stdout') },
  stderr: { texts: ['ignore'], data: 'ignore', library: (v) => v.stdio('ignore', 'stderr') },
  'allow-env': {
    texts: ['HOME,USER'],
    data: ['HOME', 'USER'],
    library: (v) => v.env().allow(['HOME', 'USER']),
  },
  'deny-env': { texts: ['SECRET'], data: ['SECRET'], library: (v) => v.env().deny(['SECRET']) },
  env: {
    texts: ['A=1', 'B=2,C=3', 'D=x,y'],
    data: { A: '1', B: '2', C: '3', D: 'x,y' },
    library: (v) => v.env().overrides({ A: '1', B: '2', C: '3', D: 'x,y' }),
  },
  arg: { texts: ['app', '-v'], data: ['app', '-v'], library: (v) => v.env().args(['app', '-v']) },
  cwd: { texts: ['/srv'], data: '/srv', library: (v) => v.env().cwd('/srv') },
  'allow-config': { texts: ['true'], data: true, library: (v) => v.config().allowAll() },
  'deny-config': { texts: ['token'], data: ['token'], library: (v) => v.config().deny(['token']) },
  config: { texts: ['k=v'], data: { k: 'v' }, library: (v) => v.config().overrides([['k', 'v']]) },
  mount: {
    texts: ['/data=./site', '/etc=./etc'],
    data: { '/data': './site', '/etc': './etc' },
    library: (v) => v.mount('/data', './site').mount('/etc', './etc'),
  },
  overlay: { texts: ['16M'], data: '16M', library: (v) => v.overlay('16M') },
  writable: {
    texts: ['/tmp', '/scratch/=1M', '/tmp=2K'],
    data: { '/tmp': '2K', '/scratch': 1048576 },
    library: (v) => v.writable('/tmp', 2048).writable('/scratch', '1M'),
  },
  preopen: {
    texts: ['/out=/srv/out'],
    data: { '/out': '/srv/out' },
    library: (v) => v.preopen('/out', '/srv/out'),
  },
  'host-file': {
    texts: ['/etc/app.ini=/srv/app.ini'],
    data: { '/etc/app.ini': '/srv/app.ini' },
    library: (v) => v.hostFile('/etc/app.ini', '/srv/app.ini'),
  },
  'wasi-version': { texts: ['0.2.3'], data: '0.2.3', library: (v) => v.wasiVersion('0.2.3') },
  'passive-cutoff': { texts: ['64K'], data: '64K', library: (v) => v.passiveCutoff(65536) },
  debug: { texts: ['true'], data: true, library: (v) => v.debug(true) },
  'allow-import': {
    texts: ['wasi:cli/*', 'wasi:io/*@0.2.*'],
    data: ['wasi:cli/*', 'wasi:io/*@0.2.*'],
    library: (v) => v.allowImports(['wasi:cli/*', 'wasi:io/*@0.2.*']),
  },
  'deny-import': {
    texts: ['wasi:sockets/*'],
    data: ['wasi:sockets/*'],
    library: (v) => v.denyImports(['wasi:sockets/*']),
  },
};

/** `env.allow` = x → { env: { allow: x } }. */
function fileData(option: PolicyOption, value: unknown): Record<string, unknown> {
  const [head, key] = option.file.split('.') as [string, string | undefined];
  return { [head]: key === undefined ? value : { [key]: value } };
}

/** A text door's one value: repeatable settings one a line. */
const joined = (option: PolicyOption, texts: string[]) =>
  option.repeatable ? texts.join('\n') : texts.at(-1)!;

/** The policy each door gives for one value of an option. */
async function throughEveryDoor(option: PolicyOption, sample: Sample) {
  const flags = sample.texts.map((t) => `--${option.name}=${t}`);
  const printed = await cli('--print-policy', ...flags);
  expect(printed).toMatchObject({ code: 0, stderr: '' });
  const env = settingsFromEnv({ [option.variable]: joined(option, sample.texts) });
  const inputs: Record<string, string> = { component: 'app.wasm' };
  if (typeof option.input === 'string') inputs[option.input] = joined(option, sample.texts);
  const action = readInputs((name) => inputs[name] ?? '').policy.patch;
  const virt = new WasiVirt();
  sample.library(virt);
  return {
    flags: parseToml(printed.stdout),
    variable: applyPatches(denyAllPolicy(), env.patch),
    input: typeof option.input === 'string' ? applyPatches(denyAllPolicy(), action) : undefined,
    file: applyPatches(denyAllPolicy(), patchFromData(fileData(option, sample.data), 'p.toml')),
    library: virt.policy(),
  };
}

describe('the option table', () => {
  it('has a sample here for every setting, and every door names each setting once', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(POLICY_OPTIONS.map((o) => o.name).sort());
    for (const door of ['name', 'variable', 'file'] as const) {
      const names = POLICY_OPTIONS.map((o) => o[door]);
      expect(new Set(names).size).toBe(names.length);
    }
    const inputs = POLICY_OPTIONS.map((o) => o.input).filter((i) => typeof i === 'string');
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  it.each(POLICY_OPTIONS.map((o) => [o.name, o] as const))(
    '%s: the flag, the variable, the action input, the policy file and the library give one policy',
    async (name, option) => {
      const sample = SAMPLES[name]!;
      const doors = await throughEveryDoor(option, sample);
      const fromFile = patchFromData(fileData(option, sample.data), 'p.toml');
      const expected: Policy = applyPatches(denyAllPolicy(), fromFile);
      // Each sample changes the deny-all policy or the library's host policy: none is vacuous.
      expect([expected, doors.library]).not.toEqual([denyAllPolicy(), hostPolicy()]);
      expect(doors.variable).toEqual(expected);
      expect(doors.file).toEqual(expected);
      // --print-policy shows the policy the flags made, as TOML.
      expect(doors.flags).toEqual(parseToml(stringifyToml(policyToData(expected))));
      if (typeof option.input === 'string') expect(doors.input).toEqual(expected);
      else expect(option.input.none).toMatch(/\w/);
      // The library starts from the host's policy: what it is not told about stays the host's.
      expect(doors.library).toEqual(applyPatches(hostPolicy(), fromFile));
      // --print-policy writes what reads back to the same policy.
      expect(applyPatches(denyAllPolicy(), patchFromData(policyToData(expected), 'p'))).toEqual(
        expected,
      );
    },
  );

  it('`false` means no host value for allow-env at every door, and a line may set two variables', async () => {
    const none = applyPatches(denyAllPolicy(), { env: { mode: 'none', names: [] } });
    const set = { A: '1', B: '2' };
    const printed = await cli('--print-policy', '--allow-env=false', '-e', 'A=1,B=2');
    expect(parseToml(printed.stdout)).toMatchObject({ env: { allow: false, set } });
    const fromEnv = settingsFromEnv({ WASI_VIRT_ALLOW_ENV: 'false', WASI_VIRT_ENV: 'A=1,B=2' });
    expect(applyPatches(denyAllPolicy(), fromEnv.patch).env).toEqual({
      ...none.env,
      overrides: set,
    });
    const inputs: Record<string, string> = { component: 'a', 'allow-env': 'false', env: 'A=1,B=2' };
    const action = readInputs((name) => inputs[name] ?? '').policy.patch;
    expect(applyPatches(denyAllPolicy(), action).env).toEqual({ ...none.env, overrides: set });
  });

  it("action.yml declares exactly the table's inputs besides its own", () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const own = [
      'mode',
      'component',
      'components',
      'report-format',
      'report-file',
      'output',
      'mounts',
      'include-hidden-files',
      'policy-file',
      'fail-on-violation',
      'upload',
      'artifact-name',
      'retention-days',
      'release-tag',
      'github-token',
      'overwrite',
      'bundle',
      'archive',
    ];
    const tableInputs = POLICY_OPTIONS.flatMap((o) =>
      typeof o.input === 'string' ? [o.input] : [],
    );
    expect(Object.keys(action.inputs).sort()).toEqual([...own, ...tableInputs].sort());
    // A policy input left at its default sets nothing: the policy file's value stands.
    for (const input of tableInputs) expect(action.inputs[input]!.default ?? '').toBe('');
  });

  it('--help shows every flag of the table', async () => {
    const { stdout } = await cliWithEnv({}, '--help');
    for (const option of POLICY_OPTIONS) expect(stdout).toContain(`--${option.name}`);
  });
});
