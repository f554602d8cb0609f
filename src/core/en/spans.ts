// The shapes the English finder produces: a quantity read from tokens, the noun it counts,
// and the claim span with everything written around the number. Types only.
import type { MultipleWordRule, ScaleRule } from '../../rules/en/numbers.js';
import type { CurrencyRule, PercentRule, QuantityUnitRule } from '../../rules/en/units.js';
import type { EnglishToken } from './tokens.js';

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
  /** `(-36,000; -0.5%)`: a change figure whose sign gives its direction. */
  changeSign?: 'plus' | 'minus';
  /** `2:03:45`: hours, minutes and seconds of a race time, the value in seconds. */
  elapsed?: true;
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
  /** What the shared signs and words of a currency (`$`, `Rs`) mean in this article. */
  local: LocalCurrencies;
  /** The page is of a country that writes `tons` for metric tonnes (any but the United States). */
  tonnes?: boolean;
}

/** By the unit a shared currency form is written as (`USD` for `$`), the currency it means on this page, when another; and a currency whose local signs hold on this page (`P` for pesos), by its own unit. */
export type LocalCurrencies = ReadonlyMap<string, { id: string; unit: string }>;
