// The English number grammar: a quantity written in digits (`13.8 million`, `1.2bn`), in words
// (`two thousand`, `forty-five`, `half a million`, `a dozen`) or as a fraction (`two thirds`),
// read from the tokens at one position. Values only; what is written around them is the finder's.
import { ARTICLE_FRACTION_AFTER, GLUED_SCALES_WITHOUT_CURRENCY, HALF_SHARE_AFTER, HALF_SHARE_BEFORE, NOT_HALF_SHARE_AFTER, fractions, numberWords, scales } from '../../rules/en/numbers.js';
import { digitValue, isSpaceGap, type EnglishToken } from './tokens.js';
import type { Quantity } from './spans.js';

export const UNIT_WORDS = new Map(numberWords.filter((w) => w.role === 'unit').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
export const TEN_WORDS = new Map(numberWords.filter((w) => w.role === 'ten').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
export const SCALE_WORDS = new Map(numberWords.filter((w) => w.role === 'scale').flatMap((w) => w.words.map((word) => [word, w.value] as const)));
export const DOZEN_WORDS = new Set(numberWords.filter((w) => w.role === 'dozen').flatMap((w) => w.words));
export const FRACTION_WORDS = new Map(fractions.flatMap((f) => f.words.map((word) => [word, f.denominator] as const)));
export const SCALE_BY_WORD = new Map(scales.flatMap((s) => s.words.map((word) => [word, s] as const)));
export const SCALE_BY_ABBREVIATION = new Map(scales.flatMap((s) => s.abbreviations.map((word) => [word, s] as const)));
/** Abbreviations written apart from the number without a currency: `10 bln barrels`. */
const SPACED_SCALES_WITHOUT_CURRENCY = new Set(['bn', 'bln', 'mn', 'mln', 'trn']);
/** Words after `1.8m` that make it a length: `1.8m tall`. */
const LENGTH_ADJECTIVES = new Set(['tall', 'high', 'long', 'wide', 'deep', 'thick', 'away', 'above', 'below', 'sprint', 'race', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay']);

/** Whether a scale abbreviation right after digit token i is a scale here (`$3bn`, `25k`, `1.2m people`), not a unit (`100m`). */
function abbreviationIsScale(tokens: EnglishToken[], i: number, hasCurrency: boolean): boolean {
  const number = tokens[i]!;
  const next = tokens[i + 1]!;
  if (isSpaceGap(next.gap)) return next.text.length > 1 && (hasCurrency || SPACED_SCALES_WITHOUT_CURRENCY.has(next.lower));
  if (next.gap !== '') return false;
  if (hasCurrency || GLUED_SCALES_WITHOUT_CURRENCY.has(next.text)) return true;
  // `1.2m people`, `2m barrels` are millions, `100m`, `1.8m tall` lengths: a decimal or a plural
  // noun after `m` reads it as the scale.
  if (next.text === 'm') {
    const after = tokens[i + 2];
    // `1m-plus users`: a glued `plus` makes it the scale.
    if (after && /^[-‑]$/.test(after.text) && after.gap === '' && tokens[i + 3]?.lower === 'plus' && tokens[i + 3]!.gap === '') return true;
    if (!after || LENGTH_ADJECTIVES.has(after.lower) || /^[-‑]$/.test(after.text)) return false;
    return number.text.includes('.') || (after.kind === 'word' && isSpaceGap(after.gap) && /^[a-z]{2,}[^s]s$/.test(after.text));
  }
  return next.text.length > 1 && next.lower !== 'mil' && next.lower !== 'b';
}

/** Words after `a third`, `a fifth` that leave it a share: a preposition, a conjunction, or punctuation. */
export const AFTER_ARTICLE_FRACTION = new Set(['of', 'since', 'to', 'in', 'on', 'from', 'over', 'compared', 'than', 'between', 'during', 'last', 'this', 'and', 'or', 'but', 'while', 'as', 'after', 'before', 'until', 'through', 'year', 'among', 'across']);
export const DASHES = new Set(['-', '–', '—', '‑']);
/** Words that open a unit of rates after `half a`, `a quarter`: `percentage point`, `point`, `basis point`. */
const RATE_POINT_WORDS = new Set(['percentage', 'point', 'basis']);

/** A number written in words from token i: `two thousand`, `forty-five`, `half a million`, `a dozen`. */
export function wordQuantity(tokens: EnglishToken[], i: number): Quantity | null {
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
    // `half a percentage point`, `half a point`: half of the unit that follows.
    if (factor === 0.5 && RATE_POINT_WORDS.has(scale.token.lower)) return { first: i, last: k - 1, value: 0.5, words: true, scale: null, fraction: false };
    if (DOZEN_WORDS.has(scale.token.lower) && factor === 1) return { first: i, last: scale.index, value: 12, words: true, scale: null, fraction: false };
    const scaleValue = SCALE_WORDS.get(scale.token.lower);
    if (scaleValue === undefined) return null;
    // `a hundred and fifty`, `a thousand two hundred`: the rest of the number after the scale.
    const link = next(scale.index + 1);
    const restAt = link?.token.lower === 'and' ? scale.index + 2 : scale.index + 1;
    const rest = factor === 1 && next(restAt) ? wordQuantity(tokens, restAt) : null;
    if (rest && !rest.fraction && rest.value > 0 && rest.value < scaleValue) return { first: i, last: rest.last, value: scaleValue + rest.value, words: true, scale: null, fraction: false };
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
  return withSpokenTail(tokens, { first: i, last, value: total + current, words: true, scale: null, fraction: false });
}

const DIGIT_WORDS = new Map(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, value) => [word, value] as const));
/** `and a half`, `and a quarter` after a whole number: the fraction added to it. */
const AND_FRACTIONS = new Map([['half', 0.5], ['quarter', 0.25]]);

/**
 * What may follow a whole number and belong to it: spoken decimals (`two point five`), a
 * fraction added with `and a` (`two and a half`, `10 and a half`), a dozen (`three dozen` = 36).
 */
export function withSpokenTail(tokens: EnglishToken[], quantity: Quantity): Quantity {
  const at = (k: number) => (tokens[k] && isSpaceGap(tokens[k]!.gap) ? tokens[k]! : null);
  if (!Number.isInteger(quantity.value) || quantity.scale) return quantity;
  // `two point five`: digit words after `point`.
  if (quantity.words && at(quantity.last + 1)?.lower === 'point' && DIGIT_WORDS.has(at(quantity.last + 2)?.lower ?? '')) {
    let k = quantity.last + 2;
    let digits = '';
    while (DIGIT_WORDS.has(at(k)?.lower ?? '')) digits += String(DIGIT_WORDS.get(at(k)!.lower)), k++;
    // `three point two billion`: a scale word after the decimals multiplies the whole number.
    const scale = SCALE_WORDS.get(at(k)?.lower ?? '');
    const value = Number(`${quantity.value}.${digits}`);
    return scale && scale > 100 ? { ...quantity, last: k, value: value * scale } : { ...quantity, last: k - 1, value };
  }
  if (at(quantity.last + 1)?.lower === 'and' && ['a', 'an'].includes(at(quantity.last + 2)?.lower ?? '') && AND_FRACTIONS.has(at(quantity.last + 3)?.lower ?? '')) {
    return { ...quantity, last: quantity.last + 3, value: quantity.value + AND_FRACTIONS.get(at(quantity.last + 3)!.lower)! };
  }
  if (DOZEN_WORDS.has(at(quantity.last + 1)?.lower ?? '') && quantity.value > 0) return { ...quantity, last: quantity.last + 1, value: quantity.value * 12 };
  return quantity;
}

/** `10 1/2 miles`: a whole number, a space, and a proper fraction in digits. */
function mixedFraction(tokens: EnglishToken[], quantity: Quantity): Quantity {
  const numerator = tokens[quantity.last + 1];
  const slash = tokens[quantity.last + 2];
  const denominator = tokens[quantity.last + 3];
  if (!numerator || numerator.kind !== 'number' || !isSpaceGap(numerator.gap) || slash?.text !== '/' || slash.gap !== '' || denominator?.kind !== 'number' || denominator.gap !== '') return quantity;
  const top = digitValue(numerator);
  const bottom = digitValue(denominator);
  if (!Number.isInteger(top) || !Number.isInteger(bottom) || bottom < 2 || bottom > 16 || top >= bottom) return quantity;
  return { ...quantity, last: quantity.last + 3, value: quantity.value + top / bottom };
}

/** Words before `three quarters` that make it a count of quarters of a year. */
const QUARTERS_COUNTED_AFTER = new Set(['in', 'for', 'over', 'past', 'last', 'next', 'previous', 'first', 'consecutive', 'straight', 'successive']);

/** … even before `of` (`the last four quarters of data`, `the past two quarters of 2020`): `in three quarters of the districts` is a share. */
const QUARTERS_COUNTED_BEFORE_OF = new Set(['past', 'last', 'next', 'previous', 'consecutive', 'straight', 'successive']);

/** `one-third`, `two thirds`, `three-quarters`, `a third` (the last only before `of`). */
export function fractionQuantity(tokens: EnglishToken[], i: number): Quantity | null {
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
  // `lowest in three quarters`, `for two quarters`: quarters of a year counted, not a share.
  if (token!.lower === 'quarters' && (of?.lower === 'of' ? QUARTERS_COUNTED_BEFORE_OF : QUARTERS_COUNTED_AFTER).has(tokens[i - 1]?.lower ?? '')) return null;
  // `a quarter point`, `a quarter of a percentage point` are points, not a share.
  if (first.lower === 'a' && !plural && RATE_POINT_WORDS.has(of?.lower ?? '') && isSpaceGap(of!.gap)) return { first: i, last: k, value: 1 / denominator, words: true, scale: null, fraction: false };
  // `fallen by a third`, `nearly a fifth of bridges`: a share after `by` or a qualifier, with no noun after it.
  const articleShare =
    first.lower === 'a' && denominator !== 2 && !plural && ARTICLE_FRACTION_AFTER.has(tokens[i - 1]?.lower ?? '') && (!of || of.kind !== 'word' || AFTER_ARTICLE_FRACTION.has(of.lower));
  if ((first.lower === 'a' || token!.lower === 'quarter' || (token!.gap !== '' && numerator === 1)) && of?.lower !== 'of' && !articleShare) return null;
  return { first: i, last: k, value: numerator / denominator, words: true, scale: null, fraction: true };
}

/** `half of the jobs`, `more than half`: `half` alone as a share. */
function halfShare(tokens: EnglishToken[], i: number): Quantity | null {
  if (tokens[i]!.lower !== 'half') return null;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1];
  if (NOT_HALF_SHARE_AFTER.has(before) || (after && after.gap === '' && DASHES.has(after.text))) return null;
  const share = HALF_SHARE_AFTER.has(before) || (after !== undefined && isSpaceGap(after.gap) && HALF_SHARE_BEFORE.has(after.lower));
  return share ? { first: i, last: i, value: 0.5, words: true, scale: null, fraction: true } : null;
}

/** A number times its scale, in decimal: `$4.1bn` is 4100000000, not the 4099999999.9999995 of binary arithmetic. */
const scaled = (value: number, scale: number) => Number((value * scale).toPrecision(15));

/** A digit number from token i with the scale written after it: `13.8 million`, `1.2bn`. */
export function digitQuantity(tokens: EnglishToken[], i: number, hasCurrency: boolean): Quantity | null {
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
    const spaced = isSpaceGap(next.gap);
    const byWord = SCALE_BY_WORD.get(word);
    if (byWord && spaced) {
      // `Rs 1.5 lakh crore`, `5 thousand crore`: a larger scale after the first multiplies again.
      const second = tokens[i + 2];
      const larger = second && isSpaceGap(second.gap) ? SCALE_BY_WORD.get(second.lower) : undefined;
      if (larger && larger.value > byWord.value) return { first: i, last: i + 2, value: scaled(value, byWord.value * larger.value), words: false, scale: larger, fraction: false };
      return { first: i, last: i + 1, value: scaled(value, byWord.value), words: false, scale: byWord, fraction: false };
    }
    const byAbbreviation = SCALE_BY_ABBREVIATION.get(word);
    if (byAbbreviation && abbreviationIsScale(tokens, i, hasCurrency)) {
      return { first: i, last: i + 1, value: scaled(value, byAbbreviation.value), words: false, scale: byAbbreviation, fraction: false };
    }
  }
  // `$1.2-million`: a hyphenated scale word.
  if (next?.kind === 'symbol' && DASHES.has(next.text) && next.gap === '' && tokens[i + 2]?.gap === '') {
    const scale = SCALE_BY_WORD.get(tokens[i + 2]!.lower);
    if (scale) return { first: i, last: i + 2, value: scaled(value, scale.value), words: false, scale, fraction: false };
  }
  const whole: Quantity = { first: i, last: i, value, words: false, scale: null, fraction: false };
  const mixed = Number.isInteger(value) && /^\d+$/.test(token.text) ? mixedFraction(tokens, whole) : whole;
  return mixed !== whole ? mixed : withSpokenTail(tokens, whole);
}

