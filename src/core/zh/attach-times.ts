// time (zh): claim drafts → drafts with the period each refers to, and how it was found.
// Finds every time expression in the article (rules/zh/times.ts), resolves it against the
// article date, and gives each claim the nearest governing one: the closest before it in its
// sentence, else the closest in an earlier sentence of its paragraph, else the period of the
// section heading above it, else the title's (annotation guidelines §3). A comparison base
// (比上年, 较2019年, 为2012年的) is not a period, except for the figure that is the base value.
// Then what the claim's own grammar says: 去年同期, from/to over several years, 连续N年, and
// flows summed up to a 截至 date. One pass over claims and expressions in order: linear time.
import type { ClaimDraft, DocumentState } from '../document.js';
import type { ClaimTime, TimeSource } from '../schema.js';
import { DATE_RANGE_DASH, FLOW_VERBS, NO_PERIOD, TIME_RULES, fiscalYearStart, monthRange, publishedReportYear, type Period, type TimeContext } from '../../rules/zh/times.js';
import { holidayOf, holidayPeriod } from '../../rules/zh/holidays.js';
import { isTraditional, normaliseForRules } from './find-numbers.js';
import { toSimplified } from './simplify-chinese.js';
import { parseChineseNumeral, toHalfWidth } from '../../rules/zh/numerals.js';
import { lastAtOrBefore } from '../sorted.js';
import { countByState } from './attach-structure.js';
import { monthFromUrl, namesOnlyOlderYears } from '../parse/find-article-date.js';

export interface TimeExpression extends Omit<ClaimTime, 'source'> {
  ruleId: string;
  /** False for 下一步/今后: the expression governs, but names no period. */
  known: boolean;
  /** A comparison base (比上年, 较2019年): it governs only the figure written right after it. */
  base: boolean;
  /** A time naming a plan (全年目标任务): a base-like expression bound only to the plan's figure. */
  plan?: boolean;
  /** 2023年同期: a base that names the governing period in another year. */
  sameSpan?: boolean;
  /** 预计全年: the whole year a forecast is for, which governs only its own sentence. */
  forecast?: boolean;
}

/** The time rules' patterns with the global flag, compiled once for matchAll. */
const GLOBAL_PATTERNS = TIME_RULES.map((rule) => new RegExp(rule.pattern.source, 'gu'));

/** Words right before an expression that make it a comparison base: 比上年, 较2019年, 同去年, 接近去年. */
const COMPARISON_BASE = /(?:比|较|同比|相比|相较|对比|与|和|同|高于|低于|快于|慢于|高出|低出|超过|超出|多于|少于|接近)$/u;
/** A base named further back in its clause: 比地震前的2007年, 相对于2007年, 为2012年的2.26倍 (占比, 比重 and 比例 compare nothing). */
const FORECAST_AFTER = /^的?(?:预测|预估|概估|初估)/u;
/** 预计全年, 预计今年, 有望全年: the time a forecast is made for, written after the word of forecasting. */
const FORECAST_BEFORE = /(?:预计|预测|预估|估计|有望)$/u;
/** 與上一期(7月至9月)持平, 较去年同期(二○一四年四月五日至七日): the dates of a base, in brackets after its name. */
const BRACKETED_BASE = /(?:上一期|前一期|上期|去年同期|上年同期|同期|上月|上季度?|上年|去年)\s?[（(]$/u;
const COMPARISON_LEAD = /(?:(?<!占)比(?![重例率])|较|相比于?|相较于?|相对于|对比)[^，,。；;：:！？\d]{0,8}$/u;
/** 常年同期(105.3毫米), 多年平均值为: the figure right after a climate normal is that normal. */
const CLIMATE_NORMAL = /(?:常年|多年平均|历年平均)(?:同期)?(?:值|水平)?(?:为|是)?[（(]?$/u;
const MULTIPLE_OF_BASE = /^(?:同期)?(?:的|水平的)?(?:\d+(?:\.\d+)?|[零〇○一二两三四五六七八九十百点])+倍/u;

/**
 * Text inside 《…》 is a title: 《建设规划(2019-2021年)》 names a document, not a period. Asked in
 * text order, it walks the marks once with cursors (a search back per expression would make a
 * long page quadratic).
 */
function titleMarks(norm: string): (at: number) => boolean {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = norm.indexOf('《'); i >= 0; i = norm.indexOf('《', i + 1)) opens.push(i);
  for (let i = norm.indexOf('》'); i >= 0; i = norm.indexOf('》', i + 1)) closes.push(i);
  let o = 0;
  let c = 0;
  return (at) => {
    while (o < opens.length && opens[o]! <= at) o++;
    while (c < closes.length && closes[c]! <= at) c++;
    const lastOpen = o > 0 ? opens[o - 1]! : -1;
    const lastClose = c > 0 ? closes[c - 1]! : -1;
    return lastOpen >= 0 && lastClose < lastOpen && (c < closes.length || lastClose === at);
  };
}

const YEAR_MENTION = /((?:19|20)\d{2}) ?年/gu;
// 二O二三年: documents often write the zero of a year as a Latin O.
const NUMERAL_YEAR_MENTION = /((?:一九|二[〇○零OＯ])[零〇○OＯ一二三四五六七八九]{2})年/gu;

/** A space inside a date (8 月, 103 年 12 月), as pages that set a space around every figure write it. */
const SPACE_IN_DATE = /(?<=\d) (?=[年月日号])|(?<=[年月]) (?=\d)/gu;

const NUMERAL_DIGIT: Record<string, string> = { '零': '0', '〇': '0', '○': '0', O: '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
// 一一四年度 (Taiwan): a year of the ROC calendar in numerals, read by the ROC rules once in digits.
// 九十四年度 (Taiwan): an ROC year before 100 written with 十, named as a fiscal year.
const NUMERAL_YEAR = '(?:(?:一九|二[零〇○OＯ])[零〇○OＯ一二三四五六七八九]{2}|(?<![一二三四五六七八九十百千])一[零〇○一][零〇○一二三四五六七八九](?=年度)|(?<![一二三四五六七八九十百千])[五六七八九]十[一二三四五六七八九]?(?=年度))年';
const NUMERAL_MONTH = '(?:十[一二]?|[一二三四五六七八九])月';
const NUMERAL_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]';
/**
 * A date written in numerals, as formal documents and Hong Kong and Taiwan pages write them:
 * 二〇二三年, 二零一八年六月三十日, 十月一日. A month alone (六月) is left as it is: 五月天 and 十月怀胎
 * are no dates.
 */
const NUMERAL_DAY_RANGE = `(?:${NUMERAL_DAY.replace('[日号]', '[日号]?')}(?:至|到|[-—~～])(?:${NUMERAL_MONTH})?${NUMERAL_DAY}|${NUMERAL_DAY})`;
/** 一至五月, 一月至十月: a run of months in numerals, as Macau's and Hong Kong's releases write them. */
const NUMERAL_MONTH_RANGE = `(?<![一二三四五六七八九十第周])(?:十[一二]?|[一二三四五六七八九])月?(?:至|到|[-—~～])${NUMERAL_MONTH}(?![一二三四五六七八九十]+[日号])`;
const NUMERAL_DATE = new RegExp(`${NUMERAL_YEAR}(?:${NUMERAL_MONTH}(?:${NUMERAL_DAY_RANGE})?)?|(?<![一二三四五六七八九十])${NUMERAL_MONTH}${NUMERAL_DAY_RANGE}|${NUMERAL_MONTH_RANGE}`, 'gu');

/** 十二 → 12, 三十一 → 31, 二〇二三 → 2023: the numeral of a date part in digits. */
function digitsOf(numeral: string): string {
  if (!numeral.includes('十')) return [...numeral].map((ch) => NUMERAL_DIGIT[ch] ?? ch).join('');
  const [tens, units] = numeral.split('十') as [string, string];
  return `${tens ? NUMERAL_DIGIT[tens] : '1'}${units ? NUMERAL_DIGIT[units] : '0'}`;
}

/** 二零一八年六月三十日 → 2018年6月30日. */
function dateInDigits(date: string): string {
  return date.replace(/[零〇○OＯ一二三四五六七八九十]+(?=[年月日号至到\-—~～])/gu, (numeral) => digitsOf(numeral));
}

/**
 * The text as the time rules read it — spaces inside dates taken out, dates in numerals written in
 * digits — and the way back from a position in it to the character of the text it came from.
 * Each character written maps to the one it stands for, and an edit's last character to the
 * edit's last, so a span's end is kept. The way back is kept as runs (an unchanged stretch, or
 * one edit), found by binary search, rather than one entry per character of a long page.
 */
function readableDates(text: string): { text: string; at: (index: number) => number } {
  if (!SPACE_IN_DATE.test(text) && !NUMERAL_DATE.test(text)) return { text, at: (index) => index };
  SPACE_IN_DATE.lastIndex = 0;
  NUMERAL_DATE.lastIndex = 0;
  let out = '';
  // Run r covers out[runStarts[r], runStarts[r + 1]): unchanged from text[runFrom[r]], or (runEditEnd[r] > 0) an edit of text[runFrom[r], runEditEnd[r]).
  const runStarts: number[] = [];
  const runFrom: number[] = [];
  const runEditEnd: number[] = [];
  const addRun = (length: number, from: number, editEnd: number) => {
    if (length === 0) return;
    runStarts.push(out.length);
    runFrom.push(from);
    runEditEnd.push(editEnd);
  };
  let cursor = 0;
  const edits = [
    ...[...text.matchAll(SPACE_IN_DATE)].map((m) => ({ start: m.index!, end: m.index! + 1, with: '' })),
    ...[...text.matchAll(NUMERAL_DATE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, with: dateInDigits(m[0]) })),
  ].sort((a, b) => a.start - b.start);
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    addRun(edit.start - cursor, cursor, 0);
    out += text.slice(cursor, edit.start);
    addRun(edit.with.length, edit.start, edit.end);
    out += edit.with;
    cursor = edit.end;
  }
  addRun(text.length - cursor, cursor, 0);
  out += text.slice(cursor);
  const written = out.length;
  return {
    text: out,
    at: (index) => {
      if (index >= written) return text.length + index - written;
      const low = lastAtOrBefore(runStarts, index);
      const offset = index - runStarts[low]!;
      const from = runFrom[low]!;
      const editEnd = runEditEnd[low]!;
      if (editEnd === 0) return from + offset;
      const runEnd = low + 1 < runStarts.length ? runStarts[low + 1]! : written;
      return offset === runEnd - runStarts[low]! - 1 ? editEnd - 1 : Math.min(from + offset, editEnd - 1);
    },
  };
}

