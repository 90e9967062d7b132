import { parseByteSize } from '../byte-size.js';
import { UserInputError } from '../errors.js';
import { parseInstant, parseSeed } from './hermetic.js';
import { parseHttpPatterns } from './http-hosts.js';
import { parseSocketPatterns } from './socket-patterns.js';
import {
  parseBoolean,
  parseGuestAssignment,
  parseNames,
  parsePair,
  parseStdioMode,
} from './patch-values.js';
import {
  DEFAULT_WRITABLE_SIZE,
  stdioModes,
  type Mount,
  type StdioMode,
  type Writable,
} from './policy.js';

/**
 * How one kind of setting's value is read: from text (a flag, a WASI_VIRT_* variable, an
 * action input; a repeatable setting gives one text per flag or line), `label` naming where it
 * came from in messages; and from a policy file's data (TOML, JSON or YAML) at key `key`.
 */
export interface ValueKind<T> {
  /** What help shows after the flag, e.g. `<names>`. */
  placeholder: string;
  /** What the value looks like, for generated documentation (the docs' variable table). */
  shape: string;
  text(label: string, texts: string[]): T;
  data(key: string, value: unknown): T;
}

/** A policy file's value of the wrong type. */
const fail = (key: string, what: string): never => {
  throw new UserInputError(`'${key}' must be ${what}`);
};
/** A setting given once: the last text (a later flag wins, as commander keeps it). */
const only = (_label: string, texts: string[]) => texts[texts.length - 1]!;
const strings = (key: string, value: unknown): string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? value
    : fail(key, 'a list of strings');
const stringTable = (key: string, value: unknown): [string, string][] => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(key, 'a table of strings');
  for (const [name, v] of Object.entries(value))
    if (typeof v !== 'string') fail(`${key}.${name}`, 'a string');
  return Object.entries(value as Record<string, string>);
};

export const booleanValue: ValueKind<boolean> = {
  placeholder: '<bool>',
  shape: '`true` or `false`',
  text: (label, texts) => parseBoolean(label, only(label, texts)),
  data: (key, value) => (typeof value === 'boolean' ? value : fail(key, 'true or false')),
};

export const stdioModeValue: ValueKind<StdioMode> = {
  placeholder: '<mode>',
  shape: stdioModes.map((m) => `\`${m}\``).join(', '),
  text: (label, texts) => parseStdioMode(label, only(label, texts)),
  data: (key, value) =>
    typeof value === 'string' && (stdioModes as string[]).includes(value)
      ? (value as StdioMode)
      : fail(key, `one of ${stdioModes.join(', ')}`),
};

/** Which host values reach the component: every one, none, or the names listed. */
export type HostValues = 'all' | 'none' | string[];

/** `true` (every host value), `false` (none) or comma-separated names; a file's list is the names. */
export const hostValuesValue: ValueKind<HostValues> = {
  placeholder: '<names>',
  shape: '`true` (every host value), `false` (none) or `A,B`',
  text(label, texts) {
    const value = only(label, texts);
    if (value === 'true') return 'all';
    if (value === 'false') return 'none';
    return parseNames(label, value);
  },
  data(key, value) {
    if (typeof value === 'boolean') return value ? 'all' : 'none';
    return strings(key, value);
  },
};

/** Comma-separated names; a file's list. */
export const namesValue: ValueKind<string[]> = {
  placeholder: '<names>',
  shape: '`A,B`',
  text: (label, texts) => parseNames(label, only(label, texts)),
  data: strings,
};

/**
 * `KEY=VALUE` settings, one a text; `A=1,B=2` sets two (as WASI-Virt's `-e` does) unless a
 * comma belongs to a value (`A=x,y`). A file's table of strings.
 */
export const pairsValue: ValueKind<Record<string, string>> = {
  placeholder: '<KEY=VALUE>',
  shape: '`K=V`, one a line (a line may hold `A=1,B=2`)',
  text(label, texts) {
    const result: Record<string, string> = {};
    for (const text of texts) {
      const pieces = text.split(',');
      for (const piece of pieces.every((p) => p.includes('=')) ? pieces : [text]) {
        const [key, value] = parsePair(label, piece, 'GREETING=hello');
        result[key] = value;
      }
    }
    return result;
  },
  data: (key, value) => Object.fromEntries(stringTable(key, value)),
};

/** Strings taken as they are, one a text; a file's list. */
export const listValue: ValueKind<string[]> = {
  placeholder: '<value>',
  shape: 'one value a line',
  text: (_label, texts) => texts,
  data: strings,
};

export const stringValue = (placeholder: string, shape: string): ValueKind<string> => ({
  placeholder,
  shape,
  text: only,
  data: (key, value) => (typeof value === 'string' ? value : fail(key, 'a string')),
});

/** A size in bytes: `65536`, `64K`, `1M`; a file's number or string. */
export const sizeValue: ValueKind<number> = {
  placeholder: '<size>',
  shape: 'a size: `65536`, `64K`, `1M`',
  text: (label, texts) => parseByteSize(label, only(label, texts)),
  data: (key, value) =>
    typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string'
      ? parseByteSize(`'${key}'`, String(value))
      : fail(key, 'a size in bytes such as 65536 or "64K"'),
};

