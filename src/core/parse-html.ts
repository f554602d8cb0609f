// parse (html): a web page → article fields. Removes chrome (scripts, navigation, footers,
// related lists), picks the main content block by text and punctuation density, and reads
// title, date, publisher and authors from meta tags and the byline near the heading.
// Emits a ParsedArticle whose `text` is the clean body, one paragraph a line.
import * as cheerio from 'cheerio';
import type { ParsedArticle } from './document.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { isBreadcrumb, parseDateTime, readMetaLine } from './read-metadata.js';

type Root = cheerio.CheerioAPI;

const CHROME_SELECTORS = 'script, style, noscript, iframe, form, nav, header, footer, aside, textarea, select, button, svg, canvas, template';
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'li', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'td', 'th', 'blockquote', 'pre', 'ul', 'ol', 'dd', 'dt']);

function blockText($: Root, element: cheerio.Cheerio<any>): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: any) => {
    if (node.type === 'text') {
      current += node.data ?? '';
      return;
    }
    if (node.type !== 'tag') return;
    const tag = node.name.toLowerCase();
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'td' || tag === 'th') {
      for (const child of node.children ?? []) walk(child);
      current += ' | ';
      return;
    }
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  element.each((_, el) => walk(el));
  flush();
  return lines.map((line) => line.replace(/(?:\s*\|\s*)+$/u, '').trim()).filter(Boolean);
}

function density(text: string): number {
  return (text.match(/[，。；：！？、,.;:!?]/gu) ?? []).length;
}

function pickContent($: Root): cheerio.Cheerio<any> {
  let best: cheerio.Cheerio<any> = $('body');
  let bestScore = -Infinity;
  $('article, div, section, td').each((_, el) => {
    const node = $(el);
    const text = node.text();
    if (text.length < 40) return;
    const linkText = node.find('a').text().length;
    const paragraphs = node.children('p, br, div').length;
    const score = density(text) * (1 - linkText / Math.max(1, text.length)) + paragraphs * 0.5 - Math.log1p(node.find('*').length) * 0.3;
    if (score > bestScore) {
      bestScore = score;
      best = node;
    }
  });
  return best;
}

function metaContent($: Root, names: string[]): string | null {
  for (const name of names) {
    const value = $(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`).attr('content');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

export function parseHtml(html: string): ParsedArticle {
  const $ = cheerio.load(html);
  const lang = ($('html').attr('lang') ?? '').toLowerCase();
  const chinese = lang.startsWith('zh') || /[\u4e00-\u9fff]/.test($('title').text());
  const url = $('link[rel="canonical"]').attr('href') ?? metaContent($, ['og:url']) ?? null;
  const rawTitle = ($('h1').first().text() || metaContent($, ['og:title']) || $('title').text()).replace(/\s+/g, ' ').trim();
  const title = rawTitle.replace(/\s*[_|｜\-–—]\s*[^_|｜\-–—]{2,30}$/u, '').trim() || rawTitle;
  const metaDate = metaContent($, ['article:published_time', 'PubDate', 'publishdate', 'pubdate', 'publish_date', 'date', 'dc.date', 'DC.date.issued', 'datePublished']);
  let publishedAt = metaDate ? parseDateTime(metaDate, chinese) : null;
  let publisher = metaContent($, ['ContentSource', 'source', 'og:site_name']);
  const authors: string[] = [];
  const metaAuthor = metaContent($, ['author', 'article:author']);
  let editor: string | null = null;

  $(CHROME_SELECTORS).remove();
  $('[class*="breadcrumb" i], [class*="share" i], [id*="share" i], [class*="related" i], [class*="comment" i], [id*="comment" i]').remove();

  // Byline lines anywhere near the top of the page body.
  for (const line of blockText($, $('body')).slice(0, 80)) {
    if (line.length > 160) continue;
    const meta = readMetaLine(line);
    if (!meta) continue;
    publishedAt ??= meta.publishedAt;
    publisher ??= meta.publisher;
    editor ??= meta.editor;
    for (const author of meta.authors) if (!authors.includes(author)) authors.push(author);
  }
  if (authors.length === 0 && metaAuthor) authors.push(metaAuthor);

  const content = pickContent($);
  const lines = blockText($, content).filter((line) => line !== title && !isBreadcrumb(line) && !(line.length <= 160 && readMetaLine(line)));
  return {
    url,
    title,
    publishedAt,
    publisher,
    authors,
    editor,
    format: 'html',
    text: dedupeParagraphs(lines).join('\n'),
  };
}
