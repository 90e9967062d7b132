import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@bytecodealliance/jco-transpile/wasm-tools';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderCheck } from '../src/report/render-check.js';
import type { CheckReport } from '../src/report/check-report.js';
import { makeWorkspace, runAction } from './support/action-runner.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gate-hostile-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let counter = 0;
/** Assembles WAT (jco's parse does not validate, so hostile names survive) into a temp file. */
async function watFile(wat: string): Promise<string> {
  const file = join(scratch, `c${counter++}.wasm`);
  await writeFile(file, await parse(wat));
  return file;
}

/** A component with raw bytes: one instance type with `decls`, imported under an extern name. */
async function rawImport(nameBytes: number[]): Promise<string> {
  const body = [1, ...nameBytes, 0x05, 0];
  const bytes = Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00],
    ...[0x07, 0x03, 0x01, 0x42, 0x00],
    ...[0x0a, body.length, ...body],
  ]);
  const file = join(scratch, `r${counter++}.wasm`);
  await writeFile(file, bytes);
  return file;
}
const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const nameBytes = (text: string) => [utf8(text).length, ...utf8(text)];

describe('names outside the component-model grammar are input errors', () => {
  it('an import name with a newline is refused (exit 2, escaped), never passed by --deny *', async () => {
    const file = await watFile('(component (import "wasi:cli/environment@0.2.0\\nx" (instance)))');
    const { code, stderr } = await cli('check', file, '--deny', '*');
    expect(code).toBe(2);
    expect(stderr).toContain("import name 'wasi:cli/environment@0.2.0\\nx' is invalid");
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a--b'],
    ['Get-Env'],
    ['a:b/c@01.0.0'],
    ['A:b/c'],
    ['url=<https://example.com/x>'],
    ['[method]r'],
    ['a b'],
  ])('refuses import %j', async (name) => {
    const file = await rawImport([0x00, ...nameBytes(name)]);
    expect((await cli('check', file, '--deny', '*')).code).toBe(2);
  });

  it.each([['run'], ['a-1b'], ['A1'], ['a:b:c/d/e@1.0.0-rc.1+b'], ['a-1:b/c']])(
    'accepts import %j as wasm-tools does',
    async (name) => {
      const file = await rawImport([0x00, ...nameBytes(name)]);
      expect((await cli('check', file, '--deny', '*')).code).toBe(1);
    },
  );

  it('refuses a function name with a control character inside an imported instance', async () => {
    const file = await watFile(
      '(component (import "wasi:cli/environment@0.2.0" (instance (export "get-environment\\1b" (func)))))',
    );
    const { code, stderr } = await cli(
      'check',
      file,
      '--deny',
      'wasi:cli/environment#get-environment',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('get-environment\\u001b');
  });

  it('a * pattern matches names across line breaks', async () => {
    const { parsePattern } = await import('../src/verify/pattern.js');
    expect(parsePattern('*', 't').name.test('a\nb')).toBe(true);
    expect(parsePattern('wasi:*', 't').name.test('wasi:x\n')).toBe(true);
    expect(parsePattern('wasi:cli/x', 't').name.test('wasi:cli/x\n')).toBe(false);
  });
});

describe('a labelled import that implements an interface is judged as that interface', () => {
  const envType = '(instance (export "get-environment" (func)) (export "get-arguments" (func)))';
  const forms = [
    [
      'the implements attribute',
      `(import "env" (implements "wasi:cli/environment@0.2.0") ${envType})`,
    ],
    [
      'the [implements=<I>] prefix',
      `(import "[implements=<wasi:cli/environment@0.2.0>]env" ${envType})`,
    ],
  ];

  it.each(forms)('%s: whole-interface and function deny rules reject it', async (_form, imp) => {
    const file = await watFile(`(component ${imp})`);
    const whole = await cli('check', file, '--deny', 'wasi:cli/*', '--format', 'json');
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.stdout).violations[0].message).toContain('wasi:cli/environment');
    const func = await cli('check', file, '--deny', 'wasi:cli/environment@0.2.*#get-environment');
    expect(func.code).toBe(1);
    expect(func.stdout).toMatch(/get-environment\s+FAIL/);
  });

  it.each(forms)('%s: an allow list names the interface, not the label', async (_form, imp) => {
    const file = await watFile(`(component ${imp})`);
    expect((await cli('check', file, '--allow', 'env')).code).toBe(1);
    expect((await cli('check', file, '--allow', 'wasi:cli/environment')).code).toBe(0);
    expect((await cli('check', file, '--allow', 'wasi:cli/environment#get-arguments')).code).toBe(
      1,
    );
  });

  it('refuses an implements attribute that is not an interface name', async () => {
    const file = await watFile(`(component (import "env" (implements "env\\nx") ${envType}))`);
    expect((await cli('check', file, '--deny', '*')).code).toBe(2);
  });
});

