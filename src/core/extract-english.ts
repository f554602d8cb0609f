// extract-english: the English sentences of an article → claim drafts. Reads `article` and
// `sentences` (only those with lang 'en'); appends ClaimDrafts to `claims` and leaves every
// other field alone. Find, then resolve: spans come from the token finder and the rule tables
// in src/rules/en, then values, qualifiers, changes, subjects and times are attached.
// compromise (part-of-speech tags) runs only on sentences that hold a candidate number.
import { tagTerms } from './adapters/compromise.js';
import type { ClaimDraft, DocumentState, Sentence } from './document.js';
import { findNonClaims, findSpans, type EnglishSpan, type WordTags } from './english-find.js';
import { changesOf, inheritCounts, perOf, qualifierOf, resolveSpan } from './english-structure.js';
import { subjectOf, type NounPhrase } from './english-subjects.js';
import { bindBaseTimes, findTimes, isComparisonBase, referenceDate, timeFor, toClaimTime, type TimeExpression } from './english-times.js';
import { tokenize, type EnglishToken } from './english-tokens.js';
import { currencies, dollarRegions, NOT_COUNTED, type CurrencyRule } from '../rules/en/units.js';
import { headline } from '../rules/en/non-claims.js';

/** Non-claim rules whose stretch is itself a date or time, and so may hold a time expression. */
const DATE_RULES = new Set(['date-month-day-year', 'date-day-month', 'date-month-year', 'date-numeric', 'year-range', 'year-decade', 'fiscal-year', 'time-of-day', 'slash-code']);

const HAS_NUMBER = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|tenth|doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|trebl(?:e|ed|ing)|quadrupl(?:e|ed|ing))\b/i;

function wordTags(text: string, sentence: Sentence): WordTags {
  let byStart: Map<number, ReadonlySet<string>> | null = null;
  const empty: ReadonlySet<string> = new Set();
  return {
    at(token: EnglishToken) {
      if (!byStart) {
        byStart = new Map();
        const terms = tagTerms(text.slice(sentence.start, sentence.end));
        for (const term of terms) byStart.set(sentence.start + term.start, term.tags);
        // A sentence does not open with a verb in `-s` (`Applications for permits have risen`): compromise's
        // reading of the first word as one is a plural noun.
        const first = terms[0];
        if (first && /^[A-Z][a-z]+[^s]s$/.test(first.text) && first.tags.has('PresentTense') && !first.tags.has('Noun')) {
          byStart.set(sentence.start + first.start, new Set([...first.tags].filter((tag) => !['Verb', 'PresentTense', 'Infinitive'].includes(tag)).concat(['Noun', 'Plural'])));
        }
      }
      return byStart.get(token.start) ?? empty;
    },
  };
}

/** What a bare `$` means in this article: the US dollar unless the dateline names another dollar country. */
function dollarOf(text: string): CurrencyRule {
  const head = text.slice(0, 600);
  const region = dollarRegions.find((rule) => rule.pattern.test(head));
  const usd = currencies.find((rule) => rule.unit === 'USD')!;
  if (!region) return usd;
  return { ...usd, id: region.id, unit: region.unit };
}

/** A plural common noun: `schools`, `requests`. */
const isPluralNoun = (token: EnglishToken, tags: ReadonlySet<string>) => token.kind === 'word' && /^[a-z]{3,}s$/.test(token.text) && tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun') && !NOT_COUNTED.has(token.lower);

/** Plural nouns that name a measure, not things counted: `staff numbers fell to 3,900`, `rents rose to 1,450`. */
const MEASURED_PLURALS = new Set(['numbers', 'figures', 'levels', 'totals', 'rates', 'amounts', 'counts', 'values', 'prices', 'costs', 'fees', 'charges', 'rents', 'wages', 'salaries', 'earnings', 'revenues', 'taxes', 'sales', 'savings', 'expenses', 'budgets', 'balances', 'scores', 'times', 'speeds', 'temperatures']);

