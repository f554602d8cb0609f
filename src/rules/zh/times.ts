// Chinese time expressions and the period each one names, resolved against the article date.
// Ordered: the first rule that matches at a position wins, so specific shapes come first.
import type { Rule } from '../rule.js';
import { parseChineseNumeral } from './numerals.js';
import { addDays } from '../dates.js';
import { holidayOf, holidayPart, holidayPeriod } from './holidays.js';

export interface Period {
  start: string;
  end: string;
}

/** A part of a holiday written after it: 前五天, 前5日, 头三天, 首日, 第三天. */
const HOLIDAY_PART = '(?<part>(?:前|头)(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})[天日]|首日|第(?:\\d{1,2}|[一二三四五六七八九十]{1,2})天)?';

export interface TimeContext {
  /** The article's publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The year the text reports on: the latest explicit year before the expression, else from the date. */
  reportYear: number | null;
  /** The page is in traditional characters: a bare 106年 there is a year of the ROC calendar. */
  traditional?: boolean;
  /** The latest year the text names before the expression, else the title's; null when neither names one. */
  namedYear?: number | null;
  /** The year the title names, for 今年/本年 on a page with no date. */
  titleYear?: number | null;
  /** The days of the holiday the text (or its title) last named, for 假期 said again. */
  holiday?: Period | null;
  /** The last single day the text named before the expression, for 当天 and 当日. */
  lastDay?: Period | null;
  /** The last period the text named before the expression (no base), for 在此期间. */
  lastPeriod?: Period | null;
  /** The month a fiscal year starts in where the page is: 4 in Hong Kong (April–March), else 1. */
  fiscalStart?: number;
}

/** Hong Kong's fiscal year runs April–March; the mainland's, Macau's and Taiwan's are calendar years. */
export function fiscalYearStart(norm: string): number {
  const hongKong = norm.match(/香港|港元|港币|特区政府|立法会|库务局|财政司/gu)?.length ?? 0;
  const macau = norm.match(/澳门|澳门元|澳门币/gu)?.length ?? 0;
  return hongKong > 0 && hongKong >= macau ? 4 : 1;
}

/** The fiscal year (of a page whose year starts in `startMonth`) that holds the date. */
function fiscalYearOf(date: string, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= startMonth ? year : year - 1;
}

/**
 * Verbs of a flow, an amount summed over time (累计发放, 接待游客, 完成投资): under 截至 a date, or
 * under 年末, the figure runs from the start of that year, where a stock (床位, 机构) is of the
 * point named (annotation guidelines §3, stocks and flows).
 */
export const FLOW_VERBS: readonly string[] = ['累计', '发放', '救助', '资助', '完成', '实现', '新增', '接待', '投入', '支出', '征收', '办理', '受理', '培训', '帮扶', '走访', '招聘', '销售', '收获', '追讨', '减免', '拨付', '筹集', '入住', '安置', '转移', '获得', '引进', '签约', '开工', '检查', '出动', '查处', '立案', '排查',
  // 截至目前，培育创业实体408个，创造就业岗位1374个，带动就业2540人: what a programme brought about.
  '培育', '创造', '带动', '帮助', '吸纳',
  // Visitors and traffic are counted over a span too (截至10月底，观光人数突破百万).
  '游客', '旅客', '观光', '客运', '货运', '吞吐',
  // Livestock slaughtered and goods shipped are counted over a span (6月末，生猪出栏1407头).
  '出栏', '出口', '进口',
  // People placed in work again over a span (12月末，下岗失业人员再就业37.8万人).
  '再就业'];

/**
 * Dashes that join the two ends of a date range as the hyphen does: 1–6月份 (en dash), 1‒6月 (figure
 * dash), 3−5月 (minus sign), as pages set in word processors write them. Read as '-' between digits,
 * so every range rule takes them.
 */
export const DATE_RANGE_DASH = /(?<=\d)[\u2010\u2011\u2012\u2013\u2015\u2212\ufe63](?=\d)/gu;

/** A period the text marks as unknown or future (下一步, 今后): it governs, with no time. */
export const NO_PERIOD = 'none' as const;

export interface TimeRule extends Rule {
  pattern: RegExp;
  resolve: (m: RegExpMatchArray, context: TimeContext) => Period | typeof NO_PERIOD | null;
  /** A period that runs up to the article date (以来, 起) needs it; others may not. */
}

