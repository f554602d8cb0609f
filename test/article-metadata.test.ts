// Where a page's date and publisher come from when no byline says them: meta tags, JSON-LD,
// script variables, the URL, relative and year-less dates against the crawl time, the <title>
// suffix and the footer. Each value must name its source in the diagnostics. Pages are small
// ones written for these tests.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/core/parse/parse-html.js';
import { dateFromUrl, resolveRelativeDate, resolveYearlessDate } from '../src/core/parse/find-article-date.js';
import { DATELINE_BYLINES, ENGLISH_CREDIT_ROLES, readClosingByline, readDatelineByline } from '../src/core/parse/read-metadata.js';

const BODY =
  '<div class="content"><p>市统计局今天发布数据，全市一季度地区生产总值同比增长百分之五，增速比上年同期加快，消费和投资双双回升。</p>' +
  '<p>其中，社会消费品零售总额增长较快，城乡居民收入稳步提高，就业形势总体稳定，物价水平保持平稳。</p></div>';

function page(head: string, beforeBody = '', footer = ''): string {
  const title = '一季度经济运行情况发布';
  return `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1>${beforeBody}${BODY}${footer}</body></html>`;
}

function sourceOf(diagnostics: { ruleId: string; reason: string }[] | undefined, field: string): string | undefined {
  return diagnostics?.find((d) => d.ruleId === 'metadata-source' && d.reason.startsWith(`${field} from`))?.reason.replace(`${field} from `, '');
}

/** The page's publisher and the source its diagnostics name for it. */
function expectPublisher(html: string, publisher: string, source: string): void {
  const article = parseHtml(html);
  expect(article.publisher).toBe(publisher);
  expect(sourceOf(article.diagnostics, 'publisher')).toBe(source);
}

describe('publication date without a byline', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2019-09-18T10:00:00+08:00">', '2019-09-18', 'meta:article:published_time'],
    ['itemprop=datePublished', '<meta itemprop="datePublished" content="2021-03-02">', '2021-03-02', 'meta:datepublished'],
    ['pubdate', '<meta name="pubdate" content="2018-07-06 09:30">', '2018-07-06', 'meta:pubdate'],
    ['publishdate', '<meta name="publishdate" content="2017-03-10">', '2017-03-10', 'meta:publishdate'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-04T08:00:00+08:00"}</script>', '2020-05-04', 'json-ld'],
    ['a script variable', '<script>var publish_time = "2016-11-23 14:05:00";</script>', '2016-11-23', 'script:publish_time'],
    ['a script object field', '<script>window.DATA = {"pubtime":"2015-08-09 10:11"};</script>', '2015-08-09', 'script:pubtime'],
    ['a ptime field', '<script>var article = {"ptime":"2015-08-09 10:11:12"};</script>', '2015-08-09', 'script:ptime'],
    ['an epoch publish_time field', '<script>window._SSR_DATA = {"title":"x","publish_time":1568789400};</script>', '2019-09-18', 'script:publish_time'],
    ['a later field when the first does not parse', '<script>var pubtime = "unknown"; var publish_time = "2016-11-23 14:05:00";</script>', '2016-11-23', 'script:publish_time'],
    ['a toutiao published_time meta', '<meta property="bytedance:published_time" content="2022-04-05T10:00:00+08:00">', '2022-04-05', 'meta:bytedance:published_time'],
    ['a pubtime meta', '<meta name="pubtime" content="2022-04-05 10:00">', '2022-04-05', 'meta:pubtime'],
    ['an epoch ctime field', '<script>var info = {"ctime": 1649124000};</script>', '2022-04-05', 'script:ctime'],
    ['Baidu cambrian JSON-LD pubDate', '<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","pubDate":"2021-01-20T04:29:44"}</script>', '2021-01-20', 'json-ld'],
  ])('reads %s', (_, head, day, source) => {
    const article = parseHtml(page(head));
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });

  it.each([
    ['http://www.example-news.com/news/14780224.Police_recorded_crimes_down/', null],
    ['https://example.com/news/2024/trade', null],
  ])('finds no day in the URL %s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it.each([
    ['http://news.example.cn/2019/0918/c1001-123.html', '2019-09-18'],
    ['http://www.example.gov.cn/xwzx/201909/t20190918_12345.html', '2019-09-18'],
    ['http://tech.example.cn/2017-03/10/content_23937776.htm', '2017-03-10'],
    ['https://example.com/2020/05/04/city-budget/', '2020-05-04'],
    ['http://www.example.cn/a/20210102/abc.shtml', '2021-01-02'],
    ['http://www.example.gov.cn/art/2021/1/2/art_1229_123.html', '2021-01-02'],
    ['https://www.example.com.pk/02-Aug-2024/trade-deficit-widens', '2024-08-02'],
    ['http://news.example.com/news/detail-20230616-2680480.html', '2023-06-16'],
  ])('takes the date in the URL %s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
    const article = parseHtml(page(''), { url });
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe('url');
  });

  it.each([
    ['http://example.cn/2019/1318/x.html'],
    ['http://example.cn/news/123456789.html'],
    ['http://example.cn/2019/09/'],
  ])('finds no date in the URL %s', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });

  it('prefers the date the head declares over the URL', () => {
    const article = parseHtml(page('<meta name="publishdate" content="2019-09-19">'), { url: 'http://example.cn/2019/0918/x.html' });
    expect(article.publishedAt).toBe('2019-09-19');
  });

  it('refuses an implausible meta date and falls back to the next source', () => {
    const article = parseHtml(page('<meta name="pubdate" content="1970-01-01">'), { url: 'http://example.cn/2019/0918/x.html' });
    expect(article.publishedAt).toBe('2019-09-18');
    expect(article.diagnostics?.some((d) => d.ruleId === 'metadata-date-unresolved' && d.reason.includes('1970-01-01'))).toBe(true);
  });

  it('refuses a meta date after the crawl', () => {
    const article = parseHtml(page('<meta name="pubdate" content="2031-01-01">'), { crawledAt: '2024-05-06T03:00:00Z' });
    expect(article.publishedAt).toBeNull();
  });
});

describe('relative and year-less dates', () => {
  const crawl = new Date('2024-05-06T03:00:00Z'); // 11:00 in Beijing
  it.each([
    ['昨天 14:30', '2024-05-05'],
    ['前天', '2024-05-04'],
    ['3小时前', '2024-05-06'],
    ['12小时前', '2024-05-05'],
    ['2天前', '2024-05-04'],
    ['刚刚', '2024-05-06'],
  ])('resolves %s against the crawl time', (text, day) => {
    expect(resolveRelativeDate(text, crawl, true)).toBe(day);
  });

  it.each([
    ['2 hours ago', '2024-05-06'],
    ['Updated 5 hours ago', '2024-05-05'],
    ['3 days ago', '2024-05-03'],
    ['yesterday at 9:15 pm', '2024-05-05'],
    ['just now', '2024-05-06'],
  ])('resolves the English %s against the crawl time (UTC)', (text, day) => {
    expect(resolveRelativeDate(text, crawl, false)).toBe(day);
  });

  it('reads no relative date from a sentence that says yesterday', () => {
    expect(resolveRelativeDate('The council voted yesterday.', crawl, false)).toBeNull();
  });

  it.each([
    ['09-08 14:30', '2023-09-08'],
    ['5月6日 08:00', '2024-05-06'],
    ['03-01 10:00', '2024-03-01'],
  ])('places %s in the crawl year or the year before', (text, day) => {
    expect(resolveYearlessDate(text, crawl, true)).toBe(day);
  });

  it('dates a page by its relative byline and the crawl time, and says so', () => {
    const article = parseHtml(page('', '<div class="info">昨天 14:30 来源：某某日报</div>'), { crawledAt: '2024-05-06T03:00:00Z' });
    expect(article.publishedAt).toBe('2024-05-05');
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe('relative+crawl-time');
  });

  it('leaves a relative date null without a crawl time, with a warning', () => {
    const article = parseHtml(page('', '<div class="info">3小时前 来源：某某日报</div>'));
    expect(article.publishedAt).toBeNull();
    expect(article.diagnostics?.find((d) => d.ruleId === 'metadata-date-unresolved')?.severity).toBe('warning');
  });
});

describe('publisher without a 来源 line', () => {
  it.each([
    ['og:site_name', page('<meta property="og:site_name" content="示例新闻网">'), '示例新闻网', 'og:site_name'],
    ['the <title> suffix', page('').replace('<title>一季度经济运行情况发布</title>', '<title>一季度经济运行情况发布_要闻_示例日报</title>'), '示例日报', 'title-suffix'],
    ['the footer', page('', '', '<div class="footer"><p>版权所有：示例市人民政府 地址：示例路1号</p></div>'), '示例市人民政府', 'footer'],
  ])('reads %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('prefers the 来源 line by the heading to the site', () => {
    const article = parseHtml(page('<meta property="og:site_name" content="示例新闻网">', '<div class="info">2024-05-06 来源：新华社</div>'));
    expect(article.publisher).toBe('新华社');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('byline');
  });
});

// Portal and self-media pages: the outlet beside the heading or below the body, the writers a
// page credits in its byline, dateline, sign-off or a line after the body (never its editors,
// outlets or departments), and the editor's boxes and notices around the body.
const TITLE = '示例市一季度外贸进出口平稳增长';
const PARAGRAPHS = [
  '示例市海关今天发布数据，一季度全市外贸进出口总值同比增长百分之六，其中出口增长百分之八，进口基本持平。',
  '海关有关负责人表示，机电产品和劳动密集型产品出口增势较好，对共建国家进出口占比继续提高，民营企业表现活跃。',
  '下一步，示例市将继续优化口岸营商环境，压缩整体通关时间，支持企业拓展多元市场，推动外贸质升量稳。',
];

