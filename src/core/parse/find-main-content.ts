// Main content of a web page, found without per-site selectors. One walk over the parsed DOM
// turns the page into text lines (one per paragraph, <br> or data-table row) and records, for
// every element, how much text and link text it holds. Paragraph-like lines (long enough,
// punctuated, few links) then score their ancestors, as readability does, weighted by text and
// punctuation density (as GNE does) and by the link density of the candidate; the best
// candidate and its content-bearing siblings are the article. Within them, link lists, share
// bars, comment blocks and other chrome are dropped. Emits the page's lines, the element table
// and the indexes of the lines that make up the body.
import { isBoilerplateLine, isCaptionText } from './read-metadata.js';
import { BLOCK_TAGS, COMMA_RE, countMatches, HAN_RE, hintText, isProse, SUMMARY_HINT, type ElementInfo, type MainContent, type PageModel, type TextLine } from './page-model.js';
function underNegative(model: PageModel, id: number): boolean {
  for (let e = id; e >= 0; e = model.elements[e]!.parent) if (model.elements[e]!.negative) return true;
  return false;
}

/** readability's weights for a paragraph's ancestors: parent, grandparent, then 1/(3·level). */
const LEVEL_DIVIDERS = [1, 2, 6, 9, 12];

function paragraphScore(line: TextLine): number {
  const han = HAN_RE.test(line.text);
  const length = line.chars - line.linkChars;
  return 1 + countMatches(line.text, COMMA_RE) + Math.min(Math.floor(length / (han ? 40 : 100)), 3);
}

function linkDensity(info: ElementInfo): number {
  return info.chars === 0 ? 0 : info.linkChars / info.chars;
}

/** Picks the article's container(s) and the body lines within them. */
export function findMainContent(model: PageModel, titleLine = -1): MainContent | null {
  const { elements, lines } = model;
  const scored = new Set<number>();
  for (const line of lines) {
    if (line.block < 0 || !isProse(line) || line.caption || line.heading) continue;
    if (underNegative(model, line.block)) continue;
    const score = paragraphScore(line);
    // The paragraph element itself counts as level 0 when the line is its own text (a <p>);
    // readability starts at the paragraph's parent, which is what a <p> line gives.
    let id = elements[line.block]!.tag === 'p' ? elements[line.block]!.parent : line.block;
    for (let level = 0; level < LEVEL_DIVIDERS.length && id >= 0; level++) {
      const info = elements[id]!;
      if (info.tag === 'body' || info.tag === 'html') break;
      scored.add(id);
      info.score += score / LEVEL_DIVIDERS[level]!;
      id = info.parent;
    }
  }
  let top = -1;
  let topScore = -Infinity;
  for (const id of scored) {
    const info = elements[id]!;
    // Class names weigh in proportionally (readability adds ±25, which swamps short articles).
    const hint = info.positive ? 1.25 : info.negative ? 0.5 : 1;
    // Text that ends before the article's heading is seldom its body (pop-ups, teasers).
    const placement = titleLine >= 0 && info.lastLine < titleLine ? 0.5 : 1;
    const final = info.score * hint * placement * (1 - linkDensity(info));
    info.score = final;
    if (final > topScore || (final === topScore && id > top)) {
      topScore = final;
      top = id;
    }
  }
  if (top < 0) return paragraphsInBody(model);

  // Widen to an ancestor when all it adds is running text (a lead or intro field beside the
  // body field, the transcript beside the summary), never when it adds link lists.
  for (let level = 0, parent = elements[top]!.parent; level < 4 && parent >= 0; level++, parent = elements[parent]!.parent) {
    const p = elements[parent]!;
    const t = elements[top]!;
    if (p.tag === 'body' || p.tag === 'html' || p.negative) break;
    const extraChars = p.chars - t.chars;
    const extraLinks = p.linkChars - t.linkChars;
    const extraProse = p.proseChars - t.proseChars;
    if (extraChars === 0) {
      top = parent;
      continue;
    }
    if (extraLinks <= extraChars * 0.1 && extraProse >= extraChars * 0.6 && extraProse >= 20) top = parent;
    else break;
  }

  const containers = [top];
  const topInfo = elements[top]!;
  if (topInfo.parent >= 0) {
    const threshold = Math.max(10, topInfo.score * 0.2);
    for (const child of elements[topInfo.parent]!.node.children ?? []) {
      const id = model.idOf.get(child) ?? -1;
      if (id < 0 || id === top) continue;
      const sibling = elements[id]!;
      if (sibling.negative || sibling.chars === 0) continue;
      // A block that opens with `推荐阅读`, `相关新闻`, … is a list of other articles.
      const firstLine = sibling.firstLine <= sibling.lastLine ? lines[sibling.firstLine] : undefined;
      if (firstLine && isBoilerplateLine(firstLine.text)) continue;
      const density = linkDensity(sibling);
      const prose = sibling.proseChars;
      const han = HAN_RE.test(firstLine?.text ?? '');
      const paragraphLike = sibling.tag === 'p' || sibling.lastLine - sibling.firstLine <= 1;
      if ((scored.has(id) && sibling.score >= threshold) || (paragraphLike && density < 0.25 && prose >= (han ? 40 : 80) && prose >= sibling.chars * 0.6)) containers.push(id);
    }
  }
  // A summary or lead field between the heading and the body belongs to the article.
  if (titleLine >= 0) {
    const bodyStart = Math.min(...containers.map((id) => elements[id]!.firstLine));
    for (let id = 0; id < elements.length; id++) {
      const e = elements[id]!;
      if (e.firstLine <= titleLine || e.firstLine > e.lastLine) continue;
      if (e.firstLine >= bodyStart) break;
      if (e.lastLine >= bodyStart || e.negative || !SUMMARY_HINT.test(hintText(e.node.attribs ?? {}))) continue;
      if (e.proseChars >= 20 && linkDensity(e) < 0.3) {
        containers.push(id);
        id = e.end;
      }
    }
  }
  containers.sort((a, b) => a - b);

  const dropped = new Uint8Array(elements.length);
  const keep: number[] = [];
  for (const container of containers) {
    const info = elements[container]!;
    for (let id = container + 1; id <= info.end; id++) {
      const e = elements[id]!;
      if (dropped[e.parent]) {
        dropped[id] = 1;
        continue;
      }
      if (shouldDrop(e, info)) dropped[id] = 1;
    }
    for (let i = info.firstLine; i <= info.lastLine; i++) {
      const line = lines[i]!;
      if (line.block < container || line.block > info.end || dropped[line.block]) continue;
      keep.push(i);
    }
  }
  return { containers, lines: dropRepeatedSummaries(model, keep) };
}

