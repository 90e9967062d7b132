import { basename } from 'node:path';
import { uploadArtifact } from '../sinks/artifact.js';
import { uploadReleaseAsset } from '../sinks/release-asset.js';
import type { UploadInputs } from './inputs.js';

export interface UploadedFiles {
  component: string;
  archive?: string;
}

export interface UploadResult {
  outputs: Record<string, string>;
  /** Markdown lines for the job summary. */
  lines: string[];
}

/** The upload sink the inputs chose: the archive (when made) or the component as an artifact, or both as release assets. */
export async function upload(
  request: UploadInputs,
  files: UploadedFiles,
  tempRoot: string,
): Promise<UploadResult> {
  if (request.mode === 'artifact') {
    const file = files.archive ?? files.component;
    const name = request.artifactName || basename(file);
    const { id, url } = await uploadArtifact({
      file,
      name,
      tempRoot,
      ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
    });
    return {
      outputs: { 'artifact-id': String(id), 'artifact-url': url },
      lines: [`artifact [${name}](${url}) (id ${id})`],
    };
  }
  if (request.mode === 'release') {
    const assets = [{ file: files.component, contentType: 'application/wasm' }];
    if (files.archive) assets.push({ file: files.archive, contentType: 'application/gzip' });
    const urls: string[] = [];
    for (const asset of assets)
      urls.push(
        await uploadReleaseAsset({
          ...asset,
          name: basename(asset.file),
          repository: process.env.GITHUB_REPOSITORY ?? '',
          tag: request.releaseTag,
          token: request.token,
          apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        }),
      );
    return {
      outputs: { 'release-asset-url': urls[0]! },
      lines: urls.map((url) => `release ${request.releaseTag} asset ${url}`),
    };
  }
  return { outputs: {}, lines: [] };
}
