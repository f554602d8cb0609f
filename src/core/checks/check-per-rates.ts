// Per-rates against their count: 全市共有养老床位63198张，每千名老年人拥有床位46.63张 implies
// about 1.355 million elderly. The implied figure is recorded (unverifiable); it is compared only
// when the same sentence states the base itself, by the very noun the rate is per. Reads the
// claims of one article.
import type { Claim } from '../schema.js';
import type { CheckDraft } from './check-schema.js';
import { NEAR_MISS, bySentence, halfUnit, isPlainFigure, judge, propagate, shown, inArticle, textBetween } from './figures.js';
import { findBreakdowns, isAmount } from './check-parts.js';

/** 80周岁以上老年人: a base narrowed by age or a bound is not the population the rate is per. */
const QUALIFIED = /以上|以下|岁|周岁|不足|超过/u;

/** The clause before a claim in its sentence. */
function clauseBefore(claim: Claim): string {
  const lead = claim.sentence.slice(0, claim.start - claim.sentenceStart);
  const breakAt = Math.max(...['，', ',', '；', ';', '：', ':'].map((mark) => lead.lastIndexOf(mark)));
  return lead.slice(breakAt + 1);
}

/** 名老年人 → 老年人: the noun a per-rate counts, without its measure word. */
const perNoun = (unit: string) => (unit.length > 1 ? unit.replace(/^[名个位户人家所]/u, '') : unit);

export function checkPerRates(claims: readonly Claim[]): CheckDraft[] {
  const out: CheckDraft[] = [];
  for (const sentence of bySentence(claims)) {
    const totalOf = new Map<string, Claim>();
    for (const { total, parts } of findBreakdowns(sentence)) for (const part of parts) totalOf.set(part.id, total);
    for (let i = 1; i < sentence.length; i++) {
      const rate = sentence[i]!;
      if (!rate.per || rate.per.value < 10 || !isPlainFigure(rate) || rate.change !== null || rate.value <= 0 || rate.unit === null) continue;
      // The count: the nearest earlier amount of the same unit, in the same clause chain.
      let k = i - 1;
      while (k >= 0 && !(isAmount(sentence[k]!) && sentence[k]!.unit === rate.unit)) k--;
      // The last part of a breakdown (其中…基金会5个，万人拥有率6.5个): the rate is of the whole.
      const nearest = sentence[k];
      const count = nearest ? (totalOf.get(nearest.id) ?? nearest) : undefined;
      if (!count || /[；;。]/u.test(textBetween(count, rate))) continue;
      const noun = perNoun(rate.per.unit);
      const implied = propagate(
        [
          { value: count.value, half: halfUnit(count) },
          { value: rate.value, half: halfUnit(rate) },
        ],
        ([c, r]) => (c! / r!) * rate.per!.value,
      );
      const formula = `${count.text} / ${rate.text} × ${rate.per.value} = ${shown(implied.value, 0)}`;
      const base = { ...inArticle(rate, 'per-rate'), formula } satisfies Partial<CheckDraft>;
      const stated = sentence.find((claim) => claim !== count && isAmount(claim) && claim.kind === 'count' && claim.subject !== null && claim.subject.endsWith(noun) && !QUALIFIED.test(clauseBefore(claim)));
      if (!stated) {
        out.push({ ...base, claimIds: [rate.id, count.id], stated: null, expected: implied.value, tolerance: null, verdict: 'unverifiable', note: `${rate.per.text}${rate.text} with ${count.text} implies about ${shown(implied.value, 0)} ${noun}; the sentence states no such figure` });
        continue;
      }
      const tolerance = halfUnit(stated) + implied.spread;
      const verdict = judge(stated.value, implied.value, tolerance);
      out.push({
        ...base,
        claimIds: [rate.id, count.id, stated.id],
        stated: stated.value,
        expected: implied.value,
        tolerance,
        verdict,
        note:
          verdict === 'consistent'
            ? `${stated.text} ${noun} agrees with ${rate.per.text}${rate.text} and ${count.text}`
            : verdict === 'inconsistent'
              ? `${rate.per.text}${rate.text} with ${count.text} implies about ${shown(implied.value, 0)} ${noun}, not ${stated.text}`
              : `${rate.per.text}${rate.text} with ${count.text} implies about ${shown(implied.value, 0)} ${noun}; ${stated.text} is ${NEAR_MISS}`,
      });
    }
  }
  return out;
}
