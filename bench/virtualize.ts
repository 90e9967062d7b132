import { applyPatches, denyAllPolicy, hostPolicy, type Policy } from '../src/policy/policy.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { fixtureBytes } from './large-components.js';

interface Case {
  name: string;
  policy: Policy;
  app?: string;
}

const cases: Case[] = [
  {
    name: 'env only (host otherwise), no app',
    policy: applyPatches(hostPolicy(), { env: { mode: 'none', overrides: { A: '1' } } }),
  },
  {
    name: 'env, config, exit, random and clocks denied (I/O left to the host), no app',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'allow', stdout: 'allow', stderr: 'allow' },
      access: { fs: 'allow' },
    }),
  },
  {
    name: 'full encapsulation of the stdio app (stdio ignored, empty filesystem)',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' },
    }),
    app: 'stdio',
  },
  {
    name: 'everything denied, stdio ignored, no app (every interface, sockets included)',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' },
    }),
  },
  { name: 'no flags, env-args app (57 KB)', policy: denyAllPolicy(), app: 'env-args' },
  {
    name: 'env allow-list + overrides, env-args app',
    policy: applyPatches(denyAllPolicy(), {
      env: { mode: 'allow', names: ['HOME'], overrides: { A: '1' } },
    }),
    app: 'env-args',
  },
  { name: 'no flags, clocks-random app (48 KB)', policy: denyAllPolicy(), app: 'clocks-random' },
  {
    name: 'sockets forwarded around virtual stdio, net-echo app (TCP, UDP, lookup)',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
      access: { sockets: 'allow' },
    }),
    app: 'net-echo',
  },
  {
    name: 'HTTP forwarded around virtual stdio, http-fetch app (a POST and its response)',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
      access: { http: 'allow' },
    }),
    app: 'http-fetch',
  },
  {
    name: 'proxy around a mounted tree, http-static app (serves files, echoes requests)',
    policy: applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
      access: { http: 'allow' },
      mounts: [{ guest: '/www', host: '__tests__/conformance/trees/www' }],
    }),
    app: 'http-static',
  },
];

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Adapter component size and in-process generation (+ composition) time per policy. */
export async function benchVirtualize(): Promise<string> {
  // The first call in a process reads the prebuilt adapter and compiles the code: reported apart.
  const coldStart = performance.now();
  await virtualize({ policy: cases[0]!.policy });
  const cold = performance.now() - coldStart;
  const lines = [
    '| policy | adapter component | output | generate + compose (median of 15, warm) |',
    '|---|---:|---:|---:|',
  ];
  for (const c of cases) {
    const app = c.app ? { bytes: fixtureBytes(c.app), label: c.app } : undefined;
    const run = () => virtualize({ policy: c.policy, ...(app ? { app } : {}) });
    const result = await run();
    await median(3, run);
    const ms = await median(15, run);
    const output = result.output ? `${(result.output.length / 1024).toFixed(1)} KB` : '-';
    lines.push(
      `| ${c.name} | ${((result.adapter?.length ?? 0) / 1024).toFixed(1)} KB | ${output} | ${ms.toFixed(1)} ms |`,
    );
  }
  lines.push(
    '',
    `The first generation in a process (reading the prebuilt adapter) took ${cold.toFixed(0)} ms.`,
  );
  return lines.join('\n');
}
