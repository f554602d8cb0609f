// parse (html): a web page → article fields. Refuses what is no article page (feeds, other XML,
// framesets, redirect-only pages, pages with no running text). Parses the DOM once
// (htmlparser2 through cheerio), finds the main content by text, link and punctuation density
// (find-main-content.ts), drops captions, bylines, share bars and copyright lines from it, and
// reads title, date, publisher, authors, editor and url from meta tags and the lines between
// the heading and the body. Emits a ParsedArticle whose `text` is the clean body, one paragraph
// a line, data-table rows as cells joined by ` | `.
import { parseDom } from '../adapters/cheerio.js';
import { UnusableInputError, type ParsedArticle } from '../document.js';
import type { Diagnostic } from '../schema.js';
import { findArticleDate } from './find-article-date.js';
import { findPublisher } from './find-publisher.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { closingDate, documentClosingLength, isEnglishInlinePromo, isEnglishTrailer, isIssuerLine, isRelatedLabel, signatureDate } from './document-end.js';
import { findMainContent, isCaptionLine, isChromeLine } from './find-main-content.js';
import { buildPageModel, isProse, limitDepth, type DomNode, type PageModel, type TextLine } from './page-model.js';
import { comparable, findTitle, metaValue, OUTLET_NAME, readHead, textOf, type HeadMetadata } from './page-head.js';
import {
  isBreadcrumb,
  isBoilerplateLine,
  isCaptionText,
  isPersonName,
  looksLikeEnglishOutlet,
  promptsReader,
  readBylineLine,
  readClosingByline,
  readClosingSource,
  readDatelineByline,
  readMetadataOnlyLine,
  readMetaLine,
  readPhotoCredit,
  readsAsSentence,
  readTitleByline,
  type MetaLineFields,
} from './read-metadata.js';

const FEED_ROOTS = /^\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*>)\s*)*<(rss|feed|rdf:RDF|urlset|sitemapindex|opml|OAI-PMH)\b/i;
const XML_ROOT = /^\s*<\?xml[^>]*>\s*(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*>)\s*)*<([\w:.-]+)/i;

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publishtime',
  'publication_date', 'published_time', 'article:published', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'firstpublishedtime', 'weibo: article:create_at', 'og:release_date', 'og:published_time', 'bytedance:published_time', 'pubtime', 'ptime',
  'publish-date', 'parsely-pub-date', 'pub_date', 'dc.date.created', 'dcterms.date', 'maketime', 'date', 'createdate', 'created', 'datecreated',
];
/** `mediaid` is the account a 搜狐号 page belongs to. */
const PUBLISHER_META = ['contentsource', 'content_source', 'source', 'article:source', 'mediaid', 'dc.publisher'];
const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'sailthru.author'];

const SHORT_CHROME = /^(?:打印|关闭|收藏|已收藏|分享|朗读|举报|字号|大|中|小|超大|标准|更多|返回|顶|踩|回复|纠错|【纠错】|正文|T|\+|-|\||x|×|首页|上一页|下一页|尾页|调整字体|小字号|大字号|我要纠错|我来说两句|发表评论|查看评论|评论|赞|收起|展开|展开全文|阅读全文|查看全文|展开阅读全文|广告|Share|Print|Email|Tweet|Twitter Facebook Email|Advertisement|Advertising)$/i;
/** Prompts after a body (`点击阅读原文`, `长按识别二维码`); an article's own last sentence may use the words (`可点击官网查询。`). */
const TRAILING_PROMPT = /点击|扫描|长按|识别|在看|点赞/u;
const TRAILING_CHROME = /(?:专线|專線|热线|熱線)\s*[:：]?\s*\d[\d-]{2,}|^[^，。,]{0,12}[线線]\s*[:：]\s*\d[\d-]{2,}(?:\s*[（(][^（）()]{0,12}[）)])?$|关注我们|关注公众号|回复【|阅读原文|在看|点赞|下载客户端|客户端下载|(?:尽在|下载|打开).{0,12}(?:APP|App|客户端)|更多精彩|欢迎转发|正文已结束|本文为.{0,20}授权|转载[^。，,]{0,4}(?:请|须|需)注明|文章来源于|来源于网络|如有侵权|申请加入|申请入驻|投稿邮箱|商务合作|广告合作|[\w.-]+@[\w-]+\.[\w.]+|^[\u4e00-\u9fff]{0,6}声明[:：]|不代表.{0,15}(?:立场|观点)|返回.{1,8}[，,]\s*查看更多|^原文链接[:：]|^更多[^。！？]{0,40}(?:请|敬请|欢迎)(?:关注|访问|登录)[^。！？]*$|^(?:本文|文章)?(?:转载|转)自|^欢迎关注/u;
/**
 * A paywall's notice where the rest of the text would be: `您所浏览的新闻已过查询时效。建议您加入
 * 示例社付费会员…`, `开通会员即可阅读全文`. The words alone may be news (`会员人数增长`); the
 * notice asks the reader to join.
 */
