// What is written around an English number as part of its claim: a currency sign or code before
// it, and after it a percent word, a currency word or a catalog unit, matched as phrases from
// the rule tables in src/rules/en/units.ts.
import { currencies, percents, quantityUnits, type CurrencyRule, type PercentRule, type QuantityUnitRule } from '../../rules/en/units.js';
import { isSpaceGap, type EnglishToken } from './tokens.js';
import type { LocalCurrencies, SentenceView } from './spans.js';
import { DASHES, SCALE_BY_ABBREVIATION, SCALE_BY_WORD, SCALE_WORDS } from './quantities.js';

export const CURRENCY_PREFIXES = currencies
  .flatMap((rule) => [
    ...rule.prefixes.map((prefix) => ({ prefix, rule, amountOnly: false, localOnly: false })),
    ...(rule.amountPrefixes ?? []).map((prefix) => ({ prefix, rule, amountOnly: true, localOnly: false })),
    ...(rule.localAmountPrefixes ?? []).map((prefix) => ({ prefix, rule, amountOnly: true, localOnly: true })),
  ])
  .sort((a, b) => b.prefix.length - a.prefix.length);

export interface PhraseForm<T> {
  /** The pieces of the form as the tokenizer cuts text: `km/h` is `km`, `/`, `h`. */
  words: string[];
  /** For each piece, whether it is glued to the one before in the form (`/` and `h` in `km/h`). */
  glued: boolean[];
  rule: T;
  caseSensitive: boolean;
  /** The form counts only glued to the number: `17.2C`, `100m`. */
  gluedToNumber?: boolean;
}

const PIECE = /\p{L}+|\d+|[^\s\p{L}\d]/gu;

/** Splits a form at spaces and hyphens into words, and each word into the pieces the tokenizer makes. */
export function formPieces(form: string): { words: string[]; glued: boolean[] } {
  const words: string[] = [];
  const glued: boolean[] = [];
  for (const word of form.split(/[\s-]+/).filter(Boolean)) {
    (word.match(PIECE) ?? []).forEach((piece, n) => {
      words.push(piece);
      glued.push(n > 0);
    });
  }
  return { words, glued };
}

const phrase = <T>(form: string, rule: T, caseSensitive: boolean, gluedToNumber = false): PhraseForm<T> => ({ ...formPieces(caseSensitive ? form : form.toLowerCase()), rule, caseSensitive, ...(gluedToNumber ? { gluedToNumber } : {}) });
export const PERCENT_FORMS: PhraseForm<PercentRule>[] = percents.flatMap((rule) => [...rule.forms.filter((f) => f !== '%').map((f) => phrase(f, rule, false)), ...(rule.symbols ?? []).map((f) => phrase(f, rule, true))]);
export const CURRENCY_WORD_FORMS: PhraseForm<CurrencyRule>[] = currencies.flatMap((rule) => [...rule.words.map((f) => phrase(f.replace(/\./g, ' '), rule, false)), ...(rule.codeWords ?? []).map((f) => phrase(f, rule, true))]);
export const UNIT_FORMS: PhraseForm<QuantityUnitRule>[] = quantityUnits.flatMap((rule) => [
  ...rule.forms.map((f) => phrase(/^[a-z]+\.(?:\s|$)/.test(f) ? f.replace(/\./g, ' ') : f, rule, false)),
  ...(rule.symbols ?? []).map((f) => phrase(f, rule, true)),
  ...(rule.gluedSymbols ?? []).map((f) => phrase(f, rule, true, true)),
]);
export const byLength = <T>(forms: PhraseForm<T>[]) => forms.sort((a, b) => b.words.length - a.words.length);
byLength(PERCENT_FORMS);
byLength(CURRENCY_WORD_FORMS);
byLength(UNIT_FORMS);

const SEPARATORS = new Set([...DASHES, '.']);

/**
 * Matches a phrase starting at token k. Words of the form may be separated in the text by
 * spaces, a hyphen or a dot (`sq. ft.`); pieces glued in the form (`km/h`) are glued in the text.
 * A phrase starting right after a number may be glued to it (`5km`) or hyphenated (`10-acre`).
 * Returns the index of its last token, or -1.
 */
