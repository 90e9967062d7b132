import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UserInputError } from '../errors.js';

export interface ReleaseAsset {
  file: string;
  name: string;
  contentType: string;
}

export interface ReleaseAssetsRequest {
  /** `owner/name`. */
  repository: string;
  tag: string;
  token: string;
  assets: ReleaseAsset[];
  /** Replace assets of the same names (otherwise they are an error, and nothing is uploaded). */
  overwrite: boolean;
  /** The REST API root, GITHUB_API_URL on a runner. */
  apiUrl: string;
}

export interface UploadedAsset {
  /** The asset's download URL. */
  url: string;
  /** SHA-256 (hex) of the bytes uploaded. */
  digest: string;
}

interface Release {
  upload_url: string;
  assets: { id: number; name: string; url: string }[];
}

async function github(url: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      ...init.headers,
    },
  });
}

async function failure(what: string, response: Response): Promise<Error> {
  const body = (await response.text()).slice(0, 300);
  return new Error(`${what}: HTTP ${response.status} ${response.statusText} ${body}`.trim());
}

/**
 * Uploads files to an existing release found by its tag. Assets of the same names are
 * checked for before anything is uploaded: without `overwrite` they fail the upload, with it
 * each is deleted just before its replacement goes up. Posts to the release's own upload_url,
 * so GitHub Enterprise (and a test server) work as github.com does.
 */
export async function uploadReleaseAssets(request: ReleaseAssetsRequest): Promise<UploadedAsset[]> {
  const { repository, tag, token, apiUrl } = request;
  const found = await github(
    `${apiUrl}/repos/${repository}/releases/tags/${encodeURIComponent(tag)}`,
    token,
  );
  if (found.status === 404)
    throw new UserInputError(
      `no release with tag '${tag}' in ${repository}; create the release first (for example gh release create ${tag})`,
    );
  if (!found.ok) throw await failure(`looking up the release '${tag}'`, found);
  const release = (await found.json()) as Release;
  const names = new Set(request.assets.map((a) => a.name));
  const taken = release.assets.filter((a) => names.has(a.name));
  if (taken.length > 0 && !request.overwrite) {
    const quoted = [...new Set(taken.map((a) => `'${a.name}'`))];
    const [what, them] =
      quoted.length === 1
        ? [`an asset named ${quoted[0]}`, 'it']
        : [`assets named ${quoted.join(' and ')}`, 'them'];
    throw new UserInputError(
      `release '${tag}' already has ${what}; set overwrite: true to replace ${them}, or choose another output file name`,
    );
  }
  const target = new URL(release.upload_url.replace(/\{.*\}$/, ''));
  const uploaded: UploadedAsset[] = [];
  for (const asset of request.assets) {
    for (const old of taken.filter((a) => a.name === asset.name)) {
      const removed = await github(old.url, token, { method: 'DELETE' });
      if (!removed.ok) throw await failure(`replacing the asset '${old.name}'`, removed);
    }
    target.searchParams.set('name', asset.name);
    const bytes = await readFile(asset.file);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const response = await github(target.href, token, {
      method: 'POST',
      headers: { 'content-type': asset.contentType, 'content-length': String(bytes.length) },
      body: bytes,
    });
    if (!response.ok) throw await failure(`uploading '${asset.name}'`, response);
    const created = (await response.json()) as { browser_download_url: string; digest?: string };
    // GitHub reports the digest it computed (`sha256:<hex>`): it must be that of the bytes sent.
    if (created.digest && created.digest !== `sha256:${digest}`)
      throw new Error(
        `the release asset '${asset.name}' was stored with digest ${created.digest}, not the sha256:${digest} uploaded`,
      );
    uploaded.push({ url: created.browser_download_url, digest });
  }
  return uploaded;
}
