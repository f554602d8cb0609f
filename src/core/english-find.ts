// find (English): the tokens of one sentence → claim spans, each with the rule that found it.
// A span is a quantity (digits, words, a fraction) with what is written around it as part of
// the claim: a currency sign before it, a scale word, a percent sign or word, a unit or the
// counted noun after it, or a second quantity making a range. Values are left to the resolver.
import { ARTICLE_FRACTION_AFTER, fractions, MULTIPLE_BASE_AFTER, multipleWords, numberWords, ORDINAL_WORDS, scales, type MultipleWordRule, type ScaleRule } from '../rules/en/numbers.js';
import { nonClaims } from '../rules/en/non-claims.js';
import { AGE_QUALIFIERS_AFTER, AGE_QUALIFIERS_BEFORE, ageNouns, agePrefixes, currencies, NOT_COUNTED, percents, quantityUnits, type CurrencyRule, type PercentRule, type QuantityUnitRule } from '../rules/en/units.js';
import { changePairVerbs } from '../rules/en/changes.js';
import { digitValue, isSpaceGap, type EnglishToken } from './english-tokens.js';

export interface Quantity {
  /** Token indexes of the first and last token of the number (currency and unit excluded). */
  first: number;
  last: number;
  value: number;
  words: boolean;
  scale: ScaleRule | null;
  fraction: boolean;
  /** `one pupil in five`: the noun written inside a share. */
  ratioNoun?: CountedNoun;
  /** `doubled`, `more than double`: a multiple written as a word. */
  multiple?: MultipleWordRule;
}

export interface CountedNoun {
  text: string;
  start: number;
  end: number;
  token: number;
  /** True when the noun directly follows the number and so belongs to the span. */
  direct: boolean;
  /** Hyphenated to the number and used as an adjective: `a 1,200-place school`, `a 60-bed center`. */
  hyphenated?: boolean;
}

/** A number whose noun is written once, after the last item of a list: `241 primary and 38 secondary schools`. */
export interface ElidedNoun {
  /** The noun as the unit (`schools`) and the subject as a reader completes it (`primary schools`). */
  unit: string;
  subject: string;
  start: number;
  end: number;
}

export interface EnglishSpan {
  ruleId: string;
  start: number;
  end: number;
  /** Tokens of the span, currency to unit. */
  firstToken: number;
  lastToken: number;
  low: Quantity;
  high: Quantity | null;
  currency: CurrencyRule | null;
  /** The currency was written as a word after the number (`25 cents`): its factor applies. */
  currencyWord: boolean;
  percent: PercentRule | null;
  unit: QuantityUnitRule | null;
  /** The noun counted, when it is not a catalog measure: `households` in `1,200 low-income households`. */
  counted: CountedNoun | null;
  /** Last token read while finding this span (the counted noun may lie past the span). */
  readTo: number;
  /** How a range was written. */
  rangeConnector: 'dash' | 'to' | 'between' | 'from' | null;
  /** The noun of a list item that leaves it to the last item (`30 rural, 12 urban and three mobile clinics`). */
  elided: ElidedNoun | null;
}

/** What the finder needs to know about a sentence's words beyond their spelling. */
export interface WordTags {
  at(token: EnglishToken): ReadonlySet<string>;
}

export interface SentenceView {
  tokens: EnglishToken[];
  blocked: { start: number; end: number; ruleId: string }[];
  tags: WordTags;
  /** What a bare `$` means in this article (USD unless the dateline says otherwise). */
  dollar: CurrencyRule;
}

