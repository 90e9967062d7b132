// Runs WebAssembly components under jco + preview2-shim in a child Node process, or serves a
// proxy component's incoming-handler from one.
//
// Each run gets its own child because the shim's state (env, args, preopens, stdio) is
// process-global and stdout cannot be captured per instance in-process. Transpiled output is
// cached in .cache/runner/<key>/, so only the first run of a given component pays for jco.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { transpileBytes } from '@bytecodealliance/jco-transpile';
import { DEFAULT_SERVE_TIMEOUT_MS, supervise, type Serving } from './serve.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CACHE_DIR = join(ROOT, '.cache', 'runner');
const CHILD = join(HERE, 'run-child.mjs');
const SERVE_CHILD = join(HERE, 'serve-child.mjs');
/** Serves wasi:config/store, which jco's shim does not provide. */
const CONFIG_HOST = join(HERE, 'config-host.mjs');
const DEFAULT_TIMEOUT_MS = 30_000;
/** Exit status reported for a trap, as wasmtime does on Unix (128 + SIGABRT). */
export const TRAP_EXIT_CODE = 134;

export interface RunOptions {
  /** Arguments after the program name; the guest sees [argv0, ...args]. */
  args?: string[];
  /** Program name, the guest's argv[0]. Default "component". */
  argv0?: string;
  /** The guest's entire environment. Default: empty (nothing from the host). */
  env?: Record<string, string>;
  stdin?: string | Uint8Array;
  /** Guest path -> host directory (relative to process.cwd()). Default: no preopens. */
  preopens?: Record<string, string>;
  /** The host's wasi:config/store properties. Default: none. */
  hostConfig?: Record<string, string>;
  /** The guest may use the host's network (wasmtime: sockets, name lookup, HTTP); jco's shim always lets it. */
  network?: boolean;
  /** jco: options of the Node process that runs the component (e.g. `--experimental-wasm-extended-const`). */
  nodeFlags?: string[];
  /** wasmtime: more `wasmtime run` options (e.g. `-S http`). */
  wasmtimeFlags?: string[];
  /**
   * wasmtime: call this export (`environment-text()`, `wasmtime run --invoke`) instead of
   * wasi:cli/run; stdout is then its result as wasmtime prints it (WAVE: a string is quoted).
   */
  invoke?: string;
  /**
   * Kill the child and reject with RunTimeoutError after this long; a server gets this long to
   * listen and again to stop. Default 30 s.
   */
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
  /**
   * 0 when run() returns ok, 1 when it returns err. A guest calling exit(n) reaches jco
   * through wasi:cli/exit.exit(result), so every n != 0 is reported as 1.
   * TRAP_EXIT_CODE when trapped.
   */
  exitCode: number;
  trapped: boolean;
  /** "<ErrorName>: <message>" of the trap, e.g. "RuntimeError: unreachable". */
  trap?: string;
  /** The engine's report of a trap with its wasm backtrace (function names from the name section). */
  backtrace?: string;
}

export interface CallResult {
  /** The export's return value (for a result<T, E> export: T). */
  result?: unknown;
  /** The err payload when a result<T, E> export returned err (jco throws it). */
  error?: unknown;
  trapped: boolean;
  trap?: string;
  stdout: string;
  stderr: string;
}

export class RunTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(
      `component did not finish within ${timeoutMs} ms and was killed` +
        `\n--- stdout so far ---\n${stdout}\n--- stderr so far ---\n${stderr}`,
    );
    this.name = 'RunTimeoutError';
  }
}

type Reply =
  | { kind: 'returned'; value?: unknown }
  | { kind: 'error'; value: unknown }
  | { kind: 'exit'; code: number }
  | { kind: 'trap'; message: string; stack?: string }
  | { kind: 'failure'; message: string };

interface ChildOutcome {
  reply: Reply;
  stdoutBytes: Buffer;
  stderr: string;
}

const jcoVersion: string = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/@bytecodealliance/jco-transpile/package.json'), 'utf8'),
).version;

