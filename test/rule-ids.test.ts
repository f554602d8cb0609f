// A rule cannot leave quietly: the ids of the non-claim and time rules (Chinese and English) are listed in
// test/rule-ids.json, and the tables must hold exactly those ids. Deleting a rule together with
// its examples (which takes its example tests with it) fails here until the list says so too,
// in the same commit, where a reviewer sees it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NON_CLAIM_RULES } from '../src/rules/zh/non-claims.js';
import { TIME_RULES } from '../src/rules/zh/times.js';
import { nonClaims as ENGLISH_NON_CLAIMS } from '../src/rules/en/non-claims.js';
import { timeRules as ENGLISH_TIME_RULES } from '../src/rules/en/times.js';

const listed = JSON.parse(readFileSync(new URL('./rule-ids.json', import.meta.url), 'utf8')) as Record<string, string[]>;

const tables: Record<string, readonly { id: string }[]> = {
  'zh/non-claims': NON_CLAIM_RULES,
  'zh/times': TIME_RULES,
  'en/non-claims': ENGLISH_NON_CLAIMS,
  'en/times': ENGLISH_TIME_RULES,
};

describe('rule ids are listed, and every listed rule exists', () => {
  it.each(Object.entries(tables))('%s', (name, rules) => {
    const ids = rules.map((rule) => rule.id).sort();
    expect(ids, `update test/rule-ids.json with the rules added to or removed from ${name}`).toEqual([...(listed[name] ?? [])].sort());
  });
});
