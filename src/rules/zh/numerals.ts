// Chinese numerals and digit forms: the characters the number grammar reads.
export const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Units inside a Chinese numeral (十三万五千): small ones scale a digit, large ones a section. */
export const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CHINESE_LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿廿卅';

/** Full-width digits and separators map one-to-one onto ASCII, so offsets are unchanged. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－％]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const DIGIT_CHARS = /^[零〇○一二两三四五六七八九]+$/u;

/** The number its digits spell, one character a digit (一一四 is 114). */
const spelledDigits = (text: string) => Number([...text].map((ch) => CHINESE_DIGITS[ch]).join(''));

/**
 * A numeral written digit by digit (一一四．三萬元 for 114.3万元, 一○○ for 100, as Taiwan's
 * papers print figures): read only when it cannot be a vague pair (三五成群), that is with three
 * or more digits, a zero, or a decimal part.
 */
function digitByDigit(text: string, hasDecimals: boolean): number | null {
  if (!DIGIT_CHARS.test(text) || text.length < 2) return null;
  if (text.length < 3 && !hasDecimals && !/[零〇○]/u.test(text)) return null;
  if (/^[零〇○]/u.test(text) && text.length > 1) return null;
  return spelledDigits(text);
}

const SECTION_DIGITS = /^[零〇○一二三四五六七八九]+$/u;

/**
 * A numeral whose sections are written digit by digit between its 亿 and 万 (四二七億三六一八萬五千,
 * 一二億〇八〇萬, as Taiwan's budget papers print them): each section is its digits, or a numeral
 * (九千) when it has units. Read only when some section has three or more digits, so that a vague
 * pair (三五万) stays no number; a section after the first stays under ten thousand.
 */
function sectioned(text: string): number | null {
  const parts = text.split(/(亿|万)/u);
  if (parts.length < 3) return null;
  if (!parts.some((part, i) => i % 2 === 0 && part.length >= 3 && SECTION_DIGITS.test(part))) return null;
  let total = 0;
  let lastUnit = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const unit = parts[i + 1] === undefined ? 1 : BIG_UNITS[parts[i + 1]!]!;
    if (part === '') {
      if (unit === 1 && i > 0) break;
      return null;
    }
    if (unit >= lastUnit) return null;
    const digits = SECTION_DIGITS.test(part);
    if (digits && i === 0 && /^[零〇○]/u.test(part)) return null;
    const value = digits ? spelledDigits(part) : parseChineseNumeral(part);
    if (value === null || (i > 0 && value >= 1e4)) return null;
    total += value * unit;
    lastUnit = unit;
  }
  return total > 0 ? total : null;
}

/**
 * Value of a Chinese numeral such as 一百二十三, 两千万, 十三万五千, 一亿二千万; null when
 * the characters do not form a number (十三五, 三五): plan names and vague pairs are not numbers.
 */
export function parseChineseNumeral(raw: string): number | null {
  // 廿 and 卅, as Taiwan and Hong Kong papers write twenty and thirty (百分之卅六點八四).
  const text = raw.replace(/廿/gu, '二十').replace(/卅/gu, '三十');
  // 一五○万, 一○○亿: digits written one by one, then a multiplier.
  const scaled = text.match(/^([零〇○一二三四五六七八九]+)(万亿|万|亿)$/u);
  if (scaled) {
    const digits = digitByDigit(scaled[1]!, false);
    if (digits !== null) return digits * BIG_UNITS[scaled[2]!]!;
  }
  // 一点二, 十点五, 二十七．六: digits after the point are read one by one as decimals.
  // Macau's papers put the point as ‧ (四百七十六‧六億元).
  const point = text.search(/[点.．‧·・]/u);
  if (point >= 0) {
    const head = text.slice(0, point).trimEnd();
    const whole = point === 0 ? null : (digitByDigit(head, true) ?? parseChineseNumeral(head));
    const after = text.slice(point + 1).trimStart();
    // 点二十九 (.29), 点十一 (.11): decimals some papers write as a number rather than digit by digit.
    const asNumber = /十/u.test(after) ? parseChineseNumeral(after) : null;
    const decimals = asNumber !== null ? [...String(asNumber)].map(Number) : [...after].map((ch) => CHINESE_DIGITS[ch]);
    if (whole === null || decimals.length === 0 || decimals.some((d) => d === undefined)) return null;
    return Number(`${whole}.${decimals.join('')}`);
  }
  const digits = digitByDigit(text, false);
  if (digits !== null) return digits;
  const bySection = sectioned(text);
  if (bySection !== null) return bySection;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmallUnit = Infinity;
  let sawZero = false;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      const d = CHINESE_DIGITS[ch]!;
      if (d === 0) {
        sawZero = true;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
    } else if (ch in CHINESE_SMALL_UNITS) {
      const unit = CHINESE_SMALL_UNITS[ch]!;
      if (unit >= lastSmallUnit && !sawZero && digit === null) return null;
      if (unit >= lastSmallUnit && digit !== null) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmallUnit = unit;
      sawZero = false;
    } else if (ch in CHINESE_LARGE_UNITS) {
      const unit = CHINESE_LARGE_UNITS[ch]!;
      const group = section + (digit ?? 0);
      if (group === 0 && total === 0) return null;
      if (unit === 1e8) total = (total + group) * unit;
      else total += group * unit;
      section = 0;
      digit = null;
      lastSmallUnit = Infinity;
      sawZero = false;
    } else return null;
  }
  const value = total + section + (digit ?? 0);
  return value > 0 || /^[零〇○]$/u.test(text) ? value : null;
}

const MIXED_TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)|([零〇○])|([十百千])|(万亿|万万|万|亿|兆)|(\s)/gu;
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万万: 1e8, 万亿: 1e12, 兆: 1e12 };

/**
 * Value of a number written with Arabic digits and Chinese units in one span: 4万5000 (45000),
 * 6万3千2百 (63200), 1千零50 (1050), 3千零40万 (30400000), 278万7,070 (2787070),
 * 1,135亿6,645万1千 (113566451000), 12万万 (1.2e9). Sections are read as Chinese numerals are:
 * 千/百/十 scale the number before them, 万/亿/兆 scale the section before them (and all that
 * came before when they are larger than the last such unit). Null when it is no such number.
 */
export function parseMixedNumeral(text: string): number | null {
  let result = 0;
  let section = 0;
  let current: number | null = null;
  let lastBig = Infinity;
  let consumed = 0;
  for (const m of text.matchAll(MIXED_TOKEN)) {
    if (m.index !== consumed) return null;
    consumed += m[0].length;
    if (m[1] !== undefined) {
      if (current !== null) return null;
      current = Number(m[1].replace(/,/gu, ''));
    } else if (m[3] !== undefined) {
      section += (current ?? 1) * CHINESE_SMALL_UNITS[m[3]]!;
      current = null;
    } else if (m[4] !== undefined) {
      const unit = BIG_UNITS[m[4]]!;
      const group = section + (current ?? 0);
      if (group === 0) {
        if (result === 0) return null;
        result *= unit;
      } else if (unit >= lastBig || result === 0) result = (result + group) * unit;
      else result += group * unit;
      lastBig = unit;
      section = 0;
      current = null;
    }
  }
  if (consumed !== text.length) return null;
  const value = result + section + (current ?? 0);
  // Decimal arithmetic on the parts: 2.5万3千 → 28000, not 28000.000000000004.
  return Number(value.toPrecision(15));
}