/** Index of the paragraph (line of article.text) each offset lies in. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function paragraphOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function extractEnglish(state: DocumentState): DocumentState {
  const article = state.article;
  if (!article) return state;
  const english = state.sentences.filter((sentence) => sentence.lang === 'en');
  if (english.length === 0) return state;
  const text = article.text;
  const reference = referenceDate(article.publishedAt, text);
  const paragraphs = paragraphStarts(text);
  const dollar = dollarOf(text);
  const claims: ClaimDraft[] = [...state.claims];
  // Times of earlier sentences in the same paragraph, for claims whose sentence names none.
  let paragraph = -1;
  let paragraphTimes: TimeExpression[][] = [];
  let paragraphClaimsFrom = claims.length;

  for (const sentence of english) {
    const here = paragraphOf(paragraphs, sentence.start);
    if (here !== paragraph) {
      paragraph = here;
      paragraphTimes = [];
      paragraphClaimsFrom = claims.length;
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    const lineEnd = text.indexOf('\n', sentence.start);
    if (headline.pattern.test(text.slice(paragraphs[here]!, lineEnd < 0 ? text.length : lineEnd).trim())) continue;
    const blocked = findNonClaims(text, sentence.start, sentence.end);
    const times = findTimes(text, sentence.start, sentence.end, reference, blocked.filter((range) => !DATE_RULES.has(range.ruleId)));
    if (!HAS_NUMBER.test(sentenceText)) {
      paragraphTimes.push(times);
      continue;
    }
    const tokens = tokenize(text, sentence.start, sentence.end);
    const tags = wordTags(text, sentence);
    const spans = findSpans(text, { tokens, blocked, tags, dollar });
    // A number inside a time expression (`the past five years`) is part of the time, not a claim;
    // a number after `per` (`$0.89 per $100`) is the denominator of the claim before it.
    const isDenominator = (span: EnglishSpan) => tokens[span.firstToken - 1]?.lower === 'per';
    const kept = spans.filter((span) => !isDenominator(span) && !times.some((t) => span.start >= t.start && span.end <= t.end) && Number.isFinite(span.low.value) && Number.isFinite(span.high?.value ?? 0));
    const values = kept.map((span) => resolveSpan(text, span, tokens));
    const changes = changesOf(text, kept, tokens, values.map((v) => v.kind));
    const countSources = inheritCounts(text, kept, values, changes, tokens, claims.slice(paragraphClaimsFrom).filter((claim) => claim.kind === 'count'), (token) => isPluralNoun(token, tags.at(token)));
    const sentenceTimes = bindBaseTimes(
      text,
      times,
      kept.map((span, n) => ({ start: span.start, end: span.end, base: changes[n]?.role === 'from' || isComparisonBase(text, sentence.start, tokens[qualifierOf(span, tokens).firstToken]?.start ?? span.start) })),
    );
    const base = claims.length;
    let previous: { span: EnglishSpan; subject: NounPhrase | null } | null = null;
    const subjects: (NounPhrase | null)[] = [];
    kept.forEach((span, n) => {
      const value = values[n]!;
      const qualifier = qualifierOf(span, tokens);
      const change = changes[n] ?? null;
      const time = timeFor(text, span, kept, sentenceTimes, paragraphTimes);
      const changeNounAfter = change?.nounAfter ?? false;
      const source = countSources[n];
      const inherited = source !== null && source !== undefined ? (subjects[source] ?? null) : null;
      const subject = subjectOf({ text, span, kind: value.kind, qualifierStart: qualifier.firstToken, spans: kept, tokens, tags, times, changeNounAfter, previous, inherited });
      subjects.push(subject);
      previous = { span, subject };
      // `Applications for permits have risen by a fifth, to 2,410`: a whole number the level of a plural subject counts it.
      let { kind, unit } = value;
      const subjectHead = subject ? tokens.find((t) => t.end === subject.end) : undefined;
      if (kind === 'number' && unit === null && !span.low.fraction && Number.isInteger(value.value) && (change?.role === 'to' || change?.role === 'from') && subjectHead && isPluralNoun(subjectHead, tags.at(subjectHead)) && !MEASURED_PLURALS.has(subjectHead.lower)) {
        kind = 'count';
        unit = subjectHead.lower;
      }
      claims.push({
        lang: 'en',
        start: span.start,
        end: span.end,
        value: value.value,
        kind,
        unit,
        unitText: value.unitText,
        approx: qualifier.approx,
        range: value.range,
        per: perOf(text, span, tokens, spans.find((other) => isDenominator(other) && other.firstToken === span.readTo + 2) ?? null),
        change: change
          ? { role: change.role, direction: change.direction, basis: change.basis, from: change.from === null ? null : base + change.from, to: change.to === null ? null : base + change.to }
          : null,
        list: null,
        subject: subject?.text ?? null,
        time: time ? toClaimTime(time) : null,
        sentence,
        ruleId: span.ruleId,
      });
    });
    paragraphTimes.push(sentenceTimes);
  }
  return { ...state, claims };
}

