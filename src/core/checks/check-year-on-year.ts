// A rate against the two figures that state it: a level, its change against a year before, and
// the rate right after (粮食产量62万吨，比上年增加2万吨，增长3.3%): the year before is the level
// less the change, and the rate is the change over it. Only when the change and the rate are
// measured against the same base. Reads the claims of one article.
import type { Claim } from '../schema.js';
import { CHANGE_AFTER_LEVEL, COMPARABLE_BASIS, RATE_AFTER_CHANGE, YEAR_BEFORE_BASES } from '../../rules/zh/checks.js';
import type { CheckDraft } from './check-schema.js';
import { NEAR_MISS, printedLike, bySentence, halfUnit, isPlainFigure, judge, propagate, shown, inArticle, textBetween } from './figures.js';

const sameBase = (a: string | null, b: string | null) => a !== null && (b === null || a === b || (YEAR_BEFORE_BASES.includes(a) && YEAR_BEFORE_BASES.includes(b)));

export function checkYearOnYear(claims: readonly Claim[]): CheckDraft[] {
  const out: CheckDraft[] = [];
  for (const sentence of bySentence(claims)) {
    for (let i = 0; i + 2 < sentence.length; i++) {
      const [level, change, rate] = [sentence[i]!, sentence[i + 1]!, sentence[i + 2]!];
      if (![level, change, rate].every(isPlainFigure) || level.change !== null || level.per !== null || level.unit === null || level.unit === '%') continue;
      if (change.change?.role !== 'delta' || change.unit !== level.unit || change.kind !== level.kind || (change.per?.text ?? null) !== null) continue;
      if (rate.change?.role !== 'rate' || rate.unit !== '%' || !sameBase(change.change.basis, rate.change.basis)) continue;
      if (!CHANGE_AFTER_LEVEL.test(textBetween(level, change)) || !RATE_AFTER_CHANGE.test(textBetween(change, rate))) continue;
      const up = change.change.direction;
      if (up !== rate.change.direction || (up !== 'up' && up !== 'down')) continue;
      const sign = up === 'up' ? 1 : -1;
      const computed = propagate(
        [
          { value: level.value, half: halfUnit(level) },
          { value: change.value, half: halfUnit(change) },
        ],
        ([l, d]) => ((sign * d!) / (l! - sign * d!)) * 100,
      );
      const stated = sign * Math.abs(rate.value);
      const tolerance = halfUnit(rate) + computed.spread;
      const verdict = COMPARABLE_BASIS.pattern.test(rate.sentence) ? 'unverifiable' : judge(stated, computed.value, tolerance);
      const before = level.value - sign * change.value;
      const against = `${level.text}, ${printedLike(level, before)} the year before (${change.text})`;
      out.push({
        ...inArticle(rate, 'year-on-year'),
        claimIds: [rate.id, level.id, change.id],
        stated,
        expected: computed.value,
        formula: `${sign < 0 ? '−' : ''}${change.text} / (${level.text} ${sign > 0 ? '−' : '+'} ${change.text}) × 100 = ${shown(computed.value)}`,
        tolerance,
        verdict,
        note:
          verdict === 'consistent'
            ? `${rate.text} fits ${against}`
            : verdict === 'inconsistent'
              ? `${against}: a change of ${shown(computed.value)}%, not ${rate.text} (allowance ${shown(tolerance, 3)})`
              : COMPARABLE_BASIS.pattern.test(rate.sentence)
                ? `${rate.text} is likely a rate at comparable prices or on a comparable base; ${against} gives ${shown(computed.value)}%`
                : `${rate.text} against ${against}, ${shown(computed.value)}%, is ${NEAR_MISS}`,
      });
    }
  }
  return out;
}
