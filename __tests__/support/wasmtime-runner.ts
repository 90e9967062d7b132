import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions, RunResult } from './runner.js';
import { DEFAULT_SERVE_TIMEOUT_MS, supervise, type Serving } from './serve.js';

/** The wasmtime CLI (`cargo install --locked wasmtime-cli`, which .ci/run does), if installed. */
export function findWasmtime(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'wasmtime')),
    join(homedir(), '.cargo/bin/wasmtime'),
  ];
  return candidates.find((path) => existsSync(path));
}

/** The preopens, network and environment of a run or a server. */
function hostFlags(options: RunOptions): string[] {
  return [
    ...Object.entries(options.preopens ?? {}).flatMap(([guest, host]) => [
      '--dir',
      `${host}::${guest}`,
    ]),
    ...(options.network
      ? ['-S', 'inherit-network=y,allow-ip-name-lookup=y,tcp=y,udp=y,http=y']
      : []),
    ...Object.entries(options.env ?? {}).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
    ...(options.wasmtimeFlags ?? []),
  ];
}

function requireWasmtime(): string {
  const wasmtime = findWasmtime();
  if (!wasmtime)
    throw new Error(
      'wasmtime is not installed; .ci/run installs it with cargo install --locked wasmtime-cli',
    );
  return wasmtime;
}

/** The component in a file of a scratch directory, for the CLI to read. */
async function componentFile(component: Uint8Array, prefix: string) {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const file = join(work, 'component.wasm');
  await writeFile(file, component);
  return { work, file };
}

/** Runs a wasi:cli/run component (or calls an export: options.invoke) under the wasmtime CLI with the given args, env, stdin and preopens. */
export async function runWithWasmtime(
  component: Uint8Array,
  options: RunOptions,
): Promise<RunResult> {
  const wasmtime = requireWasmtime();
  const { work, file } = await componentFile(component, 'wasmtime-run-');
  try {
    const flags = [
      'run',
      '--argv0',
      options.argv0 ?? 'component',
      ...(options.invoke !== undefined ? ['--invoke', options.invoke] : []),
      ...hostFlags(options),
      file,
      ...(options.args ?? []),
    ];
    return await new Promise<RunResult>((resolve, reject) => {
      const child = spawn(wasmtime, flags, { env: {}, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      // A guest that exits without reading its stdin closes the pipe: that is not a failure.
      child.stdin.on('error', () => {});
      child.on('close', (code, signal) => {
        if (signal) {
          reject(new Error(`wasmtime was killed by ${signal}: ${Buffer.concat(err).toString()}`));
          return;
        }
        const stdoutBytes = Buffer.concat(out);
        const stderr = Buffer.concat(err).toString('utf8');
        const trap = /wasm trap: (.*)/.exec(stderr)?.[1];
        // wasmtime reports a trap on stderr; the guest's own stderr is what precedes it.
        const report = stderr.indexOf('Error: failed to run main module');
        resolve({
          stdout: stdoutBytes.toString('utf8'),
          stdoutBytes,
          stderr: trap ? stderr.slice(0, report).trimEnd() : stderr,
          exitCode: code!,
          trapped: trap !== undefined,
          ...(trap ? { trap, backtrace: stderr.slice(report) } : {}),
        });
      });
      child.stdin.end(options.stdin ?? '');
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What `wasmtime serve` itself writes on stderr, around the guest's own output. */
const SERVE_NOTICES = /^(Serving HTTP on |Waiting for child tasks to exit).*\n?/gm;

/**
 * Serves a proxy component with `wasmtime serve` on a free port of 127.0.0.1 (its guests get
 * wasi:cli, so stdout and preopens, and no log prefixes), until stop() sends it ctrl-c.
 */
export async function serveWithWasmtime(
  component: Uint8Array,
  options: RunOptions,
): Promise<Serving> {
  const wasmtime = requireWasmtime();
  const { work, file } = await componentFile(component, 'wasmtime-serve-');
  const flags = ['serve', '--addr', '127.0.0.1:0', '--no-logging-prefix', '-S', 'cli=y'];
  const child = spawn(wasmtime, [...flags, ...hostFlags(options), file], {
    env: {},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  // The port it bound is in its first line, written once it listens.
  const port = new Promise<number>((resolve) =>
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      const listening = /Serving HTTP on http:\/\/[^/]*:(\d+)\//.exec(
        Buffer.concat(err).toString(),
      );
      if (listening) resolve(Number(listening[1]));
    }),
  );
  return supervise({
    name: 'wasmtime serve',
    child,
    port,
    requestStop: () => child.kill('SIGINT'),
    output: async () => {
      await rm(work, { recursive: true, force: true });
      return {
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').replace(SERVE_NOTICES, ''),
      };
    },
    timeoutMs: options.timeoutMs ?? DEFAULT_SERVE_TIMEOUT_MS,
  });
}