const SIGNS = new Map([['-', 'minus'], ['−', 'minus'], ['+', 'plus']] as const);
/** Tokens after which a glued sign belongs to the number rather than a range or a compound: `(-1.5%)`, `=-0.4`. */
const SIGN_AFTER = new Set(['(', '[', ',', ':', ';', '=']);
/** Tokens after which a sign marks a change figure given in brackets: `declined among men (-36,000; -0.5%)`. */
const CHANGE_SIGN_AFTER = new Set(['(', '[', ';']);

/**
 * A sign before the number at token i + 1: `-1.5%`, `(+43,000; +0.7%)`, `minus 5 degrees`. A
 * dash glued to a word or number before it is a hyphen or a range (`2021-22`, `10-20`), and
 * `plus or minus` is a margin, not a sign.
 */
export function signAt(tokens: EnglishToken[], i: number): { number: number; sign: 'plus' | 'minus'; change: boolean } | null {
  const sign = tokens[i];
  const number = tokens[i + 1];
  const before = tokens[i - 1];
  if (!sign || !number || number.kind !== 'number' || !before) return null;
  if (sign.lower === 'minus') return isSpaceGap(number.gap) && before.lower !== 'or' && before.lower !== 'plus' ? { number: i + 1, sign: 'minus', change: false } : null;
  const written = SIGNS.get(sign.text as '-');
  if (!written || number.gap !== '') return null;
  const change = CHANGE_SIGN_AFTER.has(before.text);
  const opens = change || SIGN_AFTER.has(before.text) || (before.kind === 'word' && isSpaceGap(sign.gap));
  if (!opens || (written === 'plus' && !change)) return null;
  return { number: i + 1, sign: written, change };
}

