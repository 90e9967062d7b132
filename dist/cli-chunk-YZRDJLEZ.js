#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  textTable
} from "./cli-chunk-UKGU73DF.js";
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";

// src/report/render-text.ts
function verdictLine(report) {
  const { imports, violations, passed } = report.result;
  return `${passed ? "PASS" : "FAIL"}: ${escapeControl(report.component)}: ${imports.length} import(s), ${violations.length} violation(s)`;
}
function renderCheckText(report) {
  const rows = [];
  for (const { item, violations } of report.result.imports) {
    if (violations.length === 0) {
      rows.push([item.name, "", "pass", ""]);
      continue;
    }
    for (const v of violations) rows.push([item.name, v.function ?? "*", "FAIL", v.rule]);
  }
  const summary = verdictLine(report);
  if (rows.length === 0) return `${summary} (the component is import-free)
`;
  return textTable(["IMPORT", "FUNCTION", "VERDICT", "RULE"], rows) + summary + "\n";
}
function renderChecksText(reports) {
  const failing = reports.filter((r) => !r.result.passed).length;
  const violations = reports.reduce((n, r) => n + r.result.violations.length, 0);
  const total = `${failing === 0 ? "PASS" : "FAIL"}: ${reports.length} component(s), ${failing} failing, ${violations} violation(s)
`;
  return [...reports.map(renderCheckText), total].join("\n");
}
var renderTextReport = (reports) => reports.length === 1 ? renderCheckText(reports[0]) : renderChecksText(reports);

export {
  verdictLine,
  renderCheckText,
  renderChecksText,
  renderTextReport
};
