// The page model behind main-content detection: one walk over the parsed DOM turns the page
// into text lines (one per paragraph, <br> or data-table row) and records, for every element,
// how much text and link text it holds, with the class and id hints that mark chrome.
import { isBoilerplateLine } from './read-metadata.js';

/** The slice of domhandler's node shape this module reads (cheerio's DOM, htmlparser2 parser). */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

export interface TextLine {
  /** Whitespace-collapsed text of the line; table rows hold cells joined by ` | `. */
  text: string;
  chars: number;
  linkChars: number;
  /** Sentence punctuation (。，；：！？、 and their ASCII kin). */
  punct: number;
  /** Element id of the innermost block element the line was written in. */
  block: number;
  /** An <img> sits in the same line, or the line is an image-only placeholder (text ''). */
  image: boolean;
  /** The line sits in a centred block (align=center, text-align:center, class *center*). */
  centered: boolean;
  /** 1–6 when the line is inside an h1–h6. */
  heading: number;
  /** A row of a data table. */
  tableRow: boolean;
  /** The line sits in a <figcaption> or a caption-classed element. */
  caption: boolean;
  /** All of the line's text is set in <strong> or <b>: an editor's note or a kicker, not the author's text. */
  emphasis: boolean;
}

export interface ElementInfo {
  node: DomNode;
  tag: string;
  parent: number;
  /** Last descendant id: the subtree is [id, end]. */
  end: number;
  depth: number;
  negative: boolean;
  positive: boolean;
  chars: number;
  linkChars: number;
  proseChars: number;
  /** readability-style content score gathered from descendant paragraphs. */
  score: number;
  firstLine: number;
  lastLine: number;
}

export interface PageModel {
  elements: ElementInfo[];
  lines: TextLine[];
  /** Element id of each DOM element that was walked (skipped and hidden ones have none). */
  idOf: Map<DomNode, number>;
}

export interface MainContent {
  /** Element ids of the chosen containers, in document order. */
  containers: number[];
  /** Indexes into model.lines of the body, in document order, after chrome is dropped. */
  lines: number[];
}

// <head> itself is walked (its meta, title, link and script children are skipped): a page that
// never closes its head leaves the whole article inside it as htmlparser2 reads it.
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'textarea', 'select', 'option',
  'button', 'input', 'svg', 'math', 'canvas', 'template', 'title', 'meta', 'link', 'base', 'map', 'audio', 'video',
  'source', 'track', 'param', 'dialog',
]);
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'td', 'th', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'dd', 'dt', 'header', 'footer', 'nav', 'aside', 'form', 'figure',
  'figcaption', 'center', 'hr', 'address', 'fieldset', 'legend', 'details', 'summary', 'body', 'html', 'menu', 'hgroup', 'text',
]);
export const NEGATIVE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'menu']);
export const NEGATIVE_HINT =
  /comment|reply|review|\btie\b|discuss|liuyan|share|social|related|recommend|breadcrumb|crumb|footer|\bfoot\b|sidebar|side-?bar|\bside\b|\bnav|menu|banner|\bads?\b|advert|sponsor|promo|toolbar|\btools?\b|login|signup|subscribe|qrcode|erweima|weixin|wechat|copyright|disclaimer|pagination|pager|\bhot|\brank|paihang|tuijian|xiangguan|fenxiang|pinglun|popup|modal|cookie|taboola|outbrain|overlay|popmake|\bpum\b|lightbox|keyword|\btags?\b|author-?info|bottom-?bar|\bprint\b|jiucuo/i;
/** Hints that stay negative even on a block holding most of the page's text. */
export const STRONG_NEGATIVE_HINT = /comment|popup|modal|overlay|popmake|\bpum\b|lightbox|cookie|disclaimer/i;
export const SUMMARY_HINT = /summary|abstract|\blead\b|\bintro(?:duction)?\b|standfirst|\bdek\b|zhaiyao|daoyu|\bdigest\b/i;
export const POSITIVE_HINT =
  /article|content|entry|\bmain\b|story|detail|zhengwen|\bzw\b|\bnr\b|trs_editor|unionstyle|neirong|wenzhang|\bcon\b|\bcont\b|\bcnt\b|endtext|artibody/i;
export const CAPTION_HINT = /caption|\bpic-?(?:info|txt|text|title|desc|note)|img-?(?:info|txt|text|title|desc|note)|photo-?(?:info|txt|text|desc|note)|tu-?(?:zhu|shuo)/i;
export const CENTER_HINT = /center|\bf_center\b|\bac\b|text-?center|tc\b/i;

