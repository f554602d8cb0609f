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
// Thousands may be grouped by commas (`1,234,567`), the Indian way (`1,44,372`: pairs before the
// last three digits), by single spaces (`1 234 567`, `40 000`, thin or no-break spaces too) or by
// a comma and a space (`34, 850`).
const INDIAN_GROUPS = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)';
const SPACE_GROUPS = '(?<![\\d.,])\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3}(?![\\d,]))+';
const COMMA_GROUPS = '\\d+(?:,\\d{3})*';
// `34, 850 cedis`, `660, 000 students`: a space after the thousands comma, as some African papers
// set it; never a list (`85, 120 and 140`, `12, 345, 678`), whose items run on after a comma or `and`,
// nor a code or a numbered part before the comma (`Q2, 437 applications`, `Table 2, 300 homes`).
const COMMA_SPACE_GROUPS = '(?<![\\p{L}\\d.,]|\\d,\\s|\\d\\s(?:and|or)\\s|\\b(?:Figure|Fig|Table|Chart|Section|Chapter|Article|Rule|Phase|Stage|Round|Grade|Level|Page|No|Game|Week|Day|Match|Race|Year)\\.?\\s)\\d{1,3}, \\d{3}(?!\\d)(?!,\\s?\\d|\\.\\d|\\s(?:and|or|to|&)\\s)';
// `1,5 million euros`: a comma before one or two digits and a scale word is a decimal comma, as
// continental writers put it (read as 1.5 million, never cut to `5 million`).
// So is one before a percent sign (`dropped by 0,6%`, `12,3 per cent`: Statistics South Africa writes them so).
const DECIMAL_COMMA = '(?<![\\d.,])\\d{1,3},\\d{1,2}(?=\\s(?:million|billion|trillion|thousand|mln|bln|mn|bn)\\b|\\s?%|\\s(?:per\\s?cent|percent)\\b)';
// `3½ inches`, `½ percent`, `1⁄2`: a vulgar fraction, alone or after a whole number, and digits
// around the fraction slash are one number.
const VULGAR = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞';
const VULGAR_FRACTION = `\\d*[${VULGAR}]|\\d+\\u2044\\d+`;
const TOKEN = new RegExp(`${VULGAR_FRACTION}|${DECIMAL_COMMA}|(?:${INDIAN_GROUPS}|${SPACE_GROUPS}|${COMMA_SPACE_GROUPS}|${COMMA_GROUPS})(?:\\.\\d+)?|(?<![\\p{L}\\d])\\.\\d+|\\p{L}+|\\S`, 'gu');

export function tokenize(text: string, start: number, end: number): EnglishToken[] {
  const slice = text.slice(start, end);
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const at = match.index!;
    const raw = match[0];
    const kind = (/^[\d.]/.test(raw) && /\d/.test(raw)) || /^\d*[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]$/u.test(raw) ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'symbol';
    tokens.push({ kind, text: raw, lower: raw.toLowerCase(), start: start + at, end: start + at + raw.length, gap: slice.slice(previousEnd, at) });
    previousEnd = at + raw.length;
  }
  return tokens;
}

/** The value of a digit token: separators dropped, decimals kept. */
const VULGAR_VALUES = new Map([...'½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞'].map((character, n) => [character, [1 / 2, 1 / 3, 2 / 3, 1 / 4, 3 / 4, 1 / 5, 2 / 5, 3 / 5, 4 / 5, 1 / 6, 5 / 6, 1 / 8, 3 / 8, 5 / 8, 7 / 8][n]!] as const));

export function digitValue(token: EnglishToken): number {
  const vulgar = VULGAR_VALUES.get(token.text.slice(-1));
  if (vulgar !== undefined) return Number(token.text.slice(0, -1) || 0) + vulgar;
  if (token.text.includes('\u2044')) {
    const [top, bottom] = token.text.split('\u2044').map(Number);
    return top! / bottom!;
  }
  if (/^\d{1,3},\d{1,2}$/.test(token.text)) return Number(token.text.replace(',', '.'));
  return Number(token.text.replace(/[,\s]/gu, ''));
}

export const isSpaceGap = (gap: string) => gap.length > 0 && gap.length <= 3 && /^\s+$/u.test(gap);
