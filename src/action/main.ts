import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { UserInputError } from '../errors.js';
import { capLine, safeLogLine } from '../escape.js';
import { runCheck } from './check-mode.js';
import { readActionInput } from './input-reader.js';
import { readInputs } from './inputs.js';
import { runVirtualize } from './virtualize-mode.js';

/**
 * The action: mode: virtualize (virtualize a component, gate the output, write and upload it)
 * or mode: check (gate components as they are). Every input is checked before anything is
 * generated, written or uploaded.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(readActionInput);
    for (const warning of inputs.warnings) core.warning(warning);
    if (inputs.mode === 'check') await runCheck(inputs);
    else await runVirtualize(inputs, process.env.RUNNER_TEMP || tmpdir());
  } catch (error) {
    core.setFailed(
      error instanceof UserInputError
        ? capLine(safeLogLine(error.message))
        : String((error as Error).stack ?? error),
    );
  }
}
