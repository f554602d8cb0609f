// Parts against their total: a figure followed by 其中 and the figures of the same unit that
// break it down (全市共登记社会组织5165个，其中社会团体2086个，社会服务机构3074个，基金会5个).
// A part larger than the whole is inconsistent; parts that sum to no more than the whole are
// consistent (exactly, or not exhaustive); parts that sum to more than the whole may overlap
// (女性, 少数民族), so that is unverifiable, never an alarm. Reads the claims of one article.
import type { Claim } from '../schema.js';
import { BREAKDOWN, NEW_TOPIC, SUM_AFTER_LIST } from '../../rules/zh/checks.js';
import type { CheckDraft } from './check-schema.js';
import { NEAR_MISS, bySentence, halfUnit, isPlainFigure, judge, printedLike, inArticle, textBetween } from './figures.js';

const COUNTABLE = new Set(['count', 'money', 'measure']);

/** A figure that can be a whole or a part: plain, with a unit, not a rate or a change. */
export function isAmount(claim: Claim): boolean {
  return isPlainFigure(claim) && claim.unit !== null && COUNTABLE.has(claim.kind) && claim.per === null && claim.change === null;
}

const isRateOfChange = (claim: Claim) => (claim.kind === 'percent' || claim.kind === 'permille') && claim.change !== null;

export interface Breakdown {
  total: Claim;
  parts: Claim[];
}

/** The 其中 breakdowns of one sentence: each total with its parts, in order. */
export function findBreakdowns(sentence: Claim[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const total = sentence[i]!;
    if (!isAmount(total)) continue;
    // Rates of the total itself may come first: 收入98.6亿元，同比增长12.7%，其中税收…
    let j = i + 1;
    let previous = total;
    while (j < sentence.length && isRateOfChange(sentence[j]!) && !/[；;。]|其中/u.test(textBetween(previous, sentence[j]!))) previous = sentence[j++]!;
    const first = sentence[j];
    if (!first || !BREAKDOWN.pattern.test(textBetween(previous, first))) continue;
    const parts: Claim[] = [];
    let uncertain = false;
    for (let k = j; k < sentence.length; k++) {
      const claim = sentence[k]!;
      const gap = textBetween(previous, claim);
      if (k > j && NEW_TOPIC.test(gap)) break;
      if (claim.unit === total.unit && claim.kind === total.kind) {
        if (!isAmount(claim)) {
          // 约, 超过 or a change of the same unit inside the breakdown: its parts are not certain.
          uncertain = claim.change === null;
          break;
        }
        parts.push(claim);
      } else if (!isRateOfChange(claim) && claim.kind !== 'percent') break;
      previous = claim;
    }
    if (!uncertain && parts.length) out.push({ total, parts });
  }
  return out;
}

/**
 * The figures listed before 合计/共计 and the total after it (新建12所，改扩建18所，合计30所): the
 * total sums exactly those. Any 其中, sentence break or uncertain figure of the unit among them,
 * and the list is not certain: no check.
 */
export function findSums(sentence: Claim[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let i = 1; i < sentence.length; i++) {
    const total = sentence[i]!;
    if (!isAmount(total) || !SUM_AFTER_LIST.pattern.test(textBetween(sentence[i - 1]!, total))) continue;
    const parts: Claim[] = [];
    let certain = true;
    for (let k = i - 1; k >= 0; k--) {
      const claim = sentence[k]!;
      const gap = textBetween(claim, k === i - 1 ? total : sentence[k + 1]!);
      if (k < i - 1 && /[；;。]|其中/u.test(gap)) {
        certain = false;
        break;
      }
      if (claim.unit === total.unit && claim.kind === total.kind) {
        if (!isAmount(claim)) {
          certain = false;
          break;
        }
        parts.unshift(claim);
      } else if (!isRateOfChange(claim)) break;
    }
    if (certain && parts.length >= 2 && !/其中/u.test(sentence[0]!.sentence.slice(0, total.start - total.sentenceStart))) out.push({ total, parts });
  }
  return out;
}

export function checkParts(claims: readonly Claim[]): CheckDraft[] {
  const out: CheckDraft[] = [];
  for (const sentence of bySentence(claims)) {
    for (const { total, parts } of findBreakdowns(sentence)) {
      const sum = parts.reduce((acc, part) => acc + part.value, 0);
      const partsHalf = parts.reduce((acc, part) => acc + halfUnit(part), 0);
      const tolerance = halfUnit(total) + partsHalf;
      const base = {
        ...inArticle(total, 'parts'),
        claimIds: [total.id, ...parts.map((part) => part.id)],
        stated: total.value,
        expected: sum,
        formula: `${parts.map((part) => part.text).join(' + ')} = ${printedLike(total, sum)}, against the whole ${total.text}`,
        tolerance,
      } satisfies Partial<CheckDraft>;
      const listed = parts.map((part) => part.text).join('、');
      const larger = parts.find((part) => part.value > total.value + halfUnit(total) + halfUnit(part) + 1e-9);
      if (larger) {
        out.push({ ...base, verdict: 'inconsistent', note: `the part ${larger.text} after 其中 is larger than the whole ${total.text}` });
      } else if (sum <= total.value + tolerance + 1e-9) {
        const exact = sum >= total.value - tolerance - 1e-9;
        out.push({ ...base, verdict: 'consistent', note: exact ? `the parts ${listed} add up to the whole ${total.text}` : `the parts ${listed} sum to ${printedLike(total, sum)}, less than the whole ${total.text} (not every part is named)` });
      } else {
        out.push({ ...base, verdict: 'unverifiable', note: `the parts ${listed} sum to ${printedLike(total, sum)}, more than the whole ${total.text}; each is within it, so they may overlap` });
      }
    }
    for (const { total, parts } of findSums(sentence)) {
      const sum = parts.reduce((acc, part) => acc + part.value, 0);
      const tolerance = parts.reduce((acc, part) => acc + halfUnit(part), halfUnit(total));
      const verdict = judge(total.value, sum, tolerance);
      const listed = parts.map((part) => part.text).join(' + ');
      out.push({
        ...inArticle(total, 'parts'),
        claimIds: [total.id, ...parts.map((part) => part.id)],
        stated: total.value,
        expected: sum,
        formula: `${listed} = ${printedLike(total, sum)}, against the total ${total.text}`,
        tolerance,
        verdict,
        note:
          verdict === 'consistent'
            ? `${listed} add up to the total ${total.text}`
            : verdict === 'inconsistent'
              ? `${listed} sum to ${printedLike(total, sum)}, not the total ${total.text} stated after them`
              : `${listed} against the total ${total.text} is ${NEAR_MISS}`,
      });
    }
  }
  return out;
}
