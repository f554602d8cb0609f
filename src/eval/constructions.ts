// Misses and disagreements grouped by the kind of construction behind them, so work is done
// on a class (composite numbers, measure words, periods from headings…) and never on one
// sentence. Classes are read off the gold claim (its text, kind and unit) and, for a wrong
// period, off where the prediction found its period.
import type { AnchoredGoldClaim } from './gold.js';
import type { DocumentScore } from './score.js';

const CHINESE_NUMERAL = /^[零〇○一二两兩三四五六七八九十百千万亿萬億点點．.]+/u;

/** The construction a gold claim is written in. */
export function constructionOf(claim: AnchoredGoldClaim): string {
  const text = claim.text;
  if (/\d\s*[万亿萬億千百兆零]\s*\d/u.test(text)) return 'number in several units (4万5000)';
  if (CHINESE_NUMERAL.test(text)) return claim.kind === 'percent' ? 'percent in Chinese numerals (七成)' : 'number in Chinese numerals';
  if (claim.range) return 'range';
  if (claim.kind === 'money') return 'money';
  if (claim.unit === 'pp') return 'percentage points';
  if (claim.kind === 'percent' || claim.kind === 'permille') return 'percent';
  if (claim.kind === 'count') return `count (${claim.unit ?? 'no unit'})`;
  if (claim.kind === 'measure') return `measure (${claim.unit ?? 'no unit'})`;
  return claim.unit ? `number (${claim.unit})` : 'bare number';
}

export interface ConstructionSummary {
  misses: [string, number][];
  falsePositives: [string, number][];
  periods: [string, number][];
}

const sorted = (counts: Map<string, number>): [string, number][] => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function byConstruction(documents: DocumentScore[]): ConstructionSummary {
  const misses = new Map<string, number>();
  const falsePositives = new Map<string, number>();
  const periods = new Map<string, number>();
  for (const doc of documents) {
    for (const miss of doc.misses) add(misses, constructionOf(miss));
    for (const fp of doc.falsePositives) add(falsePositives, fp.ruleId.replace(/^(zh|en)-/u, '$1 '));
    for (const { gold, pred } of doc.matched) {
      if (gold.time === undefined) continue;
      const want = gold.time;
      const got = pred.time;
      if (want === null && got === null) continue;
      if (want && got && want.start === got.start && want.end === got.end) continue;
      if (!got) add(periods, 'no period found');
      else if (!want) add(periods, `a period where the page gives none (from the ${got.source})`);
      else add(periods, `another period (from the ${got.source}: ${got.text})`.replace(/: .*\)$/u, ')'));
    }
  }
  return { misses: sorted(misses), falsePositives: sorted(falsePositives), periods: sorted(periods) };
}
