// Lines of an article's text, for the stages that read a table row by row: the line an offset
// lies in, and whether a stretch of text is a whole line of its own.

/** The line of `text` that holds offset `at`, without its line break. */
export function lineAround(text: string, at: number): { start: number; end: number } {
  const next = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: next < 0 ? text.length : next };
}

/** The line of text[start, end) when nothing but spaces stands beside it on that line; else null. */
export function wholeLine(text: string, start: number, end: number): { start: number; end: number } | null {
  const line = lineAround(text, start);
  return text.slice(line.start, start).trim() === '' && text.slice(end, line.end).trim() === '' ? line : null;
}

/** Words a line of running English text does not end on unless the sentence goes on in the next line. */
const OPEN_ENDING = /\b(?:of|the|and|or|to|in|for|a|an|by|with|from|on|at|as|than|that|which|its|their|his|her|our|is|are|was|were|be|been|has|have|had|per|about|over|under|between|into|while|whereas|but|nor)$/i;

/** The shortest line that is taken as wrapped: a heading or a list item is shorter, a line of a wrapped paragraph is near the page's width. */
const WRAPPED_LINE = 40;

/**
 * Whether the line break at text[at], which ends `line`, looks like a wrap of English running
 * text: the line is long, not a headline in title case, and ends without a sentence's closing
 * mark (in a letter, a digit, a comma or a closing bracket), and the line after goes on in lower
 * case (`…of the nation's 107.9 million full-time workers` / `were $790 in the third quarter`), or
 * the line ends on a word no sentence ends on (`the U.S. Bureau of` / `Labor Statistics`).
 */
function looksWrapped(text: string, at: number, line: string): boolean {
  const before = line.trimEnd();
  if (before.trim().length < WRAPPED_LINE || !/[A-Za-z0-9,)%]$/.test(before) || /[\u3400-\u9fff]/u.test(before)) return false;
  const words = before.match(/[A-Za-z][\w'’-]*/g) ?? [];
  if (words.filter((word) => /^[A-Z]/.test(word)).length * 2 > words.length) return false;
  const after = /^[ \t]*(\S+)/.exec(text.slice(at + 1, at + 40))?.[1];
  if (!after) return false;
  return /^[a-z]/.test(after) || (OPEN_ENDING.test(before) && /^[A-Za-z0-9$(]/.test(after));
}

/** Of a text's long lines, at least this share must look wrapped for its line breaks to be read as wraps. */
const WRAPPED_SHARE = 0.3;

let memo: { text: string; wraps: Set<number> } | null = null;

/**
 * The line breaks of a text set at a fixed width (a plain-text release at 80 columns) that only
 * wrap a line of running text: on such a page many long lines look wrapped (looksWrapped), where
 * on a page of a paragraph a line a headline or a list item may look so once.
 */
export function softWraps(text: string): Set<number> {
  if (memo?.text === text) return memo.wraps;
  const wraps = new Set<number>();
  let long = 0;
  for (let start = 0, at = text.indexOf('\n'); at >= 0; start = at + 1, at = text.indexOf('\n', start)) {
    const line = text.slice(start, at);
    if (line.trim().length >= WRAPPED_LINE) long++;
    if (looksWrapped(text, at, line)) wraps.add(at);
  }
  const result = wraps.size >= 3 && wraps.size >= long * WRAPPED_SHARE ? wraps : new Set<number>();
  memo = { text, wraps: result };
  return result;
}
