import { createServer, type AddressInfo, type Server } from 'node:net';

/** A server a conformance case talks to, on a free port of 127.0.0.1. */
export interface TestServer {
  port: number;
  close(): Promise<void>;
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

/** TCP echo: every connection gets back exactly what it sends, until it ends its side. */
function tcpEcho(): Promise<TestServer> {
  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.pipe(socket);
  });
  return listen(server);
}

/** The servers a case can name in `host.server`. */
export const TEST_SERVERS: Record<string, () => Promise<TestServer>> = {
  'tcp-echo': tcpEcho,
};
