// The evaluation gate: each gold set in test/gold is scored with the product's own eval, and
// precision, recall and agreement on every scored field must stay at or above the floors in
// eval-baseline.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatReport } from '../src/eval/eval-command.js';
import { AGREEMENT_FIELDS, type EvalSummary } from '../src/eval/score.js';

interface Floors {
  dir: string;
  minDocuments: number;
  minGoldClaims: number;
  precision: number;
  recall: number;
  [agreement: string]: number | string;
}

const baseline = JSON.parse(readFileSync(new URL('./eval-baseline.json', import.meta.url), 'utf8')) as { sets: Record<string, Floors> };

/** The figure each agreement floor holds down. */
const agreementFigures: Record<string, (s: EvalSummary) => number> = {
  ...Object.fromEntries(AGREEMENT_FIELDS.filter((field) => field !== 'subject').map((field) => [field, (s: EvalSummary) => s.agreement[field].rate])),
  subjectExact: (s) => s.agreement.subject.rate,
  subjectContained: (s) => s.subjectLenient.rate,
};

describe.each(Object.entries(baseline.sets))('gold set %s', (_name, floors) => {
  const report = evaluateGold(floors.dir);
  const s = report.summary;

  it('is large enough to mean something, and every gold claim is found in its parsed article', () => {
    expect(s.documents).toBeGreaterThanOrEqual(floors.minDocuments);
    expect(s.gold).toBeGreaterThanOrEqual(floors.minGoldClaims);
    expect(s.unanchored, 'gold claims whose context is not in the parsed text').toBe(0);
  });

  it('keeps precision and recall at or above the floors', () => {
    const detail = formatReport(report);
    expect(s.precision, detail).toBeGreaterThanOrEqual(floors.precision);
    expect(s.recall, detail).toBeGreaterThanOrEqual(floors.recall);
  });

  it('has a floor for every scored field', () => {
    expect(Object.keys(agreementFigures).filter((field) => typeof floors[field] !== 'number')).toEqual([]);
  });

  it.each(Object.keys(agreementFigures))('keeps %s agreement at or above its floor', (field) => {
    expect(agreementFigures[field]!(s), formatReport(report, false)).toBeGreaterThanOrEqual(floors[field] as number);
  });
});