/**
 * A summary field the body repeats word for word is a digest an editor cut from a paragraph
 * below (`<p class="ep-summary">` beside 163's body); kept, its sentences and their claims would
 * be in the article twice. A summary the body does not repeat stays.
 */
function dropRepeatedSummaries(model: PageModel, keep: number[]): number[] {
  const squeeze = (index: number) => model.lines[index]!.text.replace(/\s+/gu, '');
  const hinted = (id: number) => id >= 0 && SUMMARY_HINT.test(hintText(model.elements[id]!.node.attribs ?? {}));
  const summary = keep.filter((index) => {
    const block = model.lines[index]!.block;
    return hinted(block) || hinted(model.elements[block]!.parent);
  });
  if (summary.length === 0) return keep;
  const rest = keep.filter((index) => !summary.includes(index)).map(squeeze).join('');
  const repeated = new Set(summary.filter((index) => squeeze(index).length >= 20 && rest.includes(squeeze(index))));
  return repeated.size ? keep.filter((index) => !repeated.has(index)) : keep;
}

/**
 * Scoring starts at a paragraph's parent and stops at <body>, so a page whose paragraphs sit
 * straight in <body> (a bare export, a huge plain page) scores nothing: then its article is
 * those running-prose paragraphs themselves.
 */
function paragraphsInBody(model: PageModel): MainContent | null {
  const { elements, lines } = model;
  const keep: number[] = [];
  let body = -1;
  lines.forEach((line, index) => {
    if (line.block < 0 || !isProse(line) || line.caption || line.heading) return;
    const block = elements[line.block]!;
    const container = block.tag === 'body' ? line.block : block.parent >= 0 && elements[block.parent]!.tag === 'body' ? block.parent : -1;
    if (container < 0 || underNegative(model, line.block)) return;
    body = container;
    keep.push(index);
  });
  if (keep.length === 0) return null;
  // Between and right after those paragraphs, the same container's shorter lines belong to the
  // text too (a one-line paragraph, `He declined to comment.`), unless they are chrome.
  const inContainer = (index: number) => {
    const block = lines[index]!.block;
    return block >= 0 && (block === body || elements[block]!.parent === body) && !isChromeLine(lines[index]!);
  };
  const first = keep[0]!;
  let last = keep[keep.length - 1]!;
  while (last + 1 < lines.length && last - keep[keep.length - 1]! < 3 && inContainer(last + 1) && /[.!?。！？]["”’」』)）]*$/u.test(lines[last + 1]!.text)) last++;
  const kept = new Set(keep);
  const filled: number[] = [];
  for (let index = first; index <= last; index++) if (kept.has(index) || inContainer(index)) filled.push(index);
  return { containers: [body], lines: filled };
}

/** Sub-blocks of the article container that are chrome: link lists, share bars, comments. */
function shouldDrop(e: ElementInfo, container: ElementInfo): boolean {
  if (e.chars === 0) return false;
  if (e.negative && e.proseChars < container.proseChars * 0.5) return true;
  const density = linkDensity(e);
  if (BLOCK_TAGS.has(e.tag) && e.tag !== 'p' && e.tag !== 'td' && e.tag !== 'tr' && density > 0.5 && e.proseChars < e.chars * 0.5) return true;
  if ((e.tag === 'ul' || e.tag === 'ol' || e.tag === 'dl') && density > 0.3) return true;
  return false;
}

/** A line that the content filter keeps out of the body even inside the container. */
export function isChromeLine(line: TextLine): boolean {
  if (line.image && !line.text) return true;
  if (line.caption) return true;
  if (!line.tableRow && line.linkChars > line.chars * 0.6) return true;
  if (isBoilerplateLine(line.text)) return true;
  return false;
}

/** A photo caption: captions by their wording, or a short line sharing a block with an image. */
export function isCaptionLine(line: TextLine, previous: TextLine | undefined): boolean {
  if (line.tableRow) return false;
  if (isCaptionText(line.text)) return true;
  const sentence = /[。！？!?]$/u.test(line.text.replace(/[”’"」』）)]+$/u, ''));
  if (line.image && line.chars <= 50 && !sentence) return true;
  if (previous?.image && !previous.text && previous.block === line.block && line.chars <= 60 && !sentence) return true;
  if (previous?.image && !previous.text && line.centered && line.chars <= 60) return true;
  return false;
}
