// times (en): the period each English claim is for. Reads `work.en` and the drafts; a time
// expression that is a comparison base (`up from 2019`, the `from` of a change) binds to that
// base claim only, then each claim takes the nearest governing expression of its own stretch of
// the sentence, else the nearest of an earlier sentence in the same paragraph (times.ts).
import type { ClaimDraft, DocumentState } from '../document.js';
import { bindBaseTimes, isComparisonBase, timeFor, toClaimTime, type TimeExpression } from './times.js';

export function attachEnglishTimes(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  let paragraph = -1;
  let paragraphTimes: TimeExpression[][] = [];
  for (const record of work.sentences) {
    if (record.paragraph !== paragraph) {
      paragraph = record.paragraph;
      paragraphTimes = [];
    }
    if (!record.hasNumber) {
      paragraphTimes.push(record.times);
      continue;
    }
    const { kept, tokens, changes, qualifiers, firstClaim } = record;
    const sentenceTimes = bindBaseTimes(
      text,
      record.times,
      kept.map((span, n) => ({ start: span.start, end: span.end, base: changes[n]?.role === 'from' || isComparisonBase(text, record.sentence.start, tokens[qualifiers[n]!.firstToken]?.start ?? span.start) })),
    );
    kept.forEach((span, n) => {
      const time = timeFor(text, span, kept, sentenceTimes, paragraphTimes);
      // The claim's own sentence, or (for a sentence that names none) an earlier one of the paragraph.
      const source = time && time.start >= record.sentence.start && time.end <= record.sentence.end ? 'sentence' : 'paragraph';
      claims[firstClaim + n] = { ...claims[firstClaim + n]!, time: time ? toClaimTime(time, source) : null };
    });
    paragraphTimes.push(sentenceTimes);
  }
  return { ...state, claims };
}
