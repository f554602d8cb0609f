// Word lists the subject finder reads. A subject is cut out of the clause around its
// number: words that link a subject to its number (为, 达到, 共有, 分别), scope words (全市),
// time and per phrases are trimmed off the edges; action verbs end a phrase.

/** Trimmed repeatedly from the end of the text before a number. */
export const LEAD_SUFFIX = new RegExp(
  '(?:' +
    [
      '[年月日人户]均(?:达到|达|为)?', '分别为', '分别达到', '分别达', '分别从', '分别由', '分别', '均为', '均达到', '均达', '约为', '共计', '合计', '合共', '总计', '累计', '已达', '达到了', '达到', '高达', '超过', '突破', '逼近', '接近', '超越了?',
      '不低于', '不少于', '不足', '不到', '不超过', '保持在', '控制在', '稳定在', '提高到', '提高至', '增加到', '增至', '降至', '下降到', '调整为', '调整至', '提高', '增加', '增长', '下降', '减少',
      // 与去年同期相比增长, 與上年同月比較增加: the base of a comparison names no figure.
      '(?:与|和|同)[^，,；;。与和同]{0,12}(?:相比|比较|相较)',
      // 在第四季较上年同期实质上升, 而二〇一四年则上升: which reading of a rate, and the adverb that contrasts it.
      '实质', '名义', '则',
      // 同比涨幅较1月收窄, 较1月涨幅收窄, 一举上修为: a rate word's base and its narrowing leave only the rate word.
      '(?<=[幅速])(?:较|比)', '收窄', '扩大', '上修为?', '下修为?', '逆势', '一举', '(?:在)?第[一二三四1-4]季度?', '[〇○零一二三四五六七八九]{4}年(?:度|底|末)?',
      '已经', '也', '亦', '平均(?:为|达到|达)?', '实际', '首超', '统一', '上涨', '上升', '降低', '回落', '约占', '占比', '净增', '净减', '压减', '最高', '最低', '为期', '按照', '给予', '针对', '连续', '惠及', '覆盖', '涉及', '均', '为', '是', '达', '到', '至', '有', '共有', '拥有', '共', '计', '约', '近', '逾', '仅', '已', '了', '的', '在', '由', '从', '和', '与', '及',
      // 外贸规模超9万亿, 收益增470.6%, 产值可达, 总产量仍, 失业率报7.74%: a verb or adverb of the figure, not its name.
      '(?<![赶])超', '(?<![新净倍递])增', '可(?:达到?|望)', '仍', '(?<=率)报', '小幅', '大幅',
      // 总收入为人民币310亿元: the currency written before the amount is no part of what it measures.
      '人民币', '港币', '港元', '美元', '新台币', '澳门元', '澳门币', '葡币', '欧元', '日元',
      // 歲出計列1712.31億元, 歲入原列, 最後計列: how a budget lists an amount, not what it measures.
      '(?:最后)?(?:计列|原列|编列|匡列)(?:预算数?)?', '(?:比|较)原?(?:预算案|预算数|预算)', '删减', '遭删减',
      // 出栏量由一季度的下降2.4%, 产能由峰值时的1.6亿吨: the time a change starts from names nothing.
      '由(?:[一二三四1-4]季度|上半年|前三季度|年初|上年|去年|峰值时?|高峰时?|最高时?|最高峰时?)(?:末|底)?(?:的(?:下降|增长|减少|增加)?)?',
      // 由以往的澳门币1,300元, 由目前的1,200元: the earlier level a change starts from names nothing.
      '以往', '原来', '原先',
      // 恢复至疫前同期的59.9%: the base a recovery is measured against names no figure.
      '恢复(?:至|到)[^，,；;。\\d]{0,10}',
      // 按2018年平均汇率计算为2865美元: the rate an amount is converted at names no figure.
      '按[^，,；;。]{0,14}(?:计算|折算)(?:为|约为)?', '(?:平均)?汇率(?:计算|折算)(?:为|约为)?', '约合',
      // 比“十一五”期间增长了: the plan period a comparison is against names no figure.
      '(?:分别)?(?:比|较)[“"]?十[一二三四五]?五[”"]?(?:期间|时期|期末|末|初)',
      // 较上个5年增长: the five years before, as a base.
      '(?:比|较)上一?个?(?:\\d|[一二三四五])?年?',
      '(?:同比|环比)[升涨跌降增减]', '同比', '环比', '按年', '按月', '按季', '预计', '(?:比|较)上个?月', '比上年同期', '比上年末', '比上年', '较上年', '比去年', '较去年', '同期', '上年末', '(?:比|较)?(?:上年|去年|前年)',
      // 较上月增加, 较2021年同月上升, 比二〇二二年增长: a comparison base names no figure.
      '(?:比|较|与)?(?:上月|同月|上季度|上季|上周|上旬)', '(?:比|较|与)(?:上一|前一|上)学年', '(?:比|较)(?:第?[一二三四]季度|[上下]半年|前三季度|前一期|上一期|上期)', '(?:比|较|与)?(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:同期|同月)?',
      '(?:每(?:人|户|月|年|天|日|周|次|亩|小时|名|位|斤|公斤|吨))+',
      // 死亡率为每千活产, 拥有床位每万人口: the base a rate is per (read as per) names nothing.
      '每[十百千万]+(?:名|个|位)?(?:活产|人口|人|户|名)', '户月人均', '人均', '户均', '年均', '月均', '日均', '生均', '亩均',
      '\\d{4}年(?:底|末|\\d{1,2}月(?:底|末)?)?', '\\d{1,2}月(?:底|末)?', '年底', '年末', '全年', '当年', '今年', '本年', '明年', '[两二三四五]年', '目前', '现有',
      // 地区生产总值〔2〕: a footnote mark.
      '[〔［\\[]\\d{1,2}[〕］\\]]',
      '[\\s，,、:：（(）)]',
    ].join('|') +
    ')$',
  'u',
);

