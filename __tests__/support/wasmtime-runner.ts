import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions, RunResult } from './runner.js';

/** The wasmtime CLI (`cargo install --locked wasmtime-cli`, which .ci/run does), if installed. */
export function findWasmtime(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'wasmtime')),
    join(homedir(), '.cargo/bin/wasmtime'),
  ];
  return candidates.find((path) => existsSync(path));
}

/** Runs a wasi:cli/run component under the wasmtime CLI with the given args, env, stdin and preopens. */
export async function runWithWasmtime(
  component: Uint8Array,
  options: RunOptions,
): Promise<RunResult> {
  const wasmtime = findWasmtime();
  if (!wasmtime)
    throw new Error(
      'wasmtime is not installed; .ci/run installs it with cargo install --locked wasmtime-cli',
    );
  const work = await mkdtemp(join(tmpdir(), 'wasmtime-run-'));
  try {
    const file = join(work, 'component.wasm');
    await writeFile(file, component);
    const flags = [
      'run',
      '--argv0',
      options.argv0 ?? 'component',
      ...Object.entries(options.preopens ?? {}).flatMap(([guest, host]) => [
        '--dir',
        `${host}::${guest}`,
      ]),
      ...(options.network
        ? ['-S', 'inherit-network=y,allow-ip-name-lookup=y,tcp=y,udp=y,http=y']
        : []),
      ...Object.entries(options.env ?? {}).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
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
      child.on('close', (code) => {
        const stdoutBytes = Buffer.concat(out);
        const stderr = Buffer.concat(err).toString('utf8');
        const trap = /wasm trap: (.*)/.exec(stderr)?.[1];
        resolve({
          stdout: stdoutBytes.toString('utf8'),
          stdoutBytes,
          // wasmtime reports a trap on stderr; the guest's own stderr is what precedes it.
          stderr: trap
            ? stderr.slice(0, stderr.indexOf('Error: failed to run main module')).trimEnd()
            : stderr,
          exitCode: code ?? 1,
          trapped: trap !== undefined,
          ...(trap ? { trap } : {}),
        });
      });
      child.stdin.end(options.stdin ?? '');
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
