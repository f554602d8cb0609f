// Tokens of one English sentence: digit numbers, words and single symbols, each a half-open
// pair of offsets into article.text, with the characters between it and the token before.
// The finder walks these; nothing here interprets them.

export interface EnglishToken {
  kind: 'number' | 'word' | 'symbol';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The text between the previous token's end and this token's start ('' when glued). */
  gap: string;
}

// Digits with thousands separators and decimals, a decimal without leading zero, a word
// (letters only: apostrophes and hyphens are symbols of their own), or one other character.
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|(?<![\p{L}\d])\.\d+|\p{L}+|\S/gu;

export function tokenize(text: string, start: number, end: number): EnglishToken[] {
  const slice = text.slice(start, end);
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const at = match.index!;
    const raw = match[0];
    const kind = /^[\d.]/.test(raw) && /\d/.test(raw) ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'symbol';
    tokens.push({ kind, text: raw, lower: raw.toLowerCase(), start: start + at, end: start + at + raw.length, gap: slice.slice(previousEnd, at) });
    previousEnd = at + raw.length;
  }
  return tokens;
}

/** The value of a digit token: separators dropped, decimals kept. */
export function digitValue(token: EnglishToken): number {
  return Number(token.text.replace(/,/g, ''));
}

export const isSpaceGap = (gap: string) => gap.length > 0 && gap.length <= 3 && /^\s+$/u.test(gap);
