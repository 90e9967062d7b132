import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { encodeConfigBlob } from '../src/virt/config-blob.js';
import { headerOffset } from '../src/virt/config-layout.js';
import { httpRuleOf, parseHttpPatterns } from '../src/policy/http-hosts.js';
import { applyPatches, denyAllPolicy, hostPolicy } from '../src/policy/policy.js';
import { WasiVirt } from '../src/library/wasi-virt.js';
import { planAdapter } from '../src/virt/generate-adapter.js';
import { readComponent } from '../src/component/read/read-component.js';
import { cli } from './support/cli.js';
import { expectPatternDoorsRefuse, expectRefusal } from './support/refusals.js';
import { withTempDir } from './support/temp-dir.js';
import { fixture } from './support/paths.js';

// --allow-http=PATTERNS (the conformance cases http-allowed-host and http-denied-host run the
// outputs under jco and wasmtime against a local server).

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('http-hosts', body);

describe('--allow-http patterns', () => {
  it.each([
    ['https://api.example.com:443', 'https://api.example.com:443'],
    ['https://api.example.com', 'https://api.example.com:443'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['HTTP://LocalHost', 'http://localhost:80'],
    ['*://*.example.org:*', '*://*.example.org:*'],
    ['*://*:*', '*://*:*'],
    ['https://example.com/', 'https://example.com:443'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['https://[::1]', 'https://[::1]:443'],
    ['ftp://files.example.com:21', 'ftp://files.example.com:21'],
    ['redis://cache:*', 'redis://cache:*'],
    [' https://a.example ', 'https://a.example:443'],
  ])('reads %s as %s', (text, canonical) => {
    expect(parseHttpPatterns('--allow-http', [text])).toEqual([canonical]);
  });

  it('keeps each pattern once, in the order given', () => {
    expect(
      parseHttpPatterns('p', ['https://a.example', 'HTTPS://A.example:443', 'http://b.example']),
    ).toEqual(['https://a.example:443', 'http://b.example:80']);
  });

  it('gives the adapter scheme, host and port (0: any)', () => {
    expect(httpRuleOf('*://*.example.org:*')).toEqual({
      scheme: '*',
      host: '*.example.org',
      port: '*',
    });
    expect(httpRuleOf('http://127.0.0.1:80')).toEqual({
      scheme: 'http',
      host: '127.0.0.1',
      port: 80,
    });
  });

  it.each([
    ['example.com', 'must be SCHEME://HOST[:PORT]'],
    ['1http://example.com', "'1http' is not a scheme"],
    ['https://', 'the host is empty'],
    ['https://:443', 'the host is empty'],
    ['https://api.*.example.com', 'its first label (*.example.com)'],
    ['https://*example.com', 'its first label'],
    ['https://exa mple.com', 'is not a host name or an address'],
    ['https://example.com/api', 'not a path, query or fragment'],
    ['https://example.com?x=1', 'not a path, query or fragment'],
    ['https://user@example.com', 'no user information'],
    ['https://example.com:0', "port '0' is not * or a number from 1 to 65535"],
    ['https://example.com:65536', "port '65536'"],
    ['https://example.com:80-90', "port '80-90'"],
    ['https://example.com:', "port ''"],
    ['ftp://files.example.com', 'scheme ftp has no default port: add :PORT or :*'],
    ['*://example.com', 'scheme * has no default port'],
  ])("refuses '%s' in one line, exit 2, writing nothing", async (text, why) => {
    await expectRefusal(
      fixture('http-fetch'),
      [`--allow-http=https://ok.example,${text}`],
      [`--allow-http pattern '${text}' is not allowed: `, why],
    );
  });

  it('refuses an empty pattern, and bad patterns from a variable and a policy file', () =>
    expectPatternDoorsRefuse(
      'allow-http',
      'https://a.example',
      'https://a.example/x',
      'https://*.*.example',
    ));

  it('--print-policy writes the canonical patterns, which read back to the same policy', async () => {
    const printed = await cli('--print-policy', '--allow-http=HTTPS://Api.Example.com,*://*:*');
    expect(printed.code).toBe(0);
    expect(parseToml(printed.stdout)).toMatchObject({
      'allow-http': ['https://api.example.com:443', '*://*:*'],
    });
    await withDir(async (dir) => {
      const file = join(dir, 'p.toml');
      await writeFile(file, printed.stdout);
      expect(await cli('--print-policy', '--policy', file)).toEqual(printed);
    });
  });

  it('without patterns --allow-http reaches every host; true, false and --allow-all clear patterns', () => {
    const hosts = { access: { http: 'allow' as const }, httpHosts: ['https://a.example:443'] };
    const restricted = applyPatches(denyAllPolicy(), hosts);
    expect(restricted.httpHosts).toEqual(['https://a.example:443']);
    for (const later of [
      { access: { http: 'allow' as const }, httpHosts: [] },
      { access: { http: 'deny' as const }, httpHosts: [] },
      { allowAll: true },
    ])
      expect(applyPatches(denyAllPolicy(), hosts, later).httpHosts).toBeUndefined();
    const library = new WasiVirt().allowHttp(['https://a.example']).access('http', true);
    expect(library.policy().httpHosts).toBeUndefined();
    expect(library.policy().access.http).toBe('allow');
  });

  it('puts the adapter on the HTTP path (I/O included) and the rules in its configuration', async () => {
    const app = readComponent(await readFile(fixture('http-fetch')));
    const allowAll = hostPolicy();
    const open = await planAdapter(allowAll, app);
    expect(open.interfaces).toEqual([]);
    const plan = await planAdapter(
      { ...allowAll, httpHosts: ['http://127.0.0.1:8080', '*://*.example.org:*'] },
      app,
    );
    const types = plan.interfaces.find((v) => v.iface.id === 'wasi:http/types')!;
    expect(types.forwarded).toEqual(
      expect.arrayContaining([
        '[method]outgoing-request.scheme',
        '[method]outgoing-request.authority',
      ]),
    );
    expect(plan.interfaces.map((v) => v.iface.id)).toContain('wasi:io/streams');
    const blob = encodeConfigBlob(plan.settings, 0);
    const view = new DataView(blob.buffer);
    const at = headerOffset('http_rules');
    const [rules, count] = [view.getUint32(at, true), view.getUint32(at + 4, true)];
    expect(count).toBe(2);
    const text = (ptr: number, len: number) =>
      new TextDecoder().decode(blob.subarray(ptr, ptr + len));
    const rule = (i: number) => {
      const words = [0, 1, 2, 3, 4].map((w) => view.getUint32(rules + i * 20 + w * 4, true));
      return [text(words[0]!, words[1]!), text(words[2]!, words[3]!), words[4]];
    };
    expect([rule(0), rule(1)]).toEqual([
      ['http', '127.0.0.1', 8080],
      ['*', '*.example.org', 0],
    ]);
  });
});