export function matchPhrase(tokens: EnglishToken[], k: number, form: PhraseForm<unknown>, afterNumber: boolean): number {
  let index = k;
  for (let w = 0; w < form.words.length; w++) {
    const word = form.words[w]!;
    let token = tokens[index];
    if (!token) return -1;
    if (w === 0) {
      if (afterNumber && token.kind === 'symbol' && DASHES.has(token.text) && token.gap === '' && !form.gluedToNumber) {
        index++;
        token = tokens[index];
        if (!token || token.gap !== '') return -1;
      // The first word of a sentence (`Ringgit weakened against the dollar`) has nothing before it to be glued to.
      } else if (form.gluedToNumber ? token.gap !== '' : !(token.gap === '' ? afterNumber || index === 0 : isSpaceGap(token.gap))) {
        return -1;
      }
    } else if (form.glued[w]) {
      if (token.gap !== '') return -1;
    } else if (token.kind === 'symbol' && SEPARATORS.has(token.text) && !SEPARATORS.has(word) && (token.gap === '' || isSpaceGap(token.gap))) {
      index++;
      token = tokens[index];
      if (!token || !(token.gap === '' || isSpaceGap(token.gap))) return -1;
    } else if (!isSpaceGap(token.gap)) {
      return -1;
    }
    const same = form.caseSensitive ? token.text === word : token.lower === word;
    if (!same) return -1;
    index++;
  }
  return index - 1;
}

/** A form list by the first word of each form (positions in the list), and the forms with no word, which match anywhere. */
interface FormIndex {
  byFirstWord: Map<string, number[]>;
  anywhere: number[];
}
const formIndexes = new WeakMap<readonly PhraseForm<unknown>[], FormIndex>();

function formIndex(forms: readonly PhraseForm<unknown>[]): FormIndex {
  let index = formIndexes.get(forms);
  if (!index) {
    index = { byFirstWord: new Map(), anywhere: [] };
    forms.forEach((form, position) => {
      const first = form.words[0];
      if (first === undefined) index!.anywhere.push(position);
      else if (index!.byFirstWord.has(first)) index!.byFirstWord.get(first)!.push(position);
      else index!.byFirstWord.set(first, [position]);
    });
    formIndexes.set(forms, index);
  }
  return index;
}

/**
 * The first of `forms` (longest first) that matches at token k. A form's first word is token k
 * or, after a dash glued to the number, token k + 1, so only the forms whose first word is one
 * of those two tokens are tried, in their order in the list. The tables are constant lists, so
 * each is indexed once.
 */
export function longestForm<T>(tokens: EnglishToken[], k: number, forms: readonly PhraseForm<T>[], afterNumber: boolean): { rule: T; last: number } | null {
  const { byFirstWord, anywhere } = formIndex(forms);
  const positions = [...anywhere];
  for (const token of [tokens[k], tokens[k + 1]]) {
    if (!token) continue;
    positions.push(...(byFirstWord.get(token.text) ?? []));
    if (token.lower !== token.text) positions.push(...(byFirstWord.get(token.lower) ?? []));
  }
  if (positions.length === 0) return null;
  positions.sort((a, b) => a - b);
  for (let n = 0; n < positions.length; n++) {
    if (n > 0 && positions[n] === positions[n - 1]) continue;
    const form = forms[positions[n]!]!;
    const last = matchPhrase(tokens, k, form, afterNumber);
    if (last >= 0) return { rule: form.rule, last };
  }
  return null;
}

/**
 * Whether token k is a number written as an amount: a decimal point or grouping, or a scale of
 * the scales table after it, glued or apart (`R500k`, `R5 bn`, `R1.4 trillion`), as the
 * non-claim rules' AMOUNT_CURRENCY reads it; glued to the sign before it, or one space from it when spaced.
 */