export function quantityAt(tokens: EnglishToken[], i: number, hasCurrency: boolean): Quantity | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return digitQuantity(tokens, i, hasCurrency);
  const signed = hasCurrency ? null : signAt(tokens, i);
  if (signed) {
    const quantity = digitQuantity(tokens, signed.number, false);
    if (!quantity) return null;
    // A change in brackets keeps its size and says its direction by the sign (guidelines §3, change).
    if (signed.change) return { ...quantity, first: i, changeSign: signed.sign };
    // `-4/5`: a signed proper fraction is a number, not a date or a score (a unit glued after, `-4/5C`, leaves it a range).
    const slash = tokens[quantity.last + 1];
    const denominator = tokens[quantity.last + 2];
    if (signed.sign === 'minus' && !quantity.fraction && !quantity.scale && /^\d+$/.test(tokens[quantity.last]!.text) && slash?.text === '/' && slash.gap === '' && denominator?.kind === 'number' && denominator.gap === '' && /^\d+$/.test(denominator.text) && digitValue(denominator) > quantity.value && !(tokens[quantity.last + 3]?.kind === 'word' && tokens[quantity.last + 3]!.gap === '')) {
      return { first: i, last: quantity.last + 2, value: -quantity.value / digitValue(denominator), words: false, scale: null, fraction: true };
    }
    return { ...quantity, first: i, value: -quantity.value };
  }
  if (token.kind !== 'word') return null;
  return fractionQuantity(tokens, i) ?? wordQuantity(tokens, i) ?? halfShare(tokens, i);
}
