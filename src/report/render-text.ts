import type { CheckReport } from './check-report.js';
import { textTable } from './text-table.js';
import { escapeControl } from '../escape.js';

export function renderCheckText(report: CheckReport): string {
  const rows: string[][] = [];
  for (const { item, violations } of report.result.imports) {
    if (violations.length === 0) {
      rows.push([item.name, '', 'pass', '']);
      continue;
    }
    for (const v of violations) rows.push([item.name, v.function ?? '*', 'FAIL', v.rule]);
  }
  const { imports, violations, passed } = report.result;
  const summary = `${passed ? 'PASS' : 'FAIL'}: ${escapeControl(report.component)}: ${imports.length} import(s), ${violations.length} violation(s)`;
  if (rows.length === 0) return `${summary} (the component is import-free)\n`;
  return textTable(['IMPORT', 'FUNCTION', 'VERDICT', 'RULE'], rows) + summary + '\n';
}
