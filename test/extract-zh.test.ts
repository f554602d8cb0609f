// The Chinese extractor on phrases written for these tests: one row per phrase with the
// value, unit and kind it must give, then the things that must not be claims, then structure.
import { describe, expect, it } from 'vitest';
import { extractFromText, type Claim } from '../src/index.js';

function extract(sentence: string, publishedAt = '2023-12-20') {
  return extractFromText(`${sentence}。`, { publishedAt });
}

function only(sentence: string, span: string): Claim {
  const claims = extract(sentence).claims;
  const claim = claims.find((c) => c.text === span);
  if (!claim) throw new Error(`no claim "${span}" in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe('numbers, multipliers and units', () => {
  it.each([
    // sentence, span, value, unit, kind
    ['全年发放临时救助金13830.6万元', '13830.6万元', 138306000, 'CNY', 'money'],
    ['累计救助困难群众5.27万人次', '5.27万人次', 52700, '人次', 'count'],
    ['项目总投资2.3亿元', '2.3亿元', 230000000, 'CNY', 'money'],
    ['发放资金1852.2446万元', '1852.2446万元', 18522446, 'CNY', 'money'],
    ['社会工作专业人才占总人口比例为1.46‰', '1.46‰', 1.46, '‰', 'permille'],
    ['覆盖率达到100%', '100%', 100, '%', 'percent'],
    ['城镇调查失业率下降0.3个百分点', '0.3个百分点', 0.3, 'pp', 'percent'],
    ['新增城镇就业１２０人', '１２０人', 120, '人', 'count'],
    ['全县共有低保对象1,234户', '1,234户', 1234, '户', 'count'],
    ['共有低保对象1，234户', '1，234户', 1234, '户', 'count'],
    // A numeral like 一千一百… is a number, not a fixed expression of the shape 一X一 (一对一).
    ['全省A级景区接待游客超过一千一百九十七万人次', '一千一百九十七万人次', 11970000, '人次', 'count'],
    // Pages that set a space around every figure set them inside one too (Taiwan statistics).
    ['預測今年總產量為 6 萬 5,090 公噸，較上年增產45%', '6 萬 5,090 公噸', 65090, 't', 'measure'],
    ['8 月就業人數 1,145 萬 9 千人，較上月增加 1 萬 6 千人', '1,145 萬 9 千人', 11459000, '人', 'count'],
    ['8 月就業人數 1,145 萬 9 千人，較上月增加 1 萬 6 千人', '1 萬 6 千人', 16000, '人', 'count'],
    // A capital letter O typed for the zero 〇 between numerals; Taiwan's metric units written with 公.
    ['全年博彩毛收入近三百O五億元', '三百O五億元', 30500000000, 'CNY', 'money'],
    ['新建自行車道二千五百公尺', '二千五百公尺', 2500, 'm', 'measure'],
    ['海铁联运量达到6.5万TEU', '6.5万TEU', 65000, 'TEU', 'measure'],
    // A measure word before 日 is no day of the month.
    ['其中9站日降水量突破历史极值', '9站', 9, '站', 'count'],
    // Decimals in numerals, digit by digit or as a number (点二十九 = .29), scale exactly.
    ['營收二十一點一億元', '二十一點一億元', 2110000000, 'CNY', 'money'],
    ['同比增長百分之九十五點二十九', '百分之九十五點二十九', 95.29, '%', 'percent'],
    ['營收是去年同期的一點二十九倍', '一點二十九倍', 1.29, 'x', 'number'],
    ['分別增長百分之一百八十七點七九和百分之三百一十點七七', '百分之三百一十點七七', 310.77, '%', 'percent'],
    // Bare numbers of a list share the last one's unit and multiplier.
    ['粮食产量连续越过800、900、1000亿斤三个台阶', '900', 90000000000, 'jin', 'measure'],
    // Thousands grouped after 每 + noun: one number, not the 1 of a denominator.
    ['全县人口密度为每平方公里1,258人', '1,258人', 1258, '人', 'count'],
    ['发放补贴每人1,200元', '1,200元', 1200, 'CNY', 'money'],
    // Letters after a measure word start the next word; they make no code of the figure.
    ['食品安全考核A级（连续5年A级）', '5年', 5, 'year', 'measure'],
    ['国考8市PM2.5平均浓度下降', '8市', 8, '市', 'count'],
    // 时间 after a duration is no clock time.
    ['用4年时间完成了全部改造任务', '4年', 4, 'year', 'measure'],
    ['累计投入一百二十三万元', '一百二十三万元', 1230000, 'CNY', 'money'],
    // A number after 届 is a count unless it numbers a plenary session (六届十一次全会).
    ['今年两校共迎来首届32名本科毕业生', '32名', 32, '名', 'count'],
    // 千 as an SI prefix, and units written out with 每.
    ['新建1000千伏输电线路1240公里', '1000千伏', 1000, 'kV', 'measure'],
    ['PM2.5平均浓度降至28.5微克每立方米', '28.5微克每立方米', 28.5, 'μg/m3', 'measure'],
    ['拨付两千万元专项资金', '两千万元', 20000000, 'CNY', 'money'],
    ['惠及群众十三万五千人', '十三万五千人', 135000, '人', 'count'],
    ['投入资金2千万元', '2千万元', 20000000, 'CNY', 'money'],
    ['进出口总额达1.2万亿元', '1.2万亿元', 1.2e12, 'CNY', 'money'],
    ['完成投资130多亿元', '130多亿元', 13000000000, 'CNY', 'money'],
    ['约占三分之一', '三分之一', 1 / 3, null, 'number'],
    ['完成率百分之九十五', '百分之九十五', 95, '%', 'percent'],
    ['人口自然增长率为千分之三', '千分之三', 3, '‰', 'permille'],
    ['出口额增长2倍', '2倍', 2, 'x', 'number'],
    ['居民收入翻一番', '翻一番', 2, 'x', 'number'],
    ['利用外资翻两番', '翻两番', 4, 'x', 'number'],
    ['收入增幅为-3.2%', '-3.2%', -3.2, '%', 'percent'],
    ['新建农村公路312公里', '312公里', 312, 'km', 'measure'],
    ['全社会用电量286.5亿千瓦时', '286.5亿千瓦时', 28650000000, 'kWh', 'measure'],
    ['建成高标准农田12万亩', '12万亩', 120000, 'mu', 'measure'],
    ['最低工资标准提高到2000元/月', '2000元/月', 2000, 'CNY', 'money'],
    ['抓好基本民生保障等三个方面工作', '三个', 3, '个', 'count'],
    ['形成了一部地方法规', '一部', 1, '部', 'count'],
    ['连续7年位列全省第一', '7年', 7, 'year', 'measure'],
    ['延长补贴期限6个月', '6个月', 6, 'month', 'measure'],
    ['开展业务培训两期', '两期', 2, '期', 'count'],
    ['上网电价提高至0.338元／千瓦时', '0.338元／千瓦时', 0.338, 'CNY', 'money'],
    ['近1/4的学生表示满意', '1/4', 0.25, null, 'number'],
    ['七成左右受访者表示满意', '七成', 70, '%', 'percent'],
    ['细颗粒物年均浓度为29.6微克/立方米', '29.6微克/立方米', 29.6, 'μg/m3', 'measure'],
    ['共11章56条', '56条', 56, '条', 'count'],
    ['产业结构比例调整为0.7:50.7:48.6', '50.7', 50.7, null, 'number'],
    ['二孩“98天+2个月”', '2个月', 2, 'month', 'measure'],
    ['其他七大类价格同比上涨', '七大类', 7, '大类', 'count'],
    ['城镇化率年均提高一点二个百分点', '一点二个百分点', 1.2, 'pp', 'percent'],
    ['贫困发生率下降到百分之十点二', '百分之十点二', 10.2, '%', 'percent'],
    ['财政收入比上年增长27 · 7％', '27 · 7％', 27.7, '%', 'percent'],
    ['到2 0 0 5年粮食总产量达到1 6 0 0万吨左右', '1 6 0 0万吨', 16000000, 't', 'measure'],
    // Measure words the catalogue lacked: doses, flights, countries, aspects.
    ['全市累计接种新冠疫苗58.82万剂次', '58.82万剂次', 588200, '剂次', 'count'],
    ['黄金周期间民航共执行航班6万余班', '6万余班', 60000, '班', 'count'],
    ['对欧盟27国出口下降', '27国', 27, '国', 'count'],
    ['事故的发生主要有三方面原因', '三方面', 3, '方面', 'count'],
    // Counts of occasions (a river over its warning level on 25 days is 25条次) and of bed-days keep the whole word.
    ['今年汛期全市共有25条次中小河流超警戒水位', '25条次', 25, '条次', 'count'],
    ['全年出现超警洪水388站次', '388站次', 388, '站次', 'count'],
    ['一季度进出口集装箱6.9万箱次', '6.9万箱次', 69000, '箱次', 'count'],
    ['医师日均担负住院2.1床日', '2.1床日', 2.1, '床日', 'count'],
    ['全省9市州全部完成目标', '9市州', 9, '市州', 'count'],
    ['湖南、广西等6省份遭受洪涝灾害', '6省份', 6, '省份', 'count'],
    // A change of a rate per thousand is in permille points.
    ['折合年粗出生率较上年同月减少0.45个千分点', '0.45个千分点', 0.45, '‰', 'permille'],
    // 个 before a list that ends in 个百分点 is the measure word of the points.
    ['增速比全国、全市分别高0.5个、1.4个百分点', '0.5个', 0.5, 'pp', 'percent'],
    ['两项指标分别提高0.3个、0.8个和1.2个百分点', '0.8个', 0.8, 'pp', 'percent'],
    // 来自 after a share is where it comes from, not 五年来.
    ['全县税收的60%来自工业企业', '60%', 60, '%', 'percent'],
    // N 大 + a noun with digits.
    ['交通畅行7大工程进展顺利', '7大', 7, null, 'count'],
    ['文化和旅游是全省最具特色的两大产业', '两大', 2, null, 'count'],
  ] as const)('%s → %s', (sentence, span, value, unit, kind) => {
    const claim = only(sentence, span);
    expect(claim.value).toBeCloseTo(value, 9);
    expect(claim.unit).toBe(unit);
    expect(claim.kind).toBe(kind);
  });
});

describe('one number, one claim: composites, halves, signs, 元角分, digit-by-digit numerals', () => {
  it.each([
    // sentence, span, value, unit
    ['全县参保人数达到4万5000人', '4万5000人', 45000, '人'],
    // A qualifier between a numeral and its multiplier, as in 130多亿元.
    ['展覽吸引一百三十四餘萬人次參觀', '一百三十四餘萬人次', 1340000, '人次'],
    ['全年接待游客二十余万人次', '二十余万人次', 200000, '人次'],
    // A temperature has the canonical symbol of the English catalogue; 标准箱 is TEU; 副 counts pairs.
    ['全省平均气温为21.1℃', '21.1℃', 21.1, '°C'],
    ['集装箱吞吐量2377万标准箱', '2377万标准箱', 23770000, 'TEU'],
    ['年产眼镜不低于80万副', '80万副', 800000, '副'],
    // N 大 + a noun counts N of them.
    ['全市经济运行呈现四大特点', '四大', 4, null],
    // Two items of spaced thousands joined by 及, before a comma.
    ['内地及其他访客分别为412 600及114 700,较去年下降', '114 700', 114700, null],
    // A multiplier after a larger unit scales only the section after it.
    ['实现门票收入三亿四千二百五十点二二万元', '三亿四千二百五十点二二万元', 342502200, 'CNY'],
    // A half is a fraction; 省市 and 句 are measure words.
    ['全省一半以上的企业实现盈利', '一半', 0.5, null],
    ['东部6省市合计进出口21.4万亿元', '6省市', 6, '省市'],
    ['局长用三句话概括全年工作', '三句', 3, '句'],
    // Thousands grouped with spaces, as Hong Kong releases print them.
    ['假期访港旅客共527 300人次', '527 300人次', 527300, '人次'],
    ['内地旅客及其他旅客分别为412 600及114 700', '412 600', 412600, null],
    ['每宗申请平均需时1小时45分钟', '1小时45分钟', 1.75, 'hour'],
    ['访客平均逗留2.4日', '2.4日', 2.4, 'day'],
    ['每斤收购价上涨3分钱', '3分钱', 0.03, 'CNY'],
    ['董事会建议派发末期股息每股1.5港仙', '1.5港仙', 0.015, 'HKD'],
    ['新生儿死亡率由上年的4.6/1000降至3.9/1000', '4.6/1000', 4.6, null],
    ['共募集善款6万3千2百元', '6万3千2百元', 63200, 'CNY'],
    ['项目配套资金1千零50万元', '1千零50万元', 10500000, 'CNY'],
    ['财政补助3千零40万元', '3千零40万元', 30400000, 'CNY'],
    ['全市人口已達278萬7,070人', '278萬7,070人', 2787070, '人'],
    ['臺北市歲出規模為1,135億6,645萬1千元', '1,135億6,645萬1千元', 113566451000, 'TWD'],
    // A thousands-grouped part may stand one space before its smaller multiplier.
    ['臺中市債務舉借編列52億3,000 萬元', '52億3,000 萬元', 5230000000, 'TWD'],
    // Digits after 月 that open a thousands group are the amount, not a day of the month.
    ['香港外匯儲備由2020年5月12,480億港元的高位回落', '12,480億港元', 1248000000000, 'HKD'],
    // Digit-by-digit numerals with 億 are a number, not a reduplicated measure word (一座座).
    ['全年貨物出口達一八八一億美元', '一八八一億美元', 188100000000, 'USD'],
    // Statistics write the unit in brackets after the number, or after a bracketed note on it.
    ['全县牲畜存栏4512(头/只),其中牦牛3105头', '4512', 4512, '头'],
    ['全年牛奶产量3586.40(吨),同比增长4%', '3586.40', 3586.4, 't'],
    ['全县地方财政收入2265(不含基金收入386万元)万元', '2265', 22650000, 'CNY'],
    ['全年出栏牲畜134562  头(只)', '134562  头', 134562, '头'],
    // Digits after an ROC year that take a multiplier are the next number, not part of the date.
    ['全市人口比107年112萬4,605人略增', '112萬4,605人', 1124605, '人'],
    // Macau's point ‧ in numerals, 廿 and 卅 for twenty and thirty, a zero before the point, 百份之.
    ['澳門特區公共財政收入三百一十一‧三億元', '三百一十一‧三億元', 31130000000, 'MOP'],
    ['澳門本年首五個月財政盈餘增幅二十五‧五%', '二十五‧五%', 25.5, '%'],
    ['臺灣出口年增率百分之卅二點八四', '百分之卅二點八四', 32.84, '%'],
    ['臺灣失業率較上月增加○點一九個百分點', '○點一九個百分點', 0.19, 'pp'],
    ['香港酒店平均入住率為百份之七十七點二', '百份之七十七點二', 77.2, '%'],
    ['臺南市議會審議市府提案廿一案', '廿一案', 21, '案'],
    // Taiwan budgets group 億 and 萬 by four digits and the thousands by three.
    ['臺東縣112年度歲入預算數1089,0827,000元', '1089,0827,000元', 10890827000, 'TWD'],
    ['臺中市歲入歲出短差短數為4,0329,000元', '4,0329,000元', 40329000, 'TWD'],
    ['臺南市非營業基金收入合計314,5876,000元', '314,5876,000元', 3145876000, 'TWD'],
    // Amounts with 万/亿 and no 元 are money when what they measure is (生产总值, 投资) or a currency stands
    // before them; counts of users stay numbers, and 3个亿元以上项目 counts projects.
    ['前三季度全县完成生产总值56.7亿，增长7%', '56.7亿', 5.67e9, 'CNY'],
    ['该项目总投资约2个亿', '2个亿', 2e8, 'CNY'],
    ['内容收入从去年同期的人民币1140万减少了18%', '1140万', 11400000, 'CNY'],
    ['平台日活跃用户达3.9亿', '3.9亿', 3.9e8, null],
    ['全县开工建设3个亿元以上项目', '3个', 3, '个'],
    // Digit-by-digit numerals with a decimal part take a qualifier after the multiplier; ten alone before % is a number.
    ['臺南市總預算歲出規模一二三點四五億餘元', '一二三點四五億餘元', 12345000000, 'TWD'],
    ['臺南市明年度歲出規模將增加十%', '十%', 10, '%'],
    ['今年全县将办好十件民生实事', '十件', 10, '件'],
    // 负 ending a word (减负, 担负) is no minus sign.
    ['社保政策全年为企业减负1.54万亿元', '1.54万亿元', 1.54e12, 'CNY'],
    ['常住人口54萬5000人', '54萬5000人', 545000, '人'],
    ['当地人口约有12万万', '12万万', 1.2e9, null],
    ['共接待游客7万 5千人次', '7万 5千人次', 75000, '人次'],
    ['日均运送救灾物资两吨半', '两吨半', 2.5, 't'],
    ['受访者中四成半表示满意', '四成半', 45, '%'],
    ['六成八的家庭已完成改造', '六成八', 68, '%'],
    ['全年增速为负2.7%', '负2.7%', -2.7, '%'],
    ['城镇调查失业率变动-0.3个百分点', '-0.3个百分点', -0.3, 'pp'],
    ['最低处海拔负1.5千米', '负1.5千米', -1.5, 'km'],
    ['网络零售额增长百分之2,500', '百分之2,500', 2500, '%'],
    ['跨境电商交易额增长百分之１，２００', '百分之１，２００', 1200, '%'],
    ['每人每天伙食补助80元5角2分', '80元5角2分', 80.52, 'CNY'],
    ['平均工期缩短为2又三分之一个月', '2又三分之一', 7 / 3, null],
    ['失业率下降四点 五个百分点', '四点 五个百分点', 4.5, 'pp'],
    ['臺中市全年營收增長三點八億元', '三點八億元', 380000000, 'TWD'],
    ['高雄市家庭平均可支配所得為一一四．三萬元', '一一四．三萬元', 1143000, 'TWD'],
    ['高於臺南市的一○○．九萬元', '一○○．九萬元', 1009000, 'TWD'],
    // Sections written digit by digit between 億 and 萬, as budget papers print them.
    ['臺北市總預算歲出四二七億三六一八萬五千元', '四二七億三六一八萬五千元', 42736185000, 'TWD'],
    ['臺中市議會刪減一億〇八〇萬元', '一億〇八〇萬元', 100800000, 'TWD'],
    ['高雄市特別預算一二三億四五六七萬元', '一二三億四五六七萬元', 12345670000, 'TWD'],
    // A threshold in numerals with no unit: 突破一万亿大关.
    ['外贸进出口总额突破一万亿大关', '一万亿', 1e12, null],
    ['全市常住人口超过一千万', '一千万', 1e7, null],
    // Digits one by one, then a multiplier: 一二○萬 is 120万, not 1万.
    ['臺東縣家庭平均所得為一二○萬元', '一二○萬元', 1200000, 'TWD'],
    ['臺南市家庭平均所得為一○○萬元', '一○○萬元', 1000000, 'TWD'],
    ['家庭所得比前年增加約二．五％', '二．五％', 2.5, '%'],
    ['本區未滿15 歲人口比率為12%', '15 歲', 15, 'age'],
    ['农村居民人均可支配收入首超万元', '万元', 10000, 'CNY'],
    ['全市7市(区)完成年度目标', '7市', 7, '市'],
    ['中區2萬959人次之', '2萬959人', 20959, '人'],
    ['组织党纪学习教育328场次', '328场次', 328, '场次'],
    ['二氧化硫浓度为7μg/m3', '7μg/m3', 7, 'μg/m3'],
    ['新台幣計價的總預算為1.2兆元，臺北市府表示', '1.2兆元', 1.2e12, 'TWD'],
    ['澳門特區政府向永久性居民每人發放10,000元', '10,000元', 10000, 'MOP'],
    // Hundreds and thousands of 亿 with digits (4百億元), and a part after 亿 with a compound multiplier (25億8千萬元).
    ['臺東縣歲入決算首次突破4百億元大關', '4百億元', 4e10, 'TWD'],
    ['歲入歲出餘絀數僅次於新竹縣25億8千萬元', '25億8千萬元', 2580000000, 'TWD'],
    ['屏東縣庫累計66億8百萬元', '66億8百萬元', 6608000000, 'TWD'],
    // Macau's statistics bureau names Hong Kong and 內地 as trading partners, not as its own place; a Hong Kong
    // paper's page on a mainland district speaks of its committees and people's government.
    ['澳門統計暨普查局資料顯示,輸往香港及內地的貨值(9.2億元)增加3.5%', '9.2億元', 920000000, 'MOP'],
    ['香港商報網訊 涪城區委、區人民政府工作報告指出,全區實現地區生產總值379.95億元', '379.95億元', 37995000000, 'CNY'],
    // Rates per thousand change by points per thousand.
    ['人口自然增加率下降1.26個千分點', '1.26個千分點', 1.26, '‰'],
    // A decimal in parentheses after what it measures, a bare number after a change verb.
    ['空气质量综合指数(2.37)居全省前列', '2.37', 2.37, null],
    ['增速比全省平均水平(17.9%)高2个百分点', '17.9%', 17.9, '%'],
    ['空气质量综合指数同比下降0.09', '0.09', 0.09, null],
    // A qualifier between the parts of a compound multiplier (4万多亿 is more than 4万亿), and ten-odd before a multiplier.
    ['全省生产总值由2.1万亿元增加到3万多亿元', '3万多亿元', 3e12, 'CNY'],
    ['累计投入资金2千余万元', '2千余万元', 2e7, 'CNY'],
    ['全年旅游收入十多亿元', '十多亿元', 1e9, 'CNY'],
    // A decimal right after an index is its level.
    ['5月全省工业生产指数118.4，较上月上升', '118.4', 118.4, null],
    ['6月份制造业PMI 49.8，比上月回落', '49.8', 49.8, null],
    ['人均国内生产总值翻了将近一番', '翻了将近一番', 2, 'x'],
  ] as const)('%s', (sentence, span, value, unit) => {
    const claims = extract(sentence).claims;
    const claim = claims.find((c) => c.text === span);
    expect(claim, `no claim "${span}" in ${JSON.stringify(claims.map((c) => c.text))}`).toBeDefined();
    expect(claim!.value).toBeCloseTo(value, 9);
    expect(claim!.unit).toBe(unit);
    // One number is one claim: no other claim overlaps its span.
    expect(claims.filter((c) => c !== claim && c.start < claim!.end && c.end > claim!.start)).toEqual([]);
  });

  it.each([
    // Years of the ROC calendar are dates, never claims.
    ['至106年底人口已達278萬', '106年'],
    ['臺北市115年度總預算案歲入編列2098.01億元', '115年'],
    ['106年自然增加人數7,434人', '106年'],
    ['本市於民國99年12月25日改制為直轄市', '99年'],
    // A list marker before a number in words stays a marker; 一二 alone is no number.
    ['三．主要任務', '三'],
    // A year in numerals, a move in a ranking, the year a report describes, a span of time.
    ['家庭所得從二○一八年起突破百萬元', '二○一八年'],
    ['景點統計數加總，一○四年是一千零八十八萬人次', '一○四年'],
    ['全省排名较上年上升了5位', '5位'],
    ['2023年是极不平凡的一年，全市经济稳中向好', '一年'],
    ['三年多来,灾区恢复重建成效显著', '三年'],
    // The years a review looks back on, named again at the end of its sentence (…的五年。) or as 这五年.
    ['这是全县综合实力显著增强的五年。全县生产总值达到325亿元', '五年'],
    ['这五年，全县生产总值达到325亿元', '五年'],
    // 十 alone is a number only before a percent sign or a measure word; idioms of "not even one" and a
    // plan's target are no claims.
    ['这项工作十分重要', '十'],
    ['以一天也不耽误的作风推进项目建设', '一天'],
    ['确保实现五年发展目标', '五年'],
    ['记者获悉，近两天全市降雨造成1.2万人受灾', '两天'],
    ['2020年三项社会保险基金总收入5.02万亿元', '三项'],
  ] as const)('%s: %s is no claim', (sentence, text) => {
    const at = sentence.indexOf(text);
    expect(extract(sentence).claims.filter((c) => c.start < at + text.length && c.end > at)).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['给予3-5万元救助', '3-5万元', 30000, 50000, 'CNY'],
    ['给予3至5万元救助', '3至5万元', 30000, 50000, 'CNY'],
    ['年收入6万至8万元', '6万至8万元', 60000, 80000, 'CNY'],
    ['补贴标准为每人每年1200元至2400元', '1200元至2400元', 1200, 2400, 'CNY'],
    ['面向16-24岁青年开展培训', '16-24岁', 16, 24, 'age'],
    ['增速保持在3～5%', '3～5%', 3, 5, '%'],
    // 从…到 that bounds a spread (不等, 之间) stays a range.
    ['各村补贴标准从5万元到10万元不等', '5万元到10万元', 50000, 100000, 'CNY'],
  ] as const)('%s → %s', (sentence, span, min, max, unit) => {
    const claim = only(sentence, span);
    expect(claim.range).toEqual({ min, max });
    expect(claim.value).toBe(min);
    expect(claim.unit).toBe(unit);
  });
});

describe('a change to a level and lists sharing 百分之: several claims, not one range', () => {
  it.each([
    // A change by one figure to another: the change and the level reached.
    ['全县户籍人口减少约1,200人至452,300人', ['1,200人', '452,300人'], [1200, 452300], '人'],
    ['就业人数增加了3,400人到96,100人', ['3,400人', '96,100人'], [3400, 96100], '人'],
    // Items of a list after the first share its 百分之, in numerals or digits.
    ['内地、香港及台湾旅客分别占百分之五十二、三十一点四及十六点六', ['百分之五十二', '三十一点四', '十六点六'], [52, 31.4, 16.6], '%'],
    ['教育、卫生和社保支出分别占百分之45、30和25', ['百分之45', '30', '25'], [45, 30, 25], '%'],
    ['千分之三、二点五和一', ['千分之三', '二点五', '一'], [3, 2.5, 1], '‰'],
  ] as const)('%s', (sentence, spans, values, unit) => {
    const claims = extract(sentence, '2024-01-10').claims;
    expect(claims.map((c) => c.text)).toEqual(spans);
    expect(claims.map((c) => c.value)).toEqual(values);
    expect(claims.every((c) => c.unit === unit && c.range === null)).toBe(true);
  });
});

describe('qualifiers', () => {
  it.each([
    ['注册志愿者人数超过130万', '130万', 'gt'],
    ['累计投入资金逾3亿元', '3亿元', 'gt'],
    ['惠及近3万名老年人', '3万名', 'approx'],
    ['项目总投资约4.6亿元', '4.6亿元', 'approx'],
    ['救助流浪乞讨人员4000余人', '4000余人', 'approx'],
    ['年均增长7%左右', '7%', 'approx'],
    ['给予70周岁以上老年人补贴', '70周岁', 'gte'],
    ['65岁及以上老年人健康管理率达到70%', '65岁', 'gte'],
    ['每百户不低于30平方米', '30平方米', 'gte'],
    ['留守儿童已不足7600人', '7600人', 'lt'],
    ['贷款额度在50万元以下', '50万元', 'lte'],
    ['发放补贴1500元', '1500元', 'eq'],
    ['新增就业岗位超3200个', '3200个', 'gt'],
    ['吸引超500家航天企业注册', '500家', 'gt'],
    ['全年出口首破6000亿美元', '6000亿美元', 'gt'],
    // 出超 is a trade surplus, no qualifier.
    ['全年出超1571.4亿美元', '1571.4亿美元', 'eq'],
    ['同比涨幅均未超过3.5%', '3.5%', 'lte'],
    ['本市未滿15歲之人口比率逐年下降', '15歲', 'lt'],
    ['财政储备或降至少于3300亿元', '3300亿元', 'lt'],
    ['符合资格者每人最高补助4万4千元', '4万4千元', 'lte'],
    ['每日补助最高可达2500元', '2500元', 'lte'],
    // 最高为 names the top of a list, not a bound.
    ['其中东区最高为18.45%', '18.45%', 'eq'],
    ['外贸规模迈上9万亿元台阶', '9万亿元', 'gte'],
    ['单月出口连续三个月站上600亿美元', '600亿美元', 'gte'],
    ['城区人口约占32%', '32%', 'approx'],
    ['较上年增加53.83亿元,约增2.63%', '2.63%', 'approx'],
    ['近90%的家庭15分钟内能够到达最近医疗点', '15分钟', 'lte'],
    ['对离校2年内未就业的高校毕业生给予补贴', '2年', 'lte'],
    ['引进5家内资企业', '5家', 'eq'],
    // A share's qualifier before the whole it is a share of; a comparison names a base, not a bound.
    ['林地面积约占全市土地面积的68%', '68%', 'approx'],
    ['今年受捐款物不到去年的5成', '5成', 'lt'],
    ['补贴数额不超过其实际缴纳社会保险费的三分之二', '三分之二', 'lte'],
    ['捐款合计不到去年同期的一半', '一半', 'lt'],
    ['失业率也低于全国平均值的4.7%', '4.7%', 'eq'],
    // 约 ending 签约 qualifies nothing.
    ['家庭医生签约覆盖率从上年的45.5%提高到60.5%', '45.5%', 'eq'],
  ] as const)('%s → %s %s', (sentence, span, approx) => {
    expect(only(sentence, span).approx).toBe(approx);
  });
});

describe('not claims', () => {
  it.each([
    '2016年以来工作成效明显',
    '12月28日召开新闻发布会',
    '截至2020年11月工作全部完成',
    '“十三五”期间成绩显著',
    '构建“1+3+X”政策体系',
    '提出“11143”总体架构',
    '入选全国第二批试点',
    '会议于16:01开始',
    // A page's date line: the time with its seconds, and a month and day with a leading zero.
    '发布时间：2022-05-19 19:03:27 来源：本站',
    '05/19 08:41 来源：市政府办公室',
    '以“1+8”系列文件为引领',
    '形成“双30”配建标准',
    '完成“两委”换届选举',
    '一是加强组织领导',
    '省委十一届三次全会审议通过',
    '印发《实施意见》(皖民发〔2020〕12号)',
    '咨询电话0551-12345678',
    '根据《条例》第三条规定',
    '首届村(社区)换届顺利完成',
    '评定为3A级以上社会组织',
    '建设5G基站',
    '下午3时开始',
    '去年受到 4 月霪雨及颱風影響',
    '每年首兩個月的銷貨額一般會受農曆新年影響',
    '與近五年平均年產量比較則增產',
    '企业每招用1名高校毕业生的给予奖励',
    '进一步健全完善保障体系',
    '打造一站式服务平台',
    '发放一次性生活补贴',
    '90后成为志愿服务主力',
    '2019-2021年规划正式印发',
    '1-10月经济运行平稳',
    '今后五年是关键时期',
    '五年来社会救助体系不断完善',
    '一位建筑工人近日在网上发帖',
    '这是改革升温的一个重要标志',
    '成绩排名在20—40名的学生',
    '98年获国务院政府特殊津贴',
    '这两类机构间的差别很大',
    '实行一年一签的聘用制',
    '海外业务持续两位数增长',
    '58同城董事长出席会议',
    '臭氧日最大8小时平均浓度同比持平',
    '报告提请县七届人大三次会议审议',
    '为小学一年级新生发放校服',
    '五月28日起实施',
    '截至2023年6月30日止六个月',
    '另一半由村集体承担',
    '深入推进“三大攻坚工程”建设',
    '北京、上海和广州三大城市机场',
    // Names in book-title marks, how many digits, ranks listed after a rank, a year before a name.
    '落实教育部《3~6岁儿童学习与发展指南》精神',
    '印发《安全生产七条措施》',
    '工业增速达到2位数',
    '增速分别居全省第21位和43位',
    '中石化和中石油占据一、二位',
    '经费用于2027台湾灯会',
    '党的二十大精神深入人心',
    '1、2、3月份全市经济稳中向好',
    '两年平均增速保持稳定',
  ])('%s', (sentence) => {
    expect(extract(sentence).claims.map((c) => c.text)).toEqual([]);
  });
});

describe('structure', () => {
  const sentence = '城乡居民最低生活保障标准分别从2016年户月人均551元、300元,提高至2020年户月人均686元、646元,年增速分别为6.1%、29.8%';

  it('a 分别 list from → to gives four claims paired by position', () => {
    const { claims } = extract(sentence, '2020-12-28');
    const byText = new Map(claims.map((c) => [c.text, c]));
    expect([...byText.keys()]).toEqual(['551元', '300元', '686元', '646元', '6.1%', '29.8%']);
    const [c551, c300, c686, c646] = ['551元', '300元', '686元', '646元'].map((t) => byText.get(t)!);
    expect(c551!.change).toMatchObject({ role: 'from', direction: 'up', from: c551!.id, to: c686!.id });
    expect(c300!.change).toMatchObject({ role: 'from', direction: 'up', from: c300!.id, to: c646!.id });
    expect(c646!.change).toMatchObject({ role: 'to', from: c300!.id, to: c646!.id });
    expect(c551!.list).toMatchObject({ index: 0, size: 2 });
    expect(c300!.list).toMatchObject({ index: 1, size: 2, group: c551!.list!.group });
    expect(c551!.subject).toBe('城乡居民最低生活保障标准');
    expect(c300!.subject).toBe('城乡居民最低生活保障标准');
    expect(c686!.per).toMatchObject({ value: 1, unit: '人月' });
    expect(byText.get('6.1%')!.change).toMatchObject({ role: 'rate', direction: 'up' });
  });

  it.each([
    ['由每人每月1000调整至1662元', '1000', 'CNY', 'up'],
    ['留守儿童人数由2016年的21000人降至7531名', '21000人', '人', 'down'],
    // 从…到 with no verb between the two levels is a change from one to the other.
    ['全县营业收入从4215亿元到7016亿元，年均增长11%', '4215亿元', 'CNY', 'up'],
  ] as const)('%s: the bare or earlier side is linked to the later one', (text, span, unit, direction) => {
    const claim = only(text, span);
    expect(claim.unit).toBe(unit);
    expect(claim.change).toMatchObject({ role: 'from', direction });
  });

  it.each([
    // A 从 with another figure between it and this one opens that figure's change: the rate is a rate.
    ['付费收入从上年同期的人民币1930万元减少了17.6%,降至1590万元(230万美元)', '17.6%', 'rate', 'down'],
    ['营业成本从2023年同期的10120万元增长了0.8%,达到10200万元(1450万美元)', '0.8%', 'rate', 'up'],
    ['营业成本从2023年同期的10120万元增长了0.8%,达到10200万元(1450万美元)', '10120万元', 'from', 'up'],
  ] as const)('%s: %s is the %s', (text, span, role, direction) => {
    expect(only(text, span).change).toMatchObject({ role, direction });
  });

  it.each([
    ['每千名老年人拥有床位46.63张', '46.63张', 1000, '名老年人'],
    ['全市注册登记社会组织万人拥有率达6.5个', '6.5个', 10000, '人'],
    ['为困难老年人每月提供价值600元的服务', '600元', 1, '月'],
    ['救助流浪乞讨人员年均达到4000人次', '4000人次', 1, '年'],
  ] as const)('per: %s', (text, span, value, unit) => {
    expect(only(text, span).per).toMatchObject({ value, unit });
  });

  it.each([
    ['地区生产总值同比增长6.1%', '6.1%', 'rate', 'up', '同比'],
    ['食品价格比上年下降2.7%', '2.7%', 'rate', 'down', '比上年'],
    ['城镇化率比上年末提高0.86个百分点', '0.86个百分点', 'delta', 'up', '比上年'],
    ['常住人口比上年末增加1.8万人', '1.8万人', 'delta', 'up', '比上年'],
    ['规模以上工业企业比上年末净增87家', '87家', 'delta', 'up', '比上年'],
    // What a council or an audit cuts is a change by itself, with no base.
    ['县议会删减预算案3亿元', '3亿元', 'delta', 'down', null],
    ['经审计核减工程结算款1200万元', '1200万元', 'delta', 'down', null],
    ['议会三读通过时削减4.5亿元', '4.5亿元', 'delta', 'down', null],
  ] as const)('change: %s', (text, span, role, direction, basis) => {
    expect(only(text, span).change).toMatchObject({ role, direction, basis });
  });

  it.each([
    // A clause that opens with the verb changes the level just before it.
    ['全年油料播种面积44.86千公顷，增加0.19千公顷，增长0.4%', '0.19千公顷', 'delta', 'up'],
    ['全年稻谷产量31.2万吨，减少0.8万吨，下降2.5%', '0.8万吨', 'delta', 'down'],
    // Growth as Hong Kong, Macau and Taiwan write it, and 增 alone in a headline.
    ['企业家数成长8.15%', '8.15%', 'rate', 'up'],
    ['集团营业额按年飙升约397.9%至14.5亿港元', '397.9%', 'rate', 'up'],
    ['大湾区外贸规模超9万亿，增4.7%', '4.7%', 'rate', 'up'],
    // Weekly price reports write 涨 and 跌 alone after 环比/同比.
    ['全市猪肉零售均价28.74元/公斤，环比涨0.18%，同比跌20.47%', '20.47%', 'rate', 'down'],
    // The amount a rate reaches, and a level a change reaches, are its "to" side.
    ['集团营业额按年飙升约397.9%至14.5亿港元', '14.5亿港元', 'to', 'up'],
    ['报销比例提高至60%', '60%', 'to', 'up'],
    // 回落到 ends a change; the side it reaches starts no other.
    ['失业率就是从5.3%回落到5.2%', '5.2%', 'to', 'down'],
    // 从就业来看 (looking at employment) opens no change: the list after it is three levels.
    ['从就业来看,1、2、3月份全国城镇调查失业率分别是5.1%、5.3%、5.4%,3月份失业率比上个月回落0.1个百分点,就是从5.5%回落到5.2%', '5.4%', null, null],
    ['人均预期寿命从2015年的76.3岁提高到2019年的77.3岁,婴儿死亡率由8.1‰下降到5.6‰', '77.3岁', 'to', 'up'],
  ] as const)('change: %s → %s', (text, span, role, direction) => {
    const claim = only(text, span);
    if (role === null) expect(claim.change).toBeNull();
    else expect(claim.change).toMatchObject({ role, direction });
  });

  it.each([
    ['每千人口医疗机构床位6.12张', '6.12张', 1000, '人口'],
    ['孕产妇死亡率为12.6/10万', '12.6/10万', 100000, 'base'],
  ] as const)('per: %s', (text, span, value, unit) => {
    expect(only(text, span).per).toMatchObject({ value, unit });
  });
});

describe('subjects', () => {
  it.each([
    ['五年来,共发放临时救助金13830.6万元', '13830.6万元', '临时救助金'],
    // A clause of adverbs and a verb goes on from the nouns closing the clause before.
    ['据统计，全县各景区接待游客人数，再度突破五百万人次', '五百万人次', '游客人数'],
    // In an enumeration of nouns with their figures, the subject is the noun after the 、.
    ['灾区紧急调运棉被三万床、棉衣四万件', '四万件', '棉衣'],
    // Verbs of transferring goods (调拨, 下拨, 调运) end the phrase before what was sent.
    ['应急管理厅向受灾县区调拨救灾物资8600件', '8600件', '救灾物资'],
    // 逼近 and 超越 are verbs of the figure, not part of its name.
    ['全县游客人数已超过前年的80万人次和逼近去年的96万人次', '96万人次', '游客人数'],
    ['为296707名困难残疾人发放生活补贴23657.11万元', '296707名', '困难残疾人'],
    ['为296707名困难残疾人发放生活补贴23657.11万元', '23657.11万元', '生活补贴'],
    ['全市共有养老床位63198张', '63198张', '养老床位'],
    // How all of the counted fared (全部出列, 如期脱贫) is said of the noun, no part of it.
    ['五年来,全县418个贫困村全部出列', '418个', '贫困村'],
    ['全年新开工项目285个全部如期推进', '285个', '新开工项目'],
    // The time a change starts from (由一季度的, 由峰值时的) names nothing; 产能 names a measure.
    ['全市生猪出栏量由一季度的下降2.4%转为增长0.8%', '0.8%', '生猪出栏量'],
    ['全省水泥产能由峰值时的1.6亿吨压减到1.1亿吨', '1.1亿吨', '水泥产能'],
    // 就业 names what is counted, though jieba reads it as a verb; a rate named only 增幅 is of the figure before it.
    ['全年城镇新增就业1.14万人', '1.14万人', '城镇新增就业'],
    ['农村居民人均可支配收入完成19437元，增幅7.5%', '7.5%', '农村居民人均可支配收入'],
    ['农产品加工企业销售收入完成581.74亿元，同比增幅36.62%', '36.62%', '农产品加工企业销售收入'],
    // The noun counted after the measure word, even in quotes or before a code.
    ['全省新创建8个“星级充分就业社区”', '8个', '星级充分就业社区'],
    ['全省国考10个设区市PM2.5平均浓度下降', '10个', '设区市'],
    ['建成138个标准化村级社区服务中心', '138个', '标准化村级社区服务中心'],
    ['全年实现地区生产总值（GDP）4862.37亿元，比上年增长4.1%', '4.1%', '地区生产总值'],
    // A share of a plan or budget, and how a figure changed (降幅收窄), measure what the clause is about.
    ['港航项目完成投资52.6亿元,为年计划的88.4%,同比增长12.1%', '88.4%', '港航项目完成投资'],
    ['港航项目完成投资52.6亿元,为年计划的88.4%,同比增长12.1%', '12.1%', '港航项目完成投资'],
    ['一般公共预算支出累计完成9.8亿元,完成年初预算数21.5亿元的45.6%,比上年减支0.3亿元', '45.6%', '一般公共预算支出'],
    ['一般公共预算支出累计完成9.8亿元,完成年初预算数21.5亿元的45.6%,比上年减支0.3亿元', '0.3亿元', '一般公共预算支出'],
    ['1-6月份,规上工业增加值下降2.1%,比1-5月份降幅收窄1.3个百分点', '1.3个百分点', '工业增加值'],
    // A share of a budget named before its figure (完成预算X的N%); a name in brackets before 为; what is paid per 10 shares.
    ['政府性基金收入2.68亿元,完成预算1.66亿元的161.0%,超收1.02亿元', '161.0%', '政府性基金收入'],
    ['城镇常住人口1555.7万人,占总人口比重(常住人口城镇化率)为57.5%', '57.5%', '常住人口城镇化率'],
    ['公司拟向全体股东每10股派发现金红利57元(含税)', '57元', '现金红利'],
    // A measure in brackets after a measure restates it in another unit; a footnote mark inside a name; a change
    // named by its kind (减产) is of the figure before.
    ['全国粮食单位面积产量5845公斤/公顷(390公斤/亩),比上年增加43.6公斤/公顷', '390公斤/亩', '粮食单位面积产量'],
    ['其中谷物[1]播种面积99926千公顷,比上年增加658千公顷', '99926千公顷', '播种面积'],
    ['稻谷产量7.0万吨,增产0.6%;玉米产量7.78万吨,减产0.3%', '0.3%', '玉米产量'],
    // A ranking of places under its measure (最高者为…，其次为…); 当月 and 同比名义 say which reading of a rate.
    ['出生率最高者为新竹市16.76‰,其次为台北市12.80‰,再其次为新竹县12.72‰', '12.80‰', '出生率'],
    ['规模工业增加值8月当月增长8.2%', '8.2%', '规模工业增加值'],
    ['全区居民人均可支配收入13536元,同比名义增长12.9%', '12.9%', '居民人均可支配收入'],
    // What a budget carries over (上年结转) is named by its time; a share of the period a year before continues its figure.
    ['债务收入6.92亿元,增长546.7%;上年结转2.6亿元,增长34.4%', '2.6亿元', '上年结转'],
    ['7月份完成营业性客运量8.9亿人次,恢复至去年同期的57.9%', '57.9%', '营业性客运量'],
    ['宏发电声一期已投资1.08亿元,完成年度投资计划的72%', '72%', '宏发电声一期已投资'],
    // A figure in a comparison with places (仅次于新竹县…、南投县…) measures what the figure before it does; a verb or
    // adverb of the figure (超, 仍, 可达) is no part of its name.
    ['屏东县余绌数15亿2,300万元,仅次于新竹县25亿8千万元、南投县19亿6,700万元', '19亿6,700万元', '余绌数'],
    ['全年外贸规模超9万亿元,增长4.7%', '9万亿元', '外贸规模'],
    ['全县油菜籽总产量仍达3.31万吨', '3.31万吨', '油菜籽总产量'],
    // A footnote mark (2) after a name; what happened to people counted, before a bracket that breaks it down.
    ['经调整利润净额(2)自去年同期的人民币27亿元增长至人民币47亿元', '27亿元', '经调整利润净额'],
    ['海外分部经营亏损(3)同比大幅缩窄64.5%至人民币277百万元', '64.5%', '海外分部经营亏损'],
    ['全县37.8万人受灾,14人死亡(其中5人溺水所致)', '14人', '死亡'],
    // A total with no name of its own (共1240万元) is of the project the clause before names.
    ['(二)产业类项目,共4350万元', '4350万元', '产业类项目'],
    // Livestock counted by the act (羊出栏), a one-character animal with its verb.
    ['上半年全县羊出栏15.5万只,同比增长9.2%', '15.5万只', '羊出栏'],
    // An amount in brackets after an amount restates it in another currency.
    ['营业成本从上年同期的人民币1.01亿元增长了0.8%,达到1.02亿元(1450万美元)', '1450万美元', '营业成本'],
    // A figure in brackets right after a name is of that name (a comparison base without the word that compares);
    // manner, totals and parts of a whole (按年轻微增加, 一共, 当中约八成) name nothing.
    ['韩国(30,616人次)及泰国(27,173人次)旅客分别增加8.9%及20.0%', '27,173人次', '泰国'],
    ['全市平均降水量112.4毫米,较常年同期(145.1毫米)偏少22.5%', '145.1毫米', '常年同期'],
    ['今年4月入境旅客有239.8万人次,按年轻微增加0.7%', '0.7%', '入境旅客'],
    ['出境方面,全日约有60万人次离港,当中约八成是本地居民', '八成', '本地居民'],
    // The kind of works in a breakdown (其中，续建…) counts what the total counts.
    ['全县新建、改扩建幼儿园42所,其中,续建15所,改扩建17所', '15所', '改扩建幼儿园'],
    ['老年人口达到138.6万人，占总人口的22.4%', '22.4%', '老年人口'],
    // Enumerations paired with 分别 lists, item by item.
    ['教育、社会保障和就业、卫生健康支出分别完成78.2亿元、65.4亿元、38.9亿元', '65.4亿元', '社会保障和就业'],
    ['教育、社会保障和就业、卫生健康支出分别完成78.2亿元、65.4亿元、38.9亿元，分别增长4.3%、8.1%、6.6%', '8.1%', '社会保障和就业'],
    ['城镇和农村居民人均可支配收入分别为52100元和23400元', '52100元', '城镇'],
    ['化学需氧量、氨氮、氮氧化物三项污染物减排量分别为3260吨、412吨和1850吨', '1850吨', '氮氧化物'],
    ['船舶、汽车、家电等产品需求旺盛，出口分别增长18.4%、8.3%和6.2%', '8.3%', '汽车'],
    ['全市共有养老机构86家、床位1.2万张，分别比上年增长3.6%和5.1%', '3.6%', '养老机构'],
    // A breakdown by place measures what the total measures.
    ['全省新增省级绿色工厂14家，其中甲市3家、乙县2家；丙市、丁市各有1家', '2家', '省级绿色工厂'],
    ['全省新增省级绿色工厂14家，其中甲市3家、乙县2家；丙市、丁市各有1家', '1家', '省级绿色工厂'],
    // A ranking of places (各区中以…, 及…) breaks the total down as 其中 does.
    ['全市老龄化指数达78.6%，各区中以甲区126.6%、乙区116.3%及丙区101.9%相对较高', '116.3%', '老龄化指数'],
    ['全市老龄化指数达78.6%，各区中以甲区126.6%、乙区116.3%及丙区101.9%相对较高', '101.9%', '老龄化指数'],
    // A rate named only by its kind, natural or on the same basis (同口径自然增幅), is of the figure before it.
    ['地方一般公共预算收入完成3.2亿元，同口径自然增幅8.1%', '8.1%', '地方一般公共预算收入'],
    ['上海铁路局发送旅客1023万人次', '1023万人次', '旅客'],
    ['全省A级景区共接待游客1197万人次', '1197万人次', '游客'],
    // 同口径 (on the same basis) names no figure: the figure is of what the clause before measured.
    ['地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元', '3.67亿元', '地方一般公共预算收入'],
    // Only verbs that act on an object start a new phrase after a noun; verbs inside a name stay.
    ['全县城镇登记失业率为3.1%', '3.1%', '城镇登记失业率'],
    ['全县农村互助养老幸福院达到116处', '116处', '农村互助养老幸福院'],
    ['为困难残疾人发放生活补贴2365万元', '2365万元', '生活补贴'],
    ['全市新建充电桩1320个', '1320个', '充电桩'],
    // A comparison base (较上月, 较2021年同月, 比二〇二二年) names no figure: the change is of the one before.
    ['8月就业人数1145.9万人,较上月增加1.6万人', '1.6万人', '就业人数'],
    ['零售业总销货价值为381亿元,较2021年同月上升7.0%', '7.0%', '零售业总销货价值'],
    // An adverb that opens the name of a statistic stays (自然增长率 is no bare 增长率).
    ['全县人口出生率8.24‰，死亡率6.48‰，自然增长率1.76‰', '1.76‰', '自然增长率'],
    // The place a figure is of is its place, not part of its subject; trailing adverbs (平均, 实际) go too.
    ['2023年黑龙江全省地区生产总值为15883.9亿元', '15883.9亿元', '地区生产总值'],
    ['深圳的一般公共预算收入完成4012.3亿元', '4012.3亿元', '一般公共预算收入'],
    ['云南全省共接待海内外游客6.88亿人次', '6.88亿人次', '海内外游客'],
    ['全疆城镇新增就业44.5万人', '44.5万人', '城镇新增就业'],
    ['全市环境空气质量综合指数平均为3.52', '3.52', '环境空气质量综合指数'],
    // People or cases counted by what was done to them, with no noun before the act, are named by it.
    ['全年全县涉案人员91人、批捕47人、在押人员23人', '47人', '批捕'],
    // A ranking of places names its measure first (…较高的省份是甲省…、乙省…).
    ['分省份看,平均利用小时数较高的省份是宁夏2334小时、湖南2195小时', '2334小时', '平均利用小时数'],
    ['分省份看,平均利用小时数较高的省份是宁夏2334小时、湖南2195小时', '2195小时', '平均利用小时数'],
    ['新增装机较多的省份为云南64万千瓦、湖南37万千瓦', '64万千瓦', '新增装机'],
    // The groups of a price index: 居住 names a group though jieba reads it as a verb.
    ['八大类商品价格中，食品烟酒下降0.5%，衣着上涨0.8%，居住上涨0.3%', '0.3%', '居住'],
    // 所得 is income, a quantity; the year compared with (比前年) and an adverb (尤其) name nothing.
    ['本市家庭的平均可支配所得为114.3万元', '114.3万元', '家庭的平均可支配所得'],
    ['全县家庭平均可支配所得比前年增加约2.5%', '2.5%', '家庭平均可支配所得'],
    // A breakdown after 分别为 is one by place too; a city written without 市 is known as a place name.
    ['新增确诊病例9例，分别为：杭州5例、宁波4例', '4例', '病例'],
    // The kinds of place a count covers are part of its noun; a count whose lead names nothing
    // (持平, 变差, 以下, 预计) continues the last figure in its unit.
    ['全市7个县(市、区)全部完成任务', '7个', '县(市、区)'],
    ['全省15个市(区)中9个市(区)水质改善，4个持平，2个变差', '15个', '市(区)'],
    ['全省15个市(区)中9个市(区)水质改善，4个持平，2个变差', '4个', '市(区)'],
    ['全省15个市(区)中9个市(区)水质改善，4个持平，2个变差', '2个', '市(区)'],
    ['机关在编人员84人，其中35岁以下21人', '21人', '机关在编人员'],
    ['1-11月营业收入完成52.3亿元，全年预计完成58亿元', '58亿元', '营业收入'],
    // A gap to a comparison base is about the figure before the comparison, not the base.
    ['工业增加值增长6.8%，高于全国1.2个百分点', '1.2个百分点', '工业增加值'],
    ['税收收入增长9.1%，比全省平均水平(7.5%)高1.6个百分点', '1.6个百分点', '税收收入'],
    ['市本級預算案歲入編列1520.3億元，較上年度1488.6億元，增加31.7億元，約增2.13%', '1488.6億元', '市本級預算案歲入'],
    ['市本級預算案歲入編列1520.3億元，較上年度1488.6億元，增加31.7億元，約增2.13%', '2.13%', '市本級預算案歲入'],
    // Codes of letters and digits name things; a date inside the lead is cut off before the noun.
    ['智能手机、5G基站、工业机器人产量分别增长12.1%、35.6%、20.3%', '35.6%', '5G基站'],
    ['县本级2023年度一般公共预算收入完成8.6亿元', '8.6亿元', '一般公共预算收入'],
    ['城镇居民和农村居民人均可支配收入2022年已经分别达到48600元和21300元', '48600元', '城镇居民'],
    // Progress against a plan is about the figure before it; words are not cut in half.
    ['全县固定资产投资完成246.79亿元，完成年度计划82.3%', '82.3%', '固定资产投资'],
    ['一般公共预算收入完成286.4亿元，同比增长5.6%', '286.4亿元', '一般公共预算收入'],
    // A plan named in a few words (年计划, 年度扩面计划, 省民生工程目标任务): the share done is of the figure before it.
    ['全县城镇新增就业5600人，完成年计划的112.5%', '112.5%', '城镇新增就业'],
    ['全市农村劳动力转移就业8.2万人，实现年度转移计划的103.2%', '103.2%', '农村劳动力转移就业'],
    ['全区新增造林3.1万亩，完成省绿化工程目标任务的126%', '126%', '造林'],
    // 按年升, 按年下跌 (Hong Kong, Macau) name a rate without naming what changes: it is of the figure before it.
    ['酒店平均入住率為78%，按年升12.5%', '12.5%', '酒店平均入住率'],
    ['酒店業房價平均為1,200元，按年升近30%', '30%', '酒店業房價'],
    // A colon right after a total opens its breakdown by place, as 其中 does.
    ['●工业总产值5230亿元：国家级开发区3120亿元，省级开发区2110亿元', '3120亿元', '工业总产值'],
    ['●工业总产值5230亿元：国家级开发区3120亿元，省级开发区2110亿元', '2110亿元', '工业总产值'],
    ['●新增市场主体1260户：东城区新增700户，西城区新增560户', '700户', '市场主体'],
    // A change after a base value with a noun of its own (较上年度法定预算数…) is of the figure compared.
    ['縣府歲出預算編列210.5億元，較上年度法定預算數198.2億元，增加12.3億元，增幅6.21%', '12.3億元', '縣府歲出預算'],
    ['全市社会消费品零售总额完成820亿元，比上年同期的零售总额760亿元，增加60亿元', '60亿元', '社会消费品零售总额'],
    ['新邮轮母港距离地铁南沙客运港站约500米', '500米', '新邮轮母港距离地铁南沙客运港站'],
    // When the text before names nothing, the noun after 的 (or after 成) is what is measured.
    ['在4年的本科培养规划中，学校安排了实习', '4年', '本科培养规划'],
    ['其余约九成同学选择直接就业', '九成', '同学'],
    ['首届32名本科毕业生中，有20人选择读研', '32名', '本科毕业生'],
    // A word jieba reads as a verb that says which kind is counted opens the name (出生人口), and is not cut as a verb acting on it.
    ['全年全镇出生人口812人，死亡人口640人', '812人', '出生人口'],
    ['全年全镇出生人口812人，死亡人口640人', '640人', '死亡人口'],
    ['上半年帮助下岗失业人员再就业1200人', '1200人', '下岗失业人员再就业'],
    ['全区参保职工新增3.6万人', '3.6万人', '参保职工'],
    ['全县在建项目投资完成42亿元', '42亿元', '在建项目投资'],
    ['交通费用上涨1.2%，其他用品和服务下降0.4%', '0.4%', '其他用品和服务'],
    ['全年实现加权平均净资产收益率8.15%', '8.15%', '加权平均净资产收益率'],
    ['该局实有人数37人', '37人', '实有人数'],
    // Time and forecast words before the name are not part of it; a verb the rest only measures (收获|面积) is.
    ['年末全县常住人口52.6万人', '52.6万人', '常住人口'],
    ['预计全年完成地区生产总值210亿元', '210亿元', '地区生产总值'],
    ['同期的就业不足人数增加约900人', '900人', '就业不足人数'],
    ['预估本年收获面积2,150公顷', '2,150公顷', '收获面积'],
    // Adverbs and comparisons between the noun and its verb are not part of the name.
    ['受惠学生将增加约1200人', '1200人', '受惠学生'],
    ['全县一般公共预算收入预计完成8.1亿元', '8.1亿元', '一般公共预算收入'],
    ['每股基本盈利则为0.3港仙', '0.3港仙', '每股基本盈利'],
    ['入境旅客则按年减少6.2%', '6.2%', '入境旅客'],
    ['城镇调查失业率比上个月回落0.2个百分点', '0.2个百分点', '城镇调查失业率'],
    ['学生营养补助从今年3000万元增加至5000万元', '3000万元', '学生营养补助'],
    // An enumeration before 分别 whose 和 joins two items in the middle, not at the end.
    ['猪肉、禽蛋、牛奶和蔬菜、水产品产量分别达到3.2万吨、1.1万吨、5.6万吨、20.4万吨、2.3万吨', '5.6万吨', '牛奶'],
    ['猪肉、禽蛋、牛奶和蔬菜、水产品产量分别达到3.2万吨、1.1万吨、5.6万吨、20.4万吨、2.3万吨', '20.4万吨', '蔬菜'],
    ['生猪出栏量及玉米、小麦种植面积分别达52万头、80万亩、35万亩', '52万头', '生猪出栏量'],
    ['生猪出栏量及玉米、小麦种植面积分别达52万头、80万亩、35万亩', '80万亩', '玉米'],
    // People counted by what befell them, the verb phrase closing the clause after the count.
    ['暴雨造成全市12.6万人受灾,3人死亡,2人失踪,1.8万人紧急转移安置', '3人', '死亡'],
    ['暴雨造成全市12.6万人受灾,3人死亡,2人失踪,1.8万人紧急转移安置', '1.8万人', '紧急转移安置'],
    // 环比涨, 同比跌 are no part of a subject.
    ['全市猪肉零售均价28.74元/公斤，环比涨0.18%', '0.18%', '猪肉零售均价'],
    // A balance written right after an amount is what it measures.
    ['政府整体支出183亿元，收入108亿元，因而录得75亿元赤字', '75亿元', '赤字'],
    ['全年实现1200亿元的贸易顺差', '1200亿元', '贸易顺差'],
    // Money named only as funds is for the project the clause before names; the place and the verb before the name go.
    ['3、2023年武陟县“春风计划”技能培训项目，计划安排资金120万元', '120万元', '“春风计划”技能培训项目'],
    ['2023年，河北省将扎实推进“美丽乡村”建设，计划投资18.6亿元', '18.6亿元', '“美丽乡村”建设'],
    // A share of a target whose own figure stands between is of the figure before it; a footnote mark is no part of a name.
    ['全省城镇新增就业65.5万人，完成全年90万人目标的73%', '73%', '城镇新增就业'],
    ['全年完成地区生产总值〔2〕129.92亿元，同比增长2.8%', '129.92亿元', '地区生产总值'],
    // A currency written before the amount is no part of what it measures.
    ['营业收入为人民币52亿元，较去年同期的人民币47亿元增长10.6%', '47亿元', '营业收入'],
    // A place the word splitter cut to its kind (荷泉|街道) still breaks the total down.
    ['12月份实施临时救助24户77人,发放救助资金15.2万元。其中东坝镇2户10人,救助资金25380元;凤凰街道2户9人,救助资金8000元;月照街道1户5人,救助资金17625元。', '5人', '临时救助'],
    // 小区 is counted, not a place that breaks a total down.
    ['全市加装电梯的楼栋263个，其中60岁以上老年人1950人；已完工的47个小区中，引入物业的有39个', '47个', '小区'],
    // The base of a comparison (与去年同期相比, 與上年同月比較) names no figure: the rate is of the figure before it.
    ['全县城镇新增就业5080人，与去年同期相比增长20.6%', '20.6%', '城镇新增就业'],
    ['年底户籍人口为23.1万人，與上年同月比較增加910人', '910人', '户籍人口'],
    ['规模以上工业增加值同比增长5%，与全省相比高0.8个百分点', '0.8个百分点', '规模以上工业增加值'],
    // A time inside the lead (在第四季, 二零一五年第三季) and the adverb that contrasts it (则) are no part of a name.
    ['整體出口貨值在第四季較上年同期實質上升1.9%', '1.9%', '整體出口貨值'],
    ['港口货物吞吐量上升4.2%，而二零一四年第三季的升幅為2.1%', '2.1%', '港口货物吞吐量'],
    ['全年零售业总销货价值增长3.5%，而二〇一六年则下跌1.2%', '1.2%', '零售业总销货价值'],
    // A share of a target set from above (全年指标任务, 省下达目标任务) is of the figure before it; so is a gap
    // named with its rate word (增幅高于; annotation guidelines §3); a plan period compared with (比“十三五”期间) names nothing.
    ['全市城镇登记失业人员再就业19351人，完成全年指标任务的96.3%', '96.3%', '城镇登记失业人员再就业'],
    ['全县农村劳动力转移就业8362人，完成省下达目标任务的104.5%', '104.5%', '农村劳动力转移就业'],
    ['全县财政总收入增长9.2%，增幅高于全省平均水平1.5个百分点', '1.5个百分点', '财政总收入'],
    ['全区完成水利建设投资12.6亿元，比“十三五”期间增长了38.2%', '38.2%', '水利建设投资'],
    // A quarter written with a digit and 初步统计 name nothing.
    ['114年第4季初步統計實質GDP成長12.65%', '12.65%', '實質GDP'],
    // 有 + a count after a figure continues what the figure measures; the base a rate is per (每千活产) names nothing.
    ['单亲类别个案下跌1.3%，有25 264宗', '25 264宗', '单亲类别个案'],
    ['全市新生儿死亡率为每千活产2.8人', '2.8人', '新生儿死亡率'],
    // A change in points of a rate word compared with a month (同比涨幅较1月收窄, 较1月涨幅收窄) is of the figure before it.
    ['居民消费价格总水平同比上涨1.2%，同比涨幅较1月收窄2.8个百分点', '2.8个百分点', '居民消费价格总水平'],
    ['全市鲜菜价格同比上涨10.4%，较1月涨幅收窄2.3个百分点', '2.3个百分点', '鲜菜价格'],
    // Manner (逆势, 一举) names nothing; a gap to the schedule (超序时进度) is of the figure before it.
    ['港口集装箱吞吐量6.9万箱，逆势增长6.5%', '6.5%', '港口集装箱吞吐量'],
    ['全市一般公共预算收入38.5亿元，完成年初预算的53.5%，超序时进度3.5个百分点', '3.5个百分点', '一般公共预算收入'],
    // A recovery to a base (恢复至疫前同期的) and a conversion at an exchange rate (按…平均汇率计算为) are of the figure before.
    ['全省实现国内旅游收入389.61亿元，恢复至疫前同期的59.9%', '59.9%', '国内旅游收入'],
    ['全省国内旅游出游5.15亿人次，按可比口径恢复至疫前同期的70.1%', '70.1%', '国内旅游出游'],
    ['全县人均地区生产总值19763元，按2018年平均汇率计算为2865美元', '2865美元', '人均地区生产总值'],
    // A line of business earning a measure names it with the measure; places listed before the count of them are counted.
    ['报告期内制剂业务实现销售收入12.49亿元', '12.49亿元', '制剂业务销售收入'],
    ['分产业看，第一产业实现增加值77.84亿元，增长3.5%', '77.84亿元', '第一产业增加值'],
    // A sector earning a measure of output is named with it; a lead that only says the figure was reached
    // takes its name from the clause before (a topic with its trend, 在…上); a share of a budget 数 is of what was done.
    ['1-9月,全区规模以上工业实现总产值3120.5亿元,同比增长2.1%', '3120.5亿元', '规模以上工业总产值'],
    ['全区新能源产业实现工业产值812.3亿元', '812.3亿元', '新能源产业工业产值'],
    ['上半年,全县一般公共预算收入实现较快增长,累计完成12.8亿元,同比增长6.4%', '12.8亿元', '一般公共预算收入'],
    ['固定资产投资稳步增长,完成86亿元,同比增长9%', '9%', '固定资产投资'],
    ['在社会消费品零售总额上,全区达到了312.6亿元', '312.6亿元', '社会消费品零售总额'],
    ['2.教育支出5.21亿元,完成调整预算数的98.7%,增长6.2%', '98.7%', '教育支出'],
    // A sector's contribution to the whole's growth, or its share of it, is of the sector; a clause that only
    // names a measure is the topic of the next; 减少比率 is a rate word of the figure before it.
    ['制造业增加值同比增长6.4%,对全市工业增长的贡献率38.1%', '38.1%', '制造业增加值'],
    ['制造业增加值同比增长6.4%,上拉全市规上工业增加值增速2.3个百分点', '2.3个百分点', '制造业增加值'],
    ['金融及保險業的淨產值,繼第二季實質上升3.1%後,在第三季上升2.6%', '3.1%', '金融及保險業的淨產值'],
    ['本縣歲入預算數1089,0827,000元,減少83,1128,000元,減少比率為7.09%', '7.09%', '歲入預算數'],
    // A base of comparison (较“十三五”末, 较上个5年) names no figure.
    ['2020年,全市林业总产值820亿元,较“十二五”末增长35.1%', '35.1%', '林业总产值'],
    ['全省林业产值1520亿元,较上个5年860亿元增长76%', '860亿元', '林业产值'],
    // How a Taiwan budget lists an amount (計列, 原列, 編列) and the base it is cut from are no name of it.
    ['臺中市議會三讀通過總預算,歲出計列1502.36億元,較原預算案刪減9.8億元', '1502.36億元', '歲出'],
    ['臺中市議會三讀通過總預算,歲出計列1502.36億元,較原預算案刪減9.8億元', '9.8億元', '歲出'],
    ['歲入原列新台幣1488.5億元,最後計列1490.2億元', '1490.2億元', '歲入'],
    ['臺南縣議會審議總預算,歲出編列231.4億元', '231.4億元', '歲出'],
    ['从增幅来看，武威、白银2市增幅在40%以上', '2市', '武威、白银'],
    ['从增幅来看，武威、白银2市增幅在40%以上', '40%', '增幅'],
    // An earlier estimate of the same figure (较1月概估数) and a revision of it (上修) are of that figure.
    ['全年经济成长率8.68%，较1月概估数8.63%上修0.05个百分点', '8.63%', '经济成长率'],
    ['全年经济成长率8.68%，较1月概估数8.63%上修0.05个百分点', '0.05个百分点', '经济成长率'],
    ['建立以低保、特困、医疗、临时救助等8项基本救助为主体的体系', '8项', '基本救助'],
    // A budget's own amount, of which the share after it is taken, is the budget; the share is of what was done.
    ['一般公共预算收入累计完成8627万元，完成年初预算数20999万元的41.1%', '20999万元', '年初预算数'],
    ['一般公共预算收入累计完成8627万元，完成年初预算数20999万元的41.1%', '41.1%', '一般公共预算收入'],
    ['全年一般公共预算支出437347万元，占调整预算数439267万元的99.6%', '439267万元', '调整预算数'],
    ['全县新增就业岗位1374个，完成全年目标任务1200人的114%', '1200人', '目标任务'],
    ['全县新增就业岗位1374个，完成全年目标任务1200人的114%', '114%', '就业岗位'],
    // What follows a plan's own figure goes on about the figure done, not the plan.
    ['公共财政预算收入43101万元，完成预算40023万元的107.7%，超收3078万元', '3078万元', '公共财政预算收入'],
    // A currency before an amount (澳门币) and the earlier level a change starts from (由以往的) name nothing.
    ['援助金额由以往的澳门币1,300元调升至澳门币1,600元', '1,300元', '援助金额'],
    // A clause that names a measure and its trend, then one that only says how it changed: the rate is of that measure.
    ['全县餐饮业收入增势良好，同比增长9.4%', '9.4%', '餐饮业收入'],
    ['工业用电量增速由负转正，同比增长3.2%', '3.2%', '工业用电量'],
    ['猪肉价格涨幅略有扩大，同比上涨12.5%', '12.5%', '猪肉价格'],
    ['家电零售额形势不错，增长7.7%', '7.7%', '家电零售额'],
    // A noun the word splitter does not know, or glued to the measure word, is still what is counted.
    ['全省11个市州均完成年度任务', '11个', '市州'],
    ['共有18間護老院參與計劃', '18間', '護老院'],
    // A kind of place counted is named in one character.
    ['全镇下辖12个村，共有村民小组86个', '12个', '村'],
    // A count with no noun after its 的 counts what the sentence counted first.
    ['全市共有在建项目60个，主体完工的25个、设备安装的12个', '25个', '在建项目'],
    ['全市共有在建项目60个，主体完工的25个、设备安装的12个', '12个', '在建项目'],
    ['全市共有在建项目60个，已确定选址但未开工的8个（其中东区3个、西区5个）', '8个', '在建项目'],
    // People broken down by the kind of school they are at are a share of the total: the school names where, not what.
    ['全县共有专任教师5230人，其中小学3100人、初中1650人、特殊教育80人', '1650人', '专任教师'],
    ['共有在校学生5.2万人（其中，学前教育8000人、小学2.9万人）', '8000人', '在校学生'],
    // A share after an aside that holds a figure of its own (含…) is of the figure before the aside.
    ['全市一般公共预算支出199.6亿元（含权责发生制列支28.5亿元），完成预算的87.7%', '87.7%', '一般公共预算支出'],
    // A comparison in an aside after a share (（比2015年增加31所）) is of what the share measured.
    ['全县共有公办幼儿园86所，占比达62.3%（比2015年增加31所，提高18.5个百分点）', '31所', '公办幼儿园'],
    ['全县共有公办幼儿园86所，占比达62.3%（比2015年增加31所，提高18.5个百分点）', '18.5个百分点', '公办幼儿园'],
    // A name the word splitter reads as a verb (罚没款, 保费) or cuts inside a word (参保|率为) still names the figure.
    ['全县现有特困人员2417人，参保率为96.5%', '96.5%', '参保率'],
    ['查处违法案件213件，罚没款合计1523.6万元', '1523.6万元', '罚没款'],
    ['每人保费20元', '20元', '保费'],
    // How much of its budget a figure has reached (执行率) is of that figure.
    ['上半年全市税收收入完成48.2亿元，执行率为53.6%', '53.6%', '税收收入'],
    // A measure named only by its kind (完成投资) is of the topic the sentence opens with (铁路方面).
    ['铁路方面，完成投资303.1亿元，同比增长58.2%', '303.1亿元', '铁路'],
    ['铁路方面，完成投资303.1亿元，同比增长58.2%', '58.2%', '铁路'],
    ['在民航方面，全年完成投资12亿元', '12亿元', '民航'],
    // A level reached at a time (2023年达, 至2023年底达) is of what the clause before says rose or fell.
    ['全县居民健康素养水平稳步提升，2023年达35.6%', '35.6%', '居民健康素养水平'],
    ['全县老年人口比率呈逐年上升之势，至2023年底达21.5%', '21.5%', '老年人口比率'],
    ['全县65岁以上人口比率呈逐年上升之势，至2023年底达21.5%', '21.5%', '人口比率'],
  ] as const)('%s → %s is about %s', (text, span, subject) => {
    expect(only(text, span).subject).toBe(subject);
  });
});

describe('time', () => {
  it.each([
    ['2020年底,全市有1573人享受孤儿保障', '1573人', '2020-12-28', '2020-12-01', '2020-12-31'],
    // Dates written in numerals, as formal documents and Hong Kong and Taiwan pages write them.
    ['二〇二三年，全县接待游客520万人次', '520万人次', '2024-02-01', '2023-01-01', '2023-12-31'],
    ['二零二二年十月一日，全市新增确诊病例12例', '12例', '2022-10-02', '2022-10-01', '2022-10-01'],
    // Months that end on a day: a reporting period of Hong Kong company results.
    ['截至二零二三年六月三十日止六個月，集團營業額為12億港元', '12億港元', '2023-08-20', '2023-01-01', '2023-06-30'],
    ['截至2023年9月30日止三个月，集团累计实现收入8.3亿港元', '8.3亿港元', '2023-11-20', '2023-07-01', '2023-09-30'],
    // 今年 before a holiday is the article's year, whatever year a comparison named before it.
    ['与2019年同期相比增长12%。今年国庆假期，全市接待游客98万人次', '98万人次', '2023-10-08', '2023-09-29', '2023-10-06'],
    // 12月份 names the month, not a year's end: a flow in it is of December alone.
    ['12月份发放救助资金15.2万元', '15.2万元', '2023-01-09', '2022-12-01', '2022-12-31'],
    // The end of a quarter or half year is its last month, as 年底 is December.
    ['今年二季度末，全省规模以上企业就业人员812万人', '812万人', '2023-08-09', '2023-06-01', '2023-06-30'],
    ['一季度末，全市本外币贷款余额3.2万亿元', '3.2万亿元', '2023-05-09', '2023-03-01', '2023-03-31'],
    ['截止2020年11月,全市已建成指导中心12家', '12家', '2020-12-28', '2020-11-01', '2020-11-30'],
    ['五年来,共发放临时救助金13830.6万元', '13830.6万元', '2020-12-28', '2016-01-01', '2020-12-31'],
    ['“十三五”期间,全市安葬骨灰3.2万盒', '3.2万盒', '2020-12-28', '2016-01-01', '2020-12-31'],
    ['2013年起共减免惠民殡葬资金2.3亿元', '2.3亿元', '2020-12-28', '2013-01-01', '2020-12-28'],
    ['去年全市接待游客1200万人次', '1200万人次', '2024-03-01', '2023-01-01', '2023-12-31'],
    ['1-10月,全市城镇新增就业8.62万人', '8.62万人', '2024-11-05', '2024-01-01', '2024-10-31'],
    ['截至今年9月底,全市养老床位达到5.86万张', '5.86万张', '2022-10-09', '2022-09-01', '2022-09-30'],
    // The same period a year before.
    ['1-10月,三次产业投资占比由去年同期的1.2:48.3:50.5调整为0.9:47.6:51.5', '48.3', '2016-11-22', '2015-01-01', '2015-10-31'],
    ['1-10月,三次产业投资占比由去年同期的1.2:48.3:50.5调整为0.9:47.6:51.5', '47.6', '2016-11-22', '2016-01-01', '2016-10-31'],
    ['前三季度,全市粮食产量上年同期为82.6万吨', '82.6万吨', '2023-10-20', '2022-01-01', '2022-09-30'],
    // A single month written 4月单月 / 4月当月.
    ['3月份增速有所回落;4月单月,出口增长8.2%', '8.2%', '2024-05-09', '2024-04-01', '2024-04-30'],
    // A time said inside one point of an enumerated paragraph stays in that point.
    ['2023年,全市重点工作:一是新建学校12所;二是新增学位8000个', '8000个', '2024-01-20', '2023-01-01', '2023-12-31'],
    // Days: a month and day, a span of days, a day of the current month alone.
    ['5月9日,学校举办双选会,35家企业参与招聘', '35家', '2024-05-13', '2024-05-09', '2024-05-09'],
    ['5月20日至31日,江阴北4个收费站封闭', '4个', '2019-05-17', '2019-05-20', '2019-05-31'],
    ['记者28日获悉,全市已发放补贴1200万元', '1200万元', '2024-03-02', '2024-02-28', '2024-02-28'],
    ['11月17日至21日,邮轮开启4晚5天之旅', '5天', '2019-08-13', '2019-11-17', '2019-11-21'],
    ['12月28日,全市发放慰问金300万元', '300万元', '2024-01-10', '2023-12-28', '2023-12-28'],
    ['记者2日获悉,全市已发放补贴1200万元', '1200万元', '2024-03-02', '2024-03-02', '2024-03-02'],
    // Invisible characters do not break a period (1, soft hyphen, —4月).
    ['1\u00AD—4月平均,全市居民消费价格上涨0.4%', '0.4%', '2024-05-11', '2024-01-01', '2024-04-30'],
    // Month spans written with 月 on both ends; 首三季度 is January to September.
    ['失业率由6月至8月的3.7%上升至7月至9月的3.9%', '3.7%', '2025-10-20', '2025-06-01', '2025-08-31'],
    ['失业率由6月至8月的3.7%上升至7月至9月的3.9%', '3.9%', '2025-10-20', '2025-07-01', '2025-09-30'],
    ['2025年首三季度本地生產總值3013.3億元', '3013.3億元', '2025-12-17', '2025-01-01', '2025-09-30'],
    // The ROC calendar: year + 1911.
    ['至106年底人口已達278萬7,070人', '278萬7,070人', '2018-03-01', '2017-12-01', '2017-12-31'],
    ['臺北市115年度總預算案歲入編列2098.01億元', '2098.01億元', '2025-10-08', '2026-01-01', '2026-12-31'],
    ['臺南市一一五年度總預算歲出規模為二二三點三一億元', '二二三點三一億元', '2025-10-08', '2026-01-01', '2026-12-31'],
    // The dates of a comparison base in brackets (與上一期(7月至9月)持平) do not govern what follows.
    ['今年8月至10月失業率為1.9%，與上一期(7月至9月)持平；就業不足率為0.7%', '0.7%', '2016-11-28', '2016-08-01', '2016-10-31'],
    // What a programme brought about under 截至目前 (培育, 创造, 带动) is a flow from the start of the year.
    ['截至目前，全县培育创业实体408个', '408个', '2018-11-05', '2018-01-01', '2018-11-05'],
    ['截至目前，全县创业带动就业2540人', '2540人', '2018-11-05', '2018-01-01', '2018-11-05'],
    // A figure after a domain term with a numeral (三项社会保险基金) keeps the year before the term.
    ['2020年三项社会保险基金总收入5.02万亿元', '5.02万亿元', '2021-01-26', '2020-01-01', '2020-12-31'],
    // A quarter written with a digit (第4季, 1季度); the month a forecast was made (去年11月預測) is not the period forecast.
    ['去年114年第4季初步統計實質GDP成長12.65%', '12.65%', '2026-02-26', '2025-10-01', '2025-12-31'],
    ['將今年經濟成長率從去年11月預測3.54%一舉上修為7.71%', '7.71%', '2026-02-26', '2026-01-01', '2026-12-31'],
    // 近两天 at the head of a clause is the days up to the day last named.
    ['记者18日从市防汛抗旱指挥部获悉，近两天全市发生的洪涝灾害已造成1.2万人受灾', '1.2万人', '2020-07-18', '2020-07-17', '2020-07-18'],
    // 明年度 is the year after the article's.
    ['縣府明年度總預算高達366億元', '366億元', '2020-10-23', '2021-01-01', '2021-12-31'],
    // 过去五年 without 来, and a review's 这是…的五年。 that governs the sentences after it: the five years
    // just ended for a report of late in the fifth year, as for 五年来.
    ['过去五年，全县累计完成固定资产投资818亿元', '818亿元', '2021-12-26', '2017-01-01', '2021-12-31'],
    ['这是综合实力显著增强的五年。全县累计完成固定资产投资818亿元', '818亿元', '2021-12-26', '2017-01-01', '2021-12-31'],
    // A comparison base is not the period; the base value itself is of the base period.
    ['2011年农民人均收入比地震前的2007年提高了3500元', '3500元', '2012-02-24', '2011-01-01', '2011-12-31'],
    ['2021年地区生产总值按不变价计算为2012年的2.26倍', '2.26倍', '2022-10-12', '2021-01-01', '2021-12-31'],
    ['115年度歲入編列2098.01億元，較上年度2044.18億元增加53.83億元', '2044.18億元', '2025-10-08', '2025-01-01', '2025-12-31'],
    ['115年度歲入編列2098.01億元，較上年度2044.18億元增加53.83億元', '53.83億元', '2025-10-08', '2026-01-01', '2026-12-31'],
    // A base value with its noun between (较上年底人口…): the base period still.
    ['本县2023年底户籍人口52.4万人，较上年底户籍人口51.9万人增加0.5万人', '51.9万人', '2024-02-01', '2022-12-01', '2022-12-31'],
    // Named holidays are their days off that year: the year written, else the one the text
    // speaks of, else the latest such holiday on or before the article date.
    ['春节期间,全县接待游客35.2万人次', '35.2万人次', '2024-02-20', '2024-02-10', '2024-02-17'],
    ['春节期间,全县接待游客35.2万人次', '35.2万人次', '2024-01-20', '2023-01-21', '2023-01-27'],
    ['2022年“五一”假期,全县旅游收入1.3亿元', '1.3亿元', '2024-05-06', '2022-04-30', '2022-05-04'],
    ['中秋、国庆假期,景区接待游客12万人次', '12万人次', '2023-10-08', '2023-09-29', '2023-10-06'],
    ['国庆节期间,景区接待游客9万人次', '9万人次', '2024-10-08', '2024-10-01', '2024-10-07'],
    // A time that qualifies a noun (延续去年的良好势头) is not the period of what follows;
    // the terms of one ratio share the time written before its first term.
    ['2024年一季度,全县工业延续去年的良好势头,规上工业增加值增长7.2%', '7.2%', '2024-04-20', '2024-01-01', '2024-03-31'],
    ['全年三次产业结构由上年的12:40.5:47.5调整为11.6:39.8:48.6', '40.5', '2024-03-01', '2022-01-01', '2022-12-31'],
    ['全年三次产业结构由上年的12:40.5:47.5调整为11.6:39.8:48.6', '39.8', '2024-03-01', '2023-01-01', '2023-12-31'],
    // Under a comparison base, the side a change starts from is of the base year.
    ['2022年全县税收为2015年的1.8倍,占财政收入比重由61.2%提高到74.5%', '61.2%', '2023-02-10', '2015-01-01', '2015-12-31'],
    ['2022年全县税收为2015年的1.8倍,占财政收入比重由61.2%提高到74.5%', '74.5%', '2023-02-10', '2022-01-01', '2022-12-31'],
    // 上年结转 is a kind of money, not a period.
    ['2021年全县收入总计86.4亿元，其中上年结转资金3.2亿元', '3.2亿元', '2022-02-10', '2021-01-01', '2021-12-31'],
    // The change of a flow under 截至 is over the flow's period; 全年 naming a target governs only its own figure.
    ['截至9月底,全县城镇新增就业1.2万人,同比增加800人,完成全年目标任务的95%', '800人', '2023-10-15', '2023-01-01', '2023-09-30'],
    ['截至9月底,全县城镇新增就业1.2万人,同比增加800人,完成全年目标任务的95%', '95%', '2023-10-15', '2023-09-01', '2023-09-30'],
    ['截至9月底,全县完成投资52亿元,占全年计划投资60亿元的86.7%', '60亿元', '2023-10-15', '2023-01-01', '2023-12-31'],
    // 上年 is the year before the one reported on; 去年 the year before the article's.
    ['2023年优良天数比例为87.1%（上年为84.1%），提高3.0个百分点', '84.1%', '2024-01-20', '2022-01-01', '2022-12-31'],
    ['2023年优良天数比例为87.1%（上年为84.1%），提高3.0个百分点', '3.0个百分点', '2024-01-20', '2023-01-01', '2023-12-31'],
    // Flows up to a 截至 date run from the start of the year; stocks are of the point.
    ['截至11月底,全县累计发放救助金1.2亿元', '1.2亿元', '2023-12-05', '2023-01-01', '2023-11-30'],
    ['截至11月底,全县共有养老床位8060张', '8060张', '2023-12-05', '2023-11-01', '2023-11-30'],
    ['2020年底,全市发放孤儿保障资金1852万元', '1852万元', '2020-12-28', '2020-01-01', '2020-12-31'],
    ['截至年底,全市规上工业增加值增长8.1%', '8.1%', '2024-01-05', '2023-01-01', '2023-12-31'],
    // From and to over several years; 连续N年 ends in the governing year.
    ['五年来,城市低保标准从551元提高至686元', '551元', '2020-12-28', '2016-01-01', '2016-12-31'],
    ['五年来,城市低保标准从551元提高至686元', '686元', '2020-12-28', '2020-01-01', '2020-12-31'],
    ['2020年,全市民政工作连续7年位列全省第一', '7年', '2020-12-28', '2014-01-01', '2020-12-31'],
    ['今年起,生均公用经费提高至每生每年720元', '720元', '2023-09-05', '2023-01-01', '2023-09-05'],
    // A day of this year or last year is that day, not its month.
    ['今年3月12日,全县发放春耕补贴860万元', '860万元', '2024-06-01', '2024-03-12', '2024-03-12'],
    ['去年11月3日,全县签约项目27个', '27个', '2024-06-01', '2023-11-03', '2023-11-03'],
    // A span a record is measured against (创近十年来最高) is no period of what follows.
    ['2023年全县粮食单产创近十年来最高。蔬菜、水果产量分别达到41.5万吨、12.3万吨', '12.3万吨', '2024-01-30', '2023-01-01', '2023-12-31'],
    ['2022年全市出口额创2015年以来新高，外贸企业达到1260家', '1260家', '2023-02-10', '2022-01-01', '2022-12-31'],
    // Under a year's end, the rates a year counts are of the whole year; the change of a stock is of the point.
    ['2023年末全县常住人口52.3万人。人口出生率8.24‰,死亡率6.48‰', '8.24‰', '2024-03-01', '2023-01-01', '2023-12-31'],
    ['2023年末全县常住人口52.3万人，人口成长率0.72%', '0.72%', '2024-03-01', '2023-01-01', '2023-12-31'],
    ['2023年末，全县常住人口52.3万人，比上年末增加0.4万人', '0.4万人', '2024-03-01', '2023-12-01', '2023-12-31'],
    // Work started (开工) is summed from the start of the year up to a 截至 date.
    ['截至9月底,全区已开工建设保障性住房3260套', '3260套', '2023-10-15', '2023-01-01', '2023-09-30'],
    // 占比 and 比重 compare nothing: every term of a ratio after 由2018年的 is of 2018.
    ['全年实现地区生产总值100亿元。三次产业占比由2018年的5.7:49.3:45.0,进一步优化为6.6:45.8:47.6', '49.3', '2020-03-01', '2018-01-01', '2018-12-31'],
    // A review out in January–March (一年来, 五年来) looks back on the years just ended.
    ['一年来,全省累计组织应急演练230次', '230次', '2024-01-15', '2023-01-01', '2023-12-31'],
    ['五年来,全县新建农村公路860公里', '860公里', '2021-02-20', '2016-01-01', '2020-12-31'],
    // The same period in a year named (从2023年同期的X): the governing period, in that year; the rate and the
    // side reached are of the period that governs, and so is a share of the period a year before.
    ['2024年第二季度广告收入从2023年同期的人民币2580万元减少了12.4%，降至2260万元', '2580万元', '2024-08-20', '2023-04-01', '2023-06-30'],
    ['2024年第二季度广告收入从2023年同期的人民币2580万元减少了12.4%，降至2260万元', '12.4%', '2024-08-20', '2024-04-01', '2024-06-30'],
    ['2024年第二季度广告收入从2023年同期的人民币2580万元减少了12.4%,降至2260万元', '2260万元', '2024-08-20', '2024-04-01', '2024-06-30'],
    ['上半年营业收入比2023年同期增长7.0%，从人民币1.5亿元增至1.6亿元', '1.5亿元', '2024-08-20', '2023-01-01', '2023-06-30'],
    ['8月份全省旅客发送量1.2亿人次，恢复至去年同期的86.5%', '86.5%', '2021-09-15', '2021-08-01', '2021-08-31'],
    // The year of a price or a rate of exchange is no period.
    ['2023年全县人均生产总值52100元，按2022年平均汇率计算为7740美元', '7740美元', '2024-03-20', '2023-01-01', '2023-12-31'],
    // 当天 is the day the text last named (not the dispatch's date); 现时 is the article's date.
    ['本报讯 市人大常委会18日召开第十次会议。\n当天,会议表决通过地方性法规3部', '3部', '2024-06-20', '2024-06-18', '2024-06-18'],
    ['医院管理局表示，现时共有36名病人情况危殆', '36名', '2022-03-05', '2022-03-05', '2022-03-05'],
    // Hong Kong's fiscal year runs April–March; a school year September–August.
    ['香港特区政府本财政年度为公务员加薪2.5%', '2.5%', '2024-06-20', '2024-04-01', '2025-03-31'],
    ['香港特区政府今个财政年度首两个月录得赤字482亿港元', '482亿港元', '2024-06-28', '2024-04-01', '2024-05-31'],
    ['香港2023-24年度政府开支为7760亿港元', '7760亿港元', '2024-02-28', '2023-04-01', '2024-03-31'],
    ['2022/2023學年全澳共有學生8.4萬名', '8.4萬名', '2023-06-01', '2022-09-01', '2023-08-31'],
    // 先前3个月 are months before a time, not the first months of a year; 截至8月底的3个月 ends in August.
    ['截至今年8月底的3个月,与先前3个月比较,零售额下跌3.8%', '3.8%', '2023-10-02', '2023-06-01', '2023-08-31'],
    // A year before its figure with no 的 (由2021年6.72张): the figure's year.
    ['每千人口床位数由2021年6.72张增加到2022年7.25张', '6.72张', '2023-10-26', '2021-01-01', '2021-12-31'],
    // A month whose first clause sums up (累计) counts from January; a year's budget is of the whole year.
    ['4月,全县一般公共预算收入累计完成24630万元,完成年初预算数61000万元的40.4%', '24630万元', '2024-05-16', '2024-01-01', '2024-04-30'],
    ['4月,全县一般公共预算收入累计完成24630万元,完成年初预算数61000万元的40.4%', '61000万元', '2024-05-16', '2024-01-01', '2024-12-31'],
    ['4月,全县一般公共预算收入累计完成24630万元。其中税收收入8100万元', '8100万元', '2024-05-16', '2024-01-01', '2024-04-30'],
    ['4月,全县新增就业2100人', '2100人', '2024-05-16', '2024-04-01', '2024-04-30'],
    // A Taiwan page's ROC year after a comma written in ASCII (較低,109年度).
    ['本市自有財源仍屬較低,109年度房屋稅減少約23億元', '23億元', '2019-08-30', '2020-01-01', '2020-12-31'],
    // A half-year report (2023年半年度); the terms of a year's structure under 年末 are of the whole year; a
    // total over N years ends in the year governing; visitors under 截至 are counted from January.
    ['公司于2023年半年度向全体股东每10股派发现金红利13元', '13元', '2023-09-20', '2023-01-01', '2023-06-30'],
    ['2024年末全县常住人口31.2万人,三次产业比达到38.8:19.3:41.9', '19.3', '2025-03-20', '2024-01-01', '2024-12-31'],
    ['2018年全省常住人口净减少13.4万人,三年累计减少49.3万人', '49.3万人', '2019-04-20', '2016-01-01', '2018-12-31'],
    ['截至10月底止,全县观光人数突破107万人', '107万人', '2018-11-08', '2018-01-01', '2018-10-31'],
    // The year ended on a day (截至…止年度); 一年来 under a review of the year before its own; the rate of a change
    // written after its sides is of the side it reached, or of the whole span for a rate over several years.
    ['截至2023年12月31日止年度,本集团的收入为人民币2138百万元', '2138百万元', '2024-03-20', '2023-01-01', '2023-12-31'],
    ['一、2022年工作回顾\n一年来,全年地区生产总值完成602.5亿元', '602.5亿元', '2023-04-26', '2022-01-01', '2022-12-31'],
    ['债务支出由2014年的3亿元降至2018年的1.2亿元,减少61.6%', '61.6%', '2019-08-01', '2018-01-01', '2018-12-31'],
    ['城乡低保标准从2016年的551元提高至2020年的686元,年增速为6.1%', '6.1%', '2021-01-10', '2016-01-01', '2020-12-31'],
    // A quarter written 第四季 (Hong Kong releases); 高于一季度 is a comparison base; 体现在 is no 现在; a balance
    // built up (累计结存) is a stock of the point.
    ['整体本地生产总值在二零一五年第四季较上年同期实质上升1.9%', '1.9%', '2016-02-26', '2015-10-01', '2015-12-31'],
    ['上半年全区生产总值同比增长12.0%,高于一季度0.3个百分点', '0.3个百分点', '2021-07-21', '2021-01-01', '2021-06-30'],
    ['去年,我市农业农村工作成就主要体现在五个方面', '五个', '2020-05-11', '2019-01-01', '2019-12-31'],
    ['截至2018年末,全国基本医疗保险累计结存23233.74亿元', '23233.74亿元', '2019-02-28', '2018-12-01', '2018-12-31'],
    // Months listed before figures that 分别 pairs with them; 今个财政年度 of a page from Hong Kong's treasury bureau.
    ['从就业来看,1、2、3月份全国城镇调查失业率分别是5.1%、5.3%、5.2%', '5.3%', '2019-04-17', '2019-02-01', '2019-02-28'],
    ['财经事务及库务局公布,今个财政年度首两个月的整体支出387亿元', '387亿元', '2008-06-30', '2008-04-01', '2008-05-31'],
    // Months run in numerals (一至五月), an ROC fiscal year with 十 (九十四年度), three months across the new
    // year (去年11月至今年1月), and a trend carried on from a time (延续2月份…趋势), which dates nothing.
    ['今年一至五月,澳門特區政府公共財政收入六百一十一‧三億元', '六百一十一‧三億元', '2013-06-10', '2013-01-01', '2013-05-31'],
    ['臺南市九十四年度總預算歲出合計四百三十六億元', '四百三十六億元', '2004-12-10', '2005-01-01', '2005-12-31'],
    ['香港去年11月至今年1月經季節性調整的失業率為2.9%', '2.9%', '2018-02-22', '2017-11-01', '2018-01-31'],
    ['香港去年11月至今年1月的就業不足率由1.2%微跌至1.1%', '1.1%', '2018-02-22', '2017-11-01', '2018-01-31'],
    ['一季度,全市规模以上工业增加值延续2月份平稳向好趋势,同比增长9.6%', '9.6%', '2025-04-20', '2025-01-01', '2025-03-31'],
    // The year of an award (获评…2021年度…考核A等次) is part of its name, no period of what follows.
    ['2022年,全区卫生工作成绩明显。示例区获评全市2021年度医改考核A等次。全区共有医疗机构512间', '512间', '2023-01-20', '2022-01-01', '2022-12-31'],
    // 在此期間 is the period the text last named, in another paragraph too.
    ['香港去年11月至今年1月的失業率為2.9%。\n在此期間總就業人數增加1.2萬人', '1.2萬人', '2018-02-22', '2017-11-01', '2018-01-31'],
    // A month's end over a flow is what was summed up to it; a time after 超过 is a base.
    ['6月末,全县生猪出栏1.2万头,增长5.0%', '1.2万头', '2025-07-20', '2025-01-01', '2025-06-30'],
    ['6月末,全县生猪出栏1.2万头,增长5.0%', '5.0%', '2025-07-20', '2025-01-01', '2025-06-30'],
    ['6月末,全县生猪存栏8.6万头', '8.6万头', '2025-07-20', '2025-06-01', '2025-06-30'],
    ['今年首十個月入境旅客已超過去年全年的1,520萬人次,達1,610萬人次', '1,610萬人次', '2005-11-20', '2005-01-01', '2005-10-31'],
    // Years listed or run before figures that 分别 pairs with them, each figure of its year; names listed
    // before 分别 pair instead, and years after 比 are bases.
    ['2019年至2021年,示例公司销售毛利率分别为81.20%、81.45%、81.60%', '81.45%', '2022-04-01', '2020-01-01', '2020-12-31'],
    ['2020年、2021年和2022年全县粮食产量分别为41万吨、43万吨、44万吨', '44万吨', '2023-02-01', '2022-01-01', '2022-12-31'],
    ['2021—2023年,全市新增城镇就业分别为3.1万人、3.3万人、3.4万人', '3.1万人', '2024-01-10', '2021-01-01', '2021-12-31'],
    ['2019年至2021年,甲镇、乙镇、丙镇累计投资分别为10亿元、12亿元、15亿元', '12亿元', '2022-04-01', '2019-01-01', '2021-12-31'],
    ['2022年全市营业收入比2020年、2021年分别增长18%、9%', '9%', '2023-03-01', '2022-01-01', '2022-12-31'],
    // Months of this year or last written as a span (今年1月至3月, 去年1-6月).
    ['今年1月至3月,全国检察机关共办结民事案件1.3万件', '1.3万件', '2023-04-27', '2023-01-01', '2023-03-31'],
    ['去年1-6月,全国水电平均利用小时数为1674小时', '1674小时', '2020-02-10', '2019-01-01', '2019-06-30'],
    // 全年 before a plan's noun names the plan; the share of it keeps the period that governs.
    ['前八个月完成投资15.06亿元,完成全年投资任务的79%', '79%', '2012-09-10', '2012-01-01', '2012-08-31'],
    // A month alone opening a clause is that month; inside a phrase it names the noun.
    ['8月,全国平均气温为21.1℃', '21.1℃', '2015-09-02', '2015-08-01', '2015-08-31'],
    ['8 月就業人數 1,145 萬 9 千人', '1,145 萬 9 千人', '2018-09-25', '2018-08-01', '2018-08-31'],
    ['2023年,全市跻身11月热门目的地,发放消费券1200万元', '1200万元', '2024-01-20', '2023-01-01', '2023-12-31'],
    // A date in numerals (十月三日); a multiple of the year before (是去年同期的5.38倍) is of the period that governs.
    ['十月三日,全省A级景区接待游客243.57万人次', '243.57万人次', '2023-10-06', '2023-10-03', '2023-10-03'],
    ['2023年国庆假期,全区接待游客1453万人次,是去年同期的5.38倍', '5.38倍', '2023-10-08', '2023-09-29', '2023-10-06'],
    // A span of years written with 年 on both ends, and a span restated right after its range (4年间).
    ['2018年至2022年,全市新增学位4万个', '4万个', '2023-08-30', '2018-01-01', '2022-12-31'],
    ['2018到2022年4年间,全市建设幼儿园项目100个', '100个', '2023-08-30', '2018-01-01', '2022-12-31'],
    // Days of one month after a year (2015年4月4-6日, in numerals too), and the first N months with 首.
    ['2019年4月5-7日,访港旅客共41.8万人次', '41.8万人次', '2019-04-20', '2019-04-05', '2019-04-07'],
    ['二○一九年四月五日至七日,访港旅客共41.8万人次', '41.8万人次', '2019-04-20', '2019-04-05', '2019-04-07'],
    ['2019年首四个月入境旅客总数为947万人次', '947万人次', '2019-05-20', '2019-01-01', '2019-04-30'],
    // Months ended with a month (截至5月底止两个月, 至8月为止的十二个月); a figure of 去年同期 under a heading is of the heading's period a year before.
    ['本财政年度截至今年5月底止两个月,录得赤字57亿元', '57亿元', '2008-06-30', '2008-04-01', '2008-05-31'],
    ['至今年8月为止的十二个月,综合消费物价平均指数较前一期上升5.21%', '5.21%', '2015-09-22', '2014-09-01', '2015-08-31'],
    // Week N of a year is ISO week N, Monday to Sunday; holidays of 2010–2015 as the State Council fixed them.
    ['2022年第21周,全市仔猪零售均价27.92元/公斤', '27.92元/公斤', '2022-06-01', '2022-05-23', '2022-05-29'],
    ['春节黄金周期间,民航共运送旅客825万人次', '825万人次', '2015-02-25', '2015-02-18', '2015-02-24'],
    ['2012年中秋国庆假期,全市接待游客98万人次', '98万人次', '2012-10-09', '2012-09-30', '2012-10-07'],
    // 中期 of company results is the first half of the year.
    ['二零二三年中期业绩显示,集团营业额为14.5亿港元', '14.5亿港元', '2023-08-30', '2023-01-01', '2023-06-30'],
    // Days counted from the article's date.
    ['昨日签约项目12个,总投资86亿元', '12个', '2022-09-26', '2022-09-25', '2022-09-25'],
    // Parts of a holiday, the holiday said again (假期, 这个假期), and 双节 for 中秋 and 国庆.
    ['中秋国庆假期前五天,全省接待游客1197万人次', '1197万人次', '2023-10-06', '2023-09-29', '2023-10-03'],
    ['国庆假期全国出游5.15亿人次。假期首日,全市15家景区接待游客7万人次', '7万人次', '2021-10-08', '2021-10-01', '2021-10-01'],
    ['国庆假期全国出游5.15亿人次。这个假期,全市接待游客98万人次', '98万人次', '2021-10-08', '2021-10-01', '2021-10-07'],
    ['双节假期前三天,全市接待游客36万人次', '36万人次', '2023-10-06', '2023-09-29', '2023-10-01'],
    // Checks and cases (检查, 查处) under 截至 are summed from the start of the year.
    ['截至目前,全市检查经营户9134个,查处案件66件', '66件', '2020-02-14', '2020-01-01', '2020-02-14'],
    // A base value a space away from its base (較上年 3,265 公頃) is of the base period.
    ['2014年收穫面積 3,290 公頃,較上年 3,265 公頃增加 1%', '3,265 公頃', '2014-12-20', '2013-01-01', '2013-12-31'],
    // A base value with a longer noun between it and its base (相较于2020年全市…收入9756元).
    ['2021年农民收入首次超过万元，相较于2020年全市农村居民人均可支配收入9756元', '9756元', '2022-03-08', '2020-01-01', '2020-12-31'],
    ['2021年全县与2020年相比农村居民人均可支配收入达到1.2万元', '1.2万元', '2022-03-08', '2021-01-01', '2021-12-31'],
    // A month span joined by an en dash, a figure dash or a minus sign is a span, as with a hyphen.
    ['1\u20136月份，全县接待过夜游客86万人次', '86万人次', '2021-07-15', '2021-01-01', '2021-06-30'],
    ['1\u22129月，全市完成工业投资42亿元', '42亿元', '2023-10-20', '2023-01-01', '2023-09-30'],
    ['2021年1\u20125月，全区新增市场主体3100户', '3100户', '2021-06-10', '2021-01-01', '2021-05-31'],
    // At a year's end, the share of the year's plan done is of the whole year.
    ['截至2022年12月末，全县城镇新增就业3200人，完成年计划的106.3%', '106.3%', '2023-01-20', '2022-01-01', '2022-12-31'],
    ['截至年底，全市新增造林4.1万亩，完成全年目标任务的102%', '102%', '2021-12-30', '2021-01-01', '2021-12-31'],
    // 上旬, 中旬, 下旬 are the ten-day parts of a month; 本旬 after them is the same part.
    ['2022年7月中旬，全省重点钢铁企业日产粗钢215万吨', '215万吨', '2022-08-01', '2022-07-11', '2022-07-20'],
    ['8月下旬，全县平均降水量62毫米', '62毫米', '2023-09-05', '2023-08-21', '2023-08-31'],
    ['2023年3月上旬以来，全县累计降雨量12毫米', '12毫米', '2023-04-10', '2023-03-01', '2023-04-10'],
    ['2021年4月下旬，重点企业共生产钢材2100万吨。本旬平均日产钢材210万吨', '210万吨', '2021-05-10', '2021-04-21', '2021-04-30'],
    // 接近去年 compares, as 超过去年 does; the whole year of a base (去年全年) is the base's year; a forecast's
    // 全年 (预计全年) governs the forecast, and the sentences after it go back to the months reported.
    ['1-8月，全市接待游客已接近去年水平，旅游收入增长15%', '15%', '2023-09-10', '2023-01-01', '2023-08-31'],
    ['前三季度全区出口额已超过去年全年的42.5亿元', '42.5亿元', '2023-10-25', '2022-01-01', '2022-12-31'],
    ['今年前9月全县工业产值已接近去年全年水平，预计全年可突破80亿元。全县规上企业实现利润6.2亿元', '80亿元', '2023-10-25', '2023-01-01', '2023-12-31'],
    ['今年前9月全县工业产值已接近去年全年水平，预计全年可突破80亿元。全县规上企业实现利润6.2亿元', '6.2亿元', '2023-10-25', '2023-01-01', '2023-09-30'],
    // 连续N个月 runs back from the last month of the governing period.
    ['11月，全市出口增长6.2%，连续5个月保持增长', '5个月', '2023-12-10', '2023-07-01', '2023-11-30'],
    ['上半年，全县居民消费价格连续四个月下降', '四个月', '2023-07-20', '2023-03-01', '2023-06-30'],
    ['2024年2月，全省用电量增长9%，连续14个月正增长', '14个月', '2024-03-15', '2023-01-01', '2024-02-29'],
    // A review's 过去五年 (这五年, 的五年。) on a page of January–September is of whole years: the year under way
    // is not one of them.
    ['过去五年，全县累计新建农村公路1200公里', '1200公里', '2021-07-30', '2016-01-01', '2020-12-31'],
    ['这是城乡面貌深刻变化的五年。全县新建农村公路1200公里', '1200公里', '2021-07-30', '2016-01-01', '2020-12-31'],
    // Quarters listed before a 分别 list pair with its figures by position, as months do.
    ['今年第一、二季度，全省出口增速分别为5.2%、6.8%', '5.2%', '2023-08-01', '2023-01-01', '2023-03-31'],
    ['今年第一、二季度，全省出口同比增速分别为5.2%、6.8%，环比增速-1.5%、2.3%', '-1.5%', '2023-08-01', '2023-01-01', '2023-03-31'],
    ['2022年一、二、三季度，全市地区生产总值分别增长3.1%、4.2%、5.0%', '4.2%', '2023-01-01', '2022-04-01', '2022-06-30'],
    // A paragraph that opens by adding to the one before (此外，同时，) goes on under the time topic that opened it.
    ['2023年，全省新建高速公路258公里，2024年将新开工5个项目。\n此外，全年完成水运投资12亿元', '12亿元', '2024-01-17', '2023-01-01', '2023-12-31'],
    ['2022年，全市接待游客1.2亿人次。\n同时，乡村旅游收入86亿元', '86亿元', '2023-05-10', '2022-01-01', '2022-12-31'],
    // A paragraph that opens with only the base of a comparison is of the period the paragraph before reports on.
    ['2024年5月全省工业生产指数118.4，较上月上升2.1%。\n与上年同月相比，工业生产增长4.6%，其中制造业增长5.2%', '5.2%', '2024-06-20', '2024-05-01', '2024-05-31'],
    ['第一季度全市港口吞吐量1.2亿吨，较上季增长3.0%。\n与上年同季比较，吞吐量增长6.4%', '6.4%', '2024-04-25', '2024-01-01', '2024-03-31'],
    // A gap to the same period a year before (高于去年同期0.6个百分点) is of the period that governs.
    ['上半年，全市地区生产总值同比增长5.1%，高于去年同期0.6个百分点', '0.6个百分点', '2024-07-20', '2024-01-01', '2024-06-30'],
    ['前三季度，全县城镇新增就业1.2万人，多于去年同期1500人', '1500人', '2024-10-20', '2024-01-01', '2024-09-30'],
    // A year's target (年初确定的…目标, 年度…目标任务) is of the whole year, whatever part of it has passed.
    ['1—9月，全市城镇登记失业率为3.6%，低于年初确定的4.5%的目标', '4.5%', '2024-10-20', '2024-01-01', '2024-12-31'],
    ['截至9月底，全省累计完成交通投资520亿元，提前完成年度600亿元投资目标任务', '600亿元', '2024-10-20', '2024-01-01', '2024-12-31'],
    // People employed again (再就业) are a flow, summed up to the month's end that names them.
    ['2023年12月末，全省下岗失业人员再就业12.5万人', '12.5万人', '2024-01-20', '2023-01-01', '2023-12-31'],
  ] as const)('%s', (text, span, publishedAt, start, end) => {
    const result = extract(text, publishedAt);
    const claim = result.claims.find((c) => c.text === span)!;
    expect(claim.time).toMatchObject({ start, end });
    expect(result.article!.text.slice(claim.time!.textStart!, claim.time!.textEnd!)).toBe(claim.time!.text);
  });

  it.each([
    // A section heading governs the paragraphs under it, until the next heading of its level.
    ['全市各项工作稳步推进。\n一、2023年工作完成情况\n全市新增就业1.2万人。\n二、2024年工作安排\n全市计划新增就业1.3万人。', '1.2万人', '2023-01-01', '2023-12-31', 'heading'],
    ['全市各项工作稳步推进。\n一、2023年工作完成情况\n全市新增就业1.2万人。\n二、2024年工作安排\n全市计划新增就业1.3万人。', '1.3万人', '2024-01-01', '2024-12-31', 'heading'],
    ['全市各项工作稳步推进。\n2016年工作回顾\n（一）社会救助\n全市发放救助金300万元。', '300万元', '2016-01-01', '2016-12-31', 'heading'],
    // A year written without 年 in a heading of its own (数读2023, 展望2024) names that year.
    ['全市旅游业持续回暖。\n数读2023\n全市接待游客1.2亿人次。\n展望2024\n全市计划新建营地54个。', '1.2亿人次', '2023-01-01', '2023-12-31', 'heading'],
    ['全市旅游业持续回暖。\n数读2023\n全市接待游客1.2亿人次。\n展望2024\n全市计划新建营地54个。', '54个', '2024-01-01', '2024-12-31', 'heading'],
    // A line that is only a date is no heading; a bulletin's 全年 is the year of its title.
    ['全市各项工作稳步推进。\n(2021年2月)\n全年实现地区生产总值1001.02亿元。', '1001.02亿元', '2020-01-01', '2020-12-31', 'sentence'],
  ] as const)('%s → %s', (text, span, start, end, source) => {
    const result = extractFromText(text, { title: '2020年国民经济和社会发展统计公报' });
    const claim = result.claims.find((c) => c.text === span)!;
    expect(claim.time).toMatchObject({ start, end, source });
  });

  it.each([
    // A short line of its own that opens with a period and a comma (过去五年，…) heads the review under it.
    ['政府工作报告摘编\n过去五年，本县发展迈上新台阶\n坚持发展为要，综合实力显著增强\n地区生产总值达到320亿元，年均增长6.5%。', '320亿元', '2017-01-01', '2021-12-31', 'heading'],
    ['政府工作报告摘编\n过去五年，本县发展迈上新台阶\n坚持发展为要，综合实力显著增强\n地区生产总值达到320亿元，年均增长6.5%。', '6.5%', '2017-01-01', '2021-12-31', 'heading'],
    ['工作总结\n2021年，全县各项工作稳步推进\n全县新建学校12所。', '12所', '2021-01-01', '2021-12-31', 'heading'],
  ] as const)('%s → %s (a time topic heading)', (text, span, start, end, source) => {
    const result = extractFromText(text, { title: '某县政府工作报告', publishedAt: '2022-02-10' });
    const claim = result.claims.find((c) => c.text === span)!;
    expect(claim.time).toMatchObject({ start, end, source });
  });

  // A text with no date of its own is dated by the day its URL names, so that 1-5月 has a year.
  it.each([
    ['http://czj.example.gov.cn/ysjs/202006/t20200619_7592507.html', '2020-06-19'],
    ['https://www.example.gov.cn/art/2024/12/13/art_1229_4320286.html', '2024-12-13'],
    ['http://paper.example.cn/rb/20210805/html/content_20210805004001.htm', '2021-08-05'],
  ] as const)('a text at %s is of %s', (url, day) => {
    const result = extractFromText('财政收支情况\n1-5月全区税收收入完成12.3亿元,下降5.2%。', { url });
    expect(result.article.publishedAt).toBe(day);
    expect(result.claims.find((c) => c.text === '12.3亿元')!.time).toMatchObject({ start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-05-31` });
  });

  // Periods of figures in a sentence of their own, each row with the options its page gives.
  it.each([
    // What a clause sums up (累计) under one month runs from January; the month's own figure keeps the month.
    ['2022年8月份,全县一般公共预算收入当月完成1.2亿元,下降3.1%;累计完成9.8亿元,增长5.6%。', '9.8亿元', '2022-01-01', '2022-08-31', { publishedAt: '2022-09-15' }],
    ['2022年8月份,全县一般公共预算收入当月完成1.2亿元,下降3.1%;累计完成9.8亿元,增长5.6%。', '5.6%', '2022-01-01', '2022-08-31', { publishedAt: '2022-09-15' }],
    ['2022年8月份,全县一般公共预算收入当月完成1.2亿元,下降3.1%;累计完成9.8亿元,增长5.6%。', '1.2亿元', '2022-08-01', '2022-08-31', { publishedAt: '2022-09-15' }],
    ['据2021年12月份统计,全县生猪存栏12.4万头;生猪累计出栏20.5万头。', '20.5万头', '2021-01-01', '2021-12-31', { publishedAt: '2022-09-15' }],
    // A time inside a clause that qualifies the figure right after it (…的 + figure) dates that figure only, not the sentences after it.
    ['挹注青創基金2億元,加上110年未執行的3億元,總計5億元。另在觀光行銷經費增加1.5億元。', '3億元', '2021-01-01', '2021-12-31', { title: '示例市111年度總預算案', publishedAt: '2021-09-22' }],
    ['挹注青創基金2億元,加上110年未執行的3億元,總計5億元。另在觀光行銷經費增加1.5億元。', '1.5億元', '2022-01-01', '2022-12-31', { title: '示例市111年度總預算案', publishedAt: '2021-09-22' }],
    ['挹注青創基金2億元,加上110年未執行的3億元,總計5億元。另在觀光行銷經費增加1.5億元。', '5億元', '2022-01-01', '2022-12-31', { title: '示例市111年度總預算案', publishedAt: '2021-09-22' }],
    // Under 截至 a month's end, what was done (累计完成) and its change on the same period a year before run from January, past the share of
    // the year's budget between them, which is a level at the point (not the whole year of the budget).
    ['截至2021年9月底,累计完成一般公共预算收入5.6亿元,为年初预算72.5%,比上年同期增加3100万元,增长5.9%。', '5.6亿元', '2021-01-01', '2021-09-30', { publishedAt: '2021-10-15' }],
    ['截至2021年9月底,累计完成一般公共预算收入5.6亿元,为年初预算72.5%,比上年同期增加3100万元,增长5.9%。', '72.5%', '2021-09-01', '2021-09-30', { publishedAt: '2021-10-15' }],
    ['截至2021年9月底,累计完成一般公共预算收入5.6亿元,为年初预算72.5%,比上年同期增加3100万元,增长5.9%。', '3100万元', '2021-01-01', '2021-09-30', { publishedAt: '2021-10-15' }],
    ['截至2021年9月底,累计完成一般公共预算收入5.6亿元,为年初预算72.5%,比上年同期增加3100万元,增长5.9%。', '5.9%', '2021-01-01', '2021-09-30', { publishedAt: '2021-10-15' }],
  ] as const)('%s → %s is %s..%s', (text, span, start, end, options) => {
    const claim = extractFromText(text, options).claims.find((c) => c.text === span)!;
    expect(claim.time).toMatchObject({ start, end });
  });

  // An undated page whose URL names only the month it was posted in reads its year-less months in that month's year,
  // over a year the text names as part of a document's name.
  it('a text at …/202507/… with no date reads 1—6月 in 2025', () => {
    const text = '上半年预算执行情况\n落实关于2024年预算执行情况的决议。1—6月,全区地方财政收入累计完成23.9亿元,同比增长5.9%。';
    const claim = extractFromText(text, { url: 'http://www.example.gov.cn/czj/202507/a5d12c035a17.shtml' }).claims.find((c) => c.text === '23.9亿元')!;
    expect(claim.time).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
  });

  it('an article number in a URL (/14780224.…) dates nothing', () => {
    const result = extractFromText('1-5月全区税收收入完成12.3亿元。', { url: 'http://www.example-news.com/news/14780224.Tax_receipts_fall/' });
    expect(result.article.publishedAt).toBeNull();
  });

  it('a short line that opens with a period but holds a figure is a sentence, not a heading', () => {
    const { claims } = extractFromText('工作总结\n2021年，全县新增就业1.2万人\n全县新建学校12所。', { title: '某县工作总结', publishedAt: '2022-06-10' });
    expect(claims.find((c) => c.text === '1.2万人')!.time).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
    expect(claims.find((c) => c.text === '12所')!.time).toBeNull();
  });

  it('a rate under a title that names December (2014年12月…预测) keeps the month: the title names a month, not a year end', () => {
    const { claims } = extractFromText('桶柑产量比上年增长45%。', { title: '2014年12月柑橘产量预测' });
    expect(claims[0]!.time).toMatchObject({ start: '2014-12-01', end: '2014-12-31', source: 'title' });
  });

  it('a figure of 去年同期 under a heading that names the period is of that period a year before', () => {
    const { claims } = extractFromText('公司经营情况良好。\n一、2024年第二季度业绩\n总收入为人民币310亿元，较去年同期的人民币277亿元增长11.6%。', { publishedAt: '2024-08-20' });
    expect(claims.find((c) => c.text === '310亿元')!.time).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
    expect(claims.find((c) => c.text === '277亿元')!.time).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
  });

  it('a climate normal (常年同期) is of no period, though a month governs the sentence', () => {
    const { claims } = extractFromText('8月，全省平均降水量180.4毫米，较常年同期(132.6毫米)偏多36.0%。', { publishedAt: '2021-09-02' });
    expect(claims.find((c) => c.text === '180.4毫米')!.time).toMatchObject({ start: '2021-08-01', end: '2021-08-31' });
    expect(claims.find((c) => c.text === '132.6毫米')!.time).toBeNull();
  });

  it('on a page with no date, 本年 is the year its title names', () => {
    const { claims } = extractFromText('至 93 年新竹縣已成為主要產區。\n本年桶柑收穫面積 3,290 公頃,較上年 3,265 公頃增加 1%。', { title: '103年12月柑橘產量預測' });
    expect(claims.find((c) => c.text === '3,290 公頃')!.time).toMatchObject({ start: '2014-01-01', end: '2014-12-31' });
    expect(claims.find((c) => c.text === '3,265 公頃')!.time).toMatchObject({ start: '2013-01-01', end: '2013-12-31' });
  });

  it.each([
    // On a page with no date, 过去一年 and 一年来 under a heading that names the year reviewed are that
    // year (a work report titled 2020年 reviews 2019), and so is the 全年 after them.
    ['某县情况。\n2019年工作回顾\n过去一年，全县新建学校12所。初步统计，全县全年完成地区生产总值310亿元', '12所', '2019-01-01', '2019-12-31'],
    ['某县情况。\n2019年工作回顾\n过去一年，全县新建学校12所。初步统计，全县全年完成地区生产总值310亿元', '310亿元', '2019-01-01', '2019-12-31'],
    ['某县情况。\n2019年工作回顾\n一年来，全县累计发放助学金860万元', '860万元', '2019-01-01', '2019-12-31'],
  ] as const)('on an undated page, %s → %s', (text, span, start, end) => {
    const { claims } = extractFromText(text, { title: '2020年某县人民政府工作报告' });
    expect(claims.find((c) => c.text === span)!.time).toMatchObject({ start, end });
  });

  it.each([
    // A page with no date and no year in its title: 今年 is of the year its text names first.
    ['今年4月，全市入境旅客120万人次。\n2013年4月，内地旅客占总数的六成。', '120万人次', '2013-04-01', '2013-04-30'],
    ['今年全港旅客预计达6500万人次。\n2018年6月，内地旅客占七成。', '6500万人次', '2018-01-01', '2018-12-31'],
  ] as const)('on a page with no date, %s → %s', (text, span, start, end) => {
    const { claims } = extractFromText(text, { title: '入境旅客统计' });
    expect(claims.find((c) => c.text === span)!.time).toMatchObject({ start, end });
  });

  it('the title names the period of figures that nothing nearer dates, and says so', () => {
    const { claims } = extractFromText('全区共有养老机构42家。', { title: '某区民政局2018年工作总结', publishedAt: '2019-01-15' });
    expect(claims[0]!.time).toMatchObject({ start: '2018-01-01', end: '2018-12-31', source: 'title', textStart: null });
  });

  it.each([
    // 仅去年一年: the year's length written after it restates the year, which governs what follows.
    ['仅去年一年，全县良种推广面积达到18万亩。', '18万亩', '2018-01-25', '2017-01-01', '2017-12-31'],
    // 今后五年 in a report: the five years from the report's own year, for a heading's figures too.
    ['现在报告工作。\n今后五年的主要目标\n全县地区生产总值突破500亿元。', '500亿元', '2017-03-20', '2017-01-01', '2021-12-31'],
    ['今后三年，全县计划新建学校12所。', '12所', '2022-05-06', '2022-01-01', '2024-12-31'],
    // A review's heading …的五年 names the five years before a report of July.
    ['现在报告工作。\n奋力赶超的五年\n全县城镇化率达到55.2%。', '55.2%', '2021-07-20', '2016-01-01', '2020-12-31'],
  ])('%s → %s is of its period (%s)', (text, span, publishedAt, start, end) => {
    const { claims } = extractFromText(text, { title: '某县政府工作报告', publishedAt });
    expect(claims.find((claim) => claim.text === span)!.time).toMatchObject({ start, end });
  });

  it('things counted by the state they are in under 截至目前 (已投入使用的25个) are a stock at that point, not a flow since January', () => {
    const { claims } = extractFromText('截至目前，全市共排查在建项目60个，已投入使用的25个、正在建设的12个。', { publishedAt: '2021-05-10' });
    for (const span of ['25个', '12个']) expect(claims.find((claim) => claim.text === span)!.time).toMatchObject({ start: '2021-05-10', end: '2021-05-10' });
  });

  it('未来产业, the industries of the future, names no time: the title still dates the figure', () => {
    const { claims } = extractFromText('一季度，全县经济平稳。\n未来产业加快布局，吸引超300家企业入驻园区。', { title: '某县一季度经济运行情况', publishedAt: '2024-04-20' });
    expect(claims.find((claim) => claim.text === '300家')!.time).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it.each([
    // A title's year with a part of it a few words later (我县, 全省) names that part, of that year, even on a
    // page dated the year after.
    ['2021年我县前三季度经济运行情况', '2021-10-25', '2021-01-01', '2021-09-30'],
    ['2019年全省1-6月旅游统计', '2020-02-01', '2019-01-01', '2019-06-30'],
    // A second period that is no part of the first (a plan for the next year) leaves the title's year.
    ['2019年工作总结和2020年上半年工作计划', '2020-02-01', '2019-01-01', '2019-12-31'],
  ])('the title %s dates the figures under it', (title, publishedAt, start, end) => {
    const { claims } = extractFromText('全县地区生产总值完成86.4亿元。', { title, publishedAt });
    expect(claims[0]!.time).toMatchObject({ start, end, source: 'title' });
  });

  it.each([
    // The zero of a year written as a Latin O (二O二三年), as many county documents write it.
    ['二O二三年', '2023-01-01', '2023-12-31'],
    ['二Ｏ一九年', '2019-01-01', '2019-12-31'],
  ])('a title naming %s dates the figures under it', (year, start, end) => {
    const { claims } = extractFromText('全县一般公共预算收入完成11.5亿元。', { title: `某县${year}国民经济和社会发展统计公报`, publishedAt: '2024-04-20' });
    expect(claims[0]!.time).toMatchObject({ start, end, source: 'title' });
  });

  it.each([
    // A title announcing a bulletin of a year's figures dates them; a plan's name in 《》 names no period.
    ['示例市水务局:《2022年示例市水资源公报》发布', '2022-01-01', '2022-12-31'],
    ['《示例县2023年国民经济和社会发展统计公报》', '2023-01-01', '2023-12-31'],
    ['《示例市建设规划(2019-2021年)》印发', null, null],
  ])('a title %s dates the figures under it (or not)', (title, start, end) => {
    const { claims } = extractFromText('全市人均综合用水量403.2m3。', { title, publishedAt: '2024-04-20' });
    if (start === null) expect(claims[0]!.time).toBeNull();
    else expect(claims[0]!.time).toMatchObject({ start, end, source: 'title' });
  });

  it('a number with no governing time expression has none', () => {
    expect(only('全市共有养老床位63198张', '63198张').time).toBeNull();
  });

  it('a time said inside an earlier point of an enumeration does not govern the next point', () => {
    const claims = extract('一是培育龙头企业116家;二是优化人才环境,3年来累计引进顶尖人才28人;三是推动成果转化,共建研发中心1503家', '2024-05-10').claims;
    expect(claims.find((c) => c.text === '28人')!.time).toMatchObject({ start: '2022-01-01', end: '2024-12-31' });
    expect(claims.find((c) => c.text === '1503家')!.time).toBeNull();
  });
});

