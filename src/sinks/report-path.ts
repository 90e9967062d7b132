import { resolve } from 'node:path';
import { UserInputError } from '../errors.js';
import { sameFile } from './write-file-atomic.js';

/**
 * Refuses a report file that is one of the run's own files (a component read, the output
 * written): the report would replace it. Checked before any work. `label` is how messages name
 * the setting (`--report-file`, `input 'report-file'`).
 */
export async function checkReportPath(
  reportFile: string | undefined,
  files: { path: string | undefined; what: string }[],
  label = '--report-file',
): Promise<void> {
  if (!reportFile) return;
  for (const { path, what } of files) {
    if (path && (resolve(path) === resolve(reportFile) || (await sameFile(path, reportFile))))
      throw new UserInputError(
        `${label} '${reportFile}' is ${what}; the report would replace it: give the report another path`,
      );
  }
}