function portalPage({ head = '', header = '', lead = '', paragraphs = PARAGRAPHS, after = '', below = '', title = TITLE } = {}): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><div class="main"><h1>${TITLE}</h1>${header}${lead}<div class="article-content">${body}${after}</div>${below}</div></body></html>`;
}

const END = PARAGRAPHS[2]!;
const SHARE_BAR = '<div class="tie-share">分享到：<a href="#">微博</a><a href="#">微信</a><a href="#">跟贴</a></div>';

describe('publisher beside the heading or below the body', () => {
  it.each([
    ['a bureau after the 来源 outlet', portalPage({ header: '<div class="info">2024-05-06 10:00:00　来源: <a href="#">示例经济报</a>(广州)</div>' }), '示例经济报', 'byline'],
    ['a link glued to the 来源 outlet', portalPage({ header: '<div class="info">2024年05月06日 10:00　来源：示例网<a href="#c">参与互动</a></div>' }), '示例网', 'byline'],
    ['a self-media account card', portalPage({ header: '<div class="card"><p class="media-name">示例日报</p><p class="media-meta"><span>2024-05-06 10:00</span><span>发布于北京</span></p></div>' }), '示例日报', 'source element'],
    ['a source span beside the time', portalPage({ header: '<div class="info"><span class="where">示例中文站</span><span class="pubTime">2024年05月06日10:00</span></div>' }), '示例中文站', 'source element'],
    ['a 本文来源 line below the body', portalPage({ after: '<div class="ep-source"><img src="i.png" alt="icon"> 本文来源：示例时报 作者：李华</div>' }), '示例时报', 'a line after the body'],
    ['a portal channel as the <title> suffix', portalPage({ title: `${TITLE}_示例财经` }), '示例财经', 'title-suffix'],
    ['a 稿源 label', portalPage({ header: '<div class="info">2024-05-06 10:00　稿源：示例晚报　编辑：王甲</div>' }), '示例晚报', 'byline'],
    ['an 出处 line closing the body', portalPage({ after: '<p>出处：示例晚报</p>' }), '示例晚报', 'byline'],
    ['content_source before a section in meta source', portalPage({ head: '<meta name="source" content="Case Study"><meta name="content_source" content="Example Weekly">' }), 'Example Weekly', 'meta'],
    ['a name in a span of its own after the 来源 outlet', portalPage({ header: '<div class="info"><span>2024-05-06 10:00</span> <span>来源：示例新闻网</span> <span>王小明</span></div>' }), '示例新闻网', 'byline'],
    ['a name after the 来源 outlet and a space', portalPage({ header: '<div class="info">2024-05-06 10:00 来源：示例日报 李华</div>' }), '示例日报', 'byline'],
  ])('reads %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('takes no outlet from 来源：网络 and falls back to the site', () => {
    const article = parseHtml(portalPage({ head: '<meta property="og:site_name" content="示例新闻网">', header: '<div class="info">2024-05-06 来源：网络</div>' }));
    expect(article.publisher).toBe('示例新闻网');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('og:site_name');
  });
});

describe('authors a portal page credits', () => {
  const signed = (closing: string) => portalPage({ paragraphs: [PARAGRAPHS[0]!, PARAGRAPHS[1]!, `${END}${closing}`] });
  it.each([
    ['本文来源/作者 below the body', portalPage({ after: '<div class="ep-source"><img src="i.png" alt="周明"> 本文来源：示例时报 作者：何甲 张乙 责任编辑：NF001</div>' }), ['何甲', '张乙'], 'a line after the body'],
    ['a 作者 line past the pager', portalPage({ below: '<div class="pager">1234下一页</div><div class="tags">外贸 海关</div><div>[作者: 刘甲 责任编辑: 杨乙 ]</div>' }), ['刘甲'], 'a line after the body'],
    ['a translator sign-off', signed('（编译/林乙）'), ['林乙'], 'sign-off'],
    ['a bare-name sign-off', signed('（张楠）'), ['张楠'], 'sign-off'],
    ['a reporter in the dateline', portalPage({ paragraphs: [`新华社示例5月6日电（记者王甲、李乙）${PARAGRAPHS[0]}`, PARAGRAPHS[1]!, END] }), ['王甲', '李乙'], 'dateline'],
    ['文/图 before the body', portalPage({ header: '<div class="info">2024-05-06</div><p>文/图 赵丙</p>' }), ['赵丙'], 'byline'],
    ['a column card name', portalPage({ header: '<div class="details"><span class="con1_author">周明</span><span>2024-05-06 10:00:00</span></div>' }), ['周明'], 'author element'],
    ['a meta author who is not the editor', portalPage({ head: '<meta name="author" content="孙丁"><meta name="editor" content="钱戊">' }), ['孙丁'], 'meta:author'],
    ['a reporter line with a two-character name spaced to the width of three', portalPage({ header: '<div class="author">本报记者  王小明  方  甲</div><div class="info">2024年05月06日06:58 | 来源：示例日报</div>' }), ['王小明', '方甲'], 'byline'],
    ['the same spaced with full-width spaces', portalPage({ header: '<div class="author">记者　刘　洋　陈小红</div><div class="info">2024-05-06 10:00</div>' }), ['刘洋', '陈小红'], 'byline'],
    ['a spaced name after a 作者 label', portalPage({ header: '<div class="info">2024-05-06 10:00 作者：陈  静</div>' }), ['陈静'], 'byline'],
    ['a spaced name in a reporter sign-off', signed('（记者 何  丽）'), ['何丽'], 'sign-off'],
  ])('reads %s', (_, html, authors, source) => {
    const article = parseHtml(html);
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it.each([
    ['the editor in meta author', portalPage({ head: '<meta name="author" content="严甲"><meta name="editor" content="严甲">' })],
    ['the 责任编辑 line that repeats meta author', portalPage({ head: '<meta name="author" content="严甲">', after: '<p>【责任编辑：严甲】</p>' })],
    ['the 编辑 of a line that names a 责任编辑 after it, in meta author', portalPage({ head: '<meta name="author" content="严甲">', below: '<div class="m-editor">编辑：严甲&nbsp;&nbsp;责任编辑：林乙</div>' })],
    ['one of the editors a 责编 line lists, in meta author', portalPage({ head: '<meta name="author" content="严甲">', after: '<div class="edit">(责编：林乙、严甲)</div>' })],
    ['an outlet in the 作者 slot', portalPage({ header: '<div class="info">2024-05-06 来源：示例晚报 作者：示例晚报</div>' })],
    ['a department in the 作者 slot', portalPage({ header: '<div class="info">2024-05-06 作者：示例市统计局</div>' })],
    ['a desk sign-off', signed('（示例日报评论员）')],
    ['（完）', signed('（完）')],
    ['（待续）', signed('（待续）')],
  ])('credits no one for %s', (_, html) => {
    expect(parseHtml(html).authors).toEqual([]);
  });

  it('keeps a (作者：…) signature in the body and takes the name before the affiliation', () => {
    const article = parseHtml(portalPage({ after: '<p>(作者：方甲北京大学经济学院教授)</p>' }));
    expect(article.authors).toEqual(['方甲']);
    expect(article.text.endsWith('(作者：方甲北京大学经济学院教授)')).toBe(true);
  });

  it('keeps a translator sign-off in the body', () => {
    expect(parseHtml(signed('（编译/林乙）')).text.endsWith(`${END}（编译/林乙）`)).toBe(true);
  });
});

describe('editor boxes and notices around the body', () => {
  it.each([
    ['a [摘要：…] lede', { lead: '<div class="article-content"><p>[摘要：示例市外贸一季度平稳增长，出口增势较好，民营企业表现活跃。]</p></div>' }],
    ['a 核心提示 box', { lead: '<div class="art_summary">核心提示：示例市外贸一季度平稳增长，出口增势较好，民营企业表现活跃。</div>' }],
    ['a bracketed lede', { lead: '<p class="ep-summary">[示例市外贸一季度平稳增长，出口增势较好，民营企业表现活跃，口岸营商环境继续优化]</p>' }],
    ['a digest that repeats a paragraph', { header: SHARE_BAR, lead: `<p class="ep-summary">${PARAGRAPHS[1]}</p>` }],
  ])('starts the body after %s', (_, parts) => {
    const article = parseHtml(portalPage(parts));
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it('keeps a summary field that the body does not repeat', () => {
    const summary = '一季度示例市外贸实现开门红，出口和进口结构持续优化，新动能不断集聚。';
    expect(parseHtml(portalPage({ lead: `<p class="summary">${summary}</p>` })).text.startsWith(summary)).toBe(true);
  });

  it.each([
    ['a 专稿 notice', '<p>示例健康网(www.example.cn)专稿，未经书面授权请勿转载。</p>'],
    ['a video promo and a rights notice', '<p>精彩视频推荐</p><p>【示例作品的中文相关权益归示例公司独家所有。未经授权，不得转载、摘编等。】</p>'],
  ])('ends the body before %s', (_, after) => {
    expect(parseHtml(portalPage({ after })).text.endsWith(END)).toBe(true);
  });

  it.each(['收起', '展开全文'])('drops a %s toggle inside the body', (toggle) => {
    const article = parseHtml(portalPage({ paragraphs: [PARAGRAPHS[0]!, PARAGRAPHS[1]!, toggle, END] }));
    expect(article.text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('takes no English byline name in a `name` span for the publisher', () => {
    const paragraphs = [
      'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
      'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
    ];
    const html =
      '<html><head><title>City budget adds teachers</title><meta property="og:site_name" content="Example Times"></head><body><div id="story"><h1>City budget adds teachers</h1>' +
      `<div class="byline"><span class="name">Jane Roe</span></div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(parseHtml(html).publisher).toBe('Example Times');
  });

  it('drops an English deck above a linked byline and a photo courtesy line, and reads the byline', () => {
    const paragraphs = [
      'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
      'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
    ];
    const html =
      '<html><head><title>City budget adds teachers</title><meta name="author" content="Desk Editor"></head><body><div id="story"><h1>City budget adds teachers</h1>' +
      '<h2>The plan, the largest in a decade, still needs a council vote</h2><p class="byline">By <a href="/bios/jane">Jane Roe</a></p>' +
      `<p>Courtesy City Hall</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const article = parseHtml(html);
    expect(article.text.startsWith(paragraphs[0]!)).toBe(true);
    expect(article.authors).toEqual(['Jane Roe']);
    expect(sourceOf(article.diagnostics, 'authors')).toBe('byline');
  });
});

// Pages nobody tuned for: the headline outside <h1>, government CMS pages (TRS, 集约化平台),
// WeChat articles and self-media accounts (百家号, 头条号, 搜狐号, 网易号). Each page below is
// written for the test in the shape those templates print.
const HEADLINE = '示例市出台十条措施支持民营经济发展';

function sitePage({ head = '', title = HEADLINE, top = '', header = '', after = '', footer = '', paragraphs = PARAGRAPHS } = {}): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${top}<div class="container">${header}<div class="article-content">${body}${after}</div></div>${footer}</body></html>`;
}

const LOGO_H1 = '<div class="header"><h1 class="logo"><a href="/">示例新闻网</a></h1><div class="nav"><a href="/">首页</a><a href="/a">要闻</a><a href="/b">财经</a></div></div>';
const INFO = '<div class="info">2024-05-06 10:00 来源：示例日报</div>';

describe('a headline that is not in <h1>', () => {
  it.each([
    ['<h1> is the logo and <title> is headline_site', sitePage({ title: `${HEADLINE}_示例新闻网`, top: LOGO_H1, header: `<div class="article-title">${HEADLINE}</div>${INFO}` }), 'a heading matching <title>'],
    ['a plain <h1> logo sits right above the headline and <title> is headline_site', sitePage({ title: `${HEADLINE}_示例新闻网`, header: `<h1>示例新闻网</h1><div class="article-title">${HEADLINE}</div>${INFO}` }), 'a heading matching <title>'],
    ['<h1> is the logo and <title> is headline - site', sitePage({ title: `${HEADLINE} - 示例新闻网`, top: LOGO_H1, header: `<h2>${HEADLINE}</h2>${INFO}` }), 'a heading matching <title>'],
    ['<h1> is the logo, <title> names a channel and the site', sitePage({ title: `${HEADLINE}_财经频道_示例新闻网`, top: LOGO_H1, header: `<div class="tit">${HEADLINE}</div>${INFO}` }), 'a heading matching <title>'],
    ['<title> is the site name, the headline in a title div', sitePage({ title: '示例市人民政府', top: '<div class="logo">示例市人民政府</div>', header: `<div class="title">${HEADLINE}</div><div class="info">发布时间：2024-05-06 来源：示例市发展改革委</div>` }), 'the heading above the byline'],
    ['<title> is og:site_name, the headline an <h3> above the byline', sitePage({ title: '示例在线', head: '<meta property="og:site_name" content="示例在线">', top: '<h1>示例在线</h1><h2>工作动态</h2>', header: `<h3>${HEADLINE}</h3>${INFO}` }), 'the heading above the byline'],
    ['<title> is a government site name and nothing else names the site', sitePage({ title: '示例市人民政府门户网站', top: '<div class="banner">示例市人民政府门户网站</div>', header: `<div class="zw-title">${HEADLINE}</div><div class="info">发布时间：2024-05-06 来源：示例市财政局</div>` }), 'the heading above the byline'],
    ['<title> is the site name, the headline in og:title', sitePage({ title: '示例新闻网', head: `<meta property="og:title" content="${HEADLINE}">`, top: LOGO_H1, header: `<p class="headline-text">${HEADLINE}</p>${INFO}` }), 'a heading matching the meta title'],
    ['the headline only in og:title', sitePage({ title: '示例新闻网', head: `<meta property="og:title" content="${HEADLINE}">`, top: LOGO_H1, header: INFO }), 'the meta title'],
  ])('finds it when %s, and says where it came from', (_, html, source) => {
    const article = parseHtml(html);
    expect(article.title).toBe(HEADLINE);
    expect(sourceOf(article.diagnostics, 'title')).toBe(source);
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it.each([
    ['<title> names the headline and the site', `${HEADLINE}_示例新闻网`],
    ['<title> is only a short outlet name', '示例网'],
  ])('leaves the tools inside <h1> out of the headline when %s', (_, title) => {
    const h1 = `<h1>${HEADLINE}<span class="tools"><a href="#comments">评论(12)</a> <a href="#print">列印</a></span></h1>`;
    const article = parseHtml(sitePage({ title, header: `${h1}${INFO}` }));
    expect(article.title).toBe(HEADLINE);
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it('starts the body after a heading with tools that sits inside the article block', () => {
    const h1 = `<h1>${HEADLINE}<span class="tools"><a href="#comments">评论(12)</a> <a href="#print">列印</a></span></h1>`;
    const html = `<html><head><meta charset="utf-8"><title>${HEADLINE}_示例新闻网</title></head><body><div class="article">${h1}${INFO}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe(HEADLINE);
    expect(article.text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a headline that is a link as a whole', () => {
    const article = parseHtml(sitePage({ title: `${HEADLINE}_示例新闻网`, header: `<h1><a href="/a/1.html">${HEADLINE}</a></h1>${INFO}` }));
    expect(article.title).toBe(HEADLINE);
  });

  it('keeps a column name that the headline itself carries (棱镜|…), cutting only the site', () => {
    const headline = `棱镜|${HEADLINE}`;
    const article = parseHtml(sitePage({ title: `${headline}_财经_示例网`, header: `<h1>${headline}</h1>${INFO}` }));
    expect(article.title).toBe(headline);
  });
});

describe('government pages', () => {
  const table = (rows: [string, string][]) =>
    `<table class="xxgk">${rows.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('')}</table>`;
  const GOV_TITLE = `${HEADLINE}_示例市人民政府门户网站`;
  it.each([
    ['a 信息来源 line', sitePage({ title: GOV_TITLE, header: `<h1>${HEADLINE}</h1><div class="info">发布时间：2019-09-18 10:30 信息来源：示例市发展和改革委员会 【字体：大 中 小】</div>` }), '示例市发展和改革委员会', 'byline'],
    ['a 发布机构 field', sitePage({ title: GOV_TITLE, header: `<h1>${HEADLINE}</h1><div class="info">发布机构：示例市财政局　发布日期：2019-09-18</div>` }), '示例市财政局', 'byline'],
    [
      'a 发文机关 cell of the table above the heading',
      sitePage({ title: GOV_TITLE, top: table([['索引号：', '11220000-2019-00123'], ['发文机关：', '示例市人民政府'], ['成文日期：', '2019年09月17日'], ['发布日期：', '2019年09月18日']]), header: `<h1>${HEADLINE}</h1>` }),
      '示例市人民政府',
      'byline',
    ],
    ['ContentSource meta', sitePage({ title: GOV_TITLE, head: '<meta name="SiteName" content="示例市人民政府门户网站"><meta name="ColumnName" content="部门动态"><meta name="ContentSource" content="示例市统计局">', header: `<h1>${HEADLINE}</h1>` }), '示例市统计局', 'meta'],
    ['SiteName meta when no source is given', sitePage({ head: '<meta name="SiteName" content="示例市人民政府门户网站"><meta name="ColumnName" content="部门动态"><meta name="ContentSource" content="">', header: `<h1>${HEADLINE}</h1>` }), '示例市人民政府门户网站', 'meta:SiteName'],
    ['a 来源 flush against the font and print widgets', sitePage({ header: `<h1>${HEADLINE}</h1><div class="pages-date">2019-09-18 10:30 <span class="font">来源：示例日报</span><span>【字体：大中小】</span><span>【打印】</span></div>` }), '示例日报', 'byline'],
    ['the footer name before 版权所有', sitePage({ header: `<h1>${HEADLINE}</h1>`, footer: '<div class="foot"><p>示例市人民政府 版权所有</p><p>示ICP备00000001号</p></div>' }), '示例市人民政府', 'footer'],
    ['the footer name after Copyright and the year', sitePage({ header: `<h1>${HEADLINE}</h1>`, footer: '<div class="foot"><p>Copyright©2016 示例省政府门户网站 | 示ICP备00000001号</p></div>' }), '示例省政府门户网站', 'footer'],
    ['a 供稿单位 field when no 来源 is given', sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">发布日期：2019-09-18 供稿单位：示例市统计局</div>` }), '示例市统计局', 'byline'],
    ['the 来源 field before a 发布机构 on the same line', sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">发布机构：示例市财政局 来源：示例日报 发布日期：2019-09-18</div>` }), '示例日报', 'byline'],
    ['the 主办 line of the footer', sitePage({ header: `<h1>${HEADLINE}</h1>`, footer: '<div class="foot"><p>主办：示例市人民政府办公室　承办：示例市大数据局</p><p>网站标识码：1234000001 示ICP备00000001号</p></div>' }), '示例市人民政府办公室', 'footer'],
  ])('reads the publisher from %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('takes no section name (SiteName 信息公开专栏, ColumnName) for the publisher', () => {
    const article = parseHtml(sitePage({ head: '<meta name="SiteName" content="信息公开专栏"><meta name="ColumnName" content="政府信息公开基础平台">', header: `<h1>${HEADLINE}</h1>` }));
    expect(article.publisher).toBeNull();
  });

  it.each([
    ['PubDate meta', sitePage({ head: '<meta name="PubDate" content="2019-09-18 10:30">', header: `<h1>${HEADLINE}</h1>` }), '2019-09-18', 'meta:pubdate'],
    ['a 发布日期 cell, not the earlier 成文日期', sitePage({ top: table([['发文机关：', '示例市人民政府'], ['成文日期：', '2019年09月17日'], ['发布日期：', '2019年09月18日']]), header: `<h1>${HEADLINE}</h1>` }), '2019-09-18', 'byline'],
    ['a 发布时间 line below the article', sitePage({ header: `<h1>${HEADLINE}</h1>`, footer: '<div class="fx">分享到：<a href="#">微信</a></div><div class="bottom-info">【发布时间：2019-09-18】【来源：示例市统计局】</div>' }), '2019-09-18', 'a line after the body'],
    ['a 成文日期 cell when nothing else dates the page', sitePage({ top: table([['发文机关：', '示例市人民政府'], ['成文日期：', '2019年09月17日']]), header: `<h1>${HEADLINE}</h1>` }), '2019-09-17', 'byline'],
  ])('reads the date from %s', (_, html, day, source) => {
    const article = parseHtml(html);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });

  it.each([
    ['【打印】【关闭】【字体：大 中 小】', '<p>【打印】【关闭】【字体：大 中 小】</p>'],
    ['分享到 and the phone QR prompt', '<div class="fx">分享到：<a href="#">微信</a><a href="#">微博</a></div><p>扫一扫在手机打开当前页</p>'],
  ])('ends the body before %s', (_, after) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>`, after }));
    expect(article.text.endsWith(END)).toBe(true);
  });
});

describe('WeChat articles', () => {
  function wechat({ meta = '', script = '', profile = '', time = '', author = '', account = '示例发布' } = {}): string {
    return (
      `<html><head><meta charset="utf-8"><title></title><meta property="og:title" content="${HEADLINE}">${meta}</head><body><div id="js_article" class="rich_media">` +
      `<h1 class="rich_media_title" id="activity-name">${HEADLINE}</h1>` +
      `<div id="meta_content" class="rich_media_meta_list">\n  ${author}\n  <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">\n    <a href="javascript:void(0);" id="js_name">${account}</a>\n  </span>\n  <em id="publish_time" class="rich_media_meta rich_media_meta_text">${time}</em>\n</div>` +
      `<div class="rich_media_content" id="js_content" style="visibility: hidden;">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>${profile}</div>` +
      `<script>var svr_time = "1714960800"; ${script}</script></body></html>`
    );
  }
  it.each([
    ['var ct (epoch seconds)', wechat({ script: 'var ct = "1568789400";' }), '2019-09-18', 'script:ct'],
    ['publish_time', wechat({ script: 'var publish_time = "2019-09-18" || "";' }), '2019-09-18', 'script:publish_time'],
    ['var t', wechat({ script: 'var t = "2019-09-18";' }), '2019-09-18', 'script:t'],
    ['the #publish_time em', wechat({ time: '2019-09-18 14:30' }), '2019-09-18', 'byline'],
  ])('dates the article from %s, never from svr_time', (_, html, day, source) => {
    const article = parseHtml(html);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });

  it('reads the body WeChat ships hidden for a script to reveal, and still drops other hidden text', () => {
    const article = parseHtml(wechat().replace('</h1>', '</h1><p style="visibility:hidden">隐藏的编辑备注：此段不应出现在正文里，也不应被当作标题或作者。</p>'));
    expect(article.text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('leaves the date null when only the server time is given', () => {
    expect(parseHtml(wechat()).publishedAt).toBeNull();
  });

  it.each([
    ['#js_name', wechat(), '示例发布'],
    ['the profile card after the body', wechat({ account: '', profile: '<div class="profile_inner"><strong class="profile_nickname">示例发布</strong><p class="profile_meta">微信号 example</p></div>' }), '示例发布'],
    ['var nickname', wechat({ account: '', script: 'var nickname = htmlDecode("示例发布");' }), '示例发布'],
  ])('names the account from %s', (_, html, publisher) => {
    const article = parseHtml(html);
    expect(article.publisher).toBe(publisher);
    expect(article.title).toBe(HEADLINE);
  });

  it.each([
    ['#js_author_name', wechat({ author: '<span class="rich_media_meta rich_media_meta_text"><a id="js_author_name" href="#">张甲</a></span>' }), ['张甲']],
    ['the unlabelled author span of the meta list', wechat({ author: '<span class="rich_media_meta rich_media_meta_text">张甲</span>' }), ['张甲']],
    ['meta author', wechat({ meta: '<meta name="author" content="张甲">' }), ['张甲']],
  ])('credits the writer from %s', (_, html, authors) => {
    expect(parseHtml(html).authors).toEqual(authors);
  });
});

describe('chrome inside the article container of portal pages', () => {
  const links = (items: string[]) => `<ul>${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul>`;
  it.each([
    ['a 相关新闻 link list', `<p>相关新闻：</p>${links(['示例市一季度外贸增长百分之六', '示例市口岸通关时间再压缩'])}`],
    ['a 相关新闻 list written as linked paragraphs', '<p><strong>相关新闻：</strong></p><p><a href="#">示例市一季度外贸增长百分之六</a></p><p><a href="#">示例市口岸通关时间再压缩</a></p>'],
    ['a teaser quote in a blockquote', '<blockquote>“外贸稳住了，就业和增长就有了底气。”</blockquote>'],
  ])('starts the body after %s', (_, before) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, paragraphs: [] }).replace('<div class="article-content">', `<div class="article-content">${before}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`));
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it('starts the body after an introduction the body repeats', () => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}` }).replace('<div class="article-content">', `<div class="article-content"><div class="introduction">${PARAGRAPHS[1]}</div><p><strong>示例网记者 韩甲</strong></p>`));
    expect(article.text.split('\n')).toEqual(PARAGRAPHS);
    expect(article.authors).toEqual(['韩甲']);
  });

  it.each([
    ['a hotline notice and its lead-in', '<p>●《示例新闻》提醒您，请给自己机会：</p><p>心理援助热线：0800-000000；</p><p>生命线协谈专线：1995</p>'],
    ['related headlines under a heading', `<h3>相关阅读</h3>${links(['示例市一季度外贸增长百分之六', '示例市口岸通关时间再压缩'])}`],
    ['an app promotion line', '<p>海量资讯、精准解读，尽在示例财经APP</p>'],
    ['a 收起 toggle and a 责任编辑 line', '<p><a href="#">收起</a></p><p class="show_author">责任编辑：郑丁</p>'],
  ])('ends the body before %s', (_, after) => {
    expect(parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after })).text.endsWith(END)).toBe(true);
  });
});

describe('WeChat article chrome', () => {
  it.each([
    ['a follow prompt', '<p>点击上方“示例发布”，关注我们</p>'],
    ['a blue-text prompt', '<p>▲点击上方蓝字关注，获取更多资讯</p>'],
  ])('starts the body after %s', (_, lead) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, paragraphs: [lead.replace(/<\/?p>/g, ''), ...PARAGRAPHS] }));
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it.each([
    ['来源 编辑 审核 lines', '<p>来源：示例日报</p><p>编辑：郑丁</p><p>审核：王戊</p>'],
    ['an 编辑 审核 line', '<p>编辑：郑丁 审核：王戊 监制：李己</p>'],
    ['the account prompts', '<p>END</p><p>长按二维码关注我们</p><p>点个在看，分享给更多人</p>'],
  ])('ends the body before %s', (_, after) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after }));
    expect(article.text.endsWith(END)).toBe(true);
    expect(article.authors).toEqual([]);
  });

  it.each(['本文作者', '撰稿人'])('reads %s as a writer', (label) => {
    expect(parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after: `<p>${label}：韩甲</p>` })).authors).toEqual(['韩甲']);
  });
});

describe('self-media account pages', () => {
  const crawledAt = '2024-05-06T03:00:00Z'; // 11:00 in Beijing
  it.each([
    ['a 百家号 author-name card', `<div class="author-box"><p class="author-name">示例财经观察</p><div class="article-source"><span class="date">发布时间：2019-09-18</span><span class="time">14:30</span></div></div>`, '示例财经观察', '2019-09-18'],
    ['a 企鹅号 author card with its platform badge', `<div class="left-stick"><div class="md">07/08</div><a class="author" href="/omn/author/1"><div>示例新闻</div><span class="qiehao">企鹅号</span></a></div><p class="date">2019-09-18 14:30</p>`, '示例新闻', '2019-09-18'],
    ['a 头条号 article-meta name', `<div class="article-meta"><span>2019-09-18 14:30</span><span class="dot">·</span><span class="name"><a href="/c/user/1">示例通讯社</a></span></div>`, '示例通讯社', '2019-09-18'],
    ['a 头条号 user-name span', `<div class="article-meta"><span class="original">原创</span><span class="user-name"><a href="/u/1">示例科技说</a></span><span class="time">2019-09-18 14:30</span></div>`, '示例科技说', '2019-09-18'],
    ['a 搜狐号 来源 link', `<div class="article-info"><span class="time" id="news-time">2019-09-18 14:30</span><span data-role="original-link">来源: <a href="#">示例晚报</a></span></div>`, '示例晚报', '2019-09-18'],
    ['a 网易号 post_info line', `<div class="post_info">2019-09-18 14:30:00　来源: <a href="#">示例观察</a><img src="i.png">举报</div>`, '示例观察', '2019-09-18'],
    ['an account card with a year-less time', `<div class="card"><span class="account-name">示例观察</span><span class="time">09-18 14:30</span></div>`, '示例观察', '2023-09-18'],
    ['an account card with 昨天', `<div class="card"><span class="account-name">示例观察</span><span class="time">昨天 14:30</span></div>`, '示例观察', '2024-05-05'],
    ['an account card with 3小时前', `<div class="card"><span class="account-name">示例观察</span><span class="time">3小时前</span></div>`, '示例观察', '2024-05-06'],
  ])('reads %s', (_, header, publisher, day) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${header}` }), { crawledAt });
    expect(article.publisher).toBe(publisher);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
  });

  it.each([
    ['09-18 14:30', 'no-year'],
    ['昨天 14:30', 'relatively'],
  ])('leaves %s null without a crawl time and says why', (time, said) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1><div class="card"><span class="account-name">示例观察</span><span class="time">${time}</span></div>` }));
    expect(article.publishedAt).toBeNull();
    const warning = article.diagnostics?.find((d) => d.ruleId === 'metadata-date-unresolved');
    expect(warning?.severity).toBe('warning');
    expect(warning?.reason).toContain(said === 'no-year' ? 'without a year' : 'relatively');
  });
});

describe('portal article templates', () => {
  it.each([
    ['a 新浪 date-source bar', `<h1 class="main-title">${HEADLINE}</h1><div class="date-source"><span class="date">2019年09月18日 14:30</span><a href="#" class="source">示例晚报</a></div>`, '', '示例晚报', '2019-09-18'],
    ['a 搜狐 article-info and the 返回搜狐 link', `<div class="text-title"><h1>${HEADLINE}</h1><div class="article-info"><span class="time" id="news-time">2019-09-18 14:30</span><span data-role="original-link">来源: <a href="#">示例晚报</a></span></div></div>`, '<p><a href="/">返回搜狐，查看更多</a></p>', '示例晚报', '2019-09-18'],
    ['a 凤凰 time-source line', `<h1>${HEADLINE}</h1><p class="time-source"><span>2019年09月18日 14:30:00</span><span>来源：<a href="#">示例晚报</a></span></p>`, '', '示例晚报', '2019-09-18'],
    ['a 新华 header-time split into year and day', `<h1>${HEADLINE}</h1><div class="header-time"><span class="year"><em> 2019</em></span><span class="day"><em> 09</em>/<em>18</em></span><span class="time"> 14:30:00</span></div><div class="source">来源：示例网</div>`, '', '示例网', '2019-09-18'],
    ['a 政府网站 detail-info of inline spans', `<div class="detail-title">${HEADLINE}</div><div class="detail-info"><span>发布时间：2019-09-18 10:30</span><span>来源：示例市统计局</span><span>浏览次数：</span><span class="fx">分享到：</span></div>`, '<p>【打印本页】【关闭窗口】</p>', '示例市统计局', '2019-09-18'],
  ])('reads %s', (_, header, after, publisher, day) => {
    const article = parseHtml(sitePage({ title: `${HEADLINE}_示例门户`, header, after }));
    expect(article.title).toBe(HEADLINE);
    expect(article.publisher).toBe(publisher);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(article.text.endsWith(END)).toBe(true);
  });

  it.each([
    ['文｜', '<p>文｜韩甲</p>', ['韩甲']],
    ['记者｜', '<p>记者｜韩甲 魏乙</p>', ['韩甲', '魏乙']],
    ['作者 | ', '<p>作者 | 韩甲</p>', ['韩甲']],
  ])('reads a byline written with a full-width bar, %s', (_, byline, authors) => {
    expect(parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}${byline}` })).authors).toEqual(authors);
  });

  it('takes no 原创 mark in a WeChat-style meta span for an author', () => {
    const header = `<h1>${HEADLINE}</h1><div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="account_nickname" id="js_name">示例发布</span></div>`;
    const article = parseHtml(sitePage({ header }));
    expect(article.authors).toEqual([]);
    expect(article.publisher).toBe('示例发布');
  });
});

