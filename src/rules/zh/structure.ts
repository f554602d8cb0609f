// Words that relate claims: change verbs (with their direction, and whether a percentage
// after them is a rate of change), the bases a change is measured against, and the
// per-unit phrases that make a claim a rate (每千名老年人, 万人拥有率, 人均).
import type { Rule } from '../rule.js';

export interface ChangeVerbRule extends Rule {
  text: string;
  direction: 'up' | 'down';
  /** A percentage or multiple right after this verb is a rate of change. */
  rate: boolean;
}

const verb = (id: string, text: string, direction: 'up' | 'down', example: string, claim: string): ChangeVerbRule => ({
  id,
  text,
  direction,
  rate: true,
  examples: [{ text: example, claim }],
});

export const CHANGE_VERBS: readonly ChangeVerbRule[] = [
  verb('change-zengzhang', '增长', 'up', '地区生产总值同比增长6.1%', '6.1%'),
  verb('change-zengjia', '增加', 'up', '参保人数比上年增加3.2%', '3.2%'),
  verb('change-shangzhang', '上涨', 'up', '居民消费价格上涨0.3%', '0.3%'),
  verb('change-shangsheng', '上升', 'up', '城镇化率上升1.1个百分点', '1.1个百分点'),
  verb('change-tigao', '提高', 'up', '签约率提高5个百分点', '5个百分点'),
  verb('change-tisheng', '提升', 'up', '覆盖率提升12%', '12%'),
  verb('change-kuoda', '扩大', 'up', '规模扩大1.5倍', '1.5倍'),
  verb('change-zengsu', '增速', 'up', '年增速分别为6.1%、29.8%', '6.1%'),
  verb('change-zengfu', '增幅', 'up', '增幅为8.2%', '8.2%'),
  verb('change-zhangfu', '涨幅', 'up', '涨幅达4.5%', '4.5%'),
  verb('change-fanbei', '翻', 'up', '收入翻一番', '翻一番'),
  verb('change-xiajiang', '下降', 'down', '食品价格同比下降2.7%', '2.7%'),
  verb('change-jianshao', '减少', 'down', '贫困人口减少38%', '38%'),
  verb('change-jiangdi', '降低', 'down', '能耗降低4.1%', '4.1%'),
  verb('change-huiluo', '回落', 'down', '涨幅回落0.6个百分点', '0.6个百分点'),
  verb('change-xiadie', '下跌', 'down', '价格下跌1.8%', '1.8%'),
  verb('change-jiangfu', '降幅', 'down', '降幅为3.4%', '3.4%'),
  verb('change-suoxiao', '缩小', 'down', '城乡收入比缩小0.05个百分点', '0.05个百分点'),
  verb('change-shouzhai', '收窄', 'down', '降幅收窄1.2个百分点', '1.2个百分点'),
  // Hong Kong, Macau and Taiwan write growth as 成长 and sharp moves as 飙升; headlines write 增 and 减 alone.
  verb('change-chengzhang', '成长', 'up', '企业家数成长8.15%', '8.15%'),
  verb('change-biaosheng', '飙升', 'up', '营业额按年飙升约397.9%', '397.9%'),
  verb('change-pansheng', '攀升', 'up', '出口额攀升12%', '12%'),
  verb('change-huisheng', '回升', 'up', '制造业指数回升0.8个百分点', '0.8个百分点'),
  verb('change-xiahua', '下滑', 'down', '销量同比下滑6.5%', '6.5%'),
  verb('change-zeng', '增', 'up', '外贸规模超9万亿，增4.7%', '4.7%'),
  verb('change-jian', '减', 'down', '进口额同比减3.1%', '3.1%'),
  // Weekly price reports: 环比涨2.65%，同比跌57.33%.
  verb('change-zhang', '涨', 'up', '仔猪零售均价环比涨2.65%', '2.65%'),
  verb('change-die', '跌', 'down', '仔猪零售均价同比跌57.33%', '57.33%'),
];

