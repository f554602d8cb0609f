// bare currency (zh): claims with subjects → the amounts written with 万 or 亿 and no unit that
// are money (营业收入50.43億, 人民幣1140萬) get the page's currency, as 元 would have given them.
import type { DocumentState } from '../document.js';
import { CURRENCY_BEFORE, MONEY_NAME } from '../../rules/zh/units.js';
import { normaliseForRules } from './find-numbers.js';
import { toSimplified } from './simplify-chinese.js';
import { currencyAt, localCurrency } from './resolve-values.js';

/** A multiplier alone after the digits (亿, 萬, 万亿, 个亿). */
const MULTIPLIER_ONLY = /^(?:个)?[万亿萬億]{1,2}$/u;

export function attachBareCurrency(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const text = state.article.text;
  const candidates = state.claims.filter((claim) => claim.lang === 'zh' && claim.kind === 'number' && claim.unit === null && MULTIPLIER_ONLY.test(claim.unitText ?? ''));
  if (candidates.length === 0) return state;
  const norm = normaliseForRules(text);
  const pageCurrency = localCurrency(text, norm);
  const claims = state.claims.map((claim) => {
    if (!candidates.includes(claim)) return claim;
    const before = norm.slice(Math.max(0, claim.start - 4), claim.start);
    const written = CURRENCY_BEFORE.find((currency) => currency.text.test(before));
    const named = claim.subject !== null && MONEY_NAME.test(toSimplified(claim.subject));
    if (!written && !named) return claim;
    return { ...claim, kind: 'money' as const, unit: written?.unit ?? currencyAt(norm, claim.end, pageCurrency) };
  });
  return { ...state, claims };
}
