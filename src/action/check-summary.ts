import type { CheckReport } from '../report/check-report.js';
import type { ImportRules } from '../verify/check-imports.js';
import type { ImportPattern } from '../verify/pattern.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import { capped, MAX_ROWS } from './summary.js';

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

function violationLines(reports: CheckReport[]): string[] {
  const all = reports.flatMap((r) =>
    r.result.violations.map((v) => `- ${markdownCode(r.component)}: ${escapeMarkdown(v.message)}`),
  );
  if (all.length > MAX_ROWS)
    return [...all.slice(0, MAX_ROWS), `- ... and ${all.length - MAX_ROWS} more`];
  return all;
}

/** The job summary of mode: check: the verdict, the rules in force, one row per component, the violations. */
export function renderCheckSummary(s: CheckSummary): string {
  const violations = violationLines(s.reports);
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
    ...(s.hiddenSkipped > 0
      ? [
          `${s.hiddenSkipped} hidden file(s) (names starting with a dot, or in such a folder) matched and were left out; \`include-hidden-files: true\` takes them.`,
          '',
        ]
      : []),
    ...(violations.length > 0 ? ['### Violations', '', ...violations, ''] : []),
    ...(s.report ? [`Report: ${markdownCode(s.report.path)} (${s.report.format})`, ''] : []),
  ].join('\n');
}