const UNIT_WORDS = new Map(numberWords.filter((w) => w.role === 'unit').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
const TEN_WORDS = new Map(numberWords.filter((w) => w.role === 'ten').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
const SCALE_WORDS = new Map(numberWords.filter((w) => w.role === 'scale').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
const DOZEN_WORDS = new Set(numberWords.filter((w) => w.role === 'dozen').flatMap((w) => w.words));
const FRACTION_WORDS = new Map(fractions.flatMap((f) => f.words.map((word) => [word, f.denominator] as const)));
const SCALE_BY_WORD = new Map(scales.flatMap((s) => s.words.map((word) => [word, s] as const)));
const SCALE_BY_ABBREVIATION = new Map(scales.flatMap((s) => s.abbreviations.map((word) => [word, s] as const)));
/** Single-letter abbreviations (`m`, `k`, `b`) read as a scale only after a currency sign. */
const needsCurrency = (abbreviation: string) => abbreviation.length === 1 || abbreviation === 'mil';

const AGE_UNIT = quantityUnits.find((rule) => rule.unit === 'age')!;
const AGE_NOUNS = new Set(ageNouns.flatMap((rule) => rule.nouns));
const MULTIPLE_UNIT = quantityUnits.find((rule) => rule.unit === 'x')!;
const MULTIPLE_FORMS = new Map<string, { rule: MultipleWordRule; verb: boolean }>(multipleWords.flatMap((rule) => [...rule.verbForms.map((form) => [form, { rule, verb: true }] as const), ...rule.baseForms.map((form) => [form, { rule, verb: false }] as const)]));
/** Words after `a third`, `a fifth` that leave it a share: a preposition, a conjunction, or punctuation. */
const AFTER_ARTICLE_FRACTION = new Set(['of', 'since', 'to', 'in', 'on', 'from', 'over', 'compared', 'than', 'between', 'during', 'last', 'this', 'and', 'or', 'but', 'while', 'as', 'after', 'before', 'until', 'through', 'year', 'among', 'across']);
/** Singular nouns hyphenated to a number that do not count anything: `a 3-fold rise`, `a 5-star rating`. */
const NOT_HYPHEN_COUNTED = new Set(['fold', 'plus', 'odd', 'something', 'star', 'percent', 'point', 'digit', 'way', 'time', 'old', 'second', 'cent', 'inch', 'yard', 'ounce', 'watt', 'volt', 'kilo', 'gram', 'litre', 'liter']);
const AGE_PHRASES = agePrefixes.flatMap((rule) => rule.phrases.map((phrase) => phrase.split(' '))).sort((a, b) => b.length - a.length);
/** Words before `one` that make it a count of the singular noun after it: `at least one play area`. */
const ONE_COUNTS_AFTER = new Set(['least', 'only', 'just', 'than', 'exactly', 'single']);

const DASHES = new Set(['-', '–', '—', '‑']);
const YEAR_LIKE = /^(?:1[89]|20)\d{2}$/;
const TIME_PREPOSITIONS = new Set(['in', 'since', 'by', 'during', 'until', 'through', 'of', 'from', 'to', 'before', 'after', 'between', 'and', 'year', 'fiscal', 'fy', 'circa', 'early', 'late', 'mid', 'spring', 'summer', 'fall', 'autumn', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MODIFIER_STOP = new Set(['of', 'in', 'for', 'to', 'and', 'or', 'the', 'a', 'an', 'per', 'each', 'by', 'from', 'with', 'at', 'on', 'than', 'as', 'that', 'which', 'who', 'were', 'was', 'are', 'is', 'be', 'will', 'have', 'has', 'had', 'this', 'last', 'next', 'more', 'less', 'fewer', 'over', 'under', 'about', 'up', 'down']);
/** Capitalised words before a number that are not names (`Over 500`, `About 40`). */
const NOT_NAME_WORDS = new Set(['over', 'nearly', 'about', 'around', 'approximately', 'almost', 'some', 'under', 'only', 'just', 'roughly', 'more', 'less', 'fewer', 'up', 'at', 'in', 'by', 'since', 'with', 'of', 'to', 'for', 'from', 'and', 'or', 'the', 'all', 'total', 'another', 'an', 'additional', 'top', 'last', 'first', 'next', 'past', 'than']);

const CURRENCY_PREFIXES = currencies
  .flatMap((rule) => rule.prefixes.map((prefix) => ({ prefix, rule })))
  .sort((a, b) => b.prefix.length - a.prefix.length);

interface PhraseForm<T> {
  words: string[];
  rule: T;
  caseSensitive: boolean;
}

const split = (form: string) => form.split(/[\s-]+/).filter(Boolean);
const PERCENT_FORMS: PhraseForm<PercentRule>[] = percents.flatMap((rule) => rule.forms.filter((f) => f !== '%').map((f) => ({ words: split(f), rule, caseSensitive: false })));
const CURRENCY_WORD_FORMS: PhraseForm<CurrencyRule>[] = currencies.flatMap((rule) => rule.words.map((f) => ({ words: split(f.replace(/\./g, ' ')), rule, caseSensitive: false })));
const UNIT_FORMS: PhraseForm<QuantityUnitRule>[] = quantityUnits.flatMap((rule) => [
  ...rule.forms.map((f) => ({ words: split(f.replace(/\./g, ' ')), rule, caseSensitive: false })),
  ...(rule.symbols ?? []).map((f) => ({ words: [f], rule, caseSensitive: true })),
]);
const byLength = <T>(forms: PhraseForm<T>[]) => forms.sort((a, b) => b.words.length - a.words.length);
byLength(PERCENT_FORMS);
byLength(CURRENCY_WORD_FORMS);
byLength(UNIT_FORMS);

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

/**
 * Matches a phrase (words separated by spaces, hyphens or a dot) starting at token k. A phrase
 * starting right after a number may be glued to it (`5km`) or hyphenated (`10-acre`).
 * Returns the index of its last token, or -1.
 */
function matchPhrase(tokens: EnglishToken[], k: number, form: PhraseForm<unknown>, afterNumber: boolean): number {
  let index = k;
  for (let w = 0; w < form.words.length; w++) {
    const word = form.words[w]!;
    let token = tokens[index];
    if (!token) return -1;
    const leading = w === 0 && afterNumber;
    if (leading && token.kind === 'symbol' && DASHES.has(token.text) && token.gap === '') {
      index++;
      token = tokens[index];
      if (!token || token.gap !== '') return -1;
    } else if (w > 0 && token.kind === 'symbol' && (DASHES.has(token.text) || token.text === '.') && (token.gap === '' || isSpaceGap(token.gap))) {
      index++;
      token = tokens[index];
      if (!token) return -1;
    } else if (!(token.gap === '' ? leading || w > 0 : isSpaceGap(token.gap))) {
      return -1;
    }
    if (token.gap === '' && w > 0 && tokens[index - 1]!.kind === 'word') return -1;
    const same = form.caseSensitive ? token.text === word : token.lower === word;
    if (!same || token.kind === 'symbol') return -1;
    index++;
  }
  return index - 1;
}

function longestForm<T>(tokens: EnglishToken[], k: number, forms: PhraseForm<T>[], afterNumber: boolean): { rule: T; last: number } | null {
  for (const form of forms) {
    const last = matchPhrase(tokens, k, form, afterNumber);
    if (last >= 0) return { rule: form.rule, last };
  }
  return null;
}

/** A number written in words from token i: `two thousand`, `forty-five`, `half a million`, `a dozen`. */
function wordQuantity(tokens: EnglishToken[], i: number): Quantity | null {
  const first = tokens[i]!;
  if (first.kind !== 'word') return null;
  const next = (k: number, allowDash = false) => {
    const t = tokens[k];
    if (!t) return null;
    if (allowDash && t.kind === 'symbol' && DASHES.has(t.text) && t.gap === '' && tokens[k + 1]?.gap === '') return { token: tokens[k + 1]!, index: k + 1 };
    return isSpaceGap(t.gap) ? { token: t, index: k } : null;
  };
  // `a dozen`, `a hundred`, `a million`, `half a million`.
  if (first.lower === 'half' || first.lower === 'a' || first.lower === 'an') {
    let k = i + 1;
    let factor = 1;
    if (first.lower === 'half') {
      const article = next(k);
      if (!article || article.token.lower !== 'a') return null;
      factor = 0.5;
      k = article.index + 1;
    }
    const scale = next(k);
    if (!scale) return null;
    if (DOZEN_WORDS.has(scale.token.lower) && factor === 1) return { first: i, last: scale.index, value: 12, words: true, scale: null, fraction: false };
    const scaleValue = SCALE_WORDS.get(scale.token.lower);
    if (scaleValue === undefined) return null;
    return { first: i, last: scale.index, value: factor * scaleValue, words: true, scale: null, fraction: false };
  }
  if (!UNIT_WORDS.has(first.lower) && !TEN_WORDS.has(first.lower)) return null;
  let total = 0;
  let current = 0;
  let last = i;
  let k = i;
  let expectOnes = false;
  while (k < tokens.length) {
    const token = tokens[k]!;
    if (k > i) {
      // Hyphen joins tens and ones; `and` may follow `hundred`.
      const step = next(k, expectOnes);
      if (!step) break;
      let candidate = step.token;
      let index = step.index;
      if (candidate.lower === 'and' && tokens[index - 1]?.lower === 'hundred') {
        const after = next(index + 1);
        if (!after || !(UNIT_WORDS.has(after.token.lower) || TEN_WORDS.has(after.token.lower))) break;
        candidate = after.token;
        index = after.index;
      }
      const unitValue = UNIT_WORDS.get(candidate.lower);
      const tenValue = TEN_WORDS.get(candidate.lower);
      const scaleValue = SCALE_WORDS.get(candidate.lower);
      if (unitValue !== undefined && (current % 100 === 0 || (expectOnes && unitValue < 10 && unitValue > 0))) {
        current += unitValue;
        expectOnes = false;
      } else if (tenValue !== undefined && current % 100 === 0) {
        current += tenValue;
        expectOnes = true;
      } else if (scaleValue !== undefined && current > 0) {
        if (scaleValue === 100) current *= 100;
        else {
          total += current * scaleValue;
          current = 0;
        }
        expectOnes = false;
      } else break;
      last = index;
      k = index + 1;
      continue;
    }
    current = UNIT_WORDS.get(token.lower) ?? TEN_WORDS.get(token.lower)!;
    expectOnes = TEN_WORDS.has(token.lower);
    k++;
  }
  return { first: i, last, value: total + current, words: true, scale: null, fraction: false };
}

/** `one-third`, `two thirds`, `three-quarters`, `a third` (the last only before `of`). */
function fractionQuantity(tokens: EnglishToken[], i: number): Quantity | null {
  const first = tokens[i]!;
  const numerator = first.lower === 'a' ? 1 : UNIT_WORDS.get(first.lower);
  if (numerator === undefined || numerator === 0 || numerator > 10) return null;
  let k = i + 1;
  let token = tokens[k];
  if (token?.kind === 'symbol' && DASHES.has(token.text) && token.gap === '') {
    k++;
    token = tokens[k];
    if (token?.gap !== '') return null;
  } else if (!token || !isSpaceGap(token.gap)) return null;
  const denominator = token && token.kind === 'word' ? FRACTION_WORDS.get(token.lower) : undefined;
  if (!denominator) return null;
  // `one third of`, `a quarter of`; a bare `one quarter` is a period of a year, `the third` an ordinal.
  const of = tokens[k + 1];
  const plural = token!.lower.endsWith('s') && token!.lower !== 'halves';
  if (numerator === 1 && plural) return null;
  if (numerator > 1 && !plural && denominator !== 2) return null;
  // `fallen by a third`, `nearly a fifth of bridges`: a share after `by` or a qualifier, with no noun after it.
  const articleShare =
    first.lower === 'a' && denominator !== 2 && !plural && ARTICLE_FRACTION_AFTER.has(tokens[i - 1]?.lower ?? '') && (!of || of.kind !== 'word' || AFTER_ARTICLE_FRACTION.has(of.lower));
  if ((first.lower === 'a' || token!.lower === 'quarter' || (token!.gap !== '' && numerator === 1)) && of?.lower !== 'of' && !articleShare) return null;
  return { first: i, last: k, value: numerator / denominator, words: true, scale: null, fraction: true };
}

/** A digit number from token i with the scale written after it: `13.8 million`, `1.2bn`. */
function digitQuantity(tokens: EnglishToken[], i: number, hasCurrency: boolean): Quantity | null {
  const token = tokens[i]!;
  if (token.kind !== 'number') return null;
  const value = digitValue(token);
  if (!Number.isFinite(value)) return null;
  // `2/3 of`: a fraction in digits.
  const slash = tokens[i + 1];
  const denominatorToken = tokens[i + 2];
  if (slash?.text === '/' && slash.gap === '' && denominatorToken?.kind === 'number' && denominatorToken.gap === '' && tokens[i + 3]?.lower === 'of') {
    const denominator = digitValue(denominatorToken);
    if (denominator > 0) return { first: i, last: i + 2, value: value / denominator, words: false, scale: null, fraction: true };
  }
  const next = tokens[i + 1];
  if (next?.kind === 'word') {
    const word = next.lower;
    const glued = next.gap === '';
    const spaced = isSpaceGap(next.gap);
    const byWord = SCALE_BY_WORD.get(word);
    if (byWord && spaced) return { first: i, last: i + 1, value: value * byWord.value, words: false, scale: byWord, fraction: false };
    const byAbbreviation = SCALE_BY_ABBREVIATION.get(word);
    if (byAbbreviation && (glued || (spaced && hasCurrency && word.length > 1)) && (hasCurrency || !needsCurrency(word))) {
      return { first: i, last: i + 1, value: value * byAbbreviation.value, words: false, scale: byAbbreviation, fraction: false };
    }
  }
  // `$1.2-million`: a hyphenated scale word.
  if (next?.kind === 'symbol' && DASHES.has(next.text) && next.gap === '' && tokens[i + 2]?.gap === '') {
    const scale = SCALE_BY_WORD.get(tokens[i + 2]!.lower);
    if (scale) return { first: i, last: i + 2, value: value * scale.value, words: false, scale, fraction: false };
  }
  return { first: i, last: i, value, words: false, scale: null, fraction: false };
}

function quantityAt(tokens: EnglishToken[], i: number, hasCurrency: boolean): Quantity | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return digitQuantity(tokens, i, hasCurrency);
  if (token.kind !== 'word') return null;
  return fractionQuantity(tokens, i) ?? wordQuantity(tokens, i);
}

/** A currency sign or code from token i, and the token where the number starts. */
function currencyAt(text: string, view: SentenceView, i: number): { rule: CurrencyRule; numberToken: number } | null {
  const { tokens } = view;
  const token = tokens[i]!;
  if (token.kind === 'number') return null;
  for (const { prefix, rule } of CURRENCY_PREFIXES) {
    if (!text.startsWith(prefix, token.start)) continue;
    const after = token.start + prefix.length;
    // Letter codes stand apart from the digits (`USD 5 million`); signs are glued.
    let k = i;
    while (k < tokens.length && tokens[k]!.start < after) k++;
    const numberToken = tokens[k];
    if (!numberToken || numberToken.kind !== 'number') continue;
    const between = text.slice(after, numberToken.start);
    if (/^[A-Z]+$/.test(prefix) ? !/^\s?$/.test(between) || !/^\s*$/.test(numberToken.gap) : between !== '') continue;
    if (/^[A-Z]/.test(prefix) && i > 0 && tokens[i - 1]!.end === token.start && tokens[i - 1]!.kind === 'word') continue;
    return { rule: prefix === '$' ? view.dollar : rule, numberToken: k };
  }
  return null;
}

interface Suffix {
  last: number;
  percent: PercentRule | null;
  currency: CurrencyRule | null;
  unit: QuantityUnitRule | null;
}

/** What is written right after the number: %, percent, dollars, a catalog unit. */
function suffixAt(tokens: EnglishToken[], k: number): Suffix | null {
  const token = tokens[k];
  if (!token) return null;
  if (token.text === '%' && (token.gap === '' || token.gap === ' ')) {
    const sign = percents.find((rule) => rule.forms.includes('%'))!;
    return { last: k, percent: sign, currency: null, unit: null };
  }
  const percent = longestForm(tokens, k, PERCENT_FORMS, true);
  if (percent && percent.rule.forms[0] !== 'points') return { last: percent.last, percent: percent.rule, currency: null, unit: null };
  const currency = longestForm(tokens, k, CURRENCY_WORD_FORMS, true);
  if (currency) return { last: currency.last, percent: null, currency: currency.rule, unit: null };
  const unit = longestForm(tokens, k, UNIT_FORMS, true);
  if (unit) {
    // `5 years` glued is a code (`5years` never appears); `10-acre` is fine.
    return { last: unit.last, percent: null, currency: null, unit: unit.rule };
  }
  return null;
}

/** A plural noun: lower case, or a capitalised people noun (`twenty million Americans`). */
const isPlural = (token: EnglishToken, tags: ReadonlySet<string>) =>
  token.kind === 'word' && (/^[a-z]/.test(token.text) || /^[A-Z][a-z]+ns$/.test(token.text)) && !NOT_COUNTED.has(token.lower) && tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Date') && token.lower.length > 2;

/** Words between a number and the noun it counts: `new`, `low-income`, `sworn`, `warming`, `spray`. */
const isModifier = (token: EnglishToken, tags: ReadonlySet<string>) =>
  token.kind === 'word' &&
  !MODIFIER_STOP.has(token.lower) &&
  (tags.has('Adjective') || (tags.has('Noun') && !tags.has('Plural') && !tags.has('Pronoun')) || (tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal'))) &&
  !tags.has('Value') &&
  !tags.has('Date');

/** `community meetings`, `county-owned parcels`: the noun at `index` modifies the one after it. */
function continuesCompound(view: SentenceView, index: number): boolean {
  const { tokens, tags } = view;
  const after = tokens[index + 1];
  if (!after) return false;
  if (DASHES.has(after.text) && after.gap === '' && tokens[index + 2]?.gap === '' && tokens[index + 2]?.kind === 'word') return true;
  return after.gap === ' ' && after.kind === 'word' && isPlural(after, tags.at(after));
}

/** `zero-emission`, `park-and-ride`: a word glued by a hyphen to the word after it. */
const startsCompound = (tokens: EnglishToken[], index: number) => {
  const dash = tokens[index + 1];
  return dash !== undefined && DASHES.has(dash.text) && dash.gap === '' && tokens[index + 2]?.gap === '' && tokens[index + 2]?.kind === 'word';
};

/** The noun counted by a number: directly after it, or after up to three modifiers. */
function countedNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  let index = k;
  let modifiers = 0;
  while (index < tokens.length && modifiers <= 4) {
    const token = tokens[index]!;
    if (token.kind === 'symbol') {
      // Hyphenated modifiers (`low-income`): a dash glued on both sides.
      if (DASHES.has(token.text) && token.gap === '' && tokens[index + 1]?.gap === '' && index > k) {
        index++;
        continue;
      }
      return null;
    }
    if (index > k && !(token.gap === '' || isSpaceGap(token.gap))) return null;
    if (index === k && !isSpaceGap(token.gap)) return null;
    const tokenTags = tags.at(token);
    const unit = longestForm(tokens, index, UNIT_FORMS.filter((form) => form.rule.kind === 'count'), false);
    if (unit && !continuesCompound(view, unit.last)) {
      const end = tokens[unit.last]!;
      return { text: tokens[index]!.text, start: tokens[index]!.start, end: end.end, token: unit.last, direct: index === k };
    }
    // compromise reads some plural nouns after a number as verbs (`five spray grounds`).
    const pluralVerb = tokenTags.has('PresentTense') && /^[a-z]{3,}[^s]s$/.test(token.text) && !NOT_COUNTED.has(token.lower);
    // `human services workers`: a plural noun that modifies the plural noun after it.
    if ((isPlural(token, tokenTags) || pluralVerb) && continuesCompound(view, index)) {
      modifiers++;
      index++;
      continue;
    }
    if (isPlural(token, tokenTags) || pluralVerb) return { text: token.text, start: token.start, end: token.end, token: index, direct: index === k };
    // Words joined by hyphens modify together, whatever each is on its own (`park-and-ride`).
    const hyphenJoined = (index > k && token.gap === '' && DASHES.has(tokens[index - 1]!.text)) || (startsCompound(tokens, index) && !MODIFIER_STOP.has(token.lower));
    // `two particularly exciting events`, `40 highly skilled jobs`: a degree adverb before an adjective.
    const next = tokens[index + 1];
    const degree = token.kind === 'word' && tokenTags.has('Adverb') && /^(?:very|[a-z]{3,}ly)$/.test(token.lower) && next?.kind === 'word' && isSpaceGap(next.gap) && ['Adjective', 'Gerund', 'PastTense'].some((tag) => tags.at(next).has(tag));
    if (!hyphenJoined && !degree && !isModifier(token, tokenTags)) return null;
    if (!hyphenJoined) modifiers++;
    index++;
  }
  return null;
}

function isBlocked(view: SentenceView, token: EnglishToken): boolean {
  return view.blocked.some((range) => token.start >= range.start && token.end <= range.end);
}

/** Change verbs a few words before `from` make `from X to Y` a change, not a range. */
function changeBefore(tokens: EnglishToken[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 6); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && /[,;:]/.test(token.text)) return false;
    if (changePairVerbs.has(token.lower)) return true;
  }
  return false;
}

/** `one in four`, `1 in 5`, `one pupil in five`, `two out of three`: a share written as a ratio. */
function ratioAt(view: SentenceView, quantity: Quantity): Quantity | null {
  const { tokens, tags } = view;
  if (quantity.fraction || quantity.scale || !Number.isInteger(quantity.value) || quantity.value < 1) return null;
  let at = quantity.last + 1;
  let ratioNoun: CountedNoun | undefined;
  // `one pupil in five`: the noun counted stands between the two numbers.
  const noun = tokens[at];
  if (noun?.kind === 'word' && (tokens[at + 1]?.lower === 'in' || (tokens[at + 1]?.lower === 'out' && tokens[at + 2]?.lower === 'of')) && isSpaceGap(noun.gap) && /^[a-z]{3,}$/.test(noun.text) && !MODIFIER_STOP.has(noun.lower)) {
    // compromise may read the noun after `one` as a verb (`one contract in ten`): a base form will do.
    const nounTags = tags.at(noun);
    const plural = nounTags.has('Plural') || (!nounTags.has('Noun') && noun.lower.endsWith('s'));
    const nounLike = nounTags.has('Noun') || nounTags.has('Infinitive') || nounTags.has('PresentTense');
    if (!nounLike || nounTags.has('Pronoun') || nounTags.has('Date') || nounTags.has('PastTense') || nounTags.has('Gerund') || (quantity.value === 1) === plural) return null;
    ratioNoun = { text: noun.text, start: noun.start, end: noun.end, token: at, direct: true };
    at++;
  }
  // `two out of three`: the same share with `out of` for `in`.
  if (tokens[at]?.lower === 'out' && isSpaceGap(tokens[at]!.gap) && tokens[at + 1]?.lower === 'of') at++;
  const link = tokens[at];
  if ((link?.lower !== 'in' && link?.lower !== 'of') || (link.lower === 'of' && tokens[at - 1]?.lower !== 'out') || !isSpaceGap(link.gap)) return null;
  const next = tokens[at + 1];
  if (!next || !isSpaceGap(next.gap) || YEAR_LIKE.test(next.text)) return null;
  const denominator = next.kind === 'number' ? digitQuantity(tokens, at + 1, false) : wordQuantity(tokens, at + 1);
  if (!denominator || denominator.scale || !Number.isInteger(denominator.value) || denominator.value <= quantity.value || denominator.value > 1000) return null;
  // `2 cases in 10 days`: a unit after the second number makes it a quantity of its own.
  const after = tokens[denominator.last + 1];
  if (ratioNoun && after?.kind === 'word' && isSpaceGap(after.gap) && (longestForm(tokens, denominator.last + 1, UNIT_FORMS, false) || isPlural(after, tags.at(after)))) return null;
  return { first: quantity.first, last: denominator.last, value: quantity.value / denominator.value, words: quantity.words, scale: null, fraction: true, ...(ratioNoun ? { ratioNoun } : {}) };
}

/** `doubled`, `to triple`, `more than double`: a multiple written as a word, with `x` as its unit. */
function multipleAt(tokens: EnglishToken[], i: number): Piece | null {
  const token = tokens[i]!;
  if (token.kind !== 'word') return null;
  const form = MULTIPLE_FORMS.get(token.lower);
  if (!form) return null;
  const next = tokens[i + 1];
  // `double-digit`, `doubled-up`, `doubled down`: compounds and idioms, not multiples.
  if (next && ((DASHES.has(next.text) && next.gap === '') || next.lower === 'down')) return null;
  if (!form.verb && !MULTIPLE_BASE_AFTER.has(tokens[i - 1]?.lower ?? '')) return null;
  const quantity: Quantity = { first: i, last: i, value: form.rule.value, words: false, scale: null, fraction: false, multiple: form.rule };
  return { firstToken: i, quantity, currency: null, currencyWord: false, suffix: { last: i, percent: null, currency: null, unit: { ...MULTIPLE_UNIT, id: form.rule.id } } };
}

/** `seniors 65 and older`, `children under 6`: an age written after a people noun with a qualifier. */
function ageAfterPeople(tokens: EnglishToken[], first: number, last: number, value: number): boolean {
  if (!Number.isInteger(value) || value > 120) return false;
  const isPeople = (index: number) => AGE_NOUNS.has(tokens[index]?.lower ?? '');
  for (const words of AGE_QUALIFIERS_BEFORE) {
    if (words.every((word, w) => tokens[first - words.length + w]?.lower === word) && isPeople(first - words.length - 1)) return true;
  }
  if (!isPeople(first - 1)) return false;
  const plus = tokens[last + 1];
  if (plus?.text === '+' && plus.gap === '') return true;
  return AGE_QUALIFIERS_AFTER.some((words) => words.every((word, w) => tokens[last + 1 + w]?.lower === word && isSpaceGap(tokens[last + 1 + w]!.gap)));
}

/** `a 1,200-place school`, `a 60-seat hall`: a singular noun hyphenated to the number, used as an adjective. */
function hyphenNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  const dash = tokens[k];
  const word = tokens[k + 1];
  const after = tokens[k + 2];
  if (!dash || !DASHES.has(dash.text) || dash.gap !== '' || !word || word.gap !== '' || word.kind !== 'word') return null;
  if (!/^[a-z]{3,}$/.test(word.text) || NOT_HYPHEN_COUNTED.has(word.lower) || ORDINAL_WORDS.has(word.lower) || MODIFIER_STOP.has(word.lower) || NOT_COUNTED.has(word.lower)) return null;
  // compromise often tags `1,200-place` as one term (the word then has no tags of its own) or a
  // noun as a verb (`60-seat`): any word that is not plainly another part of speech will do.
  const wordTags = tags.at(word);
  if (['Plural', 'Date', 'Pronoun', 'Value', 'Adjective', 'Adverb', 'PastTense', 'Gerund', 'Preposition', 'Determiner', 'Conjunction'].some((tag) => wordTags.has(tag))) return null;
  // Used as an adjective: a word follows after a space (`-place primary school`), not another hyphen.
  if (!after || after.kind !== 'word' || !isSpaceGap(after.gap)) return null;
  return { text: word.text, start: word.start, end: word.end, token: k + 1, direct: true, hyphenated: true };
}

/** `aged 16`, `ages 18 to 24`, `under the age of 16`: the words before the span. */
function agedBefore(tokens: EnglishToken[], index: number): boolean {
  return AGE_PHRASES.some((words) => words.every((word, w) => tokens[index - words.length + w]?.lower === word));
}

/** `at least one fully accessible play area`: the singular noun counted by `one`. */
function singularNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  let index = k;
  while (index < tokens.length && index < k + 5) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !(isSpaceGap(token.gap) || (token.gap === '' && tokens[index - 1]?.text === '-'))) {
      if (token.kind === 'symbol' && DASHES.has(token.text) && token.gap === '') {
        index++;
        continue;
      }
      return null;
    }
    const tokenTags = tags.at(token);
    const next = tokens[index + 1];
    const nextTags = next ? tags.at(next) : new Set<string>();
    const nextIsNoun = next !== undefined && next.kind === 'word' && isSpaceGap(next.gap) && nextTags.has('Noun') && !nextTags.has('Pronoun') && !MODIFIER_STOP.has(next.lower);
    if (tokenTags.has('Noun') && tokenTags.has('Singular') && !nextIsNoun && !MODIFIER_STOP.has(token.lower)) return { text: token.text, start: token.start, end: token.end, token: index, direct: index === k };
    if (!(tokenTags.has('Adjective') || tokenTags.has('Adverb') || tokenTags.has('Noun')) || MODIFIER_STOP.has(token.lower)) return null;
    index++;
  }
  return null;
}

