import { TOOL_NAME, VERSION } from '../version.js';
import type { CheckReport } from './check-report.js';

/** One component's verdict as the JSON report gives it. */
function componentBody(report: CheckReport): Record<string, unknown> {
  const { result } = report;
  return {
    component: { path: report.component, size: report.size, sha256: report.sha256 },
    passed: result.passed,
    rules: report.rules,
    imports: result.imports.map(({ item, violations }) => ({
      name: item.name,
      kind: item.kind,
      ...(item.functions ? { functions: item.functions } : {}),
      verdict: violations.length === 0 ? 'pass' : 'fail',
    })),
    violations: result.violations,
  };
}

const tool = { name: TOOL_NAME, version: VERSION };
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function renderCheckJson(report: CheckReport): string {
  return json({ tool, ...componentBody(report) });
}

/** Several components in one report: `passed` is every component's, each has its own entry. */
export function renderChecksJson(reports: CheckReport[]): string {
  return json({
    tool,
    passed: reports.every((r) => r.result.passed),
    components: reports.map(componentBody),
  });
}