/**
 * Finds every time expression in `norm[from, to)`, leftmost-longest, the first rule winning at
 * each position. A bare 全年/年末 is resolved with the year the text reports on there: the
 * latest year (up to the article's own) named before it, else the fallback year (the title's),
 * else the article's year (the year before, for a report out in January–March).
 */
export function findTimeExpressions(norm: string, context: Omit<TimeContext, 'reportYear'> & { fallbackYear?: number | null; undatedYear?: number | null; fallbackHoliday?: Period | null }, from = 0, to = norm.length): TimeExpression[] {
  const found: TimeExpression[] = [];
  const readable = readableDates(norm.slice(from, to));
  // One character for one: the way back from a position stays the same.
  const [text, at] = [readable.text.replace(DATE_RANGE_DASH, '-'), readable.at];
  const hits: { start: number; end: number; rule: number; m: RegExpMatchArray }[] = [];
  GLOBAL_PATTERNS.forEach((global, index) => {
    for (const m of text.matchAll(global)) hits.push({ start: from + at(m.index!), end: from + at(m.index! + m[0].length - 1) + 1, rule: index, m });
  });
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rule - b.rule);
  const limit = context.published ? Number(context.published.slice(0, 4)) : Infinity;
  const years = [...norm.matchAll(YEAR_MENTION), ...norm.matchAll(NUMERAL_YEAR_MENTION)]
    .map((m) => ({ at: m.index!, year: Number(/\d/u.test(m[1]!) ? m[1] : digitsOf(m[1]!)) }))
    .filter((y) => y.year <= limit)
    // 比二○二二年、二○一九年分别增长, 与2019年同期相比: a comparison base is not the year the text speaks of.
    .filter((y) => !COMPARISON_BASE.test(norm.slice(Math.max(0, y.at - 3), y.at)) && !COMPARISON_LEAD.test(norm.slice(Math.max(0, y.at - 10), y.at)) && !/^(?:同期|、)/u.test(norm.slice(y.at + 5, y.at + 7)) && !PRICE_YEAR.test(norm.slice(y.at + 5, y.at + 13)))
    .sort((a, b) => a.at - b.at);
  // Hits and year mentions are both in text order: one cursor over the years keeps this linear.
  let yearCursor = 0;
  let latestYear = -Infinity;
  let cursor = -1;
  let holiday = context.fallbackHoliday ?? null;
  let lastDay: Period | null = null;
  let lastPeriod: Period | null = null;
  const insideTitle = titleMarks(norm);
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    const rule = TIME_RULES[hit.rule]!;
    while (yearCursor < years.length && years[yearCursor]!.at < hit.start) latestYear = Math.max(latestYear, years[yearCursor++]!.year);
    const reportYear = latestYear > -Infinity ? latestYear : (context.fallbackYear ?? publicationReportYear(context.published));
    const namedYear = latestYear > -Infinity ? latestYear : (context.fallbackYear ?? null);
    const period = rule.resolve(hit.m, { ...context, reportYear, namedYear, holiday, lastDay, lastPeriod, titleYear: context.fallbackYear ?? context.undatedYear ?? null });
    if (rule.id === 'time-holiday' && period && period !== NO_PERIOD) holiday = holidayPeriod(holidayOf(hit.m.groups!.h!)!, yearOf(period.start)) ?? period;
    // A rule whose expression turns out to be none (a bare 106年 off a Taiwan page) leaves the position to the next.
    if (period === null && (rule.id.startsWith('time-roc') || rule.id === 'time-split-year')) continue;
    // A year of the ROC calendar is a year named, as 2017年 is, for the 全年 and 上年 after it; so is
    // 本年/今年 on a page that dates it only by its title.
    if (period && period !== NO_PERIOD && (rule.id.startsWith('time-roc') || (rule.id === 'time-this-year' && !context.published))) latestYear = Math.max(latestYear, yearOf(period.end));
    cursor = hit.end;
    if (insideTitle(hit.start)) continue;
    // 按2018年平均汇率计算, 按2015年不变价: the year of a price or a rate of exchange is part of a unit, no period.
    if (PRICE_YEAR.test(norm.slice(hit.end, hit.end + 8))) continue;
    // 2000年底前建成的小区: a time that qualifies a noun, not the period of a claim (假期前五天 is a part of the break, read by its rule).
    if (/^(?:前|以前|之前)/u.test(norm.slice(hit.end, hit.end + 2)) && !/^前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})[天日]/u.test(norm.slice(hit.end, hit.end + 5))) continue;
    const before = norm.slice(Math.max(0, hit.start - 12), hit.start);
    // 全年目标任务, 全年计划: the whole year of a plan is part of that noun; it governs only the plan's own figure.
    const plan = rule.id === 'time-whole-year' && PLAN_NOUN.test(norm.slice(hit.end, hit.end + 8));
    // 延续去年的良好势头, 在上年的基础上: a time that qualifies a noun is a base, not the period of what follows.
    // 加上109年未執行的3億元, 另有去年结转的2亿元: a time inside a clause that qualifies the figure right after it (…的 + the figure) dates that figure only.
    const qualifier = (ATTRIBUTE_AFTER.test(norm.slice(hit.end, hit.end + 9)) && before !== '' && !/[，,。；;：:！？\n]$/u.test(before)) || (QUALIFIER_BEFORE.test(before) && QUALIFIER_AFTER.test(norm.slice(hit.end, hit.end + 8))) || (CONTINUED_BEFORE.test(before) && CONTINUED_AFTER.test(norm.slice(hit.end, hit.end + 12))) || AWARD_BEFORE.test(before);
    // 从2023年同期的1930万元: the same period as the one governing, a year named earlier; a base.
    const sameSpan = SAME_SPAN_YEAR.test(rule.id) && /^同期/u.test(norm.slice(hit.end, hit.end + 2));
    // 今年經濟成長率從去年11月預測3.54%: the month a forecast was made is not the period forecast.
    const forecastDate = /[月日]$/u.test(norm.slice(hit.start, hit.end)) && FORECAST_AFTER.test(norm.slice(hit.end, hit.end + 4));
    // 比2020年、2021年分别增长: a time listed right after a base is a base too.
    const previous = found[found.length - 1];
    const listedAfterBase = previous?.base === true && previous.textEnd !== null && /^(?:、|和|及|与)$/u.test(norm.slice(previous.textEnd, hit.start));
    // 接近去年全年水平: the whole year of a base is that base.
    const wholeOfBase = previous?.base === true && previous.textEnd === hit.start && rule.id === 'time-whole-year';
    // 今年前10月…，预计全年突破150亿: the whole year a forecast is for governs the forecast; the sentences
    // after it go back to the months reported.
    const forecast = rule.id === 'time-whole-year' && FORECAST_BEFORE.test(norm.slice(Math.max(0, hit.start - 4), hit.start));
    const base = listedAfterBase || wholeOfBase || sameSpan || plan || qualifier || forecastDate || BRACKETED_BASE.test(before) || RECORD_AFTER.test(norm.slice(hit.end, hit.end + 4)) || COMPARISON_BASE.test(before) || COMPARISON_LEAD.test(before) || (/(?:为|是)$/u.test(before) && MULTIPLE_OF_BASE.test(norm.slice(hit.end, hit.end + 12)));
    const fields = { text: norm.slice(hit.start, hit.end), textStart: hit.start, textEnd: hit.end, ruleId: rule.id, base, ...(plan ? { plan } : {}), ...(sameSpan ? { sameSpan } : {}), ...(forecast ? { forecast } : {}) };
    if (period === NO_PERIOD) found.push({ ...fields, start: '0000-01-01', end: '0000-01-01', known: false });
    else if (wholeOfBase && previous.known) found.push({ ...fields, start: previous.start, end: previous.end, known: true });
    else if (period && period.start <= period.end) {
      found.push({ ...fields, start: period.start, end: period.end, known: true });
      if (!base) lastPeriod = { start: period.start, end: period.end };
      // The day a dispatch is dated (北京3月20日电, 记者23日从…获悉) and 目前 are no day the text tells of.
      if (!base && period.start === period.end && rule.id !== 'time-now' && !/^[电讯]/u.test(norm.slice(hit.end, hit.end + 1)) && !/记者$/u.test(before)) lastDay = period;
    }
  }
  return found;
}