interface Piece {
  firstToken: number;
  quantity: Quantity;
  currency: CurrencyRule | null;
  currencyWord: boolean;
  suffix: Suffix | null;
}

function pieceAt(text: string, view: SentenceView, i: number): Piece | null {
  const { tokens } = view;
  const multiple = multipleAt(tokens, i);
  if (multiple) return isBlocked(view, tokens[i]!) ? null : multiple;
  const currency = currencyAt(text, view, i);
  const numberIndex = currency ? currency.numberToken : i;
  const quantity = quantityAt(tokens, numberIndex, currency !== null);
  if (!quantity) return null;
  if (isBlocked(view, tokens[quantity.first]!)) return null;
  const ratio = currency ? null : ratioAt(view, quantity);
  if (ratio) return { firstToken: i, quantity: ratio, currency: null, currencyWord: false, suffix: null };
  let suffix = quantity.fraction ? null : suffixAt(tokens, quantity.last + 1);
  // A catalog count noun that modifies the noun after it (`14 community meetings`) is not the unit.
  if (suffix?.unit?.kind === 'count' && continuesCompound(view, suffix.last)) suffix = null;
  return {
    firstToken: i,
    quantity,
    currency: currency?.rule ?? suffix?.currency ?? null,
    currencyWord: !currency && !!suffix?.currency,
    suffix,
  };
}