describe('pages in traditional script (Taiwan, Hong Kong)', () => {
  const TRADITIONAL = [
    '示例市海關今天發布數據，第一季全市外貿進出口總值年增百分之六，其中出口增加百分之八，進口大致持平。',
    '海關負責人表示，機電產品出口表現較好，民營企業表現活躍，對新興市場出口比重持續提高。',
  ];
  const headline = '示例市第一季外貿進出口穩定成長';
  const twPage = ({ title = headline, header = '', paragraphs = TRADITIONAL, after = '' } = {}) =>
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="story"><h1>${headline}</h1>${header}<div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${after}</div></div></body></html>`;
  it.each([
    ['a 記者／報導 line', twPage({ header: '<p class="date">2017-12-08 23:58</p><p>記者韓甲／台南報導</p>' }), ['韓甲']],
    ['a 〔記者／報導〕 opening the first paragraph', twPage({ paragraphs: [`〔記者韓甲、魏乙／台北報導〕${TRADITIONAL[0]}`, TRADITIONAL[1]!] }), ['韓甲', '魏乙']],
    ['a 作者 line in traditional script', twPage({ header: '<div class="info">發布時間：2017-12-08 來源：示例日報 作者：韓甲</div>' }), ['韓甲']],
  ])('credits the writer from %s, as the page writes the name', (_, html, authors) => {
    expect(parseHtml(html).authors).toEqual(authors);
  });

  it.each([
    ['a 來源 line', twPage({ header: '<div class="info">發布時間：2017-12-08 來源：示例時報</div>' }), '示例時報', 'byline'],
    ['the <title> suffix in traditional script', twPage({ title: `${headline} - 生活 - 示例時報電子報` }), '示例時報電子報', 'title-suffix'],
  ])('reads the publisher from %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('starts the body after a photo caption that closes with its credit (（圖翻攝自…）)', () => {
    const article = parseHtml(twPage({ paragraphs: ['示例大樓外觀。（圖翻攝自示例地圖）', ...TRADITIONAL] }));
    expect(article.text.startsWith(TRADITIONAL[0]!)).toBe(true);
  });

  it('reads a page whose <head> is never closed before the article', () => {
    const html = `<html><head><meta charset="utf-8"><title>${headline}</title><section><div class="article"><h1>${headline}</h1><div class="text">${TRADITIONAL.map((p) => `<p>${p}</p>`).join('')}</div></div></section></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe(headline);
    expect(article.text.split('\n')).toEqual(TRADITIONAL);
  });
});

