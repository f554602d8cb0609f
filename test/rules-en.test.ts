// Every English rule table carries examples; this file turns each example into a case, so a
// rule without an example (or an example its rule no longer explains) fails here.
import { describe, expect, it } from 'vitest';
import { extractFromText, type Claim } from '../src/index.js';
import { fractions, multipleWords, numberWords, scales } from '../src/rules/en/numbers.js';
import { ageAfterNames, ageNouns, agePrefixes, currencies, currencyRegions, percents, quantityUnits } from '../src/rules/en/units.js';
import { qualifiers } from '../src/rules/en/qualifiers.js';
import { compoundMeasures } from '../src/rules/en/measures.js';
import { changeWords, comparatives } from '../src/rules/en/changes.js';
import { headline, nonClaims } from '../src/rules/en/non-claims.js';
import { fiscalStartMonth, fiscalStartRules, sportsSeasonOf, sportsSeasonRules, timeRules } from '../src/rules/en/times.js';
import { scoreSports, scoreUnitOf } from '../src/rules/en/scores.js';

const claimsOf = (text: string): Claim[] => extractFromText(text, { publishedAt: '2021-06-15' }).claims;
const withValue = (claims: Claim[], value: number) => claims.find((claim) => Math.abs(claim.value - value) <= 1e-9 * Math.max(1, Math.abs(value)));
const texts = (claims: Claim[]) => JSON.stringify(claims.map((claim) => `${claim.text}=${claim.value}`));

const tables: Record<string, readonly { id: string; example: string }[]> = {
  'number-words': numberWords,
  scales,
  fractions,
  'multiple-words': multipleWords,
  currencies,
  'dollar-regions': currencyRegions,
  percents,
  'quantity-units': quantityUnits,
  'age-prefixes': agePrefixes,
  'age-nouns': ageNouns,
  'age-after-names': ageAfterNames,
  'compound-measures': compoundMeasures,
  qualifiers,
  'change-words': changeWords,
  comparatives,
  'non-claims': [...nonClaims, headline],
  times: timeRules,
  'fiscal-start': fiscalStartRules,
  'sports-seasons': sportsSeasonRules,
  'score-sports': scoreSports,
};

describe('English rule tables', () => {
  it.each(Object.entries(tables))('%s: every rule has a stable kebab-case id and an example', (_name, rules) => {
    const ids = new Set<string>();
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
      expect(rule.example.trim().length, `${rule.id} has no example`).toBeGreaterThan(0);
    }
  });
});

describe('number words, scales and fractions give their value', () => {
  it.each([...numberWords, ...scales, ...fractions].map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s', (_id, example, value) => {
    const claims = claimsOf(`The plan counts ${example}.`);
    expect(withValue(claims, value), texts(claims)).toBeDefined();
  });

  it.each(multipleWords.map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s is a multiple', (_id, example, value) => {
    const claims = claimsOf(`In the report, ${example}.`);
    const claim = withValue(claims, value);
    expect(claim, texts(claims)).toBeDefined();
    expect(claim!.unit).toBe('x');
  });
});

describe('units give their kind and unit', () => {
  it.each([...currencies, ...percents, ...quantityUnits, ...agePrefixes, ...ageNouns, ...ageAfterNames].map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s', (_id, example, expected) => {
    const claims = claimsOf(`The report lists ${example}.`);
    const claim = withValue(claims, expected.value);
    expect(claim, texts(claims)).toBeDefined();
    expect(claim!.kind).toBe(expected.kind);
    expect(claim!.unit).toBe(expected.unit);
  });

  it.each(compoundMeasures.map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s is one claim in the smaller unit', (_id, example, expected) => {
    const claims = claimsOf(`The report lists ${example}.`);
    expect(claims, texts(claims)).toHaveLength(1);
    expect(claims[0]!.value).toBe(expected.value);
    expect(claims[0]!.unit).toBe(expected.unit);
  });

  it.each(currencyRegions.map((rule) => [rule.id, rule.example, rule.unit] as const))('%s: a shared sign is %s', (_id, example, unit) => {
    expect(claimsOf(example).find((claim) => claim.kind === 'money')?.unit).toBe(unit);
  });
});

describe('qualifiers set approx', () => {
  it.each(qualifiers.map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s', (_id, example, approx) => {
    const claims = claimsOf(`The city reported ${example}.`);
    expect(claims.length, texts(claims)).toBeGreaterThan(0);
    expect(claims.map((claim) => claim.approx)).toContain(approx);
  });
});

describe('change words make changes with their direction', () => {
  it.each(changeWords.map((rule) => [rule.id, rule.example, rule.expect] as const))('%s: %s', (_id, example, expected) => {
    const claims = claimsOf(example);
    expect(claims.map((claim) => claim.change && `${claim.change.role}/${claim.change.direction}`)).toContain(`${expected.role}/${expected.direction}`);
  });

  it.each(comparatives.map((rule) => [rule.id, rule.example, rule.direction] as const))('%s: %s', (_id, example, direction) => {
    const claims = claimsOf(`The count was ${example}.`);
    expect(claims.map((claim) => claim.change?.direction)).toContain(direction);
  });
});

describe('non-claim examples give no claim where the rule matches, and the rule is recorded as the one that blocked it', () => {
  it.each([...nonClaims, headline].map((rule) => [rule.id, rule.example, rule] as const))('%s: %s', (_id, example, rule) => {
    rule.pattern.lastIndex = 0;
    const match = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(example);
    expect(match, `${rule.id} does not match its example`).not.toBeNull();
    const text = rule.id === 'headline' ? `${example}\nThe city completed the work.` : example;
    const at = match!.index;
    const end = at + match![0].length;
    const { article, claims } = extractFromText(text, { publishedAt: '2021-06-15', explain: true });
    expect(claims.filter((claim) => claim.start < end && claim.end > at).map((claim) => claim.text)).toEqual([]);
    const vetoes = article.diagnostics.filter((d) => d.reason === 'not a claim' && d.start! <= at && d.end! >= end);
    expect(vetoes.map((d) => d.ruleId)).toContain(rule.id);
  });
});

describe('time rules resolve their example (article dated 2021-06-15)', () => {
  it.each(timeRules.map((rule) => [rule.id, rule.example, rule] as const))('%s: %s', (_id, example, rule) => {
    // The example's own words name the league whose season `this season` is.
    const season = sportsSeasonOf(example);
    const reference = { year: 2021, month: 6, day: 15, ...(season ? { season } : {}) };
    const match = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(example);
    expect(match, `${rule.id} does not match its example`).not.toBeNull();
    expect(rule.resolve(match!, reference)).toEqual(rule.expect);
  });

  it.each(sportsSeasonRules.map((rule) => [rule.id, rule.example, rule] as const))('%s: %s', (_id, example, rule) => {
    expect(sportsSeasonOf(example)).toEqual(rule.season);
  });

  it.each(fiscalStartRules.map((rule) => [rule.id, rule.example, rule] as const))('%s: %s', (_id, example, rule) => {
    expect(fiscalStartMonth(example)).toBe(rule.month === 'group' ? 7 : rule.month === 'group-ends' ? 6 : rule.month);
  });
});

describe('a score sport rule gives its unit to both sides of the score in its example', () => {
  it.each(scoreSports.map((rule) => [rule.id, rule.example, rule] as const))('%s: %s', (_id, example, rule) => {
    expect(scoreUnitOf(example)).toBe(rule);
    const sides = claimsOf(example).filter((claim) => claim.ruleId === 'en-score');
    expect(sides.map((claim) => claim.unit)).toEqual([rule.unit, rule.unit]);
  });
});
