import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { UserInputError } from '../errors.js';
import { emptyPolicy, type Policy } from './policy.js';

type Parser = (text: string) => unknown;

const parsers: Record<string, Parser> = {
  '.toml': parseToml,
  '.json': JSON.parse,
  '.yaml': parseYaml,
  '.yml': parseYaml,
};

/** Reads a TOML, JSON or YAML policy file (chosen by extension) into the policy model. */
export async function loadPolicyFile(path: string): Promise<Policy> {
  const parser = parsers[extname(path).toLowerCase()];
  if (!parser) {
    throw new UserInputError(`policy file '${path}' must end in .toml, .json, .yaml or .yml`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserInputError(
      `cannot read policy file '${path}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let data: unknown;
  try {
    data = parser(text);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new UserInputError(
      `policy file '${path}' is not valid ${extname(path).slice(1).toUpperCase()}: ${detail}`,
    );
  }
  return policyFromData(data, path);
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(
  table: Record<string, unknown>,
  known: string[],
  where: string,
  path: string,
): void {
  for (const key of Object.keys(table)) {
    if (!known.includes(key)) {
      throw new UserInputError(
        `policy file '${path}': unknown key '${where}${key}' (known keys here: ${known.join(', ')})`,
      );
    }
  }
}

function stringList(value: unknown, key: string, path: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new UserInputError(`policy file '${path}': '${key}' must be a list of strings`);
  }
  return value;
}

export function policyFromData(data: unknown, path: string): Policy {
  if (data === null || data === undefined) return emptyPolicy();
  if (!isTable(data))
    throw new UserInputError(`policy file '${path}' must contain a table/object at the top level`);
  checkKeys(data, ['imports'], '', path);
  const policy = emptyPolicy();
  if (data.imports !== undefined) {
    if (!isTable(data.imports))
      throw new UserInputError(
        `policy file '${path}': 'imports' must be a table with 'allow' and/or 'deny'`,
      );
    checkKeys(data.imports, ['allow', 'deny'], 'imports.', path);
    policy.imports.allow = stringList(data.imports.allow, 'imports.allow', path);
    policy.imports.deny = stringList(data.imports.deny, 'imports.deny', path);
  }
  return policy;
}