describe('table cells take the unit of their column', () => {
  const table = (header: string, row: string) => `全市经济运行总体平稳。\n表1 主要指标\n${header}\n${row}\n以上数据为初步统计。\n`;
  it.each([
    // A header row that opens and closes with a bar of its own, with spaces before the brackets.
    [table('| 绝 对 数 (亿元) | 比上年增长 (%) |', '地区生产总值 | 617.50 | 5.2 |'), '5.2', 5.2, '%'],
    [table('| 绝 对 数 (亿元) | 比上年增长 (%) |', '地区生产总值 | 617.50 | 5.2 |'), '617.50', 61750000000, 'CNY'],
    [table('指标 | 产量（万吨） | 同比增长(%)', '粮食 | 12.6 | 3.1'), '12.6', 126000, 't'],
  ] as const)('%s: %s', (text, span, value, unit) => {
    const claim = extractFromText(text, { publishedAt: '2020-03-01' }).claims.find((c) => c.text === span);
    expect(claim?.value).toBeCloseTo(value, 6);
    expect(claim?.unit).toBe(unit);
  });

  it.each([
    // A row named by a period, or by nothing, is about what its column's header names; a row named by a thing is about that thing.
    [table('内地访客 | 其他访客 | 访客总数 | |\n---|---|---|---|', '2023年4月5-7日 | 35.9% | 10.8% | 46.8% |'), '10.8%', '其他访客'],
    [table('内地访客 | 其他访客 | 访客总数 | |\n---|---|---|---|', '-14% | -6.6% | -12.4% |'), '-12.4%', '访客总数'],
    [table('指标 | 产量（万吨） | 同比增长(%)', '粮食 | 12.6 | 3.1'), '3.1', '粮食'],
  ] as const)('%s: %s is about %s', (text, span, subject) => {
    const claim = extractFromText(text, { publishedAt: '2023-04-10' }).claims.find((c) => c.text === span);
    expect(claim?.subject).toBe(subject);
  });
});

