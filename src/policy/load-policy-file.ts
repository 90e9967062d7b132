import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { UserInputError } from '../errors.js';
import type { PolicyPatch } from './policy.js';
import { patchFromData } from './read-options.js';

type Parser = (text: string) => unknown;

const parsers: Record<string, Parser> = {
  '.toml': parseToml,
  '.json': JSON.parse,
  '.yaml': parseYaml,
  '.yml': parseYaml,
};

/** Reads a TOML, JSON or YAML policy file (chosen by extension) into a policy patch. */
export async function loadPolicyFile(path: string): Promise<PolicyPatch> {
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
  return patchFromData(data, path);
}
