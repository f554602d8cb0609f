// No false alarm on real pages (issue 16): the evaluation's arithmetic checks over the Chinese
// gold set flag only the seed's 29.8 %, a real error; over the blind Chinese dev set (texts
// outside the repository) they flag nothing, every verdict there having been read by a person.
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';

describe('inconsistent verdicts on the evaluation sets', () => {
  it('test/gold/zh: only the seed\'s rural 低保 rate', () => {
    const { checks } = evaluateGold('test/gold/zh');
    expect(checks.counts.consistent).toBeGreaterThan(0);
    expect(checks.inconsistent.map((check) => [check.source, check.kind, check.formula])).toEqual([['corpus/hefei-minzheng-2020-12-28.txt', 'rate', '(646元 − 300元) / 300元 / 4 × 100 = 28.83']]);
  });

  const blind = evaluateGold('test/blind/zh/dev');
  it.skipIf(blind.documents.length === 0)(`test/blind/zh/dev: none${blind.documents.length === 0 ? ' (skipped: the blind texts are not on this machine)' : ''}`, () => {
    expect(blind.checks.counts.consistent).toBeGreaterThan(0);
    expect(blind.checks.inconsistent).toEqual([]);
  });
});