describe('traditional characters', () => {
  const simplified = '五年来,共发放临时救助金13830.6万元,救助贫困群众5.27万人次。全市共有养老床位63198张,每千名老年人拥有床位46.63张。';
  const traditional = '五年來,共發放臨時救助金13830.6萬元,救助貧困群眾5.27萬人次。全市共有養老床位63198張,每千名老年人擁有床位46.63張。';

  it('a 繁體 text gives the claims of its simplified twin, at the same offsets, written as in its own text', () => {
    const a = extractFromText(simplified, { publishedAt: '2020-12-28' });
    const b = extractFromText(traditional, { publishedAt: '2020-12-28' });
    expect(traditional.length).toBe(simplified.length);
    const facts = (claims: Claim[]) => claims.map((c) => [c.start, c.end, c.value, c.kind, c.kind === 'count' ? null : c.unit, c.time?.start, c.time?.end, c.per?.value]);
    expect(facts(b.claims)).toEqual(facts(a.claims));
    for (const claim of b.claims) expect(b.article.text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(b.claims.find((c) => c.text === '13830.6萬元')).toMatchObject({ unitText: '萬元', unit: 'CNY', subject: '臨時救助金' });
    // A count's unit is its measure word as each page writes it.
    expect(b.claims.find((c) => c.text === '63198張')?.unit).toBe('張');
    expect(a.claims.find((c) => c.text === '63198张')?.unit).toBe('张');
    expect(b.claims.find((c) => c.text === '5.27萬人次')?.unit).toBe('人次');
  });

  it.each([
    // A multiplier with no unit is written as the page writes it too.
    ['全縣常住人口達12萬,較上年增加0.3萬', '12萬', '萬'],
    ['期內營業收入50.43億,按年增長8%', '50.43億', '億'],
  ] as const)('%s: %s has the unit text %s', (sentence, span, unitText) => {
    const claim = extractFromText(sentence, { publishedAt: '2024-03-01' }).claims.find((c) => c.text === span);
    expect(claim?.unitText).toBe(unitText);
  });
});

describe('the currency of a bare 元', () => {
  it.each([
    // (人民幣，下同) declares the currency of the amount before it and of every later bare 元.
    ['香港上市公司歸屬股東淨利潤12.21億元(人民幣,下同),按年下滑9.6%,營業總收入19.90億元', '12.21億元', 'CNY'],
    ['香港上市公司歸屬股東淨利潤12.21億元(人民幣,下同),按年下滑9.6%,營業總收入19.90億元', '19.90億元', 'CNY'],
    ['该公司营业收入50亿元(港元,下同),利润3亿元', '3亿元', 'HKD'],
    // Hong Kong's own institutions name the city without its name.
    ['政府統計處今日公布,1月零售業總銷貨價值的臨時估計為466億元', '466億元', 'HKD'],
    ['財經事務及庫務局公布,本財政年度首兩個月錄得57億元赤字', '57億元', 'HKD'],
    // A page of Hong Kong's legislature in simplified characters; a mainland page about Hong Kong stays CNY.
    ['立法会财务委员会今日批准拨款建议,本港承担额约204亿元', '204亿元', 'HKD'],
    ['香港居民来内地消费增长,全年消费额约204亿元', '204亿元', 'CNY'],
  ] as const)('%s → %s %s', (sentence, span, unit) => {
    expect(only(sentence, span).unit).toBe(unit);
  });
});
