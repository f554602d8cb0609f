// resolve (en): the spans found in each English sentence → claim drafts with value, kind,
// unit and range. Reads `work.en`; appends one ClaimDraft per kept span to `claims` (their
// structure, subject and time are filled by the stages after it) and records the values.
import type { ClaimDraft, DocumentState } from '../document.js';
import { resolveSpan } from './structure.js';

export function resolveEnglishValues(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  const sentences = work.sentences.map((record) => {
    const firstClaim = claims.length;
    const values = record.kept.map((span) => resolveSpan(text, span, record.tokens));
    record.kept.forEach((span, n) => {
      const value = values[n]!;
      claims.push({
        lang: 'en',
        start: span.start,
        end: span.end,
        value: value.value,
        kind: value.kind,
        unit: value.unit,
        unitText: value.unitText,
        approx: 'eq',
        range: value.range,
        per: null,
        change: null,
        list: null,
        subject: null,
        time: null,
        sentence: record.sentence,
        ruleId: span.ruleId,
      });
    });
    return { ...record, firstClaim, values };
  });
  return { ...state, claims, work: { ...state.work, en: { ...work, sentences } } };
}
