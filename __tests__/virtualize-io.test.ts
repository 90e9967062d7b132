import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import { HTTP_BRIDGE } from '../src/virt/http-bridge.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { PROXY_RESOURCES, resourceOf } from '../src/virt/http-proxy-names.js';
import { http } from '../src/virt/subsystems/http.js';
import { sockets } from '../src/virt/subsystems/sockets.js';
import type { WasiInterface } from '../src/virt/wasi-interfaces.js';

const WASI_HTTP_INTERFACES = http.interfaces;
const WASI_SOCKETS_INTERFACES = sockets.interfaces;
import { cli } from './support/cli.js';
import { fixture, ROOT } from './support/paths.js';
import { runComponent } from './support/runner.js';
import { TEST_SERVERS } from './support/test-servers.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';

let scratch: string;
let outputs = 0;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'virtualize-io-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function virt(app: string, ...flags: string[]): Promise<Uint8Array> {
  const out = join(scratch, `out-${outputs++}.wasm`);
  const { code, stderr } = await cli(app, '-o', out, ...flags);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const bytes = await readFile(out);
  await wasmToolsValidate(bytes);
  return bytes;
}

const importNames = (bytes: Uint8Array) =>
  describeComponent(readComponent(bytes)).imports.map((i) => i.name);
const importOf = (bytes: Uint8Array, name: string) =>
  describeComponent(readComponent(bytes)).imports.find((i) => i.name === name);

describe('stdio modes', () => {
  it('allow: the host streams pass through the adapter', async () => {
    const bytes = await virt(fixture('stdio'), '--allow-stdio');
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: 'HELLO',
      stderr: 'read 5 bytes\n',
      exitCode: 0,
    });
    expect(importNames(bytes)).toEqual(
      expect.arrayContaining([
        'wasi:cli/stdin@0.2.12',
        'wasi:cli/stdout@0.2.12',
        'wasi:io/streams@0.2.12',
      ]),
    );
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:filesystem/'))).toEqual([]);
  });

  it('stdout allowed, stdin and stderr ignored: reads end at once, stderr vanishes, and neither is imported', async () => {
    const bytes = await virt(
      fixture('stdio'),
      '--stdout=allow',
      '--stdin=ignore',
      '--stderr=ignore',
    );
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      trapped: false,
    });
    const names = importNames(bytes);
    expect(names).toContain('wasi:cli/stdout@0.2.12');
    expect(
      names.filter((n) => /^wasi:cli\/(stdin|stderr|terminal-stdin|terminal-stderr)@/.test(n)),
    ).toEqual([]);
  });

  it('deny: writes fail with a stream error, not a trap', async () => {
    const bytes = await virt(
      fixture('stdio'),
      '--stdin=allow',
      '--stdout=deny',
      '--stderr=allow',
      '--allow-exit',
    );
    const run = await runComponent(bytes, { stdin: 'hello' });
    expect(run).toMatchObject({ stdout: '', trapped: false });
  });
});

describe('full encapsulation', () => {
  it('--stdio=ignore leaves a program that takes no arguments importing nothing at all', async () => {
    const bytes = await virt(fixture('stdio'), '--stdio=ignore');
    expect(importNames(bytes)).toEqual([]);
    expect(await runComponent(bytes, { stdin: 'hello' })).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      trapped: false,
    });
  });

  it('with no flags, the same program imports no wasi interface either', async () => {
    expect(importNames(await virt(fixture('stdio'))).filter((n) => n.startsWith('wasi:'))).toEqual(
      [],
    );
  });
});

describe('the filesystem without mounts', () => {
  it('has no preopens: a program opening a file gets an error, not a trap', async () => {
    const dir = await mkdtemp(join(scratch, 'files-'));
    await writeFile(join(dir, 'a.txt'), 'secret');
    const bytes = await virt(fixture('cat-files'), '--allow-stdio', '--allow-exit');
    const run = await runComponent(bytes, { args: ['a.txt'], preopens: { '.': dir } });
    expect(run).toMatchObject({ stdout: '', exitCode: 1, trapped: false });
    expect(run.stderr).toMatch(/^a\.txt: /);
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:filesystem/'))).toEqual([]);
  });
});

