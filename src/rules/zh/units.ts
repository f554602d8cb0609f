// The Chinese unit catalog: what may follow a number (after any multiplier), what kind of
// claim it makes and its canonical unit. Longest text wins (千瓦时 before 千, 个百分点 before 个,
// 个月 before 个). Counts keep the measure word itself as their unit.
import type { ClaimKind } from '../../core/schema.js';
import type { Rule, RuleExample } from '../rule.js';

export interface UnitRule extends Rule {
  /** As written after the number (and after any multiplier such as 万 or 亿). */
  text: string;
  kind: ClaimKind;
  unit: string;
  /** Measure words that also end everyday words (一周, 一起, 一门): only after Arabic digits. */
  digitsOnly?: boolean;
  /** Only after a number with a decimal part: 逗留1.5日 is a stay of days, 28日 is a date. */
  decimalOnly?: boolean;
  /** What may not follow the measure word, where it starts another word (股东, 组织, 班子). */
  notBefore?: RegExp;
  /** Per-period for compound units such as 元/月. */
  per?: { value: number; unit: string };
  /** Multiplies the value: 千克 stays kg, but 万千瓦 is read as multiplier + 千瓦. */
  factor?: number;
}

const ex = (text: string, claim: string | null, value?: number): RuleExample => ({ text, claim, value });

function rule(id: string, text: string, kind: ClaimKind, unit: string, examples: RuleExample[], extra: Partial<UnitRule> = {}): UnitRule {
  return { id, text, kind, unit, examples, ...extra };
}

const money: UnitRule[] = [
  rule('money-yuan', '元', 'money', 'CNY', [ex('每月发放补贴600元', '600元', 600), ex('共发放临时救助金13830.6万元', '13830.6万元', 138306000)]),
  rule('money-kuai-rmb', '元人民币', 'money', 'CNY', [ex('投资5亿元人民币建设新区', '5亿元人民币', 500000000)]),
  rule('money-rmb', '人民币', 'money', 'CNY', [ex('项目总投资约30亿人民币', '30亿人民币', 3000000000)]),
  rule('money-yuan-qian', '元钱', 'money', 'CNY', [ex('政府投入一元钱', '一元钱', 1)]),
  rule('money-kuai-qian', '块钱', 'money', 'CNY', [ex('查询价格最高10块钱', '10块钱', 10)]),
  rule('money-mao-qian', '毛钱', 'money', 'CNY', [ex('单次查询价格最低2毛钱', '2毛钱', 0.2)], { factor: 0.1 }),
  rule('money-fen-qian', '分钱', 'money', 'CNY', [ex('玉米收购价每斤上涨2分钱左右', '2分钱', 0.02)], { factor: 0.01 }),
  rule('money-hk-cent', '港仙', 'money', 'HKD', [ex('每股末期股息为0.1港仙', '0.1港仙', 0.001)], { factor: 0.01 }),
  rule('money-twd', '新台币', 'money', 'TWD', [ex('總預算為1.2兆新台幣', '1.2兆新台幣', 1.2e12)]),
  rule('money-twd-short', '台币', 'money', 'TWD', [ex('補助金額提高到5萬台幣', '5萬台幣', 50000)]),
  rule('money-mop', '澳门元', 'money', 'MOP', [ex('財政收入898億澳門元', '898億澳門元', 89800000000)]),
  rule('money-usd', '美元', 'money', 'USD', [ex('出口总额达12.5亿美元', '12.5亿美元', 1250000000)]),
  rule('money-hkd', '港元', 'money', 'HKD', [ex('募集资金8000万港元', '8000万港元', 80000000)]),
  rule('money-hkd-bi', '港币', 'money', 'HKD', [ex('捐赠善款300万港币', '300万港币', 3000000)]),
  rule('money-eur', '欧元', 'money', 'EUR', [ex('签约金额2.1亿欧元', '2.1亿欧元', 210000000)]),
  rule('money-jpy', '日元', 'money', 'JPY', [ex('引进外资50亿日元', '50亿日元', 5000000000)]),
  rule('money-gbp', '英镑', 'money', 'GBP', [ex('合同金额600万英镑', '600万英镑', 6000000)]),
  rule('money-krw', '韩元', 'money', 'KRW', [ex('投资额达100亿韩元', '100亿韩元', 10000000000)]),
  rule('money-yuan-per-month', '元/月', 'money', 'CNY', [ex('最低工资标准提高到2000元/月', '2000元/月', 2000)], { per: { value: 1, unit: '月' } }),
  rule('money-yuan-per-year', '元/年', 'money', 'CNY', [ex('补助标准为1200元/年', '1200元/年', 1200)], { per: { value: 1, unit: '年' } }),
  rule('money-yuan-per-person', '元/人', 'money', 'CNY', [ex('培训补贴标准为1500元/人', '1500元/人', 1500)], { per: { value: 1, unit: '人' } }),
  rule('money-yuan-per-mu', '元/亩', 'money', 'CNY', [ex('耕地地力补贴每年115元/亩', '115元/亩', 115)], { per: { value: 1, unit: '亩' } }),
  rule('money-yuan-per-ton', '元/吨', 'money', 'CNY', [ex('收购价格为2600元/吨', '2600元/吨', 2600)], { per: { value: 1, unit: '吨' } }),
  rule('money-yuan-per-m2', '元/平方米', 'money', 'CNY', [ex('新房均价为15800元/平方米', '15800元/平方米', 15800)], { per: { value: 1, unit: '平方米' } }),
  rule('money-yuan-per-day', '元/天', 'money', 'CNY', [ex('住院伙食补助50元/天', '50元/天', 50)], { per: { value: 1, unit: '天' } }),
  rule('money-yuan-per-hour', '元/小时', 'money', 'CNY', [ex('非全日制最低小时工资21元/小时', '21元/小时', 21)], { per: { value: 1, unit: '小时' } }),
  rule('money-yuan-per-person-month', '元/人·月', 'money', 'CNY', [ex('生活补贴为300元/人·月', '300元/人·月', 300)], { per: { value: 1, unit: '人月' } }),
];