export const PUNCT_RE = /[，。；：！？、,.;:!?]/gu;
export const COMMA_RE = /[，、；,;]/gu;
export const HAN_RE = /[\u4e00-\u9fff]/u;

/** WeChat's article body, which its page ships as `visibility: hidden` and a script reveals. */
const REVEALED_BY_SCRIPT = /(?:^|\s)(?:js_content|rich_media_content)(?:\s|$)/;

export function hiddenByStyle(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  if (!style) return false;
  if (/display\s*:\s*none/i.test(style)) return true;
  return /visibility\s*:\s*hidden/i.test(style) && !REVEALED_BY_SCRIPT.test(`${attribs.id ?? ''} ${attribs.class ?? ''}`);
}

export function hintText(attribs: Record<string, string>): string {
  return `${attribs.class ?? ''} ${attribs.id ?? ''}`;
}

export function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a))) n++;
  }
  return n;
}

export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/u;

/** Collapses source whitespace; a line break between two CJK characters is formatting, not a space. */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000\u200b\ufeff\u2000-\u200a]+/gu, (run, offset: number, whole: string) => {
      if (/[\n\r]/.test(run)) {
        const before = whole[offset - 1] ?? '';
        const after = whole[offset + run.length] ?? '';
        if (CJK.test(before) && CJK.test(after)) return '';
      }
      return ' ';
    })
    .trim();
}

/** Drops the ` | ` left after a row's last cell (a loop: a regex anchored at $ backtracks on long lines). */
export function trimCellSeparators(raw: string): string {
  let end = raw.length;
  for (;;) {
    while (end > 0 && /\s/.test(raw[end - 1]!)) end--;
    if (end > 0 && raw[end - 1] === '|') end--;
    else break;
  }
  return end === raw.length ? raw : raw.slice(0, end);
}

export function isDataTable(table: DomNode): boolean {
  const rows: DomNode[] = [];
  const collectRows = (node: DomNode) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tag') continue;
      const tag = child.name!.toLowerCase();
      if (tag === 'tr') rows.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collectRows(child);
    }
  };
  collectRows(table);
  if (rows.length < 2) return false;
  let cells = 0;
  let textChars = 0;
  let widest = 0;
  for (const row of rows) {
    let rowCells = 0;
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tag' || !/^t[dh]$/i.test(cell.name!)) continue;
      rowCells++;
      const stack: DomNode[] = [];
      for (const child of cell.children ?? []) stack.push(child);
      while (stack.length) {
        const node = stack.pop()!;
        if (node.type === 'text') textChars += nonSpaceLength(node.data ?? '');
        else if (node.type === 'tag') {
          const tag = node.name!.toLowerCase();
          if (tag === 'table' || tag === 'div' || tag === 'p' || tag === 'ul' || tag === 'ol' || tag === 'h1' || tag === 'h2' || tag === 'h3') return false;
          for (const child of node.children ?? []) stack.push(child);
        }
      }
    }
    cells += rowCells;
    widest = Math.max(widest, rowCells);
  }
  return widest >= 2 && cells > 0 && textChars / cells <= 60;
}

/** One pass over the DOM: lines in reading order and per-element text statistics. */
/**
 * How deep elements may nest before the page model stops keeping their structure. Real pages
 * stay under about a hundred; a hostile one 10,000 deep would overflow the stack of every
 * recursive walk (ours, cheerio's text()) and make ancestor walks quadratic.
 */
export const MAX_ELEMENT_DEPTH = 256;

/**
 * Flattens, in place, whatever nests deeper than MAX_ELEMENT_DEPTH: the element at that depth
 * keeps its text, in order, with a <br> where a block element began or ended, and loses its
 * sub-elements. Iterative, so depth costs no stack. Scripts, styles and hidden elements drop out
 * as the walk would drop them.
 */
