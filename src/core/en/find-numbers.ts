// find (en): the English sentences of an article → claim spans. Reads `article` and
// `sentences` (lang 'en'). Per sentence it finds the non-claim stretches (dates, codes…), the
// time expressions (a number inside one is part of the time), then the quantity spans from the
// token walk (find-spans.ts). Adds `work.en`; values are resolved in resolve-values.ts.
// compromise (part-of-speech tags) runs only on sentences that hold a candidate number.
import { tagTerms, type TaggedTerm } from '../adapters/compromise.js';
import { PLURAL_NOUNS_READ_AS_VERBS, QUANTITY_VERBS } from '../../rules/en/subjects.js';
import type { DocumentState, Sentence } from '../document.js';
import type { Diagnostic } from '../schema.js';
import { CHANGE_HEADER, headline, NUMBER_ROW, PERCENT_HEADER } from '../../rules/en/non-claims.js';
import { currencies, currencyRegions, percents, redenominations, type CurrencyRegionRule } from '../../rules/en/units.js';
import type { LocalCurrencies } from './spans.js';
import { findSpans, type EnglishSpan, type WordTags } from './find-spans.js';
import { findNonClaims } from './vetoes.js';
import { findTimes, referenceDate, yearOnlyReference } from './times.js';
import { fiscalStartMonth, type ReferenceDate } from '../../rules/en/times.js';
import { countryDomain, urlHost } from '../../rules/en/domains.js';
import { tokenize, digitValue, type EnglishToken } from './tokens.js';
import { multipleWords } from '../../rules/en/numbers.js';
import { RESULT_LINE, SCORE_PATTERN, scoreUnitOf, type ScoreSportRule } from '../../rules/en/scores.js';
import { isDenominator, paragraphOf, paragraphStarts, type EnglishSentence } from './work.js';
import { wholeLine } from '../lines.js';

/** Non-claim rules whose stretch is itself a date or time, and so may hold a time expression. */
const DATE_RULES = new Set(['date-month-day-year', 'date-day-month', 'date-month-year', 'date-numeric', 'year-range', 'year-decade', 'fiscal-year', 'time-of-day', 'slash-code', 'period-code', 'part-of-period']);

/** A sentence worth tokenizing holds a digit, a number word, a measure after an article or a multiple of the multiples table (`doubled`, `twice`). */
const HAS_NUMBER = new RegExp(String.raw`\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|minus|[a-z]+fold|dozen|half|third|quarter|fifth|tenth|an?\s(?:inch|foot|yard|mile|metre|meter|kilometre|kilometer|pound|ounce|gallon|litre|liter|acre|hectare|ton|tonne|degree)|${multipleWords.flatMap((rule) => [...rule.verbForms, ...rule.baseForms]).join('|')})\b`, 'i');

/** Part-of-speech tags of a sentence's words, asked of compromise only when first needed. */
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
        retagPluralNouns(terms, text.slice(sentence.start, sentence.end), sentence.start, byStart);
        retagQuantityVerbs(terms, sentence.start, byStart);
        retagOpeningImperative(terms, sentence.start, byStart);
        retagAttributiveParticiples(terms, sentence.start, byStart);
      }
      return byStart.get(token.start) ?? empty;
    },
  };
}

/** A term's tags as the retagging so far has left them. */
const retaggedAs = (term: TaggedTerm, offset: number, byStart: ReadonlyMap<number, ReadonlySet<string>>): ReadonlySet<string> => byStart.get(offset + term.start) ?? term.tags;
const NO_TERM_TAGS: ReadonlySet<string> = new Set();

const isNumberTerm = (term: TaggedTerm | undefined) => term !== undefined && (term.tags.has('Value') || /^[-+]?[$€£¥₹]?\d/.test(term.text) || /^(?:US|A|C|HK|NZ|S)?\$|^[€£¥₹]/.test(term.text));

/**
 * `The seasonally adjusted unemployment rate decreased`, `the proposed budget totals`: a participle in
 * -ed after a determiner (or an adverb in -ly opening the phrase) and before a noun modifies that noun;
 * compromise reads it as the verb of the clause.
 */
