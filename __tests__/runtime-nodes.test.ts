import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMountTree } from '../src/virt/mount-tree.js';
import { addRuntimeNodes } from '../src/virt/runtime-nodes.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';

const SITE = '__tests__/conformance/trees/site';

describe('run-time host nodes in the virtual tree', () => {
  it('puts a --preopen at its own root and a --host-file inside the mount covering it, in name order', async () => {
    const tree = await readMountTree([{ guest: '/data/', host: SITE }]);
    addRuntimeNodes(
      tree,
      [{ guest: '/out', host: '/srv/out/' }],
      [
        { guest: '/data/sub/live.txt', host: '/srv/live.txt' },
        { guest: '/data/new/deep.txt', host: '/srv/deep.txt' },
      ],
    );
    expect(tree.preopens.map((p) => p.path)).toEqual(['/data', '/out']);
    const out = tree.nodes.at(tree.preopens[1]!.node);
    expect(out).toMatchObject({ kind: 'host-dir', host: '/srv/out' });
    const nodes = [...tree.nodes];
    const sub = nodes.find((n) => n.kind === 'dir' && n.name === 'sub')!;
    const names = (sub as { children: number[] }).children.map((c) => tree.nodes.name(c));
    expect(names).toEqual([...names].sort());
    expect(names).toContain('live.txt');
    const created = nodes.find((n) => n.name === 'new')!;
    expect(created.kind).toBe('dir');
  });

  it('makes a virtual root for a host file no mount covers', async () => {
    const tree = await readMountTree([]);
    addRuntimeNodes(tree, [], [{ guest: '/etc/app/settings.ini', host: '/srv/settings.ini' }]);
    expect(tree.preopens.map((p) => p.path)).toEqual(['/etc/app']);
    expect([...tree.nodes].map((n) => n.kind)).toEqual(['dir', 'host-file']);
  });

  it.each([
    [[{ guest: '/out', host: 'relative/dir' }], [], /host path must be absolute/],
    [[{ guest: '/data', host: '/srv' }], [], /already a mount or preopen/],
    [[], [{ guest: '/data/a.txt', host: '/srv/a.txt' }], /already exists in a mounted tree/],
    [[], [{ guest: '/data/a.txt/x', host: '/srv/x' }], /is not a directory of the virtual tree/],
    [
      [{ guest: '/out', host: '/srv' }],
      [{ guest: '/out/x', host: '/srv/x' }],
      /remapped host directory/,
    ],
    [[], [{ guest: '/', host: '/srv/x' }], /must name a file/],
  ])('refuses %j %j', async (preopens, hostFiles, message) => {
    const tree = await readMountTree([{ guest: '/data', host: SITE }]);
    expect(() => addRuntimeNodes(tree, preopens, hostFiles)).toThrow(message);
  });

  it('reports a bad --preopen in one line and writes nothing', async () => {
    const result = await cli(
      fixture('cat-files'),
      '-o',
      '/tmp/never.wasm',
      '--preopen',
      'data=/srv',
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--preopen 'data=\/srv' must be \/GUEST=\/HOST_DIR/);
    expect(existsSync('/tmp/never.wasm')).toBe(false);
  });

  it('lists the host paths the output reaches at run time in the generation report', async () => {
    const out = join(tmpdir(), `runtime-report-${process.pid}.wasm`);
    try {
      const result = await cli(
        fixture('cat-files'),
        '-o',
        out,
        '--allow-stdio',
        '--preopen',
        '/data=/srv/data',
        '--host-file',
        '/etc/app.ini=/srv/app.ini',
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'reached at run time:\n  /data <- /srv/data (a host directory)\n  /etc/app.ini <- /srv/app.ini (a host file)\n',
      );
    } finally {
      await rm(out, { force: true });
    }
  });
});
