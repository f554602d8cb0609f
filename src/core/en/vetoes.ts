// Non-claim stretches of an English sentence (dates, times, codes, addresses, phone and bill
// numbers…) from the table in src/rules/en/non-claims.ts: numbers inside them are not claims.
import { nonClaims } from '../../rules/en/non-claims.js';

/** Blocked stretches of the sentence: numbers inside them are not claims. */
export function findNonClaims(text: string, start: number, end: number): { start: number; end: number; ruleId: string }[] {
  const sentence = text.slice(start, end);
  const out: { start: number; end: number; ruleId: string }[] = [];
  for (const rule of nonClaims) {
    rule.pattern.lastIndex = 0;
    for (const match of sentence.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      out.push({ start: start + match.index!, end: start + match.index! + match[0].length, ruleId: rule.id });
    }
  }
  return out;
}