function isAmount(tokens: EnglishToken[], k: number, spaced = false): boolean {
  const number = tokens[k];
  if (!number || number.kind !== 'number' || (number.gap !== '' && !(spaced && number.gap === ' '))) return false;
  const next = tokens[k + 1];
  return /[.,\s]/.test(number.text) || (next !== undefined && (next.gap === '' || next.gap === ' ') && (SCALE_BY_WORD.has(next.lower) || SCALE_BY_ABBREVIATION.has(next.lower)));
}

/** The currency a form of rule means on this page: another country's when the form is one it shares (`$`, `Rs`, `dollars`). */
export function localCurrency(rule: CurrencyRule, written: string, local: LocalCurrencies): CurrencyRule {
  const replacement = local.get(rule.unit);
  if (!replacement || !rule.sharedForms?.some((form) => form === written || form === written.toLowerCase())) return rule;
  return { ...rule, id: replacement.id, unit: replacement.unit };
}

/** A currency sign or code from token i, and the token where the number starts. */
export function currencyAt(text: string, view: SentenceView, i: number): { rule: CurrencyRule; numberToken: number } | null {
  const { tokens } = view;
  const token = tokens[i]!;
  if (token.kind === 'number') return null;
  for (const { prefix, rule, amountOnly, localOnly } of CURRENCY_PREFIXES) {
    if (!text.startsWith(prefix, token.start)) continue;
    if (localOnly && !view.local.has(rule.unit)) continue;
    // A country's own sign may stand one space from its amount (`P 5,508,250`).
    if (amountOnly && (token.text !== prefix || !isAmount(tokens, i + 1, localOnly))) continue;
    const after = token.start + prefix.length;
    let k = i;
    while (k < tokens.length && tokens[k]!.start < after) k++;
    const numberToken = tokens[k];
    if (!numberToken || numberToken.kind !== 'number') continue;
    const between = text.slice(after, numberToken.start);
    // A code ending in a letter or a dot (`USD`, `Rs.`), or a sign of several characters (`US$ 3.4
    // billion`, `HK$ 800`), may stand apart from the digits by one space.
    if (/[A-Za-z.]$/.test(prefix) || prefix.length > 1 ? !/^\s?$/.test(between) || !/^\s*$/.test(numberToken.gap) : between !== '') continue;
    if (/^[A-Z]/.test(prefix) && i > 0 && tokens[i - 1]!.end === token.start && tokens[i - 1]!.kind === 'word') continue;
    return { rule: localCurrency(rule, prefix, view.local), numberToken: k };
  }
  return null;
}

export interface Suffix {
  last: number;
  percent: PercentRule | null;
  currency: CurrencyRule | null;
  unit: QuantityUnitRule | null;
}

