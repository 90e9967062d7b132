import { planEntries, type TrapEntry } from '../virt/plan-entries.js';
import type { ExternItem } from '../inspect/component-interface.js';
import type { Violation } from '../verify/check-imports.js';
import type { VirtPlan } from '../virt/plan.js';
import { escapeControl, escapeMarkdown, markdownCode } from '../escape.js';
import type { ComponentViolations } from './annotate.js';

export interface RunSummary {
  component: string;
  output: string;
  sha256: string;
  size: number;
  importsBefore: ExternItem[];
  importsAfter: ExternItem[];
  /** What was virtualized: one plan, or a component mixing WASI 0.2 and 0.3's two. */
  plans: VirtPlan[];
  /** What the policy denies with traps, by subsystem. */
  traps: TrapEntry[];
  mounted: { guest: string; host: string; size: number }[];
  /** The effective policy in the policy-file schema (policyToData; mounts as their globs). */
  policy: Record<string, unknown>;
  /** Host directories and files the component reaches at run time (preopens, host-files). */
  runtime: { guest: string; host: string; kind: 'directory' | 'file' }[];
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

/** `wasi:cli/environment@0.2.12` → package `wasi:cli@0.2.12`, interface `environment`; other names stand alone. */
function splitName(name: string): { group: string; member: string } {
  const m = /^([^:/@]+:[^/@]+)\/([^@]+)(@.+)?$/.exec(name);
  return m ? { group: `${m[1]}${m[3] ?? ''}`, member: m[2]! } : { group: name, member: '' };
}

/** The imports before and after, one row per package: the interfaces the component imported, and those the output imports. */
export function importsTable(before: ExternItem[], after: ExternItem[]): string[] {
  const groups = new Map<string, { before: string[]; after: string[] }>();
  const add = (items: ExternItem[], side: 'before' | 'after') => {
    for (const item of items) {
      const { group, member } = splitName(item.name);
      const row = groups.get(group) ?? { before: [], after: [] };
      row[side].push(member || '✓');
      groups.set(group, row);
    }
  };
  add(before, 'before');
  add(after, 'after');
  const cell = (members: string[]) => (members.length === 0 ? '—' : escape(members.join(', ')));
  return [
    '| package | before | after |',
    '| --- | --- | --- |',
    ...capped(
      [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ([group, row]) => `| ${code(group)} | ${cell(row.before)} | ${cell(row.after)} |`,
    ),
  ];
}

/** Settings that have sections of their own (embedded files, runtime paths), or hold values not shown. */
const shownElsewhere = new Set(['mounts', 'preopens', 'host-files']);

/** A policy value as one table cell; fixed variables and properties show their names only. */
function policyValue(key: string, value: unknown): string {
  if (key.endsWith('.set') && value && typeof value === 'object')
    return `${escape(Object.keys(value).join(', '))} (values not shown)`;
  if (typeof value === 'string') return code(value);
  return code(JSON.stringify(value));
}

/** The policy in force, one row per setting (`env.allow`, `allow-clocks`, ...). */
export function policyTable(policy: Record<string, unknown>): string[] {
  const rows: string[] = [];
  for (const [key, value] of Object.entries(policy)) {
    if (shownElsewhere.has(key) || (Array.isArray(value) && value.length === 0)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value))
        if (!Array.isArray(v) || v.length > 0)
          rows.push(`| ${code(`${key}.${inner}`)} | ${policyValue(`${key}.${inner}`, v)} |`);
    } else rows.push(`| ${code(key)} | ${policyValue(key, value)} |`);
  }
  return ['| setting | value |', '| --- | --- |', ...rows];
}

/** Each interface the adapter serves or passes through, one row, with its function count; the functions folded below. */
export function planTable(plan: VirtPlan): string[] {
  const rows = [
    ...plan.interfaces.map((v) => {
      const how = v.importOnly
        ? "imported for wasi-virt's own lines on stderr"
        : v.forwarded.length > 0
          ? `virtualized; ${v.forwarded.length} host function(s) forwarded`
          : 'virtualized';
      return `| ${code(v.name)} | ${v.importOnly ? '—' : v.exported.length} | ${how} |`;
    }),
    ...plan.passedThrough.map((name) => `| ${code(name)} | — | passed through to the host |`),
  ];
  return [
    '| interface | functions | how |',
    '| --- | ---: | --- |',
    ...rows,
    '',
    ...folded(
      'Functions of each interface',
      planEntries(plan).map((e) => `- ${code(e.name)}: ${escape(e.detail)}`),
    ),
  ];
}