const percent: UnitRule[] = [
  rule('percent-sign', '%', 'percent', '%', [ex('注册志愿者占常住人口比例达到16%', '16%', 16)]),
  rule('percent-points', '个百分点', 'percent', 'pp', [ex('城镇调查失业率下降0.5个百分点', '0.5个百分点', 0.5)]),
  rule('percent-points-short', '百分点', 'percent', 'pp', [ex('占比提高3.2百分点', '3.2百分点', 3.2)]),
  // Rates per thousand (出生率, 自然增长率) change by points per thousand: a permille, as the rate is.
  rule('permille-points', '个千分点', 'permille', '‰', [ex('自然增长率下降1.26个千分点', '1.26个千分点', 1.26)]),
  rule('permille-points-short', '千分点', 'permille', '‰', [ex('出生率下降0.45千分点', '0.45千分点', 0.45)]),
  rule('permille-sign', '‰', 'permille', '‰', [ex('人才占总人口比例为1.46‰', '1.46‰', 1.46)]),
  rule('multiple-bei', '倍', 'number', 'x', [ex('出口额增长2.1倍', '2.1倍', 2.1)]),
  rule('percent-cheng', '成', 'percent', '%', [ex('七成左右受访者表示满意', '七成', 70), ex('可申请8成的银行贷款', '8成', 80)], { factor: 10 }),
];

