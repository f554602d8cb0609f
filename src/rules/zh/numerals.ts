// Chinese numerals and digit forms: the characters the number grammar reads.
export const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Units inside a Chinese numeral (十三万五千): small ones scale a digit, large ones a section. */
export const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CHINESE_LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Full-width digits and separators map one-to-one onto ASCII, so offsets are unchanged. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－％]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Value of a Chinese numeral such as 一百二十三, 两千万, 十三万五千, 一亿二千万; null when
 * the characters do not form a number (十三五, 三五): plan names and vague pairs are not numbers.
 */
export function parseChineseNumeral(text: string): number | null {
  // 一点二, 十点五: digits after 点 are read one by one as decimals.
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? null : parseChineseNumeral(text.slice(0, point));
    const decimals = [...text.slice(point + 1)].map((ch) => CHINESE_DIGITS[ch]);
    if (whole === null || decimals.length === 0 || decimals.some((d) => d === undefined)) return null;
    return Number(`${whole}.${decimals.join('')}`);
  }
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
  return value > 0 || /^[零〇]$/u.test(text) ? value : null;
}
