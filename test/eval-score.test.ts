// The scorer on claims written here: each field a gold claim states is compared, so a
// prediction that drops a range, a per-rate, a change or a list position loses agreement, and
// subject agreement is strict (a short head of a longer phrase does not agree).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/core/schema.js';
import type { AnchoredGoldClaim } from '../src/eval/gold.js';
import { normaliseSubject, scoreDocument, subjectsAgree, subjectsOverlap, summarise } from '../src/eval/score.js';

const gold = (fields: Partial<AnchoredGoldClaim> = {}): AnchoredGoldClaim => ({
  text: '3至5万元',
  context: '补助3至5万元',
  start: 2,
  end: 7,
  value: 30000,
  kind: 'money',
  unit: 'CNY',
  approx: 'eq',
  subject: '补助',
  ...fields,
});

const prediction = (fields: Partial<Claim> = {}): Claim => ({
  schemaVersion: '1.0.0',
  id: 'c1',
  docId: '0123456789abcdef',
  lang: 'zh',
  text: '3至5万元',
  start: 2,
  end: 7,
  value: 30000,
  kind: 'money',
  unit: 'CNY',
  unitText: '元',
  approx: 'eq',
  range: null,
  per: null,
  change: null,
  list: null,
  subject: '补助',
  time: null,
  sentence: '发放补助3至5万元。',
  sentenceStart: 0,
  ruleId: 'test',
  ...fields,
});

const agreementOf = (g: AnchoredGoldClaim, p: Claim) => summarise([scoreDocument('test', [g], [p])]).agreement;

describe('fields scored on a matched pair', () => {
  it.each([
    ['range', gold({ range: { min: 30000, max: 50000 } }), prediction({ range: { min: 30000, max: 50000 } }), prediction()],
    ['range', gold(), prediction(), prediction({ range: { min: 30000, max: 50000 } })],
    ['per', gold({ per: { value: 1000, unit: '名老年人' } }), prediction({ per: { value: 1000, unit: '名老年人', text: '每千名老年人' } }), prediction({ per: { value: 1, unit: '名老年人', text: '每名老年人' } })],
    ['change', gold({ change: { role: 'rate', direction: 'up' } }), prediction({ change: { role: 'rate', direction: 'up', from: null, to: null, basis: '同比' } }), prediction({ change: { role: 'rate', direction: 'down', from: null, to: null, basis: null } })],
    ['change', gold({ change: { role: 'from', direction: 'up' } }), prediction({ change: { role: 'from', direction: 'up', from: null, to: 'c2', basis: null } }), prediction()],
    ['list', gold({ list: { index: 1, size: 3 } }), prediction({ list: { group: '40', index: 1, size: 3 } }), prediction({ list: { group: '40', index: 1, size: 2 } })],
    ['list', gold(), prediction(), prediction({ list: { group: '2', index: 0, size: 2 } })],
    ['approx', gold({ approx: 'gt' }), prediction({ approx: 'gt' }), prediction()],
  ] as const)('%s: agrees when equal, not when it differs', (field, goldClaim, same, different) => {
    expect(agreementOf(goldClaim, same)[field]).toMatchObject({ agree: 1, total: 1 });
    expect(agreementOf(goldClaim, different)[field]).toMatchObject({ agree: 0, total: 1 });
  });
});

describe('subject agreement is strict', () => {
  it.each([
    ['社会组织', '社会组织', true],
    ['养老床位', '养老 床位', true],
    ['“一老一小”服务', '一老一小服务', true],
    ['the county budget', 'County budget', true],
    ['社会组织', '社会', false],
    ['集中供养标准', '标准', false],
    ['bus passengers', 'passengers', false],
  ])('%s against %s: %s', (goldSubject, predicted, agrees) => {
    expect(subjectsAgree(goldSubject, predicted)).toBe(agrees);
  });

  it('the lenient figure counts containment, and is reported beside the strict one', () => {
    expect(subjectsOverlap('社会组织', '社会')).toBe(true);
    expect(subjectsOverlap('Average hourly wages', 'average hourly wages')).toBe(true);
    expect(subjectsOverlap('the median for men', 'Median')).toBe(true);
    expect(subjectsOverlap('median weekly earnings', 'women')).toBe(false);
    const summary = summarise([scoreDocument('test', [gold({ subject: '集中供养标准' })], [prediction({ subject: '标准' })])]);
    expect(summary.agreement.subject).toMatchObject({ agree: 0, total: 1 });
    expect(summary.subjectLenient).toMatchObject({ agree: 1, total: 1 });
  });

  it('normalises width, case, punctuation and spaces only', () => {
    expect(normaliseSubject('ＰＭ２.５ 浓度')).toBe('pm25浓度');
  });
});
