import { describeComponent, type ExternItem } from '../../inspect/component-interface.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { textTable } from '../../report/text-table.js';
import { ExitCode, type Io } from '../io.js';

export interface ImportsOptions {
  json?: boolean;
}

function contents(item: ExternItem): string {
  if (!item.functions) return '';
  const parts: string[] = [];
  if (item.functions.length > 0)
    parts.push(`${item.functions.length} function(s): ${item.functions.join(', ')}`);
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

export async function importsCommand(
  path: string,
  options: ImportsOptions,
  io: Io,
): Promise<number> {
  const { component } = await loadComponentFile(path);
  const description = describeComponent(component);
  if (options.json) {
    io.stdout(JSON.stringify(description, null, 2) + '\n');
  } else {
    io.stdout(table(description.imports, 'IMPORT') + '\n' + table(description.exports, 'EXPORT'));
  }
  return ExitCode.pass;
}
