// What a page's <head> says (meta tags, <title>) and which line of the page is the article's
// heading: the line that matches the head's title best by character bigrams (once the site's
// name is cut off the title), else the heading-like element right above the byline.
import { collapseWhitespace, type DomNode, type PageModel, type TextLine } from './page-model.js';
import { parseDateTime } from './read-metadata.js';

export const TITLE_META = ['og:title', 'twitter:title', 'articletitle', 'headline', 'title', 'dc.title'];
export const TITLE_HINT = /title|headline|biaoti|\btit\b|\bbt\b|heading/i;

export interface HeadMetadata {
  meta: Map<string, string>;
  docTitle: string;
  url: string | null;
  refreshUrl: string | null;
  frames: string[];
  iframes: string[];
  jsonLdDate: string | null;
  /** A date an element of the page gives for machines (`<time datetime>`), and which element. */
  elementDate: { value: string; source: string } | null;
  /**
   * The article's publisher and the names in its `author` in its JSON-LD. On self-media
   * platforms the publisher is the platform (`今日头条`) and the author the account (`新华社`).
   */
  jsonLd: JsonLdCredits;
  lang: string;
}

export interface JsonLdCredits {
  publisher: string | null;
  authors: string[];
}

const JSON_LD_BLOCK = /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;
const ARTICLE_TYPE = /Article|BlogPosting|Report/i;

function namesIn(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .flatMap((item) => {
      if (typeof item === 'string') return [item.trim()];
      const name = item && typeof item === 'object' ? (item as { name?: unknown }).name : null;
      return typeof name === 'string' ? [name.trim()] : [];
    })
    .filter(Boolean);
}

/** The first article object of the page's JSON-LD blocks (inside `@graph` or a list too); blocks that do not parse are skipped. */
function readJsonLd(html: string): JsonLdCredits {
  for (const block of html.matchAll(JSON_LD_BLOCK)) {
    let data: unknown;
    try {
      data = JSON.parse(block[1]!.trim());
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of items.flatMap((i) => (i && typeof i === 'object' && Array.isArray((i as { '@graph'?: unknown })['@graph']) ? (i as { '@graph': unknown[] })['@graph'] : [i]))) {
      if (!item || typeof item !== 'object') continue;
      const object = item as Record<string, unknown>;
      if (!ARTICLE_TYPE.test(String(object['@type'] ?? ''))) continue;
      return { publisher: namesIn(object.publisher)[0] ?? null, authors: namesIn(object.author) };
    }
  }
  return { publisher: null, authors: [] };
}

export function textOf(node: DomNode): string {
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

/** Class and id words of the tools a template sets inside a heading (comment count, print, font size, share). */
const HEADING_TOOL_HINT = /tool|comment|print|font|share|count|btn|button|icon/i;

/**
 * A heading's own text: the links and tools a template sets inside it beside the headline
 * (`<h1>标题<span class="tools"><a>评论(12)</a></span></h1>`) are not part of it. A heading that is
 * a link as a whole (`<h1><a href="…">标题</a></h1>`) keeps its text.
 */
export function headingText(node: DomNode): string {
  let plain = '';
  let out = '';
  const walk = (n: DomNode, inLink: boolean, inTool: boolean) => {
    if (n.type === 'text') {
      if (!inLink && !inTool) plain += n.data ?? '';
      if (!inTool) out += n.data ?? '';
    } else if (n.type === 'tag') {
      const tag = n.name!.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'textarea') return;
      if (tag === 'br' || tag === 'div' || tag === 'p') {
        plain += '\n';
        out += '\n';
      }
      const tool = inTool || HEADING_TOOL_HINT.test(`${n.attribs?.class ?? ''} ${n.attribs?.id ?? ''}`);
      for (const child of n.children ?? []) walk(child, inLink || tag === 'a', tool);
    }
  };
  walk(node, false, false);
  const own = collapseWhitespace(plain);
  return own.replace(/[\s|｜·]/gu, '').length >= 4 ? own : collapseWhitespace(out);
}

