// Where a page's date and publisher come from when no byline says them: meta tags, JSON-LD,
// script variables, the URL, relative and year-less dates against the crawl time, the <title>
// suffix and the footer. Each value must name its source in the diagnostics. Pages are small
// ones written for these tests.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/core/parse/parse-html.js';
import { dateFromUrl, resolveRelativeDate, resolveYearlessDate } from '../src/core/parse/find-article-date.js';

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

describe('publication date without a byline', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2019-09-18T10:00:00+08:00">', '2019-09-18', 'meta:article:published_time'],
    ['itemprop=datePublished', '<meta itemprop="datePublished" content="2021-03-02">', '2021-03-02', 'meta:datepublished'],
    ['pubdate', '<meta name="pubdate" content="2018-07-06 09:30">', '2018-07-06', 'meta:pubdate'],
    ['publishdate', '<meta name="publishdate" content="2017-03-10">', '2017-03-10', 'meta:publishdate'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-04T08:00:00+08:00"}</script>', '2020-05-04', 'json-ld'],
    ['a script variable', '<script>var publish_time = "2016-11-23 14:05:00";</script>', '2016-11-23', 'script:publish_time'],
    ['a script object field', '<script>window.DATA = {"pubtime":"2015-08-09 10:11"};</script>', '2015-08-09', 'script:pubtime'],
  ])('reads %s', (_, head, day, source) => {
    const article = parseHtml(page(head));
    expect(article.publishedAt?.slice(0, 10)).toBe(day);
    expect(sourceOf(article.diagnostics, 'publishedAt')).toBe(source);
  });

  it.each([
    ['http://news.example.cn/2019/0918/c1001-123.html', '2019-09-18'],
    ['http://www.example.gov.cn/xwzx/201909/t20190918_12345.html', '2019-09-18'],
    ['http://tech.example.cn/2017-03/10/content_23937776.htm', '2017-03-10'],
    ['https://example.com/2020/05/04/city-budget/', '2020-05-04'],
    ['http://www.example.cn/a/20210102/abc.shtml', '2021-01-02'],
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
    const article = parseHtml(html);
    expect(article.publisher).toBe(publisher);
    expect(sourceOf(article.diagnostics, 'publisher')).toBe(source);
  });

  it('prefers the 来源 line by the heading to the site', () => {
    const article = parseHtml(page('<meta property="og:site_name" content="示例新闻网">', '<div class="info">2024-05-06 来源：新华社</div>'));
    expect(article.publisher).toBe('新华社');
    expect(sourceOf(article.diagnostics, 'publisher')).toBe('byline');
  });
});
