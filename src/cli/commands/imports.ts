import {
  describeComponent,
  type ComponentInterface,
  type ExternItem,
} from '../../inspect/component-interface.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { textTable } from '../../report/text-table.js';
import { ExitCode, type Io } from '../io.js';
import { escapeControl } from '../../escape.js';

export interface ImportsOptions {
  json?: boolean;
}

function contents(item: ExternItem): string {
  if (!item.functions) return '';
  const parts: string[] = [];
  const shown = (f: string) => (item.asyncFunctions?.includes(f) ? `${f} (async)` : f);
  if (item.functions.length > 0)
    parts.push(`${item.functions.length} function(s): ${item.functions.map(shown).join(', ')}`);
  else parts.push('types only');
  if (item.resources?.length) parts.push(`resources: ${item.resources.join(', ')}`);
  if (item.types?.length) parts.push(`types: ${item.types.join(', ')}`);
  return parts.join('; ');
}

function table(items: ExternItem[], title: string): string {
  if (items.length === 0) return `${title}: none\n`;
  return textTable(
    [title, 'KIND', 'CONTENTS'],
    items.map((i) => [i.name, i.kind, contents(i)]),
  );
}

/**
 * Lists the imports and exports of one or more components. Several make one report: in text,
 * each component's tables under its path; in JSON, `{ "components": [{ "path", "imports",
 * "exports" }] }`. Every file is read before anything is printed, so a bad one prints nothing.
 */
export async function importsCommand(
  paths: string[],
  options: ImportsOptions,
  io: Io,
): Promise<number> {
  const described: { path: string; description: ComponentInterface }[] = [];
  for (const path of paths)
    described.push({
      path,
      description: describeComponent((await loadComponentFile(path)).component),
    });
  const text = (d: ComponentInterface) =>
    table(d.imports, 'IMPORT') + '\n' + table(d.exports, 'EXPORT');
  if (described.length === 1) {
    const { description } = described[0]!;
    io.stdout(options.json ? JSON.stringify(description, null, 2) + '\n' : text(description));
  } else if (options.json) {
    const components = described.map(({ path, description }) => ({ path, ...description }));
    io.stdout(JSON.stringify({ components }, null, 2) + '\n');
  } else {
    io.stdout(
      described
        .map(({ path, description }) => `${escapeControl(path)}:\n${text(description)}`)
        .join('\n'),
    );
  }
  return ExitCode.pass;
}
