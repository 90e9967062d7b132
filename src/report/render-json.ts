import { TOOL_NAME, VERSION } from '../version.js';
import type { CheckReport } from './check-report.js';

export function renderCheckJson(report: CheckReport): string {
  const { result } = report;
  return (
    JSON.stringify(
      {
        tool: { name: TOOL_NAME, version: VERSION },
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
      },
      null,
      2,
    ) + '\n'
  );
}