const measure: UnitRule[] = [
  rule('area-m2', '平方米', 'measure', 'm2', [ex('每百户不低于30平方米', '30平方米', 30)]),
  rule('area-m2-symbol', 'm²', 'measure', 'm2', [ex('建筑面积1200m²', '1200m²', 1200)]),
  rule('area-m2-ascii', 'm2', 'measure', 'm2', [ex('改造面积达5000m2', '5000m2', 5000)]),
  rule('area-km2', '平方公里', 'measure', 'km2', [ex('辖区面积1150平方公里', '1150平方公里', 1150)]),
  rule('area-km2-qianmi', '平方千米', 'measure', 'km2', [ex('森林面积12.3平方千米', '12.3平方千米', 12.3)]),
  rule('area-hectare', '公顷', 'measure', 'ha', [ex('新增造林面积860公顷', '860公顷', 860)]),
  rule('area-mu', '亩', 'measure', 'mu', [ex('建成高标准农田12万亩', '12万亩', 120000)]),
  rule('length-km', '公里', 'measure', 'km', [ex('新建农村公路312公里', '312公里', 312)]),
  rule('length-km-qianmi', '千米', 'measure', 'km', [ex('新增城市绿道25千米', '25千米', 25)]),
  rule('length-km-ascii', 'km', 'measure', 'km', [ex('新建管网45km', '45km', 45)]),
  rule('length-m', '米', 'measure', 'm', [ex('修建防洪堤坝800米', '800米', 800)]),
  // Taiwan writes the metric units with 公: 公尺 (metre), 公分 (centimetre), 平方公尺, 公升.
  rule('length-m-gongchi', '公尺', 'measure', 'm', [ex('步道延伸三十公尺', '三十公尺', 30), ex('新建堤防1,200公尺', '1,200公尺', 1200)]),
  rule('area-m2-gongchi', '平方公尺', 'measure', 'm2', [ex('館舍面積達2,500平方公尺', '2,500平方公尺', 2500)]),
  rule('length-cm-gongfen', '公分', 'measure', 'cm', [ex('累積雨量達45公分', '45公分', 45)]),
  rule('volume-l-gongsheng', '公升', 'measure', 'L', [ex('每日供水量增加800公升', '800公升', 800)]),
  rule('length-cm', '厘米', 'measure', 'cm', [ex('平均降水量增加12厘米', '12厘米', 12)]),
  rule('length-mm', '毫米', 'measure', 'mm', [ex('年降水量为1020毫米', '1020毫米', 1020)]),
  rule('mass-t', '吨', 'measure', 't', [ex('全年粮食总产量达到52.3万吨', '52.3万吨', 523000)]),
  rule('mass-t-gongdun', '公吨', 'measure', 't', [ex('预测今年总产量为65,090公吨', '65,090公吨', 65090)]),
  rule('mass-kg', '千克', 'measure', 'kg', [ex('人均蔬菜消费量120千克', '120千克', 120)]),
  rule('mass-kg-gongjin', '公斤', 'measure', 'kg', [ex('亩产达到650公斤', '650公斤', 650)]),
  rule('mass-jin', '斤', 'measure', 'jin', [ex('粮食产量1.2亿斤', '1.2亿斤', 120000000)]),
  rule('mass-g', '克', 'measure', 'g', [ex('每人每天食盐摄入不超过5克', '5克', 5)]),
  rule('volume-m3', '立方米', 'measure', 'm3', [ex('日供水能力40万立方米', '40万立方米', 400000)]),
  // Water bulletins print the symbol, with a superscript or a plain 3 (用水总量26.9亿m3).
  rule('volume-m3-symbol', 'm³', 'measure', 'm3', [ex('地表水资源量为8.47亿m³', '8.47亿m³', 847000000)]),
  rule('volume-m3-ascii', 'm3', 'measure', 'm3', [ex('全市用水总量为21.36亿m3', '21.36亿m3', 2136000000), ex('人均综合用水量403.2m3', '403.2m3', 403.2)]),
  rule('volume-l', '升', 'measure', 'L', [ex('日处理废水300升', '300升', 300)]),
  rule('energy-kwh', '千瓦时', 'measure', 'kWh', [ex('全社会用电量286.5亿千瓦时', '286.5亿千瓦时', 28650000000)]),
  rule('power-kw', '千瓦', 'measure', 'kW', [ex('新增光伏装机容量35万千瓦', '35万千瓦', 350000)]),
  rule('power-mw', '兆瓦', 'measure', 'MW', [ex('建成风电项目200兆瓦', '200兆瓦', 200)]),
  rule('energy-mwh', '兆瓦时', 'measure', 'MWh', [ex('新型储能规模达到800兆瓦时', '800兆瓦时', 800)]),
  rule('power-gw', '吉瓦', 'measure', 'GW', [ex('海上风电装机突破3.5吉瓦', '3.5吉瓦', 3.5)]),
  // 千 in these is the SI prefix, not the multiplier: 500千伏 is 500 kV, not 500,000.
  rule('voltage-kv', '千伏', 'measure', 'kV', [ex('建成500千伏变电站2座', '500千伏', 500), ex('新增1000千伏特高压线路', '1000千伏', 1000)]),
  rule('power-kva', '千伏安', 'measure', 'kVA', [ex('新增变电容量120万千伏安', '120万千伏安', 1200000)]),
  rule('power-mva', '兆伏安', 'measure', 'MVA', [ex('主变容量为240兆伏安', '240兆伏安', 240)]),
  rule('pressure-mpa', '兆帕', 'measure', 'MPa', [ex('管道设计压力为10兆帕', '10兆帕', 10)]),
  rule('area-kha', '千公顷', 'measure', 'ha', [ex('粮食播种面积稳定在2150千公顷', '2150千公顷', 2150000)], { factor: 1000 }),
  rule('energy-tce', '吨标准煤', 'measure', 'tce', [ex('全年节能量达到45万吨标准煤', '45万吨标准煤', 450000)]),
  rule('energy-tce-short', '吨标煤', 'measure', 'tce', [ex('年节约能源1.2万吨标煤', '1.2万吨标煤', 12000)]),
  rule('concentration-ug-m3', '微克/立方米', 'measure', 'μg/m3', [ex('细颗粒物年均浓度为29.6微克/立方米', '29.6微克/立方米', 29.6)]),
  rule('concentration-mg-m3', '毫克/立方米', 'measure', 'mg/m3', [ex('一氧化碳浓度为1.2毫克/立方米', '1.2毫克/立方米', 1.2)]),
  rule('concentration-mg-l', '毫克/升', 'measure', 'mg/L', [ex('化学需氧量平均浓度为15毫克/升', '15毫克/升', 15)]),
  // The same units written out with 每 (微克每立方米), as work reports often print them.
  rule('concentration-ug-m3-mei', '微克每立方米', 'measure', 'μg/m3', [ex('细颗粒物平均浓度降至31.2微克每立方米', '31.2微克每立方米', 31.2)]),
  rule('concentration-mg-m3-mei', '毫克每立方米', 'measure', 'mg/m3', [ex('臭氧浓度为0.16毫克每立方米', '0.16毫克每立方米', 0.16)]),
  rule('concentration-mg-l-mei', '毫克每升', 'measure', 'mg/L', [ex('总磷浓度控制在0.2毫克每升以内', '0.2毫克每升', 0.2)]),
  rule('concentration-ug-m3-symbol', 'μg/m³', 'measure', 'μg/m3', [ex('PM2.5平均浓度为32μg/m³', '32μg/m³', 32)]),
  // Symbols as bulletins type them: Greek mu or the micro sign, a superscript or a plain 3.
  rule('concentration-ug-m3-ascii', 'μg/m3', 'measure', 'μg/m3', [ex('二氧化硫浓度为7μg/m3', '7μg/m3', 7)]),
  rule('concentration-ug-m3-micro-sign', 'µg/m3', 'measure', 'μg/m3', [ex('二氧化氮浓度为16µg/m3', '16µg/m3', 16)]),
  rule('concentration-ug-m3-micro-sign-cubed', 'µg/m³', 'measure', 'μg/m3', [ex('臭氧浓度为113µg/m³', '113µg/m³', 113)]),
  rule('concentration-mg-m3-ascii', 'mg/m3', 'measure', 'mg/m3', [ex('一氧化碳浓度为0.8mg/m3', '0.8mg/m3', 0.8)]),
  rule('concentration-mg-m3-cubed', 'mg/m³', 'measure', 'mg/m3', [ex('一氧化碳浓度为1.1mg/m³', '1.1mg/m³', 1.1)]),
  // The canonical symbol the English catalogue gives too: a dataset of both languages has one unit for a temperature.
  rule('temperature-celsius', '℃', 'measure', '°C', [ex('最高气温达到35℃', '35℃', 35)]),
  rule('temperature-sheshidu', '摄氏度', 'measure', '°C', [ex('室内温度不低于18摄氏度', '18摄氏度', 18)]),
  rule('tonnage-gross', '总吨', 'measure', 'GT', [ex('建成22.5万总吨邮轮泊位', '22.5万总吨', 225000)]),
  rule('tonnage-deadweight', '载重吨', 'measure', 'DWT', [ex('可停靠10万载重吨船舶', '10万载重吨', 100000)]),
  rule('container-teu-standard', '标准箱', 'measure', 'TEU', [ex('集装箱吞吐量2377万标准箱', '2377万标准箱', 23770000)]),
  rule('container-teu', '标箱', 'measure', 'TEU', [ex('集装箱吞吐量突破120万标箱', '120万标箱', 1200000)]),
  rule('container-teu-ascii', 'TEU', 'measure', 'TEU', [ex('海铁联运量达到4万TEU', '4万TEU', 40000)]),
  rule('speed-kmh', '公里/小时', 'measure', 'km/h', [ex('设计时速350公里/小时', '350公里/小时', 350)]),
  rule('speed-kmh-mei', '公里每小时', 'measure', 'km/h', [ex('列车最高运行速度160公里每小时', '160公里每小时', 160)]),
  rule('speed-kmh-qianmi', '千米/小时', 'measure', 'km/h', [ex('设计速度为120千米/小时', '120千米/小时', 120)]),
  rule('speed-kmh-qianmi-mei', '千米每小时', 'measure', 'km/h', [ex('限速80千米每小时', '80千米每小时', 80)]),
  rule('duration-year', '年', 'measure', 'year', [ex('连续7年位列全省第一', '7年', 7)]),
  rule('duration-month', '个月', 'measure', 'month', [ex('延长补贴期限6个月', '6个月', 6)]),
  rule('duration-quarter', '个季度', 'measure', 'quarter', [ex('连续5个季度保持增长', '5个季度', 5)]),
  rule('duration-day', '天', 'measure', 'day', [ex('隔离观察14天', '14天', 14)]),
  // Hong Kong and Macau write days of a stay as 日; only a decimal (1.5日) cannot be a date.
  rule('duration-day-ri', '日', 'measure', 'day', [ex('旅客平均逗留1.5日', '1.5日', 1.5)], { decimalOnly: true }),
  rule('duration-workday', '个工作日', 'measure', 'day', [ex('办理时限压缩至3个工作日', '3个工作日', 3)]),
  rule('duration-week', '周', 'measure', 'week', [ex('培训为期2周', '2周', 2)], { digitsOnly: true }),
  rule('duration-hour', '小时', 'measure', 'hour', [ex('提供24小时服务', '24小时', 24)]),
  rule('duration-minute', '分钟', 'measure', 'minute', [ex('步行15分钟可达', '15分钟', 15)]),
  rule('age-zhousui', '周岁', 'measure', 'age', [ex('给予80周岁以上老年人高龄津贴', '80周岁', 80)]),
  rule('age-sui', '岁', 'measure', 'age', [ex('人均预期寿命达到79.2岁', '79.2岁', 79.2)]),
];