function publicationReportYear(published: string | null): number | null {
  return published ? publishedReportYear(published) : null;
}

/** 一是… ；二是…, 其三，…: where a point of an enumerated paragraph starts. */
const POINT_START = /(?:^|[。；;：:\n])\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十][，,、])/gu;

/** 去年同期的1.1:50.3, 上年同期为, 从2023年同期的人民币1930万: the figure is of the same period in the year named. */
const YEAR_BEFORE = /(?:去年|上年|(?<year>(?:19|20)\d{2}) ?年)同期(?:的|为|是)?(?:人民币|港币|美元|港元|新台币)?[\d.:：]*$/u;
/** 高于去年同期0.4个百分点: a gap to the same period a year before is of the period that governs. */
const GAP_TO_YEAR_BEFORE = /(?:高于|低于|快于|慢于|高出|低出|超过|超出|多于|少于)(?:去年|上年|(?:19|20)\d{2} ?年)同期$/u;
/** 比2023年同期增长7.0%，从人民币15360万增至: the side a change starts from is of that same period. */
const SAME_SPAN = /(?:去年|上年|(?<year>(?:19|20)\d{2}) ?年)同期/gu;
/** 恢复至去年同期的57.9%, 相当于上年同期的: a share of the period a year before is of the period that governs. */
const SHARE_OF_YEAR_BEFORE = /(?:恢复(?:到|至)|相当于|达到?|为|是|占)(?:去年|上年|(?:19|20)\d{2} ?年)同期(?:水平)?的$/u;
/** The rules of a year alone, which 同期 after turns into the base of a comparison. */
const SAME_SPAN_YEAR = /^time-(?:year|roc-year)$/u;
/** 按2018年平均汇率, 2015年不变价: a year that dates a price or a rate of exchange. */
const PRICE_YEAR = /^(?:的)?(?:平均|年均|年末)?(?:汇率|可比价|不变价|价格计算|价格水平计算)/u;

/** What may stand between an expression and the number it is written for (2016年的21000人, 上年度2044亿元). */
const BOUND_GAP = /^(?:的|末的|底的)?(?:户月人均|人均|(?:每(?:人|户|月|年))+)?$/u;
/** What may stand between a comparison base and the base value written after it (较上年度2044亿元, 比上年的, 较上年底人口276万人, 相较于2020年全市农村居民人均可支配收入9756元): no verb of change or comparison. */
const BASE_GAP = /^(?:的|为|是)?$|^(?![^]*[增减多少提降升高低长加快慢扩缩达超破翻比较])[\u4e00-\u9fff]{1,14}(?:的|为|是)?$/u;

/** 创近十年来最高, 为2015年以来新低: the time measures a record against a span, it is no period of the text. */
const RECORD_AFTER = /^的?(?:最高|新高|最低|新低|最好|最差|最大|最多|最少|最快|最慢|同期最|纪录|记录|之最)/u;

/** 未執行的3億元, 结转的2亿元: a short clause ending in 的 right before a figure. */
const ATTRIBUTE_AFTER = /^[^\d，,。；;：:、（(]{1,6}的(?=\d|[一二两三四五六七八九十])/u;
const QUALIFIER_BEFORE = /(?:延续|保持|继续|巩固|沿袭|在)$/u;
/** 获评广州市2021年度综合医改考核A等次, 荣获2020年度先进单位: the year of an award is part of its name. */
const AWARD_BEFORE = /(?:获评|荣获|被评为|评为)[^，,。；;：:\d]{0,8}$/u;
/** 延续2月份平稳向好趋势, 延續上年第3季以來之正成長: a trend carried on from a time, not the time of the figures. */
const CONTINUED_BEFORE = /(?:延续|保持|继续|沿袭)(?:上年|去年|上年度|今年|本年)?$/u;
const CONTINUED_AFTER = /^(?:第?[\d一二三四]季度?|\d{1,2}月份?)?(?:以来)?[的之]?[^\d，,。；;]{0,8}(?:势头|态势|趋势|成长|增长|好转|回升)/u;
const QUALIFIER_AFTER = /^的(?:[^\d，,。；;]{0,8}(?:势头|态势|基础上|水平上|基础))/u;

/** 全年计划, 全年目标任务, 全年投资任务: 全年 written before a plan or target names the plan's period. */
const PLAN_NOUN = /^的?[\u4e00-\u9fff]{0,4}?(?:计划|目标|任务)/u;
/** What may stand between such a time and the plan's figure (全年计划总投资178亿元), but not a share of it (目标任务的101.2%). */
const PLAN_GAP = /^的?[\u4e00-\u9fff]{0,4}?(?:计划|目标|任务)[^的，,。；;：:\d]{0,6}$/u;

function yearsEarlier(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const rest = date.slice(4);
  // 29 February has no twin in most years.
  return rest === '-02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? `${year}-02-28` : `${String(year).padStart(4, '0')}${rest}`;
}

/**
 * A section heading: a short line of its own without sentence punctuation (一、2020年工作完成
 * 情况, （二）2021年一季度经济运行, 2016年工作回顾). Its level orders headings: a heading governs
 * until the next one of the same or a higher level.
 */
function headingLevel(line: string): number | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 40 || /[。；;！？!?]$/u.test(trimmed) || /[。；;]/u.test(trimmed.slice(0, -1))) return null;
  if (/^(?:第[一二三四五六七八九十]+[章节部分篇]|[一二三四五六七八九十]+[、．.])/u.test(trimmed)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]/u.test(trimmed)) return 2;
  if (/^\d{1,2}[、．.](?!\d)/u.test(trimmed)) return 3;
  if (/^[（(]\d{1,2}[)）]/u.test(trimmed)) return 4;
  // An unnumbered heading must not read as a sentence: no comma, no claim-like run of text.
  if (/[，,]/u.test(trimmed) || trimmed.length > 24) return null;
  return 0;
}

