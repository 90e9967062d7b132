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

interface ArtifactOptions {
  retentionDays?: number;
  /** Replace an artifact of the same name in the run (otherwise it is an error). */
  overwrite: boolean;
}

export interface ArtifactRequest extends ArtifactOptions {
  file: string;
  /** The artifact's name, which is also the downloaded file's; empty: the file's own name. */
  name: string;
  /** Where a copy under another name is made. */
  tempRoot: string;
}

export interface ZippedArtifactRequest extends ArtifactOptions {
  /** The files, each stored in the zip at its path relative to `root`. */
  files: string[];
  root: string;
  name: string;
}

/** The artifact service's answer to CreateArtifact for a name the run already has (HTTP 409). */
const nameTaken = /^Failed to CreateArtifact: .*\(409\)/;

export const artifactExistsMessage = (name: string) =>
  `an artifact named '${name}' already exists in this workflow run; set overwrite: true to replace it, or choose another artifact-name`;

/**
 * Uploads files as the artifact `name`: a name the run already has is refused unless
 * `overwrite`, which deletes that artifact first (as actions/upload-artifact does).
 * `zipped: false` stores the one file as it is.
 */
async function send(
  name: string,
  files: string[],
  root: string,
  options: ArtifactOptions & { zipped: boolean },
): Promise<ArtifactUpload> {
  const client = new DefaultArtifactClient();
  if (options.overwrite) {
    await client.deleteArtifact(name).catch((error: unknown) => {
      if (!(error instanceof ArtifactNotFoundError)) throw error;
    });
  }
  const uploaded = await client
    .uploadArtifact(name, files, root, {
      ...(options.zipped ? {} : { skipArchive: true }),
      ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
    })
    .catch((error: unknown) => {
      if (error instanceof Error && nameTaken.test(error.message))
        throw new UserInputError(artifactExistsMessage(name));
      throw error;
    });
  if (uploaded.id === undefined)
    throw new Error('the artifact service did not return an artifact id');
  if (!uploaded.digest && options.zipped)
    throw new Error('the artifact service did not return the digest of the zip uploaded');
  const digest =
    uploaded.digest ??
    createHash('sha256')
      .update(await readFile(files[0]!))
      .digest('hex');
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url = `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${uploaded.id}`;
  return { id: uploaded.id, url, digest };
}

/**
 * Uploads one file as a workflow artifact, unzipped, so downloading it gives the file itself.
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
  return send(basename(file), [file], dirname(file), { ...request, zipped: false });
}

/**
 * Uploads several files as one zipped workflow artifact (as upload-artifact does with several
 * paths); `digest` is the zip's SHA-256.
 */
export async function uploadZippedArtifact(
  request: ZippedArtifactRequest,
): Promise<ArtifactUpload> {
  return send(request.name, request.files, request.root, { ...request, zipped: true });
}
