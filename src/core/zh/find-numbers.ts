// find (zh): Chinese sentences → candidate spans. Scans each sentence once, left to right,
// for a number (Arabic, full-width, Chinese numerals, mixed 5.27万), then reads what the
// grammar `{prefix}? {number} {infix}? {multiplier}? {infix}? {unit}? ({connector} {number} …)? {suffix}?`
// allows, and lets the non-claim table veto dates, codes, ordinals and names.
// Adds `candidates` with named parts; values are resolved in resolve-values.ts.
import type { Candidate, DocumentState, Sentence } from '../document.js';
import type { Diagnostic } from '../schema.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, toHalfWidth } from '../../rules/zh/numerals.js';
import { MULTIPLIERS_LONGEST_FIRST } from '../../rules/zh/multipliers.js';
import { INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../rules/zh/qualifiers.js';
import { matchUnitAt, type UnitRule } from '../../rules/zh/units.js';
import { NON_CLAIM_RULES, type NonClaimRule } from '../../rules/zh/non-claims.js';
import { toSimplified } from './simplify-chinese.js';

type Part = { start: number; end: number; text: string };

/** One number as read at a position: digits (or numerals), optional infix qualifier and multiplier. */
interface NumberRead {
  start: number;
  end: number;
  digits: Part;
  chinese: boolean;
  multiplier: Part | null;
  infix: Part | null;
}

/** Powers of ten of the multipliers a composite number steps down through (278万7,070, 6万3千2百). */
const STEP_POWER: Record<string, number> = { 万亿: 12, 兆: 12, 千亿: 11, 百亿: 10, 亿: 8, 千万: 7, 百万: 6, 万: 4, 千: 3, 百: 2 };
/** What may follow a multiplier inside one number: 零, or a space before a part with its own multiplier. */
// 25亿8千万, 66亿8百万: a part of its own may carry a compound multiplier.
const CONTINUATION = /^(零|\s)?(\d+(?:,\d{3})*)( ?(?:万亿|千万|百万|兆|亿|万|千|百))?/u;

/**
 * Extends a number read up to a multiplier over the parts written after it in smaller units:
 * 4万5000, 278万7,070, 1,135亿6,645万1千, 6万3千2百, 1千零50, 3千零40万, 7万 5千. Returns
 * the end of the whole number, or the multiplier's end when nothing continues it.
 */
function compositeEnd(norm: string, multiplier: Part, limit: number): number {
  let power = STEP_POWER[multiplier.text];
  let end = multiplier.end;
  // 6 萬 5,090 公噸, 1,145 萬 9 千人: pages that set a space around every figure set them inside one too.
  const spaced = norm[multiplier.start - 1] === ' ';
  while (power !== undefined) {
    const m = norm.slice(end, Math.min(limit, end + 24)).match(CONTINUATION);
    if (!m) break;
    const digits = m[2]!.replace(/,/gu, '');
    const next = m[3] ? STEP_POWER[m[3].trim()] : undefined;
    // 84億7,000 萬元: a thousands-grouped part may stand one space before its smaller multiplier.
    if (!spaced && m[3]?.startsWith(' ') && !(m[2]!.includes(',') && next !== undefined && next < power)) break;
    const following = norm[end + m[0].length] ?? '';
    if (next === undefined) {
      // A bare tail is the rest of the last unit: 7,070 after 万, never a year or a date.
      if ((m[1] === ' ' && !spaced) || digits.length > power || /^[\d.年月日号%‰:：\-]/u.test(following) || /^ [\d年月日号]/u.test(norm.slice(end + m[0].length, end + m[0].length + 2))) break;
      return end + m[0].length;
    }
    if (m[1] === ' ' && next >= power) break;
    if (next >= power && m[1] !== '零') break;
    if (next < power && digits.length > power - next) break;
    end += m[0].length;
    power = next;
  }
  return end;
}

/**
 * Thousands grouped with commas (1,234,567) or, as Hong Kong and statistics offices print them, with
 * spaces (468 000); Taiwan budgets group 萬 and 億 by four and the thousands by three (1089,0827,000元).
 */
const ARABIC = /^(?:[-−]|负)?(?:\d{1,4}(?:,\d{4})+,\d{3}(?![\d,])|\d{1,3}(?: \d{3})+(?!\d|,\d)|\d+(?:,\d{3})*)(?:\.\d+|(?= ?[·・] ?\d) ?[·・] ?\d+)?/u;
/** OCR'd documents print digits one by one with spaces (2 0 0 5年, 1 6 0 0万吨, 6 .5 %). */
const SPACED_ARABIC = /^[-−]?\d(?: \d)+(?: ?\. ?\d(?: \d)*)?|^[-−]?\d+ \.\d+/u;
/** Decimals after 点 are digits one by one (点七七); some papers write them as a number (点二十九 = .29). */
const DECIMALS = '[一二三四五六七八九]?十[一二三四五六七八九]?|[零〇○一二三四五六七八九]+';
const NUMERAL_RUN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+(?:[点.‧·・] ?(?:${DECIMALS}))?`, 'u');
const NUMBER_START = new RegExp(`[0-9０-９${CHINESE_NUMERAL_CHARS}]`, 'u');
const FRACTION = new RegExp(`^(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)[分份]之(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:点(?:${DECIMALS}))?)`, 'u');
/** Items of a list after 百分之X: 、Y, 及Z, each a number with nothing after it that makes it another figure. */
const LIST_JOINT = /^(?:、|以及|及|和|与)/u;
const CHINESE_ITEM = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+(?:点(?:${DECIMALS}))?(?![${CHINESE_NUMERAL_CHARS}万亿点]|分之)`, 'u');
const DIGIT_ITEM = /^\d+(?:\.\d+)?(?![\d.%％‰万亿])/u;
/** 2又三分之一: a whole number and a fraction joined by 又. */
const MIXED_FRACTION_WHOLE = new RegExp(`^(\\d+|[${CHINESE_NUMERAL_CHARS}]+)又(?=(?:\\d+|[${CHINESE_NUMERAL_CHARS}]+)分之)`, 'u');
const DOUBLING = /^翻([一两二三四])番/u;
/** 1/4, 2/3: a fraction written with a slash (small denominators only; 12/28 is a date). */
const SLASH_FRACTION = /^(\d{1,2})[/／](\d{1,2})(?![\d/／])/u;
/** A ratio of shares: three or more terms, or decimal terms, or the ratio sign ∶ (1.1:50.3:48.6). */
const RATIO = /^\d+(?:\.\d+)?(?:\s?[:∶]\s?\d+(?:\.\d+)?)+/u;

