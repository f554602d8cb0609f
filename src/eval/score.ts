// Scoring: predicted claims against anchored gold claims. A prediction matches a gold claim
// when their spans overlap and their values are equal; matching is one-to-one, greedy by
// overlap. Reports precision, recall, F1 and, over matched pairs, agreement on every field a
// gold claim can state (docs/annotation-guidelines.md §5): kind, unit, approx, range, per,
// change, list, subject and time.
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

/** The fields scored over matched pairs, in the order the report prints them. */
export const AGREEMENT_FIELDS = ['kind', 'unit', 'approx', 'range', 'per', 'change', 'list', 'subject', 'time'] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

export interface EvalSummary {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  unanchored: number;
  agreement: Record<AgreementField, Agreement>;
  /** Subject agreement where containment counts (社会 agrees with 社会组织): printed for comparison, no floor. */
  subjectLenient: Agreement;
}

function agreement(pairs: MatchedPair[], applies: (pair: MatchedPair) => boolean, agrees: (pair: MatchedPair) => boolean): Agreement {
  const relevant = pairs.filter(applies);
  const agree = relevant.filter(agrees).length;
  return { agree, total: relevant.length, rate: relevant.length ? agree / relevant.length : 1 };
}


const LEADING_ARTICLE = /^(?:the|a|an)\s+/u;
const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\p{Z}\s]/gu;

/** A subject as compared: NFKC, lower case, an English leading article dropped, punctuation and whitespace removed. */
export function normaliseSubject(subject: string): string {
  return subject.normalize('NFKC').toLowerCase().trim().replace(LEADING_ARTICLE, '').replace(PUNCTUATION_AND_SPACE, '');
}

/** Strict: equal after normalising (docs/annotation-guidelines.md §5); no subject on both sides agrees. */
export function subjectsAgree(gold: string | null | undefined, pred: string | null): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  return normaliseSubject(gold) === normaliseSubject(pred);
}

/**
 * Lenient: one subject contained in the other agrees, so a two-character head of a longer phrase
 * passes. Compared normalised like the strict figure, so a pair that agrees strictly
 * (`Average hourly wages`, `average hourly wages`) never disagrees leniently.
 */
export function subjectsOverlap(gold: string | null | undefined, pred: string | null): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  const [g, p] = [normaliseSubject(gold), normaliseSubject(pred)];
  if (!g || !p) return g === p;
  return g.includes(p) || p.includes(g);
}

const sameRange = ({ gold, pred }: MatchedPair) => (gold.range ? pred.range !== null && valuesEqual(pred.range.min, gold.range.min) && valuesEqual(pred.range.max, gold.range.max) : pred.range === null);
const samePer = ({ gold, pred }: MatchedPair) => (gold.per ? pred.per !== null && valuesEqual(pred.per.value, gold.per.value) && pred.per.unit === gold.per.unit : pred.per === null);
const sameChange = ({ gold, pred }: MatchedPair) => (gold.change ? pred.change?.role === gold.change.role && pred.change.direction === gold.change.direction : pred.change === null);
const sameList = ({ gold, pred }: MatchedPair) => (gold.list ? pred.list?.index === gold.list.index && pred.list.size === gold.list.size : pred.list === null);
const sameTime = ({ gold, pred }: MatchedPair) => (gold.time ? pred.time?.start === gold.time.start && pred.time?.end === gold.time.end : pred.time === null);

const always = () => true;

/** Per scored field: the matched pairs it applies to (a gold claim that states it) and whether a pair agrees on it. */
export const FIELD_AGREEMENT: Record<AgreementField, { applies: (pair: MatchedPair) => boolean; agrees: (pair: MatchedPair) => boolean }> = {
  kind: { applies: always, agrees: (p) => p.gold.kind === p.pred.kind },
  unit: { applies: always, agrees: (p) => p.gold.unit === p.pred.unit },
  approx: { applies: always, agrees: (p) => p.gold.approx === p.pred.approx },
  range: { applies: always, agrees: sameRange },
  per: { applies: always, agrees: samePer },
  change: { applies: always, agrees: sameChange },
  list: { applies: always, agrees: sameList },
  subject: { applies: (p) => p.gold.subject !== undefined, agrees: (p) => subjectsAgree(p.gold.subject, p.pred.subject) },
  time: { applies: (p) => p.gold.time !== undefined, agrees: sameTime },
};

/** The agreements the evaluation gate keeps floors for, by floor name (test/eval-baseline.json). */
export function floorAgreements(s: EvalSummary): Record<string, Agreement> {
  return {
    ...Object.fromEntries(AGREEMENT_FIELDS.filter((field) => field !== 'subject').map((field) => [field, s.agreement[field]])),
    subjectExact: s.agreement.subject,
    subjectContained: s.subjectLenient,
  };
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
    agreement: Object.fromEntries(AGREEMENT_FIELDS.map((field) => [field, agreement(pairs, FIELD_AGREEMENT[field].applies, FIELD_AGREEMENT[field].agrees)])) as Record<AgreementField, Agreement>,
    subjectLenient: agreement(pairs, FIELD_AGREEMENT.subject.applies, (p) => subjectsOverlap(p.gold.subject, p.pred.subject)),
  };
}
