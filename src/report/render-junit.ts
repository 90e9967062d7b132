import { XMLBuilder } from 'fast-xml-parser';
import type { CheckReport } from './check-report.js';
import { escapeControl } from '../escape.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

interface Suite {
  tests: number;
  failures: number;
  xml: Record<string, unknown>;
}

/** One component's test suite: a test case per import, failed when the import violates the policy. */
function suite(report: CheckReport): Suite {
  const { imports, violations } = report.result;
  // XML 1.0 cannot carry most control characters even as references: show them escaped.
  const component = escapeControl(report.component);
  const failures = imports.filter((c) => c.violations.length > 0).length;
  const testcases =
    imports.length === 0
      ? [{ '@classname': component, '@name': 'imports nothing' }]
      : imports.map(({ item, violations: found }) => ({
          '@classname': component,
          '@name': escapeControl(item.name),
          ...(found.length > 0
            ? {
                failure: {
                  '@message': found.map((v) => escapeControl(v.message)).join('; '),
                  '@type': 'ImportPolicyViolation',
                  '#text': found.map((v) => escapeControl(v.message)).join('\n'),
                },
              }
            : {}),
        }));
  const tests = testcases.length;
  return {
    tests,
    failures,
    xml: {
      '@name': `wasi-virt check ${component}`,
      '@tests': tests,
      '@failures': failures,
      '@errors': 0,
      '@skipped': 0,
      testcase: testcases,
      'system-out': `${imports.length} import(s), ${violations.length} violation(s)`,
    },
  };
}

/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit`) read it: one test
 * suite per component, one test case per import, failed when the import violates the policy.
 */
export function renderChecksJunit(reports: CheckReport[]): string {
  const suites = reports.map(suite);
  const xml = builder.build({
    testsuites: {
      '@name': 'wasi-virt check',
      '@tests': suites.reduce((n, s) => n + s.tests, 0),
      '@failures': suites.reduce((n, s) => n + s.failures, 0),
      '@errors': 0,
      testsuite: suites.length === 1 ? suites[0]!.xml : suites.map((s) => s.xml),
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