/** 师生比例为1比11.6: a ratio written with 比, after a word that names a ratio (not a score, 以3比1获胜). */
const RATIO_IN_WORDS = /^\d+(?:\.\d+)?比\d+(?:\.\d+)?(?![\d.])/u;
const RATIO_LEAD = /(?:比例|之比|比率|比值|师生比|生师比|性别比)(?:为|是|达到?|约为?)?$/u;

function isRatio(text: string): boolean {
  const terms = text.split(/\s?[:∶]\s?/u);
  return (terms.length >= 3 && !isClockTime(terms)) || text.includes('∶') || terms.some((term) => term.includes('.'));
}

/** 19:03:27, as a page's date line prints the time (2022-05-19 19:03:27 来源：…): an hour, then minutes and seconds of two digits each; shares that sum to 100 are a ratio. */
function isClockTime(terms: string[]): boolean {
  if (terms.length > 3 || !/^\d{1,2}$/u.test(terms[0]!) || Number(terms[0]) > 23) return false;
  if (!terms.slice(1).every((term) => /^[0-5]\d$/u.test(term))) return false;
  return terms.reduce((sum, term) => sum + Number(term), 0) !== 100;
}

/** A unit per another: 0.328元／千瓦时, 8500元/平方米. */
const PER_UNIT = /^[/／](?:千瓦时|兆瓦时|平方米|立方米|公顷|公里|吨|月|年|人|亩|天|日|小时|公斤|千克|斤|户|次|人次|件|台|间|个|张|床|辆|人·月|人月|m2|m²|kWh)/u;
/** 三大指标, 9大攻势: a number, 大 and a noun (not 大会, 大批, 大量, 大型, 大幅, 大概, 大多, 大都, 大约; 大类 is a measure word). */
const COUNT_OF_MAJOR = /^(?:[两二三四五六七八九]|[1-9]\d?)大(?![会批量型幅概多都约部小体众家中类])(?=[\u4e00-\u9fff]{2})/u;
/** 12.6/10万, 2.1/1000: a rate per a base population. */
const PER_BASE = /^[/／](?:10万|十万|1万|万|1000|千|100)(?![\d万])/u;
/** The rest of a list of point changes after its first 个: 、1.4个百分点, 和2个百分点. */
const SHARED_POINTS = /^(?:[、和及与]\s?\d+(?:\.\d+)?个)*[、和及与]\s?\d+(?:\.\d+)?个百分点/u;
const RANGE_CONNECTOR = /^ ?(?:[-—–~～]|至|到) ?/u;
/** 从5万元到10万元不等, 由3人至5人之间: a 从…到 pair that bounds a spread, not a change. */
const FROM_TO_SPREAD = /^[^，,。；;]*?(?:不等|之间|区间|范围)/u;
/** A verb of change right before a number: what follows 至 is the level reached, not the top of a range. */
const CHANGE_BY = /(?:增加|减少|上升|下降|提高|降低|增长|下跌|回落|上涨|扩大|缩小|减|增)(?:了)?(?:约|近|逾|超过)?$/u;
/** Verbs of passing a threshold before a bare 万/亿 (首超万元, 突破亿元). */
const BARE_MULTIPLIER_LEAD = /(?:首超|首次超过|突破|超过|超|过|逾|破|跨越|跨上|迈上|达)$/u;
const BARE_NUMBER_LEAD = /(?:由|从|为|是|达|达到|至|到|增至|降至|升至|增加到|提高到|下降到|突破|超过|(?<![出入赶])超|逾|约|近|共|计|合计|总计|累计|分别|缩小|扩大|收窄|增长|下降|上升|提高|降低|减少|增加|回落|回升|\||、|和|与|及)\s*$/u;
/** An index named right before its level: 工业生产指数118.4, 采购经理指数(PMI)49.8. */
const INDEX_BEFORE = /(?:指数|指數|PMI|CPI|PPI)[)）]?\s*$/u;
const WINDOW = 12;
/** What may follow 十 written alone for it to be a number (not 十分, 十足, 十字). */
const TEN_ALONE_BEFORE = /^(?:[%％]|[件项个条所家座户批类种名位次])/u;

function part(text: string, start: number, end: number): Part {
  return { start, end, text: text.slice(start, end) };
}

function readMultiplier(norm: string, at: number): Part | null {
  for (const m of MULTIPLIERS_LONGEST_FIRST) if (norm.startsWith(m.text, at)) return part(norm, at, at + m.text.length);
  return null;
}

function readInfix(norm: string, at: number): Part | null {
  for (const q of INFIX_QUALIFIERS) if (norm.startsWith(q.text, at)) return part(norm, at, at + q.text.length);
  return null;
}

