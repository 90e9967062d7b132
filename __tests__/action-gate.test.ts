import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { list } from 'tar';
import { makeWorkspace, runAction } from './support/action-runner.js';
import { fixture, ROOT } from './support/paths.js';
import { startReleasesServer, type ReleasesServer } from './support/releases-server.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the bundled action verifies, annotates and summarizes', () => {
  let scratch: string;
  let workspace: string;
  let releases: ReleasesServer;

  beforeAll(async () => {
    ({ scratch, workspace } = await makeWorkspace('action-gate-', {
      'build/app.wasm': fixture('env-args'),
      'build/cat.wasm': fixture('cat-files'),
      'several/a.wasm': fixture('import-free'),
      'several/b.wasm': fixture('import-free'),
      site: join(ROOT, '__tests__/conformance/trees/site'),
    }));
    releases = await startReleasesServer();
  });

  afterAll(async () => {
    await releases?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('fails the step on a violation, with an annotation naming the component and the import, and uploads nothing', async () => {
    const run = await runAction(
      workspace,
      {
        component: 'build/app.wasm',
        output: 'build/violating.wasm',
        'forbidden-imports': 'wasi:cli/environment#get-arguments\n',
        upload: 'release',
        'release-tag': 'v1',
        'github-token': 't',
      },
      { GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error title=wasi-virt%3A forbidden import,file=build\/app\.wasm::build\/app\.wasm: import wasi:cli\/environment@0\.2\.12#get-arguments is denied/m,
    );
    expect(run.stdout).toMatch(
      /^::error::1 import policy violation\(s\) in build\/violating\.wasm/m,
    );
    expect(run.outputs.violations).toBe('1');
    expect(run.summary).toContain('**Verdict: failed** with 1 import violation(s)');
    expect(releases.requests).toEqual([]);
  });

  it('reports without failing when fail-on-violation is false', async () => {
    const run = await runAction(workspace, {
      component: 'build/app.wasm',
      output: 'build/reported.wasm',
      'forbidden-imports': 'wasi:cli/environment#get-arguments',
      'fail-on-violation': 'false',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=wasi-virt%3A forbidden import,.*get-arguments/m);
    expect(run.outputs.violations).toBe('1');
    expect(JSON.parse(run.outputs.imports!)).toEqual(['wasi:cli/environment@0.2.12']);
    expect(run.summary).toContain('reported only (fail-on-violation: false)');
  });

  it('annotates at most 10 violations, as GitHub shows, and lists them all in the summary', async () => {
    const run = await runAction(workspace, {
      component: 'build/app.wasm',
      output: 'build/gate-only.wasm',
      'allow-all': 'true',
      'forbidden-imports': '*',
      'fail-on-violation': 'false',
    });
    expect(run.code).toBe(0);
    expect(run.outputs.violations).toBe('15');
    expect(run.stdout.match(/^::warning title=wasi-virt%3A forbidden import/gm)).toHaveLength(10);
    expect(run.summary.match(/^- import .* is denied/gm)).toHaveLength(15);
  });

  it('embeds the files mount globs match (with ! excludes) and lists them in the summary', async () => {
    const run = await runAction(workspace, {
      component: 'build/cat.wasm',
      mounts: '/data=site/**\n/data=!site/bin.dat\n',
      env: 'GREETING=hello, world\nEMPTY=',
      stdout: 'allow',
      preopens: '/out=/srv/out',
      bundle: 'tar.gz',
    });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.code).toBe(0);
    expect(run.outputs['component-path']).toBe('build/cat.virt.wasm');
    expect(run.summary).toMatch(/\| `\/data\/a\.txt` \| `site\/a\.txt` \| 6 \|/);
    expect(run.summary).toMatch(/\| `\/data\/sub\/b\.txt` \| `site\/sub\/b\.txt` \| 5 \|/);
    expect(run.summary).not.toContain('bin.dat');
    expect(run.summary).toMatch(/### Imports \(\d+ before, \d+ after\)/);
    expect(run.summary).toContain('**Verdict: passed.**');
    expect(run.summary).toContain(
      '### Trap if called (denied)\n\n- exit: wasi:cli/exit (exit); allow with input `allow-exit: true` (CLI `--allow-exit`)\n',
    );
    // The verdict first, then the policy in force (fixed variables by name only).
    expect(run.summary).toMatch(
      /^\*\*Verdict: passed\.\*\* Every import of the output is allowed\.\n/,
    );
    expect(run.summary).toContain('### Policy in force');
    expect(run.summary).toContain('| `stdout` | `allow` |');
    expect(run.summary).toContain('| `env.set` | GREETING, EMPTY (values not shown) |');
    expect(run.summary).not.toContain('hello, world');
    // Imports before and after, one row per package.
    expect(run.summary).toMatch(
      /^\| `wasi:cli@0\.2\.12` \| environment, exit, .*stdout.* \| .*stdout.* \|$/m,
    );
    // Each virtualized interface one row with its function count; the functions folded.
    expect(run.summary).toContain('| `wasi:cli/stdout@0.2.12` | 1 | virtualized');
    expect(run.summary).toMatch(
      /<details>\n<summary>Functions of each interface<\/summary>\n\n(- .*\n)*- `wasi:cli\/stdout@0\.2\.12`: get-stdout; from the host: get-stdout\n/,
    );
    // Embedded files and runtime paths folded.
    expect(run.summary).toMatch(
      /<details>\n<summary>Embedded files: 4 file\(s\), 17 bytes<\/summary>\n\n\| guest path \| from \| bytes \|/,
    );
    expect(run.summary).toMatch(
      /### Reached at run time\n\n<details>\n<summary>1 host path\(s\) the host's preopens hold<\/summary>\n\n[^]*\| `\/out` \| `\/srv\/out` \| directory \|\n\n<\/details>/,
    );
    const entries: string[] = [];
    await list({
      file: join(workspace, run.outputs['bundle-path']!),
      onReadEntry: (e) => entries.push(e.path),
    });
    expect(entries).toEqual(['cat.virt.wasm', 'policy.toml', 'report.json']);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    [
      'a missing component',
      { component: 'build/missing.wasm' },
      /'build\/missing\.wasm' matches no file/,
    ],
    [
      'a glob matching nothing',
      { component: 'nothing/**/*.wasm' },
      /matches no file; check the path/,
    ],
    [
      'a glob matching several',
      { component: 'several/*.wasm' },
      /matches 2 files \(several\/a\.wasm, several\/b\.wasm\); narrow the pattern to one component/,
    ],
    [
      'a malformed env line',
      { component: 'build/app.wasm', env: 'GOOD=1\nNOEQUALS' },
      /input 'env' line 'NOEQUALS' must be KEY=VALUE \(for example GREETING=hello\)/,
    ],
    [
      'an unknown stdio mode',
      { component: 'build/app.wasm', stdout: 'loud' },
      /input 'stdout' takes allow, ignore, deny, not 'loud'/,
    ],
    [
      'a mount glob matching nothing',
      { component: 'build/app.wasm', mounts: '/data=nowhere/**' },
      /input 'mounts': \/data=nowhere\/\*\* matches no file/,
    ],
    [
      'a preopen without a guest path',
      { component: 'build/app.wasm', preopens: 'tmp=/tmp' },
      /input 'preopens' line 'tmp=\/tmp' must be \/GUEST=\/HOST_DIR/,
    ],
    [
      'a release upload without a tag',
      { component: 'build/app.wasm', upload: 'release', 'release-tag': '' },
      /upload: release needs input 'release-tag'/,
    ],
    [
      'an unknown bundle format',
      { component: 'build/app.wasm', bundle: 'zip' },
      /input 'bundle' takes none, tar\.gz, not 'zip'/,
    ],
    [
      'the deprecated archive input contradicting bundle',
      { component: 'build/app.wasm', bundle: 'tar.gz', archive: 'none' },
      /input 'archive' is the deprecated name of input 'bundle'; give only bundle: tar\.gz/,
    ],
    [
      'an overwrite that is not true or false',
      { component: 'build/app.wasm', overwrite: 'sometimes' },
      /input 'overwrite' takes true or false, not 'sometimes'/,
    ],
    [
      'an unknown upload mode',
      { component: 'build/app.wasm', upload: 'ftp' },
      /input 'upload' takes none, artifact, release, not 'ftp'/,
    ],
  ];

  it.each(bad)(
    'fails on %s with one clear message, writing and uploading nothing',
    async (_, inputs, message) => {
      const output = join(workspace, 'build/never.wasm');
      const run = await runAction(
        workspace,
        {
          output,
          upload: 'release',
          'release-tag': 'v1',
          'github-token': 't',
          ...inputs,
        },
        { GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' },
      );
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(await exists(output)).toBe(false);
      expect(releases.requests).toEqual([]);
      expect(run.outputs).toEqual({});
    },
  );

  it('writes a reproducible bundle: two runs give the same bytes', async () => {
    const runs = [];
    for (const output of ['build/one/app.wasm', 'build/two/app.wasm']) {
      await mkdir(join(workspace, output, '..'), { recursive: true });
      runs.push(
        await runAction(workspace, { component: 'build/app.wasm', output, bundle: 'tar.gz' }),
      );
    }
    const [one, two] = await Promise.all(
      runs.map((r) => readFile(join(workspace, r.outputs['bundle-path']!))),
    );
    expect(one!.equals(two!)).toBe(true);
  });
});