function num(text: string): number | null {
  return /\d/u.test(text) ? Number(text) : parseChineseNumeral(text);
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
/** Months from–to of a year, from the first of the first to the last day of the last. */
export const monthRange = (y: number, from: number, to = from): Period => ({ start: day(y, from, 1), end: day(y, to, lastDay(y, to)) });
/** 上旬, 中旬, 下旬: the first, second and last ten days of a month (下旬 runs to its last day). */
const TEN_DAYS: Record<string, [number, number | null]> = { 上旬: [1, 10], 中旬: [11, 20], 下旬: [21, null] };
/** The month, or its ten days when a 旬 is named: 2020年5月下旬 → 21–31 May. */
const monthOrTenDays = (y: number, m: number, tenDays: string | undefined): Period => {
  const part = tenDays ? TEN_DAYS[tenDays] : undefined;
  return part ? { start: day(y, m, part[0]), end: day(y, m, part[1] ?? lastDay(y, m)) } : monthRange(y, m);
};
const yearRange = (from: number, to = from): Period => ({ start: day(from, 1, 1), end: day(to, 12, 31) });

/** The article's year; on a page with no date, the year its title names (§3: a page without a date takes its periods from its title). */
function pubYear(context: TimeContext): number | null {
  return context.published ? Number(context.published.slice(0, 4)) : (context.titleYear ?? null);
}

/** The year a report published on `published` looks back on: the year before for one out in January–March. */
export function publishedReportYear(published: string): number {
  const year = Number(published.slice(0, 4));
  return Number(published.slice(5, 7)) <= 3 ? year - 1 : year;
}

function pubMonth(context: TimeContext): number | null {
  return context.published ? Number(context.published.slice(5, 7)) : null;
}

/** A month with no year belongs to the article's year, or the year before if it is still ahead. */
/**
 * The year of a day named by month and day (11月17日): a day up to six months ahead of the article
 * is still to come this year (an announcement), one further ahead was last year.
 */
function yearForDay(month: number, context: TimeContext): number | null {
  const year = pubYear(context);
  const current = pubMonth(context);
  // A page without a date: the year its text reports on (its title, its headings, its last named year).
  if (year === null || current === null) return context.published ? null : context.reportYear;
  return month > current + 6 ? year - 1 : year;
}

function yearForMonth(month: number, context: TimeContext): number | null {
  const year = pubYear(context);
  const current = pubMonth(context);
  if (year === null || current === null) return context.published ? null : context.reportYear;
  return month > current ? year - 1 : year;
}

const QUARTERS: Record<string, [number, number]> = {
  一季度: [1, 3], 第一季度: [1, 3], 二季度: [4, 6], 第二季度: [4, 6], 三季度: [7, 9], 第三季度: [7, 9], 四季度: [10, 12], 第四季度: [10, 12],
  上半年: [1, 6], 下半年: [7, 12], 中期: [1, 6], 半年度: [1, 6],
  // Hong Kong releases write a quarter 第四季, without 度.
  第一季: [1, 3], 第二季: [4, 6], 第三季: [7, 9], 第四季: [10, 12], 前三季度: [1, 9], 前两季度: [1, 6], 首季度: [1, 3], 首两季度: [1, 6], 首三季度: [1, 9], 前三季: [1, 9],
};
// 中期 of company results (二零一八年中期业绩) is the first half year.
// 2023年半年度 (a listed company's half-year report and dividend) is the first half year too.
const PART_OF_YEAR = '(?<part>第?[一二三四1-4]季度|第[一二三四1-4]季(?![度节])|上半年|下半年|前三季度|前两季度|首[两三]?季度|前三季|中期(?=业绩|报告|财报|业绩报告)|半年度)(?<partEnd>末|底)?';

/** The months a part of the year spans; its end (二季度末, 上半年末) is its last month, as 年底 is December. */
function partMonths(m: RegExpMatchArray): [number, number] {
  // 第4季, 1季度: a quarter written with a digit, as Taiwan's statistics office writes it.
  const [from, to] = QUARTERS[m.groups!.part!.replace(/[1-4]/u, (digit) => '一二三四'[Number(digit) - 1]!)]!;
  return m.groups!.partEnd ? [to, to] : [from, to];
}

/**
 * A year of the ROC calendar (Taiwan): 民国 before it, or a part of the year after it (106年底,
 * 115年度, 112年3月), or on a traditional-script page a bare 2–3 digit year that lands within
 * forty years of the article's. Null when the number is no ROC year.
 */
function rocYear(m: RegExpMatchArray, context: TimeContext, explicitPart: boolean): number | null {
  const year = Number(m.groups!.y) + 1911;
  if (m.groups!.roc) return year;
  const published = pubYear(context);
  const plausible = published === null ? year >= 1941 && year <= 2060 : year >= published - 40 && year <= published + 2;
  if (!plausible) return null;
  return explicitPart || context.traditional ? year : null;
}

// A comma before the year is a thousands separator only after a digit (1,109年 is no year; 较低,109年度 is one).
const ROC = '(?<![\\d.])(?<!\\d,)(?<roc>民[国國])?(?<y>\\d{2,3})年';

const PLANS: Record<string, [number, number]> = { 十五: [2001, 2005], 十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030] };

const ex = (text: string) => [{ text, claim: null }];

/**
 * The n years a review looks back on (五年来, 过去五年), ending in the year it reports on. A review
 * published in January–March (一年来, 五年来 in a 政府工作报告 of March 2016) looks back on the years
 * just ended, and so does one that has just named the year before its own (一、2022年工作回顾…一年来).
 */
