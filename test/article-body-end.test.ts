// Where an article's body ends on pages nobody tuned for: a government document's closing
// (issuer, signing date, release note) stays in the body and the chrome after it does not; a
// writer's bracketed or barred sign-off on a line of its own stays and credits the writer; the
// labelled lists English pages print after a story (`Filed under:`, `Read more:`) leave it.
// Every page is a small one written for this test in the shape of those templates.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/core/parse/parse-html.js';
import { documentClosingLength, signatureDate } from '../src/core/parse/document-end.js';

function sourceOf(diagnostics: { ruleId: string; reason: string }[] | undefined, field: string): string | undefined {
  return diagnostics?.find((d) => d.ruleId === 'metadata-source' && d.reason.startsWith(`${field} from`))?.reason.replace(`${field} from `, '');
}

const NOTICE = '示例市人民政府办公室关于印发示例市促进外贸稳规模优结构实施方案的通知';
const NOTICE_BODY = [
  '各区县人民政府，市政府各部门、各直属机构：',
  '《示例市促进外贸稳规模优结构实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。',
  '各地各部门要加强组织领导，细化工作措施，确保各项任务落到实处，重大问题及时向市政府报告。',
];
const right = (text: string) => `<p style="text-align: right">${text}</p>`;

/** A 集约化-platform notice page: heading, a 发布日期 line, the UCAP content box, the print bar, the footer. */
function notice(closing: string, { after = '', info = '<div class="info">发布日期：2023-05-08　来源：示例市人民政府办公室</div>' } = {}): string {
  const body = NOTICE_BODY.map((p) => `<p>${p}</p>`).join('');
  return (
    `<html><head><meta charset="utf-8"><title>${NOTICE}_示例市人民政府门户网站</title></head><body><div class="header">示例市人民政府门户网站</div>` +
    `<div class="article"><h1>${NOTICE}</h1>${info}<div class="pages_content" id="UCAP-CONTENT">${body}${closing}</div>${after}</div>` +
    '<div class="footer">主办：示例市人民政府办公室</div></body></html>'
  );
}

