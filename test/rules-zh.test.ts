// Every Chinese rule table carries examples; this file turns each example into a case, so a
// rule without an example (or an example its rule no longer explains) fails here.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../src/index.js';
import type { Rule, RuleExample } from '../src/rules/rule.js';
import { LOCAL_CURRENCIES, UNIT_RULES } from '../src/rules/zh/units.js';
import { MULTIPLIER_RULES } from '../src/rules/zh/multipliers.js';
import { QUALIFIER_RULES } from '../src/rules/zh/qualifiers.js';
import { NON_CLAIM_RULES } from '../src/rules/zh/non-claims.js';
import { CHANGE_VERBS, PER_PREFIXES } from '../src/rules/zh/structure.js';
import { TIME_RULES } from '../src/rules/zh/times.js';
import { findTimeExpressions } from '../src/core/zh/attach-times.js';

const tables: Record<string, readonly Rule[]> = {
  units: UNIT_RULES,
  multipliers: MULTIPLIER_RULES,
  qualifiers: QUALIFIER_RULES,
  'non-claims': NON_CLAIM_RULES,
  'change-verbs': CHANGE_VERBS,
  'per-prefixes': PER_PREFIXES,
  times: TIME_RULES,
};

const claimsOf = (text: string) => extractFromText(`${text}。`, { publishedAt: '2023-12-20' }).claims;

describe('rule tables', () => {
  it.each(Object.entries(tables))('%s: every rule has a stable kebab-case id and at least one example', (_name, rules) => {
    const ids = new Set<string>();
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
      expect(rule.examples.length, `${rule.id} has no example`).toBeGreaterThan(0);
    }
  });
});

const cases = (rules: readonly Rule[]) => rules.flatMap((rule) => rule.examples.map((example): [string, string, RuleExample] => [rule.id, example.text, example]));

describe.each([
  ['units', UNIT_RULES],
  ['multipliers', MULTIPLIER_RULES],
  ['qualifiers', QUALIFIER_RULES],
] as const)('%s examples', (_table, rules) => {
  it.each(cases(rules))('%s: %s', (_id, text, example) => {
    const claims = claimsOf(text);
    const claim = claims.find((c) => c.text === example.claim);
    expect(claim, `no claim "${example.claim}" in ${JSON.stringify(claims.map((c) => c.text))}`).toBeDefined();
    if (example.value !== undefined) expect(claim!.value).toBeCloseTo(example.value, 9);
  });
});

describe('units: the unit an example names is the one used', () => {
  it.each(UNIT_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const example = rule.examples[0]!;
    const claim = claimsOf(example.text).find((c) => c.text === example.claim)!;
    expect(claim.kind).toBe(rule.kind);
    expect(claim.unit).toBe(rule.unit);
  });
});

describe('a bare 元 on a traditional-script page is the local currency', () => {
  it.each(cases(LOCAL_CURRENCIES))('%s: %s', (id, text, example) => {
    const claim = claimsOf(text).find((c) => c.text === example.claim);
    expect(claim?.value).toBeCloseTo(example.value!, 6);
    expect(claim?.unit).toBe(LOCAL_CURRENCIES.find((rule) => rule.id === id)!.unit);
  });
  it('stays CNY on a simplified page that names Taiwan', () => {
    expect(claimsOf('台湾地区全年出口额达4500亿元')[0]?.unit).toBe('CNY');
  });
});

describe('qualifiers set approx', () => {
  it.each(QUALIFIER_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const example = rule.examples[0]!;
    const claim = claimsOf(example.text).find((c) => c.text === example.claim)!;
    expect(claim.approx).toBe(rule.approx);
  });
});

describe('non-claim examples give no claim, and their own rule is the one that blocked it', () => {
  const nonClaimIds = new Set(NON_CLAIM_RULES.map((rule) => rule.id));
  it.each(cases(NON_CLAIM_RULES))('%s: %s', (id, text, example) => {
    const { article, claims } = extractFromText(`${text}。`, { publishedAt: '2023-12-20', explain: true });
    const [from, to] = example.absent ? [text.indexOf(example.absent), text.indexOf(example.absent) + example.absent.length] : [0, text.length];
    expect(claims.filter((c) => c.start < to && c.end > from).map((c) => c.text)).toEqual([]);
    const vetoes = article.diagnostics.filter((d) => d.reason.startsWith('not a claim') && d.start! < to && d.end! > from);
    expect(vetoes.map((d) => d.ruleId)).toContain(id);
    // Every veto names a rule that is in the table.
    expect(vetoes.filter((d) => !nonClaimIds.has(d.ruleId))).toEqual([]);
  });
});

describe('change verbs make rates with their direction', () => {
  it.each(CHANGE_VERBS.filter((rule) => rule.id !== 'change-fanbei').map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const example = rule.examples[0]!;
    const claim = claimsOf(example.text).find((c) => c.text === example.claim);
    expect(claim?.change).toMatchObject({ role: claim?.unit === 'pp' ? 'delta' : 'rate', direction: rule.direction });
  });
});

describe('per prefixes make per-rates', () => {
  it.each(cases(PER_PREFIXES))('%s: %s', (_id, text, example) => {
    const claim = claimsOf(text).find((c) => c.text === example.claim);
    expect(claim, `no claim "${example.claim}"`).toBeDefined();
    expect(claim!.per).toMatchObject({ value: expect.any(Number), unit: expect.any(String) });
  });
});

describe('time rules find their expression', () => {
  it.each(cases(TIME_RULES))('%s: %s', (id, text) => {
    const found = findTimeExpressions(text, { published: '2023-12-20' });
    expect(found.map((t) => t.ruleId)).toContain(id);
  });
});