describe('structured data of portal pages', () => {
  const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  it.each([
    ['JSON-LD publisher', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, publisher: { '@type': 'Organization', name: '示例晚报' } }), '示例晚报', 'json-ld'],
    ['JSON-LD inside @graph', ld({ '@graph': [{ '@type': 'WebSite', name: '示例站' }, { '@type': 'Article', publisher: { name: '示例晚报' } }] }), '示例晚报', 'json-ld'],
    ['a 搜狐号 mediaid meta', '<meta name="mediaid" content="示例晚报">', '示例晚报', 'meta'],
    ['the account a platform names as JSON-LD author', ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: '示例通讯社' }, publisher: { '@type': 'Organization', name: '示例头条' } }), '示例通讯社', 'json-ld author'],
  ])('reads the publisher from %s', (_, head, publisher, source) => {
    const article = parseHtml(sitePage({ head, header: `<h1>${HEADLINE}</h1>` }));
    expect(article.publisher).toBe(publisher);
    expect(sourceOf(article.diagnostics, 'publisher')).toBe(source);
  });

  it.each([
    ['JSON-LD persons', ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: '韩甲' }, { '@type': 'Organization', name: '示例晚报' }] }), ['韩甲'], 'json-ld'],
    ['og:article:author', '<meta property="og:article:author" content="韩甲">', ['韩甲'], 'meta:author'],
  ])('credits the writer from %s', (_, head, authors, source) => {
    const article = parseHtml(sitePage({ head, header: `<h1>${HEADLINE}</h1>` }));
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it('skips a JSON-LD block that does not parse', () => {
    const article = parseHtml(sitePage({ head: '<script type="application/ld+json">{"@type":"NewsArticle",}</script>', header: `<h1>${HEADLINE}</h1>` }));
    expect(article.publisher).toBeNull();
  });
});

