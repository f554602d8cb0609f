// The public holidays of mainland China as the State Council's yearly notices (国务院办公厅关于
// 部分节假日安排的通知) fix them: a figure for 春节期间 or the 五一假期 is for those days, not the
// year. A year missing here leaves the expression to the year rules.
import type { Period } from './times.js';
import { addDays } from '../dates.js';

export type Holiday = '元旦' | '春节' | '清明' | '五一' | '端午' | '中秋' | '国庆' | '中秋国庆';

/** The days off, first to last, by year. Where 中秋 and 国庆 were joined (2012, 2017, 2020, 2023, 2025), both name the joint break. */
export const HOLIDAYS: Readonly<Record<number, Partial<Record<Holiday, readonly [string, string]>>>> = {
  2010: { 元旦: ['01-01', '01-03'], 春节: ['02-13', '02-19'], 清明: ['04-03', '04-05'], 五一: ['05-01', '05-03'], 端午: ['06-14', '06-16'], 中秋: ['09-22', '09-24'], 国庆: ['10-01', '10-07'] },
  2011: { 元旦: ['01-01', '01-03'], 春节: ['02-02', '02-08'], 清明: ['04-03', '04-05'], 五一: ['04-30', '05-02'], 端午: ['06-04', '06-06'], 中秋: ['09-10', '09-12'], 国庆: ['10-01', '10-07'] },
  2012: { 元旦: ['01-01', '01-03'], 春节: ['01-22', '01-28'], 清明: ['04-02', '04-04'], 五一: ['04-29', '05-01'], 端午: ['06-22', '06-24'], 中秋国庆: ['09-30', '10-07'] },
  2013: { 元旦: ['01-01', '01-03'], 春节: ['02-09', '02-15'], 清明: ['04-04', '04-06'], 五一: ['04-29', '05-01'], 端午: ['06-10', '06-12'], 中秋: ['09-19', '09-21'], 国庆: ['10-01', '10-07'] },
  2014: { 元旦: ['01-01', '01-01'], 春节: ['01-31', '02-06'], 清明: ['04-05', '04-07'], 五一: ['05-01', '05-03'], 端午: ['05-31', '06-02'], 中秋: ['09-06', '09-08'], 国庆: ['10-01', '10-07'] },
  2015: { 元旦: ['01-01', '01-03'], 春节: ['02-18', '02-24'], 清明: ['04-04', '04-06'], 五一: ['05-01', '05-03'], 端午: ['06-20', '06-22'], 中秋: ['09-26', '09-27'], 国庆: ['10-01', '10-07'] },
  2016: { 春节: ['02-07', '02-13'], 清明: ['04-02', '04-04'], 五一: ['04-30', '05-02'], 端午: ['06-09', '06-11'], 中秋: ['09-15', '09-17'], 国庆: ['10-01', '10-07'] },
  2017: { 春节: ['01-27', '02-02'], 清明: ['04-02', '04-04'], 五一: ['04-29', '05-01'], 端午: ['05-28', '05-30'], 中秋国庆: ['10-01', '10-08'] },
  2018: { 元旦: ['12-30', '01-01'], 春节: ['02-15', '02-21'], 清明: ['04-05', '04-07'], 五一: ['04-29', '05-01'], 端午: ['06-16', '06-18'], 中秋: ['09-22', '09-24'], 国庆: ['10-01', '10-07'] },
  2019: { 元旦: ['12-30', '01-01'], 春节: ['02-04', '02-10'], 清明: ['04-05', '04-07'], 五一: ['05-01', '05-04'], 端午: ['06-07', '06-09'], 中秋: ['09-13', '09-15'], 国庆: ['10-01', '10-07'] },
  2020: { 元旦: ['01-01', '01-01'], 春节: ['01-24', '02-02'], 清明: ['04-04', '04-06'], 五一: ['05-01', '05-05'], 端午: ['06-25', '06-27'], 中秋国庆: ['10-01', '10-08'] },
  2021: { 元旦: ['01-01', '01-03'], 春节: ['02-11', '02-17'], 清明: ['04-03', '04-05'], 五一: ['05-01', '05-05'], 端午: ['06-12', '06-14'], 中秋: ['09-19', '09-21'], 国庆: ['10-01', '10-07'] },
  2022: { 元旦: ['01-01', '01-03'], 春节: ['01-31', '02-06'], 清明: ['04-03', '04-05'], 五一: ['04-30', '05-04'], 端午: ['06-03', '06-05'], 中秋: ['09-10', '09-12'], 国庆: ['10-01', '10-07'] },
  2023: { 元旦: ['12-31', '01-02'], 春节: ['01-21', '01-27'], 清明: ['04-05', '04-05'], 五一: ['04-29', '05-03'], 端午: ['06-22', '06-24'], 中秋国庆: ['09-29', '10-06'] },
  2024: { 元旦: ['01-01', '01-01'], 春节: ['02-10', '02-17'], 清明: ['04-04', '04-06'], 五一: ['05-01', '05-05'], 端午: ['06-08', '06-10'], 中秋: ['09-15', '09-17'], 国庆: ['10-01', '10-07'] },
  2025: { 元旦: ['01-01', '01-01'], 春节: ['01-28', '02-04'], 清明: ['04-04', '04-06'], 五一: ['05-01', '05-05'], 端午: ['05-31', '06-02'], 中秋国庆: ['10-01', '10-08'] },
  2026: { 元旦: ['01-01', '01-03'], 春节: ['02-15', '02-23'], 清明: ['04-04', '04-06'], 五一: ['05-01', '05-05'], 端午: ['06-19', '06-21'], 中秋: ['09-25', '09-27'], 国庆: ['10-01', '10-07'] },
};

