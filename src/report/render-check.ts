import type { CheckReport, ReportFormat } from './check-report.js';
import { renderCheckJson } from './render-json.js';
import { renderCheckJunit } from './render-junit.js';
import { renderCheckSarif } from './render-sarif.js';
import { renderCheckText } from './render-text.js';

const renderers: Record<ReportFormat, (report: CheckReport) => string> = {
  text: renderCheckText,
  json: renderCheckJson,
  junit: renderCheckJunit,
  sarif: renderCheckSarif,
};

export function renderCheck(report: CheckReport, format: ReportFormat): string {
  return renderers[format](report);
}