describe('function rules see functions however the import reaches its instance type', () => {
  const envType =
    '(instance (type $pair (tuple string string)) (type $list (list $pair)) (type $get (func (result $list)))' +
    ' (export "get-environment" (func (type $get))) (export "get-arguments" (func (result (list string)))))';
  const imp = '(import "wasi:cli/environment@0.2.0" (instance (type $a)))';
  const ways: [string, string, boolean][] = [
    [
      'a type export without an ascription',
      `(type $t ${envType}) (export $a "env-type" (type $t)) ${imp}`,
      true,
    ],
    [
      'an alias of an inline instance export',
      `(type $t ${envType}) (instance $i (export "t" (type $t))) (alias export $i "t" (type $a)) ${imp}`,
      true,
    ],
    [
      'an alias of a nested component instance export',
      `(component $c (type $t ${envType}) (export "t" (type $t))) (instance $ci (instantiate $c)) (alias export $ci "t" (type $a)) ${imp}`,
      true,
    ],
    [
      'an outer alias inside a nested component',
      `(type $t ${envType}) (component $c (alias outer 1 $t (type $o)) (export "t" (type $o))) (instance $ci (instantiate $c)) (alias export $ci "t" (type $a)) ${imp}`,
      true,
    ],
    [
      'an alias of an imported instance type export (unresolved: fails closed)',
      `(type $t ${envType}) (import "holder" (instance $h (export "t" (type (eq $t))))) (alias export $h "t" (type $a)) ${imp}`,
      false,
    ],
  ];

  it.each(ways)('%s: --deny ...#get-environment exits 1', async (_way, body, resolved) => {
    const file = await watFile(`(component ${body})`);
    const deny = ['--deny', 'wasi:cli/environment#get-environment'];
    const { code, stdout } = await cli('check', file, ...deny, '--format', 'json');
    expect(code).toBe(1);
    const [violation] = JSON.parse(stdout).violations;
    if (resolved) {
      expect(violation.function).toBe('get-environment');
    } else {
      expect(violation.function).toBeUndefined();
      expect(violation.message).toContain('its functions could not be determined');
    }
    // The harmless function alone passes when the functions are known.
    const other = await cli('check', file, '--deny', 'wasi:cli/environment#get-arguments-x');
    expect(other.code).toBe(resolved ? 0 : 1);
    // An allow list naming only one function fails closed when the rest are unknown.
    const allowOne = await cli(
      'check',
      file,
      '--allow',
      'wasi:cli/environment#get-arguments',
      '--allow',
      'holder',
    );
    expect(allowOne.code).toBe(1);
  });
});

describe('output hygiene: names and paths are escaped for every sink', () => {
  const hostile = 'evil\n::error::injected\u0001\u001b[31m';
  const report: CheckReport = {
    component: `dir/${hostile}.wasm`,
    size: 1,
    sha256: '0'.repeat(64),
    rules: { allow: [], deny: ['*'] },
    result: {
      imports: [
        {
          item: { name: hostile, kind: 'instance', offset: 0 },
          violations: [
            {
              import: hostile,
              reason: 'denied',
              rule: "--deny '*'",
              offset: 0,
              message: `import ${hostile} is denied by --deny '*'`,
            },
          ],
        },
      ],
      violations: [],
      passed: false,
    },
  };
  report.result.violations = report.result.imports[0]!.violations;

  it('JUnit with control characters in a name is well-formed XML that shows them escaped', () => {
    const xml = renderCheck(report, 'junit');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.testsuites.testsuite.testcase['@_name']).toBe(
      'evil\\n::error::injected\\u0001\\u001b[31m',
    );
  });

  it('the text report keeps each name on one line and no line starts with ::', () => {
    const text = renderCheck(report, 'text');
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).toContain('evil\\n::error::injected\\u0001\\u001b[31m');
  });

  it('a long error line is capped in its middle: what went wrong and what to do both stay', async () => {
    const { code, stderr } = await cli('check', join(scratch, 'x'.repeat(5000)), '--deny', '*');
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(520);
    // The start names the path, the end still says what to do.
    expect(lines[0]).toMatch(
      /^wasi-virt: error: '\/.*x…x+' is longer than the system allows; give a shorter path$/,
    );
  });

  it('an error naming a path with a newline cannot start a workflow command', async () => {
    const { code, stderr } = await cli('check', `${scratch}/a\n::error::injected`, '--deny', '*');
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/^\s*::/m);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it("a mounted file's name cannot inject a workflow command into the action's log", async () => {
    const { scratch: dir, workspace } = await makeWorkspace('gate-hostile-action-', {
      'build/cat.wasm': fixture('cat-files'),
    });
    try {
      await mkdir(join(workspace, 'site'), { recursive: true });
      await writeFile(join(workspace, 'site', 'a\n::error::injected'), 'hi');
      const run = await runAction(workspace, {
        component: 'build/cat.wasm',
        mounts: '/data=site/**',
        'forbidden-imports': '*',
        'fail-on-violation': 'false',
      });
      const log = run.stdout + run.stderr;
      expect(log).not.toMatch(/^\s*::error::injected/m);
      expect(run.summary).not.toMatch(/^\s*::error::injected/m);
      expect(run.summary).toContain('a\\n::error::injected');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