/** Measure words for counts: the word is the unit. */
const COUNT_WORDS: [id: string, word: string, example: string, claim: string, value: number][] = [
  ['renci', '人次', '救助贫困群众5.27万人次', '5.27万人次', 52700],
  ['ren', '人', '全市持证社工人数为4578人', '4578人', 4578],
  ['ming', '名', '共有社会工作专业人才1.2万名', '1.2万名', 12000],
  ['huci', '户次', '累计救助困难家庭3200户次', '3200户次', 3200],
  ['hu', '户', '惠及24.5万户', '24.5万户', 245000],
  ['jiaci', '家次', '检查企业860家次', '860家次', 860],
  ['jia', '家', '建成街道养老服务指导中心59家', '59家', 59],
  ['geci', '个次', '开展服务450个次', '450个次', 450],
  ['ge', '个', '打造4个示范样板社区', '4个', 4],
  ['sheng-shi', '省市', '东部7省市合计进出口34万亿元', '7省市', 7],
  ['sheng-qu', '省区', '台风造成3省区393万人受灾', '3省区', 3],
  ['sheng', '省', '浙江、福建、江西5省39市受灾', '5省', 5],
  ['ceng', '层', '项目地下2层、地上9层', '9层', 9],
  ['dan', '单', '全年备案慈善信托5单', '5单', 5],
  ['ju', '句', '用三句话概括全年工作', '三句', 3],
  ['fu-pair', '副', '年配镜不低于100万副', '100万副', 1000000],
  ['zhang', '张', '全市共有养老床位63198张', '63198张', 63198],
  ['suo', '所', '新建幼儿园12所', '12所', 12],
  ['zuo', '座', '桥梁6座', '6座', 6],
  ['zhan-station', '站', '全国共有58站出现极端日降水事件', '58站', 58],
  ['tiao', '条', '完成道路984条的命名', '984条', 984],
  ['chu', '处', '水域8处', '8处', 8],
  ['xiang', '项', '以8项基本救助为主要内容', '8项', 8],
  ['jian', '件', '办理群众来信126件', '126件', 126],
  // Motions and cases of a council (提案九案, 照案通過四案), as Taiwan's councils count them.
  ['an', '案', '议员提案三十九案', '三十九案', 39],
  ['he', '盒', '安葬骨灰的达到了3.2万盒', '3.2万盒', 32000],
  ['dui', '对', '共有13对爱心夫妇', '13对', 13],
  ['tao', '套', '建成1套数据资源体系', '1套', 1],
  ['da-lei', '大类', '其他七大类价格同比上涨', '七大类', 7],
  ['lei', '类', '建设4类智慧社区应用', '4类', 4],
  ['ci', '次', '成功举办20次骨灰江葬活动', '20次', 20],
  ['liang', '辆', '更新公交车300辆', '300辆', 300],
  ['tai', '台', '配备除颤仪45台', '45台', 45],
  ['jian-room', '间', '改造农村厕所2600间', '2600间', 2600],
  ['pi', '批', '分3批完成安置', '3批', 3],
  ['wei', '位', '走访慰问老党员86位', '86位', 86],
  ['zhi', '只', '免疫接种家禽120万只', '120万只', 1200000],
  ['tou', '头', '生猪出栏56万头', '56万头', 560000],
  ['zhu', '株', '种植苗木3.6万株', '3.6万株', 36000],
  ['ke', '棵', '栽植行道树1800棵', '1800棵', 1800],
  ['ben', '本', '发放宣传手册5000本', '5000本', 5000],
  ['ce', '册', '馆藏图书12万册', '12万册', 120000],
  ['fen', '份', '发放调查问卷3000份', '3000份', 3000],
  ['pian', '篇', '刊发稿件260篇', '260篇', 260],
  ['bumen', '部门', '教育部等7部门联合印发通知', '7部门', 7],
  ['bu', '部', '构建了一部地方法规', '一部', 1],
  ['zhi-branch', '支', '组建志愿服务队伍35支', '35支', 35],
  ['jia-aircraft', '架', '投入无人机20架', '20架', 20],
  ['sou', '艘', '改造渔船150艘', '150艘', 150],
  ['changci', '场次', '开展宣讲活动328场次', '328场次', 328],
  ['chang', '场', '举办招聘会46场', '46场', 46],
  ['qi-period', '期', '举办培训班12期', '12期', 12],
  ['lun', '轮', '开展三轮督查', '三轮', 3],
  ['dong', '栋', '改造老旧住宅楼320栋', '320栋', 320],
  ['zhuang', '幢', '加装电梯58幢', '58幢', 58],
  ['pian-area', '片', '建设片区3片', '3片', 3],
  ['zhong', '种', '17种产品入选绿色制造名单', '17种', 17],
  ['kuan', '款', '推出特色产品25款', '25款', 25],
  ['li', '例', '累计报告确诊病例12例', '12例', 12],
  ['qi-case', '起', '查处违法案件38起', '38起', 38],
  ['zong', '宗', '供应土地46宗', '46宗', 46],
  ['bi', '笔', '发放创业担保贷款1260笔', '1260笔', 1260],
  ['kou', '口', '新打机井15口', '15口', 15],
  ['men', '门', '开设课程36门', '36门', 36],
  ['jie', '节', '开设公益课堂120节', '120节', 120],
  ['tang', '趟', '开行旅游专列12趟', '12趟', 12],
  ['lie', '列', '开行中欧班列560列', '560列', 560],
  ['jiaci-flight', '架次', '保障航班1200架次', '1200架次', 1200],
  ['liangci', '辆次', '检查车辆3600辆次', '3600辆次', 3600],
  ['souci', '艘次', '进出港船舶860艘次', '860艘次', 860],
  ['chuang', '床', '新增床位400床', '400床', 400],
  ['ge-village', '村', '覆盖全县126村', '126村', 126],
  ['zhen', '镇', '涉及5镇', '5镇', 5],
  ['fu', '幅', '展出作品80幅', '80幅', 80],
  ['juan', '卷', '整理档案1.2万卷', '1.2万卷', 12000],
  ['kuai', '块', '设置宣传展板60块', '60块', 60],
  ['mian', '面', '发放锦旗20面', '20面', 20],
  ['zhang-chapter', '章', '《规定》共11章56条', '11章', 11],
  ['wan-night', '晚', '全程为4晚5天', '4晚', 4],
  ['xiang-box', '箱', '卷烟产量达到600万箱', '600万箱', 6000000],
  ['tong', '桶', '储备食用油800桶', '800桶', 800],
  ['ping', '瓶', '发放消毒液2万瓶', '2万瓶', 20000],
  ['dai', '袋', '发放大米1500袋', '1500袋', 1500],
  ['shi-city', '市', '全省16市全部完成年度任务', '16市', 16],
  ['qu-district', '区', '中心城区6区率先实现全覆盖', '6区', 6],
  ['xian-county', '县', '全市9县均已脱贫摘帽', '9县', 9],
  ['ding', '顶', '调运救灾帐篷1200顶', '1200顶', 1200],
  ['zhan', '盏', '新装路灯860盏', '860盏', 860],
  ['mei', '枚', '获得金牌12枚', '12枚', 12],
  // Counts of things counted again on each occasion: a river over its warning level on each of 25 days is 25条次.
  ['tiaoci', '条次', '全市25条次河流超警戒水位', '25条次', 25],
  ['zhanci', '站次', '出现超警洪水388站次', '388站次', 388],
  ['xiangci', '箱次', '进出口集装箱6.9万箱次', '6.9万箱次', 69000],
  ['jici', '剂次', '累计接种疫苗58.82万剂次', '58.82万剂次', 588200],
  ['banci', '班次', '增开公交2000班次', '2000班次', 2000],
  ['chuangri', '床日', '医师日均担负住院2.1床日', '2.1床日', 2.1],
  ['ban', '班', '民航共执行航班6万余班', '6万余班', 60000],
  ['fangmian', '方面', '增长主要有三方面原因', '三方面', 3],
  ['guo', '国', '欧盟27国进口下降', '27国', 27],
  ['shi-zhou', '市州', '全省9市州全部达标', '9市州', 9],
  ['sheng-fen', '省份', '福建等6省份遭受洪涝灾害', '6省份', 6],
]; 