describe('authors on pages nobody tuned for', () => {
  it.each([
    ['文/图 before the body', sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}<p>文/图 赵丙 钱丁</p>` }), ['赵丙', '钱丁']],
    ['（记者 …）before the body', sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}<p>（记者 孙甲 通讯员 周乙）</p>` }), ['孙甲', '周乙']],
    ['a 作者 line after the body', sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after: '<p>作者：吴丙</p><p>责任编辑：郑丁</p>' }), ['吴丙']],
    ['a bare-name sign-off', sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, paragraphs: [PARAGRAPHS[0]!, PARAGRAPHS[1]!, `${END}（张楠）`] }), ['张楠']],
  ])('credits the writer from %s', (_, html, authors) => {
    expect(parseHtml(html).authors).toEqual(authors);
  });

  it.each([
    ['a columnist named before the headline', `欧阳甲乙:${HEADLINE}`, ['欧阳甲乙']],
    ['a speaker the text names again', `韩甲：${HEADLINE}`, []],
    ['an office before the headline', `示例局：${HEADLINE}`, []],
  ])('reads %s', (_, headline, authors) => {
    const paragraphs = [`${PARAGRAPHS[0]}韩甲说，示例局将继续跟踪。`, PARAGRAPHS[1]!, END];
    const article = parseHtml(sitePage({ title: headline, header: `<h1>${headline}</h1>${INFO}`, paragraphs }));
    expect(article.authors).toEqual(authors);
    if (authors.length > 0) expect(sourceOf(article.diagnostics, 'authors')).toBe('the name before the headline');
  });

  it.each([
    ['来源：网络 作者：网络', sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 来源：网络 作者：网络</div>` })],
    ['an outlet domain in the 作者 slot', sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 作者：CSDN.NET</div>` })],
    ['a department in meta author', sitePage({ head: '<meta name="author" content="示例市统计局">', header: `<h1>${HEADLINE}</h1>${INFO}` })],
    ['an editor line alone', sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after: '<p>编辑：郑丁</p>' })],
  ])('credits no one for %s', (_, html) => {
    expect(parseHtml(html).authors).toEqual([]);
  });
});