describe('the end of a government document', () => {
  it.each([
    ['issuer, date and release note', right('示例市人民政府办公室') + right('2023年5月6日') + '<p>（此件公开发布）</p>', '示例市人民政府办公室\n2023年5月6日\n（此件公开发布）'],
    ['issuer and date', right('示例市人民政府办公室') + right('2023年5月6日'), '示例市人民政府办公室\n2023年5月6日'],
    ['an attachment list before the signature', '<p>附件：1.示例市促进外贸稳规模优结构实施方案</p><p>2.重点任务分工表</p>' + right('示例市人民政府办公室') + right('2023年5月6日'), '2.重点任务分工表\n示例市人民政府办公室\n2023年5月6日'],
    ['a date in Chinese numerals', right('示例市人民政府') + right('二〇二三年五月六日') + '<p>（此件主动公开）</p>', '示例市人民政府\n二〇二三年五月六日\n（此件主动公开）'],
    ['issuer and date in one <p> split by <br>', right('示例市人民政府办公室<br>2023年5月6日'), '示例市人民政府办公室\n2023年5月6日'],
    ['joint issuers on one line', right('示例市财政局　示例市税务局') + right('2023年5月6日'), '示例市财政局 示例市税务局\n2023年5月6日'],
    ['issuer and date on one line', right('示例市商务局 2023年5月6日'), '示例市商务局 2023年5月6日'],
    ['a release note alone', '<p>（本文有删减）</p>', '（本文有删减）'],
    ['a closing formula without a full stop', '<p>特此通知</p>', '特此通知'],
  ])('keeps %s in the body', (_, closing, end) => {
    const article = parseHtml(notice(closing));
    expect(article.text.startsWith(NOTICE_BODY[0]!)).toBe(true);
    expect(article.text.endsWith(end)).toBe(true);
    expect(article.text.includes(NOTICE_BODY[2]!)).toBe(true);
    expect(article.publishedAt).toBe('2023-05-08');
  });

  it('keeps both signatures of a notice and its attachment signed by the same office on the same day', () => {
    const closing =
      right('示例市人民政府办公室') + right('2023年5月6日') + '<p>附件</p><p>示例市促进外贸稳规模优结构实施方案</p>' +
      '<p>一、支持企业开拓多元市场，对参加境外展会的企业给予展位费补助，最高不超过五十万元。</p>' + right('示例市人民政府办公室') + right('2023年5月6日');
    const article = parseHtml(notice(closing));
    expect(article.text.endsWith('最高不超过五十万元。\n示例市人民政府办公室\n2023年5月6日')).toBe(true);
  });

  it.each([
    ['the print and close bar', '<div class="print">【打印本页】【关闭窗口】</div>'],
    ['the phone QR prompt and the correction link', '<div>扫一扫在手机打开当前页</div><div>【我要纠错】 【打印】 【关闭】</div>'],
    ['a related-documents list', '<div class="xgwj">相关文件：<a href="#">示例市促进消费若干措施</a></div>'],
  ])('ends at the signature, before %s', (_, after) => {
    const article = parseHtml(notice(right('示例市人民政府办公室') + right('2023年5月6日'), { after }));
    expect(article.text.endsWith('示例市人民政府办公室\n2023年5月6日')).toBe(true);
  });

  it('dates the page by its signature when nothing else does, and says so', () => {
    const article = parseHtml(notice(right('示例市人民政府办公室') + right('2023年5月6日'), { info: '' }));
    expect(article.publishedAt).toBe('2023-05-06');
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe('the signature date');
  });

  it('keeps a date line with no issuer above it out of a news body', () => {
    const paragraphs = NOTICE_BODY.slice(1);
    const html = `<html><head><meta charset="utf-8"><title>示例新闻</title></head><body><h1>示例新闻</h1><div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>2023年5月6日</p></div></body></html>`;
    const article = parseHtml(html);
    expect(article.text.endsWith(paragraphs[1]!)).toBe(true);
    expect(article.publishedAt).toBe('2023-05-06');
  });

  it.each([
    ['2023年5月6日', '2023-05-06'],
    ['二〇二三年十二月二十六日', '2023-12-26'],
    ['二O二三年五月六日', '2023-05-06'],
    ['2023年13月6日', null],
    ['2023年5月', null],
  ])('reads the signature date %s', (line, day) => {
    expect(signatureDate(line)).toBe(day);
  });

  it.each([
    [['正文最后一段。', '示例市人民政府', '2023年5月6日'], 2],
    [['正文最后一段。', '示例市人民政府', '2023年5月6日', '（此件公开发布）'], 3],
    [['正文最后一段。', '（此件公开发布）'], 1],
    [['正文最后一段。', '此复'], 1],
    [['正文最后一段。', '2023年5月6日'], 0],
    [['正文最后一段。', '会议由张三主持', '2023年5月6日'], 0],
  ])('counts the closing lines of %j', (lines, count) => {
    expect(documentClosingLength(lines)).toBe(count);
  });
});

/**
 * A State Council style policy page: the catalogue table (索引号, 发文机关, 成文日期, 标题, 发文字号,
 * 发布日期) in the same wrapper as the content, the headline only as bold centred lines of the
 * content (no <h1>), the document number, salutation, text, signature and release note.
 */
const POLICY = '示例省人民政府关于进一步优化营商环境的意见';
const POLICY_TEXT = [
  '各市、县人民政府，省政府各部门、各直属机构：',
  '为深入贯彻落实党中央、国务院决策部署，持续优化营商环境，激发市场主体活力，现提出如下意见。',
  '一、深化行政审批制度改革。全面推行审批服务便民化，压减审批事项和办理时限，推动更多事项一网通办。',
  '示例省人民政府',
  '2023年5月6日',
  '（此件公开发布）',
];
function policyPage(title: string): string {
  const row = (cells: [string, string][]) => `<tr>${cells.map(([label, value]) => `<td class="label"><b>${label}</b></td><td>${value}</td>`).join('')}</tr>`;
  const table =
    '<table class="bd1">' +
    row([['索 引 号：', '000014349/2023-00012'], ['主题分类：', '综合政务\\其他']]) +
    row([['发文机关：', '示例省人民政府'], ['成文日期：', '2023年05月06日']]) +
    row([['标　　题：', POLICY]]) +
    row([['发文字号：', '示政发〔2023〕8号'], ['发布日期：', '2023年05月09日']]) +
    '</table>';
  const [salutation, first, second, issuer, day, note] = POLICY_TEXT;
  const content =
    '<p align="center"><b>示例省人民政府</b></p><p align="center"><b>关于进一步优化营商环境的意见</b></p><p align="center">示政发〔2023〕8号</p>' +
    `<p>${salutation}</p><p>${first}</p><p>${second}</p><p align="right">${issuer}</p><p align="right">${day}</p><p>${note}</p>`;
  return (
    `<html><head><meta charset="utf-8">${title}</head><body><div class="wrap">${table}<table><tr><td id="UCAP-CONTENT">${content}</td></tr></table>` +
    '<div class="print"><a href="#">【打印】</a> <a href="#">【关闭】</a></div></div></body></html>'
  );
}

