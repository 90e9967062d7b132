import {
  BlobServiceClient,
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ACCOUNT, ACCOUNT_KEY } from './azurite.js';

/**
 * A small stand-in for GitHub's artifact results service: the twirp JSON
 * calls @actions/artifact makes, answered with SAS upload URLs into azurite.
 * As the real service does, it refuses a name the run already has (409) and
 * deletes an artifact's blob with it.
 */
export interface ResultsService {
  url: string;
  /** Artifacts finalized so far and not deleted, by name. */
  artifacts: Map<string, { id: number; run: string; blob: string; size: string; hash?: string }>;
  /** Every twirp method called, in order. */
  calls: string[];
  /** Reads an uploaded blob back from azurite. */
  download(blob: string): Promise<Buffer>;
  /** Whether a blob is still in storage. */
  stored(blob: string): Promise<boolean>;
  stop(): Promise<void>;
}

const CONTAINER = 'actions-results';
const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** A runtime token as @actions/artifact reads it: a JWT (unsigned here) whose scp claim names the run and job. */
export function runtimeToken(runId: string, jobId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.Results:${runId}:${jobId}` })}.`;
}

export async function startResultsService(azuriteUrl: string): Promise<ResultsService> {
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const blobs = new BlobServiceClient(azuriteUrl, credential);
  const container = blobs.getContainerClient(CONTAINER);
  await container.createIfNotExists();
  const artifacts: ResultsService['artifacts'] = new Map();
  const calls: string[] = [];
  const created = new Map<string, string>();
  let nextId = 1;

  const signedUploadUrl = (blob: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse('cw'),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      credential,
    );
    return `${container.getBlobClient(blob).url}?${sas.toString()}`;
  };

  const server: Server = createServer((request, response) => {
    const method = request.url?.startsWith(PREFIX) ? request.url.slice(PREFIX.length) : '';
    calls.push(method);
    const reply = (status: number, value: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    body(request)
      .then(async (data) => {
        // The client sends proto field names (useProtoFieldName).
        const run = String(data.workflow_run_backend_id);
        const job = String(data.workflow_job_run_backend_id);
        const name = String(data.name);
        const existing = artifacts.get(name);
        if (method === 'CreateArtifact') {
          if (existing?.run === run)
            return reply(409, {
              code: 'already_exists',
              msg: 'an artifact with this name already exists on the workflow run',
            });
          const blob = `${run}/${job}/${nextId++}/${name}`;
          created.set(name, blob);
          return reply(200, { ok: true, signedUploadUrl: signedUploadUrl(blob) });
        }
        if (method === 'FinalizeArtifact' && created.has(name)) {
          const id = nextId++;
          artifacts.set(name, {
            id,
            run,
            blob: created.get(name)!,
            size: String(data.size),
            ...(typeof data.hash === 'string' ? { hash: data.hash } : {}),
          });
          created.delete(name);
          return reply(200, { ok: true, artifactId: String(id) });
        }
        if (method === 'ListArtifacts') {
          const filter = data.name_filter;
          const listed = [...artifacts.entries()].filter(
            ([n, a]) => a.run === run && (filter === undefined || n === filter),
          );
          return reply(200, {
            artifacts: listed.map(([n, a]) => ({
              workflow_run_backend_id: a.run,
              workflow_job_run_backend_id: job,
              database_id: String(a.id),
              name: n,
              size: a.size,
              ...(a.hash ? { digest: a.hash } : {}),
            })),
          });
        }
        if (method === 'DeleteArtifact' && existing?.run === run) {
          artifacts.delete(name);
          await container.getBlobClient(existing.blob).delete();
          return reply(200, { ok: true, artifact_id: String(existing.id) });
        }
        reply(404, { code: 'not_found', msg: `no ${method} for ${name}` });
      })
      .catch((error: Error) => reply(500, { code: 'internal', msg: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    artifacts,
    calls,
    download: (blob) => container.getBlobClient(blob).downloadToBuffer(),
    stored: (blob) => container.getBlobClient(blob).exists(),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