/** Transpiles (or finds in the cache) a component; returns the path of its ES module. */
export async function transpiled(component: string | Uint8Array): Promise<string> {
  const bytes = typeof component === 'string' ? await readFile(component) : component;
  const key = createHash('sha256')
    .update(`jco-transpile ${jcoVersion}\0${CONFIG_HOST}\0`)
    .update(bytes);
  const dir = join(CACHE_DIR, key.digest('hex'));
  const entry = join(dir, 'component.js');
  if (existsSync(entry)) return entry;

  const { files } = await transpileBytes(bytes, {
    name: 'component',
    map: { 'wasi:config/*': `${CONFIG_HOST}#*` },
  });
  await mkdir(CACHE_DIR, { recursive: true });
  // Parallel jest workers may transpile the same component: each writes a private
  // directory and renames it into place; the loser of the race discards its copy.
  const tmp = await mkdtemp(join(CACHE_DIR, '.tmp-'));
  try {
    for (const [name, data] of Object.entries(files)) {
      await mkdir(dirname(join(tmp, name)), { recursive: true });
      await writeFile(join(tmp, name), data);
    }
    await writeFile(join(tmp, 'package.json'), '{ "type": "module" }\n');
    await rename(tmp, dir);
  } catch (err) {
    if (!existsSync(entry)) throw err;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return entry;
}

/** What shim-setup.mjs gives the component in a child process. */
function shimSettings(options: RunOptions) {
  return {
    args: [options.argv0 ?? 'component', ...(options.args ?? [])],
    env: options.env ?? {},
    hostConfig: options.hostConfig ?? {},
    // The child runs in a scratch directory, so relative host paths must be resolved here.
    preopens: Object.fromEntries(
      Object.entries(options.preopens ?? {}).map(([guest, host]) => [guest, resolve(host)]),
    ),
  };
}

async function runChild(
  component: string | Uint8Array,
  request: Record<string, unknown>,
  options: RunOptions,
): Promise<ChildOutcome> {
  const module = await transpiled(component);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = await mkdtemp(join(tmpdir(), 'wasi-virt-run-'));
  try {
    const file = (name: string) => join(work, name);
    await writeFile(file('stdin'), options.stdin ?? '');
    await writeFile(
      file('request'),
      serialize({
        ...request,
        ...shimSettings(options),
        module,
        resultFile: file('result'),
      }),
    );
    // Files rather than pipes: Node writes to files synchronously on every platform,
    // so nothing is lost when the shim calls process.exit() from inside the guest.
    const stdin = await open(file('stdin'), 'r');
    const stdout = await open(file('stdout'), 'w');
    const stderr = await open(file('stderr'), 'w');
    let timedOut = false;
    try {
      const child = spawn(
        process.execPath,
        [...(options.nodeFlags ?? []), CHILD, file('request')],
        {
          cwd: work,
          env: {},
          stdio: [stdin.fd, stdout.fd, stderr.fd],
        },
      );
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      await new Promise<void>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', () => resolve());
      }).finally(() => clearTimeout(timer));
    } finally {
      await Promise.all([stdin.close(), stdout.close(), stderr.close()]);
    }

    const stdoutBytes = await readFile(file('stdout'));
    const stderrText = await readFile(file('stderr'), 'utf8');
    if (timedOut) throw new RunTimeoutError(timeoutMs, stdoutBytes.toString('utf8'), stderrText);
    if (!existsSync(file('result'))) {
      throw new Error(`runner child died without a result\n--- stderr ---\n${stderrText}`);
    }
    const reply = deserialize(await readFile(file('result'))) as Reply;
    if (reply.kind === 'failure') throw new Error(`runner: ${reply.message}`);
    return { reply, stdoutBytes, stderr: stderrText };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs a wasi:cli/run component (a path or its bytes) to completion. */
export async function runComponent(
  component: string | Uint8Array,
  options: RunOptions = {},
): Promise<RunResult> {
  const { reply, stdoutBytes, stderr } = await runChild(component, { mode: 'run' }, options);
  const base = { stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
  switch (reply.kind) {
    case 'returned':
      return { ...base, exitCode: 0, trapped: false };
    case 'error':
      return { ...base, exitCode: 1, trapped: false };
    case 'exit':
      return { ...base, exitCode: reply.code, trapped: false };
    case 'trap':
      return {
        ...base,
        exitCode: TRAP_EXIT_CODE,
        trapped: true,
        trap: reply.message,
        ...(reply.stack ? { backtrace: reply.stack } : {}),
      };
    default:
      throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
  }
}

/**
 * Calls one export of a component in a fresh instance. exportName is a world-level function
 * ("add", "greet-all") or "<interface>#<function>" ("wasi:cli/run@0.2.12#run").
 * Arguments and results use jco's JS mapping and must survive structured clone.
 */
export async function callExport(
  component: string | Uint8Array,
  exportName: string,
  args: unknown[],
  options: RunOptions = {},
): Promise<CallResult> {
  const request = { mode: 'call', exportName, callArgs: args };
  const { reply, stdoutBytes, stderr } = await runChild(component, request, options);
  const base = { stdout: stdoutBytes.toString('utf8'), stderr };
  switch (reply.kind) {
    case 'returned':
      return { ...base, result: reply.value, trapped: false };
    case 'error':
      return { ...base, error: reply.value, trapped: false };
    case 'trap':
      return { ...base, trapped: true, trap: reply.message };
    case 'exit':
      throw new Error(`export ${exportName} called wasi:cli/exit (status ${reply.code})`);
    default:
      throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
  }
}

/**
 * Serves a proxy component's wasi:http/incoming-handler with preview2-shim's HTTPServer in a
 * child process (serve-child.mjs), on a free port of 127.0.0.1, until stop().
 */
export async function serveComponent(
  component: string | Uint8Array,
  options: RunOptions = {},
): Promise<Serving> {
  const module = await transpiled(component);
  const work = await mkdtemp(join(tmpdir(), 'wasi-virt-serve-'));
  const file = (name: string) => join(work, name);
  await writeFile(file('request'), serialize({ ...shimSettings(options), module }));
  // Files, as for runs; the port comes back on the IPC channel.
  const stdout = await open(file('stdout'), 'w');
  const stderr = await open(file('stderr'), 'w');
  const child = spawn(process.execPath, [SERVE_CHILD, file('request')], {
    cwd: work,
    env: {},
    stdio: ['ignore', stdout.fd, stderr.fd, 'ipc'],
  });
  await Promise.all([stdout.close(), stderr.close()]);
  return supervise({
    name: 'the jco server',
    child,
    port: new Promise((resolve) => child.on('message', (m: { port: number }) => resolve(m.port))),
    // A child that is gone already has nothing to stop (send would fail on the closed channel).
    requestStop: () => child.connected && child.send('stop', () => undefined),
    output: async () => {
      const [out, err] = await Promise.all([readFile(file('stdout')), readFile(file('stderr'))]);
      await rm(work, { recursive: true, force: true });
      return { stdout: out.toString('utf8'), stderr: err.toString('utf8') };
    },
    timeoutMs: options.timeoutMs ?? DEFAULT_SERVE_TIMEOUT_MS,
  });
}
