// Rates against their change: a from → to pair (从2016年551元提高至2020年686元) followed in its
// sentence by the rate it states (年增速6.1%, 增长24.5%, 提高5个百分点). Lists pair by position
// when the rates say 分别. A rate fits when ANY reading of it does: the total change, the simple
// or compound yearly rate over the years the pair names, or, between two percentages, the
// difference in points. Reads the claims of one article; emits check drafts.
import type { Claim } from '../schema.js';
import { COMPARABLE_BASIS, YEARLY_RATE } from '../../rules/zh/checks.js';
import type { CheckDraft } from './check-schema.js';
import { NEAR_MISS, bySentence, halfUnit, isPlainFigure, judge, propagate, shown, inArticle, textBetween, within } from './figures.js';

interface Pair {
  from: Claim;
  to: Claim;
}

interface Reading {
  name: string;
  formula: string;
  value: number;
  spread: number;
}

const isRate = (claim: Claim) => claim.change?.role === 'rate' || (claim.change?.role === 'delta' && claim.unit === 'pp');

/** Whole calendar years between two explicit one-year periods (2016年 → 2020年 = 4), else null. */
export function yearsBetween(from: Claim, to: Claim): number | null {
  const wholeYear = (claim: Claim) => {
    const time = claim.time;
    if (!time || time.textStart === null || time.source !== 'sentence') return null;
    const year = time.start.slice(0, 4);
    return time.start === `${year}-01-01` && time.end === `${year}-12-31` ? Number(year) : null;
  };
  const a = wholeYear(from);
  const b = wholeYear(to);
  return a !== null && b !== null && b > a ? b - a : null;
}

function signedRate(rate: Claim): number {
  const direction = rate.change?.direction;
  if (direction === 'down') return -Math.abs(rate.value);
  if (direction === 'up') return Math.abs(rate.value);
  return rate.value;
}

function readings(pair: Pair, rate: Claim, years: number | null): Reading[] {
  const from = { value: pair.from.value, half: halfUnit(pair.from) };
  const to = { value: pair.to.value, half: halfUnit(pair.to) };
  const f = pair.from.text;
  const t = pair.to.text;
  const out: Reading[] = [];
  const add = (name: string, formula: string, fn: (values: number[]) => number) => out.push({ name, formula, ...propagate([from, to], fn) });
  const percentPair = pair.from.unit === '%' && pair.to.unit === '%';
  if (rate.unit === 'pp') {
    if (percentPair) add('percentage points', `${t} − ${f}`, ([a, b]) => b! - a!);
    return out;
  }
  if (pair.from.value <= 0) return out;
  if (rate.unit === 'x') {
    add('times more', `${t} / ${f} − 1`, ([a, b]) => b! / a! - 1);
    add('times as many', `${t} / ${f}`, ([a, b]) => b! / a!);
    return out;
  }
  if (rate.unit !== '%') return out;
  add('total', `(${t} − ${f}) / ${f} × 100`, ([a, b]) => ((b! - a!) / a!) * 100);
  if (years !== null && years >= 2) {
    add('simple yearly', `(${t} − ${f}) / ${f} / ${years} × 100`, ([a, b]) => ((b! - a!) / a! / years) * 100);
    add('compound yearly', `((${t} / ${f})^(1/${years}) − 1) × 100`, ([a, b]) => ((b! / a!) ** (1 / years) - 1) * 100);
  }
  if (percentPair) add('percentage points', `${t} − ${f}`, ([a, b]) => b! - a!);
  return out;
}

