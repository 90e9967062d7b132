import { spawn } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SERVE_TIMEOUT_MS, supervise, type ServerProcess } from './support/serve.js';

// A stand-in for an engine's server process: a node script whose port, if it reports one,
// comes on the IPC channel; `stop` is sent as a message. Only a test of a timeout makes it short:
// a loaded machine can take seconds to start node.
function server(
  script: string,
  timeoutMs = DEFAULT_SERVE_TIMEOUT_MS,
  stopTimeoutMs = timeoutMs,
): ServerProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return {
    name: 'the test server',
    child,
    pid: child.pid ?? 0,
    port: new Promise((resolve) => child.on('message', (m: { port: number }) => resolve(m.port))),
    requestStop: () => child.send('stop'),
    output: () => Promise.resolve({ stdout, stderr: '' }),
    timeoutMs,
    stopTimeoutMs,
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('supervise', () => {
  it('hands out the port and returns the output once the server stops', async () => {
    const serving = await supervise(
      server(`process.send({ port: 1234 }); process.on('message', () => {
        console.log('bye'); process.exit(0); });`),
    );
    expect(serving.port).toBe(1234);
    expect(await serving.stop()).toEqual({ stdout: 'bye\n', stderr: '' });
  });

  it('fails with the output when the server exits before it listens', async () => {
    await expect(supervise(server(`console.log('no port'); process.exit(3)`))).rejects.toThrow(
      /the test server exited \(status 3\) before it listened\n--- stdout ---\nno port/,
    );
  });

  it('kills a server that does not listen in time', async () => {
    const silent = server(`setInterval(() => {}, 1000)`, 500);
    await expect(supervise(silent)).rejects.toThrow(/did not listen within 500 ms/);
    expect(alive(silent.pid)).toBe(false);
  });

  it('kills a server that does not stop in time', async () => {
    const stubborn = server(
      `process.send({ port: 1 }); setInterval(() => {}, 1000)`,
      DEFAULT_SERVE_TIMEOUT_MS,
      500,
    );
    const serving = await supervise(stubborn);
    await expect(serving.stop()).rejects.toThrow(/did not stop within 500 ms/);
    expect(alive(stubborn.pid)).toBe(false);
  });
});
