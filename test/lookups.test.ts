// The lookups the per-document work leans on, rewritten to do less work per call (issue 14,
// round 7): each row is a phrase and what the lookup must find in it, including the cases the
// shortcuts must not lose (a unit after a glued dash, a name ending the clause, a prefix
// paragraph among others with other openings, characters outside the BMP).
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../src/core/sorted.js';
import { dedupeParagraphs } from '../src/core/parse/dedupe-paragraphs.js';
import { findJurisdiction, findLastJurisdiction } from '../src/core/adapters/gazetteer.js';
import { placeIn } from '../src/core/zh/places.js';
import { toSimplified } from '../src/core/zh/simplify-chinese.js';
import { CURRENCY_WORD_FORMS, longestForm, PERCENT_FORMS, UNIT_FORMS, type PhraseForm } from '../src/core/en/affixes.js';
import { tokenize } from '../src/core/en/tokens.js';

describe('lastAtOrBefore', () => {
  it.each([
    [[0, 10, 20], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
    [[5, 10], 2, 0],
    [[7], 100, 0],
  ])('%j, %i → %i', (sorted, value, index) => {
    expect(lastAtOrBefore(sorted, value)).toBe(index);
  });
});

const LEAD = '全市今年新增城镇就业人数三万二千人，完成全年目标的百分之一百二十';
describe('dedupeParagraphs', () => {
  it.each([
    ['a truncated lead (20+ characters) before the full paragraph', [LEAD.slice(0, 24), '另有说明文字在这里。', LEAD + '。'], ['另有说明文字在这里。', LEAD + '。']],
    ['a truncated lead after it', [LEAD + '。', LEAD.slice(0, 24) + '。'], [LEAD + '。']],
    ['a prefix shorter than 20 characters stays', ['全市今年新增城镇就业', LEAD], ['全市今年新增城镇就业', LEAD]],
    ['a verbatim repeat, spacing aside', [LEAD, LEAD.replace('，', ' ， ')], [LEAD]],
    ['paragraphs with other openings all stay', ['甲' + LEAD, '乙' + LEAD, LEAD], ['甲' + LEAD, '乙' + LEAD, LEAD]],
  ])('%s', (_name, paragraphs, kept) => {
    expect(dedupeParagraphs(paragraphs)).toEqual(kept);
  });
});

describe('jurisdictions in a text', () => {
  it.each([
    ['合肥市民政局2020年工作总结', '合肥市', '合肥市'],
    ['其中昆明市3家', '昆明市', '昆明市'],
    ['高于台中市的十九．八萬元、台南市', '台中市', '台南市'],
    ['北京市朝阳区', '北京市', '朝阳区'],
    ['全市共有', undefined, undefined],
  ])('%s: first %s, last %s', (text, first, last) => {
    expect(findJurisdiction(text)?.name).toBe(first);
    expect(findLastJurisdiction(text)?.name).toBe(last);
  });

  it.each([
    ['合肥市民政局', '合肥市'],
    ['某某市统计局', '某某市'],
    ['国家统计局', null],
  ])('the place of %s is %s, asked once or again', (text, place) => {
    expect(placeIn(text)).toBe(place);
    expect(placeIn(text)).toBe(place);
  });
});

describe('toSimplified', () => {
  it.each([
    ['瞭解情況', '了解情况'],
    ['乾隆年間', '乾隆年间'],
    ['臺灣地區', '台湾地区'],
    ['𠀋字', '𠀋字'],
    ['发展 2023', '发展 2023'],
  ])('%s → %s', (text, simplified) => {
    expect(toSimplified(text)).toBe(simplified);
    expect(toSimplified(text)).toHaveLength(text.length);
  });
});

describe('longestForm', () => {
  it.each([
    ['speeds of 120 km/h on the road', UNIT_FORMS, 'measure-kilometres-per-hour', 'h'],
    ['a 60-acre park', UNIT_FORMS, 'measure-acre', 'acre'],
    ['about 40 Square Feet', UNIT_FORMS, 'measure-square-foot', 'Feet'],
    ['5 sq. ft. of space', UNIT_FORMS, 'measure-square-foot', 'ft'],
    ['rose 5 percentage points', PERCENT_FORMS, 'percentage-points', 'points'],
    ['12 apples', UNIT_FORMS, null, null],
    ['3 million dollars', CURRENCY_WORD_FORMS, null, null],
  ] as [string, PhraseForm<{ id: string }>[], string | null, string | null][])('%s', (text, forms, id, lastWord) => {
    const tokens = tokenize(text, 0, text.length);
    const afterNumber = tokens.findIndex((token) => token.kind === 'number') + 1;
    const found = longestForm(tokens, afterNumber, forms, true);
    expect(found?.rule.id ?? null).toBe(id);
    expect(found ? tokens[found.last]!.text : null).toBe(lastWord);
  });
});
