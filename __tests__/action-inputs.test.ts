import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readInputs } from '../src/action/inputs.js';
import { ROOT } from './support/paths.js';

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', async () => {
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'));
    const read = new Set<string>();
    readInputs((name) => {
      read.add(name);
      return name === 'component' ? 'app.wasm' : '';
    });
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    // upload: release works without naming a token: the runner fills in the job's own.
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  it('maps the policy inputs onto the same patch fields as the CLI flags', () => {
    const inputs: Record<string, string> = {
      component: 'app.wasm',
      'allow-clocks': 'true',
      'allow-env': 'HOME,USER',
      env: 'A=1\n# a comment\nB=x,y',
      stdio: 'ignore',
      stderr: 'allow',
      'allowed-imports': 'wasi:cli/*',
      preopens: '/out=/srv/out\n/cache=/srv/cache',
    };
    const { policy } = readInputs((name) => inputs[name] ?? '');
    expect(policy.patch).toEqual({
      access: { clocks: 'allow' },
      env: { mode: 'allow', names: ['HOME', 'USER'], overrides: { A: '1', B: 'x,y' } },
      stdio: { stdin: 'ignore', stdout: 'ignore', stderr: 'allow' },
      imports: { allow: ['wasi:cli/*'] },
      preopens: [
        { guest: '/out', host: '/srv/out' },
        { guest: '/cache', host: '/srv/cache' },
      ],
    });
  });
});
