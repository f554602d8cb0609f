// subjects (en): what each English claim counts or measures. Reads `work.en` and the drafts;
// a bare number continuing a count said before it (`an increase of 310` after `12,400
// students`) takes that count's unit, then the subject is the noun phrase the claim is
// written with (subjects.ts), and a whole number that is the level of a plural subject counts
// it. Sentences run in order: a count inherits from the finished claims of its paragraph.
import type { ClaimDraft, DocumentState } from '../document.js';
import { NOT_COUNTED } from '../../rules/en/units.js';
import { PEOPLE_GROUP_NOUNS } from '../../rules/en/subjects.js';
import { inheritCounts } from './structure.js';
import { subjectOf, type NounPhrase } from './subjects.js';
import type { EnglishSpan, WordTags } from './find-spans.js';
import type { EnglishToken } from './tokens.js';

/** A plural common noun: `schools`, `requests`. */
const isPluralNoun = (token: EnglishToken, tags: ReadonlySet<string>) => token.kind === 'word' && /^[a-z]{3,}s$/.test(token.text) && tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun') && !NOT_COUNTED.has(token.lower);

/** Plural nouns that name a measure, not things counted: `staff numbers fell to 3,900`, `rents rose to 1,450`. */
const MEASURED_PLURALS = new Set(['numbers', 'figures', 'levels', 'totals', 'rates', 'amounts', 'counts', 'values', 'prices', 'costs', 'fees', 'charges', 'rents', 'wages', 'salaries', 'earnings', 'revenues', 'taxes', 'sales', 'savings', 'expenses', 'budgets', 'balances', 'scores', 'times', 'speeds', 'temperatures']);

/** Measures whose whole numbers are people: `employment fell by 36,000`, `the population grew to 20,000`. */
const PEOPLE_MEASURES = new Set(['employment', 'unemployment', 'population', 'workforce', 'headcount', 'enrollment', 'enrolment', 'attendance', 'turnout', 'membership']);

export function attachEnglishSubjects(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  let paragraph = -1;
  // The last count among the finished claims of the paragraph, kept as the sentences pass, so
  // a paragraph of thousands of claims is not searched again for each sentence.
  let lastCount: ClaimDraft | null = null;
  let scanned = 0;
  const sentences = work.sentences.map((record) => {
    if (record.paragraph !== paragraph) {
      paragraph = record.paragraph;
      lastCount = null;
      scanned = record.firstClaim;
    }
    if (!record.hasNumber) return record;
    const { kept, tokens, tags, changes, qualifiers, firstClaim } = record;
    const values = [...record.values];
    for (; scanned < firstClaim; scanned++) if (claims[scanned]!.kind === 'count') lastCount = claims[scanned]!;
    const earlierCounts = lastCount ? [lastCount] : [];
    const countSources = inheritCounts(text, kept, values, changes, tokens, earlierCounts, (token) => isPluralNoun(token, tags.at(token)));
    let previous: { span: EnglishSpan; subject: NounPhrase | null } | null = null;
    const subjects: (NounPhrase | null)[] = [];
    kept.forEach((span, n) => {
      const value = values[n]!;
      const change = changes[n] ?? null;
      const source = countSources[n];
      const inherited = source !== null && source !== undefined ? (subjects[source] ?? null) : null;
      const subject = subjectOf({ text, span, kind: value.kind, qualifierStart: qualifiers[n]!.firstToken, spans: kept, tokens, tags, times: record.times, changeNounAfter: change?.nounAfter ?? false, previous, inherited });
      subjects.push(subject);
      previous = { span, subject };
      claims[firstClaim + n] = { ...claims[firstClaim + n]!, ...countOfSubject(text, value, subject, change?.role ?? null, span, tokens, tags), unitText: value.unitText, subject: subject?.text ?? null };
    });
    return { ...record, values };
  });
  return { ...state, claims, work: { ...state.work, en: { ...work, sentences } } };
}

/** `Applications for permits have risen by a fifth, to 2,410`: a whole number the level of a plural subject counts it. */
function countOfSubject(text: string, value: { value: number; kind: ClaimDraft['kind']; unit: string | null }, subject: NounPhrase | null, role: string | null, span: EnglishSpan, tokens: EnglishToken[], tags: WordTags): { kind: ClaimDraft['kind']; unit: string | null } {
  const subjectHead = subject ? tokens.find((t) => t.end === subject.end) : undefined;
  if (value.kind === 'number' && value.unit === null && !span.low.fraction && Number.isInteger(value.value) && (role === 'to' || role === 'from') && subjectHead && isPluralNoun(subjectHead, tags.at(subjectHead)) && !MEASURED_PLURALS.has(subjectHead.lower)) {
    return { kind: 'count', unit: subjectHead.lower };
  }
  // `Employment rose among women (+43,000; +0.7%)`: a whole number of employment or population counts people.
  if (value.kind === 'number' && value.unit === null && !span.low.fraction && Number.isInteger(value.value) && value.value >= 100 && subjectHead && PEOPLE_MEASURES.has(subjectHead.lower)) {
    return { kind: 'count', unit: 'people' };
  }
  // `among core-aged women (+43,000; +0.7%)`: a whole number in brackets after a group of people counts people.
  const bracketed = /[(;]\s*[+\-−]?$/.test(text.slice(Math.max(0, span.start - 3), span.start));
  if (value.kind === 'number' && value.unit === null && !span.low.fraction && Number.isInteger(value.value) && value.value >= 100 && bracketed && subjectHead && PEOPLE_GROUP_NOUNS.has(subjectHead.lower)) {
    return { kind: 'count', unit: 'people' };
  }
  return { kind: value.kind, unit: value.unit };
}
