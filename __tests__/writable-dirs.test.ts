import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModuleModel } from '../src/component/core/module-model.js';
import { applyPatches, denyAllPolicy } from '../src/policy/policy.js';
import { chooseExports } from '../src/virt/adapter-exports.js';
import { loadAdapterModule } from '../src/virt/adapter-module.js';
import { readMountTree } from '../src/virt/mount-tree.js';
import { planAdapter } from '../src/virt/generate-adapter.js';
import { addRuntimeNodes, addWritableRoots } from '../src/virt/runtime-nodes.js';
import { cli } from './support/cli.js';
import { fixture } from './support/paths.js';

const SITE = '__tests__/conformance/trees/site';

describe('--writable directories', () => {
  it('each becomes a preopen of an empty directory, with its quota', async () => {
    const tree = await readMountTree([{ guest: '/data', host: SITE }]);
    addWritableRoots(tree, {
      mounts: [{ guest: '/data', host: SITE }],
      writable: [
        { guest: '/tmp/', size: 1024 },
        { guest: '/var/cache', size: 2 ** 32 },
      ],
    });
    expect(tree.preopens.map((p) => p.path)).toEqual(['/data', '/tmp', '/var/cache']);
    const roots = tree.writable!.map((w) => tree.nodes.at(w.node));
    expect(roots).toEqual([
      { kind: 'dir', name: '', parent: tree.writable![0]!.node, children: [] },
      { kind: 'dir', name: '', parent: tree.writable![1]!.node, children: [] },
    ]);
    expect(tree.writable!.map((w) => w.quota)).toEqual([1024, 2 ** 32]);
  });

  it('with --overlay, makes each mounted tree writable with its own quota, and nothing else', async () => {
    const mounts = [
      { guest: '/data', host: SITE },
      { guest: '/www', host: '__tests__/conformance/trees/www' },
    ];
    const tree = await readMountTree(mounts);
    addRuntimeNodes(tree, [{ guest: '/out', host: '/srv/out' }], [{ guest: '/etc/x', host: '/x' }]);
    addWritableRoots(tree, { mounts, overlay: 512, writable: [{ guest: '/tmp', size: 64 }] });
    const path = (node: number) => tree.preopens.find((p) => p.node === node)!.path;
    expect(tree.writable!.map((w) => [path(w.node), w.quota])).toEqual([
      ['/data', 512],
      ['/www', 512],
      ['/tmp', 64],
    ]);
  });

  it.each([
    ['/data', /\/data is already a mount or preopen/],
    ['/data/sub', /\/data\/sub and the mount or preopen \/data would hide each other's files/],
    ['/', /\/ and the mount or preopen \/data would hide/],
  ])('refuses %s over a mount', async (guest, message) => {
    const tree = await readMountTree([{ guest: '/data', host: SITE }]);
    const policy = { mounts: [{ guest: '/data', host: SITE }], writable: [{ guest, size: 1 }] };
    expect(() => addWritableRoots(tree, policy)).toThrow(message);
  });

  it.each([
    ['tmp', /--writable 'tmp' must be an absolute guest directory/],
    ['/', /--writable '\/' must be an absolute guest directory other than \//],
    ['/a/../b', /without '\.\.'/],
    ['/tmp=lots', /--writable \/tmp takes a size in bytes/],
  ])(
    'reports a bad --writable %s in one line, exit 2, and writes nothing',
    async (value, message) => {
      const out = mkdtempSync(join(tmpdir(), 'writable-'));
      try {
        const target = join(out, 'out.wasm');
        const result = await cli(fixture('fs-ops'), '-o', target, '--writable', value);
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(message);
        expect(existsSync(target)).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );

  it('keeps the adapter writable exports only for a plan with writable directories', async () => {
    const adapter = await loadAdapterModule();
    const model = readModuleModel(adapter);
    const writableIndices = new Set(
      model.exports.filter((e) => e.name.startsWith('[writable]')).map((e) => e.index),
    );
    const chosen = async (patch: object) => {
      const plan = await planAdapter(applyPatches(denyAllPolicy(), patch), undefined);
      return chooseExports(model.exports, plan);
    };
    const mountOnly = await chosen({ mounts: [{ guest: '/data', host: SITE }] });
    expect(mountOnly.filter((e) => writableIndices.has(e.index))).toEqual([]);
    // --overlay without a mount has nothing to make writable.
    const overlayAlone = await chosen({ overlay: 1024 });
    expect(overlayAlone.filter((e) => writableIndices.has(e.index))).toEqual([]);
    const overlay = await chosen({ overlay: 1024, mounts: [{ guest: '/data', host: SITE }] });
    expect(overlay.filter((e) => writableIndices.has(e.index)).length).toBeGreaterThan(20);
    const writable = await chosen({ writable: [{ guest: '/tmp', size: 1 }] });
    const picked = writable.filter((e) => writableIndices.has(e.index)).map((e) => e.name);
    // Under their plain names, in place of the read-only methods.
    for (const fn of [
      'wasi:filesystem/types@0.2.12#[method]descriptor.open-at',
      'wasi:filesystem/types@0.2.12#[method]descriptor.write',
      'wasi:filesystem/types@0.2.12#[method]descriptor.rename-at',
      'wasi:io/streams@0.2.12#[method]output-stream.blocking-write-and-flush',
      'wasi:io/streams@0.2.12#[method]input-stream.blocking-read',
    ])
      expect(picked).toContain(fn);
    expect(new Set(writable.map((e) => e.name)).size).toBe(writable.length);
  });
});