describe('credits in the shapes portals and English bylines print them', () => {
  it.each([
    ['a byline centred under the lead photo', `<p align="center"><img src="lead.jpg"></p><p align="center">示例网示例频道 记者 伊甲 李乙</p>`, ['伊甲', '李乙'], 'byline'],
    ['a bracketed 【记者 …】 line', '<p>【记者 张甲】</p>', ['张甲'], 'byline'],
    ['文/… 图/… (the photographer is no writer)', '<p>文/张甲 图/李乙</p>', ['张甲'], 'byline'],
    ['文｜… 摄影｜…', '<p>文｜张甲　摄影｜李乙</p>', ['张甲'], 'byline'],
    ['（记者 …）opening the first paragraph', '', ['张甲'], 'dateline'],
    ['【…报道 记者 …】opening the first paragraph', '', ['张甲'], 'dateline'],
  ])('credits the writer from %s', (name, before, authors, source) => {
    const opening = name.startsWith('（记者') ? '（记者 张甲）' : name.startsWith('【') ? '【示例网报道 记者 张甲】' : '';
    const paragraphs = [`${opening}${PARAGRAPHS[0]}`, PARAGRAPHS[1]!, END];
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}${before}`, paragraphs }));
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it('credits no photographer from a photo credit under the lead photo', () => {
    const before = '<p align="center"><img src="lead.jpg"></p><p align="center">示例社记者 伊甲 摄</p>';
    expect(parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}${before}` })).authors).toEqual([]);
  });

  it('drops a read-count line above the body', () => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}<p>阅读量：1234</p>` }));
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it.each([
    ['an affiliation in brackets', '作者：张甲（示例大学教授）', ['张甲']],
    ['an affiliation after a comma', '作者：张甲，示例大学经济学院教授', ['张甲']],
    ['an institution after a space', '作者：张甲 示例研究院', ['张甲']],
    ['an intern after the reporter', '记者 张甲 实习生 李乙', ['张甲', '李乙']],
  ])('credits only the persons of a credit with %s', (_, credit, authors) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 来源：示例日报</div><p>${credit}</p>` }));
    expect(article.authors).toEqual(authors);
  });

  it.each(['佚名', '小编', '本站', 'admin'])('credits no one for 作者：%s', (placeholder) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 来源：示例日报 作者：${placeholder}</div>` }));
    expect(article.authors).toEqual([]);
  });

  const STORY = [
    'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
    'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
  ];
  const story = (byline: string) =>
    `<html><head><title>City budget adds teachers</title></head><body><div class="post"><h1>City budget adds teachers</h1>${byline}<div class="post-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  it.each([
    ['a name and a date after a comma', '<div class="byline">By Jane Roe, Aug 13, 2010</div>', ['Jane Roe'], '2010-08-13'],
    ['Posted by … on a date', '<div class="byline">Posted by Jane Roe on Aug 13, 2010</div>', ['Jane Roe'], '2010-08-13'],
    ['a role after the name', '<p class="byline">By Jane Roe, Staff Writer</p>', ['Jane Roe'], null],
    ['a linked name and a date after a bar', '<p>By <a rel="author" href="/jane">Jane Roe</a> | Aug 13, 2010</p>', ['Jane Roe'], '2010-08-13'],
    ['two names and a role', '<p class="byline">By Jane Roe and John Doe, Associated Press Writers</p>', ['Jane Roe', 'John Doe'], null],
    ['an outlet after a comma', '<p class="byline">By Jane Roe, CNN</p>', ['Jane Roe'], null],
    ['an outlet after a bar', '<p class="byline">By Jane Roe | Example News</p>', ['Jane Roe'], null],
    ['a US numeric date after a bar', '<p class="byline">By Jane Roe | 08/13/10 10:45 AM</p>', ['Jane Roe'], '2010-08-13'],
    ['a day-first numeric date', '<p class="byline">By Jane Roe | 13/08/2010</p>', ['Jane Roe'], '2010-08-13'],
  ])('reads an English byline with %s', (_, byline, authors, day) => {
    const article = parseHtml(story(byline));
    expect(article.authors).toEqual(authors);
    expect(article.publishedAt?.slice(0, 10) ?? null).toBe(day);
    expect(article.text.startsWith(STORY[0]!)).toBe(true);
  });
});

