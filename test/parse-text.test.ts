// parse-text: headers of plain-text press releases and government documents, written for
// these tests in the shapes real files take (seed-style metadata line, multi-line titles,
// dated subtitles, scanned documents with page furniture).
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/core/parse/parse-text.js';

const BODY1 = '一季度，全县地区生产总值完成128.6亿元，同比增长5.2%。';
const BODY2 = '其中，第一产业增加值12.3亿元，增长3.1%；第二产业增加值51.8亿元，增长6.0%。';

describe('parseText', () => {
  it.each([
    [
      'a breadcrumb, a title and a 时间/来源/作者 line',
      ['当前位置:主页 > 热点新闻 >', '', '示例县一季度经济运行情况', '时间:2024-04-18 16:01来源:示例日报 作者:王小明 李华', BODY1, BODY2],
      { title: '示例县一季度经济运行情况', publishedAt: '2024-04-18T16:01:00+08:00', publisher: '示例日报', authors: ['王小明', '李华'] },
      [BODY1, BODY2],
    ],
    [
      'a two-line title, a subtitle, a date line and the speaker',
      ['奋力推进高质量发展', '谱写示例县现代化建设新篇章', '——在示例县第五次党代会上的报告', '（2024年1月8日）', '张三', '同志们：', BODY1, BODY2],
      { title: '奋力推进高质量发展 谱写示例县现代化建设新篇章', publishedAt: '2024-01-08', authors: ['张三'] },
      ['同志们：', BODY1, BODY2],
    ],
    [
      'a headline with a tag and a comma, opening the text above its metadata line',
      ['【数据解读】示例省：前三季度外贸增长4.1%，增速高于全国', '时间:2024-10-20 来源:示例日报', BODY1],
      { title: '【数据解读】示例省：前三季度外贸增长4.1%，增速高于全国', publishedAt: '2024-10-20', publisher: '示例日报' },
      [BODY1],
    ],
    [
      'a headline opening with a column name in 《》',
      ['《县域观察》示例县:12个项目集中开工 总投资8.6亿元', '发布时间：2022-02-07', BODY1],
      { title: '《县域观察》示例县:12个项目集中开工 总投资8.6亿元', publishedAt: '2022-02-07' },
      [BODY1],
    ],
    [
      'a catalogue label and a newspaper line with spaced-out digits',
      ['分类号:F12 3', '示例日报 / 2 0 0 1年 / 0 2月 / 2 0日 / 第 A0 1版 /', '示例省国民经济和社会发展第十个五年计划纲要', '(2 0 0 1年2月1 6日示例省人民代表大会通过)', '目录', BODY1],
      { title: '示例省国民经济和社会发展第十个五年计划纲要', publishedAt: '2001-02-20' },
      ['目录', BODY1],
    ],
    [
      'a headline whose speaker comes before a colon',
      ['示例省统计局:前三季度全省居民收入稳步增长', '时间:2024-10-20 来源:示例日报', BODY1],
      { title: '示例省统计局:前三季度全省居民收入稳步增长', publishedAt: '2024-10-20', publisher: '示例日报' },
      [BODY1],
    ],
    [
      'a company headline with a colon and figures',
      ['示例物业：2023年毛利率提升至12.5%', '时间:2024-03-28', BODY1],
      { title: '示例物业：2023年毛利率提升至12.5%', publishedAt: '2024-03-28' },
      [BODY1],
    ],
    [
      'a catalogue line whose value is prose, above the title',
      ['主题分类:城乡建设、环境保护与节能减排', '示例县住房和城乡建设局2023年工作总结', '发布日期:2024-01-05', BODY1],
      { title: '示例县住房和城乡建设局2023年工作总结', publishedAt: '2024-01-05' },
      [BODY1],
    ],
    [
      'a title that comes after the tail of another document',
      ['上接前文的一句话，说明会议的意义和要求。', '示例县国民经济和社会发展规划纲要', '（示例县人民代表大会1991年4月9日批准）', BODY1],
      { title: '示例县国民经济和社会发展规划纲要', publishedAt: '1991-04-09' },
      ['上接前文的一句话，说明会议的意义和要求。', BODY1],
    ],
    [
      'a page toolbar copied line by line, and a label whose value is on the next line',
      ['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '示例市政府工作报告', '来源:', '示例日报', '大', '中', '小', '】', '分享：', BODY1, BODY2],
      { title: '示例市政府工作报告', publisher: '示例日报' },
      [BODY1, BODY2],
    ],
    [
      'an English headline over a paragraph of prose, with no date line',
      ['County jobless rate falls to 3.9% in second quarter', 'The county jobless rate fell to 3.9 percent in the second quarter of 2024, the labour office said on Friday, its lowest level in six years.', 'About 1,200 more residents found work.'],
      { title: 'County jobless rate falls to 3.9% in second quarter' },
      ['The county jobless rate fell to 3.9 percent in the second quarter of 2024, the labour office said on Friday, its lowest level in six years.', 'About 1,200 more residents found work.'],
    ],
    [
      'an English opening line that is a sentence of the body, not a headline',
      ['Tickets went on sale today for the summer season.', 'The park expects 40,000 visitors in July and August, the operator said in a statement on Monday afternoon.'],
      { title: '' },
      ['Tickets went on sale today for the summer season.', 'The park expects 40,000 visitors in July and August, the operator said in a statement on Monday afternoon.'],
    ],
    [
      'a site name and a menu line above a headline that its date and source line confirms',
      ['示例热线', '首页>新闻>正文', '开门稳!示例县一季度新增就业1.2万人', '2024-04-18 16:01 来源:示例日报', BODY1, BODY2],
      { title: '开门稳!示例县一季度新增就业1.2万人', publishedAt: '2024-04-18T16:01:00+08:00', publisher: '示例日报' },
      [BODY1, BODY2],
    ],
    [
      'a breadcrumb under the site name, over a headline that opens with a document name in 《》',
      ['示例县人民政府', '首页 >> 新闻动态 >> 示例动态 >> 正文', '《政府工作报告》摘要(一):2023年 全县经济社会发展目标任务全面完成', '日期:2024年01月24日   来源:示例县融媒体中心', BODY1],
      { title: '《政府工作报告》摘要(一):2023年 全县经济社会发展目标任务全面完成', publishedAt: '2024-01-24', publisher: '示例县融媒体中心' },
      [BODY1],
    ],
    [
      'a headline whose speaker comes before a colon, with no date line under it',
      ['示例行业协会:2023年5月下旬重点企业粗钢日产量为212.5万吨', BODY1, BODY2],
      { title: '示例行业协会:2023年5月下旬重点企业粗钢日产量为212.5万吨' },
      [BODY1, BODY2],
    ],
    [
      'a menu of short items set apart by bars and a breadcrumb above the title, and a headline opening with its column and a bar',
      ['加入收藏 | 会员中心', '您当前的位置:首页 > 统计公报 > 示例省', '示例县2023年国民经济和社会发展统计公报', BODY1],
      { title: '示例县2023年国民经济和社会发展统计公报' },
      [BODY1],
    ],
    [
      'a headline opening with its column and a bar',
      ['施政报告｜本年度首4月赤字1159亿 财政储备料少于6000亿', BODY1],
      { title: '施政报告｜本年度首4月赤字1159亿 财政储备料少于6000亿' },
      [BODY1],
    ],
    [
      'a breadcrumb set apart by slashes after 现在的位置',
      ['现在的位置:首页 / 示例要闻 / 部门动态', '示例县:一季度农牧业经济实现开门红', BODY1],
      { title: '示例县:一季度农牧业经济实现开门红' },
      [BODY1],
    ],
    [
      'no title at all',
      [BODY1, BODY2],
      { title: '', publishedAt: null },
      [BODY1, BODY2],
    ],
    [
      'page numbers and copyright footers of a scanned document',
      ['示例县统计公报', BODY1, '· 402 ·', 'Copyright 1994-2016 China Academic Journal Electronic Publishing House. All rights reserved.', '408', BODY2],
      { title: '示例县统计公报' },
      [BODY1, BODY2],
    ],
    [
      'the title and byline repeated above the body and a truncated lead',
      ['示例县一季度经济运行情况', '时间:2024-04-18 16:01来源:示例日报 作者:王小明', '一季度，全县地区生产总值完成128.6亿元。', '示例县一季度经济运行情况', '作者:王小明', BODY1, BODY2],
      { title: '示例县一季度经济运行情况', authors: ['王小明'] },
      [BODY1, BODY2],
    ],
    [
      'an undated table whose rows are labelled by dates (data, not date lines)',
      ['全县假期旅游市场平稳。', '本地游客 | 外地游客 | |', '---|---|---|', '2024年5月1-5日 | 35.9% | 10.8% |', BODY1],
      { publishedAt: null },
      ['全县假期旅游市场平稳。', '本地游客 | 外地游客 | |', '---|---|---|', '2024年5月1-5日 | 35.9% | 10.8% |', BODY1],
    ],
    [
      'a headline over a numbered menu of the page’s tools and a byline',
      ['示例市111年度總預算案,落實施政承諾', '1. 檢舉', '2. 列印', '3. 收藏', '4. 推薦好友', '示例報 記者:王小明 發佈時間:2021-09-22 11:30:26', BODY1],
      { title: '示例市111年度總預算案,落實施政承諾', publishedAt: '2021-09-22T11:30:26+08:00' },
      [BODY1],
    ],
    [
      'a press release’s letterhead, release line and date over its headline in capitals',
      ['STATE DEPARTMENT OF LABOR', 'JANE DOE', 'DIRECTOR', 'FOR IMMEDIATE RELEASE', 'June 17, 2016', 'STATE UNEMPLOYMENT RATE HOLDS AT 3.2 PERCENT IN MAY', 'CAPITAL CITY — The jobless rate for May was 3.2 percent.'],
      { title: 'STATE UNEMPLOYMENT RATE HOLDS AT 3.2 PERCENT IN MAY', publishedAt: '2016-06-17' },
      ['CAPITAL CITY — The jobless rate for May was 3.2 percent.'],
    ],
    [
      'a date stamp opening the first line, before the dateline',
      ['date 2019-09-23 WASHINGTON — The agency is investing $12 million in 41 water projects.', 'The loans will serve 9,000 residents.'],
      { publishedAt: '2019-09-23' },
      ['WASHINGTON — The agency is investing $12 million in 41 water projects.', 'The loans will serve 9,000 residents.'],
    ],
    [
      'a date stamp over a section name, then the headline over its lead',
      ['date 2018-05-04 WORLD', 'Storms leave dozens dead in two weeks', 'Heavy rain across the coast has left 40 people dead and displaced thousands of others, officials said.'],
      { title: 'Storms leave dozens dead in two weeks', publishedAt: '2018-05-04' },
      ['Heavy rain across the coast has left 40 people dead and displaced thousands of others, officials said.'],
    ],
    [
      'a headline, then a date stamp opening the lead',
      ['City council adopts budget for next year', ' date 2017-03-23 On Thursday, the council adopted a budget of $1.6 billion.', 'The budget adds 40 officers.'],
      { title: 'City council adopts budget for next year', publishedAt: '2017-03-23' },
      ['On Thursday, the council adopted a budget of $1.6 billion.', 'The budget adds 40 officers.'],
    ],
  ])('reads %s', (_name, lines, fields, body) => {
    const parsed = parseText(lines.join('\n'));
    expect(parsed).toMatchObject(fields);
    expect(parsed.text.split('\n')).toEqual(body);
    expect(parsed.format).toBe('text');
  });

  it('accepts Windows and old Mac line ends and full-width indentation', () => {
    const parsed = parseText(`示例县统计公报\r\n\u3000\u3000${BODY1}\r\u3000\u3000${BODY2}\r\n`);
    expect(parsed.title).toBe('示例县统计公报');
    expect(parsed.text).toBe(`${BODY1}\n${BODY2}`);
  });
});

describe('parseText credits and provenance', () => {
  const sourceOf = (diagnostics: { ruleId: string; reason: string }[] | undefined, field: string) =>
    diagnostics?.find((d) => d.ruleId === 'metadata-source' && d.reason.startsWith(`${field} from`))?.reason.replace(`${field} from `, '');
  it.each([
    ['the reporters a dateline names in brackets', ['示例县一季度经济运行平稳', '2024-04-18', `新华社示例4月18日电（记者张甲、李乙）${BODY1}`, BODY2], ['张甲', '李乙'], 'dateline'],
    ['the reporter an unbracketed dateline names', ['示例县一季度经济运行平稳', '2024-04-18', `本报讯　记者张甲　${BODY1}`, BODY2], ['张甲'], 'dateline'],
    ['a sign-off closing the last paragraph', ['示例县一季度经济运行平稳', '2024-04-18', BODY1, `${BODY2}（记者 张甲）`], ['张甲'], 'sign-off'],
    ['a bare-name sign-off before （完）', ['示例县一季度经济运行平稳', '2024-04-18', BODY1, `${BODY2}（张楠）（完）`], ['张楠'], 'sign-off'],
    ['the 作者 line and then a sign-off', ['示例县一季度经济运行平稳', '时间:2024-04-18 作者:王丙', BODY1, `${BODY2}（编译/林乙）`], ['王丙', '林乙'], 'byline and sign-off'],
  ])('credits %s and says so', (_, lines, authors, source) => {
    const article = parseText(lines.join('\n'));
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it.each([
    ['a 时间/来源 line', ['示例县一季度经济运行平稳', '时间:2024-04-18 来源:示例日报', BODY1], { title: 'the first lines', publishedAt: 'byline', publisher: 'byline' }],
    ['a date line in brackets', ['示例县经济工作会议报告', '（2024年1月8日）', BODY1], { title: 'the first lines', publishedAt: 'a date line' }],
    ['a 成文日期 line', ['示例县关于印发工作方案的通知', '成文日期：2024-01-08', BODY1], { title: 'the first lines', publishedAt: 'the signing date' }],
  ])('says where the fields of a header with %s came from', (_, lines, sources) => {
    const article = parseText(lines.join('\n'));
    for (const [field, source] of Object.entries(sources)) expect(sourceOf(article.diagnostics, field)).toBe(source);
  });
});