function lastYears(n: number | null, context: TimeContext, wholeYears = false): Period | null {
  const published = context.published ? Number(context.published.slice(0, 4)) : null;
  // On a page with no date, the year the text last named (2019年工作回顾 above 过去一年), else the title's.
  const year = published === null ? (context.reportYear ?? pubYear(context)) : context.reportYear === published - 1 ? published - 1 : publishedReportYear(context.published!);
  // 过去五年 in a report of July: the five whole years before the one under way.
  const partYear = wholeYears && published !== null && year === published && n !== null && n >= 2 && Number(context.published!.slice(5, 7)) <= 9;
  return year === null || !n ? null : partYear ? yearRange(year - n, year - 1) : yearRange(year - n + 1, year);
}

export const TIME_RULES: readonly TimeRule[] = [
  {
    id: 'time-roc-date',
    pattern: new RegExp(`${ROC}(?<m>\\d{1,2})月(?<d>\\d{1,2})日`, 'u'),
    resolve: (m, context) => {
      const year = rocYear(m, context, true);
      const [month, date] = [Number(m.groups!.m), Number(m.groups!.d)];
      return year === null || !validDay(year, month, date) ? null : { start: day(year, month, date), end: day(year, month, date) };
    },
    examples: ex('本市於民國99年12月25日改制為直轄市'),
  },
  {
    id: 'time-roc-year-month',
    pattern: new RegExp(`${ROC}(?<m>\\d{1,2})月(?:底|末|份)?`, 'u'),
    resolve: (m, context) => {
      const year = rocYear(m, context, true);
      const month = Number(m.groups!.m);
      return year === null || month < 1 || month > 12 ? null : monthRange(year, month);
    },
    examples: ex('112年1月起調高基本工資'),
  },
  {
    id: 'time-roc-year-end',
    pattern: new RegExp(`${ROC}(?:底|末)`, 'u'),
    resolve: (m, context) => {
      const year = rocYear(m, context, true);
      return year === null ? null : monthRange(year, 12);
    },
    examples: ex('至106年底人口已達278萬人'),
  },
  {
    id: 'time-roc-year-part',
    pattern: new RegExp(`${ROC}${PART_OF_YEAR}`, 'u'),
    resolve: (m, context) => {
      const year = rocYear(m, context, true);
      const [from, to] = partMonths(m);
      return year === null ? null : monthRange(year, from, to);
    },
    examples: ex('112年上半年出口成長5%'),
  },
  {
    // 115年度總預算: Taiwan's fiscal year is the calendar year.
    id: 'time-roc-year',
    pattern: new RegExp(`${ROC}(?<fiscal>度)?(?![来以内间多余])`, 'u'),
    resolve: (m, context) => {
      const year = rocYear(m, context, Boolean(m.groups!.fiscal));
      return year === null ? null : yearRange(year);
    },
    examples: [...ex('臺北市112年度總預算案歲入2098億元'), ...ex('民國106年全年自然增加人數7,434人')],
  },
  {
    id: 'time-date-since',
    pattern: /(?<y>\d{4})年(?<m>\d{1,2})月(?:(?<d>\d{1,2})日|(?<ten>[上中下]旬))?(?:起|以来|开始)/u,
    resolve: (m, context) =>
      context.published ? { start: m.groups!.d ? day(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)) : monthOrTenDays(Number(m.groups!.y), Number(m.groups!.m), m.groups!.ten).start, end: context.published } : null,
    examples: [...ex('自2023年7月1日起提高至每人每月780元'), ...ex('2023年8月下旬以来,全县累计降雨量410毫米')],
  },
  {
    // 截至2018年6月30日止六个月 (Hong Kong results, "six months ended 30 June 2018"): the months
    // that end on the day named.
    id: 'time-months-ended',
    pattern: /(?:截至|截止|至)(?:(?<y>\d{4})年|(?<which>今年|去年|上年))?(?<m>\d{1,2})月(?:(?<d>\d{1,2})日|底|末)?(?:(?:止|为止)的?|的)(?:(?<n>\d{1,2}|[一二两三四五六七八九十]{1,2})个月|(?<year>年度))/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const which = m.groups!.which;
      const y = m.groups!.y ? Number(m.groups!.y) : which ? (pubYear(context) === null ? null : pubYear(context)! - (which === '今年' ? 0 : 1)) : yearForMonth(month, context);
      if (y === null) return null;
      // 截至5月底止两个月, 至8月为止的十二个月: without a day, the months end with the month named.
      const date = m.groups!.d ? Number(m.groups!.d) : lastDay(y, month);
      // 截至2023年12月31日止年度: the year (twelve months) ended that day.
      const months = m.groups!.year ? 12 : num(m.groups!.n!);
      if (!validDay(y, month, date) || months === null || months < 1 || months > 24) return null;
      // Months that end on a month's last day start on the first of a month; others the day after the same day n months before.
      const start = date === lastDay(y, month) ? new Date(Date.UTC(y, month - months, 1)) : new Date(Date.UTC(y, month - 1 - months, date + 1));
      return { start: start.toISOString().slice(0, 10), end: day(y, month, date) };
    },
    examples: [...ex('截至2018年6月30日止六个月,集团收入12亿港元'), ...ex('截至今年5月底止两个月,录得赤字57亿元'), ...ex('至2015年8月为止的十二个月,物价平均指数上升5.21%'), ...ex('截至今年8月底的3个月,零售业总销货价值下跌3.8%'), ...ex('截至2023年12月31日止年度,集团收入为人民币2138百万元')],
  },
  {
    // 2022年第21周, 第21周 (weekly price and market reports): ISO week N, Monday to Sunday, of the
    // year named, else of the year the text speaks of.
    id: 'time-week-of-year',
    pattern: /(?:(?<y>\d{4})年(?:度)?)?第(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})周/u,
    resolve: (m, context) => {
      const week = num(m.groups!.n!);
      const year = m.groups!.y ? Number(m.groups!.y) : (context.namedYear ?? pubYear(context));
      if (year === null || week === null || week < 1 || week > 53) return null;
      // Week 1 is the week that holds 4 January.
      const january4 = day(year, 1, 4);
      const monday = addDays(january4, (week - 1) * 7 - ((new Date(`${january4}T00:00:00Z`).getUTCDay() + 6) % 7));
      return { start: monday, end: addDays(monday, 6) };
    },
    examples: ex('2022年第21周,全市仔猪零售均价27.92元/公斤'),
  },
  {
    // 2015年4月4-6日, 2015年4月4日至6日: days of one month.
    id: 'time-year-month-day-range',
    pattern: /(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日?(?:至|到|[-—~～])(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日/u,
    resolve: (m) => {
      const [y, month, month2] = [Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.m2 ?? m.groups!.m)];
      if (!validDay(y, month, Number(m.groups!.d)) || !validDay(y, month2, Number(m.groups!.d2))) return null;
      const [start, end] = [day(y, month, Number(m.groups!.d)), day(y, month2, Number(m.groups!.d2))];
      return start <= end ? { start, end } : null;
    },
    examples: ex('2015年4月4-6日,访港旅客46.8万人次'),
  },
  {
    id: 'time-year-month-day',
    pattern: /(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日/u,
    resolve: (m) => {
      const date = day(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
      return { start: date, end: date };
    },
    examples: ex('截至2020年11月30日,全市共有养老机构126家'),
  },
  {
    id: 'time-year-month-range',
    pattern: /(?<y>\d{4})年(?<m1>\d{1,2})[-—~～至到](?<m2>\d{1,2})月/u,
    resolve: (m) => monthRange(Number(m.groups!.y), Number(m.groups!.m1), Number(m.groups!.m2)),
    examples: ex('2023年1-10月,全市新增就业2.1万人'),
  },
  {
    id: 'time-year-month',
    pattern: /(?<y>\d{4})年(?<m>\d{1,2})月(?:底|末|份|(?<ten>[上中下]旬))?/u,
    resolve: (m) => monthOrTenDays(Number(m.groups!.y), Number(m.groups!.m), m.groups!.ten),
    examples: [...ex('截止2020年11月,全市已建成街道养老服务指导中心59家'), ...ex('2021年3月中旬,重点钢铁企业日产粗钢230万吨')],
  },
  {
    id: 'time-year-part',
    pattern: new RegExp(`(?<y>\\d{4})年${PART_OF_YEAR}`, 'u'),
    resolve: (m) => {
      const [from, to] = partMonths(m);
      return monthRange(Number(m.groups!.y), from, to);
    },
    examples: [...ex('2023年上半年,全市城镇新增就业1.2万人'), ...ex('公司已于2023年半年度实施利润分配方案')],
  },
  {
    id: 'time-year-end',
    pattern: /(?<y>\d{4})年(?:底|末|年底|年末)/u,
    resolve: (m) => monthRange(Number(m.groups!.y), 12),
    examples: ex('2020年底,全市有1573人享受孤儿保障'),
  },
  {
    // 2023-24年度, 2024/25财政年度 on a Hong Kong page: April 2023 – March 2024; 2023-2024学年: September–August.
    id: 'time-split-year',
    pattern: /(?<y1>(?:19|20)\d{2}) ?[-—–\/至~～] ?(?<y2>(?:19|20)?\d{2})(?<kind>财政年度|年度|学年)/u,
    resolve: (m, context) => {
      const first = Number(m.groups!.y1);
      const second = m.groups!.y2!.length === 2 ? Math.floor(first / 100) * 100 + Number(m.groups!.y2) : Number(m.groups!.y2);
      if (second !== first + 1) return null;
      if (m.groups!.kind === '学年') return { start: day(first, 9, 1), end: day(second, 8, 31) };
      const startMonth = context.fiscalStart ?? 1;
      return startMonth === 1 ? null : { start: day(first, startMonth, 1), end: day(second, startMonth - 1, lastDay(second, startMonth - 1)) };
    },
    examples: ex('2023-2024学年全市共有在校生12万人'),
  },
  {
    // 本财政年度, 今个财政年度首两个月: the fiscal year the article is written in (April–March in Hong Kong).
    id: 'time-this-fiscal-year',
    pattern: /(?:本|今个|今|这个)财政年度(?:首(?<n>\d{1,2}|[一二两三四五六七八九十]{1,2})个月)?/u,
    resolve: (m, context) => {
      if (!context.published) return null;
      const startMonth = context.fiscalStart ?? 1;
      const first = fiscalYearOf(context.published, startMonth);
      const months = m.groups!.n ? num(m.groups!.n) : 12;
      if (!months || months > 12) return null;
      const endMonth = ((startMonth - 1 + months - 1) % 12) + 1;
      const endYear = first + Math.floor((startMonth - 1 + months - 1) / 12);
      return { start: day(first, startMonth, 1), end: day(endYear, endMonth, lastDay(endYear, endMonth)) };
    },
    examples: [...ex('本财政年度为法官加薪4.41%'), ...ex('今个财政年度首两个月的整体支出387亿元')],
  },
  {
    id: 'time-year-range',
    pattern: /(?<y1>\d{4})年?[-—~～至到](?<y2>\d{4})年/u,
    resolve: (m) => yearRange(Number(m.groups!.y1), Number(m.groups!.y2)),
    examples: ex('2019-2021年累计投入资金3.2亿元'),
  },
  {
    id: 'time-year-since',
    pattern: /(?<y>\d{4})年(?:以来|起|开始|来)/u,
    resolve: (m, context) => (context.published ? { start: day(Number(m.groups!.y), 1, 1), end: context.published } : null),
    examples: ex('2013年起全面实施殡葬基本公共服务惠民工程'),
  },
  {
    id: 'time-year',
    // 2021年6.72张 is a year and its figure; 2021年6月 and 2021年1-5月 are read by the rules for months.
    pattern: /(?<y>(?:19|20)\d{2})年(?!\d{1,2}(?:月|季|[-—~～至到]))/u,
    resolve: (m) => yearRange(Number(m.groups!.y)),
    examples: ex('2018年市辖县实现城乡低保标准统筹'),
  },
  {
    id: 'time-plan-period',
    pattern: /[“"]?(?<plan>十[一二三四五]?五)[”"]?(?<when>期间|时期|以来|规划期)/u,
    resolve: (m, context) => {
      const years = PLANS[m.groups!.plan!];
      if (!years) return null;
      if (m.groups!.when === '以来' && context.published) return { start: day(years[0], 1, 1), end: context.published };
      return yearRange(years[0], years[1]);
    },
    examples: ex('“十三五”期间,合肥市民政局秉持工作理念'),
  },
  {
    id: 'time-last-n-years',
    pattern: /(?<near>近|过去)?(?<n>\d{1,2}|[一二两三四五六七八九十])年多?(?:来|以来)/u,
    resolve: (m, context) => lastYears(num(m.groups!.n!), context),
    examples: [...ex('五年来,共发放临时救助金13830.6万元'), ...ex('一年来,累计组织应急会商185次')],
  },
  {
    // 过去五年, 这五年 without 来, and a review's 这是…的五年。 that names them again: the same years as 五年来.
    id: 'time-past-n-years',
    pattern: /(?:(?:过去的?|这)(?<n>\d{1,2}|[一二两三四五六七八九十])年(?![来以度底末前后级内间期])|的(?<m>[两三四五六七八九十])年(?=[。！\n]|$))/u,
    resolve: (m, context) => lastYears(num((m.groups!.n ?? m.groups!.m)!), context, true),
    examples: [...ex('过去五年,全县累计完成固定资产投资818亿元'), ...ex('这是综合实力显著增强的五年。地区生产总值达到325亿元')],
  },
  {
    id: 'time-month-range',
    pattern: /(?<![\d.年])(?<m1>\d{1,2})月?[-—~～至到](?<m2>\d{1,2})月(?!\d{0,2}日)/u,
    resolve: (m, context) => {
      const to = Number(m.groups!.m2);
      const year = yearForMonth(to, context);
      return year === null ? null : monthRange(year, Number(m.groups!.m1), to);
    },
    examples: [...ex('1-10月,全市规模以上工业增加值增长5.2%'), ...ex('失业率由6月至8月的3.7%上升至7月至9月的3.9%')],
  },
  {
    id: 'time-until-month-day',
    pattern: /(?:截至|截止|截止到|到)(?<m>\d{1,2})月(?<d>\d{1,2})日/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const year = yearForMonth(month, context);
      return year === null ? null : { start: day(year, month, Number(m.groups!.d)), end: day(year, month, Number(m.groups!.d)) };
    },
    examples: ex('截至8月20日,156个小区已全部开工'),
  },
  {
    // 5月20日至31日, 11月17日至11月21日: a span of days (year as for a single day, below).
    id: 'time-month-day-range',
    pattern: /(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})日?(?:至|到|[-—~～])(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const month2 = m.groups!.m2 ? Number(m.groups!.m2) : month;
      const year = yearForDay(month, context);
      if (year === null || !validDay(year, month, Number(m.groups!.d)) || !validDay(year, month2, Number(m.groups!.d2))) return null;
      return { start: day(year, month, Number(m.groups!.d)), end: day(year, month2, Number(m.groups!.d2)) };
    },
    examples: ex('5月20日至31日,4个收费站封闭'),
  },
  {
    // 5月9日，学校举办双选会: a day, in the article's year unless more than six months ahead of it.
    id: 'time-month-day',
    pattern: /(?<![\d年一二三四五六七八九十〇○零])(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?!前|以前|之前)/u,
    resolve: (m, context) => {
      // 十月三日: a date in numerals, as Hong Kong and Macau papers write it.
      const month = num(m.groups!.m!) ?? 0;
      const year = yearForDay(month, context);
      const date = num(m.groups!.d!) ?? 0;
      return year === null || !validDay(year, month, date) ? null : { start: day(year, month, date), end: day(year, month, date) };
    },
    examples: [...ex('5月9日,35家企业参与招聘'), ...ex('十月三日A级景区接待游客243.57万人次')],
  },
  {
    // 人社部等四部门3日下发通知: news name a day of the current month by its number alone.
    id: 'time-day-of-month',
    pattern: /(?<![\d月年号第每近前后连续数几期时])(?<d>[1-9]|[12]\d|3[01])日(?![内起以])/u,
    resolve: (m, context) => {
      if (!context.published) return null;
      let year = Number(context.published.slice(0, 4));
      let month = Number(context.published.slice(5, 7));
      const date = Number(m.groups!.d);
      // A day after the article's own is in the month before.
      if (date > Number(context.published.slice(8, 10))) {
        month -= 1;
        if (month === 0) {
          month = 12;
          year -= 1;
        }
      }
      return validDay(year, month, date) ? { start: day(year, month, date), end: day(year, month, date) } : null;
    },
    examples: ex('人社部等四部门3日下发通知'),
  },
  {
    id: 'time-month-end',
    pattern: /(?<![\d年])(?<m>\d{1,2})月(?:末|底|份|单月|当月|(?<ten>[上中下]旬))/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const year = yearForMonth(month, context);
      return year === null ? null : monthOrTenDays(year, month, m.groups!.ten);
    },
    examples: [...ex('5月末,全市金融机构本外币各项存款余额6843.2亿元'), ...ex('4月单月,进出口增长8%'), ...ex('7月上旬,全省平均降水量58毫米')],
  },
  {
    // 8月，全国平均气温21.1℃: a month written alone is that month of the article's year (of the
    // year before when it is still to come). It opens a clause or follows 在/于; inside a phrase
    // (跻身11月热门目的地) it names the noun, not the period.
    id: 'time-month',
    pattern: /(?<=^|[，,。；;：:\n\s（(“"、]|在|于|截至|截止到?)(?<m>1[0-2]|[1-9])月(?![\d日号初中旬])/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const year = yearForMonth(month, context);
      return year === null ? null : monthRange(year, month);
    },
    examples: ex('8月,全国平均气温为21.1℃'),
  },
  {
    id: 'time-until-month-end',
    pattern: /(?:截至|截止|截止到|到)(?<m>\d{1,2})月(?:底|末)?/u,
    resolve: (m, context) => {
      const month = Number(m.groups!.m);
      const year = yearForMonth(month, context);
      return year === null ? null : monthRange(year, month);
    },
    examples: ex('截至10月底,全市城镇新增就业3.1万人'),
  },
  {
    id: 'time-part-of-this-year',
    pattern: new RegExp(`(?<this>今年|本年度?)?${PART_OF_YEAR}`, 'u'),
    resolve: (m, context) => {
      const [from, to] = partMonths(m);
      const year = yearForMonth(to, context);
      return year === null ? null : monthRange(year, from, to);
    },
    examples: ex('上半年,全市城镇新增就业1.2万人'),
  },
  {
    // 去年11月至今年1月: three months across the turn of the year, as Hong Kong's labour figures are given.
    id: 'time-months-across-years',
    pattern: /(?:去年|上年)(?<m1>\d{1,2})月?(?:至|到|-|—|~|～)(?:今年|本年)(?<m2>\d{1,2})月(?!\d{0,2}日)/u,
    resolve: (m, context) => {
      const year = pubYear(context);
      const [from, to] = [Number(m.groups!.m1), Number(m.groups!.m2)];
      if (year === null || from < 1 || from > 12 || to < 1 || to > 12 || to >= from) return null;
      return { start: monthRange(year - 1, from).start, end: monthRange(year, to).end };
    },
    examples: [...ex('香港去年11月至今年1月的失業率為2.9%')],
  },
  {
    id: 'time-this-year-month',
    pattern: /(?<which>今年|本年|去年|上年)(?<m>\d{1,2})(?:月?(?:至|到|-|—|~|～)(?<m2>\d{1,2}))?月(?:(?<d>\d{1,2})日|底|末|份)?/u,
    resolve: (m, context) => {
      const year = pubYear(context);
      if (year === null) return null;
      const named = /去年|上年/u.test(m.groups!.which!) ? year - 1 : year;
      const [month, date] = [Number(m.groups!.m), Number(m.groups!.d)];
      // 今年1月至3月, 今年1-6月: the months from the first to the last.
      if (m.groups!.m2 !== undefined) {
        const last = Number(m.groups!.m2);
        return m.groups!.d === undefined && month >= 1 && last <= 12 && month <= last ? monthRange(named, month, last) : null;
      }
      if (m.groups!.d === undefined) return monthRange(named, month);
      return validDay(named, month, date) ? { start: day(named, month, date), end: day(named, month, date) } : null;
    },
    examples: [...ex('截至今年9月底,全市养老床位达到5.86万张'), ...ex('今年3月12日,全市新增就业岗位1200个')],
  },
  {
    // 春节期间, “五一”假期, 2023年中秋国庆假期: the days off that year (rules/zh/holidays.ts). The
    // year is the one written, else the one the text speaks of, else the latest such holiday on
    // or before the article date.
    id: 'time-holiday',
    pattern: new RegExp(`(?:(?<y>\\d{4})年|(?<this>今年|本年))?[“"「]?(?<h>元旦|春节|清明节?|五一(?:劳动节|国际劳动节)?|劳动节|端午节?|中秋(?:节)?(?:、|和|及)?(?:国庆节?)?|国庆节?|双节)[”"」]?(?:小长假|长假|假期|黄金周|节日期间|节假日期间|期间|假日)${HOLIDAY_PART}`, 'u'),
    resolve: (m, context) => {
      const holiday = holidayOf(m.groups!.h!);
      if (!holiday) return null;
      const named = m.groups!.y ? Number(m.groups!.y) : m.groups!.this ? pubYear(context) : (context.namedYear ?? null);
      let period: Period | null;
      if (named !== null) period = holidayPeriod(holiday, named);
      else {
        const year = pubYear(context);
        if (year === null) return null;
        const thisYear = holidayPeriod(holiday, year);
        period = thisYear && thisYear.start <= context.published! ? thisYear : holidayPeriod(holiday, year - 1);
      }
      return period && holidayPart(period, m.groups!.part, num);
    },
    examples: [...ex('春节期间,全市接待游客121万人次'), ...ex('“五一”假期,全市旅游总收入8.5亿元'), ...ex('中秋国庆假期,全市接待游客98万人次'), ...ex('双节假期前五天,全省接待游客1197万人次')],
  },
  {
    // 假期前五天, 这个假期, 假期首日: the break the text (or its title) last named.
    id: 'time-holiday-again',
    pattern: new RegExp(`(?:这个|本次|此次|今年)?(?:小长假|长假|假期|黄金周)${HOLIDAY_PART}`, 'u'),
    resolve: (m, context) => (context.holiday ? holidayPart(context.holiday, m.groups!.part, num) : null),
    examples: [{ text: '国庆假期全市接待游客98万人次。假期首日,全市15家景区接待游客7万人次', claim: null }],
  },
  {
    id: 'time-whole-year',
    pattern: /(?<![今去上本])(?:全年|年末|年底)/u,
    resolve: (m, context) => {
      const year = context.reportYear;
      if (year === null) return null;
      return m[0] === '全年' ? yearRange(year) : monthRange(year, 12);
    },
    examples: ex('全年实现地区生产总值4862.37亿元'),
  },
  {
    // 今后五年, 未来三年 in a report: the years a plan sets out, from the year of the report on.
    id: 'time-next-n-years',
    pattern: /(?:今后|未来)(?<n>\d{1,2}|[一二两三四五六七八九十])年(?![前后底末度级])/u,
    resolve: (m, context) => {
      const [year, n] = [pubYear(context), num(m.groups!.n!)];
      return year === null || !n ? null : yearRange(year, year + n - 1);
    },
    examples: ex('今后五年,全市地区生产总值年均增长7%'),
  },
  {
    // (未来产业, the industries of the future, names no time.)
    id: 'time-future',
    pattern: /下一步|今后|未来(?!产业)(?:[一二三四五\d]+年)?/u,
    resolve: () => NO_PERIOD,
    examples: ex('下一步,将从三个方面持续发力'),
  },
  {
    id: 'time-first-n-months',
    // 先前3个月, 之前两个月: months before a time, no months of a year.
    pattern: /(?<y>\d{4}年)?(?<![先之此以提])[前首](?<n>\d{1,2}|[一二两三四五六七八九十]{1,2})个?月/u,
    resolve: (m, context) => {
      const n = num(m.groups!.n!);
      if (!n || n > 12) return null;
      const year = m.groups!.y ? Number(m.groups!.y.slice(0, 4)) : yearForMonth(n, context);
      return year === null ? null : monthRange(year, 1, n);
    },
    examples: ex('前4个月,我国货物贸易进出口总值13.81万亿元'),
  },
  {
    id: 'time-party-congress',
    pattern: /(?:党的)?(?<congress>十八大|十九大|二十大)以来/u,
    resolve: (m, context) => {
      const start = ({ 十八大: '2012-11-08', 十九大: '2017-10-18', 二十大: '2022-10-16' } as Record<string, string>)[m.groups!.congress!]!;
      return context.published ? { start, end: context.published } : null;
    },
    examples: ex('党的十八大以来,先后5次赴河南考察'),
  },
  {
    id: 'time-last-year',
    // 上年结转, 上年结余: a budget's carry-over is a kind of money, not a period.
    pattern: /(?:去年度?|上年度?|上一年度?)(?!同期|结转|结余|结存)(?<end>底|末)?/u,
    resolve: (m, context) => {
      // 去年 is the year before the article's; 上年 the year before the one the text reports on.
      const year = m[0].startsWith('去') ? pubYear(context) : (context.reportYear ?? pubYear(context));
      if (year === null) return null;
      return m.groups!.end ? monthRange(year - 1, 12) : yearRange(year - 1);
    },
    examples: ex('去年全市接待游客1200万人次'),
  },
  {
    id: 'time-this-year',
    pattern: /(?:今年|本年度|本年)(?:以来|起|开始)?/u,
    resolve: (m, context) => {
      const year = pubYear(context);
      if (year === null) return null;
      return /(?:以来|起|开始)$/u.test(m[0]) && context.published ? { start: day(year, 1, 1), end: context.published } : yearRange(year);
    },
    examples: ex('今年以来,全市新增市场主体1.2万户'),
  },
  {
    // 明年度總預算, 明年全市地区生产总值预期增长6%: the year after the article's. Without a date of
    // publication the year a title names is often that next year itself (104年度總預算案), so none.
    id: 'time-next-year',
    pattern: /明年度?/u,
    resolve: (_m, context) => (context.published ? yearRange(Number(context.published.slice(0, 4)) + 1) : null),
    examples: ex('明年度總預算高達366億元'),
  },
  {
    // 昨日签约的项目, 今日公布: a day counted from the article's date (今天 in prose is as often "nowadays", so only 今日 is read).
    id: 'time-relative-day',
    pattern: /(?:今日|昨日|昨天|前日|前天)(?!头条)/u,
    resolve: (m, context) => {
      if (!context.published) return null;
      const back = /^今/u.test(m[0]) ? 0 : /^昨/u.test(m[0]) ? 1 : 2;
      const date = addDays(context.published, -back);
      return { start: date, end: date };
    },
    examples: ex('昨日签约项目12个,总投资86亿元'),
  },
  {
    // 记者18日获悉，近两天重庆发生的洪涝: the days up to the day the text last named (else the article's).
    id: 'time-recent-days',
    pattern: /(?<=^|[，,。；;：:\s])近(?<n>[两二三四五六七八九十]|\d{1,2})(?:天|日)(?![内来以])/u,
    resolve: (m, context) => {
      const end = context.lastDay?.end ?? context.published;
      const n = num(m.groups!.n!);
      return end && n ? { start: addDays(end, -(n - 1)), end } : null;
    },
    examples: ex('记者18日获悉，近两天全市降雨造成12人受灾'),
  },
  {
    // 19日加开会议……当天，财委会通过: 当天 is the day the text last named, and names none when it named none.
    id: 'time-that-day',
    pattern: /当天|当日|同日/u,
    resolve: (_m, context) => context.lastDay ?? null,
    examples: ex('12日举办开幕式。当天,全市共接待游客12.6万人次'),
  },
  {
    // 香港去年11月至今年1月的失業率……在此期間總就業人數增加: the period the text last named, across paragraphs.
    id: 'time-this-period',
    pattern: /(?:在|于)?(?:此|这一?|该)(?:期间|时期|段时间)/u,
    resolve: (_m, context) => context.lastPeriod ?? null,
    examples: ex('去年11月至今年1月失业率为2.9%。\n在此期间总就业人数增加1.15万人'),
  },
  {
    id: 'time-now',
    // 体现在, 出现在 are no 现在.
    pattern: /(?:截至|截止|截止到|到)?(?:目前|当前|现阶段|(?<![体出表实呈发])现在|如今|现时(?=[共有已仍约达为，,\d]))/u,
    resolve: (_m, context) => (context.published ? { start: context.published, end: context.published } : null),
    examples: ex('截止目前,合肥市已有国家级示范企业6家'),
  },
];