const pieceKind = (piece: Piece) => (piece.currency ? 'money' : piece.suffix?.percent ? 'percent' : piece.suffix?.unit ? `unit:${piece.suffix.unit.id}` : 'none');

/** A year written alone (`in 2020`, `2021 budget`) rather than a quantity. */
function isYear(tokens: EnglishToken[], piece: Piece): boolean {
  const token = tokens[piece.quantity.first]!;
  if (piece.currency || piece.quantity.scale || piece.quantity.last !== piece.quantity.first) return false;
  if (!YEAR_LIKE.test(token.text)) return false;
  if (piece.suffix?.percent) return false;
  if (piece.suffix?.unit && piece.suffix.unit.kind !== 'measure') {
    const before = tokens[piece.firstToken - 1];
    return before !== undefined && TIME_PREPOSITIONS.has(before.lower);
  }
  return true;
}

/** Numbers that belong to a name: `Apollo 11`, `Boeing 737`, `Camp 4` (a capitalised word right before). */
function isNamedNumber(tokens: EnglishToken[], piece: Piece): boolean {
  if (piece.currency || piece.suffix || piece.quantity.words) return false;
  const before = tokens[piece.firstToken - 1];
  if (!before || before.kind !== 'word' || piece.firstToken - 1 === 0 || !isSpaceGap(tokens[piece.firstToken]!.gap)) return false;
  return /^[A-Z][a-z]+$/.test(before.text) && !NOT_NAME_WORDS.has(before.lower);
}

