import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface ReceivedAsset {
  id: number;
  name: string;
  contentType: string;
  authorization: string;
  bytes: Buffer;
}

/** A local stand-in for the GitHub releases API: one release, tag `v1`, of `owner/repo`. */
export interface ReleasesServer {
  apiUrl: string;
  /** The release's assets now: uploads not deleted since. */
  assets: ReceivedAsset[];
  /** Every request line received, to prove nothing else was called. */
  requests: string[];
  /** When set, the digest the server reports for the next uploads instead of the real one. */
  forgedDigest?: string;
  stop(): Promise<void>;
}

export async function startReleasesServer(): Promise<ReleasesServer> {
  const assets: ReceivedAsset[] = [];
  const requests: string[] = [];
  let nextId = 1;
  let base = '';
  const served: ReleasesServer = {
    apiUrl: '',
    assets,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', base);
    const json = (status: number, value: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'GET' && url.pathname === '/repos/owner/repo/releases/tags/v1')
      return json(200, {
        id: 1,
        tag_name: 'v1',
        upload_url: `${base}/uploads/repos/owner/repo/releases/1/assets{?name,label}`,
        assets: assets.map((a) => ({
          id: a.id,
          name: a.name,
          url: `${base}/repos/owner/repo/releases/assets/${a.id}`,
        })),
      });
    const deleted = url.pathname.match(/^\/repos\/owner\/repo\/releases\/assets\/(\d+)$/);
    const index = assets.findIndex((a) => a.id === Number(deleted?.[1]));
    if (request.method === 'DELETE' && index >= 0) {
      assets.splice(index, 1);
      response.writeHead(204).end();
      return;
    }
    if (
      request.method === 'POST' &&
      url.pathname === '/uploads/repos/owner/repo/releases/1/assets'
    ) {
      const name = url.searchParams.get('name') ?? '';
      // As GitHub, which answers 422 to an upload whose name the release already has.
      if (assets.some((a) => a.name === name))
        return json(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
      const id = nextId++;
      const bytes = Buffer.concat(chunks);
      assets.push({
        id,
        name,
        contentType: request.headers['content-type'] ?? '',
        authorization: request.headers.authorization ?? '',
        bytes,
      });
      return json(201, {
        id,
        name,
        browser_download_url: `${base}/owner/repo/releases/download/v1/${name}`,
        digest: served.forgedDigest ?? `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      });
    }
    json(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  served.apiUrl = base;
  return served;
}