const PAYWALL_NOTICE = /已[过過](?:查[询詢])?[时時]效|(?:建[议議]您?|请|請|欢迎|歡迎|即可|立即).{0,12}(?:加入|成为|成為|开通|開通|订阅|訂閱|登录|登入|注册|註冊).{0,12}(?:会员|會員|订户|訂戶)|(?:加入|成为|成為|开通|開通|订阅|訂閱).{0,12}(?:会员|會員|订户|訂戶).{0,6}(?:即可|后|後)?(?:阅读|閱讀|查看|找[寻尋])/u;
/** A lead-in to the notices after a text: `★示例报关心您：…`, `●《示例新闻》提醒您…`. */
const NOTICE_LEAD_IN = /[:：]$|^[★☆●◆■▲※]|(?:关心|關心|提醒)(?:您|你)/u;
/** An editor's note above an essay or a column's first piece: `编者按`, `开栏的话`. */
const EDITOR_NOTE_LABEL = /^[【\[［]?\s*(?:[编編]者按|[编編]者的[话話]|[编編]者注|[编編]前[语語话話]|[开開]栏的[话話]|[开開]篇的[话話]|写在前面|寫在前面)\s*[】\]］]?\s*[:：]?/u;
/** What a video or audio player prints before a script replaces it (`视频加载中，请稍候…`, `Your browser does not support the video tag.`). */
const MEDIA_PLACEHOLDER = /^(?:视频加载中|正在加载|加载中[.。…]*$|(?:您|你)的浏览器不支持|当前浏览器不支持|点击播放|点击查看视频|播放视频|your browser does not support|video player is loading|loading video|play video$)/iu;
/** Meta `author` values that name a site, a desk or an id rather than a person. */
const NOT_A_PERSON = /\d{3,}|网|报|社|新闻|频道|电视|在线|传媒|集团|编辑部|news|media|\.com|https?:/iu;
const SUMMARY_BOX_LABEL = /^(?:划重点|要点速览|本文要点)\s*[:：]?$/u;
const LEAD_LABEL = /^(?:summary|abstract|highlights|摘要|导语|内容提要|核心提示|划重点)\s*[:：]?$/iu;
const TRAILING_LINK = /\s*(?:返回[^，。]{0,12}首页\s*(?:>>|»)?|【详细】|\[详细\]|更多\s*>>)\s*$/u;
const ORIGINAL_TITLE = /^[（(【\[]?\s*(?:本文)?原标题\s*[:：]/u;
/** An editor's lede above the body, `[摘要：…]`, `核心提示：…`: it restates the article. */
const LABELLED_LEDE = /^[\[［【]?\s*(?:摘要|核心提示|导语|内容提要|提要|导读)\s*[:：]/u;
/** A WeChat account's prompt above the text: `点击上方“示例发布”，关注我们`, `▲点击上方蓝字关注`. */
const FOLLOW_PROMPT = /^[▲↑☝👆\s]*(?:点击|点)(?:上方|标题下|蓝字).{0,24}(?:关注|星标|置顶)/u;
/** A lede wholly in square brackets, `[上市公司借停牌避免进一步下跌，…]`. */
const BRACKETED_LEDE = /^(?:\[[^\[\]]{20,}\]|［[^［］]{20,}］)$/u;
/** Elements by the heading that hold the outlet or account: a portal's source span, a self-media account card. */
const ACCOUNT_HINT = /media-?name|account-?name|source-?name|profile_nickname|\bjs_name\b|\bwhere\b|\bsource\b|a_source|laiyuan|article_source/i;
/**
 * Classes that hold a self-media account on Chinese platforms (头条号's `name`, `user-name`) but a
 * person's name in an English byline: they count only for a name in Chinese characters.
 */
const CHINESE_ACCOUNT_HINT = /user-?name|nick-?name|(?:^|\s)name(?:\s|$)/i;
/** Elements by the heading that hold the writer's name (a column card, a byline span, WeChat's meta list). */
const AUTHOR_HINT = /\bauthor\b|_author\b|author[-_]?name|\bbyline\b|\bwriter\b|\breporter\b|zuozhe|rich_media_meta_text/i;
/** A platform's badge printed after the account's name in its card (`纵相新闻` + `企鹅号`). */
const PLATFORM_BADGE = /\s*(?:企鹅号|百家号|头条号|大风号|网易号|搜狐号|澎湃号|一点号|人民号|央视号|官方账号|官方帐号|已认证|认证)$/u;
/** WeChat's account, wherever the page prints it: the name by the heading or the profile card below the body. */
const WECHAT_ACCOUNT_HINT = /\bjs_name\b|profile_nickname/;
const WECHAT_NICKNAME = /\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?["']([^"'\n]{1,30})["']/;
/** Marks a byline span may hold instead of a name (WeChat's `原创`). */
const MARK_WORD = /^(?:原创|转载|独家|首发|作者|文|编辑|来源|推荐|置顶|专栏)$/u;
const PERSON_NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,8}|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$/u;

function mergeFields(target: MetaLineFields, fields: MetaLineFields | null): boolean {
  if (!fields) return false;
  target.publishedAt ??= fields.publishedAt;
  target.writtenAt ??= fields.writtenAt;
  target.publisher ??= fields.publisher;
  target.editor ??= fields.editor;
  for (const author of fields.authors) if (!target.authors.includes(author)) target.authors.push(author);
  return true;
}

const LABEL_ONLY = /(?:发布时间|发布日期|发表时间|发稿时间|成文日期|时间|日期|来源|稿件来源|信息来源|文章来源|本文来源|发布机构|发文机关|作者|记者|责任编辑|编辑)\s*[:：]\s*$/u;
/** The fields a government page's catalogue table (信息公开目录) prints above the heading. */
const CATALOGUE_LABEL = /(?:索\s*引\s*号|发文机关|发布机构|成文日期|发文字号|发布日期)\s*[:：]/u;
/** A row of that table, which may also give the headline, the subject and the keywords. */
const CATALOGUE_ROW = /(?:索\s*引\s*号|主\s*题\s*分\s*类|发文机关|发布机构|成文日期|发文字号|发布日期|标\s*题|主\s*题\s*词|有\s*效\s*性)\s*[:：]/u;
/** `标　　题： | 示例省人民政府关于…的意见`: the headline cell (its own line or cells of a row). */
const CATALOGUE_TITLE = /(?:^|\|\s*)标\s*题\s*[:：]\s*(?:\|\s*)?([^|]{4,150}?)\s*(?:\||$)/u;

/** The 标题 cell of a catalogue table, when the lines around it carry the table's other labels. */
function catalogueTitle(model: PageModel): string | null {
  for (let i = 0; i < model.lines.length; i++) {
    const m = model.lines[i]!.text.match(CATALOGUE_TITLE);
    if (!m) continue;
    const around = model.lines.slice(Math.max(0, i - 4), i + 5).filter((line) => CATALOGUE_LABEL.test(line.text));
    if (around.length > 0) return m[1]!.trim();
  }
  return null;
}

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

export interface HtmlContext {
  /** The page's address as the container gives it (WARC-Target-URI, a JSONL url). */
  url?: string | null;
  /** When the page was fetched (WARC-Date, JSONL fetchedAt): what relative dates count back from. */
  crawledAt?: string | null;
}

/** Open elements the source may nest before further tags are dropped (text is kept). */
const MAX_SOURCE_DEPTH = 2000;
/** Tags that close themselves or are closed by their next sibling, so they do not deepen a page. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);

/**
 * The HTML parser keeps its open elements in an array it shifts and unshifts, so each tag costs
 * as much as the depth and a page nested 100,000 deep takes minutes. Past MAX_SOURCE_DEPTH
 * (no real page comes near), further opening tags and their closing twins are dropped from the
 * source; the text between them stays. A linear scan, run only on pages with that many tags.
 */
function capNesting(html: string): string {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= MAX_SOURCE_DEPTH; at = html.indexOf('<', at + 1)) tags++;
  if (tags <= MAX_SOURCE_DEPTH) return html;
  // Most pages have more tags than that and none nests so deep: the rewrite below would copy them unchanged.
  if (!nestsPastLimit(html)) return html;
  let depth = 0;
  const dropped = new Map<string, number>();
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g, (tag, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (NOT_NESTING.has(name) || tag.endsWith('/>')) return tag;
    if (closing) {
      const owed = dropped.get(name) ?? 0;
      if (owed > 0) {
        dropped.set(name, owed - 1);
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth < MAX_SOURCE_DEPTH) {
      depth++;
      return tag;
    }
    dropped.set(name, (dropped.get(name) ?? 0) + 1);
    return '';
  });
}

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isNameCharacter = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;

/**
 * Whether capNesting would drop a tag: the same tags as its pattern (`<`, an optional `/`, a name
 * of letters, digits and hyphens, anything up to the next `>`) and the same count of open
 * elements up to the first tag it would drop, read with indexOf instead of building a copy.
 */
function nestsPastLimit(html: string): boolean {
  let depth = 0;
  for (let at = html.indexOf('<'); at >= 0; ) {
    let cursor = at + 1;
    const closing = html.charCodeAt(cursor) === 0x2f;
    if (closing) cursor++;
    if (!isLetter(html.charCodeAt(cursor))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const nameStart = cursor;
    while (isNameCharacter(html.charCodeAt(cursor))) cursor++;
    const end = html.indexOf('>', cursor);
    // No `>` after this `<`: no later `<` can close a tag either.
    if (end < 0) return false;
    const name = html.slice(nameStart, cursor).toLowerCase();
    if (!NOT_NESTING.has(name) && html.charCodeAt(end - 1) !== 0x2f) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (depth < MAX_SOURCE_DEPTH) depth++;
      else return true;
    }
    at = html.indexOf('<', end + 1);
  }
  return false;
}

export function parseHtml(source: string, context: HtmlContext = {}): ParsedArticle {
  const html = capNesting(source);
  rejectNonArticle(html);
  const root = parseDom(html) as DomNode;
  limitDepth(root);
  const head = readHead(root, html);
  const model = buildPageModel(root);
  const { title, line: titleLine, source: titleSource } = findTitle(model, head, catalogueTitle(model));
  const main = findMainContent(model, titleLine);
  if (!main || main.lines.length === 0) throw new UnusableInputError('parse', explainEmpty(head, model, html));

  const han = /[\u4e00-\u9fff]/u;
  const chinese = head.lang.startsWith('zh') || han.test(title) || han.test(head.docTitle);
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };

  // Metadata near the heading: from the heading to the body, or the lines just above the body.
  const bodyFirst = main.lines[0]!;
  const headerFrom = titleLine >= 0 && titleLine < bodyFirst && bodyFirst - titleLine <= 60 ? titleLine : Math.max(0, bodyFirst - 15);
  const nearHeading = headerLines(model, headerFrom, bodyFirst);
  for (const line of nearHeading) {
    // A photo credit under the lead image (`示例社记者 张三 摄`) names the photographer, not a writer.
    if (line.length > 160 || isCaptionText(line)) continue;
    mergeFields(fields, readMetadataOnlyLine(line, chinese));
  }
  // A government page's catalogue table above the heading (`发文机关： | 示例市人民政府`); only
  // labelled cells count there, since a site header prints today's date above every page.
  if (headerFrom > 0) {
    for (const line of headerLines(model, Math.max(0, headerFrom - 40), headerFrom)) {
      if (line.length <= 200 && CATALOGUE_LABEL.test(line)) mergeFields(fields, readMetaLine(line));
    }
  }

  const credits: Credits = { signOff: [], dateline: [], firstLine: bodyFirst, lastLine: main.lines[main.lines.length - 1]! };
  const body = cleanBody(model, main.lines, title, chinese, fields, credits);
  if (body.length === 0) throw new UnusableInputError('parse', explainEmpty(head, model, html));
  // The byline may sit inside the article's container, above its first paragraph.
  const card = headerElements(model, headerFrom, Math.max(bodyFirst, credits.firstLine));
  const tail = linesAfterBody(model, main.containers, credits.lastLine, chinese);

  const diagnostics: Diagnostic[] = [];
  if (titleSource) diagnostics.push({ severity: 'info', ruleId: 'metadata-source', reason: `title from ${titleSource}` });
  const date = findArticleDate({
    meta: DATE_META.flatMap((key) => (head.meta.has(key) ? [[key, head.meta.get(key)!] as [string, string]] : [])),
    jsonLd: head.jsonLdDate,
    byline: fields.publishedAt ?? fields.writtenAt ?? null,
    afterBody: tail.publishedAt,
    element: head.elementDate,
    signature: credits.signedAt ?? null,
    headerLines: nearHeading,
    html,
    url: context.url ?? head.url,
    crawledAt: context.crawledAt ?? null,
    chinese,
  });
  if (date.source) diagnostics.push({ severity: 'info', ruleId: 'metadata-source', reason: `publishedAt from ${date.source}` });
  for (const note of date.notes) diagnostics.push({ severity: date.publishedAt ? 'info' : 'warning', ruleId: 'metadata-date-unresolved', reason: note });
  const account = card.account ? { name: card.account, source: 'source element' } : wechatAccount(model, html);
  const metaAuthor = metaValue(head, AUTHOR_META);
  const publisher = findPublisher({
    byline: fields.publisher,
    account: account?.name ?? null,
    accountSource: account?.source,
    afterBody: tail.publisher,
    signOff: credits.signOffSource ?? null,
    meta: publisherMeta(head, chinese),
    jsonLd: head.jsonLd.publisher === null ? null : oneName(head.jsonLd.publisher),
    jsonLdAccount: head.jsonLd.authors.find((name) => name.length <= 30 && (NOT_A_PERSON.test(name) || !isPersonName(name))) ?? null,
    siteName: head.meta.get('og:site_name') ?? null,
    siteMeta: head.meta.get('sitename') ?? null,
    // `<meta itemprop="author" content="示例通讯社">`: the outlet, where a CMS fills the author slot with it.
    authorOutlet: metaAuthor && metaAuthor.length <= 20 && OUTLET_NAME.test(metaAuthor) ? metaAuthor : null,
    docTitle: head.docTitle,
    title,
    footer: footerLines(model),
  });
  if (publisher.source) diagnostics.push({ severity: 'info', ruleId: 'metadata-source', reason: `publisher from ${publisher.source}` });
  const editor = fields.editor ?? tail.editor ?? head.meta.get('editor') ?? null;
  // A meta author that is the page's editor names who edited it, not who wrote it.
  const metaPerson = metaAuthor && metaAuthor.length <= 40 && !NOT_A_PERSON.test(metaAuthor) && isPersonName(metaAuthor) && metaAuthor !== editor ? [metaAuthor] : [];
  // What the article itself credits (byline, dateline, sign-off) is read together; the lines
  // after the body, an author element and the meta tag only when it credits no one.
  const credited: [string, string[]][] = [['byline', fields.authors], ['dateline', credits.dateline], ['sign-off', credits.signOff], ['photo credit', credits.photo ?? []]];
  const jsonLdPersons = head.jsonLd.authors.filter((name) => name.length <= 40 && !NOT_A_PERSON.test(name) && isPersonName(name));
  const fallbacks: [string, string[]][] = [
    ['a line after the body', tail.authors],
    ['author element', card.authors],
    ['json-ld', jsonLdPersons],
    ['meta:author', metaPerson],
    ['the name before the headline', chinese ? readTitleByline(title, body.join('\n')) : []],
  ];
  const authors: string[] = [];
  const authorSources: string[] = [];
  // The account or outlet that published the page is never one of its writers.
  const notPublisher = (name: string) => name !== publisher.name;
  for (const [source, found] of credited) {
    const names = found.filter(notPublisher);
    const added = names.filter((name) => !authors.includes(name));
    if (added.length === 0) continue;
    authors.push(...added);
    authorSources.push(source);
  }
  const fallback = authors.length === 0 ? fallbacks.find(([, names]) => names.some(notPublisher)) : undefined;
  if (fallback) {
    authors.push(...fallback[1].filter(notPublisher));
    authorSources.push(fallback[0]);
  }
  if (authors.length > 0) diagnostics.push({ severity: 'info', ruleId: 'metadata-source', reason: `authors from ${authorSources.join(' and ')}` });
  return {
    url: head.url,
    title,
    publishedAt: date.publishedAt,
    publisher: publisher.name,
    authors,
    editor,
    format: 'html',
    text: body.join('\n'),
    diagnostics,
  };
}