/** Finds every claim span in one sentence. */
export function findSpans(text: string, view: SentenceView): EnglishSpan[] {
  const { tokens } = view;
  const spans: EnglishSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const piece = pieceAt(text, view, i);
    if (!piece) {
      i++;
      continue;
    }
    const span = buildSpan(text, view, piece);
    if (!span) {
      i = piece.quantity.last + 1;
      continue;
    }
    spans.push(span);
    i = span.lastToken + 1;
  }
  attachElidedNouns(view, spans);
  return spans;
}

const LIST_LINKS = new Set([',', 'and', 'or']);

/** The modifiers after a bare number and the list link after them: `30 rural,`, `12 urban and`. */
function elidedItem(view: SentenceView, span: EnglishSpan): { start: number; end: number; link: number } | null {
  const { tokens, tags } = view;
  if (span.currency || span.percent || span.unit || span.counted || span.high || span.low.fraction) return null;
  let k = span.lastToken + 1;
  const start = k;
  let words = 0;
  while (words < 2 && tokens[k]?.kind === 'word' && isSpaceGap(tokens[k]!.gap) && !isPlural(tokens[k]!, tags.at(tokens[k]!)) && (isModifier(tokens[k]!, tags.at(tokens[k]!)) || startsCompound(tokens, k))) {
    // `1,200 full-time and 300 part-time staff`: a hyphenated modifier is one word.
    while (startsCompound(tokens, k)) k += 2;
    k++;
    words++;
  }
  if (k === start || !LIST_LINKS.has(tokens[k]?.lower ?? '')) return null;
  return { start, end: k - 1, link: k };
}

