// Words that tell the arithmetic checks how figures relate: a yearly rate (年均, 年增速), the
// start of a breakdown (其中), a named whole of a share (占…的), and the bases that all mean
// "against the same period a year before". Each entry has an example sentence written for this
// project and the verdict the check must reach on it (test/checks.test.ts runs them).
import type { Verdict } from '../../core/checks/check-schema.js';

export interface CheckWordRule {
  id: string;
  pattern: RegExp;
  examples: { text: string; kind: string; verdict: Verdict }[];
}

/** A rate that is per year, so it is compared with the yearly readings too. */
export const YEARLY_RATE: CheckWordRule = {
  id: 'check-yearly-rate',
  pattern: /年均|年增速|年增长率|年平均|每年|年递增/u,
  examples: [
    { text: '城市低保标准从2016年的500元提高至2020年的700元，年均增长8.8%。', kind: 'rate', verdict: 'consistent' },
    { text: '农村低保标准从2016年的300元提高至2020年的646元，年增速29.8%。', kind: 'rate', verdict: 'inconsistent' },
  ],
};

/** 其中 opens a breakdown of the figure before it. */
export const BREAKDOWN: CheckWordRule = {
  id: 'check-breakdown-qizhong',
  pattern: /^[\s,，:：]*其中/u,
  examples: [
    { text: '全区共有社会组织820个，其中社会团体300个，民办非企业单位520个。', kind: 'parts', verdict: 'consistent' },
    { text: '全区共有社会组织820个，其中社会团体900个。', kind: 'parts', verdict: 'inconsistent' },
  ],
};

/** 合计, 共计 right before a total that sums the figures listed before it in its sentence. */
export const SUM_AFTER_LIST: CheckWordRule = {
  id: 'check-sum-after-list',
  pattern: /(?:合计|共计|总计)(?:为|达到|达)?$/u,
  examples: [
    { text: '全县新建学校12所，改扩建学校18所，合计30所。', kind: 'parts', verdict: 'consistent' },
    { text: '全县新建学校12所，改扩建学校18所，合计40所。', kind: 'parts', verdict: 'inconsistent' },
  ],
};

/** A word in a breakdown that starts another topic, so the breakdown ends before it. */
export const NEW_TOPIC = /[；;。！？]|全市|全省|全县|全区|全国|合计|共计|总计|累计|其中/u;

/** 占, 占比 right before a share whose whole is the total of the breakdown it is in. */
export const SHARE_OF_TOTAL: CheckWordRule = {
  id: 'check-share-of-total',
  pattern: /^[\s,，]*(?:占比|占)(?:为|达到|达)?$/u,
  examples: [
    { text: '今年招聘教师400名，其中研究生学历100名，占25%。', kind: 'share', verdict: 'consistent' },
    { text: '今年招聘教师400名，其中研究生学历100名，占40%。', kind: 'share', verdict: 'inconsistent' },
  ],
};

/** 占…的 naming the whole of a share. */
export const SHARE_OF_NAMED: CheckWordRule = {
  id: 'check-share-of-named',
  pattern: /(?:^|[,，])\s*(?:占|相当于)(?<whole>[\u4e00-\u9fff（）()]{2,20}?)的?(?:比重|比例|份额)?(?:增至|升至|降至|提高到|提高至|为|达到|达)?$/u,
  examples: [
    { text: '一般公共预算收入50亿元，其中税收收入40亿元，占一般公共预算收入的80%。', kind: 'share', verdict: 'consistent' },
    { text: '一般公共预算收入50亿元，其中税收收入40亿元，占一般公共预算收入的60%。', kind: 'share', verdict: 'inconsistent' },
  ],
};

/** A change against a level stated right before it: 比上年增加, 同比增长. */
export const CHANGE_AFTER_LEVEL = /^[\s,，]*(?:比|较|同比|环比)/u;
/** The rate right after a change of the same basis: ，增长 / ，同比下降. */
export const RATE_AFTER_CHANGE = /^[\s,，]+(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少|提高|降低|上升|上涨)$/u;

/** Bases that all mean the same period a year before. */
export const YEAR_BEFORE_BASES: readonly string[] = ['同比', '比上年同期', '较上年同期', '比去年同期', '较去年同期', '比上年', '较上年', '比去年', '较去年'];

export const YEAR_ON_YEAR: CheckWordRule = {
  id: 'check-level-change-rate',
  pattern: RATE_AFTER_CHANGE,
  examples: [
    { text: '全县粮食产量62万吨，比上年增加2万吨，增长3.3%。', kind: 'year-on-year', verdict: 'consistent' },
    { text: '全县粮食产量62万吨，比上年增加2万吨，增长5.3%。', kind: 'year-on-year', verdict: 'inconsistent' },
  ],
};



/** Dropped from a subject to make the key two articles share: scope, time and filler words. */
export const SUBJECT_KEY_DROP = /全市|全省|全县|全区|本市|我市|我省|累计|共计|合计|共有|其中|目前|已经|已|共|达到|达|的|了|为|总/gu;
/** A key shorter than this names too little (标准, 人数) to link two articles by. */
export const MIN_SUBJECT_KEY = 4;

/**
 * Rates that official statistics compute at comparable prices or on a comparable base (GDP and
 * value added grow in real terms; 可比口径 revises the year before): they cannot be checked
 * against the nominal figures printed beside them, so such a check is unverifiable.
 */
export const COMPARABLE_BASIS: CheckWordRule = {
  id: 'check-comparable-basis',
  pattern: /生产总值|GDP|增加值|可比价|可比口径|同口径|扣除价格因素|实际增长|按不变价/u,
  examples: [
    { text: '全市地区生产总值由2015年的5000亿元增加到2020年的7000亿元，年均增长6.5%。', kind: 'rate', verdict: 'unverifiable' },
    { text: '全县农业增加值62亿元，比上年增加2亿元，增长2.1%。', kind: 'year-on-year', verdict: 'unverifiable' },
  ],
};

export const CHECK_WORD_RULES: readonly CheckWordRule[] = [YEARLY_RATE, BREAKDOWN, SUM_AFTER_LIST, SHARE_OF_TOTAL, SHARE_OF_NAMED, YEAR_ON_YEAR, COMPARABLE_BASIS];