function retagAttributiveParticiples(terms: TaggedTerm[], offset: number, byStart: Map<number, ReadonlySet<string>>): void {
  const tagsAt = (term: TaggedTerm | undefined) => (term ? retaggedAs(term, offset, byStart) : NO_TERM_TAGS);
  terms.forEach((term, n) => {
    const next = terms[n + 1];
    // (… or before an adjective of that noun: `the seasonally adjusted jobless rate`.)
    const nounNext = next !== undefined && !tagsAt(next).has('Pronoun') && (tagsAt(next).has('Noun') || (tagsAt(next).has('Adjective') && tagsAt(terms[n + 2]).has('Noun')));
    if (!/^[a-z]+ed$/.test(term.text) || !tagsAt(term).has('PastTense') || !nounNext) return;
    const before = terms[n - 1];
    const opensPhrase = (k: number) => k < 0 || tagsAt(terms[k]).has('Determiner') || tagsAt(terms[k]).has('Preposition');
    const modifies = before !== undefined && (tagsAt(before).has('Determiner') || (/^[a-z]+ly$/i.test(before.text) && tagsAt(before).has('Adverb') && opensPhrase(n - 2)));
    if (modifies) byStart.set(offset + term.start, new Set(['Adjective']));
  });
}

/**
 * `Microsoft shares closed up`, `Consumer prices rose 6.2%`: a word in -s after a noun and before
 * the clause's verb is a plural noun (compromise reads it as a verb in the present).
 */
function retagPluralNouns(terms: TaggedTerm[], sentenceText: string, offset: number, byStart: Map<number, ReadonlySet<string>>): void {
  terms.forEach((term, n) => {
    const before = terms[n - 1];
    const next = terms[n + 1];
    if (!before || !next || !/^[a-z]{3,}[^s]s$/.test(term.text) || !term.tags.has('PresentTense') || term.tags.has('Noun')) return;
    const nounBefore = (before.tags.has('Noun') || before.tags.has('Adjective')) && !before.tags.has('Pronoun') && !before.tags.has('Determiner');
    const verbNext = ['PastTense', 'Modal', 'Auxiliary', 'Copula'].some((tag) => next.tags.has(tag)) || QUANTITY_VERBS.has(next.text);
    // `Meanwhile, imports increased by 15.3 percent`: so is one opening a clause after a comma, before the clause's verb.
    const clauseOpening = sentenceText.slice(before.end, term.start).includes(',');
    if ((nounBefore && (verbNext || (PLURAL_NOUNS_READ_AS_VERBS.has(term.text) && next.tags.has('Preposition')))) || (clauseOpening && verbNext)) byStart.set(offset + term.start, new Set(['Noun', 'Plural']));
  });
}

/**
 * `Spot gold fell`, `Peak demand rose`, `Reverse repo rate stands at 5.5%`: a capitalised first word
 * compromise reads as an imperative, before nouns that a verb follows (as read after the retagging
 * of plural nouns and verbs of quantity), modifies them: the phrase is a compound noun.
 */
function retagOpeningImperative(terms: TaggedTerm[], offset: number, byStart: Map<number, ReadonlySet<string>>): void {
  const opening = terms[0];
  if (!opening || !/^[A-Z]/.test(opening.text) || opening.tags.has('Noun') || !(opening.tags.has('Imperative') || opening.tags.has('Infinitive'))) return;
  const tagsAt = (term: TaggedTerm) => retaggedAs(term, offset, byStart);
  for (let n = 2; n < Math.min(terms.length, 6); n++) {
    const term = terms[n]!;
    const tags = tagsAt(term);
    if (tags.has('Verb') && !tags.has('Noun')) {
      const nounsBetween = terms.slice(1, n).every((between) => tagsAt(between).has('Noun') && !tagsAt(between).has('Pronoun') && !tagsAt(between).has('Determiner'));
      if (nounsBetween) byStart.set(offset + opening.start, new Set(['Adjective']));
      return;
    }
    if (!tags.has('Noun')) return;
  }
}

/**
 * `Revenue hit £12.4m`, `Gold rose to $1,850`, `The car emits 120 g/km`: compromise reads a verb of
 * quantity between a noun and a number as a noun. Such a word is a verb there (the first word read as
 * an imperative before it is left to retagOpeningImperative).
 */
