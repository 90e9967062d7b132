import { describe, expect, it } from '@jest/globals';
import {
  expectedResponses,
  loadCases,
  observedResponses,
  runCase,
  type ConformanceCase,
  type Engine,
  type EngineHost,
} from './support/conformance.js';
import { runComponent, serveComponent, type RunResult } from './support/runner.js';
import { runWithWasmtime, serveWithWasmtime } from './support/wasmtime-runner.js';
import { wasmToolsValidate } from './support/wasm-tools.js';

// `npm test` runs the suite under jco; `npm run test:wasmtime` runs the same cases under wasmtime.
const engine: Engine = process.env.WASI_VIRT_ENGINE === 'wasmtime' ? 'wasmtime' : 'jco';
const host: EngineHost =
  engine === 'wasmtime'
    ? { run: runWithWasmtime, serve: serveWithWasmtime }
    : { run: runComponent, serve: serveComponent };
const cases = (await loadCases()).filter((c) => c.engines.includes(engine));

/** What a run shows its caller. */
const observable = (r: RunResult) => ({
  stdout: r.stdout,
  stderr: r.stderr,
  exitCode: r.exitCode,
  trapped: r.trapped,
  trap: r.trap,
});

async function check(c: ConformanceCase) {
  const { run, importCheck, output, unvirtualized, serverRequests } = await runCase(c, host);
  await wasmToolsValidate(output);
  expect(importCheck.violations.map((v) => v.message)).toEqual([]);
  const expected = c.expect;
  if (expected.stdout !== undefined) expect(run.stdout).toBe(expected.stdout);
  for (const part of expected.stdoutIncludes ?? []) expect(run.stdout).toContain(part);
  if (expected.stderr !== undefined) expect(run.stderr).toBe(expected.stderr);
  if (expected.serverRequests !== undefined) expect(serverRequests).toBe(expected.serverRequests);
  if (expected.stderrMatches !== undefined)
    expect(run.stderr).toMatch(new RegExp(expected.stderrMatches));
  if ('responses' in run) {
    expect(observedResponses(c, run.responses)).toEqual(expectedResponses(c));
    return;
  }
  if (unvirtualized) expect(observable(run)).toEqual(observable(unvirtualized));
  if (expected.trapped !== undefined) expect(run.trapped).toBe(expected.trapped);
  for (const part of expected.backtraceIncludes ?? []) expect(run.backtrace).toContain(part);
  // jco reports every failing exit as 1; wasmtime reports the code itself.
  if (expected.exit !== undefined)
    expect(run.exitCode).toBe(engine === 'jco' && expected.exit !== 0 ? 1 : expected.exit);
}

describe(`conformance under ${engine}`, () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => check(c));
});
