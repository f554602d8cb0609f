// The shape shared by every rule table: a stable kebab-case id, and examples that the
// rules test turns into cases (a rule without an example fails that test).
export interface RuleExample {
  /** A phrase written for this project, in which the rule applies. */
  text: string;
  /** What the extractor should make of it: the claim text, or null for "no claim". */
  claim: string | null;
  /** For a "no claim" example that holds other claims: the part that must not be claimed. */
  absent?: string;
  value?: number;
  unit?: string | null;
  kind?: string;
}

export interface Rule {
  id: string;
  examples: RuleExample[];
}
