// Serving a proxy component (one that exports wasi:http/incoming-handler) over HTTP on
// 127.0.0.1, whatever the engine: supervising the server's process and sending it requests.
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';

/** What a served component printed over the server's life. */
export interface ServeOutput {
  stdout: string;
  stderr: string;
}

/** A component being served; stop() ends the server and returns what it printed. */
export interface Serving {
  port: number;
  stop(): Promise<ServeOutput>;
}

export interface HttpRequest {
  method?: string;
  /** Path with query, e.g. "/files/a.txt?x=1". */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Lowercase names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

export const DEFAULT_SERVE_TIMEOUT_MS = 30_000;

/** How supervise() starts watching and stops one engine's server process. */
export interface ServerProcess {
  /** "wasmtime serve", "jco server": for messages. */
  name: string;
  child: ChildProcess;
  /** Resolves with the port once the server accepts connections. */
  port: Promise<number>;
  /** Asks the server to end. */
  requestStop(): void;
  /** What the component printed; called once the process has ended. */
  output(): Promise<ServeOutput>;
  /** How long the server may take to listen, and (unless stopTimeoutMs says otherwise) to stop. */
  timeoutMs: number;
  stopTimeoutMs?: number;
}

const withOutput = (message: string, output: ServeOutput) =>
  new Error(`${message}\n--- stdout ---\n${output.stdout}\n--- stderr ---\n${output.stderr}`);

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, ms, 'timeout')));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits until the server listens, then hands it out. A server that exits or stays silent
 * for timeoutMs first is killed, and so is one that does not end within timeoutMs of stop();
 * both fail with what it printed.
 */
export async function supervise(server: ServerProcess): Promise<Serving> {
  const { name, child, timeoutMs } = server;
  const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
  const kill = async (message: string): Promise<never> => {
    child.kill('SIGKILL');
    await closed;
    throw withOutput(message, await server.output());
  };
  const started = await within(
    Promise.race([server.port, closed.then((code) => ({ exited: code }))]),
    timeoutMs,
  );
  if (started === 'timeout') return kill(`${name} did not listen within ${timeoutMs} ms`);
  if (typeof started !== 'number') {
    return kill(`${name} exited (status ${started.exited}) before it listened`);
  }
  return {
    port: started,
    async stop() {
      server.requestStop();
      const stopMs = server.stopTimeoutMs ?? timeoutMs;
      if ((await within(closed, stopMs)) === 'timeout') {
        return kill(`${name} did not stop within ${stopMs} ms`);
      }
      return server.output();
    },
  };
}

/** Sends one request on a connection of its own and reads the whole response. */
export function sendRequest(port: number, request: HttpRequest, timeoutMs: number) {
  const method = request.method ?? 'GET';
  const { path, headers } = request;
  let timer: NodeJS.Timeout | undefined;
  const response = new Promise<HttpResponse>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method, path, headers, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(incoming.headers).map(([key, value]) => [
                key,
                Array.isArray(value) ? value.join(', ') : String(value),
              ]),
            ),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    timer = setTimeout(
      () => outgoing.destroy(new Error(`no response to ${method} ${path} in ${timeoutMs} ms`)),
      timeoutMs,
    );
    outgoing.on('error', reject);
    outgoing.end(request.body ?? '');
  });
  return response.finally(() => clearTimeout(timer));
}