/** Trimmed repeatedly from the start of the text before a number. */
export const LEAD_PREFIX = new RegExp(
  '^(?:' +
    [
      '共有', '现有', '拥有', '已有', '尚有', '期内', '(?:在|于)?(?:此|这一?|该)(?:期间|时期|段时间)内?', '上半年', '下半年', '前三季度', '第[一二三四1-4]季度?', '而', '初步(?:统计|核算|测算)', '[一二三四]季度', '全市', '全省', '全国', '全县', '全区', '全镇', '全州', '全疆', '全盟', '全旗', '全乡', '(?:按)?(?:同|可比)口径(?:计算)?', '按(?:不变价|可比价|现价)(?:格)?(?:计算)?', '本市', '我市', '我省', '我县', '我区', '各地', '其中', '累计', '共', '截至', '截止', '连续', '针对', '按照', '给予', '为', '今年以来', '今年', '去年', '报告期内', '全年', '当年', '本年', '年末', '年底', '同期的?', '预计', '预测', '预估', '目前', '已',
      '\\d{4}年(?:度|底|末|以来|\\d{1,2}月(?:底|末)?)?', '[〇○零一二三四五六七八九]{4}年(?:度|底|末|以来)?', '(?:较|比)(?:上年|去年)?\\d{1,2}月份?', '第\\d{1,2}周', '\\d{1,2}[-—至]\\d{1,2}月份?', '\\d{1,2}月(?:底|末|份)?', '五年来', '近年来', '[一二三四五六七八九十两]年来',
      '[\\s，,、:：]',
    ].join('|') +
    ')',
  'u',
);

/**
 * Words jieba tags as verbs that name quantities in statistics and budgets (一般公共预算收入,
 * 社会消费品零售总额, 进出口, 所得, and 居住 among the price indexes' groups): a subject ending in one keeps it.
 */
export const NOMINAL_VERBS = new Set(['收入', '支出', '产能', '开支', '预算', '补助', '补贴', '投资', '消费', '出口', '进口', '进出口', '贷款', '存款', '融资', '销售', '零售', '储蓄', '用电', '用水', '发电', '吞吐', '就业', '再就业', '创业', '增长', '增速', '所得', '居住']);

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
  // 完成年初预算数60999万元的40.4%, 为年计划的96.6%: the plan a share is taken of (annotation guidelines §3);
  // 降幅收窄3.1个百分点, 大幅增加, 临时估计为24亿元: how a figure changed or was reached, not what it measures.
  '计划', '年计划', '预算数', '降幅收窄', '收窄', '缩窄', '同比', '大幅', '小幅', '临时', '修订',
  // 其中，续建45所，改扩建36所: the kind of works in a breakdown, of what the total counts.
  '新建', '续建', '改扩建', '改建', '扩建',
  // 按年轻微增加0.7%, 一共通过4项, 全日约有60万人次, 当中约八成, 其余三成: manner, totals, days and parts of a whole.
  '轻微', '略有', '稍有', '一共', '全日', '全天', '当天', '当日', '当中', '其余', '其中',
  // 玉米产量7.78万吨，减产0.3%: the change of the figure before, named by its kind.
  '增产', '减产', '增收', '减收', '增支', '减支',
  // 8月当月增长8.2%, 同比名义增长12.9%, 扣除价格因素实际增长12.1%: which reading of a rate, not what it measures.
  '当月', '单月', '名义', '同比名义', '扣除', '价格因素', '实质',
  // 占据国内90%、全球60%的市场份额: a scope alone is no name of what is measured.
  '国内', '全球', '境内', '境外', '海外', '国外', '国际',
  // 较1月概估数8.63%: an earlier estimate of the same figure.
  '概估数', '预估数', '初估数', '预测数', '预测值',
];

