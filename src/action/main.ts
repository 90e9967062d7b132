import * as core from '@actions/core';
import { UserInputError } from '../errors.js';
import { runImportGate } from '../verify/run-gate.js';

/** GitHub caps annotations per step; the rest are listed in the log. */
const MAX_ANNOTATIONS = 10;

function lines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** The import gate as a workflow step: the same rules and checks as `wasi-virt check`. */
export async function run(): Promise<void> {
  try {
    const path = core.getInput('component', { required: true });
    const failOnViolation = core.getBooleanInput('fail-on-violation');
    const policyFile = core.getInput('policy-file');
    const { loaded, imports, result } = await runImportGate({
      component: path,
      ...(policyFile ? { policyFile } : {}),
      rules: { allow: lines('allowed-imports'), deny: lines('forbidden-imports') },
      allowLabel: 'allowed-imports',
      denyLabel: 'forbidden-imports',
    });

    core.setOutput('imports', JSON.stringify(imports.map((i) => i.name)));
    core.setOutput('violations', String(result.violations.length));
    core.setOutput('sha256', loaded.sha256);
    core.info(`${path}: ${imports.length} import(s), ${result.violations.length} violation(s)`);
    result.violations.forEach((v, i) => {
      if (i < MAX_ANNOTATIONS)
        core.error(v.message, { title: 'wasi-virt: forbidden import', file: path });
      else core.info(v.message);
    });
    if (!result.passed && failOnViolation)
      core.setFailed(`${result.violations.length} import policy violation(s) in ${path}`);
  } catch (error) {
    core.setFailed(
      error instanceof UserInputError ? error.message : String((error as Error).stack ?? error),
    );
  }
}
