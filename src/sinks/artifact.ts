import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';

export interface ArtifactUpload {
  id: number;
  /** The artifact's page on the workflow run. */
  url: string;
  /** SHA-256 (hex) of the bytes uploaded, as @actions/artifact computed it while uploading. */
  digest: string;
}

export interface ArtifactRequest {
  file: string;
  /** The artifact's name, which is also the downloaded file's; empty: the file's own name. */
  name: string;
  retentionDays?: number;
  /** Replace an artifact of the same name in the run (otherwise it is an error). */
  overwrite: boolean;
  /** Where a copy under another name is made. */
  tempRoot: string;
}

/** The artifact service's answer to CreateArtifact for a name the run already has (HTTP 409). */
const nameTaken = /^Failed to CreateArtifact: .*\(409\)/;

export const artifactExistsMessage = (name: string) =>
  `an artifact named '${name}' already exists in this workflow run; set overwrite: true to replace it, or choose another artifact-name`;

/**
 * Uploads one file as a workflow artifact, unzipped, so downloading it gives the file itself.
 * A name the run already has is refused unless `overwrite`, which deletes that artifact first
 * (as actions/upload-artifact does).
 */
export async function uploadArtifact(request: ArtifactRequest): Promise<ArtifactUpload> {
  let file = request.file;
  if (request.name !== '' && request.name !== basename(file)) {
    // @actions/artifact names an unzipped artifact after its file.
    await mkdir(request.tempRoot, { recursive: true });
    const dir = await mkdtemp(join(request.tempRoot, 'wasi-virt-artifact-'));
    file = join(dir, request.name);
    await copyFile(request.file, file);
  }
  const name = basename(file);
  const client = new DefaultArtifactClient();
  if (request.overwrite) {
    await client.deleteArtifact(name).catch((error: unknown) => {
      if (!(error instanceof ArtifactNotFoundError)) throw error;
    });
  }
  const uploaded = await client
    .uploadArtifact(name, [file], dirname(file), {
      skipArchive: true,
      ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
    })
    .catch((error: unknown) => {
      if (error instanceof Error && nameTaken.test(error.message))
        throw new UserInputError(artifactExistsMessage(name));
      throw error;
    });
  if (uploaded.id === undefined)
    throw new Error('the artifact service did not return an artifact id');
  const digest =
    uploaded.digest ??
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url = `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${uploaded.id}`;
  return { id: uploaded.id, url, digest };
}
