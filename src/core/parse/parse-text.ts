// parse (text): a plain-text press release or government document → article fields. Reads
// the header at the top — breadcrumb, title (possibly broken over two or three short lines),
// subtitle, `时间/来源/作者` line, `（2018年1月2日）` date line, a lone author name — and keeps
// the rest as body paragraphs, trimmed and de-duplicated, without copyright footers and page
// numbers of scanned documents. The reporters a dateline opening the body names and a sign-off
// closing it are authors too. Emits a ParsedArticle whose `text` is the clean body, and says in
// its diagnostics where each metadata value came from.
import type { ParsedArticle } from '../document.js';
import type { Diagnostic } from '../schema.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { isBoilerplateLine, isBreadcrumb, parseDateTime, readClosingByline, readDatelineByline, readMetaLine, readMetadataOnlyLine, type MetaLineFields } from './read-metadata.js';

const HEADER_LINES = 12;
const SENTENCE_PUNCT = /[。；;！？!?，,]/u;
const HAN = /[\u4e00-\u9fff]/gu;
const NOT_A_NAME = /目录|序言|前言|说明|摘要|附件|正文|概述|引言|总则|通知|公告|决定|意见|报告|纲要|第.[章节篇]/u;
const PAGE_FURNITURE = /^[\s·•\-—_.．。,，\d]{1,14}$/u;
/** A page's toolbar copied line by line with the text (下载 / 打印 / 收藏 / 【字号：大 中 小】 / 分享：). */
const TOOLBAR_LINE = /^[【\[]?\s*(?:下载|打印|全屏|收藏|分享|纠错|朗读|关闭|字号|字体|加大|还原|减小|默认|繁体|简体|大|中|小|A[+-]?)?\s*[】\]]?\s*[:：]?$/u;
const SPLIT_LABEL = /^(?:来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|责编|时间|发布时间|发布日期|日期)\s*[:：]$/u;
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S.{0,29}$/u;
/** Keys of the catalogue lines above a government document (索引号, 主题分类, 发布机构, 成文日期…). */
const CATALOGUE_KEY = /(?:号|类|类别|机构|机关|单位|日期|时间|名称|标题|题名|词|方式|期限|范围|形式|状态|效力|领域|文种|体裁|年度|来源)\s*[:：]/u;

/**
 * `分类号:F12 3` above a title is a catalogue label; `教育部:2022年全国…占比近九成` is a headline
 * whose speaker comes before the colon: its key names no catalogue field and its value is prose.
 */
function catalogueLabel(line: string): boolean {
  if (!LABEL_LINE.test(line)) return false;
  const colon = line.search(/[:：]/u);
  return CATALOGUE_KEY.test(line.slice(0, colon + 1)) || hanCount(line.slice(colon + 1)) < 6;
}

function hanCount(line: string): number {
  return line.match(HAN)?.length ?? 0;
}

/** Header lines of scanned documents space their digits out: `2 0 0 1年 / 0 2月 / 2 0日`. */
function unspaceHeader(line: string): string {
  return line.replace(/(?<!\d)\d(?: \d)+(?!\d)/g, (digits) => digits.replace(/ /g, '')).replace(/([年月])\s*\/\s*/gu, '$1');
}

/**
 * (A line `key: value` is no title when it is a catalogue label; `中钢协:5月下旬粗钢日产209.25万吨` is a
 * headline whose speaker comes before the colon. Short items set apart by bars are a menu.)
 */
