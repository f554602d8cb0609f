// parse-html: main content, metadata and refusals on synthetic pages written for these tests
// (test/fixtures/parse/ and the snippets below). Real pages are scored in parse-real-pages.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnusableInputError } from '../src/core/document.js';
import { parseHtml } from '../src/core/parse/parse-html.js';
import { runPipeline } from '../src/core/pipeline.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/parse/${name}`, import.meta.url), 'utf8');

/** A page around a body: nav, breadcrumb, heading, byline, share bar; related list and footer after. */
function page(body: string, options: { title?: string; head?: string; heading?: string; byline?: string } = {}): string {
  const title = options.title ?? '示例县召开经济运行分析会_示例县人民政府';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">政务公开</a> <a href="/c">互动交流</a> <a href="/d">办事服务</a></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/a">要闻</a></div>
<div class="main"><h1>${options.heading ?? '示例县召开经济运行分析会'}</h1>
<div class="info">${options.byline ?? '发布时间：2024-03-05 16:20 来源：示例县融媒体中心'}</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="text">${body}</div>
<div class="related"><h4>相关阅读</h4><ul><li><a href="/x1">示例县一季度工业增加值增长6%</a></li><li><a href="/x2">示例县新增市场主体1200户</a></li><li><a href="/x3">示例县举行重点项目集中开工仪式</a></li></ul></div>
</div>
<div class="footer">版权所有：示例县人民政府 备案号：示ICP备12345678号 技术支持：示例县大数据中心</div>
</body></html>`;
}

const P1 = '<p>3月5日，示例县召开一季度经济运行分析会，通报1至2月全县主要经济指标完成情况。</p>';
const P2 = '<p>1至2月，全县规模以上工业增加值同比增长8.2%，社会消费品零售总额完成21.4亿元，增长5.6%。</p>';
const P3 = '<p>会议要求，各部门要紧盯全年目标任务，加快项目建设进度，确保首季“开门红”。</p>';

describe('parseHtml: main content', () => {
  it('keeps the article and drops navigation, breadcrumb, share bar, related list, comments and footer', () => {
    const parsed = parseHtml(fixture('cms-article.html'));
    expect(parsed.text.split('\n')).toEqual([
      '一季度，示例市一般公共预算收入完成86.4亿元，同比增长7.5%，完成年度预算的27.1%。其中税收收入64.2亿元，增长6.8%，占一般公共预算收入的比重为74.3%。',
      '民生支出保障有力',
      '一季度，全市一般公共预算支出完成102.7亿元，增长4.9%，其中民生支出83.5亿元，占比81.3%。',
      '项目 | 金额（亿元） | 增幅',
      '教育支出 | 21.6 | 5.4%',
      '社会保障和就业支出 | 18.9 | 6.1%',
      '下一步，市财政局将继续落实好结构性减税降费政策，加强财政资源统筹，兜牢基层“三保”底线。',
      // A bracketed sign-off on its own line closes the text, as readers and annotators take it.
      '（记者 张三）',
    ]);
  });

  it('reads title, date, source, authors, editor and url of the same page', () => {
    const parsed = parseHtml(fixture('cms-article.html'));
    expect(parsed).toMatchObject({
      title: '示例市一季度财政收入增长7.5% 民生支出占比超八成',
      publishedAt: '2024-04-18T10:05:00+08:00',
      publisher: '示例市财政局',
      authors: ['王小明', '李华', '张三'],
      editor: '赵六',
      url: 'https://www.example.gov.cn/zwgk/2024/04/18/art_1.html',
      format: 'html',
    });
  });

  it.each([
    ['paragraph breaks', `${P1}${P2}${P3}`, [P1, P2, P3]],
    ['<br> line breaks inside one block', '<div>3月5日，示例县召开一季度经济运行分析会，通报1至2月全县主要经济指标完成情况。<br>1至2月，全县规模以上工业增加值同比增长8.2%，社会消费品零售总额完成21.4亿元，增长5.6%。</div>', [P1, P2]],
    ['a paragraph repeated verbatim', `${P1}${P2}${P2}${P3}`, [P1, P2, P3]],
    ['a truncated lead printed before the full paragraph', `<p>3月5日，示例县召开一季度经济运行分析会。</p><p>3月5日，示例县召开一季度经济运行分析会，通报1至2月全县主要经济指标完成情况。</p>${P2}`, [P1, P2]],
    ['a caption under an image', `${P1}<p align="center"><img src="a.jpg"></p><p align="center">会议现场</p>${P2}`, [P1, P2]],
    ['a caption in the same block as its image', `${P1}<p><img src="a.jpg">图为会议现场</p>${P2}`, [P1, P2]],
    ['a photo credit', `${P1}<p>会议现场。记者 王五 摄</p>${P2}`, [P1, P2]],
    ['a <figcaption>', `${P1}<figure><img src="a.jpg"><figcaption>会议现场</figcaption></figure>${P2}`, [P1, P2]],
    ['a 原标题 line', `<p>（原标题：示例县一季度经济开局良好）</p>${P1}${P2}`, [P1, P2]],
    ['editor and source lines after the body', `${P1}${P2}<p>（责任编辑：刘七）</p><p>本文来源：示例日报</p>`, [P1, P2]],
    ['a QR-code prompt and a reprint notice after the body', `${P1}${P2}<p>扫一扫在手机打开当前页</p><p>转载请注明出处。</p>`, [P1, P2]],
    ['hidden blocks', `${P1}<div style="display:none"><p>这是隐藏的内容，不应出现在正文中，共计100字。</p></div>${P2}`, [P1, P2]],
    ['scripts, styles and forms', `${P1}<script>var a = "统计数据增长10%，共20项";</script><style>p{color:red}</style><textarea>留言内容，增长30%。</textarea>${P2}`, [P1, P2]],
  ])('handles %s', (_name, body, expected) => {
    const text = parseHtml(page(body)).text;
    expect(text).toBe(expected.map((p) => p.replace(/<[^>]+>/g, '')).join('\n'));
  });

  it('keeps a data table as rows of cells joined by " | "', () => {
    const table = '<table><thead><tr><th>指标</th><th>数值</th><th>增长</th></tr></thead><tbody><tr><td>地区生产总值</td><td>128.6亿元</td><td>5.2%</td></tr><tr><td>财政收入</td><td>9.8<br>亿元</td><td>3.1%</td></tr></tbody></table>';
    const text = parseHtml(page(`${P1}${table}${P2}`)).text;
    expect(text.split('\n')).toEqual([P1.replace(/<[^>]+>/g, ''), '指标 | 数值 | 增长', '地区生产总值 | 128.6亿元 | 5.2%', '财政收入 | 9.8 亿元 | 3.1%', P2.replace(/<[^>]+>/g, '')]);
  });

  it('reads a layout table as blocks, not as a data table', () => {
    const layout = `<table><tr><td><table><tr><td>栏目</td></tr></table></td><td>${P1}${P2}</td></tr></table>`;
    const text = parseHtml(page(layout)).text;
    expect(text).toBe([P1, P2].map((p) => p.replace(/<[^>]+>/g, '')).join('\n'));
  });

  it('joins source line breaks between Chinese characters and keeps real spaces', () => {
    const text = parseHtml(page('<p>为满足婴幼儿照护需求，促进\n<span>呼和浩特</span>\n市照护服务发展，制定如下措施。</p><p>中国网5月13日讯 据示例市政府网站消息，措施近日发布。</p>')).text;
    expect(text).toBe('为满足婴幼儿照护需求，促进呼和浩特市照护服务发展，制定如下措施。\n中国网5月13日讯 据示例市政府网站消息，措施近日发布。');
  });

  it('finds the body of an English page', () => {
    const html = `<html lang="en"><head><title>County Budget Passes | Example County</title><meta property="article:published_time" content="2024-06-03T09:00:00-04:00"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
      <article><h1>County Budget Passes</h1><p class="byline">June 3, 2024 by Jane Doe</p>
      <p>The county board approved a $412 million budget on Monday, an increase of 3.5 percent over last year.</p>
      <p>Spending on roads rises to $38 million, while the property tax rate stays at 0.82 percent.</p></article>
      <footer>Copyright 2024 Example County. All rights reserved.</footer></body></html>`;
    const parsed = parseHtml(html);
    expect(parsed.title).toBe('County Budget Passes');
    expect(parsed.publishedAt).toBe('2024-06-03T09:00:00-04:00');
    expect(parsed.authors).toEqual(['Jane Doe']);
    expect(parsed.text).toBe('The county board approved a $412 million budget on Monday, an increase of 3.5 percent over last year.\nSpending on roads rises to $38 million, while the property tax rate stays at 0.82 percent.');
  });
});

describe('parseHtml: metadata', () => {
  it.each([
    ['the heading, not the <title> with its site suffix', {}, '示例县召开经济运行分析会'],
    ['a heading broken over <br> lines', { heading: '示例县召开<br>经济运行分析会', title: '示例县召开经济运行分析会_示例县人民政府' }, '示例县召开经济运行分析会'],
    ['a heading printed in a plain <div>', { heading: '', head: '', title: '示例县召开经济运行分析会-示例县人民政府' }, '示例县召开经济运行分析会'],
  ])('title: %s', (_name, options, expected) => {
    const body = options.heading === '' ? `<div class="tt">示例县召开经济运行分析会</div>${P1}${P2}` : `${P1}${P2}`;
    expect(parseHtml(page(body, options)).title).toBe(expected);
  });

  it.each([
    ['article:published_time with its zone', '<meta property="article:published_time" content="2024-03-05T08:00:00Z">', undefined, '2024-03-05T08:00:00Z'],
    ['PubDate without a zone on a Chinese page gets +08:00', '<meta name="PubDate" content="2024-03-05 16:20:31">', undefined, '2024-03-05T16:20:31+08:00'],
    ['a 发布时间 line under the heading', '', '发布时间：2024年3月5日 16:20 来源：示例县融媒体中心', '2024-03-05T16:20:00+08:00'],
    ['a bare date line under the heading', '', '2024-03-05 16:20', '2024-03-05T16:20:00+08:00'],
    ['a date with no time', '', '日期：2024-03-05', '2024-03-05'],
  ])('date: %s', (_name, head, byline, expected) => {
    expect(parseHtml(page(`${P1}${P2}`, { head, byline })).publishedAt).toBe(expected);
  });

  it('reads the source, author and editor lines around the body', () => {
    const parsed = parseHtml(page(`<p>□ 本报记者 陈八</p>${P1}${P2}<p>（责编：钱九、孙十）</p>`, { byline: '2024-03-05 16:20 | 来源：示例日报 作者：周一' }));
    expect(parsed.publisher).toBe('示例日报');
    expect(parsed.authors).toEqual(['周一', '陈八']);
    expect(parsed.editor).toBe('钱九、孙十');
    expect(parsed.text).toBe([P1, P2].map((p) => p.replace(/<[^>]+>/g, '')).join('\n'));
  });

  it('takes the url from og:url when there is no canonical link', () => {
    const parsed = parseHtml(page(`${P1}${P2}`, { head: '<meta property="og:url" content="https://example.org/news/2024/0305.html">' }));
    expect(parsed.url).toBe('https://example.org/news/2024/0305.html');
  });
});

describe('parseHtml: input that is no article', () => {
  it.each([
    ['an RSS feed', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>示例</title><item><title>新闻</title><description>增长5%</description></item></channel></rss>', /XML feed or sitemap \(<rss>\)/],
    ['an Atom feed', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', /XML feed or sitemap \(<feed>\)/],
    ['other XML', '<?xml version="1.0"?><data><row>1</row></data>', /XML document \(<data>\)/],
    ['a frameset', '<html><head><title>示例</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>', /frameset page.*menu\.html, main\.html/],
    ['a meta-refresh redirect', '<html><head><meta http-equiv="refresh" content="0; url=https://example.org/new.html"></head><body></body></html>', /redirect-only page: meta refresh to https:\/\/example\.org\/new\.html/],
    ['a script redirect', '<html><head><script>window.location.href = "https://example.org/x";</script></head><body></body></html>', /redirect-only page: a script sends the browser to https:\/\/example\.org\/x/],
    ['an iframe wrapper', '<html><body><iframe src="https://example.org/a.html"></iframe></body></html>', /only embeds https:\/\/example\.org\/a\.html/],
    ['a page of links only', '<html><body><ul><li><a href="/">首页</a></li><li><a href="/a">新闻</a></li><li><a href="/b">公告</a></li></ul></body></html>', /no article text found/],
    ['an empty body', '<html><head><title>空</title></head><body>   </body></html>', /no visible text/],
  ])('refuses %s with a clear reason', (_name, html, reason) => {
    expect(() => parseHtml(html)).toThrow(UnusableInputError);
    expect(() => parseHtml(html)).toThrow(reason);
  });

  it('still reads malformed HTML with unclosed tags', () => {
    const parsed = parseHtml('<html><body><div><p>今年以来，全市规模以上工业增加值增长6.3%，高于全省平均水平。<p>固定资产投资增长8.1%，其中民间投资增长4.2%。<div><span>');
    expect(parsed.text).toBe('今年以来，全市规模以上工业增加值增长6.3%，高于全省平均水平。\n固定资产投资增长8.1%，其中民间投资增长4.2%。');
  });

  it('turns each refusal into an error record and lets the batch go on', () => {
    const inputs = [
      { source: 'feed.html', html: '<rss version="2.0"><channel></channel></rss>' },
      { source: 'binary.html', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      { source: 'good.html', html: page(`${P1}${P2}`) },
      { source: 'json.html', html: '{"items": [1, 2, 3]}' },
    ];
    const results = inputs.map((input) => runPipeline({ source: input.source, bytes: input.bytes ?? new TextEncoder().encode(input.html!), formatHint: 'html' }));
    expect(results.map((r) => (r.article ? 'article' : `${r.errors[0]!.stage}: ${r.errors[0]!.message}`))).toEqual([
      'parse: XML feed or sitemap (<rss>), not an article page',
      'decode: binary data, not text: the bytes are a PNG image',
      'article',
      'parse: JSON data, not an article',
    ]);
  });
});