/** `/guest=host` pairs, one a text; a file's table of guest path = host path. */
export const guestPathsValue = (shape: string, example: string): ValueKind<Mount[]> => ({
  placeholder: `<${shape.toLowerCase().replace(/^\//, '')}>`,
  shape: `\`${shape}\`, one a line`,
  text: (label, texts) =>
    texts.map((text) => {
      const { guest, rest } = parseGuestAssignment(
        label,
        text,
        `${shape} (for example ${example})`,
      );
      return { guest, host: rest };
    }),
  data: (key, value) => stringTable(key, value).map(([guest, host]) => ({ guest, host })),
});

/** smol-toml's dates without an offset (local date-times, dates, times) name no instant. */
const isLocalTomlDate = (value: Date) => {
  const { isLocal } = value as Date & { isLocal?: () => boolean };
  return typeof isLocal === 'function' && isLocal.call(value);
};

/** An RFC 3339 instant, kept in its canonical spelling; a file's string (or TOML offset date-time, to the millisecond). */
export const instantValue: ValueKind<string> = {
  placeholder: '<rfc3339>',
  shape: 'an RFC 3339 instant: `2024-05-01T12:00:00Z`',
  text: (label, texts) => parseInstant(label, only(label, texts)),
  data(key, value) {
    // A TOML offset date-time (unquoted) arrives as a Date, which keeps milliseconds.
    if (value instanceof Date && !Number.isNaN(value.getTime()) && !isLocalTomlDate(value))
      return parseInstant(`'${key}'`, Date.prototype.toISOString.call(value));
    return typeof value === 'string'
      ? parseInstant(`'${key}'`, value)
      : fail(key, 'an RFC 3339 instant such as "2024-05-01T12:00:00Z"');
  },
};

/** An unsigned 64-bit integer, kept as its decimal digits; a file's integer or string of digits. */
export const seedValue: ValueKind<string> = {
  placeholder: '<u64>',
  shape: 'an unsigned 64-bit integer: `42`',
  text: (label, texts) => parseSeed(label, only(label, texts)),
  data: (key, value) =>
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    typeof value === 'bigint' ||
    typeof value === 'string'
      ? parseSeed(`'${key}'`, String(value))
      : fail(key, 'an unsigned 64-bit integer such as 42 (quoted above 2^53)'),
};

/** `--allow-http` and `--allow-sockets`: everything (true), nothing (false), or only what the patterns name (canonical spellings). */
export type PatternAccess = boolean | string[];

/** `true`, `false` or comma-separated patterns read by `parse`; a file's boolean or list. */
const patternAccessValue = (
  parse: (label: string, patterns: string[]) => string[],
  shape: string,
): ValueKind<PatternAccess> => ({
  placeholder: '<patterns>',
  shape,
  text(label, texts) {
    const value = only(label, texts);
    if (value === 'true' || value === 'false') return value === 'true';
    return parse(label, value.split(','));
  },
  data(key, value) {
    if (typeof value === 'boolean') return value;
    return parse(`'${key}'`, strings(key, value));
  },
});

/** `true`, `false` or comma-separated Spin-style patterns (`https://*.example.com`); a file's boolean or list. */
export const httpAccessValue = patternAccessValue(
  parseHttpPatterns,
  '`true` (every host), `false` (none) or `https://api.example.com,http://localhost:3000`',
);

/** `true`, `false` or comma-separated socket patterns (`tcp://10.0.0.0/8:5432`); a file's boolean or list. */
export const socketsAccessValue = patternAccessValue(
  parseSocketPatterns,
  '`true` (every address), `false` (none) or `tcp://127.0.0.1:5432,udp://10.0.0.0/8:53`',
);

/** A guest directory for --writable: absolute, `/a//b/` as `/a/b`, no `..`; `/` is refused. */
function writableGuest(label: string, guest: string, example: string): string {
  const parts = guest.split('/').filter((p) => p !== '' && p !== '.');
  if (!guest.startsWith('/') || parts.includes('..') || parts.length === 0)
    throw new UserInputError(
      `${label} '${guest}' must be an absolute guest directory other than / without '..' (for example ${example})`,
    );
  return `/${parts.join('/')}`;
}

/** `/guest` or `/guest=SIZE` (`/tmp=64M`), one a text; a file's table of guest path = size. */
export const writableValue: ValueKind<Writable[]> = {
  placeholder: '<guest[=size]>',
  shape: '`/GUEST` or `/GUEST=SIZE` (`/tmp=64M`), one a line',
  text: (label, texts) =>
    texts.map((text) => {
      const eq = text.indexOf('=');
      const guest = writableGuest(label, eq < 0 ? text : text.slice(0, eq), '/tmp=64M');
      const size =
        eq < 0 ? DEFAULT_WRITABLE_SIZE : parseByteSize(`${label} ${guest}`, text.slice(eq + 1));
      return { guest, size };
    }),
  data(key, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(key, 'a table of guest directory = size ("/tmp" = "64M")');
    return Object.entries(value as Record<string, unknown>).map(([guest, size]) => ({
      guest: writableGuest(`'${key}'`, guest, '"/tmp" = "64M"'),
      size: sizeValue.data(`${key}.${guest}`, size),
    }));
  },
};

/** `--overlay`: the quota (bare and `true`: the default), or false; a file's boolean or size. */
export const overlayValue: ValueKind<number | false> = {
  placeholder: '<size>',
  shape: '`true` (64M), `false` or a size: `16M`',
  text(label, texts) {
    const value = only(label, texts);
    if (value === 'true' || value === 'false') return value === 'true' && DEFAULT_WRITABLE_SIZE;
    return parseByteSize(label, value);
  },
  data(key, value) {
    if (typeof value === 'boolean') return value && DEFAULT_WRITABLE_SIZE;
    return sizeValue.data(key, value);
  },
};
