import { CommanderError } from 'commander';
import { UserInputError } from '../errors.js';
import { capLine, escapeControl } from '../escape.js';
import { TOOL_NAME } from '../version.js';
import { ExitCode, type Io } from './io.js';

/**
 * What the CLI makes of an error a command threw: the exit code, and the one line it writes on
 * stderr. A UserInputError is the input's fault (exit 2); anything else is a bug in the tool
 * (exit 3), reported on one line, with the stack trace when WASI_VIRT_STACK is set.
 */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has written its own message (or the help, or the version).
    const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return informational.includes(error.code) ? ExitCode.pass : ExitCode.usage;
  }
  if (error instanceof UserInputError) {
    io.stderr(`${TOOL_NAME}: error: ${capLine(escapeControl(error.message))}\n`);
    return ExitCode.usage;
  }
  const message = capLine(
    escapeControl(
      String((error as Error)?.message ?? error)
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
  io.stderr(
    process.env.WASI_VIRT_STACK
      ? `${String((error as Error)?.stack ?? error)}\n`
      : `${TOOL_NAME}: internal error: ${message} (a bug in ${TOOL_NAME}; set WASI_VIRT_STACK=1 for the stack trace and report it)\n`,
  );
  return ExitCode.internal;
}
