// A rate against the two figures that state it: a level, its change against a year before, and
// the rate right after (粮食产量62万吨，比上年增加2万吨，增长3.3%): the year before is the level
// less the change, and the rate is the change over it. Only when the change and the rate are
// measured against the same base. Reads the claims of one article.
import type { Claim } from '../schema.js';
import { CHANGE_AFTER_LEVEL, RATE_AFTER_CHANGE, YEAR_BEFORE_BASES } from '../../rules/zh/checks.js';
import type { CheckDraft } from './check-schema.js';
import { bySentence, halfUnit, isPlainFigure, propagate, shown, spanOf, textBetween, within } from './figures.js';

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
      const consistent = within(stated, computed.value, tolerance);
      const before = level.value - sign * change.value;
      out.push({
        id: `${rate.docId}:year-on-year:${spanOf(rate)}`,
        kind: 'year-on-year',
        docIds: [rate.docId],
        claimIds: [rate.id, level.id, change.id],
        stated,
        expected: computed.value,
        formula: `${sign < 0 ? '−' : ''}${shown(change.value, 4)} / (${shown(level.value, 4)} ${sign > 0 ? '−' : '+'} ${shown(change.value, 4)}) × 100 = ${shown(computed.value)}`,
        tolerance,
        verdict: consistent ? 'consistent' : 'inconsistent',
        reading: null,
        key: null,
        places: null,
        note: consistent
          ? `${rate.text} fits ${level.text} against ${shown(before, 4)} the year before (${change.text})`
          : `${level.text} against ${shown(before, 4)} the year before (${change.text}) is a change of ${shown(computed.value)}%, not ${rate.text} (allowance ${shown(tolerance, 3)})`,
      });
    }
  }
  return out;
}