describe('mounted trees', () => {
  const site = join('__tests__', 'conformance', 'trees', 'site');

  it('serve binary files byte for byte, and the generation report lists what was embedded', async () => {
    const out = join(scratch, `mounted-${outputs++}.wasm`);
    const { code, stdout } = await cli(
      fixture('cat-files'),
      '-o',
      out,
      '--allow-stdio',
      '--mount',
      `/data=${site}`,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^embedded 5 file\(s\), 273 bytes:$/m);
    expect(stdout).toMatch(/^ {2}\/data\/bin\.dat <- .*bin\.dat \(256 bytes\)$/m);
    const run = await runComponent(await readFile(out), { args: ['/data/bin.dat'] });
    expect(run.stdoutBytes).toEqual(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
  });

  it('refuse a symlink that points outside the mount, and a missing directory, with one clear line', async () => {
    const tree = await mkdtemp(join(scratch, 'tree-'));
    await writeFile(join(tree, 'ok.txt'), 'ok');
    const { symlink } = await import('node:fs/promises');
    await symlink('/etc/passwd', join(tree, 'leak'));
    const leak = await cli(
      fixture('cat-files'),
      '-o',
      join(scratch, 'never.wasm'),
      '--mount',
      `/data=${tree}`,
    );
    expect(leak.code).toBe(2);
    expect(leak.stderr).toMatch(
      /^wasi-virt: error: --mount \/data=.*: the symlink '.*leak' points outside the mount \(to '\/etc\/passwd'\); refusing to embed it\n$/,
    );
    const missing = await cli(
      fixture('cat-files'),
      '-o',
      join(scratch, 'never.wasm'),
      '--mount',
      '/data=./no/such/dir',
    );
    expect(missing).toMatchObject({
      code: 2,
      stderr:
        "wasi-virt: error: --mount /data=./no/such/dir: './no/such/dir' does not exist; check the path\n",
    });
  });
});

describe('sockets and HTTP', () => {
  const never = () => join(scratch, 'never.wasm');
  const wat = async (name: string) => {
    const path = join(scratch, `${name}.wasm`);
    await writeFile(path, await assembleWat(join(ROOT, `__tests__/wat/${name}.wat`)));
    return path;
  };
  /** The imports of the output with HTTP and all I/O allowed: the app's, since nothing is virtualized. */
  const passedThrough = async (app: string) => {
    const out = join(scratch, `out-${outputs++}.wasm`);
    const { code, stderr } = await cli(
      app,
      '-o',
      out,
      '--allow-http',
      '--allow-stdio',
      '--allow-fs',
    );
    expect({ code, stderr }).toEqual({
      code: 0,
      stderr:
        'wasi-virt: warning: nothing to virtualize: the policy passes every imported interface through\n',
    });
    return importNames(await readFile(out));
  };
  const name = (iface: WasiInterface) => `${iface.id}@0.2.12`;
  const functionsOf = (iface: WasiInterface) => Object.keys(iface.functions).sort();
  /** A standalone adapter allowing `flag` around virtual stdio: each interface's name, exported and imported functions. */
  const standalone = async (flag: string, interfaces: WasiInterface[]) => {
    const out = join(scratch, `out-${outputs++}.wasm`);
    const made = await cli('-o', out, flag, '--stdout=allow', '--no-verify');
    expect(made.code).toBe(0);
    const { imports, exports } = describeComponent(readComponent(await readFile(out)));
    const functions = (items: typeof imports, iface: WasiInterface) =>
      items.find((i) => i.name === name(iface))?.functions?.sort();
    return interfaces.map((i) => [name(i), functions(exports, i), functions(imports, i)]);
  };
  const HTTP_PROBE_STDOUT_TAIL =
    'connect-timeout: 5000000000\nfirst-byte-timeout: none\nhandle: error 15\n';

  it('denied sockets: the socket-taking methods are served as traps, and the output runs without any wasi:sockets import', async () => {
    const bytes = await virt(fixture('sockets-probe'), '--allow-stdio', '--allow-fs');
    expect(importNames(bytes).filter((n) => n.startsWith('wasi:sockets/'))).toEqual([]);
    expect((await runComponent(bytes)).stdout).toBe(
      'tcp: error 01\nudp: error 01\nlookup: error 01\n',
    );
  });

  it('allowed sockets around virtualized I/O: forwarded to the host, importing only what the app uses, and traced with --debug', async () => {
    const bytes = await virt(
      fixture('sockets-probe'),
      '--allow-sockets',
      '--allow-stdio',
      '--debug',
    );
    // stderr for the trace; no wasi:io/poll, which the app does not import either
    expect(importNames(bytes).sort()).toEqual([
      'wasi:cli/stderr@0.2.12',
      'wasi:cli/stdout@0.2.12',
      'wasi:io/error@0.2.12',
      'wasi:io/streams@0.2.12',
      'wasi:sockets/instance-network@0.2.12',
      'wasi:sockets/ip-name-lookup@0.2.12',
      'wasi:sockets/network@0.2.12',
      'wasi:sockets/tcp-create-socket@0.2.12',
      'wasi:sockets/tcp@0.2.12',
      'wasi:sockets/udp-create-socket@0.2.12',
      'wasi:sockets/udp@0.2.12',
    ]);
    const tcp = importOf(bytes, 'wasi:sockets/tcp@0.2.12');
    expect(tcp?.functions).toEqual(['[method]tcp-socket.start-connect']);
    const run = await runComponent(bytes, { network: true });
    expect(run).toMatchObject({ stdout: 'tcp: ok\nudp: ok\nlookup: ok\n', exitCode: 0 });
    expect(run.stderr).toMatch(
      /^wasi-virt: wasi:sockets\/tcp-create-socket@0\.2\.12#create-tcp-socket\(0\) -> ok\(\d+\)$/m,
    );
    expect(run.stderr).toMatch(
      /^wasi-virt: wasi:sockets\/ip-name-lookup@0\.2\.12#resolve-addresses\(\d+, "example\.com"\) -> ok\(\d+\)$/m,
    );
  });

  it('a standalone adapter for allowed sockets around virtual stdio exports and forwards every sockets function', async () => {
    expect(await standalone('--allow-sockets', WASI_SOCKETS_INTERFACES)).toEqual(
      WASI_SOCKETS_INTERFACES.map((i) => [name(i), functionsOf(i), functionsOf(i)]),
    );
  });

  it('denied HTTP with no flags: the client runs to the denied send, importing nothing', async () => {
    const bytes = await virt(fixture('http-probe'));
    expect(importNames(bytes)).toEqual([]);
    expect(await runComponent(bytes)).toMatchObject({ stdout: '', exitCode: 0, trapped: false });
  });

  it('denied HTTP with the host stdio: the output imports exactly the stdout it writes to, and --allow-http brings wasi:http back', async () => {
    const denied = await virt(fixture('http-probe'), '--allow-stdio');
    expect(importNames(denied).sort()).toEqual([
      'wasi:cli/stdout@0.2.12',
      'wasi:io/error@0.2.12',
      'wasi:io/poll@0.2.12',
      'wasi:io/streams@0.2.12',
    ]);
    expect((await runComponent(denied)).stdout).toMatch(new RegExp(`${HTTP_PROBE_STDOUT_TAIL}$`));
    const allowed = await virt(
      fixture('http-probe'),
      '--allow-http',
      '--allow-stdio',
      '--allow-fs',
    );
    expect(importNames(allowed)).toEqual(
      expect.arrayContaining(['wasi:http/types@0.2.12', 'wasi:http/outgoing-handler@0.2.12']),
    );
  });

  it('--debug traces the denied send like any virtualized call', async () => {
    const bytes = await virt(fixture('http-probe'), '--stdio=ignore', '--debug');
    const run = await runComponent(bytes);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^wasi-virt: wasi:http\/outgoing-handler@0\.2\.12#handle\(\d+, 1, \d+\) -> err\(HTTP-request-denied\)$/m,
    );
  });

  it('a component that only names the outgoing handler composes with HTTP denied, and passes through with HTTP and all I/O allowed', async () => {
    const client = await wat('http-client');
    expect(importNames(await virt(client, '--allow-stdio', '--allow-fs'))).toEqual([]);
    expect(await passedThrough(client)).toEqual(['wasi:http/outgoing-handler@0.2.12']);
  });

  it('allowed HTTP around virtualized I/O: forwarded to the host, importing what the app uses, and traced with --debug', async () => {
    const bytes = await virt(fixture('http-fetch'), '--allow-http', '--allow-stdio', '--debug');
    // stderr for the trace; environment for the port; poll and streams for the bodies and futures
    expect(importNames(bytes).sort()).toEqual([
      'wasi:cli/environment@0.2.12',
      'wasi:cli/stderr@0.2.12',
      'wasi:cli/stdout@0.2.12',
      'wasi:http/outgoing-handler@0.2.12',
      'wasi:http/types@0.2.12',
      'wasi:io/error@0.2.12',
      'wasi:io/poll@0.2.12',
      'wasi:io/streams@0.2.12',
    ]);
    const types = importOf(bytes, 'wasi:http/types@0.2.12');
    expect(types?.functions).toContain('[method]future-trailers.get');
    expect(types?.functions).not.toContain('[method]fields.set');
    const server = await TEST_SERVERS.http!();
    try {
      const run = await runComponent(bytes, { args: [String(server.port)], network: true });
      expect(run).toMatchObject({ exitCode: 0, trapped: false });
      expect(run.stdout).toContain('status: 201\n');
      expect(run.stdout).toContain('body: POST /echo?n=1 x-probe=forwarded body=hello from wasi\n');
      expect(run.stderr).toMatch(
        /^wasi-virt: wasi:http\/outgoing-handler@0\.2\.12#handle\(\d+, 1, \d+\) -> ok\(\d+\)$/m,
      );
      // The trace decodes results by the generator's own layouts: the adapter's agree.
      expect(run.stderr).toMatch(
        /^wasi-virt: wasi:http\/types@0\.2\.12#\[method\]future-incoming-response\.get\(\d+\) -> some\(ok\(ok\(\d+\)\)\)$/m,
      );
      expect(run.stderr).toMatch(
        /^wasi-virt: wasi:http\/types@0\.2\.12#\[method\]incoming-body\.stream\(\d+\) -> ok\(\d+\)$/m,
      );
    } finally {
      await server.close();
    }
  });

  it("a standalone adapter for allowed HTTP around virtual stdio exports every function and forwards all but a proxy's (traps)", async () => {
    const client = (i: WasiInterface) =>
      functionsOf(i).filter((f) => !PROXY_RESOURCES.includes(resourceOf(f) ?? ''));
    expect(await standalone('--allow-http', WASI_HTTP_INTERFACES)).toEqual(
      WASI_HTTP_INTERFACES.map((i) => [name(i), functionsOf(i), client(i)]),
    );
  });

  it('a component that only names the outgoing handler composes with HTTP allowed around virtual stdio, importing nothing it does not call', async () => {
    expect(
      importNames(await virt(await wat('http-client'), '--allow-http', '--allow-stdio')),
    ).toEqual([]);
  });

  it('refuses to deny HTTP to a component that exports the incoming handler, and takes it with HTTP allowed, around virtual I/O or not', async () => {
    const proxy = await wat('http-proxy');
    const refused = await cli(proxy, '-o', never(), '--allow-stdio', '--allow-fs');
    expect(refused).toMatchObject({
      code: 2,
      stderr:
        "wasi-virt: error: the component exports wasi:http/incoming-handler@0.2.12: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)\n",
    });
    expect(await readdir(scratch)).not.toContain('never.wasm');
    // Around virtual I/O the output imports the host's two resources, for the adapter's bridge.
    const types = importOf(await virt(proxy, '--allow-http'), 'wasi:http/types@0.2.12');
    expect(types?.resources).toEqual(['incoming-request', 'response-outparam']);
    expect(await passedThrough(proxy)).toEqual(['wasi:http/types@0.2.12']);
  });

  it("a proxy's adapter has the bridge export and its output exports only the handler, over the host's resources", async () => {
    const policy = applyPatches(denyAllPolicy(), {
      stdio: { stdin: 'ignore', stdout: 'allow', stderr: 'ignore' },
      access: { http: 'allow' },
    });
    const app = { bytes: await readFile(fixture('http-static')), label: 'http-static' };
    const proxy = await virtualize({ policy, app });
    const exportNames = (bytes: Uint8Array) =>
      describeComponent(readComponent(bytes)).exports.map((e) => e.name);
    expect(exportNames(proxy.adapter!.bytes())).toContain(HTTP_BRIDGE);
    expect(exportNames(proxy.output!)).toEqual(['wasi:http/incoming-handler@0.2.12']);
    // Valid only if handle's types are the imported (host) ones: nothing exports the adapter's.
    await wasmToolsValidate(proxy.output!);
    const client = { bytes: await readFile(fixture('http-fetch')), label: 'http-fetch' };
    const { adapter } = await virtualize({ policy, app: client });
    expect(exportNames(adapter!.bytes())).not.toContain(HTTP_BRIDGE);
  });
});