/** How the text names a holiday: 劳动节 is 五一, 国庆节 is 国庆, 中秋、国庆 a joint break. */
export function holidayOf(name: string): Holiday | null {
  const simple = name
    .replace(/[“”"‘’'「」、和及]/gu, '')
    .replace(/(清明|端午|中秋|国庆|劳动)节/gu, '$1')
    .replace(/^五一(?:国际)?劳动$|^劳动$/u, '五一')
    // 双节: the two festivals of autumn, 中秋 and 国庆, as the press names them together.
    .replace(/^双节$/u, '中秋国庆');
  if (/^中秋国庆|^国庆中秋/u.test(simple)) return '中秋国庆';
  const found = (['元旦', '春节', '清明', '五一', '端午', '中秋', '国庆'] as const).find((holiday) => simple.startsWith(holiday));
  return found ?? null;
}

/** The days of a holiday in a year; a New Year's break that starts in late December starts in the year before. */
export function holidayPeriod(holiday: Holiday, year: number): Period | null {
  const table = HOLIDAYS[year];
  if (!table) return null;
  // 中秋 and 国庆 of a joint year are the one break; a joint name in a split year is both.
  const days = table[holiday] ?? (holiday === '中秋' || holiday === '国庆' ? table.中秋国庆 : undefined);
  if (days) {
    const startYear = holiday === '元旦' && days[0] > days[1] ? year - 1 : year;
    return { start: `${startYear}-${days[0]}`, end: `${year}-${days[1]}` };
  }
  if (holiday === '中秋国庆' && table.中秋 && table.国庆) return { start: `${year}-${table.中秋[0]}`, end: `${year}-${table.国庆[1]}` };
  return null;
}

/** The part of a break named after it: 前五天/前5日/头三天 (its first days), 首日 (its first), 第三天 (that day). */
export function holidayPart(period: Period, part: string | undefined, count: (text: string) => number | null): Period | null {
  if (!part) return period;
  const first = /^(?:首日|第一天)$/u.test(part) ? 1 : null;
  const n = first ?? count(part.replace(/^(?:前|头|第)|[天日]$/gu, ''));
  if (!n || n < 1) return null;
  const end = addDays(period.start, n - 1);
  if (end > period.end) return null;
  return /^第|首日/u.test(part) ? { start: end, end } : { start: period.start, end };
}

