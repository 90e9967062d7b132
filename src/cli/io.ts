import type { ProgressStream } from './progress.js';

/** Where a command writes; tests pass their own to capture output in process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The stream behind `stderr`, when it is the process's: the progress line is drawn on it, and
   * only when it is a terminal (`isTTY`). Absent, there is no progress line.
   */
  terminal?: ProgressStream;
  /**
   * `--quiet`: `stdout` and `stderr` say nothing (main.ts silences them), and a failing gate's
   * violations go to `failures`, the real stderr. Errors are main's to print, quiet or not.
   */
  quiet?: boolean;
  failures?(text: string): void;
}

/**
 * The process's own streams, for the `wasi-virt` bin. A reader that goes away early
 * (`wasi-virt imports big.wasm | head -1`) is no error: once a stream reports EPIPE, what is
 * left to write to it is dropped without a word, and the command runs to its end and exits with
 * its own code (so a failing gate still fails a pipeline under `set -o pipefail`).
 */
export function processIo(): Io {
  const writer = (stream: NodeJS.WriteStream) => {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      closed = true;
    });
    return (text: string) => {
      if (!closed && !stream.destroyed) stream.write(text);
    };
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    terminal: process.stderr,
  };
}

/** 0 pass, 1 policy violated, 2 usage or input error, 3 a bug in wasi-virt. */
export const ExitCode = { pass: 0, violation: 1, usage: 2, internal: 3 } as const;
