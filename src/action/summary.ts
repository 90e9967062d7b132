import { planEntries, type TrapEntry } from '../virt/plan-entries.js';
import type { ExternItem } from '../inspect/component-interface.js';
import type { Violation } from '../verify/check-imports.js';
import type { VirtPlan } from '../virt/plan.js';
import { escapeControl, escapeMarkdown, markdownCode } from '../escape.js';

export interface RunSummary {
  component: string;
  output: string;
  sha256: string;
  size: number;
  importsBefore: ExternItem[];
  importsAfter: ExternItem[];
  plan: VirtPlan;
  /** What the policy denies with traps, by subsystem. */
  traps: TrapEntry[];
  mounted: { guest: string; host: string; size: number }[];
  /** Files the mount globs matched but left out: dot-files and files in dot-folders. */
  hiddenSkipped: number;
  violations: Violation[];
  failOnViolation: boolean;
  /** One line per upload made (or skipped), already in markdown. */
  uploads: string[];
}

/** Rows past this go uncounted into "... and N more", so a huge mount cannot bloat the page. */
export const MAX_ROWS = 200;

const escape = escapeMarkdown;
const code = markdownCode;

export function capped<T>(items: T[], row: (item: T) => string): string[] {
  const rows = items.slice(0, MAX_ROWS).map(row);
  if (items.length > MAX_ROWS) rows.push(`| ... and ${items.length - MAX_ROWS} more | | |`);
  return rows;
}

function importsTable(before: ExternItem[], after: ExternItem[]): string[] {
  const names = [...new Set([...before, ...after].map((i) => i.name))].sort();
  const has = (list: ExternItem[], name: string) => (list.some((i) => i.name === name) ? '✓' : '');
  return [
    '| import | before | after |',
    '| --- | :---: | :---: |',
    ...capped(names, (n) => `| ${code(n)} | ${has(before, n)} | ${has(after, n)} |`),
  ];
}

function planLines(plan: VirtPlan): string[] {
  return planEntries(plan).map((e) => `- ${code(e.name)}: ${escape(e.detail)}`);
}

function trapLines(traps: TrapEntry[]): string[] {
  return traps.map(
    (t) =>
      `- ${t.subsystem}: ${t.functions.map((f) => escape(f)).join(', ')}; allow with input ${code(`${t.key}: true`)} (CLI ${code(t.flag)})`,
  );
}

function mountLines(mounted: RunSummary['mounted'], hiddenSkipped: number): string[] {
  const skipped =
    hiddenSkipped > 0
      ? [
          '',
          `${hiddenSkipped} hidden file(s) (names starting with a dot, or in such a folder) matched and were left out; \`include-hidden-files: true\` embeds them.`,
        ]
      : [];
  if (mounted.length === 0) return ['No files embedded.', ...skipped];
  const total = mounted.reduce((sum, f) => sum + f.size, 0);
  return [
    `${mounted.length} file(s), ${total} bytes:`,
    '',
    '| guest path | from | bytes |',
    '| --- | --- | ---: |',
    ...capped(mounted, (f) => `| ${code(f.guest)} | ${code(f.host)} | ${f.size} |`),
    ...skipped,
  ];
}

function verdict(s: RunSummary): string {
  if (s.violations.length === 0)
    return '**Verdict: passed.** Every import of the output is allowed.';
  const count = `${s.violations.length} import violation(s)`;
  return s.failOnViolation
    ? `**Verdict: failed** with ${count}; nothing was uploaded.`
    : `**Verdict: ${count}**, reported only (fail-on-violation: false).`;
}

/** The job summary in markdown: the verdict, imports before and after, what was virtualized and embedded. */
export function renderSummary(s: RunSummary): string {
  const violations = s.violations.slice(0, MAX_ROWS).map((v) => `- ${escape(v.message)}`);
  if (s.violations.length > MAX_ROWS)
    violations.push(`- ... and ${s.violations.length - MAX_ROWS} more`);
  return [
    `## wasi-virt: ${code(s.component)} → ${code(s.output)}`,
    '',
    verdict(s),
    '',
    `Output: ${s.size} bytes, sha256 ${code(s.sha256)}`,
    '',
    ...(violations.length > 0 ? ['### Violations', '', ...violations, ''] : []),
    `### Imports (${s.importsBefore.length} before, ${s.importsAfter.length} after)`,
    '',
    ...importsTable(s.importsBefore, s.importsAfter),
    '',
    `### Virtualized (WASI ${s.plan.wasiVersion})`,
    '',
    ...(s.plan.interfaces.length + s.plan.passedThrough.length > 0
      ? planLines(s.plan)
      : ['Nothing: the policy passes every import through.']),
    '',
    ...(s.traps.length > 0 ? ['### Trap if called (denied)', '', ...trapLines(s.traps), ''] : []),
    '### Embedded files',
    '',
    ...mountLines(s.mounted, s.hiddenSkipped),
    '',
    ...(s.uploads.length > 0
      ? ['### Uploads', '', ...s.uploads.map((u) => `- ${escapeControl(u)}`), '']
      : []),
  ].join('\n');
}
