import type { ExternItem } from '../inspect/component-interface.js';
import { type ImportPattern } from './pattern.js';
export interface ImportRules {
    allow: ImportPattern[];
    deny: ImportPattern[];
}
export interface Violation {
    /** Full import name, version included. */
    import: string;
    /** The function at fault, when the rule is about one function rather than the whole import. */
    function?: string;
    reason: 'denied' | 'not-allowed';
    /** The rule that rejected the import: the deny pattern, or the allow list it is missing from. */
    rule: string;
    offset: number;
    message: string;
}
export interface CheckedImport {
    item: ExternItem;
    violations: Violation[];
}
export interface CheckResult {
    imports: CheckedImport[];
    violations: Violation[];
    passed: boolean;
}
/**
 * Applies allow and deny patterns to a component's imports. Deny wins over
 * allow; once any allow pattern exists, whatever none allows is a violation.
 * Patterns with a `#function` part judge single functions. An import with no
 * functions carries types only: it is denied only by whole-interface patterns
 * and allowed by any pattern naming its interface.
 */
export declare function checkImports(items: ExternItem[], rules: ImportRules): CheckResult;
