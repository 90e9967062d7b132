import { UserInputError } from '../errors.js';
import { stdioModes, type StdioMode } from './policy.js';

/**
 * Parsers for the values every front door (CLI flags, action inputs) turns
 * into a policy patch. `label` names where the value came from in messages,
 * e.g. `--allow-clocks` or `input 'allow-clocks'`.
 */

/** `alternative` adds what else the front door accepts, e.g. ` (or no value)` for a flag. */
export function parseBoolean(label: string, value: string, alternative = ''): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserInputError(`${label} takes true or false${alternative}, not '${value}'`);
}

/** A comma-separated list of names, none empty. */
export function parseNames(label: string, value: string): string[] {
  const list = value.split(',').map((n) => n.trim());
  if (list.some((n) => n === ''))
    throw new UserInputError(`${label}=${value}: empty name in the list`);
  return list;
}

/** One `KEY=VALUE`; the key is everything before the first `=`. */
export function parsePair(label: string, value: string, example: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0)
    throw new UserInputError(`${label} '${value}' must be KEY=VALUE (for example ${example})`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}

export function parseStdioMode(label: string, value: string, alternative = ''): StdioMode {
  if (!(stdioModes as string[]).includes(value))
    throw new UserInputError(
      `${label} takes ${stdioModes.join(', ')}${alternative}, not '${value}'`,
    );
  return value as StdioMode;
}

/** `/guest=rest`: an absolute guest path and a non-empty right-hand side. */
export function parseGuestAssignment(
  label: string,
  value: string,
  example: string,
): { guest: string; rest: string } {
  const eq = value.indexOf('=');
  const guest = value.slice(0, eq);
  if (eq <= 0 || !guest.startsWith('/') || eq === value.length - 1)
    throw new UserInputError(`${label} '${value}' must be ${example}`);
  return { guest, rest: value.slice(eq + 1) };
}
