import { markdownCode } from '../escape.js';
import {
  capped,
  componentViolationLines,
  embeddedRuntimeUploads,
  folded,
  hiddenLine,
  importsTable,
  planSections,
  policyTable,
  trapLines,
  violationsSection,
  type RunSummary,
} from './summary.js';

/** One component's part of the summary: what RunSummary holds for one run. */
export type ComponentRun = Pick<
  RunSummary,
  | 'component'
  | 'output'
  | 'sha256'
  | 'size'
  | 'importsBefore'
  | 'importsAfter'
  | 'plans'
  | 'traps'
  | 'violations'
>;

/** Several components virtualized under one policy: the shared parts once. */
export interface ManySummary extends Pick<
  RunSummary,
  'mounted' | 'policy' | 'runtime' | 'hiddenSkipped' | 'failOnViolation' | 'uploads'
> {
  runs: ComponentRun[];
  /** `components` matches left out: dot-files and files in dot-folders. */
  componentsHiddenSkipped: number;
}

const code = markdownCode;

function verdict(s: ManySummary): string {
  const failing = s.runs.filter((r) => r.violations.length > 0).length;
  const total = `${s.runs.length} output(s)`;
  if (failing === 0) return `**Verdict: passed.** Every import of the ${total} is allowed.`;
  const violations = s.runs.reduce((n, r) => n + r.violations.length, 0);
  const count = `${failing} of ${total} violate the rules (${violations} violation(s))`;
  return s.failOnViolation
    ? `**Verdict: failed**: ${count}; nothing was uploaded.`
    : `**Verdict: ${count}**, reported only (fail-on-violation: false).`;
}

function componentRows(runs: ComponentRun[]): string[] {
  return [
    '| component | output | bytes | imports after | violations | verdict |',
    '| --- | --- | ---: | ---: | ---: | :---: |',
    ...capped(
      runs,
      (r) =>
        `| ${code(r.component)} | ${code(r.output)} | ${r.size} | ${r.importsAfter.length} | ${r.violations.length} | ${r.violations.length === 0 ? '✅ pass' : '❌ fail'} |`,
    ),
  ];
}

/** A component's details, folded: its sha256, imports before and after, what was virtualized, what traps. */
function componentDetails(r: ComponentRun): string[] {
  return folded(`${r.component} → ${r.output}`, [
    `Output: ${r.size} bytes, sha256 ${code(r.sha256)}`,
    '',
    `**Imports** (${r.importsBefore.length} before, ${r.importsAfter.length} after)`,
    '',
    ...importsTable(r.importsBefore, r.importsAfter),
    '',
    ...planSections(r.plans, (version) => `**Virtualized** (WASI ${version})`),
    ...(r.traps.length > 0 ? ['**Trap if called (denied)**', '', ...trapLines(r.traps)] : []),
  ]);
}

/**
 * The job summary of mode: virtualize over several components: the verdict, one row per
 * component (output, size, imports after, violations, verdict), the violations naming their
 * component, then the shared sections (policy in force, embedded files, runtime paths, uploads)
 * and each component's details folded.
 */
export function renderManySummary(s: ManySummary): string {
  const violations = componentViolationLines(s.runs);
  return [
    verdict(s),
    '',
    `## wasi-virt: ${s.runs.length} component(s)`,
    '',
    ...componentRows(s.runs),
    '',
    ...hiddenLine(s.componentsHiddenSkipped, 'component(s)'),
    ...violationsSection(violations),
    '### Policy in force',
    '',
    ...policyTable(s.policy),
    '',
    ...embeddedRuntimeUploads(s),
    '### Each component',
    '',
    ...s.runs.flatMap((r) => [...componentDetails(r), '']),
  ].join('\n');
}
