// Numbers that are not claims: dates, clock times, ordinals, codes, names and fixed
// expressions that happen to contain numerals. Each rule looks at the text just before the
// number (`before`), just after the whole candidate (`after`) or at the candidate itself.
import type { Rule } from '../rule.js';

export interface NonClaimRule extends Rule {
  reason: string;
  /** Tested against the text ending where the number starts (up to 12 characters). */
  before?: RegExp;
  /** Tested against the text starting where the candidate ends (up to 12 characters). */
  after?: RegExp;
  /** Tested against the text starting where the number starts (up to 12 characters). */
  at?: RegExp;
  /** The rule does not apply when the text before the number matches this. */
  unless?: RegExp;
  /** The rule applies only on pages written in traditional characters (Taiwan, Hong Kong, Macau). */
  traditionalOnly?: boolean;
}

const no = (text: string) => ({ text, claim: null });

export const NON_CLAIM_RULES: readonly NonClaimRule[] = [
  { id: 'roc-year-minguo', reason: 'a year of the ROC calendar (民國99年)', before: /民[国國]$/u, examples: [{ text: '民國50年時全市人口僅有30萬人', claim: null, absent: '50年' }] },
  { id: 'fiscal-year-split', reason: 'a fiscal year named by its two calendar years (2019/20年度, 2024-25财年)', at: /^(?:19|20)\d{2} ?[/／-] ?(?:\d{2}|(?:19|20)\d{2}) ?(?:年度|财年|財年|财政年度|財政年度)/u, examples: [no('政府由2019/20年度起推行新措施'), no('香港2024-25財政年度預算案')] },
  { id: 'roc-year-part', reason: 'a year of the ROC calendar with a part of it (106年底, 115年度, 112年3月)', at: /^(?:[3-9]\d|1[0-4]\d) ?年(?:度|底|末|[上下]半年|第?[一二三四]季|\d{1,2}月)/u, examples: [{ text: '至106年底人口已達278萬', claim: null, absent: '106年' }, { text: '115年度總預算案歲入2098億元', claim: null, absent: '115年' }] },
  { id: 'roc-year-bare', reason: 'a year of the ROC calendar on a traditional-script page (106年自然增加人數)', at: /^(?:[89]\d|1[0-4]\d) ?年(?![来以內内间間多余餘])/u, traditionalOnly: true, examples: [{ text: '106年自然增加人數7,434人', claim: null, absent: '106年' }, { text: '至 93 年新竹縣已成為最大產區,種植 1,200 公頃', claim: '1,200 公頃', absent: '93 年' }] },
  { id: 'ordinal-di', reason: 'ordinal (第…)', before: /第$/u, examples: [no('全国第二批居家和社区养老服务改革试点'), no('依据本办法第三条规定')] },
  { id: 'ordinal-shou-ci', reason: 'ordinal in a name (首届, 初一)', before: /[初]$/u, examples: [no('正月初八开展慰问')] },
  { id: 'document-number', reason: 'document number (〔2020〕12号)', before: /[〔［\[【(（]\d{4}[〕］\]】)）]$/u, examples: [no('印发《实施方案》(合政〔2020〕12号)')] },
  { id: 'document-year-bracket', reason: 'year inside a document-number bracket', after: /^[〕］\]】]/u, examples: [no('皖民发〔2021〕5号文件')] },
  { id: 'number-hao', reason: 'a numbered thing (12号, 3号线), not a quantity', after: /^号/u, examples: [no('地铁3号线正式开通')] },
  { id: 'talent-programme', reason: 'a talent programme named by its numbers (151人才工程, 新世纪555人才): 人 is part of 人才, no measure word', at: /^\d{2,4}人才(?:工程|计划|計劃|培养|培養|项目|項目|\d)/u, examples: [no('入选省151人才工程第一层次'), no('实施555人才计划'), { text: '选拔151人才120名', claim: '120名', absent: '151人' }] },
  { id: 'clock-time', reason: 'clock time', after: /^(?:[:：]\d{2}|[时点](?!间)\d{0,2}分?)/u, examples: [no('会议于16:01开始'), no('上午9时30分开幕')] },
  { id: 'score-or-time', reason: 'a score or time of two whole numbers (3:2), not a ratio of shares', after: /^\s?[:]\s?\d/u, examples: [no('比赛以3:2结束')] },
  // Full-width colons are half-width by the time rules see them, so this covers clock minutes (10：30) too.
  { id: 'score-or-time-later', reason: 'the second term of a score or time (3:2, 10:30)', before: /\d\s?[:]\s?$/u, examples: [no('比赛以3:2结束'), no('发布时间为10:30')] },
  { id: 'phone-number', reason: 'phone number', at: /^(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9})(?!\d)/u, examples: [no('咨询电话0551-12345678'), no('联系手机13812345678')] },
  { id: 'code-plus-before', reason: 'code with + (1+3+X)', before: /[+＋]$/u, examples: [no('构建“1+3+X”政策体系')] },
  { id: 'code-plus-after', reason: 'code with + (1+8)', after: /^[+＋]/u, examples: [no('以“1+8”系列文件为引领')] },
  { id: 'code-letters-before', reason: 'code with letters (COVID-19, PM2.5)', before: /[A-Za-z][-_.]?$/u, examples: [no('PM2.5浓度持续下降')] },
  { id: 'code-letters-after', reason: 'code with letters (5G, 4A级)', after: /^[A-Za-z]/u, examples: [no('建设5G基站'), no('评定为3A级以上社会组织')] },
  { id: 'date-numeric', reason: 'numeric date (2020-12-28, 2020.12.28, 2020/12/28)', at: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u, examples: [no('该文件于2020-12-28印发')] },
  { id: 'date-month-day', reason: 'date (12月28日, 5月20日至31日)', at: /^\d{1,2}月(?:\d{1,2}[日号])?/u, examples: [no('12月28日召开新闻发布会')] },
  { id: 'date-day', reason: 'day of month (31日)', after: /^[日]/u, examples: [no('5月20日至31日封闭施工')] },
  { id: 'code-dash-digits', reason: 'code joined by dashes or dots (2024-17, 1.2.3)', before: /\d[-－.．]$/u, examples: [no('依据编号3401-2021-0056的规划')] },
  { id: 'list-marker', reason: 'list marker (一是, （一）, 1、)', at: /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+[、．.](?![零〇○一二两三四五六七八九])|\d{1,2}[、．](?!\d))/u, examples: [no('一是加强组织领导'), no('三、主要任务')] },
  { id: 'list-marker-paren', reason: 'list marker in brackets', before: /[(（]$/u, at: /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]/u, after: /^[)）]/u, examples: [no('（一）强化基本生活保障')] },
  { id: 'rank-change', reason: 'a move in a ranking (上升了5位), not a count', before: /(?:上升|下降|提升|前移|后移|前进|后退)了?$/u, at: /^\d{1,3}位/u, examples: [{ text: '全省排名较上年上升了5位', claim: null, absent: '5位' }] },
  { id: 'the-year-as-a-period', reason: 'a year as the period described (极不平凡的一年), not a duration', before: /(?:的|重要|关键|决胜|收官|开局|起步|攻坚|转折|丰收|奋进|奋斗)$/u, at: /^[一两三四五六七八九十]年(?=[。，,；;！!也是里中])/u, examples: [{ text: '2023年是极不平凡的一年，全市实现地区生产总值5000亿元', claim: null, absent: '一年' }, { text: '这是综合实力显著增强的五年。全县生产总值达到325亿元', claim: null, absent: '五年' }] },
  { id: 'generation', reason: 'generation label (90后)', at: /^\d0后/u, examples: [no('90后青年成为志愿服务主力')] },
  { id: 'anniversary', reason: 'anniversary (70周年)', at: /^(?:\d+|[一二三四五六七八九十百]+)周年/u, examples: [no('庆祝建国70周年')] },
  { id: 'per-denominator', reason: 'denominator of a rate (每千名老年人), read as per', before: /每$/u, examples: [no('每10万人口拥有执业医师')] },
  { id: 'per-denominator-one', reason: 'one unit after 每 + verb (每招用1名), the denominator of a rate', before: /每[\u4e00-\u9fff]{1,4}$/u, at: /^(?:1|一)(?![\d.十百千万亿]|,\d{3})/u, examples: [no('企业每招用1名高校毕业生的给予奖励')] },
  { id: 'category-after-count', reason: 'a category label after a count (1.8万名三类老年人), not a second count', before: /\d[万亿千]?[名人户个家位]$/u, at: /^[一二两三四五六七八九十]+[类项种]/u, examples: [{ text: '为全市1.8万名三类困难老年人提供服务', claim: null, absent: '三类' }] },
  { id: 'time-span-lai', reason: 'time expression (五年来, 近三年以来, 三年多来); 60%来自工业 is a share of a source', after: /^多?(?:来(?![自源])|以来)/u, examples: [no('五年来,共发放救助金')] },
  {
    id: 'fixed-expression',
    reason: 'fixed expression with a numeral (一次性, 一批, 一对一, 一站式)',
    at: /^(?:一次性|一体化|一系列|一站式|一把手|一条龙|一部分|一对一|一揽子|一批|一些|一起|一线|一直|一定|一样|一般|一切|一方面|一年一度|一网|一件事|一张图|一张网|一门|一窗|一码|一卡通|一道|一同|一律|一致|一带一路|一流|一轮又一轮|一(?![十百千万亿点])([\u4e00-\u9fff])一|一(?![十百千万亿点])[\u4e00-\u9fff]双|[一二两三四]部分|[一二三四五六七八九十]位一体|一成不变|[一两三四五六七八九十]位数|两面派|两面人|一点(?![零〇一二三四五六七八九])|一度|一再|一项项|一个个|一步|一手|一口气|一举|一次次|两个确保|两项补贴|两类补贴|三次产业|三个代表|一年接着一年|一年又一年|一代又一代|三农|两委|两会|两新|三公|四风|五险一金|三项(?:社会)?保险|一老一小|一小时|\d+分钟[\u4e00-\u9fff]{0,4}圈)/u,
    examples: [no('发放一次性生活补贴'), no('严格落实一案双查制度'), no('打造一站式服务平台'), no('开展一对一帮扶'), no('推出一批惠民举措'), no('建设15分钟生活圈')],
  },
  { id: 'one-inside-word', reason: '一 as part of a word (统一, 唯一, 新一轮, 之一)', before: /[统唯同单划均专归整合逐之万纯新另]$/u, at: /^一/u, examples: [no('除统一部署外'), no('加快新一轮农村电网改造')] },
  {
    id: 'session-number',
    reason: 'session number (六届十一次全会, 县六届人大二次会议)',
    before: /届(?:人大|人民代表大会|政协|委员会|人大常委会|常委会|党代会|职代会|团代会)?$/u,
    after: /^(?:次)?(?:中全会|全会|会议|全体会议)/u,
    examples: [no('省委六届十一次全会通过'), no('党的十一届三中全会以来'), no('提请县六届人大二次会议审议')],
  },
  { id: 'months-ended', reason: 'the length of a reporting period (截至6月30日止六个月, 至8月为止的十二个月), part of its date', before: /(?:[日月底末](?:止|为止)(?:的)?|(?:截至|截止)[^，,。；;]{0,8}[日月底末]的)$/u, at: /^[\d一二两三四五六七八九十]{1,2}个月/u, examples: [no('截至2018年6月30日止六个月'), no('截至今年5月底止两个月'), no('至今年8月为止的十二个月')] },
  { id: 'span-average', reason: 'the span an average growth is taken over (两年平均增长5.1%), part of the rate', at: /^[两二三四五\d]年(?:平均|年均)/u, unless: /近$/u, examples: [no('两年平均增速保持稳定')] },
  { id: 'section-number', reason: 'a section number opening a line (1.1 本公司…)', before: /(?:^|\n)$/u, at: /^\d{1,2}(?:\.\d{1,2})+ /u, examples: [no('1.1 本公司董事会保证本报告内容真实')] },
  { id: 'school-grade', reason: 'a school grade (一年级), not a span of years', at: /^[一二三四五六七八九\d]年[级級]/u, examples: [no('为小学一年级新生发放校服')] },
  { id: 'plan-name', reason: 'name of a plan or campaign (三年行动计划, 第十个五年计划, 五年发展目标)', at: /^[一二三四五六七八九十两\d]+年大?(?:计划|规划|行动|攻坚|专项|(?:发展|奋斗)?目标)/u, examples: [no('实施农村人居环境整治三年行动计划'), no('实现利润再翻番的五年发展目标')] },
  { id: 'recent-days', reason: 'the days just past as a period (，近两天重庆发生的洪涝), a time expression', before: /(?:^|[，,。；;：:\s])近$/u, at: /^(?:[两二三四五六七八九十]|\d{1,2})(?:天|日)(?![内来以])/u, examples: [no('记者获悉，近两天全市普降大雨')] },
  { id: 'not-even-one', reason: 'an idiom of "not even one" (一天也不耽误, 一个也不能少), not a count', at: /^一(?:天|日|刻|分钟|秒|个|人|户|次)也(?:不|没)/u, examples: [no('以一天也不耽误的实干作风'), no('脱贫路上一个也不能少')] },
  { id: 'span-as-time', reason: 'a span of years named as a period (今后五年, 过去的五年), a time expression', before: /(?:今后|未来|过去的?|最近|此后|这|上一?个|下一?个)$/u, at: /^[一二三四五六七八九十两\d]+年/u, examples: [no('今后五年是我省发展的关键时期'), no('与上个五年相比成效更加显著')] },
  { id: 'one-as-article', reason: '一 + measure word before a descriptive 的 (提供一个良好的环境)', at: /^一[个支种项份批][\u4e00-\u9fff]{1,6}?的/u, examples: [no('为群众提供一个良好的生活环境')] },
  {
    id: 'one-as-indefinite',
    reason: '一 + measure word as an indefinite article (一位工人说, 一个重要标志): a count only where something is built, held or listed',
    at: /^一(?:位|个|种|条|项|套|座|场|次|名|家|类|部|支|例|批|份|件|对|所|处|篇|本|张|幅|句|段|片)(?![、，,]\S{0,6}[0-9一二两三四五六七八九十]+[个位种条项套座场次名家类部支例批份件对所处])/u,
    // After 和/及/与/、 it is the last of a list of counts (建成3个中心和一个站点), unless the list
    // was of indefinites too (去了一家服务中心和一家企业).
    unless: /(?:(?:建成|建立|形成|出台|制定|组建|打造|设立|新建|新增|培育|创建|开展|举办|召开|完成|构建|有|共有|共|累计|达到|达)了?|(?:[0-9两二三四五六七八九十百千万]|[0-9]一)[个位种条项套座场次名家类部支例批份件对所处][^，,。；;]{0,20}(?:和|及|与|、))$/u,
    examples: [no('一位建筑工人近日在网上发帖'), no('这是改革升温的一个重要标志'), no('她分别去了一家街道服务中心和一家民办机构实习')],
  },
  { id: 'frequency', reason: 'a frequency (4年一轮, 5年一次, 每3年一届): how often, not how many', before: /(?:[0-9]+|[两二三四五六七八九十]+)(?:年|个月|月|天|周)$/u, at: /^一[轮次届期]/u, examples: [{ text: '经过4年一轮的培养', claim: null, absent: '一轮' }, { text: '评选工作每2年一届', claim: null, absent: '一届' }] },
  { id: 'idiom-repeat', reason: 'a repeated 一 in an idiom (一年接着一年干)', before: /(?:接着|又|复|连着)$/u, at: /^一/u, examples: [no('一年接着一年干')] },
  { id: 'reduplicated-measure', reason: 'reduplicated measure word (一座座, 一个个): many, not one; numerals written digit by digit (一八八一億) are a number', at: /^一((?![零〇○一二两三四五六七八九十百千万亿萬億])[\u4e00-\u9fff])\1/u, examples: [no('一座座现代化的城市拔地而起')] },
  { id: 'index-base', reason: 'the base of an index (上年同期=100)', before: /[=＝]\s?$/u, examples: [no('价格指数以上年同期=100计')] },
  { id: 'index-base-words', reason: 'the base of an index or ratio (以女性为100, 以2015年为100)', before: /以[^，,。；;]{1,8}为$/u, at: /^100(?![\d.])/u, examples: [no('性别比以女性为100计算')] },
  { id: 'clock-hour-range', reason: 'a span of clock hours (11日19至20时)', before: /(?:日|午|晨|晚|夜)$/u, after: /^[至到\-—~～]\d{1,2}[时点](?!间)/u, examples: [no('当日19至20时出现强降雨')] },
  { id: 'congress-number', reason: 'the number of a party congress (市五次党代会)', at: /^(?:[一二三四五六七八九十]+|\d{1,2})次(?:党代会|党代表大会)/u, examples: [no('市五次党代会以来,全市经济稳步发展')] },
  { id: 'span-total', reason: 'the span a total is summed over (三年累计减少), a period, not a duration', at: /^(?:[两二三四五六七八九十]|\d{1,2})年(?:累计|共计|合计)/u, examples: [no('全省人口三年累计减少')] },
  { id: 'zero-in-word', reason: '零 as part of a word (零件, 零售, 零星), not the number zero', at: /^零(?:件|部件|售|星|散|食|花|碎|钱|工|头)/u, examples: [no('机器设备与零件出口增加')] },
  { id: 'return-period', reason: 'how rare an event is (六十年一遇), not a span of years', at: /^(?:\d{1,4}|[一二三四五六七八九十百千]+)年一遇/u, examples: [no('面对六十年一遇旱情')] },
  { id: 'rank-last-n', reason: 'the last n of a ranking (后10位), not a count', before: /(?:后|末)$/u, at: /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)/u, examples: [no('监测结果较差的后10位县区')] },
  { id: 'vague-magnitude', reason: 'a vague amount named by its order only (上百万盏, 数百万人, 几千万元): no number', before: /(?:上|数|几|成)$/u, at: /^(?:十|百|千|万|百万|千万|亿)(?![\d零〇一二两三四五六七八九])/u, examples: [no('上百万盏灯笼流光溢彩'), no('吸引数百万人观看')] },
  { id: 'decade', reason: 'decade (90年代)', at: /^\d{2}年代/u, examples: [no('上世纪90年代中后期')] },
  { id: 'century', reason: 'century (17世纪)', after: /^世纪/u, examples: [no('可以追溯到17世纪初')] },
  { id: 'indicator-name', reason: 'part of an indicator name (臭氧日最大8小时平均浓度)', before: /最大$/u, at: /^\d+小时(?:平均|滑动)/u, examples: [no('臭氧日最大8小时平均浓度下降')] },
  { id: 'place-name', reason: 'place name with a numeral (五棵树镇, 八家子村)', at: /^[一二三四五六七八九十]+[家棵里道岔间台]+(?:子|树|户)?[村镇乡屯街路桥山河湖沟岭庄寨堡坊店]/u, examples: [no('途经五棵树镇八家子村')] },
  { id: 'rank', reason: 'a rank, not a count (排名在20—40名, 分居1至4名)', before: /(?:排名|名次|位列|排在|排第|列第|位居|分居|分列)(?:在|为|第)?$/u, examples: [no('成绩排名在20—40名的学生')] },
  { id: 'year-abbreviation', reason: 'a two-digit year (98年获奖)', at: /^[89]\d年(?!代|来|以来|间|内|中)/u, unless: /(?:近|连续|超过|长达|历时|用了|满|达|已)$/u, examples: [no('98年获国务院政府特殊津贴')] },
  { id: 'demonstrative', reason: 'anaphoric count (这两类机构, 上述5家公司)', before: /(?:这|那|此|该|上述|前述|任何|某|哪)$/u, examples: [no('这两类机构间的差别')] },
  { id: 'recent-years-average', reason: 'the span an average is taken over (近五年平均年产量): a period, not a figure', before: /近$/u, after: /^的?(?:平均|年均|均值)/u, examples: [no('与近五年平均年产量相比'), no('与近5年均值相比')] },
  { id: 'survival-rate', reason: 'part of an indicator name (五年生存率)', at: /^[一二三五十\d]{1,2}年生存率/u, examples: [no('总体癌症五年生存率明显提高')] },
  { id: 'rank-first-n', reason: 'the first n of a ranking or a period (前两项, 前三名, 前4个月, 首两个月)', before: /(?:前|首)$/u, unless: /(?:底|末|之|以|节|\d年|\d月|日)前$/u, examples: [no('在前两项上具有优势'), no('每年首两个月的销货额受农历新年影响')] },
  { id: 'education-years', reason: 'name of a schooling system (九年义务教育)', at: /^[一二三四五六七八九十]+年(?:义务|免费|一贯|制)/u, examples: [no('巩固九年义务教育成果')] },
  { id: 'digit-count', reason: 'how many digits a figure has (增速达到两位数), not a count', at: /^(?:\d|[一两二三四五六七八九])位数/u, examples: [no('工业增速达到2位数')] },
  { id: 'rank-in-list', reason: 'a rank listed after another rank (居全省第21位和43位, 占据一、二位)', before: /(?:第|居|占据|位列|分列|分居)[\d一二三四五六七八九十]+(?:位|名)?[、和及与]$/u, at: /^[\d一二三四五六七八九十]+(?:位|名)/u, examples: [no('分别居全省第21位和43位'), no('中国石化和中国石油占据一、二位')] },
  { id: 'year-before-taiwan', reason: 'a year naming an event of Taiwan (2027台湾灯会), not a count of 台', at: /^(?:19|20)\d{2}[台臺][湾灣]/u, examples: [no('编列2027台湾灯会经费')] },
  { id: 'roc-year-numerals', reason: 'a year of the ROC calendar written digit by digit in numerals (一○四年) on a traditional-script page', at: /^一[〇○零一][〇○零一二三四五六七八九]年/u, traditionalOnly: true, examples: [{ text: '景點統計數加總，一○四年是一千零八十八萬人次', claim: null, absent: '一○四年' }] },
  { id: 'demonstrative-one', reason: 'one as an article after a demonstrative or 是 (这是一届, 又一届), not a count', before: /(?:是|作为|成为|这|那|又|再|另|同|每|唯)$/u, at: /^一(?![十百千万亿])/u, examples: [no('这是一届盛会')] },
];
