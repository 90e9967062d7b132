import satisfies from 'semver/functions/satisfies.js';
import validSemver from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { UserInputError } from '../errors.js';
import type { ExternItem } from '../inspect/component-interface.js';

/**
 * An import pattern: `<name glob>[@<semver range>][#<function glob>]`, e.g.
 * `*`, `wasi:*`, `wasi:filesystem/*`, `wasi:cli/environment@^0.2.3#get-arguments`.
 * `*` matches any run of characters (including `:` and `/`).
 */
export interface ImportPattern {
  text: string;
  /** Where the pattern came from, for messages: `--deny`, `policy.toml`... */
  source: string;
  name: RegExp;
  range?: string;
  func?: RegExp;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  // `s`: `*` matches every character, line breaks included; `^...$` anchor the whole name.
  return new RegExp(`^${escaped.join('.*')}$`, 's');
}

export function parsePattern(text: string, source: string): ImportPattern {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const head = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const func = hash === -1 ? undefined : trimmed.slice(hash + 1);
  const at = head.indexOf('@');
  const name = at === -1 ? head : head.slice(0, at);
  const range = at === -1 ? undefined : head.slice(at + 1);
  const problem = (what: string): never => {
    throw new UserInputError(`invalid import pattern '${text}' (from ${source}): ${what}`);
  };
  if (!name) problem('the interface part is empty; use * to match every import');
  if (/\s/.test(name)) problem('it contains whitespace');
  if (func !== undefined && (!func || func.includes('@') || func.includes('#'))) {
    problem('the function after # must be a function name or glob, e.g. #get-environment');
  }
  if (range !== undefined && (!range || validRange(range) === null)) {
    problem(`'${range}' is not a semver range (examples: 0.2.*, ^0.2.3, >=0.2.0 <0.3.0)`);
  }
  return {
    text: trimmed,
    source,
    name: globToRegExp(name),
    ...(range !== undefined ? { range } : {}),
    ...(func !== undefined ? { func: globToRegExp(func) } : {}),
  };
}

/** Whether the pattern's name and version parts match the import (its function part aside). */
export function matchesInterface(pattern: ImportPattern, item: ExternItem): boolean {
  const subject = item.interface?.id ?? item.name;
  if (!pattern.name.test(subject)) return false;
  if (pattern.range === undefined) return true;
  const version = item.interface?.version;
  return (
    version !== undefined &&
    validSemver(version) !== null &&
    satisfies(version, pattern.range, { includePrerelease: true })
  );
}

export function matchesFunction(pattern: ImportPattern, func: string): boolean {
  return pattern.func === undefined || pattern.func.test(func);
}