/**
 * The base of a comparison a gap is measured against (高于全国0.6个百分点, 比全省平均水平高2.7个百分点,
 * 低于市计划的0.7个百分点): the gap is of the figure before it, not of the base.
 */
export const COMPARISON_GAP = /^[，,\s]*(?:(?:增幅|增速|涨幅|降幅)?(?:分别)?(?:高于|低于|高出|低出|快于|慢于|超出|领先|落后于?)[^，,；;。]{0,16}|(?:比|较)[^，,；;。]{0,16}(?:高|低|快|慢|多|少)(?:了)?|(?:与|和|同)[^，,；;。]{0,16}(?:相比|比较)(?:分别)?(?:高|低|快|慢|多|少)(?:了)?|超(?:出|过)?序时进度)$/u;

/**
 * Verbs that act on an object (困难残疾人发放|生活补贴, 全市新建|养老床位): after a noun they start a
 * new phrase. Other words jieba reads as verbs inside a name stay (城镇登记失业率, 农村互助养老幸福院).
 */
export const ACTION_VERBS = new Set([
  '发放', '投入', '完成', '实现', '开展', '新建', '建成', '改建', '扩建', '新增', '帮助', '救助', '资助', '安置', '接待', '慰问', '提供', '落实', '兑现', '兑付', '拨付', '筹集',
  '引进', '签约', '招聘', '支付', '减免', '办理', '受理', '走访', '收获', '推广', '实施', '组织', '举办', '开工', '创建', '获得', '争取', '带动', '吸引', '培育', '认定', '评定', '选派',
  '转移', '解决', '处理', '查处', '检查', '抽检', '排查', '整治', '整改', '清理', '调整', '安排', '下达', '投放', '累计', '共计', '改造', '建设', '种植', '销售', '出口', '进口', '生产',
  '收购', '治理', '修复', '植树', '造林', '栽植', '扶持', '惠及', '覆盖', '救治', '接种', '发现', '发布', '公布', '印发', '制定', '出台',
  '提高', '提升', '降低', '开设', '拥有', '配备', '加装', '安装', '安葬', '结算', '执行', '选择', '分为', '参加', '参与', '使用', '购买', '采购', '缴纳', '发展', '利用', '宣传', '产生', '举行',
  '增加', '减少', '增设', '引入', '推动', '促进', '完善', '延长', '保持', '召开', '达到', '超过', '突破', '吸纳', '输出', '输送', '派出', '派驻', '聘请', '聘用', '录用', '选拔', '表彰', '命名', '挂牌', '授予', '认领', '捐赠', '募集', '捐助', '收治', '隔离', '出院',
  '发送', '运送', '承运', '揽收', '投递', '接收', '审结', '审理', '办结', '化解', '起诉', '批捕', '判处', '吸收', '招收', '录取', '处置', '收缴',
  '缴获', '抓获', '破获', '侦破', '挽回', '追回', '发行', '出售', '购入', '救援', '疏散', '转运', '调拨', '下拨', '调运', '划拨',
]);

/**
 * Words jieba reads as verbs that, before a noun, say which kind of it is counted (出生人口, 下岗失业人员,
 * 参保职工, 加权平均净资产收益率, 其他用品和服务): they open the name and are never cut off as a verb
 * acting on it. `在` + one character (在建项目, 在职职工, 在校学生) is the same, matched by pattern.
 */
export const ATTRIBUTIVE_WORDS = new Set([
  '出生', '死亡', '迁入', '迁出', '下岗', '失业', '待业', '退休', '离休', '留守', '返乡', '外出', '流动', '参保', '持证', '就诊', '受灾', '受益', '受惠', '常住', '户籍', '失能', '脱贫', '实有',
  '加权', '转贷', '抽水', '再审', '跨', '其他', '其它', '其余', '每股',
]);
export const ATTRIBUTIVE_ZAI = /^在[建职册校院岗读押营运编库园岸途]$/u;

/** 就业|不足人数, 创业|带头人: verbs that name a quantity and take no object, so they never act on the noun after them. */
export const INTRANSITIVE_NAMES = new Set(['就业', '再就业', '创业', '增长', '增速', '用电', '用水', '居住']);

/** 收获|面积, 销售|额, 发电|量: what is left after an action verb names only a measure of that act, so the verb stays. */
export const MEASURE_OF_ACT = /^(?:面积|总面积|数量|总量|人数|人次|规模|金额|总额|额|量|率|产量|产值|比例|比重|标准|进度)$/u;

/** Words jieba reads as adverbs that open the name of a statistic (自然增长率, 相对贫困人口). */
export const NAME_ADVERBS = new Set(['自然', '相对', '绝对']);