/** Measure words that also end everyday words (一起, 一周, 一门心思): read only after Arabic digits. */
const DIGITS_ONLY_WORDS = new Set(['省市', '省区', '省', '层', '单', '市', '区', '县', '晚', '章', '起', '口', '门', '节', '块', '面', '村', '镇', '片', '期', '头', '只', '幅', '卷', '床', '列', '趟', '本', '笔', '宗', '班', '国', '市州', '省份']);

/** Measure words that start other words: 3班子 is no count of shifts, 27国家 no count of 国. */
const NOT_BEFORE: Record<string, RegExp> = { 班: /^[子级长组车]/u, 国: /^[家内外际有企]/u };

const count: UnitRule[] = COUNT_WORDS.map(([id, word, text, claim, value]) =>
  rule(`count-${id}`, word, 'count', word, [ex(text, claim, value)], { ...(DIGITS_ONLY_WORDS.has(word) ? { digitsOnly: true } : {}), ...(NOT_BEFORE[word] ? { notBefore: NOT_BEFORE[word] } : {}) }),
);

export const UNIT_RULES: readonly UnitRule[] = [...money, ...percent, ...measure, ...count];

/** Units sorted longest first, so a scan takes 千瓦时 before 千瓦 and 个月 before 个. */
export const UNITS_LONGEST_FIRST: readonly UnitRule[] = [...UNIT_RULES].sort((a, b) => b.text.length - a.text.length);

