import { UserInputError } from '../errors.js';
import { POLICY_OPTIONS, type PolicyOption } from './options.js';
import type { PolicyPatch } from './policy.js';

/**
 * Refuses two settings one excludes (`allow-env` and `deny-env`) given in one place; a switch
 * turned off (`allow-all = false`) counts as not given.
 */
function checkExclusions(given: PolicyOption[], label: (option: PolicyOption) => string): void {
  for (const option of given) {
    const other = given.find((o) => o.name === option.excludes);
    const why = option.excludesWhy ? `: ${option.excludesWhy}` : '';
    if (other)
      throw new UserInputError(`${label(option)} and ${label(other)} cannot be combined${why}`);
  }
}

/**
 * The patch a text door (flags, WASI_VIRT_* variables, action inputs) gives: `texts` returns an
 * option's texts (one per flag or line; undefined or none: not given), `label` how messages name
 * it. Options apply in table order, so a later one narrows an earlier (`--stdio` then `--stdout`).
 */
export function patchFromTexts(
  texts: (option: PolicyOption) => string[] | undefined,
  label: (option: PolicyOption) => string,
): PolicyPatch {
  const patch: PolicyPatch = {};
  const given: PolicyOption[] = [];
  for (const option of POLICY_OPTIONS) {
    const values = texts(option);
    if (values === undefined || values.length === 0) continue;
    const value = option.kind.text(label(option), values);
    option.apply(patch, value);
    if (value !== false) given.push(option);
  }
  checkExclusions(given, label);
  return patch;
}

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's keys: top-level ones, and for each table (`env`) the keys it may hold. */
function fileSchema(): { top: string[]; tables: Map<string, string[]> } {
  const tables = new Map<string, string[]>();
  const top: string[] = [];
  for (const { file } of POLICY_OPTIONS) {
    const [head, key] = file.split('.') as [string, string | undefined];
    if (!top.includes(head)) top.push(head);
    if (key !== undefined) tables.set(head, [...(tables.get(head) ?? []), key]);
  }
  return { top, tables };
}

/**
 * Reads parsed policy-file data (TOML, JSON or YAML) into a patch, with each option's kind,
 * rejecting unknown keys and wrong types; `source` names the file in messages.
 */
export function patchFromData(data: unknown, source: string): PolicyPatch {
  const fail = (message: string): never => {
    throw new UserInputError(`policy file '${source}': ${message}`);
  };
  if (data === null || data === undefined) return {};
  if (!isTable(data)) return fail('the top level must be a table');
  const { top, tables } = fileSchema();
  const checkKeys = (table: Table, known: string[], where: string) => {
    for (const key of Object.keys(table))
      if (!known.includes(key))
        fail(`unknown key '${where}${key}' (known keys here: ${known.join(', ')})`);
  };
  checkKeys(data, top, '');
  for (const [name, keys] of tables) {
    const table = data[name];
    if (table === undefined) continue;
    if (!isTable(table)) fail(`'${name}' must be a table`);
    checkKeys(table as Table, keys, `${name}.`);
  }
  const valueAt = (path: string) =>
    path.split('.').reduce<unknown>((at, key) => (isTable(at) ? at[key] : undefined), data);
  const patch: PolicyPatch = {};
  const given: PolicyOption[] = [];
  try {
    for (const option of POLICY_OPTIONS) {
      const value = valueAt(option.file);
      if (value === undefined) continue;
      const read = option.kind.data(option.file, value);
      option.apply(patch, read);
      if (read !== false) given.push(option);
    }
    checkExclusions(given, (option) => `'${option.file}'`);
  } catch (error) {
    if (error instanceof UserInputError) fail(error.message);
    throw error;
  }
  return patch;
}
