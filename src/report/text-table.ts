import { escapeControl } from '../escape.js';

/** Lays rows out in left-aligned columns, the last column unpadded; cells have control characters escaped. */
export function textTable(header: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map(escapeControl));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
