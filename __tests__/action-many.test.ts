import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  artifactRunnerEnv,
  errorLines,
  makeWorkspace,
  runAction,
  tree,
} from './support/action-runner.js';
import { fixture } from './support/paths.js';
import type { ReleasesServer } from './support/releases-server.js';
import { runtimeToken, type ResultsService } from './support/results-service.js';
import { startUploadServers, type UploadServers } from './support/upload-servers.js';
import { findWasmTools, wasmToolsValidate } from './support/wasm-tools.js';
import { withWasiVersions } from './support/reversion.js';
import { unzipEntries } from './support/zip.js';

const exec = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What wasm-tools (not this project's reader) says a component imports. */
async function importsByWasmTools(file: string): Promise<string[] | 'skipped'> {
  const tool = findWasmTools();
  if (!tool) return 'skipped';
  const { stdout } = await exec(tool, ['component', 'wit', file]);
  return [...stdout.matchAll(/^\s*import (\S+);$/gm)].map((m) => m[1]!).sort();
}

/** With stdout allowed and the arguments fixed, all the policy lets reach the host. */
const STDOUT_ONLY = [
  'wasi:cli/stdout@0.2.12',
  'wasi:cli/terminal-output@0.2.12',
  'wasi:cli/terminal-stdout@0.2.12',
  'wasi:io/error@0.2.12',
  'wasi:io/streams@0.2.12',
];
const COMPONENTS = ['build/env.wasm', 'build/nested/stdio.wasm', 'build/free.wasm'].sort();

describe('mode: virtualize with a components glob virtualizes each component', () => {
  let scratch: string;
  let workspace: string;
  let servers: UploadServers;
  let results: ResultsService;
  let releases: ReleasesServer;
  const artifactEnv = () => artifactRunnerEnv(results.url, runtimeToken('run-1', 'job-1'));
  const releaseEnv = () => ({ GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' });
  const release = { upload: 'release', 'release-tag': 'v1', 'github-token': 't' };
  const policy = { components: 'build/**/*.wasm', stdout: 'allow', args: 'app' };

  /** Removes what runs wrote under build/, so the next run's glob matches the three components only. */
  const removeOutputs = async () => {
    for (const file of await tree(join(workspace, 'build')))
      if (file.includes('.virt.')) await rm(join(workspace, 'build', file));
  };

  beforeAll(async () => {
    ({ scratch, workspace } = await makeWorkspace('action-many-', {
      'build/env.wasm': fixture('env-args'),
      'build/nested/stdio.wasm': fixture('stdio'),
      'build/free.wasm': fixture('import-free'),
      'same/a/app.wasm': fixture('import-free'),
      'same/b/app.wasm': fixture('stdio'),
      'unservable/a.wasm': fixture('import-free'),
    }));
    // A component the adapter cannot serve (environment at 0.2.99), sorted after one it can.
    const unknown = withWasiVersions(await readFile(fixture('env-args')), (name) =>
      name.startsWith('wasi:cli/environment') ? '0.2.99' : undefined,
    );
    await writeFile(join(workspace, 'unservable/b.wasm'), unknown);
    servers = await startUploadServers();
    ({ results, releases } = servers);
  }, 60_000);

  afterAll(async () => {
    await servers?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('three components: three outputs in the output directory that validate and import only what the policy lets through, one summary row each', async () => {
    const run = await runAction(workspace, {
      ...policy,
      output: 'out/virt',
      'allowed-imports': 'wasi:io/*\nwasi:cli/*',
      'report-format': 'json',
    });
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    const outputs = [
      'out/virt/env.virt.wasm',
      'out/virt/free.virt.wasm',
      'out/virt/stdio.virt.wasm',
    ];
    expect(run.outputs['component-path']!.split('\n')).toEqual(outputs);
    expect(run.outputs.violations).toBe('0');
    const sums = JSON.parse(run.outputs.sha256!);
    const imports = JSON.parse(run.outputs.imports!);
    expect(Object.keys(sums)).toEqual(outputs);
    for (const output of outputs) {
      const bytes = await readFile(join(workspace, output));
      expect(['valid', 'skipped']).toContain(await wasmToolsValidate(bytes));
      expect(sums[output]).toBe(sha256(bytes));
      const seen = await importsByWasmTools(join(workspace, output));
      if (seen !== 'skipped') {
        expect(seen.every((name) => STDOUT_ONLY.includes(name))).toBe(true);
        expect([...imports[output]].sort()).toEqual(seen);
      }
    }
    // The env and stdio programs print: stdout reaches the host; the import-free one imports nothing.
    expect([...imports['out/virt/env.virt.wasm']].sort()).toEqual(STDOUT_ONLY);
    expect(imports['out/virt/free.virt.wasm']).toEqual([]);
    // The summary: the verdict, then one row per component, then the shared sections.
    expect(run.summary).toMatch(
      /^\*\*Verdict: passed\.\*\* Every import of the 3 output\(s\) is allowed\.\n\n## wasi-virt: 3 component\(s\)\n/,
    );
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| `build/'));
    expect(rows.map((r) => r.split(' | ').slice(0, 2))).toEqual(
      COMPONENTS.map((c, i) => [`| \`${c}\``, `\`${outputs[i]!}\``]),
    );
    expect(rows.every((r) => r.endsWith('| 0 | ✅ pass |'))).toBe(true);
    expect(run.summary.match(/^### Policy in force$/gm)).toHaveLength(1);
    expect(run.summary.match(/^<summary>build\/.* → out\/virt\/.*<\/summary>$/gm)).toHaveLength(3);
    const report = JSON.parse(await readFile(join(workspace, 'wasi-virt.json'), 'utf8'));
    expect(report.components).toHaveLength(3);
    await rm(join(workspace, 'out'), { recursive: true });
    await rm(join(workspace, 'wasi-virt.json'));
  });

  it('one violation among them fails the step, names the component, and nothing is bundled or uploaded', async () => {
    const before = await tree(workspace);
    const run = await runAction(
      workspace,
      {
        components: 'build/**/*.wasm',
        stdout: 'allow',
        'forbidden-imports': 'wasi:cli/environment#get-arguments',
        bundle: 'tar.gz',
        ...release,
      },
      releaseEnv(),
    );
    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      "::error title=wasi-virt%3A forbidden import,file=build/env.wasm::build/env.wasm: import wasi:cli/environment@0.2.12#get-arguments is denied by forbidden-imports 'wasi:cli/environment#get-arguments'",
      '::error::1 import policy violation(s) in 1 of 3 component(s); nothing was uploaded; see the annotations and the job summary',
    ]);
    expect(releases.requests).toEqual([]);
    expect(run.outputs.violations).toBe('1');
    expect(run.outputs['bundle-path']).toBeUndefined();
    expect(run.outputs['release-asset-url']).toBeUndefined();
    // The outputs are written (as with one component), no bundle.
    const written = ['build/env.virt.wasm', 'build/free.virt.wasm', 'build/nested/stdio.virt.wasm'];
    expect(await tree(workspace)).toEqual([...before, ...written].sort());
    expect(run.summary).toMatch(
      /^\*\*Verdict: failed\*\*: 1 of 3 output\(s\) violate the rules \(1 violation\(s\)\); nothing was uploaded\./,
    );
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| `build/'));
    expect(rows.map((r) => r.split(' | ').slice(-2).join(' | '))).toEqual([
      '1 | ❌ fail |',
      '0 | ✅ pass |',
      '0 | ✅ pass |',
    ]);
    await removeOutputs();
  });

  it("upload: artifact: one zipped artifact holding every output; artifact-digest is the zip's", async () => {
    const run = await runAction(workspace, { ...policy, upload: 'artifact' }, artifactEnv());
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    const artifact = results.artifacts.get('wasi-virt')!;
    expect(artifact).toBeDefined();
    const zip = await results.download(artifact.blob);
    expect(run.outputs['artifact-digest']).toBe(sha256(zip));
    expect(artifact.hash).toBe(`sha256:${sha256(zip)}`);
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    const entries = unzipEntries(zip);
    // Paths below the outputs' deepest common directory, as upload-artifact stores several files.
    expect([...entries.keys()].sort()).toEqual([
      'env.virt.wasm',
      'free.virt.wasm',
      'nested/stdio.virt.wasm',
    ]);
    for (const [name, bytes] of entries)
      expect(bytes.equals(await readFile(join(workspace, 'build', name)))).toBe(true);
    expect(run.summary).toContain('### Uploads');
    await removeOutputs();
  });

  it('upload: release: every output and bundle an asset; a taken name stops them all before any goes up', async () => {
    releases.requests.length = 0;
    const run = await runAction(
      workspace,
      { ...policy, bundle: 'tar.gz', ...release },
      releaseEnv(),
    );
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    expect(releases.assets.map((a) => [a.name, a.contentType])).toEqual([
      ['env.virt.wasm', 'application/wasm'],
      ['env.virt.tar.gz', 'application/gzip'],
      ['free.virt.wasm', 'application/wasm'],
      ['free.virt.tar.gz', 'application/gzip'],
      ['stdio.virt.wasm', 'application/wasm'],
      ['stdio.virt.tar.gz', 'application/gzip'],
    ]);
    const paths = run.outputs['component-path']!.split('\n');
    const urls = JSON.parse(run.outputs['release-asset-url']!);
    const digests = JSON.parse(run.outputs['artifact-digest']!);
    expect(Object.keys(urls)).toEqual(paths);
    for (const path of paths) {
      const name = path.split('/').pop()!;
      const asset = releases.assets.find((a) => a.name === name)!;
      expect(asset.bytes.equals(await readFile(join(workspace, path)))).toBe(true);
      expect(digests[path]).toBe(sha256(asset.bytes));
      expect(urls[path]).toBe(`${releases.apiUrl}/owner/repo/releases/download/v1/${name}`);
    }
    expect(run.outputs['bundle-path']!.split('\n')).toEqual([
      'build/env.virt.tar.gz',
      'build/free.virt.tar.gz',
      'build/nested/stdio.virt.tar.gz',
    ]);
    // Again (the outputs excluded from the glob): every name is taken; nothing is uploaded, and one line names them.
    releases.requests.length = 0;
    const again = await runAction(
      workspace,
      { ...policy, components: 'build/**/*.wasm\n!**/*.virt.wasm', ...release },
      releaseEnv(),
    );
    expect(again.code).toBe(1);
    expect(errorLines(again.stdout)).toEqual([
      "::error::release 'v1' already has assets named 'env.virt.wasm' and 'free.virt.wasm' and 'stdio.virt.wasm'; set overwrite: true to replace them, or choose another output file name",
    ]);
    expect(releases.requests).toEqual(['GET /repos/owner/repo/releases/tags/v1']);
    await removeOutputs();
  });

  const bad: [string, Record<string, string>, string][] = [
    [
      'two components of one name into one output directory',
      { components: 'same/**/*.wasm', output: 'out' },
      "input 'components': 'same/a/app.wasm' and 'same/b/app.wasm' have the same name, so both outputs would be 'out/app.virt.wasm'; rename one, narrow the globs, or leave output empty to write each next to its component",
    ],
    [
      'two components of one name as release assets',
      { components: 'same/**/*.wasm', ...release },
      "input 'components': 'same/a/app.wasm' and 'same/b/app.wasm' have the same name, so both would go up as the release asset 'app.virt.wasm'; rename one, or narrow the globs",
    ],
    [
      'an output that names a file',
      { components: 'same/**/*.wasm', output: 'all.wasm' },
      "input 'output' 'all.wasm' names a file, but input 'components' matches 2 components: give a directory (each output is <output>/<name>.virt.wasm), or leave output empty to write each next to its component",
    ],
    [
      'an output that is a component matched',
      { components: 'same/a/*.wasm' },
      "input 'components': the output of 'same/a/app.wasm' would be 'same/a/app.virt.wasm', which is a component matched too and would be replaced; exclude outputs from the globs (for example !**/*.virt.wasm)",
    ],
    [
      'a bad component among them',
      { components: 'same/**/*.wasm\nbroken/*.wasm' },
      "'broken/x.wasm' is not a valid component",
    ],
  ];

  it.each(bad)(
    'refuses %s with one line, before anything is generated, written or uploaded',
    async (name, inputs, message) => {
      if (name.startsWith('a bad')) {
        await mkdir(join(workspace, 'broken'), { recursive: true });
        await writeFile(join(workspace, 'broken/x.wasm'), 'not wasm');
      }
      if (name.includes('is a component matched')) {
        await writeFile(
          join(workspace, 'same/a/app.virt.wasm'),
          await readFile(fixture('import-free')),
        );
      }
      const before = await tree(workspace);
      releases.requests.length = 0;
      results.calls.length = 0;
      const run = await runAction(workspace, { ...inputs }, { ...releaseEnv(), ...artifactEnv() });
      expect(run.code).toBe(1);
      const errors = errorLines(run.stdout);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
      expect(await tree(workspace)).toEqual(before);
      expect(releases.requests).toEqual([]);
      expect(results.calls).toEqual([]);
      expect(run.outputs).toEqual({});
      expect(run.summary).toBe('');
      await rm(join(workspace, 'broken'), { recursive: true, force: true });
      await rm(join(workspace, 'same/a/app.virt.wasm'), { force: true });
    },
  );

  it('a component that cannot be virtualized stops the step before any output is written, naming it', async () => {
    const before = await tree(workspace);
    releases.requests.length = 0;
    const run = await runAction(
      workspace,
      { components: 'unservable/*.wasm', ...release },
      releaseEnv(),
    );
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error::unservable\/b\.wasm: .*wasi:cli\/environment@0\.2\.99, a version this tool cannot virtualize/,
    );
    // unservable/a.wasm was virtualized, in memory; its output is not written.
    expect(await tree(workspace)).toEqual(before);
    expect(releases.requests).toEqual([]);
    expect(run.outputs).toEqual({});
  });
});
