import { basename, dirname, join } from 'node:path';
import { stringify } from 'smol-toml';
import type { PipelineOutcome } from '../pipeline/virtualize-and-verify.js';
import { checkReport } from '../report/check-report.js';
import { renderCheck } from '../report/render-check.js';
import { writeReproducibleArchive } from '../sinks/archive.js';

/**
 * `bundle: tar.gz`: the component, its effective policy and the verification
 * report, written next to the output as `<name>.tar.gz`. Returns its path.
 */
export async function writeResultBundle(
  output: string,
  outcome: PipelineOutcome,
  policyData: Record<string, unknown>,
): Promise<string> {
  const bundle = join(dirname(output), `${basename(output, '.wasm')}.tar.gz`);
  const name = basename(output);
  const report = renderCheck(checkReport(name, outcome, outcome.rules, outcome.check), 'json');
  await writeReproducibleArchive(bundle, [
    { name, data: outcome.bytes },
    { name: 'policy.toml', data: stringify(policyData) + '\n' },
    { name: 'report.json', data: report },
  ]);
  return bundle;
}