describe('a policy page with its catalogue table in the content wrapper', () => {
  it.each([
    ['no <title>', '', 'a heading matching the catalogue title'],
    ['a <title> that only names the site', '<title>示例省人民政府门户网站</title>', 'a heading matching the catalogue title'],
    ['the headline in <title>', `<title>${POLICY}_示例省人民政府门户网站</title>`, 'a heading matching <title>'],
  ])('reads headline, date, issuer and the whole text with %s', (_, title, titleSource) => {
    const article = parseHtml(policyPage(title));
    expect(article.title).toBe(POLICY);
    expect(sourceOf(article.diagnostics, 'title')).toBe(titleSource);
    expect(article.text.split('\n')).toEqual(POLICY_TEXT);
    expect(article.publishedAt).toBe('2023-05-09');
    expect(article.publisher).toBe('示例省人民政府');
  });
});

const TITLE = '示例市一季度外贸进出口平稳增长';
const PARAGRAPHS = [
  '示例市海关今天发布数据，一季度全市外贸进出口总值同比增长百分之六，其中出口增长百分之八，进口基本持平。',
  '海关有关负责人表示，机电产品和劳动密集型产品出口增势较好，对共建国家进出口占比继续提高，民营企业表现活跃。',
  '下一步，示例市将继续优化口岸营商环境，压缩整体通关时间，支持企业拓展多元市场，推动外贸质升量稳。',
];
const END = PARAGRAPHS[2]!;

function portalPage(after: string): string {
  return (
    `<html><head><meta charset="utf-8"><title>${TITLE}_示例网</title></head><body><div class="main"><h1>${TITLE}</h1>` +
    `<div class="info">2024-05-06 10:00 来源：示例日报</div><div class="article-content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${after}</div></div></body></html>`
  );
}

describe('a sign-off on a line of its own', () => {
  it.each([
    ['（记者 张甲 李乙）', ['张甲', '李乙']],
    ['（张楠）', ['张楠']],
    ['（编译/林乙）', ['林乙']],
    ['作者︱王春', ['王春']],
    ['文｜赵丙', ['赵丙']],
  ])('keeps %s in the body and credits the writer', (signOff, authors) => {
    const article = parseHtml(portalPage(`<p>${signOff}</p>`));
    expect(article.text.endsWith(`${END}\n${signOff}`)).toBe(true);
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe('sign-off');
  });

  it.each([
    ['a labelled byline line', '<p>记者 刘甲</p>', ['刘甲']],
    ['an 执笔人 line', '<p>执笔人：刘甲 王乙</p>', ['刘甲', '王乙']],
    ['an editor line', '<p>（责任编辑：王五）</p>', []],
    ['a source and author line', '<p>（来源：示例晚报 作者：刘甲）</p>', ['刘甲']],
  ])('drops %s from the body', (_, after, authors) => {
    const article = parseHtml(portalPage(after));
    expect(article.text.endsWith(END)).toBe(true);
    expect(article.authors).toEqual(authors);
  });
});

const STORY = [
  'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
  'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
  'Teachers unions welcomed the proposal but said that class sizes in the poorest districts would still be above the state average for years.',
];

