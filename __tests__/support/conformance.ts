import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { readComponent } from '../../src/component/read-component.js';
import { describeComponent } from '../../src/inspect/component-interface.js';
import { importRulesFrom } from '../../src/policy/import-rules.js';
import { checkImports, type CheckResult } from '../../src/verify/check-imports.js';
import { cli } from './cli.js';
import { fixture, ROOT } from './paths.js';
import { TEST_SERVERS, type TestServer } from './test-servers.js';
import type { RunOptions, RunResult } from './runner.js';

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
    /** A server from test-servers.ts started for the run; `{port}` in flags and args is its port. Implies network. */
    server?: string;
    /** The guest may use the host's network. */
    network?: boolean;
  };
  expect: {
    stdout?: string;
    stdoutIncludes?: string[];
    stderr?: string;
    stderrMatches?: string;
    exit?: number;
    trapped?: boolean;
  };
  imports: { allow?: string[]; deny?: string[] };
}

export type Engine = 'jco' | 'wasmtime';
export type Runner = (component: Uint8Array, options: RunOptions) => Promise<RunResult>;

const CASES = join(ROOT, '__tests__', 'conformance');

export async function loadCases(): Promise<ConformanceCase[]> {
  const files = (await readdir(CASES)).filter((f) => f.endsWith('.toml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const data = parseToml(await readFile(join(CASES, file), 'utf8')) as Record<string, unknown>;
      return {
        name: file.replace(/\.toml$/, ''),
        description: String(data.description ?? ''),
        fixture: String(data.fixture),
        flags: (data.flags as string[] | undefined) ?? [],
        engines: (data.engines as Engine[] | undefined) ?? ['jco', 'wasmtime'],
        host: (data.host as ConformanceCase['host'] | undefined) ?? {},
        expect: (data.expect as ConformanceCase['expect'] | undefined) ?? {},
        imports: (data.imports as ConformanceCase['imports'] | undefined) ?? {},
      };
    }),
  );
}

export interface CaseOutcome {
  run: RunResult;
  importCheck: CheckResult;
  output: Uint8Array;
}

/** Virtualizes the case's fixture with the CLI, checks the output's imports, and runs it. */
export async function runCase(c: ConformanceCase, runner: Runner): Promise<CaseOutcome> {
  const work = await mkdtemp(join(tmpdir(), `conformance-${c.name}-`));
  let server: TestServer | undefined;
  try {
    if (c.host.server) {
      const start = TEST_SERVERS[c.host.server];
      if (!start) throw new Error(`${c.name}: no test server named ${c.host.server}`);
      server = await start();
    }
    const port = (text: string) => (server ? text.replaceAll('{port}', String(server.port)) : text);
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
    const run = await runner(output, {
      ...(c.host.args ? { args: c.host.args.map(port) } : {}),
      ...(c.host.network || server ? { network: true } : {}),
      ...(c.host.env ? { env: c.host.env } : {}),
      ...(c.host.stdin !== undefined ? { stdin: c.host.stdin } : {}),
      ...(c.host.config ? { hostConfig: c.host.config } : {}),
      preopens,
    });
    return { run, importCheck, output };
  } finally {
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}
