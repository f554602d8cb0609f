// Qualifiers that make a claim approximate or a bound. Prefix ones stand right before the
// number (超过130万), infix ones between number and unit (4000余人, 130多亿元), suffix ones
// after the unit (70周岁以上).
import type { Approx } from '../../core/schema.js';
import type { Rule } from '../rule.js';

export interface QualifierRule extends Rule {
  text: string;
  position: 'prefix' | 'infix' | 'suffix';
  approx: Approx;
  /** Characters that make the qualifier part of another word when written before it (出超 is a trade surplus). */
  notAfter?: string;
  /** The verbs that may stand between the qualifier and its number, where the common ones (为, 达) would change its sense (最高为 names the top of a list). */
  verbs?: string;
  /** What may not follow a suffix qualifier, where it starts another word (内部, 内地, 内资). */
  notBefore?: RegExp;
}

const q = (id: string, text: string, position: QualifierRule['position'], approx: Approx, example: string, claim: string): QualifierRule => ({
  id,
  text,
  position,
  approx,
  examples: [{ text: example, claim }],
});

export const QUALIFIER_RULES: readonly QualifierRule[] = [
  q('prefix-chaoguo', '超过', 'prefix', 'gt', '注册志愿者人数超过130万', '130万'),
  q('prefix-tupo', '突破', 'prefix', 'gt', '年接待游客突破500万人次', '500万人次'),
  q('prefix-shouchao', '首超', 'prefix', 'gt', '农村居民人均可支配收入首超万元', '万元'),
  q('prefix-yu', '逾', 'prefix', 'gt', '累计投入资金逾3亿元', '3亿元'),
  { ...q('prefix-chao', '超', 'prefix', 'gt', '新增就业岗位超3200个', '3200个'), notAfter: '[出入赶]' },
  q('prefix-shoupo', '首破', 'prefix', 'gt', '全年出口首破6000亿美元', '6000亿美元'),
  // A negated bound: 未超过 is at most, not more than.
  q('prefix-weichaoguo', '未超过', 'prefix', 'lte', '涨幅均未超过3.5%', '3.5%'),
  { ...q('prefix-zuigao', '最高', 'prefix', 'lte', '每人最高补助4万4千元', '4万4千元'), verbs: '可达|可获|补助|资助|奖励|补贴' },
  q('prefix-maishang', '迈上', 'prefix', 'gte', '外贸规模迈上9万亿元台阶', '9万亿元'),
  q('prefix-zhanshang', '站上', 'prefix', 'gte', '月出口连续三个月站上600亿美元', '600亿美元'),
  q('prefix-shaoyu', '少于', 'prefix', 'lt', '财政储备或降至少于3300亿元', '3300亿元'),
  q('prefix-weiman', '未满', 'prefix', 'lt', '未满15岁人口比重下降', '15岁'),
  q('prefix-gaoyu', '高于', 'prefix', 'gt', '夏季平均气温高于28℃', '28℃'),
  q('prefix-duoyu', '多于', 'prefix', 'gt', '参与人数多于2000人', '2000人'),
  q('prefix-budiyu', '不低于', 'prefix', 'gte', '每百户不低于30平方米', '30平方米'),
  q('prefix-bushaoyu', '不少于', 'prefix', 'gte', '每年培训教师不少于500名', '500名'),
  q('prefix-zhishao', '至少', 'prefix', 'gte', '每个社区至少配备2名社工', '2名'),
  q('prefix-buzu', '不足', 'prefix', 'lt', '农村留守儿童已不足7600人', '7600人'),
  q('prefix-budao', '不到', 'prefix', 'lt', '审批时间缩短到不到3天', '3天'),
  q('prefix-diyu', '低于', 'prefix', 'lt', '城镇调查失业率低于5.5%', '5.5%'),
  q('prefix-buchaoguo', '不超过', 'prefix', 'lte', '单笔贷款不超过20万元', '20万元'),
  q('prefix-zuiduo', '最多', 'prefix', 'lte', '每户最多补助3000元', '3000元'),
  q('prefix-jin', '近', 'prefix', 'approx', '惠及近3万名老年人', '3万名'),
  q('prefix-jiangjin', '将近', 'prefix', 'approx', '将近1200户家庭受益', '1200户'),
  q('prefix-jiejin', '接近', 'prefix', 'approx', '完成率接近90%', '90%'),
  q('prefix-yue', '约', 'prefix', 'approx', '项目总投资约4.6亿元', '4.6亿元'),
  q('prefix-dayue', '大约', 'prefix', 'approx', '受益群众大约2万人', '2万人'),
  q('infix-yu', '余', 'infix', 'approx', '救助流浪乞讨人员4000余人', '4000余人'),
  q('infix-duo', '多', 'infix', 'approx', '完成投资130多亿元', '130多亿元'),
  q('suffix-ji-yishang', '及以上', 'suffix', 'gte', '65岁及以上老年人健康管理率达到70%', '65岁'),
  q('suffix-han-yishang', '(含)以上', 'suffix', 'gte', '为3岁(含)以上儿童接种疫苗', '3岁'),
  q('suffix-ji-yixia', '及以下', 'suffix', 'lte', '6岁及以下儿童免费接种', '6岁'),
  q('suffix-yishang', '以上', 'suffix', 'gte', '给予70周岁以上老年人补贴', '70周岁'),
  q('suffix-yixia', '以下', 'suffix', 'lte', '贷款额度在50万元以下', '50万元'),
  q('suffix-yinei', '以内', 'suffix', 'lte', '控制在3%以内', '3%'),
  { ...q('suffix-nei', '内', 'suffix', 'lte', '离校2年内未就业的高校毕业生', '2年'), notBefore: /^[部地资容涵外需陆蒙在河港江湖科]/u },
  q('suffix-zuoyou', '左右', 'suffix', 'approx', '年均增长7%左右', '7%'),
  q('suffix-shangxia', '上下', 'suffix', 'approx', '日均客流2万人次上下', '2万人次'),
];

export const PREFIX_QUALIFIERS = QUALIFIER_RULES.filter((r) => r.position === 'prefix').sort((a, b) => b.text.length - a.text.length);
export const SUFFIX_QUALIFIERS = QUALIFIER_RULES.filter((r) => r.position === 'suffix');
export const INFIX_QUALIFIERS = QUALIFIER_RULES.filter((r) => r.position === 'infix');