/** The unit written at `at`; units that follow only a decimal (1.5日) when `decimal` says the number has one. */
export function matchUnitAt(text: string, at: number, decimal = false): UnitRule | null {
  for (const unit of UNITS_LONGEST_FIRST) if (text.startsWith(unit.text, at) && (decimal || !unit.decimalOnly) && !unit.notBefore?.test(text.slice(at + unit.text.length, at + unit.text.length + 2))) return unit;
  return null;
}

/**
 * Hong Kong's government on a page in simplified characters (立法会 publishes both scripts): two
 * of its institutions, and no mainland one, make a bare 元 HKD. The city's name alone does not: a
 * mainland page speaks of Hong Kong often.
 */
export const SIMPLIFIED_HONG_KONG_GOVERNMENT = { id: 'local-currency-hkd-simplified', unit: 'HKD', minimum: 2, pattern: /立法会|港府|财委会|政府统计处|库务局|财政司|本港|访港/gu };

/**
 * The local currency a bare 元 means on a page in traditional characters, by the place the page
 * speaks of most: Taiwan (新台币), Hong Kong, Macau. Simplified pages keep 元 as CNY.
 */
export const LOCAL_CURRENCIES: readonly (Rule & { unit: string; pattern: RegExp })[] = [
  { id: 'local-currency-twd', unit: 'TWD', pattern: /台湾|臺灣|台灣|台北|臺北|新北|台中|臺中|台南|臺南|高雄|桃园|桃園|基隆|新竹|苗栗|彰化|南投|云林|雲林|嘉义|嘉義|屏东|屏東|宜兰|宜蘭|花莲|花蓮|台东|台東|臺東|澎湖|金门|金門|民国|民國|新台币|新臺幣|立法院|行政院|主计|主計|县市|縣市|六都/gu, examples: [{ text: '臺北市115年度總預算案歲入編列2098.01億元', claim: '2098.01億元', value: 209801000000 }] },
  // 政府統計處, 庫務局, 財政司, 訪港, 本港: Hong Kong's own institutions and words, on pages that never name the city.
  { id: 'local-currency-hkd', unit: 'HKD', pattern: /香港|港府|立法会|立法會|港元|港幣|本港|访港|訪港|政府统计处|政府統計處|库务局|庫務局|财政司|財政司/gu, examples: [{ text: '政府統計處今日公布,1月零售業總銷貨價值的臨時估計為466億元', claim: '466億元', value: 46600000000 }, { text: '香港特區政府今年財政儲備達7,330億元', claim: '7,330億元', value: 733000000000 }] },
  { id: 'local-currency-mop', unit: 'MOP', pattern: /澳门|澳門|澳门元|澳門元|葡币|葡幣|统计暨普查局|統計暨普查局|氹仔|路氹/gu, examples: [{ text: '澳門特區政府向永久性居民每人發放10,000元', claim: '10,000元', value: 10000 }] },
  // A Hong Kong paper's page on a mainland county (香港商報 on 綿陽): its party committees, people's governments and plans.
  { id: 'local-currency-cny', unit: 'CNY', pattern: /人民[币幣]|[区區县縣市省]委|[党黨]委|人民政府|政府工作[报報]告|十[三四五]五|自治[区區]/gu, examples: [{ text: '涪城區委、區人民政府去年實現地區生產總值379.95億元', claim: '379.95億元', value: 37995000000 }] },
];

/**
 * Amounts written with 万 or 亿 and no currency (营业收入50.43億, 全县完成生产总值56.7亿, 总投资约2个亿):
 * money in the page's currency when the name of what they measure is a money name, or when a
 * currency is written before them (人民幣1140萬). Counts of people and users (日活跃用户3.9亿) stay numbers.
 */
export const MONEY_NAME = /(?:收入|营收|罚款|外贸|进出口|储蓄|存款|贷款|生产总值|GDP|总产值|产值|增加值|投资|资产|利润|税收|销售额|总额|资金|经费|预算|支出|成交额|金额|营业额|建设)$/u;
export const CURRENCY_BEFORE: readonly { text: RegExp; unit: string | null }[] = [
  { text: /人民[币幣]$/u, unit: 'CNY' },
  { text: /(?:港[币幣]|港元)$/u, unit: 'HKD' },
  { text: /新[台臺][币幣]$/u, unit: 'TWD' },
  { text: /(?:澳门元|澳門元|葡[币幣])$/u, unit: 'MOP' },
];
