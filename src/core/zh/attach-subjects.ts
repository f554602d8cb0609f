// subject (zh): claim drafts → drafts naming what each number measures. The subject is
// cut out of the claim's clause: for a count whose measure word is followed by a noun
// (296707名困难残疾人) the phrase after it, up to the next action verb; otherwise the text
// before the number, trimmed of linking words, scope, time and per phrases and of leading
// verbs (发放临时救助金13830.6万元 → 临时救助金). Rates and the "to" side of a change with no
// subject of their own take the subject of the claim they follow.
import type { ClaimDraft, DocumentState, Token } from '../document.js';
import { ACTION_VERBS, ATTRIBUTIVE_WORDS, ATTRIBUTIVE_ZAI, COMPARISON_GAP, INTRANSITIVE_NAMES, MEASURE_OF_ACT, LEAD_PREFIX, NAME_ADVERBS, LEAD_SUFFIX, NOMINAL_VERBS, NOT_SUBJECT_WORDS, WORD_FINAL_LINKERS } from '../../rules/zh/subjects.js';
import { normaliseForRules, normaliseText } from './find-numbers.js';
import { toSimplified } from './simplify-chinese.js';
import { clauseStart as clauseStartOf, countByState } from './attach-structure.js';
import { splitRow } from './attach-table-units.js';
import { lineAround } from '../lines.js';
import { isJurisdictionWord } from '../adapters/gazetteer.js';

