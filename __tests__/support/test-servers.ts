import { createSocket } from 'node:dgram';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';

/** A server a conformance case talks to, on a free port of 127.0.0.1. */
export interface TestServer {
  port: number;
  /** A second server's port, where there is one (`{port2}` in a case's flags and args). */
  port2?: number;
  close(): Promise<void>;
  /** How many requests (HTTP) or connections it has had, where it counts them. */
  seen?(): number;
}

async function listen(server: Server): Promise<TestServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Echo over TCP and UDP on the same port: a connection gets back what it sends
 * until it ends its side; a datagram goes back to its sender.
 */
async function echo(): Promise<TestServer> {
  for (let attempt = 0; ; attempt++) {
    const tcp = await listen(
      createServer((socket) => {
        socket.on('error', () => socket.destroy());
        socket.pipe(socket);
      }),
    );
    const udp = createSocket('udp4');
    udp.on('message', (message, from) => udp.send(message, from.port, from.address));
    const bound = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(tcp.port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      return {
        port: tcp.port,
        close: async () => {
          await new Promise<void>((resolve) => udp.close(() => resolve()));
          await tcp.close();
        },
      };
    }
    await tcp.close();
    // The UDP port was taken: try another pair.
    if (attempt === 5) throw new Error('echo server: no port free for both TCP and UDP');
  }
}

/** What a response to a path under `/truncated` promises, and the part of it that is sent. */
const TRUNCATED = { promised: 100, sent: '0123456789' };

/**
 * HTTP echo: answers every request with status 201, an `X-Echo` header holding
 * the method and the path with query, and a body of the method, the path, the
 * request's `X-Probe` header and the request's body. A path starting with
 * `/truncated` gets status 200 and a body that fails instead: `content-length`
 * promises TRUNCATED.promised bytes, TRUNCATED.sent goes out, then the
 * connection is cut.
 */
async function httpEcho(): Promise<TestServer> {
  let requests = 0;
  const server = createHttpServer((request, response) => {
    requests++;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url?.startsWith('/truncated')) {
        response.writeHead(200, { 'Content-Length': TRUNCATED.promised });
        response.write(TRUNCATED.sent, () => response.socket?.destroy());
        return;
      }
      const probe = request.headers['x-probe'] ?? '';
      const body = Buffer.concat(chunks).toString();
      response.writeHead(201, { 'X-Echo': `${request.method} ${request.url}` });
      response.end(`${request.method} ${request.url} x-probe=${String(probe)} body=${body}`);
    });
  });
  const started = await listen(server);
  return {
    port: started.port,
    seen: () => requests,
    // Clients may keep their connections alive; closing waits for none.
    close: async () => {
      const closed = started.close();
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Two echo servers, on `port` and `port2`: one a pattern allows, one it does not. */
async function echoPair(): Promise<TestServer> {
  const first = await echo();
  const second = await echo().catch(async (err: unknown) => {
    await first.close();
    throw err;
  });
  return {
    port: first.port,
    port2: second.port,
    close: async () => {
      await first.close();
      await second.close();
    },
  };
}

/** The servers a case can name in `host.server`. */
export const TEST_SERVERS: Record<string, () => Promise<TestServer>> = {
  echo,
  'echo-pair': echoPair,
  http: httpEcho,
};