/** Each plan under its heading (its WASI version), with its table, each followed by a blank line. */
export function planSections(plans: VirtPlan[], heading: (version: string) => string): string[] {
  return plans.flatMap((plan) => [
    heading(plan.wasiVersion),
    '',
    ...(plan.interfaces.length + plan.passedThrough.length > 0
      ? planTable(plan)
      : ['Nothing: the policy passes every import through.']),
    '',
  ]);
}

/** A section folded away (`<details>`); the blank lines let markdown render inside it. */
export function folded(title: string, lines: string[]): string[] {
  return ['<details>', `<summary>${escape(title)}</summary>`, '', ...lines, '', '</details>'];
}

export function trapLines(traps: TrapEntry[]): string[] {
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
    ...folded(`Embedded files: ${mounted.length} file(s), ${total} bytes`, [
      '| guest path | from | bytes |',
      '| --- | --- | ---: |',
      ...capped(mounted, (f) => `| ${code(f.guest)} | ${code(f.host)} | ${f.size} |`),
    ]),
    ...skipped,
  ];
}

function runtimeLines(runtime: RunSummary['runtime']): string[] {
  if (runtime.length === 0) return [];
  return [
    '### Reached at run time',
    '',
    ...folded(`${runtime.length} host path(s) the host's preopens hold`, [
      '| guest path | host path | kind |',
      '| --- | --- | --- |',
      ...capped(runtime, (p) => `| ${code(p.guest)} | ${code(p.host)} | ${p.kind} |`),
    ]),
    '',
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

/**
 * The job summary in markdown: the verdict first, the violations, the policy in force, the
 * imports before and after, what was virtualized (details folded), what traps, and the embedded
 * files and runtime paths (folded).
 */
export function renderSummary(s: RunSummary): string {
  const violations = s.violations.slice(0, MAX_ROWS).map((v) => `- ${escape(v.message)}`);
  if (s.violations.length > MAX_ROWS)
    violations.push(`- ... and ${s.violations.length - MAX_ROWS} more`);
  return [
    verdict(s),
    '',
    `## wasi-virt: ${code(s.component)} → ${code(s.output)}`,
    '',
    `Output: ${s.size} bytes, sha256 ${code(s.sha256)}`,
    '',
    ...violationsSection(violations),
    '### Policy in force',
    '',
    ...policyTable(s.policy),
    '',
    `### Imports (${s.importsBefore.length} before, ${s.importsAfter.length} after)`,
    '',
    ...importsTable(s.importsBefore, s.importsAfter),
    '',
    ...planSections(s.plans, (version) => `### Virtualized (WASI ${version})`),
    ...(s.traps.length > 0 ? ['### Trap if called (denied)', '', ...trapLines(s.traps), ''] : []),
    ...embeddedRuntimeUploads(s),
  ].join('\n');
}

/** The summary's last sections, the same for one component or several: embedded files, runtime paths, uploads. */
export function embeddedRuntimeUploads(
  s: Pick<RunSummary, 'mounted' | 'hiddenSkipped' | 'runtime' | 'uploads'>,
): string[] {
  return [
    '### Embedded files',
    '',
    ...mountLines(s.mounted, s.hiddenSkipped),
    '',
    ...runtimeLines(s.runtime),
    ...(s.uploads.length > 0
      ? ['### Uploads', '', ...s.uploads.map((u) => `- ${escapeControl(u)}`), '']
      : []),
  ];
}

/** The violations section, when there are any. */
export const violationsSection = (lines: string[]): string[] =>
  lines.length > 0 ? ['### Violations', '', ...lines, ''] : [];

/** The line saying how many hidden matches of a glob were left out, when any were. */
export const hiddenLine = (count: number, what: string): string[] =>
  count > 0
    ? [
        `${count} hidden ${what} (names starting with a dot, or in such a folder) matched and were left out; \`include-hidden-files: true\` takes them.`,
        '',
      ]
    : [];

/** Every violation of every component, one line each naming the component; capped. */
export function componentViolationLines(found: ComponentViolations[]): string[] {
  const all = found.flatMap(({ component, violations }) =>
    violations.map((v) => `- ${code(component)}: ${escape(v.message)}`),
  );
  if (all.length > MAX_ROWS)
    return [...all.slice(0, MAX_ROWS), `- ... and ${all.length - MAX_ROWS} more`];
  return all;
}
