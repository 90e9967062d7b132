import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { cli, cliWithEnv } from './support/cli.js';
import { fixture } from './support/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'virtualize-report-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const suiteOf = async (path: string) =>
  xml.parse(await readFile(path, 'utf8')).testsuites.testsuite;

describe("the virtualize command's output gate as a report (GitLab and Jenkins JUnit)", () => {
  it('--format junit --report-file writes a passing suite, one case per output import', async () => {
    const out = join(scratch, 'env-args.wasm');
    const report = join(scratch, 'gate.xml');
    const { code, stdout } = await cli(
      fixture('env-args'),
      '-o',
      out,
      '--allow-env=HOME',
      '--allow-exit',
      '--format',
      'junit',
      '--report-file',
      report,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .*env-args\.wasm/);
    expect(stdout).toMatch(/^PASS: .*env-args\.wasm: \d+ import\(s\), 0 violation\(s\)/m);
    const suite = await suiteOf(report);
    expect(suite).toMatchObject({ name: `wasi-virt check ${out}`, failures: '0', errors: '0' });
    const cases = [suite.testcase].flat();
    expect(cases.map((c: { name: string }) => c.name)).toContain('wasi:cli/exit@0.2.12');
  });

  it('a violated gate fails its test cases and the exit code', async () => {
    const report = join(scratch, 'violated.xml');
    const policy = join(scratch, 'deny-exit.toml');
    await writeFile(policy, 'allow-exit = true\n[imports]\ndeny = ["wasi:cli/exit"]\n');
    const { code } = await cliWithEnv(
      {
        WASI_VIRT_POLICY: policy,
        WASI_VIRT_OUTPUT: join(scratch, 'violated.wasm'),
        WASI_VIRT_FORMAT: 'junit',
        WASI_VIRT_REPORT_FILE: report,
      },
      fixture('exit-code'),
    );
    expect(code).toBe(1);
    const suite = await suiteOf(report);
    expect(suite.failures).toBe('1');
    const failed = [suite.testcase].flat().filter((c: { failure?: unknown }) => c.failure);
    expect(failed).toEqual([
      expect.objectContaining({
        name: expect.stringMatching(/^wasi:cli\/exit@/),
        failure: expect.objectContaining({ type: 'ImportPolicyViolation' }),
      }),
    ]);
  });

  it('without a report file, the report alone goes to stdout and the summary to stderr', async () => {
    const { code, stdout, stderr } = await cli(
      fixture('import-free'),
      '-o',
      join(scratch, 'import-free.wasm'),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ passed: true });
    expect(stderr).toMatch(/^wrote /m);
  });

  it('refuses a report of the gate --no-verify skips', async () => {
    const { code, stderr } = await cli(
      fixture('import-free'),
      '-o',
      join(scratch, 'skipped.wasm'),
      '--no-verify',
      '--report-file',
      join(scratch, 'skipped.xml'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/--no-verify/);
  });
});
