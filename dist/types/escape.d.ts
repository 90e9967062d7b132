/**
 * Escaping for every place a name or path from the input (an import name, a
 * file name, a pattern) is printed: terminals and logs, GitHub workflow
 * commands, markdown, XML and JSON reports. One module, so every sink escapes
 * the same way.
 */
/** Shows control characters escaped (`\n`, `\u001b`), so user data stays on one line and inert. */
export declare function escapeControl(text: string): string;
/**
 * A line for a log that a CI runner scans for commands: control characters
 * escaped, and a line that would start with `::` (a GitHub Actions workflow
 * command) has its first colon escaped.
 */
export declare function safeLogLine(text: string): string;
/** Multi-line text in which no line starts (after blanks) with `::`: each such colon is escaped. */
export declare function noCommandLines(text: string): string;
/** Text for a markdown table cell or list item: control characters escaped, markup neutralized. */
export declare function escapeMarkdown(text: string): string;
/** Inline markdown code; a backtick cannot be escaped inside a code span, so it is replaced. */
export declare function markdownCode(text: string): string;
/**
 * Shortens a line to `max` characters by cutting out its middle (an ellipsis in its place): a
 * message starts with what went wrong and ends with what to do, and both stay.
 */
export declare function capLine(text: string, max?: number): string;
/** How a name is quoted in messages: escaped, between single quotes. */
export declare function quoteName(name: string): string;
