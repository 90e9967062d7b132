/** Where a command writes; tests pass their own to capture output in process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** 0 pass, 1 policy violated, 2 usage or input error, 3 a bug in wasi-virt. */
export const ExitCode = { pass: 0, violation: 1, usage: 2, internal: 3 } as const;
