import { readFile } from 'node:fs/promises';
import { UserInputError } from '../errors.js';

export interface ReleaseAssetRequest {
  /** `owner/name`. */
  repository: string;
  tag: string;
  token: string;
  file: string;
  name: string;
  contentType: string;
  /** The REST API root, GITHUB_API_URL on a runner. */
  apiUrl: string;
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
 * Uploads a file to an existing release found by its tag, replacing an asset of
 * the same name. Posts to the release's own upload_url, so GitHub Enterprise
 * (and a test server) work as github.com does. Returns the asset's download URL.
 */
export async function uploadReleaseAsset(request: ReleaseAssetRequest): Promise<string> {
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
  for (const asset of release.assets.filter((a) => a.name === request.name)) {
    const removed = await github(asset.url, token, { method: 'DELETE' });
    if (!removed.ok) throw await failure(`replacing the asset '${asset.name}'`, removed);
  }
  const target = new URL(release.upload_url.replace(/\{.*\}$/, ''));
  target.searchParams.set('name', request.name);
  const bytes = await readFile(request.file);
  const uploaded = await github(target.href, token, {
    method: 'POST',
    headers: { 'content-type': request.contentType, 'content-length': String(bytes.length) },
    body: bytes,
  });
  if (!uploaded.ok) throw await failure(`uploading '${request.name}'`, uploaded);
  return ((await uploaded.json()) as { browser_download_url: string }).browser_download_url;
}
