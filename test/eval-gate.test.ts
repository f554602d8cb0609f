// The evaluation gate: the gold set in test/gold is scored with the product's own eval, and
// precision, recall and agreement must stay at or above the floors in eval-baseline.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatReport } from '../src/eval/eval-command.js';

const baseline = JSON.parse(readFileSync(new URL('./eval-baseline.json', import.meta.url), 'utf8'));

describe('Chinese gold set', () => {
  const report = evaluateGold('test/gold/zh');
  const s = report.summary;

  it('is large enough to mean something', () => {
    expect(s.documents).toBeGreaterThanOrEqual(9);
    expect(s.gold).toBeGreaterThanOrEqual(baseline.zh.minGoldClaims);
    expect(s.unanchored, 'gold claims whose context is not in the parsed text').toBe(0);
  });

  it('keeps precision and recall at or above the floors', () => {
    const detail = formatReport(report);
    expect(s.precision, detail).toBeGreaterThanOrEqual(baseline.zh.precision);
    expect(s.recall, detail).toBeGreaterThanOrEqual(baseline.zh.recall);
  });

  it('keeps kind, unit, subject and time agreement at or above the floors', () => {
    expect(s.agreement.kind.rate).toBeGreaterThanOrEqual(baseline.zh.kind);
    expect(s.agreement.unit.rate).toBeGreaterThanOrEqual(baseline.zh.unit);
    expect(s.agreement.subject.rate).toBeGreaterThanOrEqual(baseline.zh.subject);
    expect(s.agreement.time.rate).toBeGreaterThanOrEqual(baseline.zh.time);
  });
});