/**
 * `241 primary and 38 secondary schools`, `30 rural, 12 urban and three mobile clinics`: a
 * bare number with modifiers, in a list whose later item names the noun, counts that noun.
 */
function attachElidedNouns(view: SentenceView, spans: EnglishSpan[]): void {
  const { tokens } = view;
  spans.forEach((span, n) => {
    const item = elidedItem(view, span);
    if (!item) return;
    let cursor = item.link;
    for (let m = n + 1; m < spans.length; m++) {
      const later = spans[m]!;
      for (let k = cursor; k < later.firstToken; k++) if (!LIST_LINKS.has(tokens[k]!.lower)) return;
      if (later.counted && !later.counted.hyphenated) {
        const head = tokens[later.counted.token]!;
        const modifiers = view.tokens.slice(item.start, item.end + 1);
        span.elided = {
          unit: later.unit?.kind === 'count' ? later.unit.unit : head.lower,
          subject: `${modifiers.map((t, m) => (m > 0 ? t.gap : '') + t.text).join('')} ${head.text}`,
          start: modifiers[0]!.start,
          end: head.end,
        };
        return;
      }
      const next = elidedItem(view, later);
      if (!next) return;
      cursor = next.link;
    }
  });
}

function buildSpan(text: string, view: SentenceView, a: Piece): EnglishSpan | null {
  const { tokens } = view;
  if (isYear(tokens, a)) return null;
  // The word `one` only counts when a unit or noun follows: `one of`, `one another` are not claims.
  const before = tokens[a.firstToken - 1];
  let high: Piece | null = null;
  let connector: EnglishSpan['rangeConnector'] = null;
  let low = a;
  // Range written before the suffix: `10-20 percent`, `$10 to $20 million`, `between 10 and 20`.
  const afterNumber = a.suffix ? a.suffix.last + 1 : a.quantity.last + 1;
  const link = tokens[afterNumber];
  const isDash = link?.kind === 'symbol' && DASHES.has(link.text) && (link.gap === '' || link.gap === ' ');
  const isTo = link?.kind === 'word' && (link.lower === 'to' || link.lower === 'through') && isSpaceGap(link.gap);
  const isAnd = link?.kind === 'word' && link.lower === 'and' && before?.lower === 'between';
  if ((isDash || isTo || isAnd) && !a.quantity.fraction) {
    const fromChange = before?.lower === 'from' && changeBefore(tokens, a.firstToken - 1);
    const b = fromChange ? null : pieceAt(text, view, afterNumber + 1);
    const gapOk = b && (isDash ? tokens[afterNumber + 1]!.gap === link!.gap || tokens[afterNumber + 1]!.gap === '' : isSpaceGap(tokens[afterNumber + 1]!.gap));
    if (b && gapOk && !b.quantity.fraction && !isYear(tokens, b)) {
      const aKind = pieceKind(a);
      const bKind = pieceKind(b);
      const compatible = aKind === 'none' || aKind === bKind || (aKind === 'money' && !b.suffix?.percent && !b.suffix?.unit);
      const toAllowed = !isTo || before?.lower === 'from' || aKind === bKind || (aKind === 'none' && bKind !== 'none') || (a.quantity.words && b.quantity.words);
      const increasing = b.quantity.value >= a.quantity.value || (!a.quantity.scale && b.quantity.scale !== null);
      if (compatible && toAllowed && increasing && !(isTo && changeBefore(tokens, a.firstToken))) {
        high = b;
        connector = isDash ? 'dash' : isAnd ? 'between' : before?.lower === 'from' ? 'from' : 'to';
        // The lower end shares the upper end's scale and unit when it has none: `$10 to $20 million`.
        const shareScale = !a.quantity.scale && b.quantity.scale !== null && a.quantity.value * b.quantity.scale.value <= b.quantity.value;
        low = {
          ...a,
          quantity: shareScale ? { ...a.quantity, value: a.quantity.value * b.quantity.scale!.value, scale: b.quantity.scale } : a.quantity,
          currency: a.currency ?? b.currency,
          currencyWord: a.currency ? a.currencyWord : b.currencyWord,
          suffix: a.suffix ?? b.suffix,
        };
      }
    }
  }
  const last = high ?? low;
  const suffix = last.suffix ?? low.suffix;
  const suffixEnd = last.suffix ? last.suffix.last : last.quantity.last;
  let counted: CountedNoun | null = null;
  let unit = suffix?.unit ?? null;
  const governing = connector === 'between' || connector === 'from' ? low.firstToken - 1 : low.firstToken;
  if (unit?.kind === 'count') {
    const first = tokens[(high ?? low).quantity.last + 1]!;
    const firstWord = first.kind === 'symbol' ? tokens[(high ?? low).quantity.last + 2]! : first;
    const hyphenated = first.kind === 'symbol' && DASHES.has(first.text) && first.gap === '' && tokens[suffixEnd + 1]?.kind === 'word' && isSpaceGap(tokens[suffixEnd + 1]!.gap);
    counted = { text: text.slice(firstWord.start, tokens[suffixEnd]!.end), start: firstWord.start, end: tokens[suffixEnd]!.end, token: suffixEnd, direct: true, ...(hyphenated ? { hyphenated } : {}) };
  } else if (!low.currency && !suffix?.percent && !unit && !low.quantity.fraction && (agedBefore(tokens, governing) || ageAfterPeople(tokens, governing, (high ?? low).quantity.last, low.quantity.value))) {
    unit = AGE_UNIT;
  } else if (!low.currency && !suffix?.percent && !unit && !low.quantity.fraction) {
    // Only digits: a number word hyphenated to a noun is mostly an idiom (`one-stop`, `two-tier`, `zero-emission`).
    counted = (low.quantity.words ? null : hyphenNounAt(view, suffixEnd + 1)) ?? countedNounAt(view, suffixEnd + 1);
    if (counted) {
      let nounStart = counted.token;
      while (nounStart > 0 && tokens[nounStart]!.start > counted.start) nounStart--;
      const catalog = longestForm(tokens, nounStart, UNIT_FORMS, false);
      if (catalog && catalog.rule.kind === 'count') unit = catalog.rule;
    } else if (low.quantity.value === 1 && !high && ONE_COUNTS_AFTER.has(tokens[governing - 1]?.lower ?? '')) {
      counted = singularNounAt(view, suffixEnd + 1);
    }
  }
  const numberWords = low.quantity.words && !low.quantity.fraction;
  if (numberWords && !low.currency && !suffix && !counted && !low.quantity.scale && unit !== AGE_UNIT) {
    // A number in words with nothing counted is prose (`one of`, `the two`), unless it is large.
    if (low.quantity.value < 100 || !tokens[low.quantity.last]!.lower.match(/hundred|thousand|million|billion|trillion/)) return null;
  }
  if (low.quantity.value === 1 && !low.currency && !suffix && !counted && !low.quantity.fraction && !low.quantity.scale && unit !== AGE_UNIT) return null;
  if (!high && unit !== AGE_UNIT && isNamedNumber(tokens, low)) return null;
  const lastToken = counted ? counted.token : suffixEnd;
  const firstToken = low.firstToken;
  const ruleId = spanRuleId(low, suffix, unit, counted, high !== null);
  return {
    ruleId,
    start: tokens[firstToken]!.start,
    end: tokens[lastToken]!.end,
    firstToken,
    lastToken,
    low: low.quantity,
    high: high?.quantity ?? null,
    currency: low.currency,
    currencyWord: low.currencyWord,
    percent: suffix?.percent ?? null,
    unit,
    counted,
    readTo: Math.max(lastToken, counted?.token ?? 0, suffixEnd),
    rangeConnector: connector,
    elided: null,
  };
}

function spanRuleId(low: Piece, suffix: Suffix | null, unit: QuantityUnitRule | null, counted: CountedNoun | null, range: boolean): string {
  const base = low.currency
    ? low.currencyWord
      ? 'money-word'
      : 'money-sign'
    : suffix?.percent
      ? suffix.percent.id
      : unit
        ? unit.kind === 'count'
          ? 'count-catalog'
          : unit.id
        : counted
          ? 'count-plural-noun'
          : low.quantity.fraction
            ? 'fraction'
            : 'number-bare';
  const written = low.quantity.fraction ? '' : low.quantity.words ? '-words' : '';
  return `en-${base}${written}${range ? '-range' : ''}`;
}
