// The arithmetic checks of one article: its claims in, check drafts out, in the order of the
// list below (each check kind is a function of the article's claims). No I/O.
import type { Claim } from '../schema.js';
import type { CheckDraft } from './check-schema.js';
import { checkRates } from './check-rates.js';
import { checkYearOnYear } from './check-year-on-year.js';
import { checkParts } from './check-parts.js';
import { checkShares } from './check-shares.js';
import { checkPerRates } from './check-per-rates.js';

export const articleChecks: readonly ((claims: readonly Claim[]) => CheckDraft[])[] = [checkRates, checkYearOnYear, checkParts, checkShares, checkPerRates];

export function checkArticle(claims: readonly Claim[]): CheckDraft[] {
  const zh = claims.filter((claim) => claim.lang === 'zh');
  if (zh.length === 0) return [];
  return articleChecks.flatMap((check) => check(zh));
}
