// structure (en): what the words around each English claim add: the qualifier (`approx`), a
// change (`rose from X to Y`, `up 3%`) linking claims by id, and a `per` denominator
// (`$1,200 a month`, `$0.89 per $100`). Reads `work.en` and the drafts of resolve-values;
// fills `approx`, `change` and `per` and records qualifiers and changes for later stages.
import type { ClaimDraft, DocumentState } from '../document.js';
import { changesOf, measurePerBefore, perOf, qualifierOf, ratePerOf, type ChangeInfo } from './structure.js';
import { isDenominator } from './work.js';
import { SCORE_RULE_ID, TABLE_CHANGE_RULE_ID } from './find-numbers.js';

export function attachEnglishStructure(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  const sentences = work.sentences.map((record) => {
    const { kept, tokens, spans, firstClaim } = record;
    const qualifiers = kept.map((span) => qualifierOf(span, tokens));
    // A side of a game's score changes nothing: `down 1-0` and `lead to 110-109` say who leads.
    // A cell of a table of percentage changes (`PERCENTAGE CHANGE FROM …`) is a rate, up or down by its sign.
    const tableRate = (n: number): ChangeInfo => ({ role: 'rate', direction: record.values[n]!.value < 0 ? 'down' : 'up', from: null, to: null, basis: null, nounAfter: false });
    const changes = changesOf(text, kept, tokens, record.values.map((value) => value.kind)).map((change, n) => (kept[n]?.ruleId === SCORE_RULE_ID ? null : kept[n]?.ruleId === TABLE_CHANGE_RULE_ID ? (change ?? tableRate(n)) : change));
    kept.forEach((span, n) => {
      const change = changes[n] ?? null;
      claims[firstClaim + n] = {
        ...claims[firstClaim + n]!,
        approx: qualifiers[n]!.approx,
        per: perOf(text, span, tokens, spans.find((other) => isDenominator(tokens, other) && other.firstToken === span.readTo + 2) ?? null) ?? ratePerOf(span, tokens, record.values[n]!.kind) ?? measurePerBefore(text, span, tokens, record.values[n]!.kind),
        change: change
          ? { role: change.role, direction: change.direction, basis: change.basis, from: change.from === null ? null : firstClaim + change.from, to: change.to === null ? null : firstClaim + change.to }
          : null,
      };
    });
    return { ...record, qualifiers, changes };
  });
  return { ...state, claims, work: { ...state.work, en: { ...work, sentences } } };
}
