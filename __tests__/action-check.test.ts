import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { errorLines, makeWorkspace, runAction, tree } from './support/action-runner.js';
import { fixture } from './support/paths.js';
import { startReleasesServer, type ReleasesServer } from './support/releases-server.js';
import { validateSarif } from './support/sarif-schema.js';

describe('mode: check gates many components; report-format writes the report', () => {
  let scratch: string;
  let workspace: string;
  let releases: ReleasesServer;
  const denyGetEnvironment = { 'forbidden-imports': 'wasi:cli/environment#get-environment' };

  beforeAll(async () => {
    ({ scratch, workspace } = await makeWorkspace('action-check-', {
      'components/free.wasm': fixture('import-free'),
      'components/exit.wasm': fixture('exit-code'),
      'components/nested/env.wasm': fixture('env-args'),
      'components/.cache/env.wasm': fixture('env-args'),
      'outside/env.wasm': fixture('env-args'),
    }));
    releases = await startReleasesServer();
  });

  afterAll(async () => {
    await releases?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('three components, one violation: a summary row each, a SARIF file that validates, exit 1, nothing else written', async () => {
    const before = await tree(workspace);
    const run = await runAction(workspace, {
      mode: 'check',
      components: 'components/**/*.wasm',
      ...denyGetEnvironment,
      'report-format': 'sarif',
    });
    expect(run.code).toBe(1);
    // The summary: the verdict first, the rules, then one row per component.
    expect(run.summary).toMatch(
      /^\*\*Verdict: failed\*\*: 1 of 3 component\(s\) violate the rules \(1 violation\(s\)\)\.\n\n## wasi-virt check: 3 component\(s\)\n/,
    );
    expect(run.summary).toContain(
      '| deny | `wasi:cli/environment#get-environment` | forbidden-imports |',
    );
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| `components/'));
    expect(rows).toEqual([
      '| `components/exit.wasm` | 15 | 0 | ✅ pass |',
      '| `components/free.wasm` | 0 | 0 | ✅ pass |',
      '| `components/nested/env.wasm` | 15 | 1 | ❌ fail |',
    ]);
    expect(run.summary).toContain('1 hidden file(s)');
    // The annotation names the component and the import.
    expect(errorLines(run.stdout)).toEqual([
      "::error title=wasi-virt%3A forbidden import,file=components/nested/env.wasm::components/nested/env.wasm: import wasi:cli/environment@0.2.12#get-environment is denied by forbidden-imports 'wasi:cli/environment#get-environment'",
      '::error::1 import policy violation(s) in 1 of 3 component(s); see the annotations and the job summary',
    ]);
    expect(run.stdout).not.toMatch(/^::warning/m);
    expect(run.outputs).toEqual({ violations: '1', 'report-path': 'wasi-virt.sarif' });
    // The SARIF file: valid, one run, each component an artifact, the result in its own.
    const log = JSON.parse(await readFile(join(workspace, 'wasi-virt.sarif'), 'utf8'));
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const uris = log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(uris).toEqual([
      'components/exit.wasm',
      'components/free.wasm',
      'components/nested/env.wasm',
    ]);
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'components/nested/env.wasm',
      index: 2,
    });
    // A pure gate: no component written, only the report.
    expect(await tree(workspace)).toEqual([...before, 'wasi-virt.sarif'].sort());
    await rm(join(workspace, 'wasi-virt.sarif'));
  });

  it('passes when no component violates, and writes JUnit where report-file says', async () => {
    const run = await runAction(workspace, {
      mode: 'check',
      components: 'components/**/*.wasm\n!components/nested/**',
      ...denyGetEnvironment,
      'include-hidden-files': 'false',
      'report-format': 'junit',
      'report-file': 'reports/gate.xml',
    });
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      '**Verdict: passed.** Every import of the 2 component(s) is allowed.',
    );
    expect(run.outputs['report-path']).toBe('reports/gate.xml');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      await readFile(join(workspace, 'reports/gate.xml'), 'utf8'),
    );
    expect(doc.testsuites).toMatchObject({ tests: '16', failures: '0' });
    expect(doc.testsuites.testsuite).toHaveLength(2);
    await rm(join(workspace, 'reports'), { recursive: true });
  });

  it('include-hidden-files: true takes dot-folders too; fail-on-violation: false only warns', async () => {
    const run = await runAction(workspace, {
      mode: 'check',
      components: 'components/**/*.wasm',
      ...denyGetEnvironment,
      'include-hidden-files': 'true',
      'fail-on-violation': 'false',
      'report-format': 'json',
    });
    expect(run.code).toBe(0);
    expect(run.outputs.violations).toBe('2');
    expect(
      run.stdout.match(
        /^::warning title=wasi-virt%3A forbidden import,file=components\/\.cache\/env\.wasm::components\/\.cache\/env\.wasm: /gm,
      ),
    ).toHaveLength(1);
    expect(run.summary).toContain(
      '**Verdict: 2 of 4 component(s) violate the rules (2 violation(s))**, reported only',
    );
    const report = JSON.parse(await readFile(join(workspace, 'wasi-virt.json'), 'utf8'));
    expect(report.passed).toBe(false);
    expect(report.components.map((c: { component: { path: string } }) => c.component.path)).toEqual(
      [
        'components/.cache/env.wasm',
        'components/exit.wasm',
        'components/free.wasm',
        'components/nested/env.wasm',
      ],
    );
    await rm(join(workspace, 'wasi-virt.json'));
  });

  it('a components match leading out of the workspace through a symlink fails the step', async () => {
    const { scratch: other, workspace: ws } = await makeWorkspace('action-check-link-', {
      'components/free.wasm': fixture('import-free'),
    });
    try {
      await symlink(join(workspace, 'outside/env.wasm'), join(ws, 'components/link.wasm'));
      const run = await runAction(ws, { mode: 'check', components: 'components/*.wasm' });
      expect(run.code).toBe(1);
      expect(errorLines(run.stdout)).toHaveLength(1);
      expect(errorLines(run.stdout)[0]).toMatch(
        /input 'components': '.*components\/link\.wasm' leads to '.*outside\/env\.wasm', outside the workspace/,
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('a component whose file name holds a line break and a workflow command stays one inert line everywhere', async () => {
    const { scratch: other, workspace: ws } = await makeWorkspace('action-check-name-', {
      'h/a|b\n::error::x.wasm': fixture('env-args'),
    });
    try {
      const run = await runAction(ws, {
        mode: 'check',
        components: 'h/*',
        'forbidden-imports': 'wasi:cli/environment',
      });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/^::error::x\.wasm/m);
      expect(errorLines(run.stdout)).toHaveLength(2);
      expect(errorLines(run.stdout)[0]).toContain(
        '::h/a|b\\n::error::x.wasm: import wasi:cli/environment@0.2.12 is denied',
      );
      expect(run.summary).toContain('| `h/a\\|b\\n::error::x.wasm` | 15 | 1 | ❌ fail |');
      expect(run.summary).not.toMatch(/^::error/m);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("mode: virtualize writes the output gate's report too", async () => {
    const run = await runAction(workspace, {
      component: 'components/exit.wasm',
      output: 'exit.virt.wasm',
      'report-format': 'sarif',
      'report-file': 'virt.sarif',
    });
    expect(run.code).toBe(0);
    expect(run.outputs['report-path']).toBe('virt.sarif');
    const log = JSON.parse(await readFile(join(workspace, 'virt.sarif'), 'utf8'));
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    expect(log.runs[0].artifacts[0]).toMatchObject({
      location: { uri: 'exit.virt.wasm' },
      hashes: { 'sha-256': run.outputs.sha256 },
    });
    await rm(join(workspace, 'virt.sarif'));
    await rm(join(workspace, 'exit.virt.wasm'));
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    [
      'mode: check with a policy input, an output and an upload',
      {
        mode: 'check',
        components: 'components/*.wasm',
        'allow-env': 'HOME',
        output: 'x.wasm',
        upload: 'release',
      },
      /^mode: check gates the components' own imports and writes no component: input 'allow-env', input 'output', input 'upload' apply only to mode: virtualize/,
    ],
    [
      'mode: check with mounts',
      { mode: 'check', component: 'components/free.wasm', mounts: '/d=components/**' },
      /input 'mounts' applies only to mode: virtualize/,
    ],
    [
      'both component and components',
      { mode: 'check', component: 'components/free.wasm', components: 'components/*.wasm' },
      /give input 'component' \(one component\) or input 'components' \(globs of many\), not both/,
    ],
    ['neither component nor components', { mode: 'check' }, /input 'component' is required/],
    [
      'components matching only hidden files',
      {
        mode: 'check',
        components: 'components/**/*.wasm\n!components/*.wasm\n!components/nested/**',
      },
      /matches no file but 1 hidden one\(s\) \(set include-hidden-files: true/,
    ],
    [
      'an unknown mode',
      { mode: 'lint', component: 'components/free.wasm' },
      /input 'mode' takes virtualize, check, not 'lint'/,
    ],
    [
      'an unknown report format',
      { mode: 'check', component: 'components/free.wasm', 'report-format': 'html' },
      /input 'report-format' takes none, junit, sarif, json, not 'html'/,
    ],
    [
      'a report file without a format',
      { mode: 'check', component: 'components/free.wasm', 'report-file': 'r.sarif' },
      /input 'report-file' needs input 'report-format'/,
    ],
    [
      'a report file that is a component',
      {
        mode: 'check',
        components: 'components/*.wasm',
        'report-format': 'json',
        'report-file': 'components/exit.wasm',
      },
      /input 'report-file' '.*components\/exit\.wasm' is a component checked/,
    ],
    [
      'a components glob with a bad component among them',
      { mode: 'check', components: 'components/*.wasm\nbroken.wasm', 'report-format': 'json' },
      /'broken\.wasm' is not a valid component/,
    ],
  ];

  it.each(bad)(
    'fails on %s with one line, writing and uploading nothing',
    async (_, inputs, message) => {
      await writeFile(join(workspace, 'broken.wasm'), 'not wasm');
      const before = await tree(workspace);
      const run = await runAction(
        workspace,
        { 'release-tag': 'v1', 'github-token': 't', ...inputs },
        { GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' },
      );
      expect(run.code).toBe(1);
      const errors = errorLines(run.stdout);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.replace(/^::error::/, '')).toMatch(message);
      expect(await tree(workspace)).toEqual(before);
      expect(releases.requests).toEqual([]);
      expect(run.outputs).toEqual({});
      expect(run.summary).toBe('');
    },
  );
});
