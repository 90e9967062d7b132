import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './support/paths.js';

// docs/architecture.md: the stages, in the order data flows through them. A folder may import
// from itself and from folders before it, never after it: no stage reaches a later one, and
// with no cycle between files (type imports included), no module reaches back through another.

const SRC = join(ROOT, 'src');

/** The folders of src/, lowest first ('' is src/ itself: errors, escaping, the version). */
const LAYERS = [
  '',
  'component',
  'component/read',
  'component/write',
  'component/core',
  'inspect',
  'compose',
  'policy',
  'verify',
  'report',
  'sinks',
  'virt',
  'pipeline',
  'library',
  'cli',
  'action',
];

/** The library's entry point re-exports every stage. */
const BARRELS = ['index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Each source file's relative imports (and re-exports), as files under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(SRC, resolve(dirname(file), name.replace(/\.js$/, '.ts'))));
    graph.set(relative(SRC, file), local);
  }
  return graph;
}

/** The layer a file belongs to: its folder, or the layer its folder is inside (cli/commands → cli). */
function layerOf(file: string): number {
  const folder = dirname(file) === '.' ? '' : dirname(file);
  const layer = LAYERS.findIndex((l) => l === folder);
  if (layer >= 0) return layer;
  return LAYERS.findIndex((l) => l !== '' && folder.startsWith(`${l}/`));
}

/** Every cycle of imports, as one file path each (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== file);
    if (component.length > 1) found.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the source tree', () => {
  const graph = importGraph();

  it('puts every file in a layer', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('pipeline/virtualize.ts')).toContain('virt/generate-adapter.ts');
    const unplaced = [...graph.keys()].filter((f) => !BARRELS.includes(f) && layerOf(f) < 0);
    expect(unplaced).toEqual([]);
  });

  it('imports only from the same or an earlier stage', () => {
    const upward = [...graph]
      .filter(([file]) => !BARRELS.includes(file))
      .flatMap(([file, imports]) =>
        imports.filter((i) => layerOf(i) > layerOf(file)).map((i) => `${file} -> ${i}`),
      );
    expect(upward).toEqual([]);
  });

  it('has no import cycles, type imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('would notice a cycle and an upward import', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(cycles(cyclic).map((c) => c.sort())).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(layerOf('virt/plan.ts')).toBeGreaterThan(layerOf('policy/policy.ts'));
    expect(layerOf('virt/specialize-adapter.ts')).toBeGreaterThan(
      layerOf('component/core/compact-module.ts'),
    );
    expect(layerOf('cli/commands/check.ts')).toBe(LAYERS.indexOf('cli'));
  });
});
