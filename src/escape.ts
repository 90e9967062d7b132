/**
 * Escaping for every place a name or path from the input (an import name, a
 * file name, a pattern) is printed: terminals and logs, GitHub workflow
 * commands, markdown, XML and JSON reports. One module, so every sink escapes
 * the same way.
 */

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators
 * and the bidirectional overrides, which could break a line or reorder what a
 * reader sees. Lone surrogates are caught separately.
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function hex4(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Shows control characters escaped (`\n`, `\u001b`), so user data stays on one line and inert. */
export function escapeControl(text: string): string {
  return text
    .replace(unsafe, (c) => named[c] ?? hex4(c.charCodeAt(0)))
    .replace(/[\ud800-\udfff]/g, (c, at: number, whole: string) => {
      const code = c.charCodeAt(0);
      const pairedHigh = code < 0xdc00 && /[\udc00-\udfff]/.test(whole[at + 1] ?? '');
      const pairedLow = code >= 0xdc00 && /[\ud800-\udbff]/.test(whole[at - 1] ?? '');
      return pairedHigh || pairedLow ? c : hex4(code);
    });
}

/**
 * A line for a log that a CI runner scans for commands: control characters
 * escaped, and a line that would start with `::` (a GitHub Actions workflow
 * command) has its first colon escaped.
 */
export function safeLogLine(text: string): string {
  return escapeControl(text).replace(/^(\s*):(?=:)/, (_m, space: string) => `${space}\\u003a`);
}

/** Multi-line text in which no line starts (after blanks) with `::`: each such colon is escaped. */
export function noCommandLines(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, (_m, space: string) => `${space}\\u003a`);
}

/** Text for a markdown table cell or list item: control characters escaped, markup neutralized. */
export function escapeMarkdown(text: string): string {
  return escapeControl(text).replace(/[\\|<>&`*_[\]~]/g, (c) => `\\${c}`);
}

/** Inline markdown code; a backtick cannot be escaped inside a code span, so it is replaced. */
export function markdownCode(text: string): string {
  return `\`${escapeControl(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** Whether a cut just before `at` would split a UTF-16 surrogate pair. */
const splitsPair = (text: string, at: number) => /[\ud800-\udbff]/.test(text[at - 1] ?? '');

/**
 * Shortens a line to `max` characters by cutting out its middle (an ellipsis in its place): a
 * message starts with what went wrong and ends with what to do, and both stay.
 */
export function capLine(text: string, max = 500): string {
  if (text.length <= max) return text;
  let head = Math.floor((max - 1) * 0.6);
  if (splitsPair(text, head)) head--;
  let tailStart = text.length - (max - 1 - head);
  if (splitsPair(text, tailStart)) tailStart++;
  return `${text.slice(0, head)}…${text.slice(tailStart)}`;
}

/** How a name is quoted in messages: escaped, between single quotes. */
export function quoteName(name: string): string {
  return `'${escapeControl(name)}'`;
}