/**
 * 过去四年,六安发展站上新的历史起点: a short line of its own that opens with a period and a comma, and
 * holds no figure, heads the section of a review as an unnumbered heading does.
 */
function timeTopicHeading(text: string, at: number, end: number, first: TimeExpression | undefined): number | null {
  const line = text.slice(at, end);
  const trimmed = line.trim();
  if (!first || !first.known || first.base || first.textEnd! > end || trimmed.length > 24 || /[。；;！？!?：:]/u.test(trimmed)) return null;
  if (text.slice(at, first.textStart!).trim() !== '' || !/^[，,]/u.test(text.slice(first.textEnd!, end))) return null;
  return /\d/u.test(text.slice(first.textEnd!, end)) ? null : 0;
}

const countHan = (text: string) => text.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;

/** The period of the innermost heading above a claim that names one. */
function nearestHeadingTime(stack: Heading[]): TimeExpression | null {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.time) return stack[k]!.time;
  return null;
}

interface Heading {
  level: number;
  /** The first period the heading names, or null for a heading that names none. */
  time: TimeExpression | null;
}

/** 此外, 另外, 与此同时: words that open a paragraph adding to the one before it. */
const CONTINUING_PARAGRAPH = /^(?:此外|另外|与此同时|同时)[，,]/u;

/** 與上年同月比較，…, 与上季相比，…: a paragraph opening with the base of a comparison and no period of its own. */
const BASE_OPENING_PARAGRAPH = /^(?:与|與|和|同)?(?:上年同月|上年同季|上年同期|去年同期|去年同月|上月|上季)(?:比较|比較|相比|相較|相较)[，,]/u;

/** What follows a time topic that opens a paragraph: 2024年，… */
const TIME_TOPIC_END = /^[，,：:]/u;

/** Where the nearest line with text before line `line` starts, or null when there is none. */
function previousLineStart(lineStarts: number[], line: number, text: string): number | null {
  for (let k = line - 1; k >= 0; k--) if (text.slice(lineStarts[k]!, lineStarts[k + 1]! - 1).trim() !== '') return lineStarts[k]!;
  return null;
}

/** The headings of the article, each with the paragraph offset it starts at. */
function findHeadings(text: string, expressions: TimeExpression[]): { at: number; end: number; heading: Heading }[] {
  const out: { at: number; end: number; heading: Heading }[] = [];
  let e = 0;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    while (e < expressions.length && expressions[e]!.textStart! < at) e++;
    const level = headingLevel(text.slice(at, end)) ?? timeTopicHeading(text, at, end, expressions[e]);
    if (level !== null) {
      let time: TimeExpression | null = null;
      let words = countHan(text.slice(at, end));
      for (let k = e; k < expressions.length && expressions[k]!.textStart! < end; k++) {
        words -= countHan(expressions[k]!.text);
        if (!time && expressions[k]!.known && !expressions[k]!.base) time = expressions[k]!;
      }
      time ??= headingYear(text, at, end);
      // A line that is a date and nothing else ((2021年2月) under a bulletin's title) is a dateline;
      // an unnumbered line without a period is as likely a short paragraph as a heading.
      if (words >= 2 && (level > 0 || time)) out.push({ at, end, heading: { level, time } });
    }
    at = end + 1;
  }
  return out;
}

/**
 * A year written without 年 in a heading (数读2018, 展望2019, 2020回顾) names that year: in running
 * text a bare four digits may be a count, but a short line of its own that holds one is a period.
 */
const BARE_YEAR = /(?<![\d.,，%达为约超近共增减多少计有至到])((?:19|20)\d{2})(?![\d.,%年月日万亿千百元个人次家项])/u;

function headingYear(text: string, at: number, end: number): TimeExpression | null {
  const m = toHalfWidth(text.slice(at, end)).match(BARE_YEAR);
  if (!m) return null;
  const year = m[1]!;
  const start = at + m.index!;
  return { text: year, textStart: start, textEnd: start + year.length, ruleId: 'time-year', start: `${year}-01-01`, end: `${year}-12-31`, known: true, base: false };
}

/**
 * A title that announces a bulletin of a year's figures (《2022年常州市水资源公报》发布): the bulletin's
 * year is the period of the page's figures, though a document's name elsewhere names none.
 */
const YEAR_BULLETIN = /《([^《》]*?(?:19|20)\d{2}年[^《》]*?(?:公报|年报|年鉴|决算))》/gu;

/** The time expressions of the title, read once: its first period and the holiday it names. */
function titleExpressions(title: string | null, context: Omit<TimeContext, 'reportYear'>): TimeExpression[] {
  if (!title) return [];
  const norm = toHalfWidth(toSimplified(title)).replace(YEAR_BULLETIN, (_whole, name: string) => `“${name}”`);
  return norm.length === title.length ? findTimeExpressions(norm, context) : [];
}

/** 我市, 全省, 全区: the place a title's figures are of, written between its year and the part of that year. */
const TITLE_SCOPE_GAP = /^\s?[\u4e00-\u9fff]{0,3}\s?$/u;

/**
 * 2020年我市前三季度经济数据, 2019年全省1-9月…: a title's year with a part of it written a few words
 * later names that part, of that year.
 */
function narrowedTitle(titleText: string, inTitle: TimeExpression[], first: TimeExpression | null): TimeExpression | null {
  if (!first || !SAME_SPAN_YEAR.test(first.ruleId)) return first;
  const part = inTitle.find((t) => t.textStart! >= first.textEnd! && t.known && !t.base && t.ruleId !== 'time-holiday');
  if (!part || part.start.slice(0, 4) !== part.end.slice(0, 4) || !TITLE_SCOPE_GAP.test(titleText.slice(first.textEnd!, part.textStart!))) return first;
  if (part.start.slice(5) === '01-01' && part.end.slice(5) === '12-31') return first;
  const year = first.end.slice(0, 4);
  return { ...part, start: year + part.start.slice(4), end: year + part.end.slice(4), text: `${first.text}${part.text}` };
}

/** A year written out (2013年, 102年 on a Taiwan page), in an expression that is no comparison base. */
const WRITTEN_YEAR = /\d{2,4}年/u;

/** `/202507/` in an undated page's URL: the first day of that month, unless the page is a re-post of an older report (namesOnlyOlderYears). */
function urlMonthStart(url: string | null, norm: string): string | null {
  const month = monthFromUrl(url);
  return month && !namesOnlyOlderYears(norm, Number(month.slice(0, 4))) ? `${month}-01` : null;
}

/** The year of the first period the text names in a year written out, or null. */
function firstNamedYear(norm: string, context: Omit<TimeContext, 'reportYear'>): number | null {
  const first = findTimeExpressions(norm, context).find((expression) => expression.known && !expression.base && WRITTEN_YEAR.test(expression.text));
  return first ? yearOf(first.end) : null;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
/** The last day of the month a date is in. */
const lastDayOf = (date: string) => new Date(Date.UTC(yearOf(date), Number(date.slice(5, 7)), 0)).getUTCDate();
const FLOW_BEFORE = new RegExp(`(?:${FLOW_VERBS.join('|')})`, 'u');
const UNTIL = /(?:截至|截止到?|到)$/u;
/** 将于…建成, 建成后, 投产后: a date ahead that something is due by, and what follows from it. */
const FUTURE_DEADLINE = /将于|(?:建成|投产|完工|运营)后/u;
/** 三年累计, 五年共计: the span a total is summed over, written before it. */
const SPAN_TOTAL = /(?<![\d一二三四五六七八九十])(\d|[两二三四五六七八九十])年(?:累计|共计|合计)[^，,。；;\d]{0,8}$/u;
/** 年初预算数, 全年预算, 调整预算数: the budget of a year, written right before its amount. */
const BUDGET_OF_YEAR = /(?:(?:年初|全年|年度|调整后?)预算数?|预算数)(?:为|是)?$/u;
/** 完成年度, 年初确定的, 控制在: what names a year's target before its figure. */
const TARGET_OF_YEAR_BEFORE = /(?:年度|全年|年初(?:确定|制定|设定|提出)?的?|控制在)$/u;
/** 投资目标任务, 的目标: the target named right after its figure. */
const TARGET_AFTER = /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:目标|任务)/u;
/** 4月，一般公共预算收入累计完成: a month whose first clause sums up (累计) counts from January. */
const CUMULATIVE_AFTER = /^[，,]?[^。；;，,\d]{0,14}累计/u;
const UNTIL_START = /^(?:截至|截止到?|到)/u;
/** 累计完成, 生猪累计出栏: a clause that sums its figure up, written before it. */
const SUMMED_IN_CLAUSE = /累计[^，,。；;：:\d]{0,8}$/u;

