import type { ExternItem } from '../inspect/component-interface.js';
import { matchesFunction, matchesInterface, type ImportPattern } from './pattern.js';

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

function describeRule(pattern: ImportPattern): string {
  return `${pattern.source} '${pattern.text}'`;
}

/**
 * Applies allow and deny patterns to a component's imports. Deny wins over
 * allow; once any allow pattern exists, whatever none allows is a violation.
 * Patterns with a `#function` part judge single functions. An import with no
 * functions carries types only: it is denied only by whole-interface patterns
 * and allowed by any pattern naming its interface.
 */
export function checkImports(items: ExternItem[], rules: ImportRules): CheckResult {
  const imports = items.map((item) => ({ item, violations: checkImport(item, rules) }));
  const violations = imports.flatMap((entry) => entry.violations);
  return { imports, violations, passed: violations.length === 0 };
}

function checkImport(item: ExternItem, rules: ImportRules): Violation[] {
  const deny = rules.deny.filter((p) => matchesInterface(p, item));
  const allow = rules.allow.filter((p) => matchesInterface(p, item));
  const violation = (
    reason: Violation['reason'],
    rule: string,
    func?: string,
    unknown = false,
  ): Violation => {
    const shown =
      item.implements !== undefined && !item.name.startsWith('[implements=')
        ? `${item.name} (implements ${item.implements})`
        : item.name;
    const subject = func ? `${shown}#${func}` : shown;
    const because = unknown
      ? ': its functions could not be determined (the instance type cannot be resolved), so the rule rejects the whole import'
      : '';
    const message =
      reason === 'denied'
        ? `import ${subject} is denied by ${rule}${because}`
        : `import ${subject} is not allowed: no --allow rule matches it (${rule})${because}`;
    return {
      import: item.name,
      ...(func ? { function: func } : {}),
      reason,
      rule,
      offset: item.offset,
      message,
    };
  };

  const wholeDeny = deny.find((p) => p.func === undefined);
  if (wholeDeny) return [violation('denied', describeRule(wholeDeny))];

  if (item.functionsUnknown) {
    // Function rules cannot be checked against unknown functions: fail closed.
    const funcDeny = deny.find((p) => p.func !== undefined);
    if (funcDeny) return [violation('denied', describeRule(funcDeny), undefined, true)];
    if (rules.allow.length > 0 && !allow.some((p) => p.func === undefined)) {
      const allowList = `allow list: ${rules.allow.map((p) => p.text).join(', ')}`;
      return [violation('not-allowed', allowList, undefined, true)];
    }
    return [];
  }

  const functions = item.functions ?? [];
  const found: Violation[] = [];
  for (const func of functions) {
    const denied = deny.find((p) => matchesFunction(p, func));
    if (denied) found.push(violation('denied', describeRule(denied), func));
  }
  if (rules.allow.length === 0) return found;

  const allowList = `allow list: ${rules.allow.map((p) => p.text).join(', ')}`;
  if (allow.some((p) => p.func === undefined)) return found;
  if (functions.length === 0) {
    const typesOnlyAndNamed = item.typesOnly === true && allow.length > 0;
    return typesOnlyAndNamed ? found : [...found, violation('not-allowed', allowList)];
  }
  for (const func of functions) {
    const alreadyDenied = found.some((v) => v.function === func);
    if (!alreadyDenied && !allow.some((p) => matchesFunction(p, func))) {
      found.push(violation('not-allowed', allowList, func));
    }
  }
  return found;
}