/**
 * The outlet a source meta tag names. On an English page the generic `source` tag often holds a
 * section or a column (`Your Money`): it counts there only when it reads as an outlet's name or
 * a site's domain.
 */
function publisherMeta(head: HeadMetadata, chinese: boolean): string | null {
  const outletLike = (value: string) => looksLikeEnglishOutlet(value) || /^[\w-]+(?:\.[a-z]{2,})+$/iu.test(value.trim());
  const keys = chinese ? PUBLISHER_META : PUBLISHER_META.filter((key) => key !== 'source' || outletLike(head.meta.get(key) ?? ''));
  return metaValue(head, keys);
}

/** `示例新闻网 | 示例新闻网`: a name a template printed twice, joined by a bar. */
function oneName(value: string): string {
  const parts = value.split(/\s*[|｜]\s*/u);
  return parts.length > 1 && parts.every((part) => part === parts[0]) ? parts[0]! : value;
}

/**
 * The writers a line credits when the whole line is a sign-off: a bracketed credit
 * (`（记者 张三）`, `（张楠）`) or a credit set off by a bar or slash (`作者︱李四`, `文/王五`) that
 * says nothing else. A byline printed as a label (`记者 刘涛`, `执笔人：…`) is the page's
 * metadata line, and a line that also names an outlet, an editor or a date is no sign-off.
 */