/** 完成全年目标任务的, 完成年计划的: a share of the year's plan that has been done. */
const PLAN_SHARE = /完成[^，,。；;\d]{0,8}(?:计划|目标|任务)[^，,。；;\d]{0,4}的$/u;

/** Rates that count the events of a year: 出生率14.24‰, 自然增长率, 人口成长率0.72%. */
const ANNUAL_RATE = /(?:出生|死亡|自然增长|增长|成长|增加)率(?:为|是|达|达到)?$/u;

/**
 * The period the claim's own grammar gives within the governing one: from/to over several
 * years take its first and last year; 连续N年 ends in its last year; a flow summed up to a 截至
 * date runs from the start of that year, and a rate under 截至年底 is for the whole year.
 */
function refine(claim: ClaimDraft, time: { start: string; end: string }, expression: TimeExpression | null, norm: string, own: boolean, named = expression?.text ?? ''): { start: string; end: string } {
  const [from, to] = [yearOf(time.start), yearOf(time.end)];
  // 完成年初预算数60999万元的40.4%: a budget is of its whole year, whatever part of it has passed.
  // (The share of that budget done, 为年初预算61.22%, is a level at the point named: guidelines §3.)
  if (from === to && claim.kind !== 'percent' && BUDGET_OF_YEAR.test(norm.slice(Math.max(claim.sentence.start, claim.start - 8), claim.start))) return { start: `${to}-01-01`, end: `${to}-12-31` };
  // 超额完成年度700亿元投资目标任务, 低于年初确定的4.5%的目标: a year's target is of the whole year.
  if (from === to && TARGET_OF_YEAR_BEFORE.test(norm.slice(Math.max(claim.sentence.start, claim.start - 10), claim.start)) && TARGET_AFTER.test(norm.slice(claim.end, claim.end + 8))) return { start: `${to}-01-01`, end: `${to}-12-31` };
  // (Years, not months across a new year: 去年11月至今年1月 is one span.)
  const wholeYears = time.start.endsWith('-01-01');
  if (!own && to > from && wholeYears && claim.change && (claim.change.role === 'from' || claim.change.role === 'to')) {
    const year = claim.change.role === 'from' ? from : to;
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const lead = norm.slice(Math.max(claim.sentence.start, claim.start - 4), claim.start);
  if (claim.unit === 'year' && /连续$/u.test(lead) && Number.isInteger(claim.value) && claim.value > 0 && claim.value < 100) {
    return { start: `${to - claim.value + 1}-01-01`, end: `${to}-12-31` };
  }
  // 连续26个月正增长 under 12月: the months run back from the last month of the governing period.
  if (claim.unit === 'month' && /连续$/u.test(lead) && Number.isInteger(claim.value) && claim.value > 0 && claim.value <= 120 && time.end.slice(8) === String(lastDayOf(time.end)).padStart(2, '0')) {
    const months = yearOf(time.end) * 12 + Number(time.end.slice(5, 7)) - 1 - (claim.value - 1);
    return { start: `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`, end: time.end };
  }
  // 三年累计减少49.26万人: a total over the N years that end in the governing one.
  const span = claim.change?.role !== 'rate' ? norm.slice(Math.max(claim.sentence.start, claim.start - 12), claim.start).match(SPAN_TOTAL) : null;
  if (span && from === to) {
    const years = /\d/u.test(span[1]!) ? Number(span[1]) : parseChineseNumeral(span[1]!)!;
    return { start: `${to - years + 1}-01-01`, end: `${to}-12-31` };
  }
  if (from !== to) return time;
  // 2020年底, 年末, 12月底: a year's end; 12月份 and 12月 name the month itself.
  const yearEnd = time.start.slice(5) === '12-01' && time.end.slice(5) === '12-31' && !/月(?:份|单月|当月)?$/u.test(named);
  // 截至6月30日止三个月 names its own start.
  const until = expression !== null && expression.ruleId !== 'time-months-ended' && (UNTIL_START.test(expression.text) || UNTIL.test(norm.slice(Math.max(0, expression.textStart! - 3), expression.textStart!)));
  // 6月末，生猪出栏1407头: a month's end over a flow is what was summed up to it, as under 截至.
  const monthEnd = !yearEnd && /月(?:末|底)$/u.test(named);
  // 2021年9月份，…当月完成25.2亿元；累计完成427.4亿元: what a clause sums up (累计) under one month runs
  // from January to that month's end (guidelines §3, a flow summed up to a point).
  const oneMonth = time.start.slice(0, 7) === time.end.slice(0, 7) && time.start.endsWith('-01') && time.start.slice(5, 7) !== '01' && Number(time.end.slice(8)) >= 28;
  if (oneMonth && !until && (claim.kind === 'money' || claim.kind === 'count' || claim.kind === 'measure' || claim.kind === 'number') && claim.change?.role !== 'rate') {
    if (SUMMED_IN_CLAUSE.test(norm.slice(clauseOpening(norm, claim), claim.start))) return { start: `${from}-01-01`, end: time.end };
  }
  if (!until && !yearEnd && !monthEnd) return time;
  // A rate of change at a year's end (截至年底…增长8%, 年末…增长) is for the whole year, and so is
  // what a year's rate counts (年末…人口出生率14.2‰, 人口成长率0.7%); a change of a stock (比上年末
  // 增加46万人) is of the point.
  if (yearEnd && (claim.change?.role === 'rate' || claim.ruleId === 'zh-ratio-term' || ANNUAL_RATE.test(norm.slice(Math.max(claim.sentence.start, claim.start - 8), claim.start)))) return { start: `${from}-01-01`, end: time.end };
  // 截至2010年12月末…完成年计划的119.6%: at a year's end, the share of the year's plan done is of the whole year.
  if (yearEnd && claim.unit === '%' && PLAN_SHARE.test(norm.slice(Math.max(claim.sentence.start, claim.start - 16), claim.start))) return { start: `${from}-01-01`, end: time.end };
  // The verb of the claim's own clause says whether it is a flow: 截至11月底，全县累计发放…
  const clauseStart = Math.max(clauseOpening(norm, claim), expression && expression.textEnd! <= claim.start ? expression.textEnd! : 0);
  const amount = claim.kind === 'money' || claim.kind === 'count' || claim.kind === 'measure' || claim.kind === 'number';
  // 累计结存, 累计结余: what has built up is a balance, a stock of the point.
  const clause = norm.slice(clauseStart, claim.start);
  // 项目将于今年12月底建成，建成后…带动就业100余人: a deadline ahead is no point a flow was summed up to.
  const ahead = expression !== null && expression.textStart! < claim.start && FUTURE_DEADLINE.test(norm.slice(Math.max(claim.sentence.start, expression.textStart! - 3), claim.start));
  // 截至目前，…已投入运营的7个、正在建设的19个: things counted by the state they are in (a verb, 的, and no
  // noun after the count) are a stock at that point, whatever the verb.
  if (amount && claim.change?.role !== 'rate' && FLOW_BEFORE.test(clause) && !BALANCE.test(clause) && !ahead && !countByState(norm, clause, claim)) return { start: `${from}-01-01`, end: time.end };
  return time;
}

export function attachTimes(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const ordered = state.claims.filter((claim) => claim.lang === 'zh').sort((a, b) => a.start - b.start);
  if (ordered.length === 0) return state;
  const text = state.article.text;
  const norm = normaliseForRules(text);
  // An undated page whose URL names the month it was posted in (`/202507/`) reads its periods against that month's first day.
  const base = { published: state.article.publishedAt ? state.article.publishedAt.slice(0, 10) : urlMonthStart(state.article.url, norm), traditional: isTraditional(text, norm), fiscalStart: fiscalYearStart(`${normaliseForRules(state.article.publisher ?? '')} ${norm}`) };
  // On a page with no date and no year in its title, 今年 (今年4月入境旅客…) is the year its text names
  // first (2013年4月, 102年3月).
  const namedFirst = base.published ? null : firstNamedYear(norm, base);
  const inTitle = titleExpressions(state.article.title, base);
  // The first period the title names (XX区民政局2018年工作总结 → 2018; 2021年工作计划 → 2021), and the
  // holiday it names (多地晒双节旅游成绩单), which 假期 in the text then means.
  const title = narrowedTitle(state.article.title ?? '', inTitle, inTitle.find((t) => t.known && !t.base) ?? null);
  const titleHoliday = inTitle.find((t) => t.ruleId === 'time-holiday' && t.known);
  const expressions = findTimeExpressions(norm, { ...base, fallbackYear: title ? yearOf(title.end) : null, undatedYear: namedFirst, fallbackHoliday: titleHoliday ? { start: titleHoliday.start, end: titleHoliday.end } : null });
  cumulativeMonths(expressions, norm);
  const headings = findHeadings(text, expressions);

  // An expression written right before a number (2016年的21000人, 较上年度2044亿元) belongs to
  // that number and its list, not to the claims after it. Both lists are in text order.
  const boundTo = new Map<TimeExpression, ClaimDraft>();
  for (let e = 0, c = 0; e < expressions.length; e++) {
    const expression = expressions[e]!;
    while (c < ordered.length && ordered[c]!.start < expression.textEnd!) c++;
    const next = ordered[c];
    // 较上年 3,265 公顷: pages that set a space around every figure set one here too.
    const gap = next ? norm.slice(expression.textEnd!, next.start).replace(/\s/gu, '') : '';
    // 2018到2022年4年间: a span written right after a range restates its length; the range still governs what follows.
    // 仅去年一年，…: a year's length written right after the year restates it as well.
    const oneYear = expression.start.endsWith('-01-01') && expression.end.endsWith('-12-31') && yearOf(expression.end) === yearOf(expression.start) && next?.value === 1;
    const restated = next?.unit === 'year' && expression.known && (yearOf(expression.end) > yearOf(expression.start) || oneYear);
    if (next && !restated && (expression.plan ? PLAN_GAP : expression.base ? BASE_GAP : BOUND_GAP).test(gap)) boundTo.set(expression, next);
  }
  const points = [...norm.matchAll(POINT_START)].map((m) => m.index! + m[0].length);

  const times = new Map<ClaimDraft, ClaimTime | null>();
  let e = 0; // expressions ending before the claim
  let p = 0; // points starting before the claim
  let fp = 0; // the first point at or after the paragraph start
  let h = 0; // headings starting before the claim
  let paragraph = -1;
  let inParagraph: TimeExpression[] = [];
  let headingStack: Heading[] = [];
  // Line starts, passed by a cursor as the claims go: a search back from each claim would cost
  // the length of its paragraph, quadratic in a paragraph of thousands of claims.
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  let line = 0;
  for (const claim of ordered) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= claim.sentence.start) line++;
    const paragraphStart = lineStarts[line]!;
    if (paragraphStart !== paragraph) {
      paragraph = paragraphStart;
      // 2024年，… / 此外，全年通行费收入…: a paragraph that opens by adding to the one before goes on
      // under the time topic that opened that one.
      const previousLine = CONTINUING_PARAGRAPH.test(norm.slice(paragraph, paragraph + 6)) ? previousLineStart(lineStarts, line, text) : null;
      // 5月工业生产指数…。/ 与上年同月相比，工业生产增长4.6%: a paragraph that opens with only the base of a comparison
      // is of the period the paragraph before reports on, the first that one names.
      const baseOpening = BASE_OPENING_PARAGRAPH.test(norm.slice(paragraph, paragraph + 14)) ? previousLineStart(lineStarts, line, text) : null;
      while (e < expressions.length && expressions[e]!.textEnd! <= paragraph) e++;
      const recent = previousLine !== null || baseOpening !== null ? expressions.slice(Math.max(0, e - 64), e) : [];
      const topic =
        previousLine !== null
          ? recent.find((expression) => expression.textStart! >= previousLine && TIME_TOPIC_END.test(norm.slice(expression.textEnd!, expression.textEnd! + 1)) && /^[\s（(]*$/u.test(norm.slice(previousLine, expression.textStart!)))
          : recent.find((expression) => expression.textStart! >= baseOpening! && expression.known && !expression.base && !expression.plan && !expression.forecast);
      inParagraph = topic && topic.known && !topic.base ? [topic] : [];
    }
    while (h < headings.length && headings[h]!.at < paragraph) {
      const { heading } = headings[h++]!;
      headingStack = headingStack.filter((above) => above.level < heading.level);
      headingStack.push(heading);
    }
    while (e < expressions.length && expressions[e]!.textEnd! <= claim.start) inParagraph.push(expressions[e++]!);
    while (p < points.length && points[p]! <= claim.start) p++;
    while (fp < points.length && points[fp]! < paragraph) fp++;
    const firstPoint = points[fp] ?? Infinity;
    // The enumerated point (三是…) the claim is in: a time said inside an earlier point stays there.
    const point = p > 0 && points[p - 1]! >= paragraph ? points[p - 1]! : paragraph;

    let governing: TimeExpression | undefined;
    let governingIndex = -1;
    let boundBase: TimeExpression | undefined;
    let sentenceBase: TimeExpression | undefined;
    for (let k = inParagraph.length - 1; k >= 0; k--) {
      const expression = inParagraph[k]!;
      const owner = boundTo.get(expression);
      if (expression.base) {
        if (!sentenceBase && !expression.plan && !expression.sameSpan && expression.known && expression.textStart! >= claim.sentence.start) sentenceBase = expression;
        // The figure written right after a base is the base value (较上年度2044亿元), not a multiple or rate of it.
        // 高于一季度0.3个百分点: a gap in points is the difference from the base, not its value.
        if (owner === claim && expression.known && !expression.sameSpan && !boundBase && claim.unit !== 'x' && claim.unit !== 'pp' && claim.change?.role !== 'rate' && claim.change?.role !== 'delta') boundBase = expression;
        continue;
      }
      // A forecast's period (预计全年…) stays in the forecast's sentence.
      if (expression.forecast && expression.textStart! < claim.sentence.start) continue;
      // A time inside parentheses speaks for what else the parentheses hold: （上年为84.1%）.
      const closes = parenthesisEnd(norm, expression);
      if (closes !== null && claim.start >= closes) continue;
      // Inside an earlier point of the paragraph (not its lead, before any point): it stays there.
      if (point > paragraph && expression.textStart! < point && expression.textStart! >= firstPoint) {
        // So is every expression back to the paragraph's first point: jump over them at once
        // (one by one, a paragraph of many points made this quadratic).
        k = firstStartingAt(inParagraph, firstPoint, k);
        continue;
      }
      if (owner && owner !== claim && !(owner.list && claim.list && owner.list.group === claim.list.group) && !sameRatio(owner, claim, norm)) continue;
      governing = expression;
      governingIndex = k;
      break;
    }
    if (governing && governing.ruleId === 'time-whole-year') governing = inReportYear(governing, inParagraph, governingIndex, headingStack, title);
    // 为2012年的2.26倍，占全国比重由0.13%上升到0.18%: the side a change starts from is of the base year.
    if (!boundBase && claim.change?.role === 'from' && sentenceBase && governing?.known && sentenceBase.end < governing.start && boundTo.get(governing) !== claim) boundBase = sentenceBase;
    // 较常年同期(145.1毫米)偏多: a climate normal is an average over many years, of no period.
    if (CLIMATE_NORMAL.test(norm.slice(Math.max(claim.sentence.start, claim.start - 10), claim.start))) {
      times.set(claim, null);
      continue;
    }
    times.set(claim, resolveClaimTime(claim, { governing, own: governing !== undefined && boundTo.get(governing) === claim, boundBase, headingStack, title, text, norm }));
  }
  changeOfFlow(ordered, times, norm);
  rateOfChangeToSide(ordered, times, norm);
  monthsPairedWithList(ordered, times, norm, text);
  yearsPairedWithList(ordered, times, norm, text);
  const claims = state.claims.map((claim) => (times.has(claim) ? { ...claim, time: times.get(claim)! } : claim));
  return { ...state, claims };
}

