import { type StdioMode } from './policy.js';
/**
 * Parsers for the values every front door (CLI flags, action inputs) turns
 * into a policy patch. `label` names where the value came from in messages,
 * e.g. `--allow-clocks` or `input 'allow-clocks'`.
 */
/** `alternative` adds what else the front door accepts, e.g. ` (or no value)` for a flag. */
export declare function parseBoolean(label: string, value: string, alternative?: string): boolean;
/** A comma-separated list of names, none empty. */
export declare function parseNames(label: string, value: string): string[];
/** One `KEY=VALUE`; the key is everything before the first `=`. */
export declare function parsePair(label: string, value: string, example: string): [string, string];
export declare function parseStdioMode(label: string, value: string, alternative?: string): StdioMode;
/** `/guest=rest`: an absolute guest path and a non-empty right-hand side. */
export declare function parseGuestAssignment(label: string, value: string, example: string): {
    guest: string;
    rest: string;
};
