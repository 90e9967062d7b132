import { POLICY_OPTIONS, type PolicyOption } from '../policy/options.js';
import type { PolicyPatch } from '../policy/policy.js';
import { patchFromTexts } from '../policy/read-options.js';

/** How messages name a policy flag: as it may be typed (`-e/--env`, `--allow-env`). */
const flagLabel = (option: PolicyOption) =>
  option.short ? `-${option.short}/--${option.name}` : `--${option.name}`;

/**
 * Flags whose value is optional, as WASI-Virt's are (the option table's `bare`). `--allow-env`
 * and `--allow-config` take theirs only after `=` (a name list cannot be told from a component
 * path); the others also take one of their words as the next argument.
 */
const optionalValueFlags = new Map<string, NonNullable<PolicyOption['bare']>>(
  POLICY_OPTIONS.flatMap((o) => (o.bare ? [[`--${o.name}`, o.bare]] : [])),
);

/** Long flags spelled another way elsewhere: WASI-Virt's `--out` is our `--output`. */
const aliases = new Map([['--out', '--output']]);

/**
 * How the help shows the flags normalizeArgv reads differently from commander: the optional
 * values, and `--out` beside `--output`.
 */
export function flagTerm(long: string | undefined): string | undefined {
  if (long === '--output') return '-o, --output, --out <file>';
  const optional = long === undefined ? undefined : optionalValueFlags.get(long);
  if (!optional) return undefined;
  if (optional.attached) return `${long}[=${[...optional.words, optional.attached].join('|')}]`;
  return optional.words.length > 0 ? `${long} [${optional.words.join('|')}]` : `${long}[=names]`;
}

/**
 * Rewrites the command line for commander. Every optional-value flag gets its value attached
 * (`--stdout allow` and bare `--stdout` → `--stdout=allow`, `--allow-env` →
 * `--allow-env=true`), so the parser never takes another argument, such as the component path,
 * as the flag's value; `--out` becomes `--output`. The argument after a flag that takes a value
 * (`valueFlags`, e.g. `--arg --out`) and everything after `--` stay as they are.
 */
export function normalizeArgv(argv: string[], valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = renamed(argv[i]!);
    if (arg === '--') return [...out, ...argv.slice(i)];
    const optional = optionalValueFlags.get(arg);
    if (optional) {
      const next = argv[i + 1];
      const given = next !== undefined && optional.words.includes(next);
      if (given) i++;
      out.push(`${arg}=${given ? next : optional.implicit}`);
      continue;
    }
    out.push(arg);
    if (valueFlags.has(arg) && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}

/** `--out` → `--output`, `--out=x.wasm` → `--output=x.wasm`; other arguments as they are. */
function renamed(arg: string): string {
  const [flag, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
  const alias = aliases.get(flag);
  return alias === undefined ? arg : value === undefined ? alias : `${alias}=${value}`;
}

/** The main command's policy flags as commander gives them: by camel-cased long name (`--allow-env` → allowEnv). */
export type VirtFlags = Record<string, string | string[] | boolean | undefined>;

/** What no flag at all reads as. */
export const noFlags = (): VirtFlags => ({});

/** `allow-env` → `allowEnv`: the key commander stores a flag's value under. */
const optionKey = (option: PolicyOption) =>
  option.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A flag's texts: one per occurrence of a repeatable flag, else the one value. */
function texts(value: VirtFlags[string]): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [String(value)];
}

/** Turns the main command's flags into a policy patch. */
export function patchFromFlags(flags: VirtFlags): PolicyPatch {
  return patchFromTexts((option) => texts(flags[optionKey(option)]), flagLabel);
}