/**
 * 由103年度3亿元到107年度1亿1,526万元，减少61.58%: a rate or size of a change written right after its
 * sides, with no period of its own, is of the side it changed to.
 */
function rateOfChangeToSide(ordered: ClaimDraft[], times: Map<ClaimDraft, ClaimTime | null>, norm: string): void {
  for (let i = 1; i < ordered.length; i++) {
    const [claim, to] = [ordered[i]!, ordered[i - 1]!];
    if (times.get(claim) || (claim.change?.role !== 'rate' && claim.change?.role !== 'delta')) continue;
    const toTime = times.get(to);
    if (to.change?.role !== 'to' || to.sentence.start !== claim.sentence.start || !toTime) continue;
    // 从2016年的551元提高至2020年的686元，年增速6.1%: a rate over sides of different years runs over them all.
    let k = i - 2;
    while (k >= 0 && ordered[k]!.sentence.start === claim.sentence.start && ordered[k]!.change?.role !== 'from') k--;
    const fromTime = k >= 0 && ordered[k]!.sentence.start === claim.sentence.start ? times.get(ordered[k]!) : null;
    const annual = ANNUAL_RATE_OF_SPAN.test(norm.slice(Math.max(claim.sentence.start, claim.start - 8), claim.start));
    times.set(claim, fromTime && fromTime.start < toTime.start && annual ? { ...toTime, start: fromTime.start } : toTime);
  }
}