/** One walk over the whole document for what the head and a few body tags say about the page. */
export function readHead(root: DomNode, html: string): HeadMetadata {
  const meta = new Map<string, string>();
  const frames: string[] = [];
  const iframes: string[] = [];
  let docTitle = '';
  let canonical: string | undefined;
  let lang = '';
  let wrapperAttribs: Record<string, string> = {};
  let elementDate: { value: string; source: string } | null = null;
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
    // The first machine-readable date the page prints: `<time datetime>`, hAtom's `<abbr class="published" title>`.
    if (!elementDate && tag === 'time' && attribs.datetime?.trim()) elementDate = { value: attribs.datetime.trim(), source: 'time element' };
    else if (!elementDate && tag === 'abbr' && /(?:^|\s)published(?:\s|$)/.test(attribs.class ?? '') && attribs.title?.trim()) elementDate = { value: attribs.title.trim(), source: 'abbr.published' };
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
  // Baidu's 熊掌号 (cambrian) JSON-LD names it `pubDate`.
  const jsonLdDate = html.match(/"(?:datePublished|pubDate)"\s*:\s*"([^"]{8,40})"/)?.[1] ?? null;
  return { meta, docTitle, url, refreshUrl, frames, iframes, jsonLdDate, elementDate, jsonLd: html.includes('ld+json') ? readJsonLd(html) : { publisher: null, authors: [] }, lang };
}

export function metaValue(head: HeadMetadata, keys: string[]): string | null {
  for (const key of keys) {
    const value = head.meta.get(key);
    if (value) return value;
  }
  return null;
}

export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/gu, '').toLowerCase();
}