const CLAUSE_BREAK = /[，,；;。！？!?：:\n|]/u;
const TAIL_BREAK = /[，,；;。！？!?：:\n|、（(“"]/u;
const MAX_SUBJECT = 24;
/** Words that name a rate of change without naming what changes (按年升, as Hong Kong and Macau write 同比增长), or how much of its budget a figure has reached (执行率). */
const GENERIC_RATE = /^的?(?:同比|环比|年均|同口径)*(?:(?:自然)?(?:增幅|增速|涨幅|降幅|升幅|跌幅)|增长率|增长|下降|回落|提高|(?:增加|减少|增长|下降)?比率)$|^(?:按年|按月|按季)(?:上升|下跌|上涨|下降|增加|减少|升|跌|增|减)$|^(?:预算)?执行(?:率|进度)$/u;
/**
 * 对全市工业增长的贡献率109.7%, 上拉全市工业增加值增速10.6个百分点, 占比为4.6%: what a sector adds to
 * the whole's growth, or its share of it, is of the sector the clause before measured.
 */
const CONTRIBUTION_LEAD = /^[，,\s]*(?:(?:对|占)[^，,；;。\d]{0,16}(?:增长|增速|GDP|生产总值|增加值)的?贡献率(?:为|达)?|(?:上拉|下拉|拉动)[^，,；;。\d]{0,16}(?:增长|增速)|总量占[^，,；;。\d]{0,16}(?:比重|比例)(?:为|达)?|占比(?:为|达)?)$/u;
/** 進出口貿易、批發及零售業的淨產值，繼…下跌3.7%: a clause that is only the name of a measure is the topic of the next. */
const TOPIC_MEASURE = /^[\u4e00-\u9fff、及和与]{2,24}的(?:净产值|产值|增加值|收入|支出|总额|营业额|销售额|价格|指数)$/u;
/** 完成年度计划的82.3%, 为预算的102.3%, 完成全年目标任务的: a share of a plan, target or budget. */
/** ，较上年度法定预算数, ，比上年的: what stands between a figure and the base value it is compared with. */
const BASE_VALUE_LEAD = /^[，,\s]*(?:较|比|相较于?|相比于?)[^，,；;。]{0,20}$/u;

/** 完成年计划的119.6%, 实现年度覆盖计划的106.4%, 完成省民生工程目标任务的130.26%: the plan named in a few words. */
const PLAN_SHARE = /^[，,\s]*(?:完成|实现|达到|为|占|相当于)(?:了)?[\u4e00-\u9fff]{0,10}?(?:计划|目标任务|目标|任务|预算|调整预算)数?(?:的)?$/u;

/** 完成全年|900万人|目标的|73%: the words around a target's own figure in a share of it. */
const TARGET_BEFORE = /[，,]\s*(?:完成|达到|占)(?:了)?(?:年度|全年|年初)?(?<plan>(?:调整)?预算数?|计划|目标任务|目标|任务)?$/u;
const TARGET_AFTER = /^(?:的)?(?:投资)?(?<plan>目标任务|目标|任务|计划)?(?:的)?$/u;
/** The plan or budget is named on one side of its figure at least (完成预算16634万元的161.0%, 完成全年900万人目标的73%). */
function targetShare(before: string, after: string): boolean {
  const [b, a] = [before.match(TARGET_BEFORE), after.match(TARGET_AFTER)];
  return Boolean(b && a && (b.groups!.plan || a.groups!.plan));
}

/** 及泰国 (, 、小学生(: the name a figure in brackets belongs to, after the word or mark that lists it. */
const NAME_BEFORE_BRACKET = /(?:^|[、及和与，,；;：:\s])([\u4e00-\u9fff]{2,10})\s?[（(]$/u;

/** 羊出栏, 牛存栏, 禽出笼: livestock counted by the act, in farm statistics. */
const LIVESTOCK_COUNT = /^[\u4e00-\u9fff](?:出栏|存栏|出笼|存笼)$/u;

/** 上年结转, 上年结余资金: what a budget carries over from the year before. */
const CARRY_OVER = /(?:上年度?|上一年度?)(?:结转|结余)(?:资金|收入)?(?=(?:为|达到?|共)?$)/u;

/** [1], 〔2〕: a footnote mark. */
const FOOTNOTE_MARK = /[〔［\[]\d{1,2}[〕］\]]|[（(]\d[)）](?=[\u4e00-\u9fff])/gu;

/** (常住人口城镇化率)为: a name in brackets, right before the figure it names. */
const ALIAS_BEFORE = /[（(](?!含|包括|不含|不包括|其中|即|下同)([\u4e00-\u9fff]{2,12})[)）](?:为|是|达到?)$/u;
/** 每10股, 每100户: a base a figure is counted per, written before the thing paid or counted. */
const PER_BASE_BEFORE = /每[\d.]+(?:股|户|人|名|吨|亩|公斤|千克|平方米|件|份)/gu;

/** A subject made only of words that name nothing (持平, 以上, 预计, 年度), with their linking characters. */
const BARE = new RegExp(`^(?:${NOT_SUBJECT_WORDS.join('|')}|[了的者为是，,、\\s])+$`, 'u');

/** 县(市、区), 省(区、市): the kinds of place a count covers, written in brackets after the noun. */
const PLACE_KIND = '[省市县区旗州盟镇乡]';
const PLACE_KINDS = new RegExp(`^[（(](?:${PLACE_KIND}、?)+[)）]`, 'u');
/** 12个市(区)中: a one-character kind of place that the word splitter glued to the measure word. */
const PLACE_WITH_KINDS = new RegExp(`^${PLACE_KIND}${PLACE_KINDS.source.slice(1)}`, 'u');

/** A figure in the text; codes that mix letters and digits (PM2.5, 3D, 5G) name things and are not figures. */
const hasFigure = (text: string) => /\d/u.test(text.replace(/[A-Z]+\d*(?:\.\d+)?|\d+[A-Z]+/gu, ''));

/** A date in a lead, with the 前/以来 that may close it. */
const CHINESE_DAY = '[一二三四五六七八九十]{1,3}日';
const CHINESE_DATE = `[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:${CHINESE_DAY}(?:至(?:[一二三四五六七八九十]{1,2}月)?${CHINESE_DAY})?)?)?`;
const DATE_IN_LEAD = `(?:\\d+(?:年度|年底|年末|年|月底|月末|月份|月|日|号)|${CHINESE_DATE}|第[一二三四1-4]季度?)(?:前|以前|以来|起|内)?`;
/** Up to the end of the last date in a lead. */
const AFTER_DATE = new RegExp(`^.*${DATE_IN_LEAD}`, 'u');
/** The last date of such a lead, where the phrase before it ends. */
const DATE_AT_END = new RegExp(`${DATE_IN_LEAD}$`, 'u');

function trimLead(text: string): string {
  let s = text;
  for (let guard = 0; guard < 20; guard++) {
    const before = s;
    // Parenthesised asides: 地区生产总值（GDP）
    s = s.replace(/[（(][^）)]*[）)]$/u, '');
    s = s.replace(LEAD_SUFFIX, '').replace(LEAD_PREFIX, '');
    if (s === before) break;
  }
  return s;
}

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

/** Drops leading verbs and adverbs (发放, 建成, 帮助) so the phrase starts at its first noun. */
function dropLeadingVerbs(text: string, start: number, tokens: Token[]): string {
  const words = tokensIn(tokens, start, start + text.length);
  let cut = 0;
  // 困难残疾人发放|生活补贴: an action verb after a noun starts a new phrase.
  for (let i = 1; i < words.length - 1; i++) {
    // 景区|共|接待|游客: an adverb may stand between the noun and the verb.
    const before = words[i - 1]!.tag === 'd' && i > 1 ? words[i - 2]! : words[i - 1]!;
    if (words[i]!.tag === 'v' && ACTION_VERBS.has(words[i]!.word) && !NOMINAL_VERBS.has(words[i]!.word) && /^n/u.test(before.tag)) cut = words[i]!.end - start;
  }
  if (cut > 0) {
    // 医保基金累计支出: what follows the verb is a quantity word, so the phrase is one name.
    const rest = words.filter((w) => w.start >= start + cut);
    if (rest.length === 1 && NOMINAL_VERBS.has(rest[0]!.word)) return text;
    // 制剂业务实现销售收入: a line of business earning a measure names it with the measure (制剂业务销售收入).
    const verb = words.find((w) => w.end - start === cut)!;
    const holder = text.slice(0, verb.start - start);
    // 规模以上工业实现总产值, 汽车产业实现工业产值: a sector earning one of the measures of output is named with the measure.
    // (全口径工业实现工业总产值: the industry is named once.)
    // (A company or its enterprises, 公司实现营业收入, are named by the measure alone.)
    if (EARNING_VERBS.has(verb.word) && (BUSINESS_LINE.test(holder) || (OUTPUT_MEASURE.test(text.slice(cut)) && /业$/u.test(holder) && !/企业$/u.test(holder)))) return holder + (holder.endsWith('工业') ? text.slice(cut).replace(/^工业/u, '') : text.slice(cut));
    return text.slice(cut);
  }
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    // 自然|增长率, 相对|贫困人口: an adverb right before a noun modifies the noun and is part of its name.
    if (NAME_ADVERBS.has(word.word) && /^n/u.test(words[i + 1]!.tag)) break;
    // 出生|人口, 下岗|失业人员, 其他|用品: a verb or pronoun that says which kind is counted opens the name.
    if ((ATTRIBUTIVE_WORDS.has(word.word) || ATTRIBUTIVE_ZAI.test(word.word)) && /^(?:n|vn|a|j|x|eng)/u.test(words[i + 1]!.tag)) break;
    // 就业|不足人数, 收获|面积: a verb that names a quantity, or one whose act the rest only measures, stays.
    if (INTRANSITIVE_NAMES.has(word.word) || (word.word.length >= 2 && MEASURE_OF_ACT.test(text.slice(word.end - start)))) break;
    // 新建 is also a county's name to jieba (ns): an action verb by its word goes whatever its tag.
    // 新建|充电桩: what is left must still name something, so a cut never leaves one character.
    if (((/^(?:v|vd|d|p|c|r|m|q|u|uj|f|zg|x)$/u.test(word.tag) && !/^(?:vn)$/u.test(word.tag)) || ACTION_VERBS.has(word.word)) && text.length - (word.end - start) >= 2) cut = word.end - start;
    else break;
  }
  // 2023|年度一般公共预算收入: the rest of a date cut after its digits goes with them.
  const dateTail = cut > 0 && /\d$/u.test(text.slice(0, cut)) ? text.slice(cut).match(/^(?:年度|年底|年末|年|月份|月|日)/u) : null;
  if (dateTail) cut += dateTail[0].length;
  // 集中供养率: jieba reads 集中/供养 as verbs, but what is left must still name something.
  const rest = text.slice(cut);
  return rest.length >= 2 ? rest : text;
}

/** 罚没款, 保费, 参保率: jieba tags these verbs, but a word ending in a sum or a rate names what is measured. */
const FUNDS_OR_RATE = /^[\u4e00-\u9fff]+(?:款|费|率|额)$/u;

/** When the lead ends in a verb (就业困难人员实现就业|5280人), the subject is the phrase before the verb. */
function beforeTrailingVerbs(text: string, start: number, tokens: Token[]): string | null {
  const words = tokensIn(tokens, start, start + text.length);
  // 南沙客运港站: a one-character "verb" glued to a noun ends the noun (jieba tags 站 v).
  // (歲出: jieba reads 岁 as a numeral word; a one-character one that is no numeral is a noun here.)
  const nounBefore = (word: Token) => /^n/u.test(word.tag) || (word.tag === 'm' && /^[^\d零〇○一二两三四五六七八九十百千万亿]$/u.test(word.word));
  const nounSuffix = (i: number) => words[i]!.word.length === 1 && words[i]!.tag === 'v' && i > 0 && nounBefore(words[i - 1]!) && words[i - 1]!.end === words[i]!.start;
  const isVerb = (i: number) => /^(?:v|d|p)$/u.test(words[i]!.tag) && !NOMINAL_VERBS.has(words[i]!.word) && !nounSuffix(i) && !FUNDS_OR_RATE.test(words[i]!.word);
  // 供养|率为|26.6%: the lead was cut inside a word (率为), and what is left of it ends the name, no verb.
  if (words.length > 0 && words[words.length - 1]!.end < start + text.length && !/^(?:v|d|p)$/u.test(tokens.find((t) => t.start < start + text.length && t.end > start + text.length)?.tag ?? 'v')) return text;
  let i = words.length - 1;
  // 约 and other adverbs after a noun suffix go; the suffix stays.
  while (i >= 0 && words[i]!.tag !== 'v' && /^(?:d|p)$/u.test(words[i]!.tag)) i--;
  if (words.length === 0 || i < 0 || words[i]!.tag !== 'v' || !isVerb(i)) {
    // 受惠老人|将, 基本盈利|则, 生产总额|大幅: adverbs after the noun, with no verb left after them, go too.
    const nounBefore = i >= 0 && i < words.length - 1 && (nounSuffix(i) || /^(?:n|vn|j|an)/u.test(words[i]!.tag));
    return nounBefore ? text.slice(0, words[i]!.end - start) : text;
  }
  while (i >= 0 && isVerb(i)) i--;
  if (i < 0) return null;
  return text.slice(0, words[i]!.end - start);
}

function leadSubject(norm: string, claim: ClaimDraft, from: number, tokens: Token[]): string | null {
  // 台北市115年度总预算案岁入, 力争2024年8月底前再新增公办学位: a date scopes the phrase; what names
  // the figure follows it. When nothing after the date names it (中等专业学校1985年招生), the
  // noun before the date does.
  const date = norm.slice(from, claim.start).match(AFTER_DATE);
  const afterDate = date ? subjectOfLead(norm, claim, from + date[0].length, tokens) : null;
  if (afterDate) return afterDate;
  if (!date) return subjectOfLead(norm, claim, from, tokens);
  const beforeDate = norm.slice(from, from + date[0].length).match(DATE_AT_END);
  return beforeDate ? subjectOfLead(norm, { ...claim, start: from + beforeDate.index! }, from, tokens) : null;
}

/** 公路水路方面，, 在铁路方面：: the topic a sentence opens with, naming the field its figures are of. */
const TOPIC_ASPECT = /^\s*在?([\u4e00-\u9fff、]{2,10})方面[，,：:]/u;
/** 投资, 收入, 总量: a measure named only by its kind, which says nothing of whose it is. */
const KIND_OF_MEASURE_ONLY = /^(?:完成|实现|累计)?(?:投资|收入|支出|总量|规模|金额)$/u;

/** 完成年初预算数60999万元的40.4%: the plan's own amount, of which the share after it is taken. */
const PLAN_AMOUNT = /^(?:年初|调整|年度|全年)?(?:预算数|预算|计划数|目标任务|目标)$/u;
const SHARE_AFTER = /^的\s*\d+(?:\.\d+)?%/u;
/** 1200人的114%: a share of the claim's figure is written right after it. */
const shareFollows = (norm: string, claim: ClaimDraft) => SHARE_AFTER.test(norm.slice(claim.end, claim.end + 12));
/** A plan or budget names its own figure when a share of that figure follows (the share measures what was done). */
function planOfShare(norm: string, subject: string, claim: ClaimDraft): boolean {
  return claim.kind !== 'percent' && PLAN_AMOUNT.test(subject) && shareFollows(norm, claim);
}

function subjectOfLead(norm: string, claim: ClaimDraft, leadStart: number, tokens: Token[]): string | null {
  let raw = norm.slice(leadStart, claim.start);
  // 谷物[1]播种面积: a footnote mark inside the name; what follows it still names the figure.
  // (农林牧渔业总产值[2]完成44.98亿元 keeps the name before the mark when nothing after it names one.)
  const footnote = [...raw.matchAll(FOOTNOTE_MARK)].pop();
  if (footnote) {
    const after = subjectOfLead(norm, claim, leadStart + footnote.index! + footnote[0].length, tokens);
    if (after) return after;
    // 经调整利润净额(2)自去年同期的27亿元: nothing after the mark names the figure; the name stands before it.
    const before = subjectOfLead(norm, { ...claim, start: leadStart + footnote.index! }, leadStart, tokens);
    if (before) return before;
  }
  // 上年结转2.6亿元: the carry-over from the year before is an item of a budget, named by its time.
  const carried = raw.match(CARRY_OVER);
  if (carried) return carried[0];
  // 占总人口比重(常住人口城镇化率)为57.53%: a name in brackets right before the figure is what it measures.
  const alias = raw.match(ALIAS_BEFORE);
  if (alias) return alias[1]!;
  // 每10股派发现金红利57元: the base a figure is per (每10股) is read as per; the subject follows it.
  const per = [...raw.matchAll(PER_BASE_BEFORE)].pop();
  if (per) {
    // The verb of paying after it (派发现金红利) is cut here: the word splitter reads 派|发现|金 there.
    const paid = raw.slice(per.index! + per[0].length).match(/^(?:派发|派送|分派|发放|转增|送)?/u)![0];
    leadStart += per.index! + per[0].length + paid.length;
    raw = raw.slice(per.index! + per[0].length + paid.length);
  }
  // A share (占总人口的22.4%) measures what stands before 占, not the whole it is a share of.
  const share = raw.search(/(?:约|分别)?占/u);
  // 占调整预算数539267万元的99.6%: the amount right after 占 is the plan's own.
  const plan = share >= 0 ? raw.slice(share).replace(/^(?:约|分别)?占/u, '') : '';
  if (plan && planOfShare(norm, plan, claim)) return plan;
  if (share >= 0) raw = raw.slice(0, share);
  const trimmed = trimLead(raw);
  if (!trimmed) return null;
  const offset = leadStart + raw.indexOf(trimmed);
  let nounPart = beforeTrailingVerbs(trimmed, offset, tokens);
  // 羊出栏15.52万只, 牛存栏: a one-character animal keeps the verb that says what of it is counted.
  if (nounPart !== null && nounPart.length === 1 && LIVESTOCK_COUNT.test(trimmed)) nounPart = trimmed;
  // 批捕47人, 不捕11.5万人, 提出抗诉600余件: people or cases counted by what was done to them are
  // named by that act when no noun stands before it.
  if (nounPart === null) return claim.kind === 'count' && /^(?:人|件|起|宗|例|人次|件次)$/u.test(claim.unit ?? '') && trimmed.length >= 2 && trimmed.length <= 6 && !BARE.test(trimmed) ? trimmed : null;
  let subject = trimLead(dropLeadingVerbs(nounPart, offset, tokens));
  // Trimming works on characters: a one-character cut never splits a word (一般公共, not 一般公).
  const at = norm.lastIndexOf(subject, claim.start - 1);
  if (subject && at >= leadStart) {
    const end = at + subject.length;
    const cut = WORD_FINAL_LINKERS.has(norm[end] ?? '') ? tokens.find((t) => t.start < end && t.end === end + 1 && t.end <= claim.start) : undefined;
    if (cut) subject = norm.slice(at, cut.end);
  }
  // 平均水平(17.9%)高: what a closing bracket leaves behind names nothing.
  const closing = subject.search(/[)）][^(（]*$/u);
  if (closing >= 0 && !/[(（]/u.test(subject.slice(0, closing))) subject = subject.slice(closing + 1);
  subject = withoutLeadingPlace(norm, subject, leadStart, claim.start, tokens);
  // 棉被二十二万床、棉衣十七万件: in an enumeration of nouns with their figures, the item before
  // the 、 is another figure's; the subject is the noun after it.
  const item = subject.match(ENUMERATED_ITEM);
  if (item) subject = item[1]!;
  // （比2010年增加3640所: an aside opened before the figure and not closed is no part of a name.
  subject = subject.replace(/^[（(](?![^（()）]*[)）])/u, '');
  if (subject.length < 2 || hasFigure(subject) || (BARE.test(subject) && !planOfShare(norm, subject, claim))) return null;
  // 第一产业实现增加值: the verb of earning between the holder and its measure is no part of the name.
  subject = subject.replace(EARNED_MEASURE, '$1$2');
  return subject.length > MAX_SUBJECT ? subject.slice(-MAX_SUBJECT) : subject;
}

/** A noun's figure written in numerals and a measure word, then 、 and the next noun (棉被二十二万床、棉衣). */
const ENUMERATED_ITEM = /^.*[零〇一二两三四五六七八九十百千万亿]{2,}[余多]?[\u4e00-\u9fff]、([^、\d]{2,})$/u;

/** Names of bodies and works that keep the place they are named after (太原钢铁公司, 东江水电站). */
const BODY_NAME = /(?:公司|集团|厂|局|交易所|大学|学院|医院|银行|电站|电厂|机场|港|码头|矿|工程|中轴线|峡|河|江|湖|山)$/u;

/** How many words at the start of `words` (which starts at `at`) are places of jurisdiction (吉林省, 延津县). */
function leadingPlaces(words: Token[], at: number): number {
  let k = 0;
  for (let next = at; k < words.length && words[k]!.start === next && words[k]!.tag === 'ns' && isJurisdictionWord(words[k]!.word); k++) next += words[k]!.word.length;
  return k;
}

/**
 * 黑龙江全省地区生产总值, 深圳的一般公共预算收入, 沈阳市共投入保障资金: the place a figure is of
 * goes to the claim's place, and the subject is what follows it. A subject that is only a place
 * (其中昆明市3家) stays whole: it is a breakdown, read later.
 */
function withoutLeadingPlace(norm: string, subject: string, leadStart: number, end: number, tokens: Token[]): string {
  const at = norm.lastIndexOf(subject, end - 1);
  if (at < leadStart) return subject;
  const words = tokensIn(tokens, at, at + subject.length);
  let k = leadingPlaces(words, at);
  let cut = words.slice(0, k).reduce((sum, word) => sum + word.word.length, 0);
  if (cut === 0 || cut === subject.length) return subject;
  // 内江、眉山…经济总量, 徐州到扬州段, 太原钢铁公司: places listed or joined, and the names of bodies
  // and works (a company, a plant) keep their place.
  const after = subject.slice(cut);
  if (/^[、和与及到至—-]/u.test(after) || (words[k] && words[k]!.tag === 'ns' && isJurisdictionWord(words[k]!.word)) || BODY_NAME.test(after)) return subject;
  // What stands between the place and the name: a scope word, 的, 共, each a word of its own.
  for (; k < words.length && /^(?:全[省市县区州国疆盟旗镇乡]|的|共|共有|已|还将)$/u.test(words[k]!.word); k++) cut += words[k]!.word.length;
  const rest = subject.slice(cut);
  const offset = at + cut;
  const named = rest.length >= 2 ? trimLead(dropLeadingVerbs(rest, offset, tokens)) : '';
  return named.length >= 2 && !hasFigure(named) && !BARE.test(named) ? named : subject;
}

function tailSubject(norm: string, claim: ClaimDraft, tokens: Token[], limit: number, afterDe = false): string | null {
  const words = tokens.filter((t) => t.start >= claim.end && t.start < limit);
  // 22|间安老院, 29|个村: the word splitter glued the measure word to the noun after it; the rest is that noun.
  const glued = tokens.find((t) => t.start < claim.end && t.end > claim.end && t.end <= limit);
  // (25|条次, 4|县市: a measure word of its own, 次 or a kind of place, is no noun glued on.)
  if (glued && !afterDe && !/^次/u.test(glued.word.slice(claim.end - glued.start)) && !PLACE_COUNT.test(claim.unit ?? '')) words.unshift({ ...glued, word: glued.word.slice(claim.end - glued.start), start: claim.end, tag: 'x' });
  const phrase: Token[] = [];
  let i = 0;
  // 4年的专业学习: the phrase after 的 (or 之) names what the measure is of.
  if (afterDe) {
    if (!/^(?:的|之)$/u.test(words[0]?.word ?? '')) return null;
    i = 1;
  }
  // A classifier or age between the unit and the noun: 1.8万名三类困难老年人, 20.6万名80周岁以上老年人.
  // (A word the splitter does not know, 市州 or 安老院, is a noun, not a classifier.)
  while (i < words.length && /^(?:m|q|f|x|eng)$/u.test(words[i]!.tag) && !(words[i]!.tag === 'x' && /[\u4e00-\u9fff]/u.test(words[i]!.word)) && !TAIL_BREAK.test(words[i]!.word)) i++;
  // 8个“星级充分就业社区”: a name in quotes is the noun counted; 八成是本地居民: the copula links the share to it.
  if (/^[“"「]$/u.test(words[i]?.word ?? '')) i++;
  else if (!afterDe && claim.kind === 'percent' && /^(?:是|为)$/u.test(words[i]?.word ?? '')) i++;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (TAIL_BREAK.test(word.word) || /^[”"」]$/u.test(word.word)) break;
    // 10个设区市PM2.5平均浓度: a code or figure after the noun starts what is said of it.
    if (phrase.length && (/\d/u.test(word.word) || word.tag === 'eng')) break;
    const previous = phrase[phrase.length - 1];
    // An action verb after a noun ends the phrase (残疾人|发放); a verb inside a compound stays (特困供养对象).
    // (A word the splitter does not know, 护老院, is a noun here: 护老院|参与 ends as well.)
    if (word.tag === 'v' && previous && /^(?:n|x)/u.test(previous.tag) && word.word.length >= 2) break;
    if (word.tag === 'p' || word.tag === 'uj' || word.tag === 'u' || word.tag === 'c' || word.tag === 'd' || word.tag === 'm') break;
    // 418个贫困村全部出列, 12.5万贫困人口如期脱贫: how all of them fared is said of the noun, no part of it.
    if (TAIL_MANNER.test(word.word)) break;
    phrase.push(word);
  }
  // 本科毕业生中, 规划里: a place word closing the phrase is not part of the name.
  while (phrase.length && /^(?:v|a|ad|d|f)$/u.test(phrase[phrase.length - 1]!.tag)) phrase.pop();
  let text = phrase.map((t) => t.word).join('');
  // 88个县(市、区): the bracket says which kinds of place are counted, and belongs to the noun.
  const kinds = norm.slice(phrase.length ? phrase[phrase.length - 1]!.end : claim.end).match(phrase.length ? PLACE_KINDS : PLACE_WITH_KINDS);
  if (kinds && !afterDe) text += kinds[0];
  // 8个村, 12个县: a kind of place counted is named in one character.
  return (text.length >= 2 || (!afterDe && PLACE_KIND_COUNTED.test(text))) && !hasFigure(text) && !BARE.test(text) ? text.slice(0, MAX_SUBJECT) : null;
}

/** Words of manner or extent after a counted noun (全部出列, 如期脱贫, 均已完成): they open what is said of it. */
const TAIL_MANNER = /^(?:全部|全都|如期|均已|均|都|已经|已)$/u;

/** The kinds of place a count may name in one character. */
const PLACE_KIND_COUNTED = /^[省市县区乡镇村州旗]$/u;

/**
 * 773.6万人受灾，26人死亡，7人失踪，96.9万人紧急转移安置: people counted by what befell them, a verb
 * phrase that closes the clause right after the count, are named by it.
 */
function whatHappenedTo(norm: string, claim: ClaimDraft, tokens: Token[]): string | null {
  if (!/^(?:人|人次|户|名)$/u.test(claim.unit ?? '')) return null;
  // 14人死亡(其中…): what happened may be followed by a bracket that breaks it down.
  const clause = norm.slice(claim.end, claim.sentence.end).match(/^[\u4e00-\u9fff]{2,8}(?=[，,；;。）)(（、]|$)/u);
  if (!clause) return null;
  const words = tokensIn(tokens, claim.end, claim.end + clause[0].length);
  const covered = words.reduce((sum, word) => sum + word.word.length, 0) === clause[0].length;
  return covered && words.some((word) => word.tag === 'v') && words.every((word) => /^(?:v|vn|vd|a|ad|d)$/u.test(word.tag)) ? clause[0] : null;
}

/** The subject as the article writes it: found in the normalised sentence, sliced from the original. */
function asWritten(text: string, norm: string, subject: string, claim: ClaimDraft): string {
  if (text === norm) return subject;
  const sentence = norm.slice(claim.sentence.start, claim.sentence.end);
  const before = sentence.lastIndexOf(subject, claim.start - claim.sentence.start);
  const at = before >= 0 ? before : sentence.indexOf(subject);
  return at >= 0 ? text.slice(claim.sentence.start + at, claim.sentence.start + at + subject.length) : subject;
}

/** The words of a subject found before the claim, where it was found; null when it is not written before it. */
function wordsOfSubject(norm: string, subject: string, claim: ClaimDraft, tokens: Token[]): Token[] | null {
  const at = norm.lastIndexOf(subject, claim.start - 1);
  return at < 0 ? null : tokensIn(tokens, at, at + subject.length);
}

/** Whether a subject found before the claim holds a noun (经过, 其余 do not). */
function namesSomething(norm: string, subject: string | null, claim: ClaimDraft, tokens: Token[]): boolean {
  if (!subject) return false;
  const words = wordsOfSubject(norm, subject, claim, tokens);
  return !words || words.length === 0 || words.some((word) => /^(?:n|vn|j|eng)/u.test(word.tag));
}

/** Whether a subject found before the claim is adverbs only (再度, 已经, 首次). */
function adverbsOnly(norm: string, subject: string, claim: ClaimDraft, tokens: Token[]): boolean {
  const words = wordsOfSubject(norm, subject, claim, tokens) ?? [];
  return words.length > 0 && words.every((word) => word.tag === 'd');
}

/** The nouns (at most four words) that close norm[from, to): …觀光遊憩區遊客人數 → 遊客人數. */
function nounPhraseClosing(norm: string, from: number, to: number, tokens: Token[]): string | null {
  const words = tokensIn(tokens, from, to);
  let k = words.length;
  // (Nouns of two characters or more: a one-character word is the tail of a name jieba cut, 遊憩/區.)
  while (k > 0 && words.length - k < 4 && words[k - 1]!.word.length >= 2 && /^(?:n|vn)/u.test(words[k - 1]!.tag) && !/^(?:nr|ns|nt)/u.test(words[k - 1]!.tag)) k--;
  if (k === words.length || words[words.length - 1]!.end !== to) return null;
  const phrase = norm.slice(words[k]!.start, to);
  return phrase.length >= 2 ? phrase : null;
}

function endsWithActionVerb(tokens: Token[], from: number, to: number): boolean {
  const words = tokensIn(tokens, from, to);
  const last = words[words.length - 1];
  return Boolean(last && last.tag === 'v' && last.word.length >= 2);
}

/**
 * An enumeration split into `size` items: on 、 first, then one piece on its first 和/及/与 — the
 * last piece (教育、卫生和健康), or else the only other piece that holds one (肉、蛋、奶和瓜菜、水产品).
 */
export function splitEnumeration(text: string, size: number): string[] | null {
  const pieces = text.split('、');
  if (pieces.length === size - 1) {
    const jointIn = (piece: string) => {
      const joint = piece.match(/以及|和|及|与/u);
      return joint && joint.index ? joint : null;
    };
    const joined = jointIn(pieces[pieces.length - 1]!) ? [pieces.length - 1] : pieces.flatMap((piece, i) => (jointIn(piece) ? [i] : []));
    if (joined.length !== 1) return null;
    const at = joined[0]!;
    const joint = jointIn(pieces[at]!)!;
    pieces.splice(at, 1, pieces[at]!.slice(0, joint.index), pieces[at]!.slice(joint.index! + joint[0].length));
  }
  if (pieces.length !== size) return null;
  return pieces.map((piece) => piece.trim());
}

/** 船舶、电动汽车、工程机械等中国制造产品: an enumeration ends at 等. */
function upToDeng(text: string): string {
  const deng = text.indexOf('等');
  return deng > 0 ? text.slice(0, deng) : text;
}

const RESPECTIVELY = /分别(?:[^，,；;。！？]{0,12})$/u;
const MAX_ITEM = 16;

/**
 * 教育、社会保障和就业、卫生健康支出分别完成78.2亿元、65.4亿元、38.9亿元: the items of an
 * enumeration before 分别 are the subjects of a list of as many numbers, in order. A second list
 * of the same size later in the sentence (…，分别增长4.3%、8.1%、6.6%) pairs the same way.
 */
function pairEnumeratedSubjects(norm: string, text: string, claims: ClaimDraft[]): void {
  const groups = new Map<string, ClaimDraft[]>();
  for (const claim of claims) {
    if (claim.lang !== 'zh' || !claim.list) continue;
    const members = groups.get(claim.list.group) ?? [];
    members[claim.list.index] = claim;
    groups.set(claim.list.group, members);
  }
  const paired: { sentence: number; end: number; subjects: string[] }[] = [];
  const lists = [...groups.values()].filter((members) => members.length >= 2 && members.every(Boolean)).sort((a, b) => a[0]!.start - b[0]!.start);
  for (const members of lists) {
    const head = members[0]!;
    const clauseStart = clauseStartOf(norm, head.sentence.start, head.start, CLAUSE_BREAK);
    const lead = norm.slice(clauseStart, head.start);
    const respectively = lead.match(RESPECTIVELY);
    if (!respectively || respectively.index === undefined) continue;
    let subjects: string[] | null = null;
    /** The items of an enumeration starting at `from`, or null when it does not name one per number. */
    const itemsOf = (enumeration: string, from: number): string[] | null => {
      const items = enumeration ? splitEnumeration(enumeration, members.length) : null;
      if (!items) return null;
      items[0] = trimLead(items[0]!);
      // 挥发性有机物四项主要污染物…: a number inside the last item starts a phrase of its own.
      const lastStart = from + enumeration.lastIndexOf(items[items.length - 1]!);
      const inside = claims.find((claim) => claim.start > lastStart && claim.start < from + enumeration.length);
      if (inside) items[items.length - 1] = norm.slice(lastStart, inside.start);
      const last = items.length - 1;
      return items.every((item, i) => item.length >= 1 && item.length <= (i === last ? MAX_SUBJECT : MAX_ITEM) && !hasFigure(item)) ? items : null;
    };
    const enumeration = trimLead(lead.slice(0, respectively.index));
    let items = itemsOf(upToDeng(enumeration), clauseStart);
    if (!items && clauseStart > head.sentence.start + 1) {
      // 船舶、电动汽车、工程机械等中国制造产品需求广阔，出口分别增长…: the items stand in the clause before.
      const previousStart = clauseStartOf(norm, head.sentence.start, clauseStart - 1, CLAUSE_BREAK);
      items = itemsOf(upToDeng(norm.slice(previousStart, clauseStart - 1)), previousStart);
    }
    if (items) {
      subjects = items;
    } else if (!enumeration.trim()) {
      // No enumeration of its own: the previous list of the sentence, if it is as long, names the items.
      const before = paired.filter((p) => p.sentence === head.sentence.start && p.end <= head.start && p.subjects.length === members.length).pop();
      if (before) subjects = before.subjects;
      else {
        // …养老机构86家、床位1.2万张，分别比上年增长3.6%和5.1%: the figures just before, one each.
        const earlier = claims.filter((claim) => claim.lang === 'zh' && claim.sentence.start === head.sentence.start && claim.end <= head.start && !claim.list).sort((a, b) => a.start - b.start);
        const last = earlier.slice(-members.length);
        if (earlier.length >= members.length && last.every((claim) => claim.subject && claim.change?.role !== 'rate') && new Set(last.map((claim) => claim.subject)).size === members.length) subjects = last.map((claim) => claim.subject!);
      }
    }
    if (!subjects) continue;
    members.forEach((claim, i) => {
      claim.subject = asWritten(text, norm, subjects[i]!, head);
    });
    paired.push({ sentence: head.sentence.start, end: members[members.length - 1]!.end, subjects: members.map((claim) => claim.subject!) });
  }
}

/** 昆明市, 楚雄彝族自治州, 曲靖市、玉溪市各有: places, which break a figure down rather than name it. */
const PLACE = /^(?:[\u4e00-\u9fff]{1,10}(?:省|市|县|区|州|盟|旗|镇|乡|街道)、?)+(?:各有|各)?$/u;
/** Things counted that end like places: 小区, 社区, 园区, 景区 are not regions. */
const NOT_PLACE = /^[\u4e00-\u9fff]{0,2}(?:小区|社区|园区|景区|片区|校区|街区|厂区|矿区|库区|辖区|服务区|功能区|城市|超市|集市|街道办)$/u;
/** 其中广州报告2例, 其次为新社区18.20%, 及中区17.19%: words around a place in a breakdown that name nothing. */
const BREAKDOWN_WORDS = /^(?:其中|其次为|其次是|最高为|最低为|最低者为|次低为|次高为|以|及|和|与)|(?:报告|最高|最低|各有|各|为)$/gu;
/** Words the word list tags as place names that name a population or a kind of area (城镇人口, 城镇). */
const NOT_PLACE_NAME = /城镇|城乡|人口|人员|居民/u;
function isPlace(subject: string, tokens: Token[]): boolean {
  const place = subject.replace(BREAKDOWN_WORDS, '');
  // 荷泉|街道1户: the word splitter left only the kind of place; it names a place all the same.
  if (/^(?:街道|乡|镇)$/u.test(place)) return true;
  // 其次为新社区18.20%: words of a ranking before the name make it a place even when it ends like a thing counted.
  if (PLACE.test(place)) return place !== subject || !NOT_PLACE.test(place);
  // 广州6例、佛山3例: a city named without 市 is known to the word list as a place name.
  const words = tokens.filter((token) => place.includes(token.word));
  return words.length > 0 && words.map((token) => token.word).join('') === place && words.every((token) => token.tag === 'ns' && !NOT_PLACE_NAME.test(token.word));
}

/** 小学, 普通高中, 特殊教育, 九年一贯制学校: a kind of school or stage of schooling. */
const SCHOOL_KIND = /^[\u4e00-\u9fff]{0,8}(?:学校|幼儿园|小学|初中|高中|中学|中职|高校|大学|教育|阶段)$/u;
/**
 * 专任教师81025人，其中小学33357人: people counted by the kind of school they are at are a share
 * of the total before them, as a place's are; the school names where, not what.
 */
function schoolOfPeople(norm: string, claim: ClaimDraft): boolean {
  const school = toSimplified(claim.subject!);
  // (小学招生17108人: people named by what they did at school, 招生, are not a breakdown by school.)
  const written = norm.slice(claim.start - school.length - 1, claim.start);
  return /^(?:人|名)$/u.test(claim.unit ?? '') && SCHOOL_KIND.test(school) && written.slice(1) === school && /^[、，,：:（(中]$/u.test(written[0] ?? '');
}

/** What opens a breakdown after its total: 其中, 分别为, 各区中以…, 分地区看, 从各县看, a colon right after the total (营业收入13977亿元：…). */
const BREAKDOWN_OPENER = /其中|分别为|各(?:区|县|市|州|地|省)中|分(?:地区|区域|县区|区县|县|区|市)看|从各(?:地区|区|县|市)(?:来)?看|^\s?[：:]/u;

/**
 * 全省新增省级绿色工厂14家，其中昆明市3家、楚雄彝族自治州3家: a figure after 其中 whose lead is only
 * a place is a share of the total before it, and measures the same thing.
 */
function breakdownByPlace(norm: string, claims: ClaimDraft[], tokensOf: (claim: ClaimDraft) => Token[]): void {
  const zh = claims.filter((claim) => claim.lang === 'zh').sort((a, b) => a.start - b.start);
  const shares = new Set<ClaimDraft>();
  // Asked of each claim once: the inner walk asks again of every earlier claim.
  const places = new Map(zh.map((claim) => [claim, Boolean(claim.subject && (isPlace(normaliseText(claim.subject), tokensOf(claim)) || schoolOfPeople(norm, claim)))]));
  const place = (claim: ClaimDraft) => places.get(claim)!;
  zh.forEach((claim, k) => {
    if (!place(claim)) return;
    for (let j = k - 1; j >= 0; j--) {
      const parent = zh[j]!;
      if (claim.start - parent.end > 200) return;
      if (parent.unit !== claim.unit || !parent.subject || (place(parent) && !shares.has(parent))) continue;
      // The next place of the same breakdown (…、楚雄彝族自治州3家；曲靖市各有2家) follows its sibling;
      // 分别为 opens one as 其中 does (新增11例，分别为：甲市6例、乙市3例).
      // (A sibling of another sentence, 营业收入中，8个国家高新区…, opens nothing.)
      if ((shares.has(parent) && parent.sentence.start === claim.sentence.start) || BREAKDOWN_OPENER.test(norm.slice(parent.end, claim.start))) {
        claim.subject = parent.subject;
        shares.add(claim);
      }
      return;
    }
  });
}

/** 平均利用小时数较高的省份是宁夏…, 新增装机较多的省份为云南…, 水电发电量排名前五位的省(区)依次为四川…: a ranking of places names its measure first. */
const RANKING_LEAD = /([\u4e00-\u9fff]{2,14}?)(?:较高|较多|较大|较快|较低|较少|最高|最多|最大|最低|居前|位居前列|排名前(?:\d{1,2}|[一二三四五六七八九十]{1,2})位?|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})位)的(?:省份|省区|省\(区\)|省（区）|省市|地区|城市|地市|市州|县区|区县|县市区|国家)(?:是|为|依次为|依次是|有|分别是|分别为|包括)/gu;

/** 人口增加率最高者为连江县119.14‰，其次为金门县88.83‰: a measure, then the top of its ranking of places. */
const RANKING_TOP = /([\u4e00-\u9fff]{2,14}?)(?:最高|最低|最多|最少|最快|最大)(?:者|的)?(?:为|是)/gu;
const RANK_WORDS = /^(?:再其次|其次|最高|最低|最多|最少)?(?:者)?(?:为|是)?/u;

/**
 * A figure whose lead is only a place, after a ranking that names its measure (平均利用小时数较高的省份
 * 是宁夏2334小时、湖南2195小时), measures that.
 */
function rankingOfPlaces(norm: string, claims: ClaimDraft[], tokensOf: (claim: ClaimDraft) => Token[]): void {
  // The rankings of each sentence, found once (a search per claim would cost the sentence's length each time).
  const rankings = new Map<number, RegExpMatchArray[]>();
  for (const claim of claims) {
    if (claim.lang !== 'zh' || !claim.subject) continue;
    const { start, end } = claim.sentence;
    if (!rankings.has(start)) rankings.set(start, [...norm.slice(start, end).matchAll(RANKING_LEAD), ...norm.slice(start, end).matchAll(RANKING_TOP)].sort((a, b) => a.index! - b.index!));
    const ranking = rankings.get(start)!.findLast((m) => start + m.index! + m[0].length <= claim.start);
    // 其次为金门县, 最低为屏东县: the place after the words of a ranking.
    const subject = normaliseText(claim.subject).replace(RANK_WORDS, '');
    // The first place's lead holds the ranking itself (…较高的省份是宁夏); the others are places alone.
    if (!ranking || !(normaliseText(claim.subject).includes(ranking[0].slice(ranking[1]!.length)) || isPlace(subject, tokensOf(claim)))) continue;
    const measure = trimLead(ranking[1]!.replace(/^.*[，,；;：:]/u, ''));
    if (measure.length >= 2 && !hasFigure(measure)) claim.subject = measure;
  }
}

/** 仅次于新竹县25亿元、南投县19亿元: the places a figure is compared with, each before its own figure. */
const COMPARED_WITH = /^[，,]?[^，,。；;：:\d]{0,6}(?:仅次于|次于|高于|低于|超过|多于|少于|领先于?|落后于?)[^，,。；;：:\d]{0,8}$|^、[^，,。；;：:\d]{0,8}$/u;

/**
 * 屏东县余绌数15亿元，仅次于新竹县25亿8千万元、南投县19亿6,700万元: a figure named only by a place,
 * in the comparison after a figure, measures what that figure measures.
 */
function comparedPlaces(norm: string, claims: ClaimDraft[]): void {
  const ordered = claims.filter((claim) => claim.lang === 'zh').sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const [claim, previous] = [ordered[i]!, ordered[i - 1]!];
    if (!claim.subject || !previous.subject || previous.sentence.start !== claim.sentence.start || claim.unit !== previous.unit) continue;
    const gap = norm.slice(previous.end, claim.start);
    const place = normaliseText(claim.subject);
    if (!COMPARED_WITH.test(gap) || !(isJurisdictionWord(place) || /^[\u4e00-\u9fff]{1,4}[省市县区州盟旗]$/u.test(toSimplified(place)))) continue;
    claim.subject = previous.subject;
  }
}

/** A line of business or a product whose results are reported (原料药中间体业务, 化学制剂产品, 海外板块). */
const BUSINESS_LINE = /(?:业务|产品|板块|分部|事业部|业务线)$/u;
const EARNING_VERBS = new Set(['实现', '完成', '录得', '取得']);
/** The measures of output a sector or business earns (实现营业收入, 完成产值, 实现增加值). */
const EARNED = '(?:营业|销售|主营业务)?收入|增加值|总产值|产值|净?利润|利税|营收';
const EARNED_MEASURE = new RegExp(`^([\\u4e00-\\u9fff“”]{2,}?)(?:实现|完成)(${EARNED}|税收)$`, 'u');
/** The same after the verb jieba cut at (实现工业总产值, 实现总产出). */
const OUTPUT_MEASURE = new RegExp(`^(?:工业)?(?:${EARNED}|总产出)$`, 'u');
/** A lead that only says the figure was reached (累计完成, 达到了): what it measures is the clause before. */
const REACHED_ONLY = /^(?:全[区市县省州])?(?:累计|共|共计|合计)?(?:完成|实现|达到|达|录得|来到|为)(?:了)?$/u;
/** 至106年底, 2022年: the time a level was reached at, opening the clause that gives it. */
const TIME_OF_LEVEL = new RegExp(`^(?:至|到|截至|截止)?(?:今年|去年|本年|当年)?(?:${DATE_IN_LEAD})?`, 'u');
/** 65岁以上老年人口比率, 未满15岁人口比率: an age that bounds a group of people is part of the group's name, no figure of the clause. */
const AGE_BOUND = /未满\s?\d+\s?岁|\d+\s?岁(?:及?以上|以下)/gu;
/** 在固定资产投资上: a topic named for the clauses after it. */
const TOPIC_ON = /^在([\u4e00-\u9fff]{2,12})(?:上|方面)$/u;
/**
 * 全部财政收入实现微幅增长, 固定资产投资适度增长, 高技术产业投资增势良好, 工业增加值增速由负转正, CPI涨幅略有扩大:
 * a topic with its trend, before the figure that shows it.
 */
const TOPIC_TREND = /(?:实现|保持|呈现|继续)?(?:(?:增势|增速|增幅|涨幅|降幅|跌幅|增长|形势|走势|势头)(?:略有|有所|继续|持续|明显|稳步|总体|较为|一直)?(?:回升|回落|提升|向好|平稳|良好|平缓|稳定|不错|扩大|收窄|加快|放缓)|[\u4e00-\u9fff]{0,2}(?:增长|下降|回升|回落|提升|向好|平稳)|(?:增速|增幅|涨幅)?由[负降正增]转[正增负降]|(?:长期|一直)?(?:呈|呈现)(?:逐年|持续|稳步|明显)?(?:上升|下降|增长|下滑)之?(?:势|趋势|态势))$/u;
/** 同比增长, 比上年下降: a lead that only says how the figure changed, naming nothing. */
const CHANGE_ONLY = /^(?:同比|环比|比上年|比去年|较上年|较去年)?(?:增长|下降|上涨|下跌|回落|增加|减少|提高|降低|上升)$/u;
/** A date in a clause, which is no figure of it. */
const DATES_IN_LEAD = new RegExp(DATE_IN_LEAD, 'gu');

/** 武威、白银2市, 庆阳、临夏、定西3市州: places listed right before the count of them are what it counts. */
const PLACE_COUNT = /^(?:市|县|區|区|州|省|市州|县市|縣市|县区|縣|旗|镇|鎮|乡|鄉)$/u;
const LISTED_BEFORE = /((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})$/u;

/** A row label that is a date or a period (2015年4月4-6日, 2023年, 1-5月). */
const DATE_LABEL = /^(?:\d{4}年|\d{1,2}(?:[-—至]\d{1,2})?月|\d{4}[-/.]\d{1,2})/u;

/** What the header of the claim's column names: the table's first line, its cells aligned from the right. */
function columnHeader(norm: string, claim: ClaimDraft): string | null {
  const row = lineAround(norm, claim.start);
  let header: [number, number] | null = null;
  for (let end = row.start - 1; end > 0; ) {
    const start = norm.lastIndexOf('\n', end - 1) + 1;
    const line = norm.slice(start, end);
    if (!line.includes('|')) break;
    if (!/^[-|:\s]+$/u.test(line)) header = [start, end];
    end = start - 1;
  }
  if (!header) return null;
  // (内地访客 | 其他访客 | 访客总数 | |: a closing bar with nothing before it heads no column.)
  const heads = splitRow(norm, header[0], header[1]).cells.filter((cell, i, all) => cell.text || i < all.length - 1);
  const cells = splitRow(norm, row.start, row.end).cells;
  const index = cells.findIndex((cell) => claim.start >= cell.start && claim.end <= cell.end);
  const head = index < 0 ? undefined : heads[index + heads.length - cells.length];
  return head && head.text.length >= 2 && !/\d/u.test(head.text) ? head.text.slice(0, MAX_SUBJECT) : null;
}

/** A balance written after an amount (57亿元赤字, 1200亿元的顺差). */
const BALANCE_AFTER = /^的?((?:贸易|财政|外贸|预算)?(?:赤字|盈余|顺差|逆差|结余|缺口))/u;
/** 共, 合计, 总计: the lead of a total that names nothing. */
const TOTAL_ONLY = /^\s*(?:共|合计|总计|共计|累计)(?:为|达)?$/u;
/** Money named only as funds or investment, with nothing of its own. */
const GENERIC_FUNDS = /^(?:计划|预计)?(?:安排)?(?:资金|投资)$/u;
/** 将扎实推进|“四好农村路”建设: the verb that carries a project out is no part of its name. */
const PROJECT_VERB = /^(?:将|要)?(?:扎实|大力|全面|加快|积极|持续|着力|继续)?(?:推进|实施|开展|推动|启动|实行|建设)(?=[\u4e00-\u9fff“"「])/u;
/** What names a project: 工程项目, 建设, 计划, 行动. */
const PROJECT_END = /(?:项目|工程|建设|行动|专项)$/u;

/** The project the clause before names (推进“四好农村路”建设，计划投资40.8亿元 → “四好农村路”建设), or null. */
function projectBefore(norm: string, claim: ClaimDraft, clauseStart: number, tokens: Token[]): string | null {
  const previousStart = clauseStartOf(norm, claim.sentence.start, clauseStart - 1, CLAUSE_BREAK);
  const clause = norm.slice(previousStart, clauseStart - 1).replace(/^(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/u, '');
  if (!PROJECT_END.test(clause) || hasFigure(clause.replace(/^\d{4}年(?:度)?/u, ''))) return null;
  const named = trimLead(clause);
  const at = clauseStart - 1 - named.length;
  // 延津县|“雨露计划”…项目, 吉林省|将扎实推进|“四好农村路”建设: the place and the verb before the name go; its quotes stay.
  const words = tokensIn(tokens, at, clauseStart - 1);
  const cut = words.slice(0, leadingPlaces(words, at)).reduce((sum, word) => sum + word.word.length, 0);
  const project = named.slice(cut).replace(PROJECT_VERB, '');
  return project.length >= 4 && project.length <= MAX_SUBJECT && !hasFigure(project) ? project : null;
}

/**
 * The figure a gap is measured from: 增长5.4%，高于全国0.6个百分点 and 增长20.6%，比全省平均水平
 * (17.9%)高2.7个百分点 compare the rate before the comparison, not the base inside it.
 */
function comparedFigure(norm: string, earlierInSentence: ClaimDraft[], claim: ClaimDraft, clauseStart: number): ClaimDraft | undefined {
  const inSentence = earlierInSentence.filter((candidate) => candidate.subject);
  if (COMPARISON_GAP.test(norm.slice(clauseStart, claim.start))) return inSentence.filter((candidate) => candidate.end <= clauseStart).pop();
  const previous = inSentence[inSentence.length - 1];
  return previous && previous.end > clauseStart && COMPARISON_GAP.test(norm.slice(previous.end, claim.start)) ? previous : undefined;
}

/**
 * 支出1,996,786万元（含权责发生制列支285,941万元），完成预算的87.7%: when the figure before the claim
 * stands in an aside that closes before the claim, the claim goes on about the figure before the aside.
 */
function outsideAside(norm: string, earlier: ClaimDraft[], previous: ClaimDraft, claim: ClaimDraft): ClaimDraft | null {
  if (!/[)）]/u.test(norm.slice(previous.end, claim.start))) return previous;
  const open = Math.max(norm.lastIndexOf('(', previous.start), norm.lastIndexOf('（', previous.start));
  // (泛珠三角九省貨值（11.5億元）增加3.5%: a figure alone in brackets restates the name before them, which the rate is of.)
  if (open < previous.sentence.start || /[)）]/u.test(norm.slice(open, previous.start)) || !/[\u4e00-\u9fff]/u.test(norm.slice(open, previous.start))) return previous;
  return earlier.findLast((before) => before.end <= open) ?? null;
}

export function attachSubjects(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const norm = normaliseForRules(state.article.text);
  const claims = state.claims.map((claim) => ({ ...claim }));
  const order = claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.lang === 'zh')
    .sort((a, b) => a.claim.start - b.claim.start);
  let previousInSentence: ClaimDraft | null = null;
  let sentenceFirst = 0;
  order.forEach(({ claim }, k) => {
    const tokens = state.tokens.get(claim.sentence.start) ?? [];
    const previous = k > 0 ? order[k - 1]!.claim : null;
    const samePrevious = previous && previous.sentence.start === claim.sentence.start ? previous : null;
    // Earlier claims of this sentence only: all earlier claims of the article made it quadratic.
    if (!samePrevious) sentenceFirst = k;
    // The figure the claim goes on about: not one inside an aside closed before it.
    const continued = samePrevious ? outsideAside(norm, order.slice(sentenceFirst, k).map(({ claim: earlier }) => earlier), samePrevious, claim) : null;
    previousInSentence = continued;
    const clauseStart = clauseStartOf(norm, claim.sentence.start, claim.start, CLAUSE_BREAK);
    const leadStart = samePrevious && samePrevious.end > clauseStart ? samePrevious.end : clauseStart;
    let subject: string | null = null;
    // 降至1590万人民币(230万美元): an amount in brackets right after an amount restates it in another currency.
    if (samePrevious?.subject && (claim.kind === 'money' || claim.kind === 'measure') && samePrevious.kind === claim.kind && /^\s?[（(]$/u.test(norm.slice(samePrevious.end, claim.start))) subject = samePrevious.subject;
    // 泰国(27,173人次)及香港(538,663人次)旅客, 小学生(23,833名): a figure in brackets right after a name is of that name.
    const bracketFrom = Math.max(clauseStart, claim.start - 14);
    const bracketed = subject ? null : norm.slice(bracketFrom, claim.start).match(NAME_BEFORE_BRACKET);
    // A comparison base in brackets (较常年同期(145.1毫米)) is named without the word that compares; the name
    // starts where the clause or a listing mark does, not inside a word the window cut.
    if (bracketed && (bracketed.index! > 0 || bracketFrom === clauseStart) && /^\s?[)）]/u.test(norm.slice(claim.end, claim.end + 2))) subject = bracketed[1]!.replace(/^(?:比|较|与|同|接近|低于|高于|相当于)/u, '');
    // 投资完成246.79亿元，完成年度计划82.3%: progress against a plan is about the figure before it.
    // (完成全年目标任务1200人的114%: the plan's own figure, with its share after it, is the plan's.)
    if (continued?.subject && PLAN_SHARE.test(norm.slice(leadStart, claim.start)) && !shareFollows(norm, claim)) subject = continued.subject;
    // 新增就业655万人，完成全年900万人目标的73%: the target's own figure stands between; the share is of the figure before it.
    const beforeTarget = k >= 2 && order[k - 2]!.claim.sentence.start === claim.sentence.start ? order[k - 2]!.claim : null;
    if (!subject && samePrevious && beforeTarget?.subject && targetShare(norm.slice(beforeTarget.end, samePrevious.start), norm.slice(samePrevious.end, claim.start))) subject = beforeTarget.subject;
    // 增长9.8%，对全市工业增长的贡献率109.7%: a contribution is of what the figure before it measured.
    if (!subject && continued?.subject && CONTRIBUTION_LEAD.test(norm.slice(leadStart, claim.start))) subject = continued.subject;
    // 增长5.4%，高于全国0.6个百分点: a gap to a comparison base is about the figure before it.
    const earlierInSentence = order.slice(sentenceFirst, k).map(({ claim: earlier }) => earlier);
    // 增长15.5%，增速快于整体13个百分点: a gap, named by its rate word or not, is of the figure before it.
    if (!subject) subject = comparedFigure(norm, earlierInSentence, claim, clauseStart)?.subject ?? null;
    // A table row is about the thing its first cell names; a row named by a date (2015年4月4-6日 | 359 500),
    // or by nothing, is about what its column's header names.
    const row = norm.slice(claim.sentence.start, claim.sentence.end);
    if (!subject && row.includes(' | ')) {
      const label = row.split(' | ')[0]!.trim();
      const named = label && claim.start >= claim.sentence.start + label.length && !/^[-−\d.,%]+$/u.test(label);
      if (named && !DATE_LABEL.test(label)) subject = label.slice(0, MAX_SUBJECT);
      else subject = columnHeader(norm, claim);
    }
    const listed = !subject && claim.kind === 'count' && PLACE_COUNT.test(claim.unit ?? '') ? norm.slice(clauseStart, claim.start).match(LISTED_BEFORE) : null;
    if (listed && listed[1]!.split('、').length === claim.value) subject = listed[1]!;
    // 建设项目91个，已投入运营的7个、主体完工的5个: a count with no noun after its 的 counts what the sentence counted first.
    if (!subject && countByState(norm, norm.slice(leadStart, claim.start), claim)) {
      subject = earlierInSentence.find((earlier) => earlier.unit === claim.unit && earlier.subject)?.subject ?? null;
    }
    if (!subject && claim.kind === 'count') subject = tailSubject(norm, claim, tokens, claim.sentence.end) ?? whatHappenedTo(norm, claim, tokens);
    // 建成8500多万亩高标准农田: after an action verb, a measure names its subject right after its unit.
    if (!subject && claim.kind === 'measure' && endsWithActionVerb(tokens, leadStart, claim.start)) subject = tailSubject(norm, claim, tokens, claim.sentence.end);
    if (!subject) subject = leadSubject(norm, claim, leadStart, tokens);
    // 遊客人數，再度突破千萬人次: a lead of adverbs only (再度, 已, 首次) goes on from the noun phrase closing the clause before.
    if (subject && leadStart === clauseStart && clauseStart > claim.sentence.start + 1 && adverbsOnly(norm, subject, claim, tokens)) subject = nounPhraseClosing(norm, claim.sentence.start, clauseStart - 1, tokens) ?? subject;
    // 铁路方面，完成投资303.1亿元: a measure named only by its kind is of the topic the sentence opened with.
    const aspect = subject && KIND_OF_MEASURE_ONLY.test(subject) ? norm.slice(claim.sentence.start, leadStart).match(TOPIC_ASPECT) : null;
    if (aspect) subject = aspect[1]!;
    // 全部财政收入实现微幅增长，累计完成45.5亿元; 在固定资产投资上，全区达到了846.59亿元: the clause
    // before names what the figure measures when this one only says it was reached.
    if (!subject && leadStart === clauseStart && clauseStart > claim.sentence.start + 1) {
      const previousStart = clauseStartOf(norm, claim.sentence.start, clauseStart - 1, CLAUSE_BREAK);
      const previous = norm.slice(previousStart, clauseStart - 1);
      // 稳步提升，2022年达38.2%: the time the level was reached at is no name of it.
      const lead = norm.slice(clauseStart, claim.start).trim().replace(TIME_OF_LEVEL, '');
      if (REACHED_ONLY.test(lead) || CHANGE_ONLY.test(lead)) {
        const topic = previous.match(TOPIC_ON)?.[1] ?? previous.match(TOPIC_MEASURE)?.[0];
        const trend = topic ? null : previous.match(TOPIC_TREND);
        if (topic) subject = topic;
        // 3月份当月CPI涨幅略有扩大，同比上涨2.3%: a date in the clause before is no figure of it.
        else if (trend && trend.index! >= 2 && !/\d/u.test(previous.replace(DATES_IN_LEAD, '').replace(AGE_BOUND, ''))) subject = leadSubject(norm, { ...claim, start: previousStart + trend.index! }, previousStart, tokens);
      } else if (!samePrevious) subject = previous.match(TOPIC_MEASURE)?.[0] ?? null;
    }
    // 人均收入完成19437元，增幅7.5%: a rate named only by its kind (增幅, 增速) is of the figure before it.
    // 增速比8月放缓1.6个百分点: a rate named only by its kind, or a change in points of it, is of the figure before it.
    // (武威、白银2市增幅在40%以上: places counted are not what their rate measures.)
    if (subject && GENERIC_RATE.test(subject) && continued?.subject && !(continued.kind === 'count' && PLACE_COUNT.test(continued.unit ?? ''))) subject = continued.subject;
    // 经过4年的专业学习, 其余约九成同学: when the text before names nothing, a duration or share
    // before 的 + noun (a share in 成 before its noun) is of that noun.
    if ((claim.kind === 'measure' || claim.kind === 'percent') && !namesSomething(norm, subject, claim, tokens)) {
      const tail = tailSubject(norm, claim, tokens, claim.sentence.end, true) ?? (claim.kind === 'percent' && claim.unitText === '成' ? tailSubject(norm, claim, tokens, claim.sentence.end) : null);
      if (tail) subject = tail;
    }
    // 粮食产量连续7年稳定在1300亿斤: the subject stands before an intervening claim of the clause.
    if (!subject && samePrevious && samePrevious.end === leadStart && samePrevious.start > clauseStart) {
      subject = leadSubject(norm, { ...claim, start: samePrevious.start }, clauseStart, tokens);
    }
    // A rate, share or running total after a figure is about the same thing (286.4亿元，为预算的102.3%，同比增长5.6%).
    if (
      !subject &&
      previousInSentence &&
      (claim.change ||
        claim.list ||
        claim.unit === 'x' ||
        claim.unit === previousInSentence.unit ||
        // 完成年初预算数21.5亿元的45.6%: a share of the figure right before it.
        (claim.kind === 'percent' && /^的$/u.test(norm.slice(previousInSentence.end, claim.start))) ||
        /^[,，、\s]*[（(]?(?:比|较|同比|环比|增长|下降|提高|增加|减少|约?[增减降升]|为|是|相当于|(?:约|分别)?占|累计|其中|(?:按[^，,；;。]{0,8}口径)?恢复(?:至|到)|有\s?$|(?:大幅)?[上下]修|(?:按[^，,；;。]{0,14})?(?:计算|折算)(?:为|约为)?|约合)/u.test(norm.slice(previousInSentence.end, claim.start)))
    ) {
      // 歲出預算302.12億元，較114年度法定預算數277.27億元，增加24.81億元: the change is of the figure
      // compared, not of the base value written between.
      const compared = claim.change ? earlierInSentence[earlierInSentence.length - 2] : undefined;
      const ofBase = compared?.subject && BASE_VALUE_LEAD.test(norm.slice(compared.end, previousInSentence.start));
      subject = ofBase ? compared!.subject : previousInSentence.subject;
    }
    if (!subject && claim.kind !== 'count' && claim.kind !== 'percent') subject = tailSubject(norm, claim, tokens, claim.sentence.end);
    // 5个市(区)空气质量改善，2个持平: a lead that names nothing continues the last figure of the
    // sentence in the same unit.
    // (A plan's own figure, 完成预算40023万元的107.7%, is not what the clauses after it go on about.)
    if (!subject) subject = earlierInSentence.findLast((earlier) => earlier.unit === claim.unit && earlier.subject && !planOfShare(norm, toSimplified(earlier.subject), earlier))?.subject ?? null;
    // 录得57亿元赤字, 实现1200亿元顺差: a balance named right after the amount is what it measures.
    const balance = claim.kind === 'money' ? norm.slice(claim.end, claim.end + 5).match(BALANCE_AFTER) : null;
    if (balance) subject = balance[1]!;
    // “雨露计划”职业教育助学工程项目，计划安排资金180万元: money named only as funds is for the project the clause before names.
    // (一)政策补贴延续类项目，共1240万元: a total with no name of its own is of the project the clause before names.
    const totalOnly = !subject && claim.kind === 'money' && TOTAL_ONLY.test(norm.slice(clauseStart, claim.start));
    if ((totalOnly || (subject && GENERIC_FUNDS.test(subject))) && clauseStart > claim.sentence.start + 1) {
      const project = projectBefore(norm, claim, clauseStart, tokens);
      if (project) subject = project;
    }
    claim.subject = subject ? asWritten(state.article!.text, norm, subject, claim) : null;
  });
  comparedPlaces(norm, claims);
  pairEnumeratedSubjects(norm, state.article.text, claims);
  breakdownByPlace(norm, claims, (claim) => state.tokens.get(claim.sentence.start) ?? []);
  rankingOfPlaces(norm, claims, (claim) => state.tokens.get(claim.sentence.start) ?? []);
  // Members of a list share the subject of the first one when they have none of their own.
  const firstOfGroup = new Map<string, string | null>();
  for (const claim of claims) if (claim.list?.index === 0) firstOfGroup.set(claim.list.group, claim.subject);
  for (const claim of claims) if (claim.list && claim.list.index > 0 && !claim.subject) claim.subject = firstOfGroup.get(claim.list.group) ?? null;
  // The "to" side of a change takes the subject of its "from" side.
  for (const claim of claims) {
    if (claim.change?.role === 'to' && claim.change.from !== null) {
      const from = claims[claim.change.from]!;
      if (from.subject) claim.subject = from.subject;
    }
  }
  return { ...state, claims };
}
