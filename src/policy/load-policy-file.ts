import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserInputError } from '../errors.js';
import type { PolicyPatch } from './policy.js';
import { patchFromData } from './read-options.js';

type Parser = (text: string) => unknown;

// Loaded only for a policy file of their format: the YAML parser alone is 300 KB of JavaScript,
// which a run without a policy file would otherwise compile.
const yaml = async (): Promise<Parser> => (await import('yaml')).parse;
const parsers: Record<string, () => Promise<Parser>> = {
  '.toml': async () => (await import('smol-toml')).parse,
  '.json': async () => JSON.parse,
  '.yaml': yaml,
  '.yml': yaml,
};

/** Reads a TOML, JSON or YAML policy file (chosen by extension) into a policy patch. */
export async function loadPolicyFile(path: string): Promise<PolicyPatch> {
  const loadParser = parsers[extname(path).toLowerCase()];
  if (!loadParser) {
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
  const parser = await loadParser();
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
