import { basename, dirname, relative, resolve } from 'node:path';
import { uploadArtifact, uploadZippedArtifact } from '../sinks/artifact.js';
import { uploadReleaseAssets, type ReleaseAsset } from '../sinks/release-asset.js';
import type { UploadInputs } from './inputs.js';

export interface UploadedFiles {
  component: string;
  bundle?: string;
}

export interface UploadResult {
  outputs: Record<string, string>;
  /** Markdown lines for the job summary. */
  lines: string[];
}

/** The artifact's name when several components go up in one and `artifact-name` is empty. */
export const DEFAULT_MANY_ARTIFACT = 'wasi-virt';

const releaseAssets = (files: UploadedFiles[]): ReleaseAsset[] =>
  files.flatMap(({ component, bundle }) => [
    { file: component, name: basename(component), contentType: 'application/wasm' },
    ...(bundle ? [{ file: bundle, name: basename(bundle), contentType: 'application/gzip' }] : []),
  ]);

async function uploadRelease(request: UploadInputs, files: UploadedFiles[]) {
  const assets = releaseAssets(files);
  const uploaded = await uploadReleaseAssets({
    assets,
    overwrite: request.overwrite,
    repository: process.env.GITHUB_REPOSITORY ?? '',
    tag: request.releaseTag,
    token: request.token,
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
  });
  const lines = uploaded.map(
    ({ url, digest }) => `release ${request.releaseTag} asset ${url} (sha256 ${digest})`,
  );
  // Each component's own asset (not its bundle's), by the component's path.
  const byComponent = files.map(({ component }) => {
    const index = assets.findIndex((a) => a.file === component);
    return [component, uploaded[index]!] as const;
  });
  return { byComponent, lines };
}

/**
 * The upload sink the inputs chose: the bundle (when made) or the component as an artifact, or
 * both as release assets. `artifact-digest` is the SHA-256 of the artifact's bytes, or of the
 * component's release asset (the one `release-asset-url` names).
 */
export async function upload(
  request: UploadInputs,
  files: UploadedFiles,
  tempRoot: string,
): Promise<UploadResult> {
  if (request.mode === 'artifact') {
    const file = files.bundle ?? files.component;
    const name = request.artifactName || basename(file);
    const { id, url, digest } = await uploadArtifact({
      file,
      name,
      tempRoot,
      overwrite: request.overwrite,
      ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
    });
    return {
      outputs: { 'artifact-id': String(id), 'artifact-url': url, 'artifact-digest': digest },
      lines: [`artifact [${name}](${url}) (id ${id}, sha256 ${digest})`],
    };
  }
  if (request.mode === 'release') {
    const { byComponent, lines } = await uploadRelease(request, [files]);
    const [, asset] = byComponent[0]!;
    return { outputs: { 'release-asset-url': asset.url, 'artifact-digest': asset.digest }, lines };
  }
  return { outputs: {}, lines: [] };
}

/** The deepest directory holding every file. */
function commonDirectory(files: string[]): string {
  let base = dirname(resolve(files[0]!));
  for (const file of files.slice(1))
    while (relative(base, resolve(file)).startsWith('..')) base = dirname(base);
  return base;
}

/**
 * Several components' uploads. `upload: artifact`: one zipped artifact (`artifact-name`,
 * default `wasi-virt`) holding every bundle (when made) or every component, at its path below
 * the files' deepest common directory, as upload-artifact stores several paths; `artifact-digest`
 * is the zip's SHA-256. `upload: release`: every component and bundle one asset, every name
 * checked before any goes up; `release-asset-url` and `artifact-digest` are JSON objects from
 * each component's path to its asset's URL and SHA-256.
 */
export async function uploadMany(
  request: UploadInputs,
  files: UploadedFiles[],
): Promise<UploadResult> {
  if (request.mode === 'artifact') {
    const uploaded = files.map((f) => f.bundle ?? f.component);
    const name = request.artifactName || DEFAULT_MANY_ARTIFACT;
    const { id, url, digest } = await uploadZippedArtifact({
      files: uploaded.map((f) => resolve(f)),
      root: commonDirectory(uploaded),
      name,
      overwrite: request.overwrite,
      ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
    });
    return {
      outputs: { 'artifact-id': String(id), 'artifact-url': url, 'artifact-digest': digest },
      lines: [
        `artifact [${name}](${url}) (id ${id}, ${uploaded.length} files zipped, zip sha256 ${digest})`,
      ],
    };
  }
  if (request.mode === 'release') {
    const { byComponent, lines } = await uploadRelease(request, files);
    const map = (pick: (a: { url: string; digest: string }) => string) =>
      JSON.stringify(Object.fromEntries(byComponent.map(([path, asset]) => [path, pick(asset)])));
    return {
      outputs: {
        'release-asset-url': map((a) => a.url),
        'artifact-digest': map((a) => a.digest),
      },
      lines,
    };
  }
  return { outputs: {}, lines: [] };
}
