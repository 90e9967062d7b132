import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, runAction } from './support/action-runner.js';
import { startAzurite, type Azurite } from './support/azurite.js';
import { fixture } from './support/paths.js';
import { startReleasesServer, type ReleasesServer } from './support/releases-server.js';
import {
  runtimeToken,
  startResultsService,
  type ResultsService,
} from './support/results-service.js';

describe('the bundled action uploads what it generated', () => {
  let scratch: string;
  let workspace: string;
  let azurite: Azurite;
  let results: ResultsService;
  let releases: ReleasesServer;

  beforeAll(async () => {
    ({ scratch, workspace } = await makeWorkspace('action-upload-', {
      'build/app.wasm': fixture('env-args'),
    }));
    azurite = await startAzurite();
    results = await startResultsService(azurite.url);
    releases = await startReleasesServer();
  }, 60_000);

  afterAll(async () => {
    await releases?.stop();
    await results?.stop();
    await azurite?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('as a workflow artifact: the blob in storage is the generated component', async () => {
    const run = await runAction(
      workspace,
      { component: 'build/*.wasm', output: 'build/app.virt.wasm', upload: 'artifact' },
      {
        ACTIONS_RESULTS_URL: results.url,
        ACTIONS_RUNTIME_TOKEN: runtimeToken('run-1', 'job-1'),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_RUN_ID: '42',
      },
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.code).toBe(0);
    const component = await readFile(join(workspace, 'build/app.virt.wasm'));
    const artifact = results.artifacts.get('app.virt.wasm')!;
    expect(artifact).toBeDefined();
    expect((await results.download(artifact.blob)).equals(component)).toBe(true);
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    expect(run.outputs['artifact-url']).toBe(
      `https://github.com/owner/repo/actions/runs/42/artifacts/${artifact.id}`,
    );
    expect(run.outputs['component-path']).toBe('build/app.virt.wasm');
    expect(run.summary).toContain('artifact');
  });

  it('as a release asset: application/wasm, the same bytes', async () => {
    const run = await runAction(
      workspace,
      {
        component: 'build/app.wasm',
        output: 'build/release.wasm',
        upload: 'release',
        'release-tag': 'v1',
        'github-token': 'secret-token',
      },
      { GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' },
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.code).toBe(0);
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
  });

  it('replaces a release asset of the same name, and adds the archive as application/gzip', async () => {
    const run = await runAction(
      workspace,
      {
        component: 'build/app.wasm',
        output: 'build/release.wasm',
        upload: 'release',
        'release-tag': 'refs/tags/v1',
        'github-token': 'secret-token',
        archive: 'tar.gz',
        'allow-clocks': 'true',
      },
      { GITHUB_API_URL: releases.apiUrl, GITHUB_REPOSITORY: 'owner/repo' },
    );
    expect(run.code).toBe(0);
    expect(releases.requests).toContain('DELETE /repos/owner/repo/releases/assets/1');
    expect(releases.assets.map((a) => [a.name, a.contentType])).toEqual([
      ['release.wasm', 'application/wasm'],
      ['release.tar.gz', 'application/gzip'],
    ]);
    const [component, archive] = releases.assets;
    expect(component!.bytes.equals(await readFile(join(workspace, 'build/release.wasm')))).toBe(
      true,
    );
    expect(archive!.bytes.equals(await readFile(join(workspace, 'build/release.tar.gz')))).toBe(
      true,
    );
  });
});
