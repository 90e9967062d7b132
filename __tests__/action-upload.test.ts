import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { list } from 'tar';
import {
  artifactRunnerEnv,
  makeWorkspace,
  runAction,
  type ActionRun,
} from './support/action-runner.js';
import { fixture } from './support/paths.js';
import type { ReleasesServer } from './support/releases-server.js';
import { runtimeToken, type ResultsService } from './support/results-service.js';
import { startUploadServers, type UploadServers } from './support/upload-servers.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The run passed, without an error line. */
function expectPassed(run: ActionRun): void {
  expect(run.stdout).not.toMatch(/^::error/m);
  expect(run.code).toBe(0);
}

/** The run failed the step with exactly this one error line. */
function expectOneError(run: ActionRun, message: string): void {
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
    `::error::${message}`,
  ]);
}

describe('the bundled action uploads what it generated', () => {
  let scratch: string;
  let workspace: string;
  let servers: UploadServers;
  let results: ResultsService;
  let releases: ReleasesServer;

  const artifactEnv = () => artifactRunnerEnv(results.url, runtimeToken('run-1', 'job-1'));
  const releaseEnv = () => ({ GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' });
  const release = { upload: 'release', 'release-tag': 'v1', 'github-token': 'secret-token' };
  /** The action on build/app.wasm, uploading an artifact to run-1 (or a release asset to v1). */
  const artifactRun = (inputs: Record<string, string>) =>
    runAction(
      workspace,
      { component: 'build/app.wasm', upload: 'artifact', ...inputs },
      artifactEnv(),
    );
  const releaseRun = (inputs: Record<string, string>) =>
    runAction(workspace, { component: 'build/app.wasm', ...release, ...inputs }, releaseEnv());

  beforeAll(async () => {
    ({ scratch, workspace } = await makeWorkspace('action-upload-', {
      'build/app.wasm': fixture('env-args'),
    }));
    servers = await startUploadServers();
    ({ results, releases } = servers);
  }, 60_000);

  afterAll(async () => {
    await servers?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  describe('as a workflow artifact', () => {
    it('the blob in storage is the generated component, and artifact-digest its sha256', async () => {
      const run = await runAction(
        workspace,
        { component: 'build/*.wasm', output: 'build/app.virt.wasm', upload: 'artifact' },
        artifactEnv(),
      );
      expectPassed(run);
      const component = await readFile(join(workspace, 'build/app.virt.wasm'));
      const artifact = results.artifacts.get('app.virt.wasm')!;
      expect(artifact).toBeDefined();
      const stored = await results.download(artifact.blob);
      expect(stored.equals(component)).toBe(true);
      expect(run.outputs['artifact-id']).toBe(String(artifact.id));
      expect(run.outputs['artifact-url']).toBe(
        `https://github.com/owner/repo/actions/runs/42/artifacts/${artifact.id}`,
      );
      expect(run.outputs['artifact-digest']).toBe(sha256(stored));
      // The digest the artifact service was told at finalization, as upload-artifact's output.
      expect(artifact.hash).toBe(`sha256:${run.outputs['artifact-digest']}`);
      expect(run.outputs['component-path']).toBe('build/app.virt.wasm');
      expect(run.summary).toContain('artifact');
    });

    it('overwrite false (the default): a name the run has fails with one line, and nothing is replaced', async () => {
      const before = { ...results.artifacts.get('app.virt.wasm')! };
      const stored = await results.download(before.blob);
      results.calls.length = 0;
      const run = await artifactRun({
        output: 'build/app.virt.wasm',
        env: 'RUN=2',
      });
      expectOneError(
        run,
        "an artifact named 'app.virt.wasm' already exists in this workflow run; set overwrite: true to replace it, or choose another artifact-name",
      );
      expect(results.calls).toEqual(['CreateArtifact']);
      expect(results.artifacts.get('app.virt.wasm')).toEqual(before);
      expect((await results.download(before.blob)).equals(stored)).toBe(true);
      expect(run.outputs['artifact-id']).toBeUndefined();
      expect(run.outputs['artifact-digest']).toBeUndefined();
    });

    it('overwrite true: the artifact is deleted and replaced by the new bytes', async () => {
      const before = { ...results.artifacts.get('app.virt.wasm')! };
      const old = await results.download(before.blob);
      const run = await artifactRun({
        output: 'build/app.virt.wasm',
        env: 'RUN=3',
        overwrite: 'true',
      });
      expectPassed(run);
      const component = await readFile(join(workspace, 'build/app.virt.wasm'));
      expect(component.equals(old)).toBe(false);
      const artifact = results.artifacts.get('app.virt.wasm')!;
      expect(artifact.id).not.toBe(before.id);
      expect(await results.stored(before.blob)).toBe(false);
      const stored = await results.download(artifact.blob);
      expect(stored.equals(component)).toBe(true);
      expect(run.outputs['artifact-id']).toBe(String(artifact.id));
      expect(run.outputs['artifact-digest']).toBe(sha256(stored));
    });

    it('the deprecated `archive` input still bundles, with a warning, and sets both path outputs', async () => {
      const run = await artifactRun({
        output: 'build/alias.wasm',
        archive: 'tar.gz',
      });
      expectPassed(run);
      expect(run.stdout).toContain(
        "::warning::input 'archive' is deprecated: write bundle: tar.gz (the output bundle-path replaces archive-path)",
      );
      expect(run.outputs['bundle-path']).toBe('build/alias.tar.gz');
      expect(run.outputs['archive-path']).toBe('build/alias.tar.gz');
      const bundle = await readFile(join(workspace, 'build/alias.tar.gz'));
      const stored = await results.download(results.artifacts.get('alias.tar.gz')!.blob);
      expect(stored.equals(bundle)).toBe(true);
      expect(run.outputs['artifact-digest']).toBe(sha256(bundle));
      const entries: string[] = [];
      await list({
        file: join(workspace, 'build/alias.tar.gz'),
        onReadEntry: (e) => entries.push(e.path),
      });
      expect(entries).toEqual(['alias.wasm', 'policy.toml', 'report.json']);
    });
  });

  describe('as release assets', () => {
    it('application/wasm, the same bytes, and artifact-digest their sha256', async () => {
      const run = await releaseRun({ output: 'build/release.wasm' });
      expectPassed(run);
      const component = await readFile(join(workspace, 'build/release.wasm'));
      expect(releases.assets).toHaveLength(1);
      const [asset] = releases.assets;
      expect(asset!.name).toBe('release.wasm');
      expect(asset!.contentType).toBe('application/wasm');
      expect(asset!.authorization).toBe('Bearer secret-token');
      expect(asset!.bytes.equals(component)).toBe(true);
      expect(run.outputs['release-asset-url']).toBe(
        `${releases.apiUrl}/owner/repo/releases/download/v1/release.wasm`,
      );
      expect(run.outputs['artifact-digest']).toBe(sha256(asset!.bytes));
    });

    it('overwrite false (the default): an asset of the same name fails with one line, before anything is uploaded', async () => {
      const before = releases.assets.map((a) => ({ ...a }));
      releases.requests.length = 0;
      const run = await releaseRun({
        output: 'build/release.wasm',
        bundle: 'tar.gz',
        env: 'RUN=2',
      });
      expectOneError(
        run,
        "release 'v1' already has an asset named 'release.wasm'; set overwrite: true to replace it, or choose another output file name",
      );
      // Only the release was looked up: the bundle, whose name is free, did not go up either.
      expect(releases.requests).toEqual(['GET /repos/owner/repo/releases/tags/v1']);
      expect(releases.assets).toEqual(before);
    });

    it('overwrite true: replaces the asset of the same name, and adds the bundle as application/gzip', async () => {
      const [old] = releases.assets;
      const run = await releaseRun({
        output: 'build/release.wasm',
        'release-tag': 'refs/tags/v1',
        bundle: 'tar.gz',
        'allow-clocks': 'true',
        env: 'RUN=3',
        overwrite: 'true',
      });
      expectPassed(run);
      expect(releases.requests).toContain(`DELETE /repos/owner/repo/releases/assets/${old!.id}`);
      expect(releases.assets.map((a) => [a.name, a.contentType])).toEqual([
        ['release.wasm', 'application/wasm'],
        ['release.tar.gz', 'application/gzip'],
      ]);
      const [component, bundle] = releases.assets;
      const written = await readFile(join(workspace, 'build/release.wasm'));
      expect(written.equals(old!.bytes)).toBe(false);
      expect(component!.bytes.equals(written)).toBe(true);
      expect(bundle!.bytes.equals(await readFile(join(workspace, 'build/release.tar.gz')))).toBe(
        true,
      );
      expect(run.outputs['bundle-path']).toBe('build/release.tar.gz');
      expect(run.outputs['artifact-digest']).toBe(sha256(component!.bytes));
    });

    it('fails when GitHub reports another digest for an asset than that of the bytes sent', async () => {
      releases.forgedDigest = `sha256:${'0'.repeat(64)}`;
      try {
        const run = await releaseRun({ output: 'build/forged.wasm' });
        const sent = sha256(releases.assets.find((a) => a.name === 'forged.wasm')!.bytes);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(
          `::error::Error: the release asset 'forged.wasm' was stored with digest ${releases.forgedDigest}, not the sha256:${sent} uploaded`,
        );
        expect(run.outputs['artifact-digest']).toBeUndefined();
      } finally {
        delete releases.forgedDigest;
      }
    });
  });
});