function retagQuantityVerbs(terms: TaggedTerm[], offset: number, byStart: Map<number, ReadonlySet<string>>): void {
  terms.forEach((term, n) => {
    if (n === 0 || !QUANTITY_VERBS.has(term.text) || term.tags.has('Verb')) return;
    const before = { ...terms[n - 1]!, tags: retaggedAs(terms[n - 1]!, offset, byStart) };
    const next = terms[n + 1];
    const numberNext = isNumberTerm(next) || (['to', 'by', 'at'].includes(next?.text ?? '') && isNumberTerm(terms[n + 2]));
    // `The S&P 500 rose`, `The iPhone 12 starts`: a name may end in its number.
    const namedNumber = before.tags.has('Value') && n >= 2 && /^(?:[A-Z]|[a-z]+[A-Z])/.test(terms[n - 2]!.text) && /^\d{1,4}$/.test(before.text);
    const nounBefore = namedNumber || (['Noun', 'ProperNoun', 'Adjective', 'Acronym', 'Imperative', 'Infinitive'].some((tag) => before.tags.has(tag)) && !before.tags.has('Determiner') && !before.tags.has('Value'));
    if (!numberNext || !nounBefore) return;
    byStart.set(offset + term.start, new Set(['Verb', term.text.endsWith('s') ? 'PresentTense' : 'PastTense']));
    // The word before the verb heads the subject (`Spot gold rose`, compromise's `gold` an adjective).
    if (!before.tags.has('Noun') && !namedNumber) byStart.set(offset + before.start, new Set(['Noun', 'Singular']));
  });
}

/**
 * The country of the page among each shared currency's regions (`$`, `Rs`, `Sh`, `cedis`): the one
 * the opening names first, or else that of the page's domain or of its outlet (an outlet naming its
 * country, `Statistics Canada`, or a known outlet of it); by the currency the shared forms are written as.
 */
