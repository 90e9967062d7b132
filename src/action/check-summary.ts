import type { CheckReport } from '../report/check-report.js';
import type { ImportRules } from '../verify/check-imports.js';
import type { ImportPattern } from '../verify/pattern.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import { capped, componentViolationLines, hiddenLine, violationsSection } from './summary.js';

export interface CheckSummary {
  reports: CheckReport[];
  rules: ImportRules;
  /** `components` matches left out: dot-files and files in dot-folders. */
  hiddenSkipped: number;
  failOnViolation: boolean;
  /** The report file written, in the workspace. */
  report?: { path: string; format: string };
}

function verdict(s: CheckSummary): string {
  const failing = s.reports.filter((r) => !r.result.passed).length;
  const total = `${s.reports.length} component(s)`;
  if (failing === 0) return `**Verdict: passed.** Every import of the ${total} is allowed.`;
  const violations = s.reports.reduce((n, r) => n + r.result.violations.length, 0);
  const count = `${failing} of ${total} violate the rules (${violations} violation(s))`;
  return s.failOnViolation
    ? `**Verdict: failed**: ${count}.`
    : `**Verdict: ${count}**, reported only (fail-on-violation: false).`;
}

function rulesTable(rules: ImportRules): string[] {
  const rows: [string, ImportPattern][] = [
    ...rules.deny.map((p): [string, ImportPattern] => ['deny', p]),
    ...rules.allow.map((p): [string, ImportPattern] => ['allow', p]),
  ];
  if (rows.length === 0)
    return ['No rules: every import passes (give allowed-imports or forbidden-imports).'];
  return [
    '| rule | pattern | from |',
    '| --- | --- | --- |',
    ...capped(
      [...rows],
      ([kind, p]) => `| ${kind} | ${markdownCode(p.text)} | ${escapeMarkdown(p.source)} |`,
    ),
    '',
    rules.allow.length > 0
      ? 'Deny wins over allow; an import no allow rule covers is a violation.'
      : 'Every import no deny rule matches passes.',
  ];
}

function componentRows(reports: CheckReport[]): string[] {
  return [
    '| component | imports | violations | verdict |',
    '| --- | ---: | ---: | :---: |',
    ...capped(
      reports,
      (r) =>
        `| ${markdownCode(r.component)} | ${r.result.imports.length} | ${r.result.violations.length} | ${r.result.passed ? '✅ pass' : '❌ fail'} |`,
    ),
  ];
}

/** The job summary of mode: check: the verdict, the rules in force, one row per component, the violations. */
export function renderCheckSummary(s: CheckSummary): string {
  const violations = componentViolationLines(
    s.reports.map((r) => ({ component: r.component, violations: r.result.violations })),
  );
  return [
    verdict(s),
    '',
    `## wasi-virt check: ${s.reports.length} component(s)`,
    '',
    '### Rules',
    '',
    ...rulesTable(s.rules),
    '',
    '### Components',
    '',
    ...componentRows(s.reports),
    '',
    ...hiddenLine(s.hiddenSkipped, 'file(s)'),
    ...violationsSection(violations),
    ...(s.report ? [`Report: ${markdownCode(s.report.path)} (${s.report.format})`, ''] : []),
  ].join('\n');
}
