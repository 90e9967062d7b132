import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { readComponent } from '../src/component/read/read-component.js';
import { applyPatches, denyAllPolicy, subsystems, type PolicyPatch } from '../src/policy/policy.js';
import { allowedBy, trapMessage, trappingInterfaces } from '../src/virt/denials.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';
import { runComponent } from './support/runner.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'denied-traps-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Leaves I/O to the host, as the app's own. */
const HOST_IO = ['--allow-stdio', '--allow-fs'];

/** The adapter's core module (the one that exports the memory), as binaryen reads it: names included. */
function adapterCore(adapter: Uint8Array): binaryen.Module {
  const module = readComponent(adapter).coreModules.find((m) =>
    m.exports.some((e) => e.name === 'memory'),
  )!;
  return binaryen.readBinary(adapter.subarray(module.start, module.end));
}

/**
 * A function's name as the name section has it: binaryen escapes what its text format cannot
 * hold, and makes a name several functions share unique with a suffix `_1`, `_2`...
 */
const nameOf = (fn: binaryen.FunctionInfo) =>
  fn.name
    .replace(/\\([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\)_\d+$/, ')');

const STDIO_ALLOWED: PolicyPatch = { stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' } };

describe('every trap of the adapter names itself', () => {
  it.each([
    ['clocks-random', {}],
    ['clocks-random', STDIO_ALLOWED],
    ['clocks-random', { ...STDIO_ALLOWED, access: { fs: 'allow' } }],
    ['clocks-random', { debug: true }],
    ['exit-code', {}],
    ['sockets-probe', {}],
    ['http-fetch', {}],
    ['http-probe', STDIO_ALLOWED],
    [undefined, {}],
    [undefined, { stdio: { stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' } }],
  ] as [string | undefined, PolicyPatch][])('%s, policy %j', async (app, patch) => {
    const policy = applyPatches(denyAllPolicy(), patch);
    const { adapter, plan } = await virtualize({
      policy,
      ...(app ? { app: { bytes: await readFile(fixture(app)), label: app } } : {}),
    });
    const m = adapterCore(adapter!.bytes());
    try {
      const functionOf = (name: string) =>
        binaryen.getFunctionInfo(m.getFunction(binaryen.getExportInfo(m.getExport(name)).value));
      // Every denied function the app can call, by its own message.
      const denied = trappingInterfaces(plan).flatMap(({ planned, subsystem }) =>
        planned.exported.map((fn) => ({
          name: `${planned.name}#${fn}`,
          message: trapMessage(planned.name, fn, subsystem),
        })),
      );
      for (const { name, message } of denied) expect(nameOf(functionOf(name))).toBe(message);
      // And any other export that does nothing but trap (a generated one): some name saying what allows it.
      for (let i = 0; i < m.getNumExports(); i++) {
        const exp = binaryen.getExportInfo(m.getExportByIndex(i));
        if (exp.kind !== binaryen.ExternalFunction) continue;
        const fn = binaryen.getFunctionInfo(m.getFunction(exp.value));
        if (binaryen.getExpressionId(fn.body) === binaryen.UnreachableId)
          expect([exp.name, nameOf(fn)]).toEqual([
            exp.name,
            expect.stringMatching(
              /^wasi-virt: denied .*\(allow with --allow-[a-z]+( or --allow-[a-z]+)*\)$/,
            ),
          ]);
      }
    } finally {
      m.dispose();
    }
  });

  it('the flags and policy keys messages name are the real ones', async () => {
    for (const subsystem of subsystems) {
      const { flag, key } = allowedBy(subsystem);
      const { code, stdout } = await cli('--print-policy', flag);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^${key} = true$`, 'm'));
    }
  });
});

describe('a denied exit', () => {
  it('says so on the host stderr before trapping, and its frame is named, under jco', async () => {
    const out = join(scratch, 'exit.wasm');
    expect((await cli(fixture('exit-code'), '-o', out, ...HOST_IO)).code).toBe(0);
    const run = await runComponent(await readFile(out), { args: ['3'] });
    const message = 'wasi-virt: denied wasi:cli/exit#exit (allow with --allow-exit)';
    expect(run).toMatchObject({ trapped: true, stdout: 'exit 3\n', stderr: `${message}\n` });
    expect(run.backtrace).toContain(`at ${message} (wasm://`);
  });
});

describe('the generation report', () => {
  it('lists what traps if called, one line per subsystem, with the flag and key that allow it', async () => {
    const { code, stdout } = await cli(
      fixture('clocks-random'),
      '-o',
      join(scratch, 'report.wasm'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'trap if called (denied):\n' +
        '  exit: wasi:cli/exit (exit); allow with --allow-exit (policy file: allow-exit = true)\n' +
        '  random: wasi:random/random (get-random-bytes); allow with --allow-random (policy file: allow-random = true)\n' +
        '  clocks: wasi:clocks/wall-clock (now), wasi:clocks/monotonic-clock (now); allow with --allow-clocks (policy file: allow-clocks = true)\n',
    );
  });

  it('says nothing of traps when nothing the app imports traps', async () => {
    const { code, stdout } = await cli(
      fixture('clocks-random'),
      '-o',
      join(scratch, 'allowed.wasm'),
      '--allow-exit',
      '--allow-random',
      '--allow-clocks',
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain('trap if called');
  });
});