/**
 * Verbs whose amount is a change by itself, with no base named: what a council or an audit cuts
 * from a budget (议会删减2亿元, 审计核减工程款3000万元) is the size of a cut.
 */
export const CUT_VERBS: readonly string[] = ['删减', '削减', '核减', '缩减', '裁减'];

/** What a change is measured against. Longest first so 比上年同期 wins over 比上年. */
export const CHANGE_BASES: readonly string[] = [
  '比上年同期', '较上年同期', '比去年同期', '较去年同期', '同比', '环比', '比上年', '较上年', '比去年', '较去年', '比上月', '较上月', '年均',
];

export interface PerRule extends Rule {
  /** Matched against the clause text before the number; groups `amount` and `unit`. */
  pattern: RegExp;
  /** A fixed per-unit for phrases that name it in one word (人均 → 人). */
  unit?: string;
}

const AMOUNT = '(?<amount>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)?';

export const PER_PREFIXES: readonly PerRule[] = [
  {
    id: 'per-mei-possess',
    pattern: new RegExp(`每${AMOUNT}(?<unit>[\\u4e00-\\u9fff]{1,8}?)(?:拥有|配备|配有|建有|平均|有)`, 'u'),
    examples: [{ text: '每千名老年人拥有床位46.63张', claim: '46.63张' }],
  },
  {
    id: 'per-mei-population',
    pattern: /每(?<amount>\d+|[十百千万]+)(?<unit>常住人口|人口|户籍人口|人|户|名[\u4e00-\u9fff]{0,4}?)(?=[\u4e00-\u9fff])/u,
    examples: [{ text: '每千人口医疗机构床位6.12张', claim: '6.12张' }],
  },
  {
    id: 'per-rate-of-possession',
    pattern: /(?<amount>[十百千万]+)(?<unit>人|户|名[\u4e00-\u9fff]{0,4}?)(?:拥有率|拥有量|均)/u,
    examples: [{ text: '全市注册登记社会组织万人拥有率达6.5个', claim: '6.5个' }],
  },
  {
    id: 'per-mei-chain',
    pattern: /(?:每(?:人|户|月|年|天|日|周|次|亩|小时|名|位|学期|学年|千瓦时|兆瓦时|度电|吨|平方米|公斤|斤)){1,3}(?<unit>)/u,
    examples: [{ text: '为困难老年人每月提供价值600元的服务', claim: '600元' }],
  },
  {
    // 每10股派发现金红利57元: a company's distribution is per a number of its shares.
    id: 'per-mei-shares',
    pattern: /每(?<amount>\d+|[一二两三四五六七八九十]+)(?<unit>股)(?=[\u4e00-\u9fff])/u,
    examples: [{ text: '拟向全体股东每10股派发现金红利5.7元', claim: '5.7元' }],
  },
  { id: 'per-huyue-renjun', pattern: /户月人均/u, unit: '人月', examples: [{ text: '提高至户月人均686元', claim: '686元' }] },
  { id: 'per-renjun', pattern: /人均/u, unit: '人', examples: [{ text: '农村居民人均可支配收入21560元', claim: '21560元' }] },
  { id: 'per-nianjun', pattern: /年均/u, unit: '年', examples: [{ text: '救助流浪乞讨人员年均达到4000人次', claim: '4000人次' }] },
  { id: 'per-yuejun', pattern: /月均/u, unit: '月', examples: [{ text: '月均发放补贴320万元', claim: '320万元' }] },
  { id: 'per-rijun', pattern: /日均/u, unit: '日', examples: [{ text: '日均客流量达到12万人次', claim: '12万人次' }] },
  { id: 'per-hujun', pattern: /户均/u, unit: '户', examples: [{ text: '户均增收3200元', claim: '3200元' }] },
  { id: 'per-shengjun', pattern: /生均/u, unit: '学生', examples: [{ text: '生均公用经费提高到800元', claim: '800元' }] },
  { id: 'per-mujun', pattern: /亩均/u, unit: '亩', examples: [{ text: '亩均产值达到1.2万元', claim: '1.2万元' }] },
];