function pageRegions(text: string, url: string | null, publisher: string | null): Map<string, CurrencyRegionRule> {
  const head = text.slice(0, 600);
  const host = urlHost(url);
  const found = new Map<string, CurrencyRegionRule>();
  for (const [shared, regions] of REGIONS_BY_CURRENCY) {
    const named = regions
      .map((region) => ({ region, at: head.search(region.rule.pattern) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.region;
    const byDomain = host ? regions.find(({ rule }) => rule.domains.some((domain) => host.endsWith(`.${domain}`)) || (rule.hosts ?? []).some((name) => host === name || host.endsWith(`.${name}`))) : undefined;
    const byPublisher = publisher ? regions.find(({ rule, outlets }) => rule.pattern.test(publisher) || outlets.some((outlet) => outlet.test(publisher))) : undefined;
    const region = (named ?? byDomain ?? byPublisher)?.rule;
    if (region) found.set(shared, region);
  }
  return found;
}

/**
 * What the shared signs and words of a currency mean in this article, by the currency they are
 * written as: the currency of the page's country among its regions (pageRegions); and a
 * redenominated currency's old unit on a page dated before the change. A currency not in the map
 * keeps its own unit.
 */
export function localCurrencies(regions: ReadonlyMap<string, CurrencyRegionRule>, publishedAt: string | null): LocalCurrencies {
  const local = new Map<string, { id: string; unit: string }>();
  for (const [shared, region] of regions) {
    // A currency whose own signs hold only on its country's pages (`P` for pesos) is noted for that country too.
    if (region.unit !== shared || LOCAL_SIGN_CURRENCIES.has(shared)) local.set(shared, { id: region.id, unit: region.unit });
  }
  const day = publishedAt?.slice(0, 10);
  for (const change of redenominations) {
    if (day && day < change.before) local.set(change.unit, { id: `redenominated-${change.old.toLowerCase()}`, unit: change.old });
  }
  return local;
}

/**
 * Whether the page is of a country other than the United States, where `tons` are metric tonnes
 * (a Pakistani or Indian paper's `12 million tons of cane`): its domain is a country's, or it is of
 * a country of a shared currency's regions (pageRegions; guidelines §1).
 */
export function writesTonnes(url: string | null, regions: ReadonlyMap<string, CurrencyRegionRule>): boolean {
  return countryDomain(url) !== null || regions.size > 0;
}

/** Currencies with signs read only on a page of their country (localAmountPrefixes). */
const LOCAL_SIGN_CURRENCIES = new Set(currencies.filter((rule) => rule.localAmountPrefixes?.length).map((rule) => rule.unit));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each shared currency's regions, with their outlets as whole-word patterns compiled once (an outlet in capitals, `CBC`, matches only so). */
const REGIONS_BY_CURRENCY = new Map<string, { rule: CurrencyRegionRule; outlets: RegExp[] }[]>();
for (const rule of currencyRegions) {
  const outlets = rule.publishers.map((name) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?:$|[^\\p{L}])`, name === name.toUpperCase() ? 'u' : 'iu'));
  REGIONS_BY_CURRENCY.set(rule.replaces, [...(REGIONS_BY_CURRENCY.get(rule.replaces) ?? []), { rule, outlets }]);
}

const NO_TAGS: WordTags = { at: () => new Set() };

/** Non-claim rules a score on a sports page overrides: the score itself, and a tie (`1-1`) read as an even split. */
const SCORE_VETOES = new Set(['game-score', 'even-split']);
/** The rule id of a side of a game's score. */
export const SCORE_RULE_ID = 'en-score';

/** The offsets of each side of every score in a sentence (guidelines §1: one claim per side). */
function findScoreSides(text: string, start: number, end: number): { start: number; end: number }[] {
  const sides: { start: number; end: number }[] = [];
  for (const match of text.slice(start, end).matchAll(SCORE_PATTERN)) {
    const numbers = match[0].match(/(\d{1,3})\s?[-–]\s?(\d{1,3})\b/)!;
    const first = start + match.index! + numbers.index!;
    const second = first + numbers[0].length - numbers[2]!.length;
    sides.push({ start: first, end: first + numbers[1]!.length }, { start: second, end: second + numbers[2]!.length });
  }
  return sides;
}

/** A side of a score as a span: a count of the sport's unit, nothing around it. */
function scoreSpan(tokens: EnglishToken[], side: { start: number; end: number }, sport: ScoreSportRule): EnglishSpan | null {
  const index = tokens.findIndex((token) => token.start === side.start && token.end === side.end && token.kind === 'number');
  if (index < 0) return null;
  const quantity = { first: index, last: index, value: digitValue(tokens[index]!), words: false, scale: null, fraction: false };
  const unit = { id: sport.id, kind: 'count' as const, unit: sport.unit, forms: [], example: sport.example, expect: { value: quantity.value, kind: 'count' as const, unit: sport.unit } };
  return { ruleId: SCORE_RULE_ID, start: side.start, end: side.end, firstToken: index, lastToken: index, low: quantity, high: null, currency: null, currencyWord: false, percent: null, unit, counted: null, readTo: index, rangeConnector: null, elided: null };
}

/** The rule ids of a bare number in a table row under a header naming percentages, and percentage changes. */
const TABLE_PERCENT_RULE_ID = 'en-table-percent';
export const TABLE_CHANGE_RULE_ID = 'en-table-percent-change';
const PERCENT_SIGN = percents.find((rule) => rule.unit === '%')!;
/** Lines above a table row searched for its header: the column headings and another row may stand between. */
const HEADER_LINES = 3;

/** The rule id for the bare numbers of text[start, end) when it is a whole line that is a table row (`GDP 5.9 5.6 5.8`) under a header naming percentages (or percentage changes); else null. */
function percentTableRow(text: string, start: number, end: number): string | null {
  const line = wholeLine(text, start, end);
  if (!line || !NUMBER_ROW.test(text.slice(line.start, line.end).trim())) return null;
  const header = text.slice(0, Math.max(0, line.start - 1)).split('\n').slice(-HEADER_LINES).find((line) => PERCENT_HEADER.test(line.trim()));
  return header === undefined ? null : CHANGE_HEADER.test(header) ? TABLE_CHANGE_RULE_ID : TABLE_PERCENT_RULE_ID;
}

/** A bare number of such a row is a percentage. */
const asTablePercent = (ruleId: string) => (span: EnglishSpan): EnglishSpan => (span.percent || span.currency || span.unit || span.counted ? span : { ...span, percent: PERCENT_SIGN, ruleId });

export function findEnglishNumbers(state: DocumentState): DocumentState {
  const article = state.article;
  if (!article) return state;
  const english = state.sentences.filter((sentence) => sentence.lang === 'en');
  if (english.length === 0) return state;
  const text = article.text;
  const reference = referenceDate(article.publishedAt, text, article.url);
  const fiscal = fiscalStartMonth(text, article.url);
  // An undated page reads its months in the year its title names (`First half of 2024 sees …`, guidelines §3).
  let undatedReference: ReferenceDate | null = reference ? null : yearOnlyReference(findTimes(article.title, 0, article.title.length, null), null, fiscal);
  const paragraphs = paragraphStarts(text);
  const regions = pageRegions(text, article.url, article.publisher);
  const local = localCurrencies(regions, article.publishedAt);
  const tonnes = writesTonnes(article.url, regions);
  const sport = scoreUnitOf(text);
  const sentences: EnglishSentence[] = [];
  const headlineLines = new Map<number, boolean>();
  // With `explain`, each stretch holding a number that a non-claim rule passed over becomes an info diagnostic.
  const vetoes: Diagnostic[] | undefined = state.input.explain ? [] : undefined;
  const passedOver = (ruleId: string, start: number, end: number) => {
    if (vetoes && HAS_NUMBER.test(text.slice(start, end))) vetoes.push({ severity: 'info', ruleId, reason: 'not a claim', start, end });
  };
  for (const sentence of english) {
    const paragraph = paragraphOf(paragraphs, sentence.start);
    // A headline line inside the body holds no claims and lends no time. Asked once per line,
    // not per sentence, so a line of thousands of sentences is not read thousands of times.
    let isHeadline = headlineLines.get(paragraph);
    if (isHeadline === undefined) {
      const lineEnd = paragraph + 1 < paragraphs.length ? paragraphs[paragraph + 1]! - 1 : text.length;
      const line = text.slice(paragraphs[paragraph]!, lineEnd).trim();
      // A result line on a sports page (`Man City 4-1 Man United`) is a score, not a headline.
      isHeadline = headline.pattern.test(line) && !(sport && RESULT_LINE.test(line));
      headlineLines.set(paragraph, isHeadline);
    }
    if (isHeadline) {
      passedOver(headline.id, sentence.start, sentence.end);
      continue;
    }
    const scoreSides = sport ? findScoreSides(text, sentence.start, sentence.end) : [];
    const onScore = (range: { start: number; end: number }) => scoreSides.some((side) => side.start < range.end && side.end > range.start);
    const blocked = findNonClaims(text, sentence.start, sentence.end).filter((range) => !(SCORE_VETOES.has(range.ruleId) && onScore(range)));
    for (const range of blocked) passedOver(range.ruleId, range.start, range.end);
    const codes = blocked.filter((range) => !DATE_RULES.has(range.ruleId));
    const times = findTimes(text, sentence.start, sentence.end, reference ?? undatedReference, codes);
    // An undated page: the years a sentence names date the months of the sentences after it.
    if (!reference) undatedReference = yearOnlyReference(findTimes(text, sentence.start, sentence.end, null, codes), undatedReference, fiscal);
    const record: EnglishSentence = { sentence, paragraph, times, hasNumber: false, tokens: [], tags: NO_TAGS, spans: [], kept: [], firstClaim: 0, values: [], qualifiers: [], changes: [] };
    sentences.push(record);
    if (!HAS_NUMBER.test(text.slice(sentence.start, sentence.end))) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const tags = wordTags(text, sentence);
    const found = findSpans(text, { tokens, blocked, tags, local, tonnes });
    const scores = scoreSides.map((side) => scoreSpan(tokens, side, sport!)).filter((span): span is EnglishSpan => span !== null);
    const scored = scores.length === 0 ? found : [...found.filter((span) => !onScore(span)), ...scores].sort((a, b) => a.start - b.start);
    const tableRule = percentTableRow(text, sentence.start, sentence.end);
    const spans = tableRule ? scored.map(asTablePercent(tableRule)) : scored;
    // A number inside a time expression (`the past five years`) is part of the time, not a claim.
    const kept = spans.filter((span: EnglishSpan) => !isDenominator(tokens, span) && !times.some((t) => span.start >= t.start && span.end <= t.end && !t.holdsDuration) && Number.isFinite(span.low.value) && Number.isFinite(span.high?.value ?? 0));
    Object.assign(record, { hasNumber: true, tokens, tags, spans, kept });
  }
  return { ...state, work: { ...state.work, en: { reference, local, sentences } }, diagnostics: vetoes?.length ? [...state.diagnostics, ...vetoes] : state.diagnostics };
}
