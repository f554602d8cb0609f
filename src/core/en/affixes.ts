// What is written around an English number as part of its claim: a currency sign or code before
// it, and after it a percent word, a currency word or a catalog unit, matched as phrases from
// the rule tables in src/rules/en/units.ts.
import { currencies, percents, quantityUnits, type CurrencyRule, type PercentRule, type QuantityUnitRule } from '../../rules/en/units.js';
import { isSpaceGap, type EnglishToken } from './tokens.js';
import type { SentenceView } from './spans.js';
import { DASHES } from './quantities.js';

export const CURRENCY_PREFIXES = currencies
  .flatMap((rule) => rule.prefixes.map((prefix) => ({ prefix, rule })))
  .sort((a, b) => b.prefix.length - a.prefix.length);

export interface PhraseForm<T> {
  words: string[];
  rule: T;
  caseSensitive: boolean;
}

export const split = (form: string) => form.split(/[\s-]+/).filter(Boolean);
export const PERCENT_FORMS: PhraseForm<PercentRule>[] = percents.flatMap((rule) => rule.forms.filter((f) => f !== '%').map((f) => ({ words: split(f), rule, caseSensitive: false })));
export const CURRENCY_WORD_FORMS: PhraseForm<CurrencyRule>[] = currencies.flatMap((rule) => rule.words.map((f) => ({ words: split(f.replace(/\./g, ' ')), rule, caseSensitive: false })));
export const UNIT_FORMS: PhraseForm<QuantityUnitRule>[] = quantityUnits.flatMap((rule) => [
  ...rule.forms.map((f) => ({ words: split(f.replace(/\./g, ' ')), rule, caseSensitive: false })),
  ...(rule.symbols ?? []).map((f) => ({ words: [f], rule, caseSensitive: true })),
]);
export const byLength = <T>(forms: PhraseForm<T>[]) => forms.sort((a, b) => b.words.length - a.words.length);
byLength(PERCENT_FORMS);
byLength(CURRENCY_WORD_FORMS);
byLength(UNIT_FORMS);

/**
 * Matches a phrase (words separated by spaces, hyphens or a dot) starting at token k. A phrase
 * starting right after a number may be glued to it (`5km`) or hyphenated (`10-acre`).
 * Returns the index of its last token, or -1.
 */
export function matchPhrase(tokens: EnglishToken[], k: number, form: PhraseForm<unknown>, afterNumber: boolean): number {
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

export function longestForm<T>(tokens: EnglishToken[], k: number, forms: PhraseForm<T>[], afterNumber: boolean): { rule: T; last: number } | null {
  for (const form of forms) {
    const last = matchPhrase(tokens, k, form, afterNumber);
    if (last >= 0) return { rule: form.rule, last };
  }
  return null;
}

/** A currency sign or code from token i, and the token where the number starts. */
export function currencyAt(text: string, view: SentenceView, i: number): { rule: CurrencyRule; numberToken: number } | null {
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

export interface Suffix {
  last: number;
  percent: PercentRule | null;
  currency: CurrencyRule | null;
  unit: QuantityUnitRule | null;
}

/** What is written right after the number: %, percent, dollars, a catalog unit. */
export function suffixAt(tokens: EnglishToken[], k: number): Suffix | null {
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
