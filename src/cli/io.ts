/** Where a command writes; tests pass their own to capture output in process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const ExitCode = { pass: 0, violation: 1, usage: 2 } as const;
