import { basename } from 'node:path';
import { uploadArtifact } from '../sinks/artifact.js';
import { uploadReleaseAssets } from '../sinks/release-asset.js';
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
    const assets = [{ file: files.component, contentType: 'application/wasm' }];
    if (files.bundle) assets.push({ file: files.bundle, contentType: 'application/gzip' });
    const uploaded = await uploadReleaseAssets({
      assets: assets.map((a) => ({ ...a, name: basename(a.file) })),
      overwrite: request.overwrite,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      tag: request.releaseTag,
      token: request.token,
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    });
    return {
      outputs: { 'release-asset-url': uploaded[0]!.url, 'artifact-digest': uploaded[0]!.digest },
      lines: uploaded.map(
        ({ url, digest }) => `release ${request.releaseTag} asset ${url} (sha256 ${digest})`,
      ),
    };
  }
  return { outputs: {}, lines: [] };
}
