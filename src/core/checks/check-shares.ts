// Shares against the figures they relate: 占X% right after a part of a 其中 breakdown is the
// part over its total (其中研究生学历218名，占19.2%); 占…的X% naming the whole is the part over
// the figure the article states for that whole (占一般公共预算收入的72.3%). When the named whole
// is not stated, the check records the whole the share implies, unverifiable. Reads the claims
// of one article.
import type { Claim } from '../schema.js';
import { SHARE_OF_NAMED, SHARE_OF_TOTAL } from '../../rules/zh/checks.js';
import type { CheckDraft } from './check-schema.js';
import { NEAR_MISS, printedLike, bySentence, halfUnit, isPlainFigure, judge, propagate, shown, inArticle, textBetween } from './figures.js';
import { findBreakdowns, isAmount } from './check-parts.js';

/** The subject as a whole is named, without the scope words a sentence opens with. */
const bareSubject = (subject: string | null) => (subject ?? '').replace(/^(?:全市|全省|全县|全区|全国|我市|我省|本市)/u, '');

function shareCheck(share: Claim, part: Claim, whole: Claim | null, wholeName: string): CheckDraft {
  const half = halfUnit(share);
  const base = inArticle(share, 'share') satisfies Partial<CheckDraft>;
  if (!whole) {
    const implied = propagate([{ value: part.value, half: halfUnit(part) }], ([p]) => (p! / share.value) * 100);
    return {
      ...base,
      claimIds: [share.id, part.id],
      stated: share.value,
      expected: null,
      formula: `${part.text} / ${share.text} = ${printedLike(part, implied.value)}`,
      tolerance: null,
      verdict: 'unverifiable',
      note: `${part.text} at ${share.text} implies ${wholeName} of about ${printedLike(part, implied.value)}; the article states no figure for it`,
    };
  }
  const computed = propagate(
    [
      { value: part.value, half: halfUnit(part) },
      { value: whole.value, half: halfUnit(whole) },
    ],
    ([p, w]) => (p! / w!) * 100,
  );
  const tolerance = half + computed.spread;
  const verdict = judge(share.value, computed.value, tolerance);
  return {
    ...base,
    claimIds: [share.id, part.id, whole.id],
    stated: share.value,
    expected: computed.value,
    formula: `${part.text} / ${whole.text} × 100 = ${shown(computed.value)}`,
    tolerance,
    verdict,
    note:
      verdict === 'consistent'
        ? `${part.text} is ${share.text} of ${whole.text}`
        : verdict === 'inconsistent'
          ? `${part.text} is ${shown(computed.value)}% of ${whole.text}, not ${share.text} (allowance ${shown(tolerance, 3)})`
          : `${part.text} is ${shown(computed.value)}% of ${whole.text}; ${share.text} is ${NEAR_MISS}`,
  };
}

export function checkShares(claims: readonly Claim[]): CheckDraft[] {
  const out: CheckDraft[] = [];
  let previousSentence: Claim[] = [];
  for (const sentence of bySentence(claims)) {
    // The whole is looked for in this sentence, and in the one before only when this one goes
    // on with its breakdown (其中：税收收入…): further back it may be another place's figure.
    const continues = /^\s*其中/u.test(sentence[0]!.sentence);
    const earlier = continues ? previousSentence : [];
    const totalOf = new Map<string, Claim>();
    for (const { total, parts } of findBreakdowns(sentence)) for (const part of parts) totalOf.set(part.id, total);
    for (let i = 1; i < sentence.length; i++) {
      const share = sentence[i]!;
      if (share.unit !== '%' || share.change !== null || share.per !== null || !isPlainFigure(share)) continue;
      // The part: the nearest amount before it, past the rates of change of that amount.
      let k = i - 1;
      while (k >= 0 && sentence[k]!.kind === 'percent' && sentence[k]!.change !== null) k--;
      const part = sentence[k];
      if (!part || !isAmount(part)) continue;
      const gap = textBetween(sentence[i - 1]!, share);
      if (SHARE_OF_TOTAL.pattern.test(gap)) {
        const whole = totalOf.get(part.id);
        if (whole) out.push(shareCheck(share, part, whole, whole.subject ?? whole.text));
        continue;
      }
      const named = SHARE_OF_NAMED.pattern.exec(gap)?.groups?.whole;
      if (!named) continue;
      const wholeName = bareSubject(named);
      const candidates = [...earlier, ...sentence.slice(0, k)].filter(
        (claim) => isAmount(claim) && claim.unit === part.unit && claim.kind === part.kind && claim.id !== part.id && bareSubject(claim.subject) === wholeName && (claim.time?.text ?? null) === (part.time?.text ?? null),
      );
      // Two different figures for the whole: which one is meant is not certain.
      const values = new Set(candidates.map((claim) => claim.value));
      if (values.size > 1) continue;
      out.push(shareCheck(share, part, candidates[candidates.length - 1] ?? null, named));
    }
    previousSentence = sentence;
  }
  return out;
}