/** Reads one number at `at` in the normalised text, or null when none starts there. */
function readNumber(norm: string, at: number, limit: number): NumberRead | null {
  const rest = norm.slice(at, Math.min(limit, at + 40));
  const arabic = rest.match(ARABIC);
  const spaced = rest.match(SPACED_ARABIC);
  let digits: Part;
  let chinese = false;
  if (spaced && (!arabic || spaced[0].length > arabic[0].length)) {
    digits = part(norm, at, at + spaced[0].length);
  } else if (arabic) {
    digits = part(norm, at, at + arabic[0].length);
  } else {
    const run = rest.match(NUMERAL_RUN);
    if (!run) return null;
    digits = part(norm, at, at + run[0].length);
    chinese = true;
  }
  let end = digits.end;
  // After spaced digits the unit may stand one space away as well (2 9 0 0 亿元); a percent sign may after any number (8 %),
  // and a measure word after any Arabic number that is no year (15 歲, 30 万元).
  // 出栏牲畜205487  头: a page may set two spaces there.
  const gap = norm[end] === ' ' ? (norm[end + 1] === ' ' && !chinese && !digits.text.includes(' ') ? 2 : 1) : 0;
  if (gap > 0 && (/^[%‰]/u.test(norm[end + gap] ?? '') || ((digits.text.includes(' ') || (!chinese && !/^(?:1[89]|20)\d{2}$/u.test(digits.text))) && /[^\s\d]/u.test(norm[end + gap] ?? '') && (readInfix(norm, end + gap) || readMultiplier(norm, end + gap) || matchUnitAt(norm, end + gap))))) end += gap;
  let infix = readInfix(norm, end);
  if (infix) end = infix.end;
  let multiplier: Part | null = null;
  // A Chinese numeral with a decimal part takes a multiplier as digits do (三点八亿, 一一四.三万).
  if (chinese && /[点.‧·・]/u.test(digits.text)) {
    multiplier = readMultiplier(norm, end);
    if (multiplier) end = multiplier.end;
    // 二七七點三一億餘元: a qualifier may follow the multiplier, as after digits.
    if (multiplier && !infix) {
      infix = readInfix(norm, end);
      if (infix) end = infix.end;
    }
  } else if (chinese && infix) {
    // 一百三十四餘萬人: a qualifier between a whole numeral and its multiplier, as in 130多亿元.
    multiplier = readMultiplier(norm, end);
    if (multiplier) end = multiplier.end;
  } else if (!chinese) {
    // A unit that starts like a multiplier (千瓦时, 千米, 百分点) wins over the multiplier.
    const unitFirst = matchUnitAt(norm, end);
    if (!unitFirst || !/^[十百千万亿兆]/u.test(unitFirst.text)) multiplier = readMultiplier(norm, end);
    // 3个亿元以上项目 counts projects of 亿元 size: the spoken 个亿 stands without 元.
    if (multiplier?.text === '个亿' && norm[multiplier.end] === '元') multiplier = null;
    if (multiplier) {
      end = multiplier.end;
      const whole = compositeEnd(norm, multiplier, limit);
      if (whole > end) {
        // One number in several units: its digits are the whole span, valued by parseMixedNumeral.
        digits = part(norm, at, whole);
        multiplier = null;
        end = whole;
        // 6 萬 5,090 公噸: the unit of a spaced number stands one space away.
        if (norm[end] === ' ' && digits.text.includes(' ') && matchUnitAt(norm, end + 1)) end++;
      }
    }
    if (!infix) {
      infix = readInfix(norm, end);
      if (infix) end = infix.end;
    }
    // 3万多亿元, 2千余万元: a qualifier between the parts of a compound multiplier (万…亿 is 万亿).
    const larger = multiplier && infix ? readMultiplier(norm, end) : null;
    const compound = larger ? `${multiplier!.text}${larger.text}` : '';
    if (larger && MULTIPLIERS_LONGEST_FIRST.some((rule) => rule.text === compound)) {
      multiplier = { start: multiplier!.start, end: larger.end, text: compound };
      end = larger.end;
    }
  }
  return { start: at, end, digits, chinese, multiplier, infix };
}

function unitAt(norm: string, at: number, chinese: boolean, numeral = ''): UnitRule | null {
  const unit = matchUnitAt(norm, at, /[.点]/u.test(numeral));
  if (!unit) return null;
  // 一期/二期 name phases, 一起 is an adverb; 两 is never an ordinal, so 两期 is a count.
  if (chinese && unit.digitsOnly && !numeral.startsWith('两')) return null;
  return unit;
}

/** Four digits before 年 name a year (1610年, 2020年), not a duration; a bare 1800-2099 may be a year. */
function isYearLike(digits: string, before年 = false): boolean {
  return (before年 ? /^(?:1\d|20)\d{2}$/u : /^(?:1[89]|20)\d{2}$/u).test(digits.replace(/\s/gu, ''));
}

/** Non-claim rules whose `after` must follow the digits themselves, not a measure word after them. */
const AFTER_THE_DIGITS = new Set(['code-letters-after', 'date-day']);

function vetoedBy(rule: NonClaimRule, before: string, at: string, after: string): boolean {
  if (rule.unless && rule.unless.test(before)) return false;
  if (rule.before && !rule.before.test(before)) return false;
  if (rule.at && !rule.at.test(at)) return false;
  if (rule.after && !rule.after.test(after)) return false;
  return Boolean(rule.before || rule.at || rule.after);
}

