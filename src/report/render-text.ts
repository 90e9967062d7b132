import type { CheckReport } from './check-report.js';
import { textTable } from './text-table.js';
import { escapeControl } from '../escape.js';

/** `PASS: out.wasm: 3 import(s), 0 violation(s)`: the verdict, the text report's last line. */
export function verdictLine(report: CheckReport): string {
  const { imports, violations, passed } = report.result;
  return `${passed ? 'PASS' : 'FAIL'}: ${escapeControl(report.component)}: ${imports.length} import(s), ${violations.length} violation(s)`;
}

export function renderCheckText(report: CheckReport): string {
  const rows: string[][] = [];
  for (const { item, violations } of report.result.imports) {
    if (violations.length === 0) {
      rows.push([item.name, '', 'pass', '']);
      continue;
    }
    for (const v of violations) rows.push([item.name, v.function ?? '*', 'FAIL', v.rule]);
  }
  const summary = verdictLine(report);
  if (rows.length === 0) return `${summary} (the component is import-free)\n`;
  return textTable(['IMPORT', 'FUNCTION', 'VERDICT', 'RULE'], rows) + summary + '\n';
}

/** Each component's table and verdict, a blank line apart, then one line for them all. */
export function renderChecksText(reports: CheckReport[]): string {
  const failing = reports.filter((r) => !r.result.passed).length;
  const violations = reports.reduce((n, r) => n + r.result.violations.length, 0);
  const total = `${failing === 0 ? 'PASS' : 'FAIL'}: ${reports.length} component(s), ${failing} failing, ${violations} violation(s)\n`;
  return [...reports.map(renderCheckText), total].join('\n');
}

/** The text report of one component or of several (renderChecks' text format). */
export const renderTextReport = (reports: CheckReport[]): string =>
  reports.length === 1 ? renderCheckText(reports[0]!) : renderChecksText(reports);
