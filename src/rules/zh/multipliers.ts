// Multipliers written between a number and its unit (5.27万人次, 2.3亿元, 2千万). Longest first.
import type { Rule } from '../rule.js';

export interface MultiplierRule extends Rule {
  text: string;
  power: number;
}

export const MULTIPLIER_RULES: readonly MultiplierRule[] = [
  { id: 'multiplier-wan-yi', text: '万亿', power: 12, examples: [{ text: '进出口总额达4.2万亿元', claim: '4.2万亿元', value: 4.2e12 }] },
  { id: 'multiplier-wan-wan', text: '万万', power: 8, examples: [{ text: '人口达12万万', claim: '12万万', value: 1.2e9 }] },
  { id: 'multiplier-zhao', text: '兆', power: 12, examples: [{ text: '全年出口總值達4.2兆元', claim: '4.2兆元', value: 4.2e12 }] },
  // 4百亿元, 3千亿元: Taiwan and Hong Kong pages write the hundreds and thousands of 亿 with digits.
  { id: 'multiplier-qian-yi', text: '千亿', power: 11, examples: [{ text: '總額突破3千億元', claim: '3千億元', value: 3e11 }] },
  { id: 'multiplier-bai-yi', text: '百亿', power: 10, examples: [{ text: '歲入決算首次突破4百億元', claim: '4百億元', value: 4e10 }] },
  { id: 'multiplier-qian-wan', text: '千万', power: 7, examples: [{ text: '投入资金2千万元', claim: '2千万元', value: 2e7 }] },
  { id: 'multiplier-bai-wan', text: '百万', power: 6, examples: [{ text: '覆盖人口3百万人', claim: '3百万人', value: 3e6 }] },
  // 总投资约2个亿: the spoken form of 亿.
  { id: 'multiplier-ge-yi', text: '个亿', power: 8, examples: [{ text: '项目总投资约2个亿', claim: '2个亿', value: 2e8 }] },
  { id: 'multiplier-yi', text: '亿', power: 8, examples: [{ text: '共减免惠民殡葬资金2.3亿元', claim: '2.3亿元', value: 2.3e8 }] },
  { id: 'multiplier-wan', text: '万', power: 4, examples: [{ text: '注册志愿者人数超过130万', claim: '130万', value: 1.3e6 }] },
  { id: 'multiplier-qian', text: '千', power: 3, examples: [{ text: '带动就业3千人', claim: '3千人', value: 3000 }] },
  { id: 'multiplier-bai', text: '百', power: 2, examples: [{ text: '参与群众5百人', claim: '5百人', value: 500 }] },
];

/** Longest first, so a scan takes 万亿 before 万 and 千万 before 千. */
export const MULTIPLIERS_LONGEST_FIRST: readonly MultiplierRule[] = [...MULTIPLIER_RULES].sort((a, b) => b.text.length - a.text.length);
