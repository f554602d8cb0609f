// Word lists the subject finder reads. A subject is cut out of the clause around its
// number: words that link a subject to its number (为, 达到, 共有, 分别), scope words (全市),
// time and per phrases are trimmed off the edges; action verbs end a phrase.

/** Trimmed repeatedly from the end of the text before a number. */
export const LEAD_SUFFIX = new RegExp(
  '(?:' +
    [
      '[年月日人户]均(?:达到|达|为)?', '分别为', '分别达到', '分别达', '分别从', '分别由', '分别', '均为', '均达到', '均达', '约为', '共计', '合计', '总计', '累计', '已达', '达到了', '达到', '超过', '突破',
      '不低于', '不少于', '不足', '不到', '不超过', '保持在', '控制在', '稳定在', '提高到', '提高至', '增加到', '增至', '降至', '下降到', '调整为', '调整至', '提高', '增加', '增长', '下降', '减少',
      '已经', '也', '亦', '平均(?:为|达到|达)?', '实际', '首超', '统一', '上涨', '上升', '降低', '回落', '约占', '占比', '净增', '净减', '压减', '最高', '最低', '为期', '按照', '给予', '针对', '连续', '惠及', '覆盖', '涉及', '均', '为', '是', '达', '到', '至', '有', '共有', '拥有', '共', '计', '约', '近', '逾', '仅', '已', '了', '的', '在', '由', '从', '和', '与', '及',
      '同比', '环比', '比上年同期', '比上年末', '比上年', '较上年', '比去年', '较去年', '同期', '上年末', '(?:比|较)?(?:上年|去年|前年)',
      '(?:每(?:人|户|月|年|天|日|周|次|亩|小时|名|位))+', '户月人均', '人均', '户均', '年均', '月均', '日均', '生均', '亩均',
      '\\d{4}年(?:底|末|\\d{1,2}月(?:底|末)?)?', '\\d{1,2}月(?:底|末)?', '年底', '年末', '全年', '当年', '目前', '现有',
      '[\\s，,、:：（(）)]',
    ].join('|') +
    ')$',
  'u',
);

/** Trimmed repeatedly from the start of the text before a number. */
export const LEAD_PREFIX = new RegExp(
  '^(?:' +
    [
      '共有', '现有', '拥有', '已有', '尚有', '上半年', '下半年', '前三季度', '第[一二三四]季度', '[一二三四]季度', '全市', '全省', '全国', '全县', '全区', '全镇', '全州', '全疆', '全盟', '全旗', '全乡', '本市', '我市', '我省', '我县', '我区', '各地', '其中', '累计', '共', '截至', '截止', '连续', '针对', '按照', '给予', '为', '今年以来', '今年', '去年', '全年', '当年', '目前', '已',
      '\\d{4}年(?:度|底|末|以来|\\d{1,2}月(?:底|末)?)?', '\\d{1,2}[-—至]\\d{1,2}月份?', '\\d{1,2}月(?:底|末|份)?', '五年来', '近年来', '[一二三四五六七八九十两]年来',
      '[\\s，,、:：]',
    ].join('|') +
    ')',
  'u',
);

/**
 * Words jieba tags as verbs that name quantities in statistics and budgets (一般公共预算收入,
 * 社会消费品零售总额, 进出口, 所得, and 居住 among the price indexes' groups): a subject ending in one keeps it.
 */
export const NOMINAL_VERBS = new Set(['收入', '支出', '预算', '投资', '消费', '出口', '进口', '进出口', '贷款', '存款', '融资', '销售', '零售', '储蓄', '用电', '用水', '发电', '吞吐', '就业', '再就业', '创业', '增长', '增速', '所得', '居住']);

/** Last characters of words that the trimming of linking words would cut off (一般公共 → 一般公, 统计 → 统). */
export const WORD_FINAL_LINKERS = new Set(['共', '计', '及', '均']);

/**
 * Words that never name what is measured on their own: verdicts (2个持平，5个变差), bounds of a
 * band (50岁以上18人), hedges and manner (全年预计完成600亿元, 直接带动1898人, 首次达到), and time
 * words (较上年度2044.18亿元). A subject made only of these is of the figure the clause continues.
 */
export const NOT_SUBJECT_WORDS = [
  '持平', '变差', '变好', '改善', '好转', '恶化', '下降', '上升', '以上', '以下', '以内', '左右', '之间', '其次', '次之', '次低', '最高', '最低',
  '预计', '预期', '估计', '初步', '直接', '间接', '首次', '再次', '通过', '启动', '实际', '实现', '报告', '年度', '上年度', '上年', '去年', '年初', '同期', '当年', '平均', '尤其', '特别是',
];

/**
 * The base of a comparison a gap is measured against (高于全国0.6个百分点, 比全省平均水平高2.7个百分点,
 * 低于市计划的0.7个百分点): the gap is of the figure before it, not of the base.
 */
export const COMPARISON_GAP = /^[，,\s]*(?:(?:分别)?(?:高于|低于|高出|低出|快于|慢于|超出|领先|落后于?)[^，,；;。]{0,16}|(?:比|较)[^，,；;。]{0,16}(?:高|低|快|慢|多|少)(?:了)?)$/u;
