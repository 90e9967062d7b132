import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { readComponent } from '../../src/component/read/read-component.js';
import { describeComponent } from '../../src/inspect/component-interface.js';
import { importRulesFrom } from '../../src/verify/import-rules.js';
import { checkImports, type CheckResult } from '../../src/verify/check-imports.js';
import { cli } from './cli.js';
import { fixture, ROOT } from './paths.js';
import { TEST_SERVERS, type TestServer } from './test-servers.js';
import type { RunOptions, RunResult } from './runner.js';
import {
  sendRequest,
  type HttpRequest,
  type HttpResponse,
  type ServeOutput,
  type Serving,
} from './serve.js';

/**
 * One conformance case, declared in __tests__/conformance/*.toml: how to virtualize a
 * fixture, the host it runs on, what it must print, and what the output may import.
 */
export interface ConformanceCase {
  name: string;
  description: string;
  fixture: string;
  flags: string[];
  /** Engines the case applies to (default both): wasi:config has no wasmtime host here. */
  engines: Engine[];
  host: {
    args?: string[];
    env?: Record<string, string>;
    stdin?: string;
    config?: Record<string, string>;
    files?: Record<string, string>;
    preopens?: Record<string, string>;
    /** A server from test-servers.ts started for the run; `{port}` (and `{port2}`) in flags and args is its port. Implies network. */
    server?: string;
    /** The guest may use the host's network. */
    network?: boolean;
    /** wasmtime only: call this export (`environment-text()`) instead of running wasi:cli/run. */
    invoke?: string;
    /** wasmtime only: more `wasmtime run` options (`-S p3 -W component-model-async` for WASI 0.3). */
    wasmtimeFlags?: string[];
    /**
     * Serve the component's wasi:http/incoming-handler on 127.0.0.1 and send it `requests`;
     * `expect.stdout`/`stderr` are then what it printed over the server's life. No args, stdin,
     * `expect.exit` or `expect.trapped`.
     */
    serve?: boolean;
  };
  /** Serve mode (`[[requests]]`): sent in order, each on a connection of its own. */
  requests: ServedRequest[];
  expect: {
    stdout?: string;
    stdoutIncludes?: string[];
    stderr?: string;
    stderrMatches?: string;
    exit?: number;
    trapped?: boolean;
    /** Texts the engine's report of the trap must hold (its wasm backtrace names functions). */
    backtraceIncludes?: string[];
    /**
     * The fixture itself, not virtualized, is run too, on the same engine and host: stdout,
     * stderr, exit status and trap must be the same. For what the engines answer differently
     * (each the same with and without the adapter). Not in serve mode.
     */
    matchesUnvirtualized?: boolean;
    /** How many requests the case's server (host.server) had by the end of the run. */
    serverRequests?: number;
  };
  imports: { allow?: string[]; deny?: string[] };
}

/** A request to a served case (`[[requests]]`) and what must come back (`[requests.expect]`). */
export interface ServedRequest extends HttpRequest {
  expect: {
    status: number;
    body?: string;
    /** Only these headers are compared; names in any case. */
    headers?: Record<string, string>;
  };
}

export type Engine = 'jco' | 'wasmtime';
export type Runner = (component: Uint8Array, options: RunOptions) => Promise<RunResult>;
export type Server = (component: Uint8Array, options: RunOptions) => Promise<Serving>;
/** How an engine runs a wasi:cli/run component and serves a proxy. */
export interface EngineHost {
  run: Runner;
  serve: Server;
}

/** A served case's result: what the server printed and the responses, one a request. */
export interface ServeResult extends ServeOutput {
  responses: HttpResponse[];
}

const CASES = join(ROOT, '__tests__', 'conformance');

export async function loadCases(): Promise<ConformanceCase[]> {
  const files = (await readdir(CASES)).filter((f) => f.endsWith('.toml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const data = parseToml(await readFile(join(CASES, file), 'utf8')) as Record<string, unknown>;
      const c: ConformanceCase = {
        name: file.replace(/\.toml$/, ''),
        description: String(data.description ?? ''),
        fixture: String(data.fixture),
        flags: (data.flags as string[] | undefined) ?? [],
        engines: (data.engines as Engine[] | undefined) ?? ['jco', 'wasmtime'],
        host: (data.host as ConformanceCase['host'] | undefined) ?? {},
        requests: (data.requests as ServedRequest[] | undefined) ?? [],
        expect: (data.expect as ConformanceCase['expect'] | undefined) ?? {},
        imports: (data.imports as ConformanceCase['imports'] | undefined) ?? {},
      };
      const problem = caseProblem(c);
      if (problem) throw new Error(`${file}: ${problem}`);
      return c;
    }),
  );
}

/** What makes a case file inconsistent, so that a typo fails loudly instead of testing less. */
function caseProblem(c: ConformanceCase): string | undefined {
  const wasmtimeOnly = c.host.invoke !== undefined || c.host.wasmtimeFlags !== undefined;
  if (wasmtimeOnly && c.engines.join() !== 'wasmtime')
    return 'host.invoke and host.wasmtimeFlags are wasmtime options: set engines = ["wasmtime"]';
  if (!c.host.serve)
    return c.requests.length > 0 ? '[[requests]] needs host.serve = true' : undefined;
  if (c.requests.length === 0) return 'host.serve = true needs [[requests]]';
  if (c.expect.matchesUnvirtualized) return 'a served case cannot match an unvirtualized run';
  if (c.host.args || c.host.stdin !== undefined) return 'a served case takes no args or stdin';
  if (
    c.expect.exit !== undefined ||
    c.expect.trapped !== undefined ||
    c.expect.backtraceIncludes !== undefined
  )
    return 'a served case expects responses, not an exit status';
  const bad = c.requests.find(
    (r) => !r.path?.startsWith('/') || typeof r.expect?.status !== 'number',
  );
  return bad
    ? `each request needs a path from "/" and expect.status (${JSON.stringify(bad)})`
    : undefined;
}

