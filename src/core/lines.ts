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
