import { DefaultArtifactClient } from '@actions/artifact';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface ArtifactUpload {
  id: number;
  /** The artifact's page on the workflow run. */
  url: string;
}

export interface ArtifactRequest {
  file: string;
  /** The artifact's name, which is also the downloaded file's; empty: the file's own name. */
  name: string;
  retentionDays?: number;
  /** Where a copy under another name is made. */
  tempRoot: string;
}

/** Uploads one file as a workflow artifact, unzipped, so downloading it gives the file itself. */
export async function uploadArtifact(request: ArtifactRequest): Promise<ArtifactUpload> {
  let file = request.file;
  if (request.name !== '' && request.name !== basename(file)) {
    // @actions/artifact names an unzipped artifact after its file.
    await mkdir(request.tempRoot, { recursive: true });
    const dir = await mkdtemp(join(request.tempRoot, 'wasi-virt-artifact-'));
    file = join(dir, request.name);
    await copyFile(request.file, file);
  }
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(basename(file), [file], dirname(file), {
    skipArchive: true,
    ...(request.retentionDays ? { retentionDays: request.retentionDays } : {}),
  });
  if (id === undefined) throw new Error('the artifact service did not return an artifact id');
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url = `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${id}`;
  return { id, url };
}
