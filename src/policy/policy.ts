/**
 * The typed policy model every front door (CLI flags, action inputs, policy
 * files) is turned into. This slice: import rules for the gate.
 */
export interface ImportPolicy {
  /** Patterns an import must match (once any is given). */
  allow: string[];
  /** Patterns an import must not match; deny wins over allow. */
  deny: string[];
}

export interface Policy {
  imports: ImportPolicy;
}

export function emptyPolicy(): Policy {
  return { imports: { allow: [], deny: [] } };
}
