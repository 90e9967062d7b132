import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { envVariables } from '../src/cli/env-config.js';
import { cli } from './support/cli.js';
import { ROOT } from './support/paths.js';

const ENTRYPOINT = join(ROOT, 'docker', 'entrypoint.sh');
let bin: string;

/** A fake wasi-virt on PATH that says how it was called, so the script's routing shows. */
beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), 'entrypoint-'));
  await writeFile(join(bin, 'wasi-virt'), '#!/bin/sh\necho "wasi-virt $*"\n');
  await chmod(join(bin, 'wasi-virt'), 0o755);
});
afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
});

async function entrypoint(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('sh', [ENTRYPOINT, ...args], {
    env: { PATH: `${bin}:/usr/bin:/bin` },
  });
  return stdout.trim();
}

describe('docker/entrypoint.sh', () => {
  it.each([
    [['app.wasm', '-o', 'out.wasm'], 'wasi-virt app.wasm -o out.wasm'],
    [['dir/My App.wasm'], 'wasi-virt dir/My App.wasm'],
    [['--allow-env', 'app.wasm'], 'wasi-virt --allow-env app.wasm'],
    [['-o', 'adapter.wasm'], 'wasi-virt -o adapter.wasm'],
    [['--version'], 'wasi-virt --version'],
    [['check', 'out.wasm', '--deny', '*'], 'wasi-virt check out.wasm --deny *'],
    [['imports', 'out.wasm'], 'wasi-virt imports out.wasm'],
    [['compose', 'a.wasm', '--plug', 'b.wasm'], 'wasi-virt compose a.wasm --plug b.wasm'],
    [[], 'wasi-virt --help'],
  ])('runs wasi-virt for %j', async (args, expected) => {
    expect(await entrypoint(...args)).toBe(expected);
  });

  it.each([
    [['sh', '-c', 'echo from sh'], 'from sh'],
    [['echo', 'check'], 'check'],
    [['wasi-virt', 'imports', 'x.wasm'], 'wasi-virt imports x.wasm'],
  ])('passes %j through, as GitLab (sh) and Jenkins (cat) start it', async (args, expected) => {
    expect(await entrypoint(...args)).toBe(expected);
  });

  it('passes stdin through to a command such as cat (docker.image().inside)', async () => {
    const child = execFile('sh', [ENTRYPOINT, 'cat'], { env: { PATH: '/usr/bin:/bin' } });
    let out = '';
    child.stdout!.on('data', (chunk: string) => (out += chunk));
    child.stdin!.end('kept open by Jenkins\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, out }).toEqual({ code: 0, out: 'kept open by Jenkins\n' });
  });

  it("knows exactly the CLI's subcommands", async () => {
    const { stdout } = await cli('--help');
    const section = stdout.slice(stdout.indexOf('Commands:')).split('\n\n')[0]!;
    const commands = [...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    const listed = /^subcommands='([^']*)'$/m.exec(await readFile(ENTRYPOINT, 'utf8'))![1]!;
    expect(listed.split(' ').sort()).toEqual(commands.sort());
  });
});

describe('the Docker docs', () => {
  const read = (path: string) => readFile(join(ROOT, path), 'utf8');

  it('list exactly the WASI_VIRT_* variables the CLI reads', async () => {
    const documented = [...(await read('docs/docker.md')).matchAll(/^\| `(WASI_VIRT_\w+)`/gm)];
    expect(documented.map((m) => m[1]).sort()).toEqual(Object.keys(envVariables).sort());
  });

  it('show the commands npm run test:image runs in the image', async () => {
    const test = await read('scripts/image/test-image.sh');
    const gitlab = await read('docs/gitlab-ci.md');
    const jenkins = await read('docs/jenkins.md');
    const commands = [
      ...[...gitlab.matchAll(/^ {4}- (wasi-virt .*)$/gm)].map((m) => m[1]!),
      ...[...jenkins.matchAll(/^ +sh ['"](wasi-virt .*)['"]$/gm)].map((m) => m[1]!),
    ];
    expect(commands).toHaveLength(5);
    for (const command of commands) expect(test).toContain(command);
    for (const variable of gitlab.matchAll(/^ {4}(WASI_VIRT_\w+): (\S+)$/gm))
      expect(test).toContain(`--env ${variable[1]}=${variable[2]}`);
    const dockerRun = /^ {2}(app\.wasm -o .*)$/m.exec(await read('docs/docker.md'))![1]!;
    expect(test).toContain(`expect 0 -- ${dockerRun}`);
  });
});