export function limitDepth(root: DomNode): void {
  const pending: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (pending.length) {
    const { node, depth } = pending.pop()!;
    if (!node.children?.length) continue;
    if (depth < MAX_ELEMENT_DEPTH) {
      for (const child of node.children) if (child.type === 'tag' || child.type === 'root') pending.push({ node: child, depth: depth + 1 });
      continue;
    }
    const flat: DomNode[] = [];
    const lineBreak = (): DomNode => ({ type: 'tag', name: 'br', attribs: {}, children: [], parent: node });
    const stack: (DomNode | 'close')[] = [...node.children].reverse();
    while (stack.length) {
      const next = stack.pop()!;
      if (next === 'close') {
        flat.push(lineBreak());
        continue;
      }
      if (next.type === 'text') {
        next.parent = node;
        flat.push(next);
        continue;
      }
      if (next.type !== 'tag') continue;
      const tag = next.name!.toLowerCase();
      if (SKIP_TAGS.has(tag) || hiddenByStyle(next.attribs ?? {})) continue;
      if (tag === 'br' || tag === 'img') {
        flat.push({ type: 'tag', name: tag, attribs: {}, children: [], parent: node });
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        flat.push(lineBreak());
        stack.push('close');
      }
      for (let i = (next.children?.length ?? 0) - 1; i >= 0; i--) stack.push(next.children![i]!);
    }
    node.children = flat;
  }
}

const NEGATIVE_FLAG = 1;
const POSITIVE_FLAG = 2;
const CENTER_FLAG = 4;
const CAPTION_FLAG = 8;
/** What the class and id hints say, by hint text: a page repeats the same few class names on thousands of elements. */
const hintFlagsSeen = new Map<string, number>();
const REMEMBERED_HINTS = 4096;

function hintFlags(hints: string): number {
  let flags = hintFlagsSeen.get(hints);
  if (flags === undefined) {
    flags = (NEGATIVE_HINT.test(hints) ? NEGATIVE_FLAG : 0) | (POSITIVE_HINT.test(hints) ? POSITIVE_FLAG : 0) | (CENTER_HINT.test(hints) ? CENTER_FLAG : 0) | (CAPTION_HINT.test(hints) ? CAPTION_FLAG : 0);
    if (hintFlagsSeen.size >= REMEMBERED_HINTS) hintFlagsSeen.clear();
    hintFlagsSeen.set(hints, flags);
  }
  return flags;
}