/** 结存, 结余, 余额: a balance, whatever verb of summing stands before it. */
const BALANCE = /(?:结存|结余|余额|存量)(?:为|达到?)?$/u;

/** 1、2、3月份: months listed before the figures that 分别 pairs with them. */
const MONTH_LIST = /(?<![\d年.])((?:\d{1,2}、)+\d{1,2})月份?/gu;
/** 第一、二季度, 一、二、三季度, 1、2季度: quarters listed the same way. */
const QUARTER_LIST = /(?<![\d.])第?((?:[一二三四1-4](?:季度)?、第?)+[一二三四1-4])季度/gu;
const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** The lists of parts of a year that pair with a 分别 list, and the months of each part. */
const PART_LISTS: { pattern: RegExp; months: (listed: string) => [number, number][] }[] = [
  { pattern: MONTH_LIST, months: (listed) => listed.split('、').map((month) => [Number(month), Number(month)]) },
  { pattern: QUARTER_LIST, months: (listed) => listed.split('、').map((part) => QUARTER_NUMBER[part.replace(/^第|季度$/gu, '')] ?? 0).map((quarter) => [quarter * 3 - 2, quarter * 3]) },
];

/**
 * 1、2、3月份全国城镇调查失业率分别是5.1%、5.3%、5.2%, 第一、二季度同比增速分别为1.98%、1.26%: a list of
 * months or quarters and a list of as many figures after 分别 pair by position, each figure of its part in
 * the year the sentence speaks of.
 */
function monthsPairedWithList(ordered: ClaimDraft[], times: Map<ClaimDraft, ClaimTime | null>, norm: string, text: string): void {
  for (const claim of ordered) {
    if (!claim.list || claim.list.index !== 0) continue;
    const before = norm.slice(claim.sentence.start, claim.start);
    for (const { pattern, months } of PART_LISTS) {
      const listed = [...before.matchAll(pattern)].pop();
      if (!listed || !/分别/u.test(before.slice(listed.index! + listed[0].length))) continue;
      const parts = months(listed[1]!);
      const members = listMembers(ordered, claim);
      const year = times.get(claim) ? yearOf(times.get(claim)!.end) : null;
      if (members.length !== parts.length || year === null || parts.some(([from, to]) => from < 1 || to > 12)) continue;
      const at = claim.sentence.start + listed.index!;
      giveByPosition(members, parts.map(([from, to]) => monthRange(year, from, to)), times, text, at, at + listed[0].length, 'sentence');
    }
  }
}

/** The claims of the list the first one opens, in their order. */
function listMembers(ordered: ClaimDraft[], first: ClaimDraft): ClaimDraft[] {
  return ordered.filter((other) => other.list?.group === first.list!.group).sort((a, b) => a.list!.index - b.list!.index);
}

/** Each member of a list takes the period in its position; the periods' list, text[at, end), is the expression of all. */
function giveByPosition(members: ClaimDraft[], periods: Period[], times: Map<ClaimDraft, ClaimTime | null>, text: string, at: number, end: number, source: TimeSource): void {
  members.forEach((member, k) => times.set(member, { ...periods[k]!, text: text.slice(at, end), textStart: at, textEnd: end, source }));
}

/** 2019年、2020年和2021年, 2019、2020、2021年, 2019年至2021年, 2019—2021年: the years a 分别 list runs over. */
const YEAR_LIST = /(?<![\d.])((?:(?:19|20)\d{2}年?(?:、|和|及|与))+(?:19|20)\d{2})年度?|(?<![\d.])((?:19|20)\d{2})年?(?:至|到|-|—|–|~|～)((?:19|20)\d{2})年度?/gu;
/**
 * 2019年至2021年，公司销售毛利率分别为91.30%、91.41%、91.54%: a run or list of years and a list of as
 * many figures after 分别 pair by position, each figure of its year; when names are listed before 分别
 * (甲、乙、丙分别为) it is the names that pair with the figures, and the years stay the period of all.
 */
function yearsPairedWithList(ordered: ClaimDraft[], times: Map<ClaimDraft, ClaimTime | null>, norm: string, text: string): void {
  for (const claim of ordered) {
    const governing = times.get(claim);
    if (!claim.list || claim.list.index !== 0 || !governing) continue;
    const before = norm.slice(claim.sentence.start, claim.start);
    const listed = [...before.matchAll(YEAR_LIST)].pop();
    if (!listed) continue;
    const [at, end] = [claim.sentence.start + listed.index!, claim.sentence.start + listed.index! + listed[0].length];
    const between = before.slice(listed.index! + listed[0].length);
    if (!/分别/u.test(between) || /[、]/u.test(between.slice(0, between.indexOf('分别')))) continue;
    // The years must be what governs the figures: years after 比 (比2019年、2020年分别增长) are bases and govern nothing.
    if (governing.textStart === null || governing.textStart < at || governing.textStart >= end) continue;
    const years = listed[1] !== undefined ? listed[1].match(/(?:19|20)\d{2}/gu)!.map(Number) : spanOfYears(Number(listed[2]), Number(listed[3]));
    const members = listMembers(ordered, claim);
    if (years.length < 2 || members.length !== years.length) continue;
    giveByPosition(members, years.map((year) => monthRange(year, 1, 12)), times, text, at, end, governing.source);
  }
}

/** 2019年至2021年: every year of the run, or none when it is not a short run forward. */
function spanOfYears(from: number, to: number): number[] {
  return to > from && to - from < 12 ? Array.from({ length: to - from + 1 }, (_, k) => from + k) : [];
}

/** 年增速为, 年均增长: a rate per year over a span. */
const ANNUAL_RATE_OF_SPAN = /(?:年增速|年均|年平均|平均每年)[^，,。；;]{0,4}$/u;

/** A month followed by 累计 in its first clause runs from January: 4月，…累计完成24627万元 is January–April. */
function cumulativeMonths(expressions: TimeExpression[], norm: string): void {
  expressions.forEach((expression, index) => {
    if (!expression.known || expression.base || /^(?:截至|截止|到)|[底末]$/u.test(expression.text)) return;
    const [year, month] = [yearOf(expression.start), expression.start.slice(5, 7)];
    const oneMonth = expression.start.slice(8) === '01' && expression.end.slice(0, 7) === expression.start.slice(0, 7) && Number(expression.end.slice(8)) >= 28;
    if (!oneMonth || month === '01' || !CUMULATIVE_AFTER.test(norm.slice(expression.textEnd!, expression.textEnd! + 20))) return;
    expressions[index] = { ...expression, start: `${year}-01-01` };
  });
}