describe('dates an element gives for machines', () => {
  it.each([
    ['<time datetime>', '<div class="info"><time datetime="2024-05-06T10:00:00+08:00">5月6日 10:00</time></div>', '2024-05-06', 'time element'],
    ['hAtom abbr.published', '<div class="info"><abbr class="published" title="2010-08-13T10:00:00-04:00">Aug. 13</abbr></div>', '2010-08-13', 'abbr.published'],
  ])('reads %s and says so', (_, header, day, source) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${header}` }));
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });

  it('prefers the printed byline date over a <time> element elsewhere', () => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, footer: '<div class="list"><time datetime="2020-01-01">旧闻</time></div>' }));
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-05-06');
  });
});

describe('the publisher of an English page with no og:site_name', () => {
  const STORY = [
    'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
    'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
  ];
  const story = (title: string, footer = '') =>
    `<html><head><title>${title}</title></head><body><h1>City budget adds teachers</h1><div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div><div id="footer">${footer}</div></body></html>`;
  it.each([
    ['the site after a dash in <title>', story('City budget adds teachers - Example News'), 'Example News', 'title-suffix'],
    ['the site after a bar in <title>', story('City budget adds teachers | The Example Post'), 'The Example Post', 'title-suffix'],
    ['the holder of the footer copyright', story('City budget adds teachers', '<p>Copyright 2010 Example News. All rights reserved.</p>'), 'Example News', 'footer'],
    ['the holder of a © line, without Inc.', story('City budget adds teachers', '<p>© 2011 Example Media Group Inc. All rights reserved.</p>'), 'Example Media Group', 'footer'],
  ])('reads %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('takes no section at the end of <title> for the site', () => {
    expect(parseHtml(story('City budget adds teachers | Politics')).publisher).toBeNull();
  });

  it("takes no company from a Chinese page's English copyright line", () => {
    const html = sitePage({ header: `<h1>${HEADLINE}</h1>`, footer: '<div class="foot"><p>Copyright © 1997-2024 Example Corporation. All Rights Reserved</p></div>' });
    expect(parseHtml(html).publisher).toBeNull();
  });
});

describe('credits by class on pages nobody tuned for', () => {
  it.each(DATELINE_BYLINES.map((row) => [row.example, row.names]))('reads the dateline example %s as its table row says', (example, names) => {
    expect(readDatelineByline(example)).toEqual(names);
  });

  const header = `<h1>${HEADLINE}</h1>${INFO}`;
  const opening = (dateline: string) => sitePage({ header, paragraphs: [`${dateline}${PARAGRAPHS[0]}`, PARAGRAPHS[1]!, END] });
  const closing = (signOff: string, info = INFO) => sitePage({ header: `<h1>${HEADLINE}</h1>${info}`, paragraphs: [PARAGRAPHS[0]!, PARAGRAPHS[1]!, `${END}${signOff}`] });
  const line = (credit: string) => sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}<p>${credit}</p>` });
  const below = (credit: string) => sitePage({ header, after: `<p>${credit}</p>` });
  const DATE_ONLY = '<div class="info">2024-05-06 10:00</div>';

  it.each([
    // A dateline whose reporters run up to a space, with no bracket: Xinhua sets a full-width one.
    ['a Xinhua dateline and its reporter', opening('新华社示例3月5日电　记者张甲　'), ['张甲'], 'dateline'],
    ['a Xinhua dateline and two reporters with 、', opening('新华社示例3月5日电　记者张甲、李乙　'), ['张甲', '李乙'], 'dateline'],
    ['a dateline and reporters set off by spaces', opening('中新网示例3月5日电 记者 张甲 李乙 '), ['张甲', '李乙'], 'dateline'],
    ['a dateline with the agency before 记者', opening('新华社示例3月5日电　新华社记者张甲　'), ['张甲'], 'dateline'],
    ['a paper’s 讯 with reporter and correspondent', opening('本报讯　记者张甲　通讯员李乙　'), ['张甲', '李乙'], 'dateline'],
    ['a dateline paragraph of its own', sitePage({ header, paragraphs: ['新华社示例3月5日电　记者张甲', ...PARAGRAPHS] }), ['张甲'], 'dateline'],
    // Sign-offs at the end of the last paragraph.
    ['a bare-name sign-off before （完）', closing('（张楠）（完）'), ['张楠'], 'sign-off'],
    ['a sign-off that names its outlet first', closing('（来源：示例晚报 记者 张甲）'), ['张甲'], 'sign-off'],
    // Credit lines by the heading and after the body.
    ['特约评论员 and a name', line('特约评论员　张甲'), ['张甲'], 'byline'],
    ['a commentator line opened by a mark', line('◎ 本报评论员 张甲'), ['张甲'], 'byline'],
    ['记者/ and a name', line('记者/张甲'), ['张甲'], 'byline'],
    ['文/ with the outlet and role before the name', line('文/示例日报记者 张甲'), ['张甲'], 'byline'],
    ['a commentator line after the body', below('□ 特约评论员 张甲'), ['张甲'], 'byline'],
    ['a translator’s 编译： line after the body', below('编译：林乙'), ['林乙'], 'byline'],
  ])('credits the writer from %s', (_, html, authors, source) => {
    const article = parseHtml(html);
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it.each([
    ['on a line of its own after the body', sitePage({ header: `<h1>${HEADLINE}</h1>${DATE_ONLY}`, after: '<p>（来源：示例晚报 记者 张甲）</p>' })],
    ['at the end of the last paragraph', closing('（来源：示例晚报 记者 张甲）', DATE_ONLY)],
  ])('takes the publisher from a sign-off that names its outlet with its writers, %s', (_, html) => {
    const article = parseHtml(html);
    expect(article.publisher).toBe('示例晚报');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('sign-off');
    expect(article.authors).toEqual(['张甲']);
  });

  const slot = (value: string) => sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 来源：示例日报 作者：${value}</div>` });
  it.each([
    ['an office', '办公室'],
    ['a government', '示例市人民政府'],
    ['a section of an office', '政务公开科'],
    ['a research team', '示例研究课题组'],
    ['a women’s federation', '示例市妇联'],
    ['a library', '示例市图书馆'],
    ['a sub-district', '示例街道'],
    ['a fire brigade', '示例市消防支队'],
    ['a county media centre', '示例县融媒'],
    ['a name longer than any person’s', '示例市政务服务管理'],
    ['an acronym', 'CSDN'],
  ])('credits no one for %s in the 作者 slot', (_, value) => {
    expect(parseHtml(slot(value)).authors).toEqual([]);
  });
});

describe("a wire story's closing credits", () => {
  const STORY = [
    'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
    'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
  ];
  const story = ({ after = '', last = '' } = {}) =>
    `<html><head><title>City budget adds teachers</title></head><body><div class="post"><h1>City budget adds teachers</h1><div class="post-body"><p>${STORY[0]}</p><p>${STORY[1]}${last}</p>${after}</div></div></body></html>`;

  it.each(ENGLISH_CREDIT_ROLES.map((row) => [row.example, row.writes]))('reads the role of %s as its table row says (writes: %s)', (example, writes) => {
    expect(readClosingByline(`(${example})`)).toEqual(writes ? [String(example).replace(/^.* by /u, '').replace(/ in .*$/u, '')] : []);
  });

  it.each([
    ['on a line of their own', story({ after: '<p>(Reporting by Jane Roe and John Doe; Editing by Mark Poe)</p>' }), ['Jane Roe', 'John Doe']],
    ['after the last sentence', story({ last: ' (Reporting by Jane Roe; Editing by Mark Poe)' }), ['Jane Roe']],
    ['with a place and a writer', story({ after: '<p>Reporting by Jane Roe in Example City; Writing by John Doe; Editing by Mark Poe</p>' }), ['Jane Roe', 'John Doe']],
  ])('credits the reporters and the writer of credits %s, and keeps them in the body', (_, html, authors) => {
    const article = parseHtml(html);
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe('sign-off');
    expect(article.text.endsWith('Editing by Mark Poe)') || article.text.endsWith('Editing by Mark Poe')).toBe(true);
  });
});

// Classes met on a fresh blind batch (Taiwanese papers and wires, 头条号, WeChat, 企鹅号, a film
// portal, English news): each row is a page written for the test in the shape of its template.
describe('dates a template gives in its own way', () => {
  it.each([
    ['a compact pub_date meta', page('<meta name="pub_date" content="20110920">'), '2011-09-20', 'meta:pub_date'],
    [
      'epoch seconds a script hands to the publish_time element',
      page('', '<em id="publish_time"></em>', '<script>var show=function(a,b,c,el){};show(0,"1659274471",0,document.getElementById("publish_time"));</script>'),
      '2022-07-31',
      'script:publish_time',
    ],
  ])('reads %s', (_, html, day, source) => {
    const article = parseHtml(html);
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });
});

describe('publishers a template names in its own way', () => {
  const STORY = [
    'City officials said on Monday that the new budget would add two hundred teachers to public schools next year, the largest rise in a decade.',
    'The plan still needs approval from the council, which is expected to vote on it before the end of the month after two public hearings.',
  ];
  const english = (head: string, title = 'City budget adds teachers') =>
    `<html><head><title>${title}</title>${head}</head><body><div class="post"><h1>City budget adds teachers</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const byline = (info: string) => sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">${info}</div>` });
  it.each([
    ['an outlet in the author meta tag', sitePage({ header: `<h1>${HEADLINE}</h1>`, head: '<meta itemprop="author" content="示例通訊社">' }), '示例通訊社', 'meta:author'],
    ['an outlet and its acronym ending <title>', sitePage({ header: `<h1>${HEADLINE}</h1>`, title: `${HEADLINE} | 社會 | 示例社 EXN` }), '示例社 EXN', 'title-suffix'],
    ['a site after « in <title>', english('', 'City budget adds teachers « Example Radio'), 'Example Radio', 'title-suffix'],
    ['the site, not a section in the source meta of an English page', english('<meta name="source" content="Your Money"><meta property="og:site_name" content="Example Weekly">'), 'Example Weekly', 'og:site_name'],
    ['the source, not the site link after it', byline('发稿时间：2024-05-20 13:15:00 <span>来源：<a href="#">示例新闻客户端</a></span> <span></span> <span><a href="/">示例青年网</a></span>'), '示例新闻客户端', 'byline'],
    ['the wire a byline box gives with its dateline', byline('<span>2018-02-28 14:31</span>示例社 示例縣28日電'), '示例社', 'byline'],
    ['one name from a JSON-LD publisher printed twice', sitePage({ header: `<h1>${HEADLINE}</h1>`, head: '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"示例新聞網 | 示例新聞網"}}</script>' }), '示例新聞網', 'json-ld'],
  ])('takes %s', (_, html, publisher, source) => {
    expectPublisher(html, publisher, source);
  });

  it('takes the account, not the sources a post was compiled from, and keeps that credit out of the body', () => {
    const card = '<div class="card"><p class="media-name">示例新媒体</p><p class="media-meta"><span>2024-05-18 16:56</span></p></div>';
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${card}`, after: '<p>来源 | 综合示例晚报、示例都市报</p>' }));
    expect(article.publisher).toBe('示例新媒体');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('source element');
    expect(article.text.endsWith(END)).toBe(true);
  });
});

describe('writers a template credits in its own way', () => {
  it.each([
    ['a wire dateline with the place glued to the name', sitePage({ header: `<h1>${HEADLINE}</h1>`, paragraphs: [`（示例社記者張明華桃園19日電）${PARAGRAPHS[0]}`, PARAGRAPHS[1]!, END] }), ['張明華'], 'dateline'],
    ['the same with two reporters and a two-character name', sitePage({ header: `<h1>${HEADLINE}</h1>`, paragraphs: [`（示例社記者王小明、林強台北5日專電）${PARAGRAPHS[0]}`, PARAGRAPHS[1]!, END] }), ['王小明', '林強'], 'dateline'],
    [
      'a rel=author link in the reporter box inside the article',
      sitePage({ header: `<h1>${HEADLINE}</h1>` }).replace('<div class="article-content">', '<div class="article-content"><div class="article_info"><div class="reporter"><time datetime="2018/09/16 00:00">2018年09月16日 15:31</time><a href="/list/1">示例 </a><div class="rp_name"><cite><a href="/reporter/1" rel="author">謝明華</a></cite></div></div></div>'),
      ['謝明華'],
      'author element',
    ],
    ['reporters after the 来源 outlet, with no label of their own', sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">2024-05-06 10:00 来源：示例日报 记者 张甲 李乙</div>` }), ['张甲', '李乙'], 'byline'],
  ])('reads %s', (_, html, authors, source) => {
    const article = parseHtml(html);
    expect(article.authors).toEqual(authors);
    expect(sourceOf(article.diagnostics, 'authors')).toBe(source);
  });

  it('credits no one for a dateline in the JSON-LD author', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"示例縣28日電"}}</script>';
    expect(parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, head })).authors).toEqual([]);
  });
});

