// extract-english: the English sentences of an article → claim drafts. Reads `article` and
// `sentences` (only those with lang 'en'); appends ClaimDrafts to `claims` and leaves every
// other field alone. Find, then resolve: spans come from the token finder and the rule tables
// in src/rules/en, then values, qualifiers, changes, subjects and times are attached.
// compromise (part-of-speech tags) runs only on sentences that hold a candidate number.
import { tagTerms } from './adapters/compromise.js';
import type { ClaimDraft, DocumentState, Sentence } from './document.js';
import { findNonClaims, findSpans, type EnglishSpan, type WordTags } from './english-find.js';
import { changesOf, perOf, qualifierOf, resolveSpan, type ChangeInfo, type ResolvedValue } from './english-structure.js';
import { subjectOf, type NounPhrase } from './english-subjects.js';
import { findTimes, referenceDate, timeFor, toClaimTime, type TimeExpression } from './english-times.js';
import { tokenize, type EnglishToken } from './english-tokens.js';
import { currencies, dollarRegions, type CurrencyRule } from '../rules/en/units.js';
import { headline } from '../rules/en/non-claims.js';

/** Non-claim rules whose stretch is itself a date or time, and so may hold a time expression. */
const DATE_RULES = new Set(['date-month-day-year', 'date-day-month', 'date-month-year', 'date-numeric', 'year-range', 'year-decade', 'fiscal-year', 'time-of-day', 'slash-code']);

const HAS_NUMBER = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter)\b/i;

function wordTags(text: string, sentence: Sentence): WordTags {
  let byStart: Map<number, ReadonlySet<string>> | null = null;
  const empty: ReadonlySet<string> = new Set();
  return {
    at(token: EnglishToken) {
      if (!byStart) {
        byStart = new Map();
        for (const term of tagTerms(text.slice(sentence.start, sentence.end))) byStart.set(sentence.start + term.start, term.tags);
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

/**
 * A bare number that continues a count takes that count's unit (guidelines §1, bare quantity:
 * it shares the unit of its pair): the other end of `from 4,512 to 5,130`, a change after a
 * count (`an increase of 6,900`, `11,000 more than a year earlier`, `187 of them`), or the
 * number of a noun named as the subject (`the number of vacancies fell to 14,200`).
 */
function inheritCounts(text: string, spans: EnglishSpan[], values: ResolvedValue[], changes: (ChangeInfo | null)[], tokens: EnglishToken[], earlierCounts: ClaimDraft[]): void {
  spans.forEach((span, n) => {
    const value = values[n]!;
    if (value.kind !== 'number' || value.unit !== null || span.low.fraction) return;
    const change = changes[n];
    const adopt = (source: { kind: ClaimDraft['kind']; unit: string | null; unitText: string | null }) => {
      values[n] = { ...value, kind: source.kind, unit: source.unit, unitText: null };
    };
    const partner = change && (change.role === 'from' || change.role === 'to') ? (change.role === 'from' ? change.to : change.from) : null;
    if (partner !== null && partner !== n && values[partner]?.kind === 'count') return adopt(values[partner]!);
    const next = tokens[span.readTo + 1]?.lower;
    const afterNext = tokens[span.readTo + 2]?.lower;
    const continues = (change !== null && change.role !== 'rate') || next === 'more' || next === 'fewer' || (next === 'less' && afterNext === 'than') || (next === 'of' && (afterNext === 'them' || afterNext === 'whom' || afterNext === 'those'));
    const sentenceStart = tokens[0]!.start;
    const numberOf = /\bnumber\s+of\s+(people|children|[a-z]+s)\b/.exec(text.slice(sentenceStart, span.start));
    if (numberOf && !continues) {
      values[n] = { ...value, kind: 'count', unit: numberOf[1]!, unitText: null };
      return;
    }
    if (!continues) return;
    for (let m = n - 1; m >= 0; m--) if (values[m]!.kind === 'count') return adopt(values[m]!);
    if (numberOf) {
      values[n] = { ...value, kind: 'count', unit: numberOf[1]!, unitText: null };
      return;
    }
    const earlier = earlierCounts[earlierCounts.length - 1];
    if (earlier) adopt(earlier);
  });
}

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
    const kept = spans.filter((span) => !isDenominator(span) && !times.some((t) => span.start >= t.start && span.end <= t.end));
    const values = kept.map((span) => resolveSpan(text, span, tokens));
    const changes = changesOf(text, kept, tokens, values.map((v) => v.kind));
    inheritCounts(text, kept, values, changes, tokens, claims.slice(paragraphClaimsFrom).filter((claim) => claim.kind === 'count'));
    const base = claims.length;
    let previous: { span: EnglishSpan; subject: NounPhrase | null } | null = null;
    kept.forEach((span, n) => {
      const value = values[n]!;
      const qualifier = qualifierOf(span, tokens);
      const change = changes[n] ?? null;
      const time = timeFor(text, span, kept, times, paragraphTimes);
      const changeNounAfter = change?.nounAfter ?? false;
      const subject = subjectOf({ text, span, kind: value.kind, qualifierStart: qualifier.firstToken, spans: kept, tokens, tags, times, changeNounAfter, previous });
      previous = { span, subject };
      claims.push({
        lang: 'en',
        start: span.start,
        end: span.end,
        value: value.value,
        kind: value.kind,
        unit: value.unit,
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
    paragraphTimes.push(times);
  }
  return { ...state, claims };
}