export interface CaseOutcome {
  run: RunResult | ServeResult;
  /** The fixture's own run, with expect.matchesUnvirtualized. */
  unvirtualized?: RunResult;
  /** What the case's server counted (TestServer.seen), when it counts. */
  serverRequests?: number;
  importCheck: CheckResult;
  output: Uint8Array;
}

/**
 * Virtualizes the case's fixture with the CLI, checks the output's imports, and runs it, or
 * serves it and sends it the case's requests.
 */
export async function runCase(c: ConformanceCase, engine: EngineHost): Promise<CaseOutcome> {
  const work = await mkdtemp(join(tmpdir(), `conformance-${c.name}-`));
  let server: TestServer | undefined;
  try {
    if (c.host.server) {
      const start = TEST_SERVERS[c.host.server];
      if (!start) throw new Error(`${c.name}: no test server named ${c.host.server}`);
      server = await start();
    }
    const port = (text: string) =>
      server
        ? text
            .replaceAll('{port}', String(server.port))
            .replaceAll('{port2}', String(server.port2 ?? '{port2}'))
        : text;
    const out = join(work, 'out.wasm');
    const generated = await cli(fixture(c.fixture), '-o', out, '--no-verify', ...c.flags.map(port));
    if (generated.code !== 0)
      throw new Error(`wasi-virt failed for ${c.name}: ${generated.stderr}`);
    const output = await readFile(out);
    const rules = importRulesFrom([
      {
        policy: { allow: c.imports.allow ?? [], deny: c.imports.deny ?? [] },
        allowLabel: 'case allow',
        denyLabel: 'case deny',
      },
    ]);
    const importCheck = checkImports(describeComponent(readComponent(output)).imports, rules);
    for (const [path, text] of Object.entries(c.host.files ?? {})) {
      await mkdir(dirname(join(work, 'host', path)), { recursive: true });
      await writeFile(join(work, 'host', path), text);
    }
    await mkdir(join(work, 'host'), { recursive: true });
    const preopens = Object.fromEntries(
      Object.entries(c.host.preopens ?? {}).map(([guest, host]) => [
        guest,
        join(work, 'host', host),
      ]),
    );
    const options: RunOptions = {
      ...(c.host.args ? { args: c.host.args.map(port) } : {}),
      ...(c.host.network || server ? { network: true } : {}),
      ...(c.host.env ? { env: c.host.env } : {}),
      ...(c.host.stdin !== undefined ? { stdin: c.host.stdin } : {}),
      ...(c.host.config ? { hostConfig: c.host.config } : {}),
      ...(c.host.invoke !== undefined ? { invoke: c.host.invoke } : {}),
      ...(c.host.wasmtimeFlags ? { wasmtimeFlags: c.host.wasmtimeFlags } : {}),
      preopens,
    };
    const run = c.host.serve
      ? await serveRequests(await engine.serve(output, options), c.requests)
      : await engine.run(output, options);
    const unvirtualized = c.expect.matchesUnvirtualized
      ? await engine.run(await readFile(fixture(c.fixture)), options)
      : undefined;
    const seen = server?.seen?.();
    return {
      run,
      importCheck,
      output,
      ...(unvirtualized ? { unvirtualized } : {}),
      ...(seen !== undefined ? { serverRequests: seen } : {}),
    };
  } finally {
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

const REQUEST_TIMEOUT_MS = 15_000;

/** Sends the requests in order, then stops the server, whatever happened. */
async function serveRequests(serving: Serving, requests: ServedRequest[]): Promise<ServeResult> {
  const responses: HttpResponse[] = [];
  let failure: unknown;
  try {
    for (const request of requests) {
      responses.push(await sendRequest(serving.port, request, REQUEST_TIMEOUT_MS));
    }
  } catch (err) {
    failure = err;
  }
  const printed = await serving.stop();
  if (failure !== undefined) {
    const what = failure instanceof Error ? failure.message : String(failure);
    throw new Error(
      `request ${responses.length + 1} failed: ${what}` +
        `\n--- server stdout ---\n${printed.stdout}\n--- server stderr ---\n${printed.stderr}`,
    );
  }
  return { ...printed, responses };
}

const requestLabel = (r: ServedRequest) => `${r.method ?? 'GET'} ${r.path}`;
const lowercaseNames = (headers: Record<string, string>) =>
  Object.keys(headers).map((name) => name.toLowerCase());

/** What each request of a served case must get back, in observedResponses' shape. */
export function expectedResponses(c: ConformanceCase) {
  return c.requests.map((r) => ({
    request: requestLabel(r),
    ...r.expect,
    ...(r.expect.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(r.expect.headers).map(([k, v]) => [k.toLowerCase(), v]),
          ),
        }
      : {}),
  }));
}

/** The responses, with only what the requests' expectations name. */
export function observedResponses(c: ConformanceCase, responses: HttpResponse[]) {
  return c.requests.map((r, i) => {
    const got = responses[i];
    return {
      request: requestLabel(r),
      status: got?.status,
      ...(r.expect.body !== undefined ? { body: got?.body } : {}),
      ...(r.expect.headers
        ? {
            headers: Object.fromEntries(
              lowercaseNames(r.expect.headers).map((n) => [n, got?.headers[n]]),
            ),
          }
        : {}),
    };
  });
}