describe('a photo story', () => {
  const CAPTIONS = ['5月19日，在示例市的会场，一名候选人发表演讲。 示例社记者 李梦甲 摄', '5月19日，支持者在示例市的会场外庆祝。 示例社记者 李梦甲 摄'];
  const TEXT = '示例国现任总统19日晚在竞选总部宣布，他在当天举行的总统选举首轮投票中获胜，成功连任。';
  it('keeps the captions that tell it and credits the photographer', () => {
    const figures = CAPTIONS.map((caption) => `<img src="a.jpg"><p>${caption}</p>`).join('');
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, paragraphs: [TEXT], after: figures }));
    expect(article.text.split('\n')).toEqual([TEXT, ...CAPTIONS]);
    expect(article.authors).toEqual(['李梦甲']);
    expect(sourceOf(article.diagnostics, 'authors')).toBe('photo credit');
  });

  it('starts with a caption above the text and ends with the credit line', () => {
    const caption = '5月13日，在示例镇一家庭农场，无人驾驶农机在播种玉米。';
    const credit = '示例社发（刘甲摄）';
    const html = sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, paragraphs: [] }).replace(
      '<div class="article-content">',
      `<div class="article-content"><p><img src="a.jpg"></p><p style="text-align: center">${caption}</p><p>${TEXT}</p><p>${credit}</p><div class="pager"><span>1</span><a href="?page=2">2</a><a href="?page=2">下一页</a></div>`,
    );
    const article = parseHtml(html);
    expect(article.text.split('\n')).toEqual([caption, TEXT, credit]);
    expect(article.authors).toEqual(['刘甲']);
  });
});

describe('notices and notes around the text', () => {
  const header = `<h1>${HEADLINE}</h1>${INFO}`;
  it.each([
    ['a paywall notice in the same paragraph box', '<div style="color:red">您所瀏覽的新聞已過查詢時效。建議您加入示例社付費會員找尋您要的新聞。</div>'],
    ['a members-only notice', '<p>本文为会员专享内容，开通会员即可阅读全文。</p>'],
    ['a helpline appendix and its lead-in', '<p>★示例報關心您：再給自己一次機會</p><p>自殺諮詢專線：0800-000000（24小時）</p><p>生命線：1995</p><p>示例專線：1980</p><p>(示例 )</p>'],
  ])('ends the body before %s', (_, after) => {
    expect(parseHtml(sitePage({ header, after })).text.endsWith(END)).toBe(true);
  });

  it.each([
    ['a two-character name padded with two spaces', '<p>（编辑：何  甲）</p>', '何甲'],
    ['one padded with a full-width space', '<div class="edit">责任编辑：林　乙</div>', '林乙'],
  ])('reads the editor of %s as one name', (_, after, editor) => {
    expect(parseHtml(sitePage({ header, after })).editor).toBe(editor);
  });

  it('reads the editor of a bracketed line with a back-link glued to it, and keeps both out of the body', () => {
    const article = parseHtml(sitePage({ header, after: '<p>（编辑：何甲）<a href="/" title="示例首页"><span>返回示例网，查看更多</span></a></p>' }));
    expect(article.editor).toBe('何甲');
    expect(article.text.endsWith(END)).toBe(true);
  });

  it("starts after a column's bold opening note", () => {
    const note = ['<p><strong>【示例现象观察】</strong></p>', '<p><strong>开栏的话</strong></p>', '<p><strong>短视频已成为这个时代醒目的媒介景观，本版从即日起开设栏目。</strong></p>', '<p><strong>我们尝试梳理它流行的逻辑，并提出可行的建议。</strong></p>'];
    const html = sitePage({ header, paragraphs: [] }).replace('<div class="article-content">', `<div class="article-content">${note.join('')}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`);
    expect(parseHtml(html).text.split('\n')).toEqual(PARAGRAPHS);
  });

  it('starts after the lines a container holds above the heading, and reads the deck and byline', () => {
    const STORY = [
      'At the plant, we first saw the need to talk with our customers in 2007, when a blogger wrote about the service he had received.',
      'Social media has since become a way for us to improve our service, not merely a place for us to talk about it.',
    ];
    const html =
      '<html><head><title>Five Lessons for Business - Example Weekly</title></head><body><div id="article">' +
      '<div id="article_top"><span class="text_size"><span>text size:</span><a href="#">T</a><a href="#">T</a></span><span class="accent">Your Money</span><span class="published_date">September 20, 2011, 6:37 PM EDT</span></div>' +
      '<div id="article_body"><h1>Five Lessons for Business</h1><h2>An executive discusses the strategy for engaging customers online, relying on store staff</h2>' +
      `<p class="author">By <a href="/bios/jane" rel="author">Jane Roe</a></p>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const article = parseHtml(html);
    expect(article.text.split('\n')).toEqual(STORY);
    expect(article.authors).toEqual(['Jane Roe']);
  });
});

describe('the origin, editor and source lines of English pages on Chinese sites', () => {
  const STORY = [
    'Since the park was set up two years ago, rangers have counted more deer and wild boar in its forests, and the number of big cats has grown.',
    'More than two thousand cameras now send pictures from the hills to the rangers, who can check them on their phones during patrols.',
  ];
  const HEADING = 'Camera network helps rangers protect wildlife';
  // China's English portals save the article block alone: no <head>, the date only in the origin line.
  const fragment = (origin: string, after = '') =>
    `<div class="article"><div class="route"><a href="/">Home</a>&gt;&gt;</div><h1>${HEADING}</h1>${origin}${STORY.map((p) => `<p>${p}</p>`).join('')}${after}</div>`;
  const ORIGIN = '<div class="origin"> (<a href="/">Example Daily Online</a>) <span>11:35, November 23, 2022</span></div>';
  it.each([
    ['the outlet in brackets before the time', fragment(ORIGIN)],
    ['a date and a source with a full-width colon', fragment('<p class="art_info"> 2022-11-23&#32;11:35:00 | Source：Example Daily Online </p>')],
  ])('reads the date and the publisher from %s, and starts the body after it', (_, html) => {
    const article = parseHtml(html);
    expect(article.publishedAt?.slice(0, 10)).toBe('2022-11-23');
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe('byline');
    expect(article.publisher).toBe('Example Daily Online');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('byline');
    expect(article.text.split('\n')).toEqual(STORY);
  });

  it('reads a bracketed web editor line after the text as the editor, not the body', () => {
    const article = parseHtml(fragment(ORIGIN, '<div class="editor">(Web editor: Jane Roe, John Doe)</div>'));
    expect(article.editor).toBe('Jane Roe, John Doe');
    expect(article.authors).toEqual([]);
    expect(article.text.split('\n')).toEqual(STORY);
  });
});

describe('sites, headlines and dates a Chinese template prints in its own way', () => {
  it('takes the 来源 account, not the 选稿 editor printed after it', () => {
    const html = sitePage({ header: `<h1>${HEADLINE}</h1><div class="subInfo"><span class="date">2024-05-20 16:25:01</span> <span class="author"></span> <span class="source">来源:<a href="">示例奉贤</a></span> <span class="author">选稿：张甲</span></div>` });
    expectPublisher(html, '示例奉贤', 'byline');
    expect(parseHtml(html).editor).toBe('张甲');
  });

  it('takes the site a <title> names when a script is left to write the headline in', () => {
    expectPublisher(sitePage({ title: '-示例历史网', header: `<h1>${HEADLINE}</h1><p><span>时间：<em>2022-11-24 05:30:58</em></span><span>编辑：<em></em></span></p>` }), '示例历史网', 'title-suffix');
  });

  it('finds the headline above the 来源 line when <title> names only the site and the kind of page', () => {
    const html = sitePage({ title: '示例科普-辟谣文章', header: `<div class="rumor-title">${HEADLINE}</div><div class="rumor-info"><span>来源： 示例科普-科学原理</span></div>` });
    const article = parseHtml(html);
    expect(article.title).toBe(HEADLINE);
    expect(sourceOf(article.diagnostics, 'title')).toBe('the heading above the byline');
  });

  it('dates the page by a bare 时间 line in a sidebar of keywords and labels after image-only paragraphs', () => {
    const after =
      '<p><img src="a.jpg"></p><p><img src="b.jpg"></p></div><div class="aside"><div><a href="/k/1">子弹</a> <a href="/k/2">相对论</a></div>' +
      '<div>所属分类：<span>数理化</span></div><div>辟谣</div><div>复核</div><span class="span_time">时间：2019-09-24 17:08</span><div>分享到：</div><div>相关推荐</div>';
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1><div class="info">来源：示例科普</div>`, after }));
    expect(article.publishedAt?.slice(0, 10)).toBe('2019-09-24');
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe('a line after the body');
  });

  it.each([
    ['a promo pointing at a site, its paragraph left open', '<p>更多“<strong>示例问题怎么办</strong>”的相关经验资讯请关注www.example.com'],
    ['a reprint notice that asks for the source', '<p>本作品为“示例科普-原理一点通”原创，转载时务请注明出处。</p>'],
  ])('ends the body before %s', (_, after) => {
    const article = parseHtml(sitePage({ header: `<h1>${HEADLINE}</h1>${INFO}`, after }));
    expect(article.text.split('\n')).toEqual(PARAGRAPHS);
  });
});