export function buildPageModel(root: DomNode): PageModel {
  const elements: ElementInfo[] = [];
  const lines: TextLine[] = [];
  const idOf = new Map<DomNode, number>();
  let raw = '';
  let linkChars = 0;
  let boldChars = 0;
  let inBold = 0;
  let lineImage = false;
  let blockStack: number[] = [];
  let inLink = 0;
  let centered = 0;
  let heading = 0;
  let caption = 0;
  let tableRow = false;

  const flush = () => {
    // Private-use characters are icon-font glyphs (or undecodable vendor codes), not text.
    const text = collapseWhitespace(trimCellSeparators(raw.replace(/[\ue000-\uf8ff]/gu, '')));
    const block = blockStack[blockStack.length - 1] ?? -1;
    if (text) {
      lines.push({
        text,
        chars: nonSpaceLength(text),
        linkChars,
        punct: countMatches(text, PUNCT_RE),
        block,
        image: lineImage,
        centered: centered > 0,
        heading,
        tableRow,
        caption: caption > 0,
        emphasis: boldChars >= nonSpaceLength(text),
      });
    } else if (lineImage && block >= 0) {
      lines.push({ text: '', chars: 0, linkChars: 0, punct: 0, block, image: true, centered: centered > 0, heading, tableRow: false, caption: false, emphasis: false });
    }
    raw = '';
    linkChars = 0;
    boldChars = 0;
    lineImage = false;
  };

  const walk = (node: DomNode, parent: number, depth: number, inDataTable: boolean) => {
    if (node.type === 'text') {
      const data = node.data ?? '';
      // A whitespace-only node between two tags separates them (`<span>来源：甲</span>\n<span>作者：乙</span>`);
      // a line break inside running text is formatting and may vanish between CJK characters.
      raw += /^\s+$/.test(data) && /[\n\r]/.test(data) ? ' ' : data;
      if (inLink) linkChars += nonSpaceLength(data);
      if (inBold) boldChars += nonSpaceLength(data);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const child of node.children ?? []) walk(child, parent, depth, inDataTable);
      return;
    }
    const tag = node.name!.toLowerCase();
    const attribs = node.attribs ?? {};
    if (SKIP_TAGS.has(tag) || hiddenByStyle(attribs)) return;
    if (tag === 'img') {
      lineImage = true;
      return;
    }
    if (tag === 'br') {
      // Inside a data-table cell a line break is only a space: the row stays one line.
      if (inDataTable) raw += ' ';
      else flush();
      return;
    }
    const id = elements.length;
    const hints = hintText(attribs);
    const flags = hints.length > 1 ? hintFlags(hints) : 0;
    const negative = NEGATIVE_TAGS.has(tag) || (flags & NEGATIVE_FLAG) !== 0;
    const info: ElementInfo = {
      node,
      tag,
      parent,
      end: id,
      depth,
      negative,
      positive: !negative && (flags & POSITIVE_FLAG) !== 0,
      chars: 0,
      linkChars: 0,
      proseChars: 0,
      score: 0,
      firstLine: lines.length,
      lastLine: lines.length - 1,
    };
    elements.push(info);
    idOf.set(node, id);
    const isBlock = BLOCK_TAGS.has(tag);
    const dataTable = tag === 'table' && isDataTable(node);
    const isCell = tag === 'td' || tag === 'th';
    const centeredHere = attribs.align?.toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(attribs.style ?? '') || tag === 'center' || (flags & CENTER_FLAG) !== 0;
    const captionHere = tag === 'figcaption' || (flags & CAPTION_FLAG) !== 0;
    const headingLevel = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;

    if (inDataTable && isCell) {
      // Cells of a data table stay on their row's line, separated for the number finder.
      for (const child of node.children ?? []) walk(child, id, depth + 1, inDataTable);
      raw += ' | ';
    } else if (inDataTable && tag === 'tr') {
      flush();
      blockStack.push(id);
      tableRow = true;
      for (const child of node.children ?? []) walk(child, id, depth + 1, inDataTable);
      flush();
      tableRow = false;
      blockStack.pop();
    } else if (isBlock) {
      flush();
      blockStack.push(id);
      if (centeredHere) centered++;
      if (captionHere) caption++;
      const outerHeading = heading;
      if (headingLevel) heading = headingLevel;
      for (const child of node.children ?? []) walk(child, id, depth + 1, dataTable || (inDataTable && !isCell && tag !== 'table'));
      flush();
      heading = outerHeading;
      if (captionHere) caption--;
      if (centeredHere) centered--;
      blockStack.pop();
    } else {
      const bold = tag === 'strong' || tag === 'b';
      if (tag === 'a') inLink++;
      if (bold) inBold++;
      if (captionHere) caption++;
      for (const child of node.children ?? []) walk(child, id, depth + 1, inDataTable);
      if (captionHere) caption--;
      if (bold) inBold--;
      if (tag === 'a') inLink--;
    }
    info.end = elements.length - 1;
    info.lastLine = lines.length - 1;
  };
  blockStack = [];
  walk(root, -1, 0, false);
  flush();

  // Per-element totals, bottom-up: each line counts for its block and every ancestor.
  const own = new Float64Array(elements.length * 3);
  for (const line of lines) {
    if (line.block < 0) continue;
    own[line.block * 3] += line.chars;
    own[line.block * 3 + 1] += line.linkChars;
    own[line.block * 3 + 2] += isProse(line) ? line.chars - line.linkChars : 0;
  }
  for (let id = elements.length - 1; id >= 0; id--) {
    const info = elements[id]!;
    info.chars += own[id * 3]!;
    info.linkChars += own[id * 3 + 1]!;
    info.proseChars += own[id * 3 + 2]!;
    if (info.parent >= 0) {
      const parent = elements[info.parent]!;
      parent.chars += info.chars;
      parent.linkChars += info.linkChars;
      parent.proseChars += info.proseChars;
    }
  }
  // A class name like `has-sidebar` on a wrapper of the whole article does not make it chrome.
  let totalProse = 0;
  for (const info of elements) if (info.parent < 0) totalProse += info.proseChars;
  for (const info of elements) {
    if (!info.negative) continue;
    if (info.tag === 'body' || info.tag === 'html') info.negative = false;
    else if (info.proseChars > totalProse * 0.5 && !STRONG_NEGATIVE_HINT.test(hintText(info.node.attribs ?? {}))) info.negative = false;
  }
  return { elements, lines, idOf };
}

const proseCache = new WeakMap<TextLine, boolean>();

/** A line that reads like running text: long enough, punctuated, mostly not links. */
export function isProse(line: TextLine): boolean {
  let prose = proseCache.get(line);
  if (prose === undefined) {
    prose = computeProse(line);
    proseCache.set(line, prose);
  }
  return prose;
}

function computeProse(line: TextLine): boolean {
  const own = line.chars - line.linkChars;
  if (line.linkChars > line.chars * 0.5) return false;
  if (line.tableRow) return own >= 4;
  const han = HAN_RE.test(line.text);
  return line.punct >= 1 && own >= (han ? 8 : 25) && !isBoilerplateLine(line.text);
}
