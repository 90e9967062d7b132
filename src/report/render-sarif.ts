import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Violation } from '../verify/check-imports.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from '../version.js';
import type { CheckReport } from './check-report.js';

const rules: Record<Violation['reason'], ReportingDescriptor> = {
  denied: {
    id: 'WVA001',
    name: 'DeniedImport',
    shortDescription: { text: 'The component imports an interface or function the policy denies.' },
    fullDescription: {
      text: 'A deny rule matched one of the component imports. Virtualize or remove the capability, or change the rule if the import is intended.',
    },
    help: {
      text: 'Run `wasi-virt imports <component>` to see what the component imports and which functions each import carries.',
    },
    defaultConfiguration: { level: 'error' },
  },
  'not-allowed': {
    id: 'WVA002',
    name: 'ImportNotAllowed',
    shortDescription: { text: 'The component imports something no allow rule covers.' },
    fullDescription: {
      text: 'Allow rules are in force and none matched this import. Virtualize or remove the capability, or add an allow rule for it.',
    },
    help: {
      text: 'Run `wasi-virt imports <component>` to see what the component imports and which functions each import carries.',
    },
    defaultConfiguration: { level: 'error' },
  },
};

/** A repository-relative, forward-slash URI for the component, as code scanning expects. */
function artifactUri(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/** One result per violation of a component, located at the import's bytes. */
function results(report: CheckReport, index: number): Result[] {
  const uri = artifactUri(report.component);
  return report.result.violations.map((v) => ({
    ruleId: rules[v.reason].id!,
    ruleIndex: v.reason === 'denied' ? 0 : 1,
    level: 'error',
    message: { text: v.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index },
          // Code scanning requires a start line; the byte offset is the precise location.
          region: { startLine: 1, byteOffset: v.offset },
        },
        logicalLocations: [
          {
            name: v.function ?? v.import,
            fullyQualifiedName: v.function ? `${v.import}#${v.function}` : v.import,
            kind: v.function ? 'function' : 'module',
          },
        ],
      },
    ],
    partialFingerprints: {
      'wasiVirtImport/v1': createHash('sha256')
        .update(`${v.reason}\0${v.import}\0${v.function ?? ''}`)
        .digest('hex'),
    },
  }));
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, each component one of its artifacts, one
 * result per violation, located at the import's bytes in its component.
 */
export function renderChecksSarif(reports: CheckReport[]): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: [rules.denied, rules['not-allowed']],
          },
        },
        artifacts: reports.map((report) => ({
          location: { uri: artifactUri(report.component) },
          length: report.size,
          hashes: { 'sha-256': report.sha256 },
        })),
        results: reports.flatMap(results),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
