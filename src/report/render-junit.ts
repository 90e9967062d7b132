import { XMLBuilder } from 'fast-xml-parser';
import type { CheckReport } from './check-report.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit`) read
 * it: one test case per import, failed when the import violates the policy.
 */
export function renderCheckJunit(report: CheckReport): string {
  const { imports, violations } = report.result;
  const failures = imports.filter((c) => c.violations.length > 0).length;
  const testcases =
    imports.length === 0
      ? [{ '@classname': report.component, '@name': 'imports nothing' }]
      : imports.map(({ item, violations: found }) => ({
          '@classname': report.component,
          '@name': item.name,
          ...(found.length > 0
            ? {
                failure: {
                  '@message': found.map((v) => v.message).join('; '),
                  '@type': 'ImportPolicyViolation',
                  '#text': found.map((v) => v.message).join('\n'),
                },
              }
            : {}),
        }));
  const tests = testcases.length;
  const xml = builder.build({
    testsuites: {
      '@name': 'wasi-virt check',
      '@tests': tests,
      '@failures': failures,
      '@errors': 0,
      testsuite: {
        '@name': `wasi-virt check ${report.component}`,
        '@tests': tests,
        '@failures': failures,
        '@errors': 0,
        '@skipped': 0,
        testcase: testcases,
        'system-out': `${imports.length} import(s), ${violations.length} violation(s)`,
      },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
