import type { ExternName } from '../component/ast.js';

/**
 * The component-model name grammar for imports and exports, as wasm-tools
 * 1.262 validates it (Explainer.md, "Import and export definitions"):
 *
 *   label         fragment ('-' fragment)*, the first starting with a letter; each fragment
 *                 all lowercase ([a-z0-9]+) or all uppercase ([A-Z0-9]+)
 *   plainname     label | '[constructor]' label | '[method]' label '.' label
 *                 | '[static]' label '.' label | '[implements=<' interfacename '>]' label
 *   interfacename (words ':')+ words ('/' label)+ ('@' semver)?, words lowercase
 *
 * `url=`, `integrity=`, `unlocked-dep=` and `locked-dep=` names are not accepted
 * by wasm-tools 1.262 (nor by wasmtime 49), and are not accepted here either.
 */

const fragment = '(?:[a-z0-9]+|[A-Z0-9]+)';
const labelSource = `(?:[a-z]+[0-9a-z]*|[A-Z]+[0-9A-Z]*)(?:-${fragment})*`;
const wordsSource = '[a-z][0-9a-z]*(?:-[0-9a-z]+)*';
const label = new RegExp(`^${labelSource}$`);
const interfaceHead = new RegExp(`^(?:${wordsSource}:)+${wordsSource}(?:/${labelSource})+$`);
// Semantic Versioning 2.0.0: no leading zeros, dot-separated prerelease and build identifiers.
const numeric = '(?:0|[1-9][0-9]*)';
const preId = `(?:${numeric}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
const semverPattern = new RegExp(
  `^${numeric}\\.${numeric}\\.${numeric}(?:-${preId}(?:\\.${preId})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
);

export function isLabel(text: string): boolean {
  return label.test(text);
}

/** Whether `text` is `ns:pkg/iface[@version]` (nested namespaces and projections allowed). */
export function isInterfaceName(text: string): boolean {
  const at = text.indexOf('@');
  const head = at === -1 ? text : text.slice(0, at);
  if (!interfaceHead.test(head)) return false;
  return at === -1 || semverPattern.test(text.slice(at + 1));
}

const implementsForm = /^\[implements=<([^<>]*)>\](.*)$/s;

/** The interface an `[implements=<I>]label` name implements, with its label; undefined for other names. */
export function splitImplements(name: string): { interface: string; label: string } | undefined {
  const match = implementsForm.exec(name);
  return match ? { interface: match[1]!, label: match[2]! } : undefined;
}

/** The interface a name implements: its `[implements=<I>]` prefix or its implements attribute. */
export function implementedInterface(name: ExternName): string | undefined {
  return splitImplements(name.name)?.interface ?? name.implements;
}

/** Why `name` is not a valid plain name, or undefined when it is one. */
function plainNameProblem(name: string): string | undefined {
  const implemented = splitImplements(name);
  if (implemented) {
    if (!isInterfaceName(implemented.interface))
      return 'the interface in [implements=<...>] is not a valid interface name (namespace:package/interface@version)';
    return isLabel(implemented.label)
      ? undefined
      : 'the label after [implements=<...>] is not kebab-case';
  }
  const annotated = /^\[(constructor|method|static)\](.*)$/s.exec(name);
  if (annotated) {
    const [, kind, rest] = annotated;
    if (kind === 'constructor')
      return isLabel(rest!) ? undefined : 'the resource name is not kebab-case';
    const parts = rest!.split('.');
    return parts.length === 2 && parts.every(isLabel)
      ? undefined
      : `[${kind}] must be followed by resource.function, both kebab-case`;
  }
  return isLabel(name) ? undefined : 'it is neither a kebab-case label nor an interface name';
}

/** Why `name` is not a valid import or export name, or undefined when it is valid. */
export function externNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.includes(':') && !name.startsWith('[')) {
    return isInterfaceName(name)
      ? undefined
      : 'it is not a valid interface name (namespace:package/interface@version, lowercase words, a semver version)';
  }
  return plainNameProblem(name);
}

/** Problems with an extern name and its attributes (the binary form's `implements`). */
export function externNameProblems(name: ExternName): string | undefined {
  const problem = externNameProblem(name.name);
  if (problem) return problem;
  if (name.implements !== undefined) {
    if (splitImplements(name.name))
      return 'it has both an [implements=<...>] prefix and an implements attribute';
    if (name.name.includes(':') && !name.name.startsWith('['))
      return 'an implements attribute is only allowed on a plain (label) name';
    if (!isInterfaceName(name.implements))
      return 'its implements attribute is not a valid interface name';
  }
  return undefined;
}

/** One invalid name found in a component, for the error message. */
export interface InvalidName {
  where: string;
  name: string;
  problem: string;
}

/**
 * The first invalid name among a component's imports and exports and the
 * functions and types its instances carry, or undefined when all are valid.
 */
export function findInvalidName(
  externs: { what: 'import' | 'export'; name: ExternName; members: string[] }[],
): InvalidName | undefined {
  for (const { what, name, members } of externs) {
    const problem = externNameProblems(name);
    if (problem) return { where: what, name: name.name, problem };
    for (const member of members) {
      const memberProblem = externNameProblem(member);
      if (memberProblem)
        return { where: `${what} ${name.name}: member`, name: member, problem: memberProblem };
    }
  }
  return undefined;
}
