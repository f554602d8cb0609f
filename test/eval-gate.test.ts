// The evaluation gate: each gold set in test/gold is scored with the product's own eval, and
// precision, recall and agreement must stay at or above the floors in eval-baseline.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatReport } from '../src/eval/eval-command.js';

interface Floors {
  dir: string;
  minDocuments: number;
  minGoldClaims: number;
  precision: number;
  recall: number;
  kind: number;
  unit: number;
  subject: number;
  time: number;
}

const baseline = JSON.parse(readFileSync(new URL('./eval-baseline.json', import.meta.url), 'utf8')) as { sets: Record<string, Floors> };

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

  it('keeps kind, unit, subject and time agreement at or above the floors', () => {
    expect(s.agreement.kind.rate).toBeGreaterThanOrEqual(floors.kind);
    expect(s.agreement.unit.rate).toBeGreaterThanOrEqual(floors.unit);
    expect(s.agreement.subject.rate).toBeGreaterThanOrEqual(floors.subject);
    expect(s.agreement.time.rate).toBeGreaterThanOrEqual(floors.time);
  });
});