/** 上年的29:24.8:46.2: the terms of one ratio share the time written before its first term. */
function sameRatio(owner: ClaimDraft, claim: ClaimDraft, norm: string): boolean {
  return owner.ruleId === 'zh-ratio-term' && claim.ruleId === 'zh-ratio-term' && owner.start < claim.start && /^[\d.:：]+$/u.test(norm.slice(owner.end, claim.start));
}

/** What joins a figure to the change said of it right after: ，同比增加, ，比上年同期增长. */
const OF_THE_FIGURE_BEFORE = /^[，,\s]*(?:同比|环比|比上年同期|比去年同期|较上年同期|较去年同期)?(?:增加|减少|增长|下降|提高|降低|上升|回落)$/u;

/**
 * 截至9月底，新增就业44.5万人，同比增加3.2万人: the change of a flow is over the flow's period
 * (January–September), not at the point named. A share of a plan (完成全年目标任务的101.2%) is a
 * level, and keeps the point (annotation guidelines §3).
 */
function changeOfFlow(ordered: ClaimDraft[], times: Map<ClaimDraft, ClaimTime | null>, norm: string): void {
  for (let i = 1; i < ordered.length; i++) {
    const claim = ordered[i]!;
    const [figure, own] = [ordered[i - 1]!, times.get(claim)];
    const flow = times.get(figure);
    if (!own || (claim.change?.role !== 'rate' && claim.change?.role !== 'delta')) continue;
    if (flow && figure.sentence.start === claim.sentence.start && flow.textStart === own.textStart && flow.end === own.end && flow.start < own.start && OF_THE_FIGURE_BEFORE.test(norm.slice(figure.end, claim.start))) {
      times.set(claim, { ...own, start: flow.start });
      continue;
    }
    // 累计完成…67949万元，为年初预算61.22%，比上年同期增加6517万元，增长10.61%: a change said of the year's
    // flow (比上年同期) past a share of it is over the flow's period too.
    if (!SAME_PERIOD_CHANGE.test(norm.slice(clauseOpening(norm, claim), claim.start))) continue;
    for (let k = i - 1; k >= 0 && ordered[k]!.sentence.start === claim.sentence.start; k--) {
      const earlier = times.get(ordered[k]!);
      if (!earlier || earlier.textStart !== own.textStart || ordered[k]!.kind === 'percent' || ordered[k]!.change) continue;
      if (earlier.end === own.end && earlier.start < own.start) times.set(claim, { ...own, start: earlier.start });
      break;
    }
  }
}

/** 比上年同期增加, 同比增长: a change against the same period a year before, opening its clause. */
const SAME_PERIOD_CHANGE = /^(?:比|较)(?:上年|去年)同期(?:增加|减少|增长|下降|提高|降低|上升|回落)$|^同比(?:增加|减少|增长|下降|提高|降低|上升|回落)$/u;

/** Where the clause holding a claim opens: after the last comma or semicolon before it in its sentence. */
function clauseOpening(norm: string, claim: ClaimDraft): number {
  const before = norm.slice(claim.sentence.start, claim.start);
  return claim.sentence.start + Math.max(...[...before.matchAll(/[，,；;：:]/gu)].map((m) => m.index! + 1), 0);
}

/**
 * 全年/年末 are of the year the text is speaking of there: the year of the nearest period named
 * before them in the paragraph, else of the heading above, else of the title; else the year
 * found when the expression was read (the latest named before it, or the article's).
 */
function inReportYear(expression: TimeExpression, inParagraph: TimeExpression[], index: number, headings: Heading[], title: TimeExpression | null): TimeExpression {
  let year: number | null = null;
  for (let k = index - 1; k >= 0 && year === null; k--) {
    const earlier = inParagraph[k]!;
    if (earlier.known && !earlier.base && earlier.ruleId !== 'time-whole-year') year = yearOf(earlier.end);
  }
  const heading = nearestHeadingTime(headings);
  year ??= heading ? yearOf(heading.end) : title ? yearOf(title.end) : null;
  if (year === null) return expression;
  return expression.text === '全年' ? { ...expression, start: `${year}-01-01`, end: `${year}-12-31` } : { ...expression, start: `${year}-12-01`, end: `${year}-12-31` };
}

/** Where the parentheses around an expression close, when it stands with a figure inside a short pair of them. */
/** The index of the first of `expressions[0..limit]` (in text order) that starts at or after `at`. */
function firstStartingAt(expressions: readonly TimeExpression[], at: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (expressions[middle]!.textStart! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function parenthesisEnd(norm: string, expression: TimeExpression): number | null {
  const before = norm.slice(Math.max(0, expression.textStart! - 16), expression.textStart!);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/u.test(before.slice(open + 1))) return null;
  const after = norm.slice(expression.textEnd!, expression.textEnd! + 40).search(/[)）]/u);
  // Only parentheses that hold a figure of their own: （5月末） labels what stands outside it.
  if (after < 0 || !/\d/u.test(norm.slice(expression.textEnd!, expression.textEnd! + after))) return null;
  return expression.textEnd! + after + 1;
}

function resolveClaimTime(
  claim: ClaimDraft,
  found: { governing: TimeExpression | undefined; /** The governing expression is written right before this claim (2016年的551元). */ own: boolean; boundBase: TimeExpression | undefined; headingStack: Heading[]; title: TimeExpression | null; text: string; norm: string },
): ClaimTime | null {
  const { governing, own, boundBase, headingStack, title, text, norm } = found;
  if (boundBase) return stamp(boundBase, boundBase, 'sentence', text);
  const lead = norm.slice(Math.max(claim.sentence.start, claim.start - 24), claim.start);
  const before = lead.match(YEAR_BEFORE);
  // 较去年同期的人民币2,655亿元, 从2023年同期的1930万: the figure is of the governing period in the year
  // named; 是去年同期的5.38倍 and 恢复至去年同期的57.9%, a multiple or share of it, are of the period that governs.
  const sameSpan = before
    ? { at: claim.start - before[0].length, phrase: before[0].match(/^(?:去年|上年|\d{4} ?年)同期/u)![0], year: before.groups!.year }
    : claim.change?.role === 'from' ? sameSpanBefore(norm, Math.max(claim.sentence.start, governing?.textEnd ?? 0), claim.start) : null;
  const yearEarlier = (period: { start: string; end: string }, source: TimeSource): ClaimTime | null => {
    if (!sameSpan || claim.unit === 'x' || (claim.unit === '%' && SHARE_OF_YEAR_BEFORE.test(lead)) || GAP_TO_YEAR_BEFORE.test(lead)) return null;
    const years = sameSpan.year ? yearOf(period.end) - Number(sameSpan.year) : 1;
    if (years <= 0) return null;
    const { at, phrase } = sameSpan;
    return { start: yearsEarlier(period.start, years), end: yearsEarlier(period.end, years), text: text.slice(at, at + phrase.length), textStart: at, textEnd: at + phrase.length, source };
  };
  if (governing) {
    if (!governing.known) return null;
    const source: TimeSource = governing.textStart! >= claim.sentence.start ? 'sentence' : 'paragraph';
    return yearEarlier(governing, source) ?? stamp(governing, refine(claim, governing, governing, norm, own), source, text);
  }
  const heading = nearestHeadingTime(headingStack);
  if (heading) return yearEarlier(heading, 'heading') ?? stamp(heading, refine(claim, heading, null, norm, false, heading.text), 'heading', text);
  if (title) {
    const earlier = yearEarlier(title, 'title');
    if (earlier) return earlier;
    const { start, end } = refine(claim, title, null, norm, false, title.text);
    return { start, end, text: title.text, textStart: null, textEnd: null, source: 'title' };
  }
  return null;
}

/** The last 同期 comparison in norm[from, to), with the year it names (none for 去年/上年). */
function sameSpanBefore(norm: string, from: number, to: number): { at: number; phrase: string; year: string | undefined } | null {
  let last: RegExpMatchArray | null = null;
  for (const m of norm.slice(from, to).matchAll(SAME_SPAN)) last = m;
  return last ? { at: from + last.index!, phrase: last[0], year: last.groups!.year } : null;
}

function stamp(expression: TimeExpression, period: { start: string; end: string }, source: TimeSource, text: string): ClaimTime {
  return { start: period.start, end: period.end, text: text.slice(expression.textStart!, expression.textEnd!), textStart: expression.textStart!, textEnd: expression.textEnd!, source };
}