/** A blog-style story: one block of text broken by <br><br>, then whatever the template adds. */
function brStory(tail: string): string {
  return (
    '<html><head><title>City budget adds teachers - Example News</title></head><body><div id="hd"><a href="/">Example News</a></div>' +
    `<div class="post"><h1>City budget adds teachers</h1><div class="byline">Aug 13, 2010</div><div class="post-body">${STORY.join('<br><br>')}${tail}</div></div></body></html>`
  );
}

describe('the end of an English story made of <br> lines', () => {
  it.each([
    ['filed-under and tag lines', '<br><br>Filed under: Education, City Hall<br>Tagged: budget, teachers, schools'],
    ['a topics line', '<br><br>Topics: Education, City budget, Public schools'],
    ['a read-more line without a link', '<br><br>Read more: Council delays vote on the school plan after two hearings'],
    ['a see-also line', '<br><br>See also: How the city pays for its schools, and why it matters'],
    ['a more-from list', '<br><br>More from Example News: <a href="#">Council delays vote</a>, the week in review'],
  ])('ends before %s', (_, tail) => {
    const article = parseHtml(brStory(tail));
    expect(article.text.split('\n')).toEqual(STORY);
  });
});

describe('chrome at the end of a portal article', () => {
  it.each([
    ['a views disclaimer', '<p>声明：本文仅代表作者个人观点，不代表本网站立场。</p>'],
    ['a platform disclaimer', '<p>本文为作者独立观点，不代表示例号立场。</p>'],
    ['a platform notice', '<p>平台声明：该文观点仅代表作者本人，示例号系信息发布平台，示例网仅提供信息存储空间服务。</p>'],
    ['a back-to-portal link printed as text', '<p>返回示例网，查看更多</p>'],
    ['the original link', '<p>原文链接：http://www.example.cn/a/1.html</p>'],
    ['a reprint note', '<p>本文转载自微信公众号“示例观察”，已获授权。</p>'],
    ['a follow prompt', '<p>欢迎关注示例日报微信公众号！</p>'],
    ['a 相关新闻 label and headlines that are not links', '<p>相关新闻：</p><p>示例市二月份外贸进出口数据出炉 出口增速继续领跑全省</p><p>示例市口岸通关时间再压缩三成 企业成本明显下降</p>'],
    ['an 【延伸阅读】 label and a headline', '<p>【延伸阅读】</p><p>示例市二月份外贸进出口数据出炉 出口增速继续领跑全省</p>'],
  ])('ends before %s', (_, after) => {
    expect(parseHtml(portalPage(after)).text.split('\n')).toEqual(PARAGRAPHS);
  });

  it.each([
    ['new-media and video editor lines', '<p>新媒体编辑：张甲　视频编辑：李乙</p>'],
    ['a 标签 line', '<p>标签：外贸 海关 口岸</p>'],
    ['a 关键词 line', '<p>关键词：外贸；口岸；营商环境</p>'],
    ['a credits block of a self-media post', '<p>出品：示例日报新媒体中心</p><p>设计：王甲</p><p>主编：李乙</p>'],
  ])('ends before %s', (_, after) => {
    expect(parseHtml(portalPage(after)).text.split('\n')).toEqual(PARAGRAPHS);
  });

  it.each([
    ['an ad marker', '<p>广告</p>'],
    ['a video placeholder', '<div class="video"><p>视频加载中，请稍候...</p></div>'],
    ['a player fallback', '<p>您的浏览器不支持 video 标签。</p>'],
  ])('drops %s between paragraphs', (_, between) => {
    const html = portalPage('').replace(`<p>${PARAGRAPHS[1]}</p>`, `${between}<p>${PARAGRAPHS[1]}</p>`);
    expect(parseHtml(html).text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a last paragraph that only mentions related reports', () => {
    const closing = '据相关报道，示例市还将举办进口博览会分会场活动，吸引更多境外采购商参会。';
    expect(parseHtml(portalPage(`<p>${closing}</p>`)).text.split('\n')).toEqual([...PARAGRAPHS, closing]);
  });
});

/** An English story in paragraphs, with whatever the template puts between and after them. */
function englishStory({ between = '', after = '' } = {}): string {
  const [first, second, third] = STORY;
  return (
    '<html><head><title>City budget adds teachers</title></head><body><div class="post"><h1>City budget adds teachers</h1><p class="byline">By Jane Roe</p>' +
    `<div class="post-body"><p>${first}</p>${between}<p>${second}</p><p>${third}</p>${after}</div></div></body></html>`
  );
}

describe('chrome inside and after an English story', () => {
  it.each([
    ['an advertisement marker', { between: '<p>Advertisement</p>' }],
    ['a video player fallback', { between: '<p>Your browser does not support the video tag.</p>' }],
    ['a story-continues marker', { between: '<p>Story continues below advertisement</p>' }],
    ['an in-story MORE: promo', { between: '<p>MORE: Council delays vote on the school plan after two hearings</p>' }],
    ['an in-story Read more: promo', { between: '<p>Read more: How the city pays for its schools</p>' }],
    ['a newsletter sign-up', { after: '<p>Sign up for our daily newsletter to get the latest city news in your inbox.</p>' }],
    ['a follow prompt', { after: '<p>Follow Jane Roe on Twitter: @janeroe</p>' }],
    ['an email-this bar', { after: '<p>Email this story | Print | Share</p>' }],
    ['a click-here line', { after: '<p>Click here to read the full budget document.</p>' }],
    ['a Related Stories heading and headlines that are not links', { after: '<h3>Related Stories</h3><p>Council delays vote on the school plan</p><p>Teachers march for higher pay</p>' }],
    ['a caption closed by an agency credit', { between: '<p><img src="hall.jpg"></p><p>Mayor Ann Lee speaks at City Hall on Monday. (Getty Images)</p>' }],
  ])('leaves out %s', (_, parts) => {
    expect(parseHtml(englishStory(parts)).text.split('\n')).toEqual(STORY);
  });

  it('starts after a listen-to-this-article player and a reading time', () => {
    const html = englishStory().replace('<div class="post-body">', '<div class="post-body"><p>Listen to this article</p><p>3 min read</p>');
    expect(parseHtml(html).text.split('\n')).toEqual(STORY);
  });

  it('keeps a one-line last paragraph of a story set straight in <body> with <br> breaks', () => {
    const closing = 'He declined to comment.';
    const html = `<html><head><title>City budget adds teachers</title></head><body><h1>City budget adds teachers</h1><font size="2">${[...STORY, closing].join('<br><br>')}</font></body></html>`;
    expect(parseHtml(html).text.split('\n')).toEqual([...STORY, closing]);
  });

  it('keeps a paragraph that opens with "More" but is no promo', () => {
    const more = 'More than forty schools will share the money, the budget office said in a statement released on Tuesday.';
    expect(parseHtml(englishStory({ after: `<p>${more}</p>` })).text.split('\n')).toEqual([...STORY, more]);
  });
});

describe('a body sentence that uses the words of page furniture', () => {
  it.each([
    ['a licence', '企业凭营业执照和食品经营许可证即可在窗口办理。'],
    ['scanning a code', '市民可扫码预约挂号，也可以拨打服务热线咨询。'],
    ['a press conference on related news', '据相关新闻发布会介绍，示例市还将举办进口博览会分会场活动。'],
    ['clicking a website', '企业可点击海关官网查询通关进度，办理时限压缩到两个工作日。'],
    ['face recognition', '口岸将全面推广人脸识别通关，旅客平均通关时间缩短一半。'],
  ])('keeps a last sentence about %s', (_, closing) => {
    expect(parseHtml(portalPage(`<p>${closing}</p>`)).text.split('\n')).toEqual([...PARAGRAPHS, closing]);
  });

  it.each([
    ['a follow prompt with a code', '<p>扫码关注示例日报公众号，了解更多资讯。</p>'],
    ['a menu prompt', '<p>点击菜单栏【便民服务】解锁更多服务！</p>'],
    ['a short copyright line', '<p>示例网 版权所有</p>'],
  ])('still ends before %s', (_, after) => {
    expect(parseHtml(portalPage(after)).text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('keeps an English paragraph about copyright', () => {
    const closing = 'The ruling could reshape copyright law for artists and the studios that hire them, lawyers said.';
    expect(parseHtml(englishStory({ after: `<p>${closing}</p>` })).text.split('\n')).toEqual([...STORY, closing]);
  });
});