function signOffNames(text: string, meta: MetaLineFields | null): string[] {
  if (text.length > 40) return [];
  if (/^[（(].*[）)]$/u.test(text)) {
    const names = readClosingByline(text);
    if (names.length > 0) return names;
  }
  if (!meta || meta.publisher || meta.editor || meta.publishedAt || meta.writtenAt) return [];
  return /^[\u4e00-\u9fff]{1,4}\s*[︱|｜丨/／]/u.test(text) ? meta.authors : [];
}

/**
 * Where a trailing list of related headlines begins: a label (`相关文章`, `Related Stories`)
 * among the last lines with only headline-like lines after it (short, no sentence end). -1
 * when the body does not end with such a list.
 */
function relatedListStart(model: PageModel, kept: TextLine[], lineIndex: Map<TextLine, number>): number {
  for (let i = kept.length - 1; i >= Math.max(1, kept.length - 12); i--) {
    const text = kept[i]!.text.trim();
    if (isRelatedLabel(text)) return i;
    if (text.length > 120 || /[。！？!?]$/u.test(text.replace(/[”’"」』）)]+$/u, ''))) return -1;
    // The label may have been dropped already as chrome (`相关新闻：`): it sits between the lines kept.
    const from = lineIndex.get(kept[i - 1]!)!;
    const to = lineIndex.get(kept[i]!)!;
    for (let at = from + 1; at < to; at++) if (isRelatedLabel(model.lines[at]!.text)) return i;
  }
  return -1;
}

/** Authors the body itself credits: a sign-off closing it, a dateline opening it. */
interface Credits {
  signOff: string[];
  /** The outlet a sign-off names with its writers: `（来源：示例晚报 记者 张三）`. */
  signOffSource?: string | null;
  dateline: string[];
  /** The day a government document was signed, from its closing lines. */
  signedAt?: string | null;
  /** Index in the page model of the body's first line, once cleaned. */
  firstLine: number;
  /** Index in the page model of the body's last line, once cleaned. */
  lastLine: number;
  /** The photographers a photo story's captions credit. */
  photo?: string[];
}

/**
 * Short elements between the heading and the body that a class or id marks as the account or
 * source (`<p class="media-name">经济日报</p>`, `<span class="where">TNW中文站</span>`) or as the
 * writer (`<span class="con1_author">李光斗</span>`). Dates, labelled lines and sentences are not
 * names; the labelled `来源：` line is read as a byline elsewhere.
 */
function headerElements(model: PageModel, from: number, to: number): { account: string | null; authors: string[] } {
  let account: string | null = null;
  let accountByAuthorHint: string | null = null;
  const authors: string[] = [];
  for (const element of model.elements) {
    // Inline elements own no lines (their text counts for the block around them), so only the
    // position and the element's own text tell.
    if (element.firstLine < from || element.firstLine >= to || element.chars > 40) continue;
    // `<a rel="author">` links the writer's page wherever the template puts the name.
    const relAuthor = /(?:^|\s)author(?:\s|$)/i.test(element.node.attribs?.rel ?? '') ? ' author' : '';
    const hints = `${element.node.attribs?.class ?? ''} ${element.node.attribs?.id ?? ''}${relAuthor}`;
    if (hints.length <= 1) continue;
    const text = textOf(element.node).trim().replace(PLATFORM_BADGE, '');
    if (!text || text.length > 30 || /\d|[:：。，,!?！？]/u.test(text)) continue;
    if (!account && (ACCOUNT_HINT.test(hints) || (CHINESE_ACCOUNT_HINT.test(hints) && /[\u4e00-\u9fff]/u.test(text)))) account = text;
    else if (AUTHOR_HINT.test(hints)) {
      if (PERSON_NAME.test(text) && !NOT_A_PERSON.test(text) && !MARK_WORD.test(text)) {
        if (authors.length === 0) authors.push(text);
      } else if (!accountByAuthorHint && !MARK_WORD.test(text)) accountByAuthorHint = text;
    }
  }
  // A 百家号 card's `author-name` holds the account (`示例财经观察`) when it is no person's name.
  return { account: account ?? accountByAuthorHint, authors };
}

/**
 * WeChat names the account by the heading (`#js_name`), in the profile card below the body
 * (`.profile_nickname`) and in a script (`var nickname = htmlDecode("…")`); the first two may sit
 * anywhere in the page, and the heading's may be empty until a script fills it.
 */
function wechatAccount(model: PageModel, html: string): { name: string; source: string } | null {
  for (const element of model.elements) {
    // Inline elements own no lines, so their `chars` is 0: only their own text tells.
    if (element.chars > 30) continue;
    if (!WECHAT_ACCOUNT_HINT.test(`${element.node.attribs?.class ?? ''} ${element.node.attribs?.id ?? ''}`)) continue;
    const text = textOf(element.node).trim();
    if (text && text.length <= 30) return { name: text, source: 'source element' };
  }
  const script = html.match(WECHAT_NICKNAME);
  return script ? { name: script[1]!.trim(), source: 'script:nickname' } : null;
}

/**
 * Labelled lines after the last body line: the rest of the article's containers (where a portal
 * puts `本文来源：华夏时报 作者：杨中华 责任编辑：NF055` below its promo boxes) and a few lines past
 * them (`[作者: 刘满仓 责任编辑: 杨丹宇]` under a photo story's pager). Only lines that are
 * metadata and nothing else count.
 */
function linesAfterBody(model: PageModel, containers: number[], last: number, chinese: boolean): MetaLineFields {
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };
  const containerEnd = Math.max(...containers.map((id) => model.elements[id]!.lastLine));
  // Six lines of text past the body: empty lines (an image's paragraph, a spacer) are not counted.
  let textEnd = last;
  let seen = 0;
  while (seen < 6 && textEnd + 1 < model.lines.length) if (model.lines[++textEnd]!.text.trim()) seen++;
  const end = Math.max(containerEnd, textEnd);
  for (let i = last + 1; i <= end; i++) {
    const text = model.lines[i]!.text.trim();
    // A bare `时间：` label counts too: a sidebar beside the text may be where the page dates it.
    if (text.length > 80 || !/(?:来源|來源|稿源|出处|作者|编辑|編輯|发布时间|发布日期|發布時間|發布日期|(?<![\u4e00-\u9fff])(?:时间|時間|日期))\s*[:：]/u.test(text)) continue;
    mergeFields(fields, readMetadataOnlyLine(text, chinese));
  }
  return fields;
}

/** The last lines of the page, where footers name the site (`版权所有：…`, `主办单位：…`). */
function footerLines(model: PageModel): string[] {
  return model.lines.slice(-40).map((line) => line.text);
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
 * A page whose text is its pictures' captions: at most two running paragraphs besides them, two
 * captions or more, and one of them credits a photographer or reads as a caption by its wording.
 */
function isPhotoStory(model: PageModel, keptIndexes: number[], captionIndexes: number[]): boolean {
  if (captionIndexes.length < 2) return false;
  if (keptIndexes.filter((index) => isProse(model.lines[index]!)).length > 2) return false;
  return captionIndexes.some((index) => readPhotoCredit(model.lines[index]!.text).length > 0 || isCaptionText(model.lines[index]!.text));
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

/**
 * A quotation set in a blockquote above the text (`<blockquote>“…”</blockquote>`): a teaser the
 * editor pulled from the article, which the body says again.
 */
function isTeaserQuote(model: PageModel, line: TextLine): boolean {
  const text = line.text.trim();
  if (text.length > 120 || !/^[“「"]/u.test(text) || !/[”」"][。！？!?]?$/u.test(text)) return false;
  for (let id = line.block, depth = 0; id >= 0 && depth < 3; id = model.elements[id]!.parent, depth++) {
    if (model.elements[id]!.tag === 'blockquote') return true;
  }
  return false;
}

/** The body lines as text: captions, chrome, bylines and leading/trailing metadata removed. */
function cleanBody(model: PageModel, indexes: number[], title: string, chinese: boolean, fields: MetaLineFields, credits: Credits): string[] {
  let keptIndexes: number[] = [];
  const captionIndexes: number[] = [];
  for (const index of indexes) {
    const line = model.lines[index]!;
    const caption = line.text !== '' && (line.caption || isCaptionLine(line, model.lines[index - 1]));
    if (caption && !isBoilerplateLine(line.text) && line.linkChars <= line.chars * 0.6 && !isBreadcrumb(line.text)) captionIndexes.push(index);
    if (isChromeLine(line) || caption || isBreadcrumb(line.text)) {
      // A byline centred under the lead photo (`示例网示例频道 记者 张三 李四`) looks like its
      // caption; above the first kept line it still credits the writers (a photo credit does not).
      const byline = keptIndexes.length === 0 && !line.caption && !isCaptionText(line.text) ? readBylineLine(line.text) : null;
      if (byline) for (const author of byline) if (!fields.authors.includes(author)) fields.authors.push(author);
      continue;
    }
    if (ORIGINAL_TITLE.test(line.text)) continue;
    if (SHORT_CHROME.test(line.text.trim())) continue;
    if (line.text.length <= 60 && MEDIA_PLACEHOLDER.test(line.text.trim())) continue;
    if (!chinese && isEnglishInlinePromo(line.text)) continue;
    // Lines of symbols alone (`↓↓↓`, `★★★`, replacement characters saved into the page).
    if (!/[\p{L}\p{N}]/u.test(line.text)) continue;
    keptIndexes.push(index);
  }
  keptIndexes = dropSummaryBox(model, keptIndexes);
  // A photo story: a paragraph or two and the captions of its pictures, which tell the story
  // and name the photographer (`…演讲。 示例社记者 李甲 摄`). Its captions are its text.
  const photoCaptions = new Set<TextLine>();
  if (isPhotoStory(model, keptIndexes, captionIndexes)) {
    keptIndexes = [...keptIndexes, ...captionIndexes].sort((a, b) => a - b);
    for (const index of captionIndexes) photoCaptions.add(model.lines[index]!);
    credits.photo = [...new Set(captionIndexes.flatMap((index) => readPhotoCredit(model.lines[index]!.text)))];
  }
  const kept = keptIndexes.map((index) => model.lines[index]!);
  // Lines the container holds above the heading (a text-size widget, the section, the date):
  // the text starts after the heading, and what stood above it is read as metadata.
  const headingAt = kept.slice(0, 6).findIndex((line, i) => i > 0 && line.heading > 0 && sameAsTitle(line.text, title));
  if (headingAt > 0 && kept.slice(0, headingAt).every((line) => line.text.length <= 160 && !readsAsSentence(line.text))) {
    for (const line of kept.slice(0, headingAt)) mergeFields(fields, readMetadataOnlyLine(line.text, chinese));
    kept.splice(0, headingAt);
  }
  // Leading lines: the heading again (maybe broken over several lines), the date/source line,
  // bylines, and short unpunctuated lines (kickers, document numbers, `For Immediate Release`).
  const titleKey = comparable(title);
  while (kept.length > 1) {
    const line = kept[0]!;
    const text = line.text;
    // The heading again, maybe with the tools a template sets inside it (`评论(12) 列印`).
    if (sameAsTitle(text, title) || (line.heading > 0 && titleKey.length >= 4 && comparable(text).startsWith(titleKey))) {
      kept.shift();
      continue;
    }
    // A column's opening note: a bold `开栏的话` label alone on its line over the note's paragraphs,
    // set in bold as the label is, above the author's text. A `编者按：…` paragraph introduces
    // the article itself and stays.
    if (line.emphasis && EDITOR_NOTE_LABEL.test(text.trim()) && text.trim().replace(EDITOR_NOTE_LABEL, '').length === 0) {
      kept.shift();
      while (kept.length > 1 && kept[0]!.emphasis) kept.shift();
      continue;
    }
    // The catalogue table inside the content box (gov.cn puts it in the same wrapper).
    if (text.length <= 200 && CATALOGUE_ROW.test(text)) {
      mergeFields(fields, readMetaLine(text));
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
    if (LABELLED_LEDE.test(text.trim()) || BRACKETED_LEDE.test(text.trim()) || FOLLOW_PROMPT.test(text.trim()) || isTeaserQuote(model, line)) {
      kept.shift();
      continue;
    }
    // A deck under the heading (`<h2>` standfirst) right above the byline; the byline may be a
    // link the chrome filter already dropped, so the page's own next lines are read.
    if (line.heading >= 2 && text.length <= 200) {
      const at = model.lines.indexOf(line);
      const byline = model.lines.slice(at + 1, at + 3).map((next) => readMetadataOnlyLine(next.text, chinese)).find((meta) => meta && meta.authors.length > 0);
      if (byline) {
        mergeFields(fields, byline);
        kept.shift();
        continue;
      }
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
  if (kept[0]) credits.dateline.push(...readDatelineByline(kept[0].text));
  // Trailing lines: editor, source, byline, reprint notices, QR-code prompts.
  let leadInLeft = false;
  const lineIndex = new Map(model.lines.map((line, index) => [line, index]));
  while (kept.length > 1) {
    const line = kept[kept.length - 1]!;
    const text = line.text.trim();
    // A photo story's last caption, with its credit (`示例社发（刘乙摄）`), ends its text.
    if (photoCaptions.has(line)) break;
    // A government document ends with its issuer, the day it was signed and a release note:
    // they are the document's last lines, not metadata or chrome.
    // A closing is at most three issuers, a date and a note: the last lines tell.
    const closing = documentClosingLength(kept.slice(-8).map((k) => k.text));
    if (closing > 0 && closing < kept.length) {
      credits.signedAt = closingDate(kept.slice(-closing).map((k) => k.text));
      break;
    }
    // A label over a list of related headlines, and the headlines after it: none of it is text.
    const related = relatedListStart(model, kept, lineIndex);
    if (related > 0) {
      kept.splice(related);
      leadInLeft = true;
      continue;
    }
    const meta = text.length <= 80 ? readMetadataOnlyLine(text, chinese) : null;
    // A sign-off on a line of its own (`（记者 张三 李四）`, `（张楠）`, `作者︱李四`,
    // `(作者：方敏北京大学经济学院教授)`) closes the text: it stays, and names the author.
    const signOff = signOffNames(text, meta);
    if (signOff.length > 0) {
      credits.signOff.push(...signOff);
      credits.signOffSource ??= readClosingSource(text);
      break;
    }
    if (meta) {
      mergeFields(fields, meta);
      kept.pop();
      continue;
    }
    const prompt = TRAILING_PROMPT.test(text) && (!readsAsSentence(text) || promptsReader(text));
    if (isBoilerplateLine(text) || (text.length <= 80 && (TRAILING_CHROME.test(text) || prompt)) || (text.length <= 120 && PAYWALL_NOTICE.test(text)) || (!chinese && isEnglishTrailer(text)) || (!isProse(line) && !line.tableRow && line.chars <= 12 && !/[。！？!?]$/u.test(text))) {
      kept.pop();
      leadInLeft = true;
      continue;
    }
    // `●《示例新闻》提醒您，请给自己机会：`, `★示例报关心您：再给自己一次机会` over the hotline numbers
    // just dropped: a lead-in to chrome.
    if (leadInLeft && text.length <= 60 && NOTICE_LEAD_IN.test(text)) {
      kept.pop();
      continue;
    }
    break;
  }
  const last = kept[kept.length - 1];
  if (last) last.text = last.text.replace(TRAILING_LINK, '');
  if (last) credits.signOff.push(...readClosingByline(last.text).filter((name) => !credits.signOff.includes(name)));
  if (last) credits.signOffSource ??= readClosingSource(last.text);
  if (last) credits.lastLine = model.lines.indexOf(last);
  if (kept[0]) credits.firstLine = model.lines.indexOf(kept[0]);
  return dedupeParagraphs(kept.map((line) => line.text), 20, (text) => isIssuerLine(text) || signatureDate(text) !== null);
}
