// Arithmetic checks (issue 16): sentences written here, one row per construction, with
// deliberate errors and with correct arithmetic, and the verdict each must get; the seed's
// 29.8 % flagged and its 6.1 % consistent; the rule tables' examples; a property that an article
// built from random figures with correct arithmetic is never flagged.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticle, extractFromText, type CheckDraft } from '../src/index.js';
import { CHECK_WORD_RULES } from '../src/rules/zh/checks.js';
import { halfUnit } from '../src/core/checks/figures.js';

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 2000);

function checksOf(text: string): CheckDraft[] {
  return checkArticle(extractFromText(text).claims);
}

describe('checks inside one article: one row per construction', () => {
  it.each([
    // Rates against a from → to pair.
    ['simple yearly rate that fits', '城市低保标准从2016年的500元提高至2020年的700元，年均增长10%。', 'rate', 'consistent', 'simple yearly'],
    ['compound yearly rate that fits', '城市低保标准从2015年的1000元提高至2020年的1611元，年均增长10%。', 'rate', 'consistent', 'compound yearly'],
    ['total rate that fits', '全市养老机构由2019年的400家增加到2023年的500家，增长25%。', 'rate', 'consistent', 'total'],
    ['fall that fits', '留守儿童由2016年的21000人降至2020年的7531人，下降64.1%。', 'rate', 'consistent', 'total'],
    ['fall that does not fit', '留守儿童由2016年的21000人降至2020年的7531人，下降54.1%。', 'rate', 'inconsistent', null],
    ['yearly rate that fits no reading', '农村低保标准从2016年的300元提高至2020年的646元，年增速29.8%。', 'rate', 'inconsistent', null],
    ['yearly rate over years not stated', '散居孤儿保障标准由每人每月600元调整至1262元，年均增长20%。', 'rate', 'unverifiable', null],
    ['lists paired by 分别, compound reading', '城乡低保标准分别从2016年户月人均551元、300元，提高至2020年户月人均686元、646元，年增速分别为6.1%、21.1%。', 'rate', 'consistent', null],
    // Percentage points against two percentages.
    ['points that fit', '签约覆盖率从2020年的45.5%提高到2023年的60.5%，提高15个百分点。', 'percentage-points', 'consistent', 'percentage points'],
    ['points that do not fit', '签约覆盖率从2020年的45.5%提高到2023年的60.5%，提高13个百分点。', 'percentage-points', 'inconsistent', null],
    // A rate against a level and its change.
    ['year-on-year rate that fits', '全县粮食产量62万吨，比上年增加2万吨，增长3.3%。', 'year-on-year', 'consistent', null],
    ['year-on-year rate that does not fit', '全县粮食产量62万吨，比上年增加2万吨，增长5.3%。', 'year-on-year', 'inconsistent', null],
    ['year-on-year miss beyond rounding', '全县粮食产量62.4万吨，比上年增加2.1万吨，增长6.5%。', 'year-on-year', 'inconsistent', null],
    ['year-on-year near miss (unrounded or revised figures)', '一般公共预算收入完成503.7亿元，比上年同期增加85.8亿元，增长20.6%。', 'year-on-year', 'unverifiable', null],
    ['year-on-year of value added (real growth)', '全县农业增加值62亿元，比上年增加2亿元，增长2.1%。', 'year-on-year', 'unverifiable', null],
    ['yearly growth of GDP (comparable prices)', '全市地区生产总值由2015年的5000亿元增加到2020年的7000亿元，年均增长6.5%。', 'rate', 'unverifiable', null],
    ['year-on-year fall that fits', '全市工业用水量4.8亿立方米，比上年减少0.2亿立方米，下降4%。', 'year-on-year', 'consistent', null],
    // Parts against their total.
    ['parts that add up', '全区共有社会组织820个，其中社会团体300个，民办非企业单位520个。', 'parts', 'consistent', null],
    ['parts that do not name every part', '全区共有社会组织820个，其中社会团体300个。', 'parts', 'consistent', null],
    ['a part larger than the whole', '全区共有社会组织820个，其中社会团体900个。', 'parts', 'inconsistent', null],
    ['parts over the whole that may overlap', '全区共有社会组织820个，其中社会团体500个，民办非企业单位520个。', 'parts', 'unverifiable', null],
    ['parts after the rate of the whole', '一般公共预算收入98.6亿元，同比增长12.7%，其中税收收入71.3亿元，增长15.8%。', 'parts', 'consistent', null],
    ['figures listed before their 合计 that add up', '全县新建学校12所，改扩建学校18所，合计30所。', 'parts', 'consistent', null],
    ['figures listed before their 合计 that do not add up', '全县新建学校12所，改扩建学校18所，合计40所。', 'parts', 'inconsistent', null],
    // Shares.
    ['share of the breakdown total that fits', '今年招聘教师400名，其中研究生学历100名，占25%。', 'share', 'consistent', null],
    ['share of the breakdown total that does not fit', '今年招聘教师400名，其中研究生学历100名，占40%。', 'share', 'inconsistent', null],
    ['share of a named whole that fits', '一般公共预算收入98.6亿元，同比增长12.7%，其中税收收入71.3亿元，增长15.8%，占一般公共预算收入的72.3%。', 'share', 'consistent', null],
    ['share of a named whole that does not fit', '一般公共预算收入50亿元，其中税收收入40亿元，占一般公共预算收入的60%。', 'share', 'inconsistent', null],
    ['share of a whole the article does not state', '全市持证社工4000人，占全省持证社工的40%。', 'share', 'unverifiable', null],
    // Per-rates.
    ['per-rate with no stated base: the implied figure', '全市共有养老床位63198张，每千名老年人拥有床位46.63张。', 'per-rate', 'unverifiable', null],
    ['per-rate that fits its stated base', '全市户籍老年人150万人，共有养老床位6.9万张，每千名老年人拥有床位46张。', 'per-rate', 'consistent', null],
    ['per-rate that conflicts with its stated base', '全市户籍老年人150万人，共有养老床位6.9万张，每千名老年人拥有床位56张。', 'per-rate', 'inconsistent', null],
    ['per-rate beside a base narrowed by age', '全市80周岁以上老年人20万人，共有养老床位6.9万张，每千名老年人拥有床位46张。', 'per-rate', 'unverifiable', null],
  ])('%s', (_name, text, kind, verdict, reading) => {
    const checks = checksOf(text).filter((check) => check.kind === kind);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.map((check) => check.verdict)).toEqual(checks.map(() => verdict));
    if (reading) expect(checks[0]!.reading).toBe(reading);
    // Parts may sum to less than their whole and still be consistent; the other kinds are equalities.
    for (const check of checks.filter((check) => check.kind !== 'parts')) {
      if (check.stated !== null && check.expected !== null && check.tolerance !== null) {
        expect(Math.abs(check.stated - check.expected) <= check.tolerance + 1e-9).toBe(verdict === 'consistent');
      }
    }
  });

  it.each([
    ['a rate in a later clause after a semicolon', '标准由500元提高至700元；全年财政收入增长40%。'],
    ['a total that is only approximate', '全区共有社会组织约820个，其中社会团体900个。'],
    ['a change against 年初 and a rate against 同比', '存款余额6843.2亿元，比年初增加512.6亿元，同比增长10.3%。'],
    ['a share whose part is named before 占比', '收入98.6亿元，其中税收71.3亿元，税收占比为72.3%。'],
    ['合计 after a list with a 其中 in it', '全县新建学校10所，改扩建15所，其中小学8所，合计25所。'],
    ['two rates after one pair', '收入由2019年的400亿元增加到2023年的500亿元，增长25%、30%。'],
  ])('no check, or none inconsistent, when the structure is not certain: %s', (_name, text) => {
    expect(checksOf(text).filter((check) => check.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('the seed', () => {
  const raw = readFileSync(new URL('../corpus/hefei-minzheng-2020-12-28.txt', import.meta.url), 'utf8');
  const { article, claims } = extractFromText(raw, { source: 'corpus/hefei-minzheng-2020-12-28.txt' });
  const checks = checkArticle(claims);
  const rateOf = (text: string) => checks.find((check) => check.kind === 'rate' && article.text.slice(...(check.claimIds[0]!.split(':')[1]!.split('-').map(Number) as [number, number])) === text);

  it('flags the rural 29.8 % (300元 → 646元 over 2016–2020 is 28.8 % a year simple, 21.1 % compound)', () => {
    const check = rateOf('29.8%')!;
    expect(check.verdict).toBe('inconsistent');
    expect(check.expected).toBeCloseTo(28.83, 2);
    expect(check.note).toContain('21.14');
  });

  it('finds the urban 6.1 % consistent (551元 → 686元, 6.1 % a year simple)', () => {
    const check = rateOf('6.1%')!;
    expect(check.verdict).toBe('consistent');
    expect(check.reading).toBe('simple yearly');
  });

  it('adds the 其中 parts of 5165 social organisations up, and flags nothing else', () => {
    expect(checks.find((check) => check.kind === 'parts' && check.stated === 5165)?.verdict).toBe('consistent');
    expect(checks.filter((check) => check.verdict === 'inconsistent')).toHaveLength(1);
  });

  it('records the elderly population the bed rate implies (about 1.355 million)', () => {
    const check = checks.find((check) => check.kind === 'per-rate' && check.claimIds.some((id) => id.endsWith(':1062-1068')))!;
    expect(check.verdict).toBe('unverifiable');
    expect(check.expected! / 1e6).toBeCloseTo(1.355, 3);
  });
});

describe('rule tables: every example reaches its verdict', () => {
  const rows = CHECK_WORD_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, example.text, example.kind, example.verdict] as const));
  it.each(rows)('%s: %s', (_id, text, kind, verdict) => {
    expect(checksOf(text).filter((check) => check.kind === kind).map((check) => check.verdict)).toContain(verdict);
  });
});

describe('rounding allowance', () => {
  it.each([
    ['646元', 646, 0.5],
    ['13830.6万元', 138306000, 500],
    ['6.1%', 6.1, 0.05],
    ['1.46‰', 1.46, 0.005],
    ['三个', 3, 0.5],
  ])('%s (value %s) is printed to ± %s', (text, value, half) => {
    expect(halfUnit({ text, value })).toBeCloseTo(half, 9);
  });
});

describe('property: an article whose arithmetic is right is never flagged', () => {
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  const rateArticle = fc
    .record({
      from: fc.integer({ min: 50, max: 90000 }),
      factor: fc.double({ min: 0.2, max: 4, noNaN: true }),
      startYear: fc.integer({ min: 2005, max: 2018 }),
      years: fc.integer({ min: 1, max: 8 }),
      reading: fc.constantFrom('total', 'simple', 'compound'),
      unit: fc.constantFrom('元', '个', '家', '人'),
    })
    .filter(({ from, factor }) => Math.round(from * factor) !== from)
    .map(({ from, factor, startYear, years, reading, unit }) => {
      const to = Math.round(from * factor);
      const total = ((to - from) / from) * 100;
      const rate = reading === 'total' ? total : reading === 'simple' ? total / years : ((to / from) ** (1 / years) - 1) * 100;
      const up = to > from;
      const yearly = reading !== 'total' ? '年均' : '';
      return `全市服务对象由${startYear}年的${from}${unit}${up ? '增加到' : '减少到'}${startYear + years}年的${to}${unit}，${yearly}${up ? '增长' : '下降'}${round(Math.abs(rate), 1)}%。`;
    });
  const partsArticle = fc
    .record({ parts: fc.array(fc.integer({ min: 1, max: 50000 }), { minLength: 1, maxLength: 5 }), extra: fc.integer({ min: 0, max: 1000 }), unit: fc.constantFrom('个', '家', '名') })
    .map(({ parts, extra, unit }) => {
      const total = parts.reduce((a, b) => a + b, 0) + extra;
      const names = ['社会团体', '社会服务机构', '基金会', '行业协会', '商会'];
      const share = round((parts[0]! / total) * 100, 1);
      return `全市共登记社会组织${total}${unit}，其中${parts.map((part, i) => `${names[i]}${part}${unit}`).join('，')}。全市共有机构${total}${unit}，其中${names[0]}${parts[0]}${unit}，占${share}%。`;
    });
  const yearOnYearArticle = fc
    .record({ before: fc.integer({ min: 100, max: 900000 }), change: fc.integer({ min: 1, max: 90000 }), up: fc.boolean() })
    .filter(({ before, change, up }) => up || change < before)
    .map(({ before, change, up }) => {
      const level = up ? before + change : before - change;
      return `全县粮食产量${level}吨，比上年${up ? '增加' : '减少'}${change}吨，${up ? '增长' : '下降'}${round((change / before) * 100, 1)}%。`;
    });

  it.each([
    ['rates against their pair', rateArticle],
    ['parts and shares against their total', partsArticle],
    ['a rate against a level and its change', yearOnYearArticle],
  ])('%s', (_name, article) => {
    fc.assert(
      fc.property(article, (text) => {
        const flagged = checksOf(text).filter((check) => check.verdict === 'inconsistent');
        expect(flagged, text).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
