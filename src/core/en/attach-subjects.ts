// subjects (en): what each English claim counts or measures. Reads `work.en` and the drafts;
// a bare number continuing a count said before it (`an increase of 310` after `12,400
// students`) takes that count's unit, then the subject is the noun phrase the claim is
// written with (subjects.ts), and a whole number that is the level of a plural subject counts
// it. Sentences run in order: a count inherits from the finished claims of its paragraph.
import type { ClaimDraft, DocumentState } from '../document.js';
import { NOT_COUNTED } from '../../rules/en/units.js';
import { ELECTION_PAGE, PEOPLE_GROUP_NOUNS } from '../../rules/en/subjects.js';
import { sportsSeasonOf } from '../../rules/en/times.js';
import { inheritCounts } from './structure.js';
import { subjectOf, type NounPhrase } from './subjects.js';
import { phraseAfter } from './noun-phrases.js';
import type { EnglishSpan, WordTags } from './find-spans.js';
import type { EnglishToken } from './tokens.js';

/** A plural common noun: `schools`, `requests`. */
const isPluralNoun = (token: EnglishToken, tags: ReadonlySet<string>) => token.kind === 'word' && /^[a-z]{3,}s$/.test(token.text) && tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun') && !NOT_COUNTED.has(token.lower);

/** Measures whose whole numbers are people: `employment fell by 36,000`, `the population grew to 20,000`. */
const PEOPLE_MEASURES = new Set(['employment', 'unemployment', 'population', 'workforce', 'headcount', 'enrollment', 'enrolment', 'attendance', 'turnout', 'membership']);

export function attachEnglishSubjects(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  const gameReport = sportsSeasonOf(text) !== undefined;
  const electionReport = ELECTION_PAGE.test(text);
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
      const subject = subjectOf({ text, span, kind: value.kind, qualifierStart: qualifiers[n]!.firstToken, spans: kept, tokens, tags, times: record.times, changeNounAfter: change?.nounAfter ?? false, previous, inherited, gameReport, electionReport });
      subjects.push(subject);
      previous = { span, subject };
      claims[firstClaim + n] = { ...claims[firstClaim + n]!, ...countOfSubject(text, value, subject, span, tokens), unitText: value.unitText, subject: subject?.text ?? null };
    });
    respectively(text, tokens, tags, kept).forEach((subject, n) => {
      if (subject) claims[firstClaim + n] = { ...claims[firstClaim + n]!, subject: subject.text };
    });
    return { ...record, values };
  });
  return { ...state, claims, work: { ...state.work, en: { ...work, sentences } } };
}

/**
 * `Employment rose among women (+43,000; +0.7%)`: a whole number of employment or population counts people.
 * The level a plural subject reaches (`Applications for permits have risen by a fifth, to 2,410`) stays a bare
 * number, as the guidelines have it (§1, bare quantity) and as every annotator of the blind sets wrote it.
 */
function countOfSubject(text: string, value: { value: number; kind: ClaimDraft['kind']; unit: string | null }, subject: NounPhrase | null, span: EnglishSpan, tokens: EnglishToken[]): { kind: ClaimDraft['kind']; unit: string | null } {
  const subjectHead = subject ? tokens.find((t) => t.end === subject.end) : undefined;
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

/** Words that join the items of a list of figures: `up 16.5 per cent and 4.6 per cent`. */
const FIGURE_LIST_LINKS = new Set([',', 'and']);

/**
 * `Petrol and purchase of new motor cars were …, up 16.5 per cent and 4.6 per cent, respectively`:
 * the figures listed right before `respectively` pair in order with the things the sentence opens
 * with, joined by `and` or commas (a name set off by commas after one, `the other contract, WTI,`,
 * renames it). Gives one subject per kept span, null where the sentence pairs nothing.
 */
function respectively(text: string, tokens: EnglishToken[], tags: WordTags, kept: EnglishSpan[]): (NounPhrase | null)[] {
  const out: (NounPhrase | null)[] = kept.map(() => null);
  const word = tokens.findIndex((t) => t.lower === 'respectively');
  if (word < 0) return out;
  // The run of figures ending right before `respectively` (a comma and the unit's words may follow the last).
  let last = kept.length - 1;
  while (last >= 0 && kept[last]!.firstToken > word) last--;
  if (last < 0 || tokens.slice(kept[last]!.readTo + 1, word).some((t) => t.kind !== 'symbol' && !['per', 'barrel', 'tonne', 'ton', 'a', 'each'].includes(t.lower))) return out;
  let first = last;
  while (first > 0 && tokens.slice(kept[first - 1]!.readTo + 1, kept[first]!.firstToken).every((t) => FIGURE_LIST_LINKS.has(t.lower))) first--;
  const size = last - first + 1;
  if (size < 2) return out;
  const things: NounPhrase[] = [];
  // `By ecosystem, irrigated and …`: an opening phrase of a preposition or adverb set off by a comma comes before the things.
  const openingComma = tokens.findIndex((t) => t.text === ',');
  let k = tokens[0] && (tags.at(tokens[0]).has('Preposition') || tags.at(tokens[0]).has('Adverb')) && openingComma > 0 && openingComma < kept[first]!.firstToken ? openingComma + 1 : 0;
  while (things.length < size && k < kept[first]!.firstToken) {
    const phrase = phraseAfter(text, tokens, tags, k, kept[first]!.firstToken);
    // `irrigated and rainfed areas`: an adjective before the list's link shares the head noun of the last item; it is written alone.
    const shared = !phrase && tokens[k]?.kind === 'word' && (tags.at(tokens[k]!).has('Adjective') || tags.at(tokens[k]!).has('PastTense')) && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.text === ',');
    if (shared) {
      things.push({ text: tokens[k]!.text, start: tokens[k]!.start, end: tokens[k]!.end });
      k++;
      if (things.length === size) break;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'and') k++;
      continue;
    }
    if (!phrase) return out;
    let end = tokens.findIndex((t) => t.end === phrase.end);
    let thing = phrase;
    // `purchase of new motor cars`.
    if (tokens[end + 1]?.lower === 'of') {
      const rest = phraseAfter(text, tokens, tags, end + 2, kept[first]!.firstToken, true);
      if (rest) {
        thing = { text: text.slice(phrase.start, rest.end), start: phrase.start, end: rest.end };
        end = tokens.findIndex((t) => t.end === rest.end);
      }
    }
    // `the world's other key contract, WTI,`: a name in apposition renames it.
    // (compromise may leave the phrase's last noun out, read as a verb: up to two words before the comma.)
    let comma = end + 1;
    while (comma <= end + 2 && tokens[comma]?.kind === 'word' && /^[a-z]/.test(tokens[comma]!.text)) comma++;
    if (tokens[comma]?.text === ',' && tokens[comma + 1]?.kind === 'word' && /^[A-Z]/.test(tokens[comma + 1]!.text) && tokens[comma + 2]?.text === ',') {
      thing = { text: tokens[comma + 1]!.text, start: tokens[comma + 1]!.start, end: tokens[comma + 1]!.end };
      end = comma + 2;
    }
    things.push(thing);
    k = end + 1;
    if (things.length === size) break;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    else if (tokens[k - 1]?.text !== ',') return out;
  }
  if (things.length !== size) return out;
  things.forEach((thing, n) => (out[first + n] = thing));
  return out;
}