function titleLike(line: string): boolean {
  return line.length <= 40 && hanCount(line) >= 4 && !SENTENCE_PUNCT.test(line) && !/^[—–\-(（《【[]/u.test(line) && !menuLine(line) && !catalogueLabel(line);
}

/** `加入收藏 | 会员中心`: short items set apart by bars (a headline may open with its column's name and a bar: `施政報告｜本年度…`). */
function menuLine(line: string): boolean {
  // (A row of a table set in bars opens or closes with one: `本地游客 | 外地游客 | |`.)
  if (/^\s*[|｜]|[|｜]\s*$/u.test(line)) return false;
  const items = line.split(/[|｜]/u).map((item) => item.trim()).filter(Boolean);
  return items.length >= 2 && items.every((item) => item.length <= 8);
}

/** An English headline: a short line of three or more words that does not end a sentence. */
function englishTitleLike(line: string): boolean {
  return line.length <= 160 && hanCount(line) === 0 && /^[A-Z0-9"“‘'$£€]/u.test(line) && !/[.!:;,]$/u.test(line) && line.split(/\s+/u).length >= 3;
}

/** 2023年4月5-7日 | 35.9% | 10.8%: a row of a table, data even when a date labels it (no `label:` in it). */
function tableRow(line: string): boolean {
  return line.includes('|') && !/[:：]/u.test(line);
}

/** A line that only dates the document: `（2018年1月2日）`, `(2001年2月16日…会议通过)`. */
function dateLine(line: string): string | null {
  const unspaced = unspaceHeader(line);
  if (unspaced.length > 60 || tableRow(unspaced)) return null;
  if (/^[（(].*[）)]$/u.test(unspaced) || !SENTENCE_PUNCT.test(unspaced)) return parseDateTime(unspaced, true);
  return null;
}

function merge(target: MetaLineFields, fields: MetaLineFields): void {
  target.publishedAt ??= fields.publishedAt;
  target.writtenAt ??= fields.writtenAt;
  target.publisher ??= fields.publisher;
  target.editor ??= fields.editor;
  for (const author of fields.authors) if (!target.authors.includes(author)) target.authors.push(author);
}

/** A line that confirms the title above it: a date alone, or a metadata line (`时间:… 来源:…`). */
const datesOrCredits = (line: string | undefined) => line !== undefined && (Boolean(dateLine(line)) || Boolean(readMetadataOnlyLine(line, true)));

/** A line of a page's chrome above its headline: short, no sentence (`深圳热线`, `EN`, `湖北频道>信息>正文`). */
const chromeLine = (line: string) => line.length <= 40 && !/[。！？]$/u.test(line);

/** `FOR IMMEDIATE RELEASE`, `NEWS RELEASE`: the line a press release opens its header with. */
const RELEASE_LINE = /^(?:FOR IMMEDIATE RELEASE|(?:NEWS|PRESS|MEDIA) RELEASE)\s*:?$/i;

/** `1. 檢舉`, `4. 推薦好友`: a short item of a numbered menu. */
const MENU_ITEM = /^\d{1,2}\s*[.、．]\s*\S{1,8}$/u;

/** How far below a title block a headline confirmed by its date or source line may stand. */
const CONFIRMED_HEADLINE_WITHIN = 7;

/**
 * When the lines of a title block are not followed by a date or source line, the first line
 * from `from` on that is: a headline (no sentence, not a subtitle) whose next line is a date or a
 * metadata line, with only chrome lines between. Null when there is none.
 */
function confirmedHeadlineAfter(lines: string[], from: number, header: number): number | null {
  if (datesOrCredits(lines[from]) || /^(?:——|—|--)/u.test(lines[from] ?? '')) return null;
  for (let k = from; k < Math.min(header - 1, CONFIRMED_HEADLINE_WITHIN); k++) {
    const line = lines[k]!;
    // (A headline may open with a column's name in 《》 or 【】; one in brackets or after a dash is a subtitle.)
    // (`4. 推薦好友`, an item of a numbered menu of the page's tools, is no headline.)
    const headline = ((line.length <= 80 && hanCount(line) >= 4 && !/[。！？；;]$/u.test(line) && !/^[—–\-(（[]/u.test(line)) || englishTitleLike(line)) && !MENU_ITEM.test(line);
    if (headline && datesOrCredits(lines[k + 1])) return k;
    if (!chromeLine(line)) return null;
  }
  return null;
}

/** `date 2019-09-23 ` opening a page's first line: the date its stored copy was stamped with. */
const DATE_STAMP = /^[\s\u3000\u00a0]*(date\s+\d{4}-\d{2}-\d{2})\s+(?=\S)/i;

export function parseText(raw: string): ParsedArticle {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // `date 2019-09-23 WASHINGTON — …`: a stored copy’s date stamp opening one of the first lines is a date line of its own.
    .flatMap((line, i) => {
      const stamp = i < 3 ? DATE_STAMP.exec(line) : null;
      // (Over a section's name, `date 2018-05-04 WORLD`, the line stays whole: a date line.)
      return stamp && line.slice(stamp[0].length).trim().split(/\s+/u).length >= 3 ? [stamp[1]!, line.slice(stamp[0].length)] : [line];
    })
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''))
    .filter((line) => line && !PAGE_FURNITURE.test(line) && !TOOLBAR_LINE.test(line) && !(isBoilerplateLine(line) && line.length <= 160))
    // A label whose value was copied onto the next line (来源: / 四川日报) is one metadata line.
    .reduce<string[]>((out, line) => {
      const previous = out[out.length - 1];
      if (previous !== undefined && SPLIT_LABEL.test(previous) && line.length <= 30 && !/[。！？]/u.test(line)) out[out.length - 1] = `${previous}${line}`;
      else out.push(line);
      return out;
    }, []);

  // `1. 檢舉` / `2. 列印` / `3. 收藏` / `4. 推薦好友` under the headline: a numbered menu of the page's tools, its chrome.
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    let j = i;
    while (j < lines.length && MENU_ITEM.test(lines[j]!) && Number(/^\d+/u.exec(lines[j]!)![0]) === j - i + 1) j++;
    if (j - i >= 3) {
      lines.splice(i, j - i);
      break;
    }
  }
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };
  let dateSource: string | null = null;
  let nameUnderTitle = false;
  const consumed = new Set<number>();
  let title = '';
  let titleEnd = -1;
  const header = Math.min(lines.length, HEADER_LINES);

  // `FOR IMMEDIATE RELEASE` / `June 17, 2016` / `HAWAII’S UNEMPLOYMENT RATE REMAINS AT 3.2 PERCENT IN MAY`: a press
  // release's headline stands under its release line and date; the letterhead above them is chrome.
  const release = lines.slice(0, header).findIndex((line) => RELEASE_LINE.test(line));
  if (release >= 0) {
    const day = lines[release + 1] !== undefined ? (dateLine(lines[release + 1]!) ?? readMetadataOnlyLine(lines[release + 1]!, true)?.publishedAt ?? null) : null;
    const headline = day ? release + 2 : -1;
    if (headline > 0 && headline < lines.length && englishTitleLike(lines[headline]!)) {
      fields.publishedAt = day;
      dateSource = 'a date line';
      title = lines[headline]!;
      titleEnd = headline;
      for (let k = 0; k <= headline; k++) consumed.add(k);
    }
  }
  for (let i = 0; i < header; i++) {
    if (consumed.has(i)) continue;
    const line = lines[i]!;
    const bodyBefore = () => [...Array(i).keys()].some((j) => !consumed.has(j));
    // A breadcrumb, or a menu opening the page above its title (`加入收藏 | 会员中心`; not a table's
    // header row, whose next line has bars too), is the page's chrome.
    const menu = !title && menuLine(line) && !/[|｜]/u.test(lines[i + 1] ?? '') && !bodyBefore();
    if (isBreadcrumb(line) || menu) {
      consumed.add(i);
      continue;
    }
    // (A table row, 2023年4月5-7日 | 35.9% | …, is data even when it opens with a date; a labelled
    // line with bars, Published: … | Source: …, is still a byline.)
    const meta = line.length <= 160 && !tableRow(line) ? readMetadataOnlyLine(unspaceHeader(line), true) : null;
    if (meta) {
      // A labelled line (`时间:…`) is the byline; a date alone on its line (`（2018年1月2日）`) is a date line.
      if (!fields.publishedAt && meta.publishedAt) dateSource = readMetaLine(line) ? 'byline' : 'a date line';
      merge(fields, meta);
      consumed.add(i);
      continue;
    }
    const date = dateLine(line);
    if (date && (title || i + 1 < header)) {
      if (!fields.publishedAt) dateSource = 'a date line';
      fields.publishedAt ??= date;
      consumed.add(i);
      continue;
    }
    if (!title && i < 4 && catalogueLabel(line) && !SENTENCE_PUNCT.test(line)) {
      // `分类号:BH6 6` and other catalogue labels above the title.
      consumed.add(i);
      continue;
    }
    // An English headline, or one with a tag or a comma (【数据解读】…：…增2.7%，贡献…, 《直通县市》澄城:10个项目…)
    // that opens the text: the title when a date or metadata line follows it.
    const headline = englishTitleLike(line) || (line.length <= 80 && !/[。！？!?]$/u.test(line) && !bodyBefore());
    if (!title && i <= 2 && headline && (readMetadataOnlyLine(lines[i + 1] ?? '', false) || dateLine(lines[i + 1] ?? ''))) {
      title = line;
      consumed.add(i);
      titleEnd = i;
      continue;
    }
    // An English headline opening the text over a paragraph of running prose (a long line ending a sentence).
    const next = lines[i + 1] ?? '';
    if (!title && !bodyBefore() && englishTitleLike(line) && next.length >= Math.max(80, line.length * 1.5) && /[.!?]["”’)]?$/u.test(next)) {
      title = line;
      consumed.add(i);
      titleEnd = i;
      continue;
    }
    if (!title && titleLike(line)) {
      // A title after body text counts only when a date or metadata line confirms it.
      if (bodyBefore() && !datesOrCredits(next)) continue;
      const parts = [line];
      let j = i + 1;
      while (j < header && parts.length < 3 && titleLike(lines[j]!) && !isBreadcrumb(lines[j]!) && !datesOrCredits(lines[j])) parts.push(lines[j++]!);
      // `深圳热线` / `开门稳!重庆一季度…19.46万人` / `2022-05-07 来源:…`: a site's name or menu over the
      // headline that the date or source line confirms. The lines above it are the page's chrome.
      const confirmed = confirmedHeadlineAfter(lines, j, header);
      if (confirmed !== null) {
        for (let k = i; k < confirmed; k++) consumed.add(k);
        title = lines[confirmed]!;
        consumed.add(confirmed);
        titleEnd = confirmed;
        i = confirmed;
        continue;
      }
      title = parts.join(' ').replace(/[·•\s]+$/u, '');
      for (let k = i; k < j; k++) consumed.add(k);
      titleEnd = j - 1;
      i = j - 1;
      continue;
    }
    if (title && i === titleEnd + 1 && /^(?:——|—|--)/u.test(line) && line.length <= 60) {
      // The subtitle: `——在中国共产党第十九次全国代表大会上的报告`.
      consumed.add(i);
      titleEnd = i;
      continue;
    }
    if (title && i <= titleEnd + 3 && /^[\u4e00-\u9fff·]{2,3}$/u.test(line) && !NOT_A_NAME.test(line) && consumed.has(i - 1) && i - 1 > titleEnd) {
      // A lone name under the title and date block is the author.
      if (!fields.authors.includes(line)) {
        fields.authors.push(line);
        nameUnderTitle = true;
      }
      consumed.add(i);
      continue;
    }
    // The first body line after the title ends the header; before a title, keep looking.
    if (title) break;
  }

  const body: string[] = [];
  lines.forEach((line, i) => {
    if (consumed.has(i) || isBreadcrumb(line)) return;
    // Repeated byline lines further down (`作者:张骅 吴明 张晓梅` under a repeated title).
    if (/^(?:作者|记者|责任编辑|编辑|来源)\s*[:：]/u.test(line) && line.length <= 120) {
      const meta = readMetadataOnlyLine(line, true);
      if (meta) {
        merge(fields, meta);
        return;
      }
    }
    body.push(line);
  });
  const titleKey = title.replace(/\s+/g, '');
  let cleaned = titleKey ? body.filter((line) => line.replace(/\s+/g, '') !== titleKey) : body;
  // A one-line text (`发放临时救助金13830.6万元`) is its own body, not a title over nothing.
  if (cleaned.length === 0 && title) cleaned = [title];
  const paragraphs = dedupeParagraphs(cleaned);
  // What the header lines credit comes first, then the dateline opening the body and the
  // sign-off closing it (`新华社…电（记者张三）`, `（记者 李四）`), which stay in the body.
  const authors = [...fields.authors];
  const authorSources = authors.length > 0 ? [nameUnderTitle ? 'a name under the title' : 'byline'] : [];
  const credited: [string, string[]][] = [
    ['dateline', paragraphs.length > 1 ? readDatelineByline(paragraphs[0]!) : []],
    ['sign-off', paragraphs.length > 1 ? readClosingByline(paragraphs[paragraphs.length - 1]!) : []],
  ];
  for (const [source, names] of credited) {
    const added = names.filter((name) => !authors.includes(name) && name !== fields.publisher);
    if (added.length === 0) continue;
    authors.push(...added);
    authorSources.push(source);
  }
  const publishedAt = fields.publishedAt ?? fields.writtenAt ?? null;
  if (!fields.publishedAt && fields.writtenAt) dateSource = 'the signing date';
  const diagnostics: Diagnostic[] = [];
  const source = (field: string, from: string) => diagnostics.push({ severity: 'info', ruleId: 'metadata-source', reason: `${field} from ${from}` });
  if (title) source('title', 'the first lines');
  if (publishedAt && dateSource) source('publishedAt', dateSource);
  if (fields.publisher) source('publisher', 'byline');
  if (authors.length > 0) source('authors', authorSources.join(' and '));
  return {
    url: null,
    title,
    publishedAt,
    publisher: fields.publisher,
    authors,
    editor: fields.editor,
    format: 'text',
    text: paragraphs.join('\n'),
    diagnostics,
  };
}