/** The span of a short quotation (“双30”, “两类补贴”) around `at`, if any: names, not quantities. */
function insideShortQuote(norm: string, sentence: Sentence, at: number): boolean {
  // Look back a short way only: a name in quotes is at most ten characters long.
  const from = Math.max(sentence.start, at - 11);
  const window = norm.slice(from, at + 1);
  const openInWindow = Math.max(window.lastIndexOf('“'), window.lastIndexOf('"'), window.lastIndexOf('「'));
  if (openInWindow < 0) return false;
  const open = from + openInWindow;
  const close = norm.slice(open + 1, sentence.end).search(/[”"」]/u);
  if (close < 0) return false;
  const closeAt = open + 1 + close;
  return closeAt >= at && closeAt - open - 1 <= 10;
}

/** Whether `at` lies inside a title in book-title marks (《3~6岁儿童学习与发展指南》, 《安七条》): a name, not a quantity. */
function insideBookTitle(norm: string, sentence: Sentence, at: number): boolean {
  const open = norm.lastIndexOf('《', at);
  if (open < sentence.start || open < at - 40) return false;
  const closedBefore = norm.indexOf('》', open);
  return closedBefore >= at && closedBefore - open <= 40;
}

function emit(
  out: Candidate[],
  ruleId: string,
  sentence: Sentence,
  start: number,
  end: number,
  parts: Record<string, Part | null | undefined>,
): void {
  const clean: Candidate['parts'] = {};
  for (const [name, value] of Object.entries(parts)) if (value) clean[name] = value;
  out.push({ lang: 'zh', start, end, ruleId, sentence, parts: clean });
}

/** The diagnostic saying which non-claim rule passed over the number at [start, end). */
function vetoDiagnostic(rule: NonClaimRule, start: number, end: number): Diagnostic {
  return { severity: 'info', ruleId: rule.id, reason: `not a claim: ${rule.reason}`, start, end };
}

/** The non-claim rules that read only the number itself, and those that read around it: split once, in table order. */
const AT_RULES = NON_CLAIM_RULES.filter((rule) => rule.at && !rule.before && !rule.after && !rule.unless);
const CONTEXT_RULES = NON_CLAIM_RULES.filter((rule) => rule.before || rule.after || rule.unless);

/** Finds the candidates of one sentence; with `vetoes`, records the numbers non-claim rules passed over. */
export function findInSentence(norm: string, sentence: Sentence, out: Candidate[], vetoes?: Diagnostic[], traditional = false): void {
  const applies = (rule: NonClaimRule) => !rule.traditionalOnly || traditional;
  const isTableRow = norm.slice(sentence.start, sentence.end).includes(' | ');
  let i = sentence.start;
  while (i < sentence.end) {
    const rel = norm.slice(i, sentence.end).search(NUMBER_START);
    if (rel < 0) break;
    const at = i + rel;
    i = at + 1;
    const before = norm.slice(Math.max(sentence.start, at - WINDOW), at);
    const ahead = norm.slice(at, Math.min(sentence.end, at + WINDOW));
    // A number glued to a previous number or letter run was already read (or is part of a code).
    if (at > sentence.start && /[0-9.]$/u.test(before)) continue;
    if (insideBookTitle(norm, sentence, at)) continue;
    const atRule = AT_RULES.find((rule) => applies(rule) && rule.at!.test(ahead));
    if (atRule) {
      const skip = ahead.match(/^[\d\-/.年月日]+/u) ?? ahead.match(NUMERAL_RUN);
      let skipped = skip ? skip[0].length : 1;
      // 2019年3月11,710億元, 106年115萬532人: digits after 年 or 月 that open a thousands group or
      // take a multiplier are the next number, not a day or a month.
      const dayLike = skip ? /[年月](\d{1,4})$/u.exec(skip[0]) : null;
      if (dayLike && /^(?:,\d{3}|[万萬亿億])/u.test(ahead.slice(skipped))) skipped -= dayLike[1]!.length;
      i = at + Math.max(1, skipped);
      vetoes?.push(vetoDiagnostic(atRule, at, i));
      continue;
    }

    // A minus sign right before the digits, not joining two numbers (增幅为-3.2%, | -1.6).
    const signed =
      // 减负1.54万亿元, 担负: 负 ending a word is no sign.
      at > sentence.start && /\d/u.test(norm[at] ?? '') && ((norm[at - 1] === '负' && !/[减担背抱胜正自]/u.test(norm[at - 2] ?? '')) || (/[-−]/u.test(norm[at - 1]!) && !/[\dA-Za-z)）]\s*$/u.test(norm.slice(Math.max(0, at - 4), at - 1))));

    // 三大指标, 两大产业, 五大亮点: N 大 + a noun counts N of them (第三大, 十九大 and 一大批 are no counts).
    const big = ahead.match(COUNT_OF_MAJOR);
    // A name in quotes (“三大进位工程”) and a count that restates the list before it (北京、上海和广州三大城市) are not.
    // 第三大 is a rank, 十九大 a congress: a numeral before the match is part of the name.
    const bigEnd = big ? at + big[0].length : at;
    if (big && !/[第十一]$/u.test(before) && !/、/u.test(before) && !insideShortQuote(norm, sentence, at)) {
      emit(out, 'zh-count-major', sentence, at, bigEnd, { number: part(norm, at, bigEnd - 1), prefix: prefixQualifier(norm, sentence, at) });
      i = bigEnd;
      continue;
    }
    // 一半以上, 超过一半: a half is a fraction (另一半, the other half, names a part).
    if (ahead.startsWith('一半') && !/另$/u.test(before)) {
      emit(out, 'zh-half', sentence, at, at + 2, { half: part(norm, at, at + 2), prefix: shareQualifier(norm, sentence, at), suffix: suffixQualifier(norm, at + 2) });
      i = at + 2;
      continue;
    }
    const doubling = ahead.match(DOUBLING);
    if (doubling) continue; // 翻一番 is read at 翻, below.

    const whole = ahead.match(MIXED_FRACTION_WHOLE);
    const fraction = (whole ? norm.slice(at + whole[0].length, Math.min(sentence.end, at + whole[0].length + WINDOW)) : ahead).match(FRACTION);
    if (fraction && whole) {
      const start = at + whole[0].length;
      const end = start + fraction[0].length;
      emit(out, 'zh-fraction-mixed', sentence, at, end, {
        whole: part(norm, at, at + whole[1]!.length),
        denominator: part(norm, start, start + fraction[1]!.length),
        numerator: part(norm, end - fraction[2]!.length, end),
        prefix: prefixQualifier(norm, sentence, at),
      });
      i = end;
      continue;
    }
    if (fraction) {
      const den = fraction[1]!;
      const kind = den === '百' ? 'fraction-percent' : den === '千' ? 'fraction-permille' : 'fraction';
      let end = at + fraction[0].length;
      emit(out, `zh-${kind}`, sentence, at, end, {
        denominator: part(norm, at, at + den.length),
        numerator: part(norm, end - fraction[2]!.length, end),
        prefix: shareQualifier(norm, sentence, at),
      });
      // 分别占百分之四十一、二十四点一及十三点五: the items after the first share its 百分之.
      if (kind !== 'fraction') {
        const itemPattern = /\d/u.test(fraction[2]!) ? DIGIT_ITEM : CHINESE_ITEM;
        for (let guard = 0; guard < 50; guard++) {
          const joint = norm.slice(end, sentence.end).match(LIST_JOINT);
          const item = joint ? norm.slice(end + joint[0].length, sentence.end).match(itemPattern) : null;
          if (!joint || !item) break;
          const start = end + joint[0].length;
          if (unitAt(norm, start + item[0].length, itemPattern === CHINESE_ITEM)) break;
          emit(out, `zh-${kind}`, sentence, start, start + item[0].length, {
            denominator: part(norm, at, at + den.length),
            numerator: part(norm, start, start + item[0].length),
            prefix: prefixQualifier(norm, sentence, start),
          });
          end = start + item[0].length;
        }
      }
      i = end;
      continue;
    }

    const ratio = norm.slice(at, Math.min(sentence.end, at + 80)).match(RATIO) ?? (RATIO_LEAD.test(norm.slice(Math.max(sentence.start, at - 8), at)) ? ahead.match(RATIO_IN_WORDS) : null);
    if (ratio && (isRatio(ratio[0]) || ratio[0].includes('比'))) {
      for (const term of ratio[0].matchAll(/\d+(?:\.\d+)?/gu)) {
        const start = at + term.index!;
        emit(out, 'zh-ratio-term', sentence, start, start + term[0].length, { number: part(norm, start, start + term[0].length) });
      }
      i = at + ratio[0].length;
      continue;
    }

    const slash = ahead.match(SLASH_FRACTION);
    // 05/19: a month and day written with a leading zero is a date, not a fraction.
    if (slash && Number(slash[1]) < Number(slash[2]) && Number(slash[2]) <= 20 && !/^0\d/u.test(slash[1]!)) {
      const end = at + slash[0].length;
      emit(out, 'zh-fraction', sentence, at, end, {
        numerator: part(norm, at, at + slash[1]!.length),
        denominator: part(norm, end - slash[2]!.length, end),
        slash: part(norm, at + slash[1]!.length, at + slash[1]!.length + 1),
        prefix: prefixQualifier(norm, sentence, at),
      });
      i = end;
      continue;
    }

    const first = readNumber(norm, signed ? at - 1 : at, sentence.end);
    if (!first) continue;
    i = first.end;
    if (first.chinese) {
      const numeralOnly = first.digits.text;
      // 增加十%, 十件民生实事, 十个部门: ten written alone is a number before a percent sign or a measure word.
      // 十多亿元, 十余万人: ten and a qualifier before a multiplier is more than ten of it.
      const tenOdd = numeralOnly === '十' && first.infix !== null && first.multiplier !== null;
      if (/^[十百千万亿]$/u.test(numeralOnly) && !tenOdd && !(numeralOnly === '十' && TEN_ALONE_BEFORE.test(norm.slice(first.end, first.end + 2)))) {
        // 首超万元, 突破亿元: a threshold written as the multiplier alone is one of it.
        const thresholdUnit = /^[万亿]$/u.test(numeralOnly) && BARE_MULTIPLIER_LEAD.test(before) ? unitAt(norm, first.end, false) : null;
        if (thresholdUnit && thresholdUnit.kind !== 'percent') {
          const end = first.end + thresholdUnit.text.length;
          emit(out, `zh-bare-multiplier:${thresholdUnit.id}`, sentence, first.start, end, {
            multiplier: first.digits,
            unit: part(norm, first.end, end),
            prefix: prefixQualifier(norm, sentence, first.start),
          });
          i = end;
        }
        continue;
      }
      if (parseChineseNumeral(numeralOnly) === null) continue;
    }
    let end = first.end;
    let unit = unitAt(norm, end, first.chinese, first.digits.text);
    // 中區2萬959人次之: 次之 is "second to it", the unit is 人.
    if (unit?.text === '人次' && norm[end + 2] === '之') unit = matchUnitAt(norm.slice(0, end + 1), end);
    let unitPart = unit ? part(norm, end, end + unit.text.length) : null;
    if (unitPart) end = unitPart.end;
    // 分别高0.5个、1.4个百分点: 个 before a list whose last item names the points is the points' measure word.
    const sharedPoints = unit?.id === 'count-ge' ? norm.slice(end, Math.min(sentence.end, end + 40)).match(SHARED_POINTS) : null;
    const sharedUnit = sharedPoints ? part(norm, end + sharedPoints[0].length - 4, end + sharedPoints[0].length) : null;
    // What a unit may still carry inside the same number: 两吨半, 四成半 (a half), 六成八 (68%), 80元5角2分, 1小时21分钟.
    let tail: Part | null = null;
    if (unit && !first.multiplier) {
      const rest = norm.slice(end, Math.min(sentence.end, end + 8));
      const tailMatch =
        (unit.id === 'percent-cheng' ? rest.match(/^(?:半|[一二三四五六七八九](?![十百千万亿成]))/u) ?? rest.match(/^\d(?![\d.])/u) : null) ??
        // 1小时21分钟: the minutes after the hours are the same duration.
        (unit.id === 'duration-hour' ? rest.match(/^(?:[1-5]?\d|[一二三四五]?十[一二三四五六七八九]?|[一二两三四五六七八九])分(?:钟)?/u) : null) ??
        (unit.id === 'money-yuan' ? rest.match(/^(?:\d|[一二两三四五六七八九])角(?:(?:\d|[一二两三四五六七八九])分)?|^(?:\d|[一二两三四五六七八九])分(?!之)/u) : null) ??
        ((unit.kind === 'measure' || unit.kind === 'count') ? rest.match(/^半(?![年月天日小])/u) : null);
      if (tailMatch) {
        tail = part(norm, end, end + tailMatch[0].length);
        end = tail.end;
      }
    }

    // Range: {number}{unit}? {connector} {number}{multiplier}?{unit}
    let second: NumberRead | null = null;
    let secondUnitPart: Part | null = null;
    const connector = norm.slice(end, sentence.end).match(RANGE_CONNECTOR);
    // 减少约1,500人至3,830,100人: a change by one figure to another, two claims, not a range.
    // 营业收入从4215亿元到7016亿元: from one level to another, unless the pair bounds a spread (从5万元到10万元不等).
    const fromTo = connector !== null && /到|至/u.test(connector[0]) && /[从由]\s*$/u.test(norm.slice(Math.max(sentence.start, at - 2), at)) && !FROM_TO_SPREAD.test(norm.slice(end, Math.min(sentence.end, end + 24)));
    const changeTo = fromTo || (connector !== null && /至|到/u.test(connector[0]) && CHANGE_BY.test(norm.slice(Math.max(sentence.start, at - 8), at)));
    if (connector && !changeTo) {
      const next = readNumber(norm, end + connector[0].length, sentence.end);
      if (next && next.chinese === first.chinese) {
        const nextUnit = unitAt(norm, next.end, next.chinese);
        const sameUnit = unit ? nextUnit?.text === unit.text || (!nextUnit && false) : Boolean(nextUnit);
        if (sameUnit && nextUnit) {
          second = next;
          secondUnitPart = part(norm, next.end, next.end + nextUnit.text.length);
          if (!unit) {
            unit = nextUnit;
          }
          end = secondUnitPart.end;
        } else if (!unit && !nextUnit && /[-—–~～]/u.test(connector[0]) && next.end - next.start > 0) {
          // 10-20 with no unit at all: a bare range (tables), or a code such as 2024-17.
          const afterNext = norm.slice(next.end, sentence.end);
          if (/^[%％‰]/u.test(afterNext)) {
            const pctUnit = unitAt(norm, next.end, false)!;
            second = next;
            secondUnitPart = part(norm, next.end, next.end + pctUnit.text.length);
            unit = pctUnit;
            end = secondUnitPart.end;
          }
        }
      }
    }

    const after = norm.slice(end, Math.min(sentence.end, end + WINDOW));
    // Dates and years: 2016年, 2019-2021年, 1-10月, 12月, 28日.
    if (unit?.id === 'duration-year') {
      // 二○一八年: a year written digit by digit in numerals is a year too.
      const numeralYear = first.chinese && /^[零〇○一二三四五六七八九]{4}$/u.test(first.digits.text) && isYearLike(String(parseChineseNumeral(first.digits.text)), true);
      if (numeralYear || isYearLike(first.digits.text, true) || (second && isYearLike(second.digits.text, true))) {
        i = end;
        continue;
      }
      // 五年来 is left to the time-span-lai rule, so the veto names it.
      if (/^(?:度|前|后)/u.test(after)) {
        i = end;
        continue;
      }
    }
    // A day or a number right before 日/号 is left to the date-day, number-hao and document-number rules.
    // 去年受到 4 月霪雨: pages that set a space around every figure set one before 月 too.
    if (!unit && /^ ?(?:(?:[、和与及]\d{1,2})*[-—–~～至到、和与及]?\d{0,2}月|[-—–~～至到、和与及]\d{0,2}[日号]|\d{1,2}[日号]|年|[-—–~～至到、和与及]\d{4}年)/u.test(after) && !/^ ?个月/u.test(after)) {
      i = end;
      continue;
    }
    const unitJoinedByPlus = unit !== null && (/^[+＋]/u.test(after) || /[+＋]$/u.test(before));
    // Letters or 日 glued to the digits make a code or a date (5G, 4A级, 31日); after a measure word
    // they start the next word (连续5年A级, 8市PM2.5, 9站日降水量).
    const vetoRule = CONTEXT_RULES.find((rule) => applies(rule) && !(unitJoinedByPlus && rule.id.startsWith('code-plus')) && !(unit !== null && AFTER_THE_DIGITS.has(rule.id)) && vetoedBy(rule, before, ahead, after));
    if (vetoRule) {
      i = Math.max(i, end);
      vetoes?.push(vetoDiagnostic(vetoRule, at, end));
      continue;
    }
    // Names in short quotes (“双30”, “两委”, “四个意识”); a measured quantity in quotes (“98天+2个月”) stays.
    if (insideShortQuote(norm, sentence, at) && (first.chinese || !unit)) {
      i = end;
      continue;
    }

    // 出栏3323(头/只), 奶产量6789.20(吨), 财政收入1748(不包括基金收入1435万元)万元: statistics write
    // the unit in brackets after the number, or after a bracketed note; the claim is the number.
    const bracketed = !unit && !first.chinese && !first.multiplier && !second ? bracketedUnit(norm, end, sentence.end) : null;
    if (bracketed) {
      emit(out, `zh-number-unit:${bracketed.rule.id}`, sentence, first.start, end, {
        number: first.digits,
        multiplier: bracketed.multiplier,
        unit: bracketed.unit,
        prefix: prefixQualifier(norm, sentence, first.start),
      });
      i = bracketed.note ? end : bracketed.unit.end;
      continue;
    }
    if (!unit) {
      // A bare number is a claim only where a quantity is expected: after 为/达/至…, in a
      // table row, or sharing the unit of its partner (1000调整至1662元).
      // 突破一万亿大关, 人口超过一千万: a numeral in 万/亿 where a quantity is expected is one; a
      // small bare numeral (一些, 三五成群) is not.
      if (first.chinese && !(/[万亿]/u.test(first.digits.text) && /(?:突破|超过|达到|达|逾|超)\s*$/u.test(before))) continue;
      // 12345热线, 2 0 2 3 0 1: five digits or more in a row are a code; grouped in thousands (359 500) they are a figure.
      if (/^\d{5,}$/u.test(first.digits.text.replace(/\s/gu, '')) && !/^\d{1,3}(?: \d{3})+$/u.test(first.digits.text) && !first.multiplier) continue;
      // 综合指数(2.37): a decimal in parentheses after what it measures.
      const parenthesised = /[(（]$/u.test(before) && /^[)）]/u.test(after) && /[.]/u.test(first.digits.text);
      // 20.1/10万: a rate per a base population is a quantity wherever it stands.
      const perBase = PER_BASE.test(norm.slice(end, sentence.end));
      // 工业生产指数118.4, 制造业PMI 49.8: a decimal right after an index is its level.
      const indexLevel = INDEX_BEFORE.test(before) && /\.\d/u.test(first.digits.text);
      const lead = BARE_NUMBER_LEAD.test(before) || isTableRow || parenthesised || perBase || indexLevel;
      const partner = /^[\u4e00-\u9fff]{0,2}(?:至|到|为)/u.test(after) || /^[、和与及]/u.test(after);
      if (!first.multiplier && !lead && !partner) continue;
      // 58同城, 12345热线: digits glued to a name.
      if (!first.multiplier && !partner && /^[\u4e00-\u9fff]/u.test(after) && !/^(?:左右|以上|以下|多|余|大关|关口)/u.test(after)) continue;
      if (isYearLike(first.digits.text) && !first.multiplier && !BARE_NUMBER_LEAD.test(before)) continue;
    }

    let perUnit: Part | null = null;
    // 12.6/10万, 2.1‰ is written out: a rate per 100,000.
    const perBase = !unit ? norm.slice(end, sentence.end).match(PER_BASE) : null;
    if (perBase) {
      perUnit = part(norm, end, end + perBase[0].length);
      end = perUnit.end;
    }
    if (unit && !unit.per && (unit.kind === 'money' || unit.kind === 'measure')) {
      const per = norm.slice(end, sentence.end).match(PER_UNIT);
      if (per) {
        perUnit = part(norm, end, end + per[0].length);
        end = perUnit.end;
      }
    }

    const suffix = suffixQualifier(norm, end);

    const ruleId = `zh-${second ? 'range' : unit ? 'number-unit' : 'number'}${unit ? ':' + unit.id : ''}`;
    emit(out, ruleId, sentence, first.start, end, {
      number: first.digits,
      multiplier: first.multiplier,
      infix: first.infix,
      unit: unit && !second ? unitPart : null,
      firstUnit: second ? unitPart : null,
      number2: second?.digits,
      multiplier2: second?.multiplier,
      infix2: second?.infix,
      unit2: secondUnitPart,
      tail,
      perUnit,
      sharedUnit,
      prefix: unit?.id === 'percent-sign' || unit?.id === 'percent-cheng' ? shareQualifier(norm, sentence, first.start) : prefixQualifier(norm, sentence, first.start),
      suffix,
    });
    i = end;
  }

  // 翻一番 / 翻两番: a doubling is a multiple.
  const text = norm.slice(sentence.start, sentence.end);
  // 翻了将近一番: a qualifier may stand inside (its approx comes from the prefix qualifier).
  for (const m of text.matchAll(/翻了?(?<qualifier>将近|接近|近|约)?([一两二三四])番/gu)) {
    const start = sentence.start + m.index!;
    if (insideBookTitle(norm, sentence, start)) continue;
    const times = start + m[0].length - 2;
    const qualifier = m.groups!.qualifier ? part(norm, times - m.groups!.qualifier.length, times) : null;
    emit(out, 'zh-doubling', sentence, start, start + m[0].length, { times: part(norm, times, times + 1), prefix: qualifier });
  }
}

/**
 * The unit written in brackets right after a number (`(头/只)`, `（万吨）`: the first of the
 * alternatives), or right after a bracketed note on it (`(不包括基金收入1435万元)万元`).
 */
function bracketedUnit(norm: string, at: number, limit: number): { rule: UnitRule; unit: Part; multiplier: Part | null; note: boolean } | null {
  const rest = norm.slice(at, Math.min(limit, at + 40));
  const read = (from: number, to: number | null) => {
    const multiplier = readMultiplier(norm, from);
    const unitStart = multiplier ? multiplier.end : from;
    const rule = matchUnitAt(norm, unitStart);
    if (!rule || rule.kind === 'percent' || (to !== null && unitStart + rule.text.length !== to)) return null;
    return { rule, unit: part(norm, unitStart, unitStart + rule.text.length), multiplier };
  };
  const inside = rest.match(/^[(（]([^()（）/／、]{1,4})(?:[/／、][^()（）]{1,4})?[)）]/u);
  if (inside) {
    const found = read(at + 1, at + 1 + inside[1]!.length);
    return found ? { ...found, note: false } : null;
  }
  const note = rest.match(/^[(（][^()（）]{2,30}[)）]/u);
  if (note && /[\u4e00-\u9fff]/u.test(note[0])) {
    const found = read(at + note[0].length, null);
    return found ? { ...found, note: true } : null;
  }
  return null;
}

/** Verbs that may stand between a prefix qualifier and its number (至少配备2名, 最多补助3000元). */
const QUALIFIER_VERBS = '达到|配备|配置|完成|发放|补助|投入|安排|建成|培训|招聘|提供|占|增|减|合|可达';

/** Each prefix qualifier as it may end the text before a number, compiled once. */
const PREFIX_PATTERNS = PREFIX_QUALIFIERS.map((q) => ({ q, pattern: new RegExp(`${q.notAfter ? `(?<!${q.notAfter})` : ''}${q.text}(?:${q.verbs ?? `了|达|到|为|有|${QUALIFIER_VERBS}`})?$`, 'u') }));

/** The suffix qualifier written at `end` (以上, 左右), the last of the table that matches. */
function suffixQualifier(norm: string, end: number): Part | null {
  const q = SUFFIX_QUALIFIERS.findLast((rule) => norm.startsWith(rule.text, end) && !rule.notBefore?.test(norm.slice(end + rule.text.length, end + rule.text.length + 1)));
  return q ? part(norm, end, end + q.text.length) : null;
}

/**
 * A share's qualifier may stand before the whole it is a share of: 约占全市土地面积的68%, 不到去年同期的一半,
 * 不超过其实际缴纳的社会保险费的三分之二. Comparisons (低于全国平均值的4.7%) name a base, not a bound, and
 * 近 also opens time words (近年来): they are left out.
 */
// 约 ends words too (签约覆盖率从2020年的45.5%): it qualifies a share only as 约占, 约为.
const SHARE_LEAD = /(?:(大约|约)(?:占|为|相当于)|(不到|不足|不超过|接近|将近|至少|最多)(?:占|是|为|相当于)?)[^，,。；;、：:]{1,24}的$/u;

function shareQualifier(norm: string, sentence: Sentence, at: number): Part | null {
  const direct = prefixQualifier(norm, sentence, at);
  if (direct) return direct;
  const from = Math.max(sentence.start, at - 32);
  const m = norm.slice(from, at).match(SHARE_LEAD);
  const qualifier = m ? (m[1] ?? m[2])! : null;
  return m && qualifier ? part(norm, from + m.index!, from + m.index! + qualifier.length) : null;
}

function prefixQualifier(norm: string, sentence: Sentence, at: number): Part | null {
  const before = norm.slice(Math.max(sentence.start, at - 8), at);
  for (const { q, pattern } of PREFIX_PATTERNS) {
    const m = before.match(pattern);
    if (m) {
      const start = at - m[0].length;
      return part(norm, start, start + q.text.length);
    }
  }
  return null;
}

/**
 * Whether a text is written in traditional characters (Taiwan, Hong Kong, Macau): at least one
 * Han character in twenty changes when simplified. A simplified page quoting a name in
 * traditional characters stays below that.
 */
export function isTraditional(text: string, norm: string): boolean {
  if (text === lastTraditionalText) return lastTraditional;
  lastTraditionalText = text;
  lastTraditional = countTraditional(text, norm);
  return lastTraditional;
}

// Find, resolve and times all ask of the same article: the core is synchronous per article, so
// remembering the last answer computes it once (as normaliseForRules does for the text).
let lastTraditionalText: string | null = null;
let lastTraditional = false;

function countTraditional(text: string, norm: string): boolean {
  if (norm === text) return false;
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    if (text[i] !== norm[i]) changed++;
  }
  return han > 0 && changed * 20 >= han;
}

