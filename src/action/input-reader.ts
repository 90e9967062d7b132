import * as core from '@actions/core';

/** Reads one action input, trimmed; '' when not given. */
export type ReadInput = (name: string) => string;

export const readActionInput: ReadInput = (name) => core.getInput(name).trim();

/** The non-blank lines of a multi-line input, trimmed; lines starting with `#` are comments. */
export function inputLines(read: ReadInput, name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** How messages name an input. */
export const inputLabel = (name: string) => `input '${name}'`;
