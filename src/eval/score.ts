// Scoring: predicted claims against anchored gold claims. A prediction matches a gold claim
// when their spans overlap and their values are equal; matching is one-to-one, greedy by
// overlap. Reports precision, recall, F1 and, over matched pairs, agreement on kind, unit,
// approx, subject and time.
import type { Claim } from '../core/schema.js';
import type { AnchoredGoldClaim } from './gold.js';

export interface MatchedPair {
  gold: AnchoredGoldClaim;
  pred: Claim;
}

export interface DocumentScore {
  source: string;
  matched: MatchedPair[];
  misses: AnchoredGoldClaim[];
  falsePositives: Claim[];
  unanchored: number;
}

export function valuesEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function scoreDocument(source: string, gold: AnchoredGoldClaim[], predictions: Claim[], unanchored = 0): DocumentScore {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    predictions.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0 && valuesEqual(g.value, p.value)) pairs.push({ g: gi, p: pi, overlap: o });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matched: MatchedPair[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPred.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPred.add(pair.p);
    matched.push({ gold: gold[pair.g]!, pred: predictions[pair.p]! });
  }
  matched.sort((a, b) => a.gold.start - b.gold.start);
  return {
    source,
    matched,
    misses: gold.filter((_, i) => !usedGold.has(i)),
    falsePositives: predictions.filter((_, i) => !usedPred.has(i)),
    unanchored,
  };
}

export interface Agreement {
  agree: number;
  total: number;
  rate: number;
}

export interface EvalSummary {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  unanchored: number;
  agreement: Record<'kind' | 'unit' | 'approx' | 'subject' | 'time', Agreement>;
}

function agreement(pairs: MatchedPair[], applies: (pair: MatchedPair) => boolean, agrees: (pair: MatchedPair) => boolean): Agreement {
  const relevant = pairs.filter(applies);
  const agree = relevant.filter(agrees).length;
  return { agree, total: relevant.length, rate: relevant.length ? agree / relevant.length : 1 };
}

/** Subjects agree when one names the other: the shorter is contained in the longer. */
export function subjectsAgree(gold: string | null | undefined, pred: string | null): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  return gold.includes(pred) || pred.includes(gold);
}

export function summarise(scores: DocumentScore[]): EvalSummary {
  const pairs = scores.flatMap((s) => s.matched);
  const gold = scores.reduce((n, s) => n + s.matched.length + s.misses.length + s.unanchored, 0);
  const predicted = scores.reduce((n, s) => n + s.matched.length + s.falsePositives.length, 0);
  const matched = pairs.length;
  const precision = predicted ? matched / predicted : 1;
  const recall = gold ? matched / gold : 1;
  return {
    documents: scores.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    unanchored: scores.reduce((n, s) => n + s.unanchored, 0),
    agreement: {
      kind: agreement(pairs, () => true, (p) => p.gold.kind === p.pred.kind),
      unit: agreement(pairs, () => true, (p) => p.gold.unit === p.pred.unit),
      approx: agreement(pairs, () => true, (p) => p.gold.approx === p.pred.approx),
      subject: agreement(pairs, (p) => p.gold.subject !== undefined, (p) => subjectsAgree(p.gold.subject, p.pred.subject)),
      time: agreement(
        pairs,
        (p) => p.gold.time !== undefined,
        (p) => (p.gold.time ? p.pred.time?.start === p.gold.time.start && p.pred.time?.end === p.gold.time.end : p.pred.time === null),
      ),
    },
  };
}
