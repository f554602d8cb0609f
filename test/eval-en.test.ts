// The English evaluation gate: the English gold set in test/gold/en is scored with the
// product's own eval; precision and recall must stay at or above 0.95 (issue 6).
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatReport } from '../src/eval/eval-command.js';

const FLOOR = 0.95;

describe('English gold set', () => {
  const report = evaluateGold('test/gold/en');
  const summary = report.summary;

  it('is large enough to mean something', () => {
    expect(summary.documents).toBeGreaterThanOrEqual(5);
    expect(summary.gold).toBeGreaterThanOrEqual(150);
    expect(summary.unanchored, 'gold claims whose context is not in the parsed text').toBe(0);
  });

  it(`keeps precision and recall at or above ${FLOOR}`, () => {
    const detail = formatReport(report);
    expect(summary.precision, detail).toBeGreaterThanOrEqual(FLOOR);
    expect(summary.recall, detail).toBeGreaterThanOrEqual(FLOOR);
  });
});