const DURATION_ADJECTIVES = new Set(['consecutive', 'straight', 'successive', 'full', 'long']);
const ADDITION_WORDS = new Set(['more', 'additional', 'extra', 'further']);
const RATE_WORDS = new Set(['percent', 'cent', 'percentage', 'rate', 'rates', 'unemployment', 'inflation', 'yield', 'yields', 'share']);
/** Words naming what index or game points measure: `the FTSE 100 fell 40 points`, `scored 30 points`. */
const POINT_WORDS = new Set(['index', 'indices', 'indexes', 'dow', 'nasdaq', 'ftse', 'nikkei', 'sensex', 'nifty', 'hang', 'kospi', 'asx', 'stoxx', 'dax', 'cac', 'scored', 'scoring', 'score', 'averaged', 'averaging', 'game', 'games', 'season']);
const POINT_FORMS = new Set(['points', 'point', 'pts']);
/** Whether the points after token k are percentage points: a rate named in the clause before them. */
function speaksOfRates(tokens: EnglishToken[], k: number): boolean {
  for (let at = k - 1; at >= Math.max(0, k - 12); at--) {
    const token = tokens[at]!;
    if (token.text === ';' || POINT_WORDS.has(token.lower) || (token.lower === 's' && tokens[at + 1]?.text === '&')) return false;
    // `closed down 0.7% or 46.9 points`: points restating a change in per cent are the index's.
    const restated = tokens[at + 1]?.lower === 'or' && at + 2 === k - 1;
    if ((token.text === '%' || RATE_WORDS.has(token.lower)) && !restated) return true;
    // `closed at 8,410.5 points, adding 96.2 points`: a level in points before makes these points of it.
    if (POINT_FORMS.has(token.lower) && tokens[at - 1]?.kind === 'number' && ['at', 'to'].includes(tokens[at - 2]?.lower ?? '')) return false;
  }
  // `adding 96.2 points or 1.2 percent`: a per cent after `or` restates the move, it is no rate the points are of.
  if (tokens[k + 1]?.lower === 'or' && tokens[k + 2]?.kind === 'number') return false;
  return tokens.slice(k, k + 6).some((token) => token.text === '%' || token.lower === 'percent');
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
  if (percent && (percent.rule.id !== 'points-of-a-rate' || speaksOfRates(tokens, k))) return { last: percent.last, percent: percent.rule, currency: null, unit: null };
  const currency = longestForm(tokens, k, CURRENCY_WORD_FORMS, true);
  // `won` after a bare number is mostly the verb (`the 49ers 24 won`): the Korean currency only
  // after a scale (`5 trillion won`) or before `per`/`against` (`1,200 won per dollar`).
  const verbWon = currency?.rule.unit === 'KRW' && token.lower === 'won' && !SCALE_WORDS.has(tokens[k - 1]?.lower ?? '') && !['per', 'against'].includes(tokens[k + 1]?.lower ?? '');
  if (currency && !verbWon) return { last: currency.last, percent: null, currency: currency.rule, unit: null };
  // `two consecutive months`, `three straight years`: an adjective of succession before a duration;
  // `39 more miles`, `five additional years`: an addition before any measure.
  if ((DURATION_ADJECTIVES.has(token.lower) || ADDITION_WORDS.has(token.lower)) && isSpaceGap(token.gap)) {
    const measure = longestForm(tokens, k + 1, UNIT_FORMS, false);
    const fits = measure && (measure.rule.id.startsWith('duration-') || (ADDITION_WORDS.has(token.lower) && measure.rule.kind === 'measure'));
    if (measure && fits) return { last: measure.last, percent: null, currency: null, unit: measure.rule };
  }
  // `58 “dry days”`: a quoted phrase ending in a measure's name is that measure.
  if (['"', '“', '‘'].includes(token.text) && isSpaceGap(token.gap) && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.gap === '') {
    for (let head = k + 1; head < Math.min(tokens.length, k + 5) && tokens[head]!.kind === 'word'; head++) {
      const measure = longestForm(tokens, head, UNIT_FORMS, false);
      const close = measure ? tokens[measure.last + 1] : undefined;
      if (measure && measure.rule.kind === 'measure' && close && ['"', '”', '’'].includes(close.text) && close.gap === '' && (head === k + 1 || isSpaceGap(tokens[head]!.gap))) return { last: measure.last + 1, percent: null, currency: null, unit: measure.rule };
    }
  }
  const unit = longestForm(tokens, k, UNIT_FORMS, true);
  // `4x4`, `2x4 lumber`: a glued `x` with a number glued after it is a dimension or a name, no multiple.
  if (unit?.rule.unit === 'x' && tokens[unit.last + 1]?.kind === 'number' && tokens[unit.last + 1]!.gap === '') return null;
  if (unit) return { last: perSlashEnd(tokens, unit.last, unit.rule.unit), percent: null, currency: null, unit: unit.rule };
  return null;
}

/**
 * `45 g/km`, `120 kg/ha`: a measure per a unit written after a slash belongs to the span (the
 * structure stage reads it as `per`). Returns the last token of the span.
 */
export function perSlashEnd(tokens: EnglishToken[], last: number, unit: string): number {
  const slash = tokens[last + 1];
  const denominator = tokens[last + 2];
  if (unit.includes('/') || slash?.text !== '/' || slash.gap !== '' || denominator?.kind !== 'word' || denominator.gap !== '') return last;
  return /^[A-Za-z]{1,12}$/.test(denominator.text) ? last + 2 : last;
}
