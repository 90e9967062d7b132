import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { validateSarif } from './support/sarif-schema.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cli-check-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('check --deny *: the import-free gate', () => {
  it('passes the import-free fixture', async () => {
    const { code, stdout } = await cli('check', fixture('import-free'), '--deny', '*');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^PASS: .*import-free\.wasm: 0 import\(s\), 0 violation\(s\) \(the component is import-free\)/m,
    );
  });

  it('fails the env fixture, naming wasi:cli/environment@0.2.12 and the rule', async () => {
    const { code, stdout } = await cli('check', fixture('env-args'), '--deny', '*');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^wasi:cli\/environment@0\.2\.12\s+\*\s+FAIL\s+--deny '\*'$/m);
    expect(stdout).toMatch(/^FAIL: .*env-args\.wasm: 15 import\(s\), 15 violation\(s\)$/m);
  });
});

describe('patterns', () => {
  it('deny one function while the harmless one in the same interface passes', async () => {
    const denyEnv = ['--deny', 'wasi:cli/environment#get-environment'];
    const onEnv = await cli('check', fixture('env-args'), ...denyEnv, '--format', 'json');
    expect(onEnv.code).toBe(1);
    const report = JSON.parse(onEnv.stdout);
    expect(report.violations).toEqual([
      expect.objectContaining({
        import: 'wasi:cli/environment@0.2.12',
        function: 'get-environment',
        reason: 'denied',
      }),
    ]);
    // cat-files imports wasi:cli/environment only for get-arguments.
    expect((await cli('check', fixture('cat-files'), ...denyEnv)).code).toBe(0);
  });

  it('allow lists make everything else a violation', async () => {
    const allowCliAndIo = ['--allow', 'wasi:cli/*', '--allow', 'wasi:io/*'];
    const { code, stdout } = await cli(
      'check',
      fixture('exit-code'),
      ...allowCliAndIo,
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const offenders = new Set(
      JSON.parse(stdout).violations.map((v: { import: string }) => v.import),
    );
    expect([...offenders].sort()).toEqual([
      'wasi:clocks/wall-clock@0.2.12',
      'wasi:filesystem/preopens@0.2.12',
      'wasi:filesystem/types@0.2.12',
    ]);
    const everything = [
      ...allowCliAndIo,
      '--allow',
      'wasi:clocks/*',
      '--allow',
      'wasi:filesystem/*',
    ];
    expect((await cli('check', fixture('exit-code'), ...everything)).code).toBe(0);
  });

  it('deny wins over allow', async () => {
    const { code } = await cli(
      'check',
      fixture('exit-code'),
      '--allow',
      '*',
      '--deny',
      'wasi:cli/exit',
    );
    expect(code).toBe(1);
  });

  it('semver ranges select versions', async () => {
    expect((await cli('check', fixture('exit-code'), '--deny', 'wasi:*@0.2.*')).code).toBe(1);
    expect((await cli('check', fixture('exit-code'), '--deny', 'wasi:*@^0.3.0')).code).toBe(0);
    expect(
      (await cli('check', fixture('exit-code'), '--deny', 'wasi:cli/exit@>=0.2.12 <0.3.0')).code,
    ).toBe(1);
    expect((await cli('check', fixture('exit-code'), '--allow', '*@^0.2.3')).code).toBe(0);
  });

  it('a types-only import is allowed by a function rule on its interface, but not by an unrelated one', async () => {
    // stdio imports wasi:io/error for its resource type only.
    const base = [
      '--allow',
      'wasi:cli/*',
      '--allow',
      'wasi:io/streams',
      '--allow',
      'wasi:clocks/*',
      '--allow',
      'wasi:filesystem/*',
    ];
    const without = await cli('check', fixture('stdio'), ...base, '--format', 'json');
    expect(JSON.parse(without.stdout).violations.map((v: { import: string }) => v.import)).toEqual([
      'wasi:io/error@0.2.12',
    ]);
    expect(
      (await cli('check', fixture('stdio'), ...base, '--allow', 'wasi:io/error#anything')).code,
    ).toBe(0);
  });

  it('an invalid pattern is a usage error naming the problem', async () => {
    const { code, stderr } = await cli(
      'check',
      fixture('exit-code'),
      '--deny',
      'wasi:cli/*@not-a-range',
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "wasi-virt: error: invalid import pattern 'wasi:cli/*@not-a-range' (from --deny): 'not-a-range' is not a semver range (examples: 0.2.*, ^0.2.3, >=0.2.0 <0.3.0)\n",
    );
  });
});

describe('policy files', () => {
  const write = async (name: string, text: string) => {
    const path = join(scratch, name);
    await writeFile(path, text);
    return path;
  };

  it.each([
    ['policy.toml', '[imports]\ndeny = ["wasi:cli/environment#get-environment"]\n'],
    ['policy.json', '{"imports": {"deny": ["wasi:cli/environment#get-environment"]}}'],
    ['policy.yaml', 'imports:\n  deny:\n    - "wasi:cli/environment#get-environment"\n'],
  ])('%s is read into the same rules', async (name, text) => {
    const path = await write(name, text);
    const { code, stdout } = await cli('check', fixture('env-args'), '--policy', path);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path} deny 'wasi:cli/environment#get-environment'`);
    expect((await cli('check', fixture('cat-files'), '--policy', path)).code).toBe(0);
  });

  it('flags add to the rules of the file', async () => {
    const path = await write('allow.toml', '[imports]\nallow = ["*"]\n');
    expect((await cli('check', fixture('exit-code'), '--policy', path)).code).toBe(0);
    expect(
      (await cli('check', fixture('exit-code'), '--policy', path, '--deny', 'wasi:cli/exit')).code,
    ).toBe(1);
  });

  it.each([
    [
      'unknown.toml',
      '[imports]\nforbid = ["*"]\n',
      /unknown key 'imports\.forbid' \(known keys here: allow, deny\)/,
    ],
    ['broken.toml', '[imports\n', /is not valid TOML/],
    ['wrong.json', '{"imports": {"deny": "*"}}', /'imports\.deny' must be a list of strings/],
    ['policy.ini', 'x', /must end in \.toml, \.json, \.yaml or \.yml/],
  ])('a bad policy file (%s) is a usage error', async (name, text, message) => {
    const path = await write(name, text);
    const { code, stderr } = await cli('check', fixture('exit-code'), '--policy', path);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('reports', () => {
  it('SARIF validates against the SARIF 2.1.0 schema and locates each violation', async () => {
    const { code, stdout } = await cli(
      'check',
      fixture('env-args'),
      '--deny',
      'wasi:cli/environment#get-environment',
      '--deny',
      'wasi:filesystem/*',
      '--format',
      'sarif',
    );
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const results = log.runs[0].results;
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({
      ruleId: 'WVA001',
      level: 'error',
      message: { text: expect.stringContaining('wasi:cli/environment@0.2.12#get-environment') },
    });
    expect(results[0].locations[0].physicalLocation.region.byteOffset).toBeGreaterThan(8);
    expect(log.runs[0].artifacts[0].hashes['sha-256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the SARIF validator is not a rubber stamp', async () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }],
      }),
    ).toBe(false);
  });

  it('JUnit XML parses with one test case per import and a failure per violating import', async () => {
    const reportFile = join(scratch, 'junit.xml');
    const { code, stdout } = await cli(
      'check',
      fixture('env-args'),
      '--deny',
      'wasi:cli/*',
      '--format',
      'junit',
      '--report-file',
      reportFile,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL: /m);
    const xml = await readFile(reportFile, 'utf8');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite.tests).toBe('15');
    const failed = suite.testcase
      .filter((t: { failure?: unknown }) => t.failure)
      .map((t: { name: string }) => t.name);
    expect(failed).toHaveLength(10);
    expect(failed).toContain('wasi:cli/environment@0.2.12');
    expect(failed).not.toContain('wasi:io/streams@0.2.12');
  });

  it('JUnit for an import-free component still holds one passing test case', async () => {
    const { stdout } = await cli(
      'check',
      fixture('import-free'),
      '--deny',
      '*',
      '--format',
      'junit',
    );
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    expect(doc.testsuites.testsuite.testcase).toMatchObject({ name: 'imports nothing' });
    expect(doc.testsuites.failures).toBe('0');
  });

  it('writes the report file without leaving temporary files behind', async () => {
    const dir = await mkdtemp(join(scratch, 'atomic-'));
    await cli(
      'check',
      fixture('exit-code'),
      '--format',
      'json',
      '--report-file',
      join(dir, 'report.json'),
    );
    expect(await readdir(dir)).toEqual(['report.json']);
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).passed).toBe(true);
  });
});

describe('bad input: one clear line and exit 2', () => {
  it.each([
    [
      'a missing path',
      () => join(scratch, 'nope.wasm'),
      /'.*nope\.wasm' does not exist; check the component path/,
    ],
    ['a directory', () => scratch, /is a directory; give the path of a component \.wasm file/],
    [
      'an empty file',
      () => join(scratch, 'empty.wasm'),
      /is not a valid component: the input is empty/,
    ],
    [
      'a non-wasm file',
      () => join(scratch, 'text.wasm'),
      /is not a valid component: not a WebAssembly binary/,
    ],
    [
      'a core module',
      () => join(scratch, 'core.wasm'),
      /is not a valid component: this is a core WebAssembly module, not a component: wrap it/,
    ],
  ])('%s', async (_label, path, message) => {
    await writeFile(join(scratch, 'empty.wasm'), '');
    await writeFile(join(scratch, 'text.wasm'), 'hello\n');
    await writeFile(join(scratch, 'core.wasm'), Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    for (const command of ['imports', 'check']) {
      const { code, stdout, stderr } = await cli(command, path());
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an unknown flag or format', async () => {
    const flag = await cli('check', fixture('exit-code'), '--dny', '*');
    expect(flag).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^wasi-virt: error: unknown option '--dny' \(Did you mean --deny\?\)\n$/,
      ),
    });
    const format = await cli('check', fixture('exit-code'), '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(
      /argument 'xml' is invalid. Allowed choices are text, json, junit, sarif/,
    );
  });

  it('a report file in a missing directory writes nothing', async () => {
    const { code, stderr } = await cli(
      'check',
      fixture('exit-code'),
      '--report-file',
      join(scratch, 'no', 'dir', 'r.json'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/directory '.*no\/dir' does not exist/);
  });

  it('no arguments prints usage and exits 2', async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: wasi-virt/);
  });
});

describe('several components: one combined report', () => {
  const three = () => [fixture('import-free'), fixture('exit-code'), fixture('env-args')];
  const denyEnv = ['--deny', 'wasi:cli/environment#get-environment'];

  it('text: each component its table and verdict, then one line for all; exit 1 if any violates', async () => {
    const { code, stdout } = await cli('check', ...three(), ...denyEnv);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^PASS: .*import-free\.wasm: 0 import\(s\), 0 violation\(s\)/m);
    expect(stdout).toMatch(/^PASS: .*exit-code\.wasm: 15 import\(s\), 0 violation\(s\)$/m);
    expect(stdout).toMatch(/^FAIL: .*env-args\.wasm: 15 import\(s\), 1 violation\(s\)$/m);
    expect(stdout).toMatch(/\nFAIL: 3 component\(s\), 1 failing, 1 violation\(s\)\n$/);
    const passing = await cli('check', fixture('import-free'), fixture('exit-code'), ...denyEnv);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/\nPASS: 2 component\(s\), 0 failing, 0 violation\(s\)\n$/);
  });

  it('SARIF: one run with each component an artifact, the violation located in its own', async () => {
    const reportFile = join(scratch, 'three.sarif');
    const { code, stdout } = await cli(
      'check',
      ...three(),
      ...denyEnv,
      '--format',
      'sarif',
      '--report-file',
      reportFile,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL: 3 component\(s\)/m);
    const log = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    expect(log.runs).toHaveLength(1);
    const uris = log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(uris).toHaveLength(3);
    expect(uris[2]).toMatch(/fixtures\/env-args\.wasm$/);
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: uris[2],
      index: 2,
    });
  });

  it('JSON and JUnit: an entry and a test suite per component', async () => {
    const json = JSON.parse(
      (await cli('check', ...three(), ...denyEnv, '--format', 'json')).stdout,
    );
    expect(json.passed).toBe(false);
    expect(
      json.components.map((c: { component: { path: string }; passed: boolean }) => [
        c.component.path,
        c.passed,
      ]),
    ).toEqual([
      [fixture('import-free'), true],
      [fixture('exit-code'), true],
      [fixture('env-args'), false],
    ]);
    const { stdout } = await cli('check', ...three(), ...denyEnv, '--format', 'junit');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    expect(doc.testsuites).toMatchObject({ tests: '31', failures: '1' });
    expect(doc.testsuites.testsuite.map((s: { failures: string }) => s.failures)).toEqual([
      '0',
      '0',
      '1',
    ]);
  });

  it('a bad file among several is exit 2 naming it, with no report', async () => {
    const missing = join(scratch, 'missing.wasm');
    const reportFile = join(scratch, 'never.json');
    for (const command of [
      ['check', fixture('import-free'), missing, '--report-file', reportFile],
      ['imports', fixture('import-free'), missing],
    ]) {
      const { code, stdout, stderr } = await cli(...command);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `wasi-virt: error: '${missing}' does not exist; check the component path\n`,
      );
    }
    await expect(readFile(reportFile)).rejects.toThrow(/ENOENT/);
  });

  it('a report file that is one of the components is refused before anything is read', async () => {
    const copy = join(scratch, 'copy.wasm');
    await writeFile(copy, await readFile(fixture('import-free')));
    const { code, stderr } = await cli('check', fixture('exit-code'), copy, '--report-file', copy);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--report-file '.*copy\.wasm' is a component checked/);
    expect(await readFile(copy)).toEqual(await readFile(fixture('import-free')));
  });

  it('imports lists each component under its path; --json gives them all in one object', async () => {
    const text = await cli('imports', fixture('import-free'), fixture('exit-code'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^.*import-free\.wasm:\nIMPORT: none\n/m);
    expect(text.stdout).toMatch(/^.*exit-code\.wasm:\nIMPORT +KIND +CONTENTS\n/m);
    const json = await cli('imports', fixture('import-free'), fixture('exit-code'), '--json');
    const { components } = JSON.parse(json.stdout);
    expect(components.map((c: { path: string }) => c.path)).toEqual([
      fixture('import-free'),
      fixture('exit-code'),
    ]);
    expect(components[0].imports).toEqual([]);
    expect(components[1].imports).toHaveLength(15);
    // One file keeps its own shape.
    const one = JSON.parse((await cli('imports', fixture('exit-code'), '--json')).stdout);
    expect(Object.keys(one).sort()).toEqual(['exports', 'imports']);
  });
});