let lastText: string | null = null;
let lastNorm = '';

/**
 * The text the Chinese rules read: simplified, half-width, same length as article.text, so
 * every offset found in it is an offset into the article. Several stages read it per article;
 * the core is synchronous per article, so remembering the last one computes it once.
 */
export function normaliseForRules(text: string): string {
  if (text === lastText) return lastNorm;
  lastNorm = normaliseText(text);
  lastText = text;
  return lastNorm;
}

/** normaliseForRules without the memory of the last article: for short pieces (a subject), which must not evict the article's text. */
export function normaliseText(text: string): string {
  const norm = toHalfWidth(toSimplified(text)).replace(LETTER_ZERO, '〇');
  return norm.length === text.length ? norm : text;
}

/** 二O一九年, 五百O七亿元: a capital letter O typed for the zero 〇 between two Chinese numerals. */
const LETTER_ZERO = /(?<=[一二三四五六七八九十百千〇])[OoＯ](?=[一二三四五六七八九〇])/gu;

export function findNumbers(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const norm = normaliseForRules(state.article.text);
  const traditional = isTraditional(state.article.text, norm);
  const candidates: Candidate[] = [];
  const vetoes: Diagnostic[] | undefined = state.input.explain ? [] : undefined;
  for (const sentence of state.sentences) if (sentence.lang === 'zh') findInSentence(norm, sentence, candidates, vetoes, traditional);
  candidates.sort((a, b) => a.start - b.start);
  return { ...state, candidates: [...state.candidates, ...candidates], diagnostics: vetoes?.length ? [...state.diagnostics, ...vetoes] : state.diagnostics };
}
