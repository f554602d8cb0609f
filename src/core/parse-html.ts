// parse (html): a web page → article fields. Refuses what is no article page (feeds, other XML,
// framesets, redirect-only pages, pages with no running text). Parses the DOM once
// (htmlparser2 through cheerio), finds the main content by text, link and punctuation density
// (find-main-content.ts), drops captions, bylines, share bars and copyright lines from it, and
// reads title, date, publisher, authors, editor and url from meta tags and the lines between
// the heading and the body. Emits a ParsedArticle whose `text` is the clean body, one paragraph
// a line, data-table rows as cells joined by ` | `.
import { load } from 'cheerio/slim';
import { UnusableInputError, type ParsedArticle } from './document.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { buildPageModel, collapseWhitespace, findMainContent, isCaptionLine, isChromeLine, isProse, type DomNode, type PageModel, type TextLine } from './find-main-content.js';
import {
  isBreadcrumb,
  isBoilerplateLine,
  parseDateTime,
  readBylineLine,
  readClosingByline,
  readMetadataOnlyLine,
  type MetaLineFields,
} from './read-metadata.js';

const FEED_ROOTS = /^\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*>)\s*)*<(rss|feed|rdf:RDF|urlset|sitemapindex|opml|OAI-PMH)\b/i;
const XML_ROOT = /^\s*<\?xml[^>]*>\s*(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*>)\s*)*<([\w:.-]+)/i;

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publishtime',
  'publication_date', 'published_time', 'article:published', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'firstpublishedtime', 'weibo: article:create_at', 'og:release_date', 'date', 'createdate', 'created',
];
const TITLE_META = ['og:title', 'twitter:title', 'articletitle', 'headline', 'title', 'dc.title'];
const PUBLISHER_META = ['contentsource', 'source', 'article:source', 'dc.publisher'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author'];

const TITLE_HINT = /title|headline|biaoti|\btit\b|\bbt\b|heading/i;
const SHORT_CHROME = /^(?:打印|关闭|收藏|已收藏|分享|朗读|举报|字号|大|中|小|超大|标准|更多|返回|顶|踩|回复|纠错|【纠错】|正文|T|\+|-|\||x|×|首页|上一页|下一页|尾页|调整字体|小字号|大字号|我要纠错|我来说两句|发表评论|查看评论|评论|赞|Share|Print|Email|Tweet|Twitter Facebook Email)$/i;
const TRAILING_CHROME = /点击|扫描|长按|识别|关注我们|关注公众号|回复【|阅读原文|在看|点赞|下载客户端|客户端下载|更多精彩|欢迎转发|正文已结束|本文为.{0,20}授权|转载请注明|文章来源于|来源于网络|如有侵权|申请加入|申请入驻|投稿邮箱|商务合作|广告合作|[\w.-]+@[\w-]+\.[\w.]+/u;
/** Meta `author` values that name a site, a desk or an id rather than a person. */
const NOT_A_PERSON = /\d{3,}|网|报|社|新闻|频道|电视|在线|传媒|集团|编辑部|news|media|\.com|https?:/iu;
const SUMMARY_BOX_LABEL = /^(?:划重点|要点速览|本文要点)\s*[:：]?$/u;
const LEAD_LABEL = /^(?:summary|abstract|highlights|摘要|导语|内容提要|核心提示|划重点)\s*[:：]?$/iu;
const TRAILING_LINK = /\s*(?:返回[^，。]{0,12}首页\s*(?:>>|»)?|【详细】|\[详细\]|更多\s*>>)\s*$/u;
const ORIGINAL_TITLE = /^[（(【\[]?\s*(?:本文)?原标题\s*[:：]/u;

interface HeadMetadata {
  meta: Map<string, string>;
  docTitle: string;
  url: string | null;
  refreshUrl: string | null;
  frames: string[];
  iframes: string[];
  jsonLdDate: string | null;
  lang: string;
}

function textOf(node: DomNode): string {
  let out = '';
  const walk = (n: DomNode) => {
    if (n.type === 'text') out += n.data ?? '';
    else if (n.type === 'tag') {
      const tag = n.name!.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'textarea') return;
      if (tag === 'br' || tag === 'div' || tag === 'p') out += '\n';
      for (const child of n.children ?? []) walk(child);
    }
  };
  walk(node);
  return collapseWhitespace(out);
}

/** One walk over the whole document for what the head and a few body tags say about the page. */
function readHead(root: DomNode, html: string): HeadMetadata {
  const meta = new Map<string, string>();
  const frames: string[] = [];
  const iframes: string[] = [];
  let docTitle = '';
  let canonical: string | undefined;
  let lang = '';
  let wrapperAttribs: Record<string, string> = {};
  const stack: DomNode[] = [...(root.children ?? [])].reverse();
  const top = (root.children ?? []).find((n) => n.type === 'tag');
  if (top?.name?.toLowerCase() === 'text') wrapperAttribs = top.attribs ?? {};
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const tag = node.name!.toLowerCase();
    const attribs = node.attribs ?? {};
    if (tag === 'meta') {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').trim().toLowerCase();
      // Some saved pages (the postlight fixtures) carry the value in `value` instead of `content`.
      const value = (attribs.content ?? attribs.value ?? '').trim();
      if (key && value && !meta.has(key)) meta.set(key, value);
      continue;
    }
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'textarea') continue;
    if (tag === 'title' && !docTitle) docTitle = collapseWhitespace(textOf(node));
    else if (tag === 'link' && !canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) canonical = attribs.href;
    else if (tag === 'html' && !lang) lang = (attribs.lang ?? attribs['xml:lang'] ?? '').toLowerCase();
    else if (tag === 'frame' && attribs.src) frames.push(attribs.src);
    else if (tag === 'iframe' && attribs.src) iframes.push(attribs.src);
    if ((attribs.itemprop === 'datePublished' || (tag === 'time' && ('pubdate' in attribs || 'itemprop' in attribs))) && !meta.has('datepublished')) {
      const value = attribs.datetime ?? attribs.content;
      if (value) meta.set('datepublished', value);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  docTitle ||= collapseWhitespace(wrapperAttribs.title ?? '');
  const withPath = (u: string | undefined | null) => (u && /^https?:\/\/[^/]+\/.+/.test(u.trim()) ? u.trim() : null);
  const url =
    withPath(canonical) ||
    withPath(meta.get('og:url')) ||
    withPath(meta.get('url')) ||
    (wrapperAttribs.id && /^https?:\/\//.test(wrapperAttribs.id) ? wrapperAttribs.id : null) ||
    null;
  const refresh = meta.get('refresh');
  const refreshUrl = refresh ? (refresh.match(/url\s*=\s*['"]?([^'";\s]+)/i)?.[1] ?? refresh) : null;
  const jsonLdDate = html.match(/"datePublished"\s*:\s*"([^"]{8,40})"/)?.[1] ?? null;
  return { meta, docTitle, url, refreshUrl, frames, iframes, jsonLdDate, lang };
}

function metaValue(head: HeadMetadata, keys: string[]): string | null {
  for (const key of keys) {
    const value = head.meta.get(key);
    if (value) return value;
  }
  return null;
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/gu, '').toLowerCase();
}

/** Character pairs as numbers (two UTF-16 units), counted. */
function bigrams(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** How many of `text`'s character pairs the reference holds, and how many pairs `text` has. */
function overlap(text: string, reference: Map<number, number>): { shared: number; own: number } {
  const used = new Map<number, number>();
  let shared = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
    const available = reference.get(gram) ?? 0;
    if (available === 0) continue;
    const taken = used.get(gram) ?? 0;
    if (taken < available) {
      used.set(gram, taken + 1);
      shared++;
    }
  }
  return { shared, own: Math.max(0, text.length - 1) };
}

/** The longest segment of a <title> once site names after `_`, `|`, ` - ` and `--` are cut. */
export function stripSiteSuffix(title: string): string {
  const segments = title.split(/\s*(?:_+|\||｜|--+|\s[-–—]\s)\s*/u).map((s) => s.trim()).filter(Boolean);
  if (segments.length <= 1) return title.trim();
  return segments.reduce((best, s) => (s.length > best.length ? s : best), '');
}

interface TitleChoice {
  title: string;
  /** Index of the heading's first line in model.lines, or -1 when it came from meta tags. */
  line: number;
}

/**
 * The article heading: the heading-like element or line whose text best covers the <title>
 * or the meta title (shared character pairs, less the pairs it has on its own), h1 first on
 * ties. Lines count as candidates because many CMS templates print the heading in a <div>.
 */
function findTitle(model: PageModel, head: HeadMetadata): TitleChoice {
  const metaTitle = metaValue(head, TITLE_META)?.replace(/<[^>]*>/g, '') ?? null;
  const references = [head.docTitle, metaTitle].filter((t): t is string => !!t).map((t) => bigrams(comparable(t)));
  let best: { text: string; element: number; line: number; score: number; rank: number } | null = null;
  const firstHeadings: { text: string; element: number; rank: number }[] = [];
  /** Scores a candidate; returns whether most of its pairs are in a reference (worth extending). */
  const consider = (text: string, element: number, line: number, rank: number): boolean => {
    const key = comparable(text);
    let promising = false;
    for (const reference of references) {
      const { shared, own } = overlap(key, reference);
      if (own === 0 || shared / own < 0.6) continue;
      promising = true;
      const score = shared - (own - shared);
      if (!best || score > best.score || (score === best.score && rank < best.rank)) best = { text, element, line, score, rank };
    }
    return promising;
  };
  model.elements.forEach((info, id) => {
    const headingLevel = /^h[1-6]$/.test(info.tag) ? Number(info.tag[1]) : 0;
    const attribs = info.node.attribs ?? {};
    const hinted = !headingLevel && TITLE_HINT.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`) && /^(?:div|span|p|td|strong|b|font|header|hgroup|section|a)$/.test(info.tag);
    if (!headingLevel && !hinted) return;
    if (info.chars < 2 || info.chars > 200 || info.negative) return;
    const text = textOf(info.node);
    if (!text || text.length > 200) return;
    const rank = headingLevel || 7;
    if (headingLevel && firstHeadings.length < 6) firstHeadings.push({ text, element: id, rank });
    consider(text, id, info.firstLine, rank);
  });
  if (references.length > 0) {
    // Single lines and runs of up to four (headings broken with <br> or nested blocks).
    const usable = (line: TextLine | undefined) => !!line && line.chars >= 1 && line.chars <= 150 && !line.tableRow && line.block >= 0 && line.linkChars <= line.chars * 0.5;
    model.lines.forEach((line, index) => {
      if (!usable(line)) return;
      let text = line.text;
      // Only a line that is mostly heading is worth joining with the lines after it.
      if (!consider(text, line.block, index, 8)) return;
      for (let k = 1; k < 4 && usable(model.lines[index + k]); k++) {
        const next = model.lines[index + k]!.text;
        text = /[\u4e00-\u9fff]$/u.test(text) || /^[\u4e00-\u9fff]/u.test(next) ? text + next : `${text} ${next}`;
        if (text.length > 200) break;
        consider(text, line.block, index, 8 + k);
      }
    });
  }
  const chosen = best as { text: string; line: number } | null;
  if (chosen) return { title: chosen.text, line: chosen.line };
  if (metaTitle) return { title: stripSiteSuffix(collapseWhitespace(metaTitle)), line: -1 };
  if (head.docTitle) return { title: stripSiteSuffix(head.docTitle), line: -1 };
  const first = firstHeadings.sort((a, b) => a.rank - b.rank)[0];
  return first ? { title: first.text, line: model.elements[first.element]!.firstLine } : { title: '', line: -1 };
}

function mergeFields(target: MetaLineFields, fields: MetaLineFields | null): boolean {
  if (!fields) return false;
  target.publishedAt ??= fields.publishedAt;
  target.publisher ??= fields.publisher;
  target.editor ??= fields.editor;
  for (const author of fields.authors) if (!target.authors.includes(author)) target.authors.push(author);
  return true;
}

const LABEL_ONLY = /(?:发布时间|发布日期|发表时间|发稿时间|时间|日期|来源|稿件来源|信息来源|文章来源|本文来源|作者|记者|责任编辑|编辑)\s*[:：]\s*$/u;

/** Lines between the heading and the body, label-only lines joined with the value after them. */
function headerLines(model: PageModel, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    let text = model.lines[i]!.text;
    while (LABEL_ONLY.test(text) && i + 1 < to && model.lines[i + 1]!.text.length <= 40) text += model.lines[++i]!.text;
    out.push(text);
  }
  return out;
}

function sameAsTitle(text: string, title: string): boolean {
  if (!title) return false;
  const a = comparable(text);
  const b = comparable(title);
  return a === b || (a.length >= 6 && b.startsWith(a) && a.length >= b.length * 0.5);
}

function rejectNonArticle(html: string): void {
  const head = html.slice(0, 4096);
  const feed = head.match(FEED_ROOTS);
  if (feed) throw new UnusableInputError('parse', `XML feed or sitemap (<${feed[1]}>), not an article page`);
  const xml = head.match(XML_ROOT);
  if (xml && !/^html$/i.test(xml[1]!)) throw new UnusableInputError('parse', `XML document (<${xml[1]}>), not an HTML page`);
}

function explainEmpty(head: HeadMetadata, model: PageModel, html: string): string {
  if (head.frames.length > 0) return `frameset page: the content is in frames (${head.frames.slice(0, 3).join(', ')}), not in this document`;
  if (head.refreshUrl) return `redirect-only page: meta refresh to ${head.refreshUrl}, no content of its own`;
  const script = html.match(/(?:window\.|document\.|top\.)?location(?:\.href)?\s*=\s*['"]([^'"]+)['"]|location\.replace\(\s*['"]([^'"]+)['"]/);
  const visible = model.lines.reduce((sum, line) => sum + line.chars, 0);
  if (script && visible < 200) return `redirect-only page: a script sends the browser to ${script[1] ?? script[2]}`;
  if (visible === 0 && head.iframes.length > 0) return `no text of its own: the page only embeds ${head.iframes.slice(0, 3).join(', ')} in an iframe`;
  if (visible === 0) return 'no visible text in this page';
  return `no article text found: ${visible} characters of visible text, none of it running prose`;
}

export function parseHtml(html: string): ParsedArticle {
  rejectNonArticle(html);
  const root = load(html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0] as unknown as DomNode;
  const head = readHead(root, html);
  const model = buildPageModel(root);
  const { title, line: titleLine } = findTitle(model, head);
  const main = findMainContent(model, titleLine);
  if (!main || main.lines.length === 0) throw new UnusableInputError('parse', explainEmpty(head, model, html));

  const han = /[\u4e00-\u9fff]/u;
  const chinese = head.lang.startsWith('zh') || han.test(title) || han.test(head.docTitle);
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };

  // Metadata near the heading: from the heading to the body, or the lines just above the body.
  const bodyFirst = main.lines[0]!;
  const headerFrom = titleLine >= 0 && titleLine < bodyFirst && bodyFirst - titleLine <= 60 ? titleLine : Math.max(0, bodyFirst - 15);
  for (const line of headerLines(model, headerFrom, bodyFirst)) {
    if (line.length > 160) continue;
    mergeFields(fields, readMetadataOnlyLine(line, chinese));
  }

  const body = cleanBody(model, main.lines, title, chinese, fields);
  if (body.length === 0) throw new UnusableInputError('parse', explainEmpty(head, model, html));

  const metaDate = metaValue(head, DATE_META) ?? head.jsonLdDate;
  const publishedAt = (metaDate ? parseDateTime(metaDate, chinese) : null) ?? fields.publishedAt;
  const metaPublisher = metaValue(head, PUBLISHER_META);
  const metaAuthor = metaValue(head, AUTHOR_META);
  const authors = fields.authors.length > 0 ? fields.authors : metaAuthor && metaAuthor.length <= 40 && !NOT_A_PERSON.test(metaAuthor) ? [metaAuthor] : [];
  return {
    url: head.url,
    title,
    publishedAt,
    publisher: fields.publisher ?? metaPublisher ?? head.meta.get('og:site_name') ?? null,
    authors,
    editor: fields.editor,
    format: 'html',
    text: body.join('\n'),
  };
}

/**
 * `划重点：` boxes list sentences quoted from the body below them; kept, they would put the
 * same claims in the dataset twice. The box is the smallest block around the label that holds
 * the lines after it.
 */
function dropSummaryBox(model: PageModel, indexes: number[]): number[] {
  const labelAt = indexes.slice(0, 3).findIndex((index) => SUMMARY_BOX_LABEL.test(model.lines[index]!.text.trim()));
  if (labelAt < 0) return indexes;
  const label = indexes[labelAt]!;
  const total = indexes.reduce((sum, index) => sum + model.lines[index]!.chars, 0);
  const labelBlock = model.lines[label]!.block;
  for (let id = labelBlock; id >= 0; id = model.elements[id]!.parent) {
    const box = model.elements[id]!;
    if (box.lastLine <= label) continue;
    if (box.chars > total * 0.5) break;
    return indexes.filter((index) => index < box.firstLine || index > box.lastLine);
  }
  // `<p>划重点：</p><ol>…</ol>`: the box is the label and the block right after it.
  const next = model.lines[label + 1];
  const parent = model.elements[labelBlock]!.parent;
  if (next && parent >= 0) {
    let id = next.block;
    while (id >= 0 && model.elements[id]!.parent !== parent) id = model.elements[id]!.parent;
    const list = id >= 0 ? model.elements[id]! : null;
    if (list && list.chars <= total * 0.5) return indexes.filter((index) => index !== label && (index < list.firstLine || index > list.lastLine));
  }
  return indexes.filter((index) => index !== label);
}

/**
 * Digits that may carry a claim. Document numbers (`国发〔2015〕40号`), bare year-month lines and
 * dated adoption notes in parentheses do not; a kicker such as `15家企业` does and is kept.
 */
function hasClaimDigits(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const t = text.trim();
  if (/[〔［\[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号$/u.test(t)) return false;
  if (/^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/u.test(t) || /^\d{4}[-./]\d{1,2}$/.test(t)) return false;
  if (/^[（(].*\d{4}\s*年.*[）)]$/u.test(t)) return false;
  return true;
}

/** The body lines as text: captions, chrome, bylines and leading/trailing metadata removed. */
function cleanBody(model: PageModel, indexes: number[], title: string, chinese: boolean, fields: MetaLineFields): string[] {
  let keptIndexes: number[] = [];
  for (const index of indexes) {
    const line = model.lines[index]!;
    if (isChromeLine(line) || isCaptionLine(line, model.lines[index - 1]) || isBreadcrumb(line.text)) continue;
    if (ORIGINAL_TITLE.test(line.text)) continue;
    if (SHORT_CHROME.test(line.text.trim())) continue;
    // Lines of symbols alone (`↓↓↓`, `★★★`, replacement characters saved into the page).
    if (!/[\p{L}\p{N}]/u.test(line.text)) continue;
    keptIndexes.push(index);
  }
  keptIndexes = dropSummaryBox(model, keptIndexes);
  const kept = keptIndexes.map((index) => model.lines[index]!);
  // Leading lines: the heading again (maybe broken over several lines), the date/source line,
  // bylines, and short unpunctuated lines (kickers, document numbers, `For Immediate Release`).
  const titleKey = comparable(title);
  while (kept.length > 1) {
    const line = kept[0]!;
    const text = line.text;
    if (sameAsTitle(text, title)) {
      kept.shift();
      continue;
    }
    // A kicker right above the repeated heading (`15家企业` over the title) belongs to the heading.
    if (line.punct === 0 && line.chars <= 30 && !line.tableRow && kept[1] && sameAsTitle(kept[1].text, title)) {
      kept.splice(0, 2);
      continue;
    }
    let joined = '';
    let span = 0;
    while (span < kept.length - 1 && span < 6 && titleKey.startsWith(joined + comparable(kept[span]!.text))) joined += comparable(kept[span++]!.text);
    if (span > 0 && joined.length >= titleKey.length * 0.8) {
      kept.splice(0, span);
      continue;
    }
    if (!isProse(line) || text.length <= 60) {
      const meta = readMetadataOnlyLine(text, chinese);
      if (meta) {
        mergeFields(fields, meta);
        kept.shift();
        continue;
      }
    }
    if ((line.punct === 0 && line.chars <= 50 && !line.tableRow && !hasClaimDigits(text)) || LEAD_LABEL.test(text.trim())) {
      kept.shift();
      continue;
    }
    break;
  }
  for (let i = 0; i < Math.min(3, kept.length); i++) {
    const byline = readBylineLine(kept[i]!.text);
    if (byline && kept.length > 1) {
      for (const author of byline) if (!fields.authors.includes(author)) fields.authors.push(author);
      kept.splice(i, 1);
      i--;
    }
  }
  // Trailing lines: editor, source, byline, reprint notices, QR-code prompts.
  while (kept.length > 1) {
    const line = kept[kept.length - 1]!;
    const text = line.text.trim();
    const meta = text.length <= 80 ? readMetadataOnlyLine(text, chinese) : null;
    if (meta) {
      mergeFields(fields, meta);
      kept.pop();
      continue;
    }
    if (isBoilerplateLine(text) || (text.length <= 80 && TRAILING_CHROME.test(text)) || (!isProse(line) && !line.tableRow && line.chars <= 12 && !/[。！？!?]$/u.test(text))) {
      kept.pop();
      continue;
    }
    break;
  }
  const last = kept[kept.length - 1];
  if (last) last.text = last.text.replace(TRAILING_LINK, '');
  if (last) for (const author of readClosingByline(last.text)) if (!fields.authors.includes(author)) fields.authors.push(author);
  return dedupeParagraphs(kept.map((line) => line.text));
}