/** Character pairs as numbers (two UTF-16 units), counted. */
export function bigrams(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** How many of `text`'s character pairs the reference holds, and how many pairs `text` has. */
export function overlap(text: string, reference: Map<number, number>): { shared: number; own: number } {
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

/** Meta tags that name the site: Open Graph's and the one government CMSs (TRS, 集约化平台) emit. */
export const SITE_META = ['og:site_name', 'sitename', 'application-name'];
/** Title segments that name an outlet rather than a section: `光明网`, `新京报`, `某某市人民政府`, `BBC中文网`. */
export const OUTLET_NAME = /(?:[网網报報社台臺]|政府|门户网站|門戶網站|新闻中心|新聞中心|在线|在線|周刊|週刊|杂志|雜誌)$/u;
export const SECTION_NAME = /^(?:首页|正文|新闻|资讯|国内|国际|财经|科技|要闻|频道|[\u4e00-\u9fff]{2,4}频道)$/u;
/** A portal's channel brand as the last <title> segment: `网易财经`, `腾讯新闻`, `新浪科技`. */
export const PORTAL_CHANNEL = /^[\u4e00-\u9fff]{2,4}(?:财经|新闻|科技|体育|娱乐|健康|汽车|房产|教育|军事)$/u;
/** A <title> segment that names the kind of page (`辟谣文章`, `文章详情`, `新闻正文`), not its headline. */
const PAGE_KIND = /^[\u4e00-\u9fff]{0,2}(?:文章|详情|詳情|正文|内容|內容)页?$/u;
const TITLE_SEPARATOR = /\s*(?:_+|\||｜|--+|\s[-–—]\s|-(?=[^-]*$))\s*/gu;
const LOGO_HINT = /logo/i;
const GOVERNMENT_SITE = /^[\u4e00-\u9fff]{2,12}(?:人民政府|政府网|政府网站|门户网站|政务网|政务服务网)$/u;

/**
 * What names the site on this page, compared without spaces: the site meta tags and the text of
 * logo-classed elements (`<h1 class="logo">示例新闻网</h1>`).
 */
export function siteNames(model: PageModel, head: HeadMetadata): Set<string> {
  const names = new Set<string>();
  for (const key of SITE_META) {
    const value = head.meta.get(key);
    if (value) names.add(comparable(value));
  }
  for (const info of model.elements) {
    // Inline elements own no lines (their `chars` is 0), so the logo's own text is measured.
    if (info.chars > 30) continue;
    const attribs = info.node.attribs ?? {};
    if (!LOGO_HINT.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) continue;
    const text = textOf(info.node);
    if (text.length <= 30) names.add(comparable(text));
  }
  names.delete('');
  return names;
}

/** A trailing <title> segment that names the site or a section of it, not the article. */
function isSiteSegment(segment: string, sites: Set<string>): boolean {
  if (sites.has(comparable(segment))) return true;
  return segment.length <= 20 && (OUTLET_NAME.test(segment) || SECTION_NAME.test(segment) || PORTAL_CHANNEL.test(segment));
}

/**
 * `headline_财经频道_示例新闻网` → `headline`: site and section segments cut off the end of a
 * <title>, one at a time, so that a column name the headline itself opens with (`棱镜|…`) stays.
 */
export function cutSiteFromTitle(docTitle: string, sites: Set<string>): string {
  let title = docTitle.trim();
  for (;;) {
    const last = [...title.matchAll(TITLE_SEPARATOR)].at(-1);
    if (!last || last.index === 0) return title;
    const tail = title.slice(last.index + last[0].length).trim();
    if (tail && !isSiteSegment(tail, sites)) return title;
    title = title.slice(0, last.index).trim();
  }
}

/**
 * A <title> or meta title that is only the site's name (`<title>示例市人民政府</title>`): the
 * same text as a site meta tag, a logo, or the site named in the footer.
 */
function namesOnlyTheSite(text: string, sites: Set<string>, model: PageModel): boolean {
  const key = comparable(text);
  if (!key) return false;
  if (sites.has(key)) return true;
  if (key.length > 20) return false;
  // `<title>示例网</title>`: a short outlet name and nothing else.
  if (key.length <= 8 && OUTLET_NAME.test(key)) return true;
  // `<title>示例市人民政府门户网站</title>`: a government site's own name; no headline ends so.
  if (GOVERNMENT_SITE.test(key)) return true;
  // `<title>示例科普-辟谣文章</title>`, `文章详情 - 示例网`: the site and the kind of page, no headline.
  const segments = text.split(TITLE_SEPARATOR).map((segment) => segment.trim()).filter(Boolean);
  if (segments.length >= 2 && segments.some((segment) => PAGE_KIND.test(segment)) && segments.every((segment) => PAGE_KIND.test(segment) || isSiteSegment(segment, sites) || segment.length <= 8)) return true;
  return model.lines.slice(-40).some((line) => /版权所有|主办/u.test(line.text) && comparable(line.text).includes(key));
}

/** A line by a heading that dates it or names its source: what follows a headline. */
function isBylineLike(text: string): boolean {
  if (text.length > 100) return false;
  return /(?:来源|來源|发布时间|發布時間|发布日期|發布日期|发表时间|作者|记者|記者|时间|時間|日期)\s*[:：]/u.test(text) || parseDateTime(text, true) !== null;
}

export interface TitleChoice {
  title: string;
  /** Index of the heading's first line in model.lines, or -1 when it came from meta tags. */
  line: number;
  /** Where it came from: `a heading matching <title>`, `… the meta title`, `the meta title`, `<title>`, `the heading above the byline`, `the first heading`. */
  source: string;
}

/**
 * The article heading: the heading-like element or line whose text best covers the <title>
 * or the meta title (shared character pairs, less the pairs it has on its own), h1 first on
 * ties. Lines count as candidates because many CMS templates print the heading in a <div>.
 */
/**
 * `catalogueTitle` is the 标题 cell of a government page's catalogue table (信息公开目录), a
 * reference like <title> and the headline when nothing else gives one (gov.cn prints no <h1>).
 */
export function findTitle(model: PageModel, head: HeadMetadata, catalogueTitle: string | null = null): TitleChoice {
  const sites = siteNames(model, head);
  const metaTitleRaw = metaValue(head, TITLE_META)?.replace(/<[^>]*>/g, '') ?? null;
  const metaTitle = metaTitleRaw && !namesOnlyTheSite(metaTitleRaw, sites, model) ? cutSiteFromTitle(metaTitleRaw, sites) : null;
  const docTitle = head.docTitle && !namesOnlyTheSite(head.docTitle, sites, model) ? cutSiteFromTitle(head.docTitle, sites) : '';
  const references = (
    [
      [docTitle, '<title>'],
      [metaTitle, 'the meta title'],
      [catalogueTitle, 'the catalogue title'],
    ] as const
  ).flatMap(([text, name]) => (text ? [{ grams: bigrams(comparable(text)), name }] : []));
  let best: { text: string; element: number; line: number; score: number; rank: number; reference: string } | null = null;
  const firstHeadings: { text: string; element: number; rank: number }[] = [];
  /** Scores a candidate; returns whether most of its pairs are in a reference (worth extending). */
  const consider = (text: string, element: number, line: number, rank: number): boolean => {
    const key = comparable(text);
    let promising = false;
    for (const reference of references) {
      const { shared, own } = overlap(key, reference.grams);
      if (own === 0 || shared / own < 0.6) continue;
      promising = true;
      const score = shared - (own - shared);
      if (!best || score > best.score || (score === best.score && rank < best.rank)) best = { text, element, line, score, rank, reference: reference.name };
    }
    return promising;
  };
  model.elements.forEach((info, id) => {
    const headingLevel = /^h[1-6]$/.test(info.tag) ? Number(info.tag[1]) : 0;
    const attribs = info.node.attribs ?? {};
    const hinted = !headingLevel && TITLE_HINT.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`) && /^(?:div|span|p|td|strong|b|font|header|hgroup|section|a)$/.test(info.tag);
    if (!headingLevel && !hinted) return;
    if (info.chars < 2 || info.chars > 200 || info.negative) return;
    const text = headingText(info.node);
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
  const chosen = best as { text: string; line: number; reference: string } | null;
  if (chosen) return { title: chosen.text, line: chosen.line, source: `a heading matching ${chosen.reference}` };
  if (metaTitle) return { title: stripSiteSuffix(collapseWhitespace(metaTitle)), line: -1, source: 'the meta title' };
  if (docTitle) return { title: stripSiteSuffix(docTitle), line: -1, source: '<title>' };
  if (catalogueTitle) return { title: catalogueTitle, line: -1, source: 'the catalogue table' };
  const aboveByline = headingAboveByline(model, sites);
  if (aboveByline) return aboveByline;
  const first = firstHeadings.filter((heading) => !sites.has(comparable(heading.text))).sort((a, b) => a.rank - b.rank)[0];
  return first ? { title: first.text, line: model.elements[first.element]!.firstLine, source: 'the first heading' } : { title: '', line: -1, source: '' };
}

/**
 * With nothing in the head to match (the <title> only names the site), the headline is the
 * heading-like element (h1–h3, a `title`/`headline`-classed block) closest above a line that
 * dates the article or names its source; never the site's own name.
 */
function headingAboveByline(model: PageModel, sites: Set<string>): TitleChoice | null {
  let best: { title: string; line: number; gap: number; rank: number } | null = null;
  model.elements.forEach((info) => {
    const headingLevel = /^h[1-3]$/.test(info.tag) ? Number(info.tag[1]) : 0;
    const attribs = info.node.attribs ?? {};
    const hinted = !headingLevel && TITLE_HINT.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`) && /^(?:div|span|p|td|strong|b|font|header|hgroup|section)$/.test(info.tag);
    if ((!headingLevel && !hinted) || info.negative || info.chars < 4 || info.chars > 100 || info.linkChars > info.chars * 0.5) return;
    const text = headingText(info.node);
    if (!text || sites.has(comparable(text)) || isBylineLike(text)) return;
    for (let gap = 1; gap <= 3; gap++) {
      const next = model.lines[info.lastLine + gap];
      if (!next) return;
      if (!isBylineLike(next.text)) continue;
      const rank = headingLevel || 4;
      if (!best || gap < best.gap || (gap === best.gap && rank < best.rank)) best = { title: text, line: info.firstLine, gap, rank };
      return;
    }
  });
  const chosen = best as { title: string; line: number } | null;
  return chosen ? { title: chosen.title, line: chosen.line, source: 'the heading above the byline' } : null;
}