function checkOne(pair: Pair, rate: Claim, yearly: boolean): CheckDraft | null {
  if (![pair.from, pair.to, rate].every(isPlainFigure)) return null;
  if (pair.from.unit === null || pair.from.unit !== pair.to.unit || pair.from.kind !== pair.to.kind) return null;
  if ((pair.from.per?.text ?? null) !== (pair.to.per?.text ?? null)) return null;
  const years = yearsBetween(pair.from, pair.to);
  const options = readings(pair, rate, years);
  if (options.length === 0) return null;
  const stated = signedRate(rate);
  const half = halfUnit(rate);
  const fitting = options.find((option) => within(stated, option.value, half + option.spread));
  const closest = fitting ?? [...options].sort((a, b) => Math.abs(stated - a.value) - Math.abs(stated - b.value))[0]!;
  const tolerance = half + closest.spread;
  const kind = rate.unit === 'pp' ? 'percentage-points' : 'rate';
  const period = years !== null ? ` over ${pair.from.time!.text}–${pair.to.time!.text} (${years} years)` : '';
  const all = options.map((option) => `${option.name} ${shown(option.value)}`).join(', ');
  const base = {
    ...inArticle(rate, kind),
    claimIds: [rate.id, pair.from.id, pair.to.id],
    stated,
    expected: closest.value,
    formula: `${closest.formula} = ${shown(closest.value)}`,
    tolerance,
  } satisfies Partial<CheckDraft>;
  if (fitting) {
    return { ...base, verdict: 'consistent', reading: fitting.name, note: `${rate.text} fits ${pair.from.text} → ${pair.to.text}${period} read as ${fitting.name} (${shown(fitting.value)}, within ${shown(tolerance, 3)}); readings: ${all}` };
  }
  // A yearly rate over a period the sentence does not name cannot be checked.
  if (yearly && (years === null || years < 2)) {
    return { ...base, verdict: 'unverifiable', reading: null, note: `${rate.text} is a yearly rate but the years of ${pair.from.text} → ${pair.to.text} are not both stated; readings: ${all}` };
  }
  if (COMPARABLE_BASIS.pattern.test(rate.sentence)) {
    return { ...base, verdict: 'unverifiable', reading: null, note: `${rate.text} is likely a rate at comparable prices or on a comparable base, which the printed figures do not give; readings: ${all}` };
  }
  if (judge(stated, closest.value, tolerance) === 'unverifiable') {
    return { ...base, verdict: 'unverifiable', reading: null, note: `${rate.text} against ${pair.from.text} → ${pair.to.text}${period} is ${NEAR_MISS}; readings: ${all}` };
  }
  return { ...base, verdict: 'inconsistent', reading: null, note: `${rate.text} fits no reading of ${pair.from.text} → ${pair.to.text}${period}: ${all}; the closest, ${closest.name}, is ${shown(Math.abs(stated - closest.value), 3)} away, beyond the rounding allowance ${shown(tolerance, 3)}` };
}

/** The from → to pairs whose two claims name each other, in the order of their from-claims. */
function mutualPairs(sentence: Claim[]): Map<string, Pair> {
  const byId = new Map(sentence.map((claim) => [claim.id, claim]));
  const pairs = new Map<string, Pair>();
  for (const from of sentence) {
    if (from.change?.role !== 'from' || from.change.from !== from.id || !from.change.to) continue;
    const to = byId.get(from.change.to);
    if (to && to.change?.role === 'to' && to.change.from === from.id && to.change.to === to.id && to.start > from.end) pairs.set(to.id, { from, to });
  }
  return pairs;
}

export function checkRates(claims: readonly Claim[]): CheckDraft[] {
  const out: CheckDraft[] = [];
  for (const sentence of bySentence(claims)) {
    const pairs = mutualPairs(sentence);
    if (pairs.size === 0) continue;
    let pending: Pair[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const claim = sentence[i]!;
      const pair = pairs.get(claim.id);
      if (pair) {
        pending.push(pair);
        continue;
      }
      if (claim.change?.role === 'from') {
        // A new change begins: what is pending had no rate of its own.
        if (pending.length) pending = [];
        continue;
      }
      if (!isRate(claim) || pending.length === 0) {
        pending = [];
        continue;
      }
      // The run of rates: one claim, or the members of one list.
      const run = [claim];
      while (claim.list && sentence[i + run.length]?.list?.group === claim.list.group) run.push(sentence[i + run.length]!);
      const lastTo = pending.reduce((a, b) => (b.to.end > a.to.end ? b : a)).to;
      const gap = textBetween(lastTo, claim);
      const cleanGap = gap.length <= 24 && !/[；;。！？]|从|由|其中/u.test(gap);
      const ordered = [...pending].sort((a, b) => a.from.start - b.from.start);
      const matched = ordered.length === 1 ? run.length === 1 : run.length === ordered.length && /分别/u.test(gap);
      if (cleanGap && matched) {
        const yearly = YEARLY_RATE.pattern.test(gap);
        ordered.forEach((item, k) => {
          const check = checkOne(item, run[k]!, yearly);
          if (check) out.push(check);
        });
      }
      pending = [];
      i += run.length - 1;
    }
  }
  return out;
}
