// time (English): time expressions in a sentence, resolved against the article date, and the
// one that governs each claim (annotation guidelines §3 `time`). English puts the period after
// the number as often as before it (`1,200 households in 2020`), so the nearest expression in
// the claim's own stretch of the sentence wins; else the nearest earlier one in the paragraph.
import type { ClaimTime } from '../schema.js';
import { addDays } from '../../rules/dates.js';
import { SCORE_PATTERN } from '../../rules/en/scores.js';
import { BASE_TO_TIME, CHANGE_CONTEXT_BEFORE_TIME, COMPARISON_BEFORE_CLAIM, LAUNCH_ASIDE_BEFORE_TIME, NOT_GOVERNING_BEFORE_TIME, ON_YEAR_BASIS, OUTDOING_VERB_BEFORE_TIME, SINCE_RECORD_BEFORE_TIME, SOUTHERN_HEMISPHERE, fiscalStartMonth, sportsSeasonOf, timeRules, type Period, type ReferenceDate } from '../../rules/en/times.js';

export interface TimeExpression {
  ruleId: string;
  start: number;
  end: number;
  text: string;
  period: { start: string; end: string };
  /** `from last year`, `compared with 2019`, `which begins July 1`: not the period of the claims near it. */
  governing: boolean;
  /** `up from 2.1 million in 2019`: the period of that comparison base alone. */
  onlyFor?: ClaimPosition;
  /** `a year earlier`, `the previous quarter`: counted back from the period of the claim's context (see TimeRule.relativeMonths). */
  relativeMonths?: number;
  /** `in the last 12 months`: the duration inside stays a claim. */
  holdsDuration?: boolean;
  /** `voted Tuesday`: governs its own sentence only. */
  ownSentence?: boolean;
  /** `on Tuesday announced`, `today unveiled`: the day of an announcement, which yields to a period named later in the claim's clause. */
  announcing?: boolean;
  /** `the quarter under review`: the page's own period, set by attach-times.ts. */
  reviewed?: boolean;
}

/** A verb of announcing right after a day: the day something was said, not what it is about. */
const ANNOUNCING_AFTER = /^\s+(?:announced|unveiled|presented|released|revealed|said|tabled|proposed|reported|posted)\b/i;

/** `for February delivery`, `the March contract`: a month naming a futures contract, not a period of the figures. */
const CONTRACT_AFTER = /^\s+(?:delivery|contracts?|futures)\b/i;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The article date: its `publishedAt`, else the dateline at the top of an English release. */
export function referenceDate(publishedAt: string | null, text: string, url: string | null = null): ReferenceDate | null {
  const date = articleDay(publishedAt, text);
  if (!date) return null;
  const league = sportsSeasonOf(text);
  // A league's games have quarters only on a page that reports a game: an earnings release naming the NFL keeps its calendar quarters.
  const season = league?.gameQuarters && text.search(SCORE_PATTERN) < 0 ? { startMonth: league.startMonth, endMonth: league.endMonth } : league;
  return { ...date, fiscalStartMonth: fiscalStartMonth(text, url), ...(season ? { season } : {}), ...(SOUTHERN_HEMISPHERE.test(text) ? { southernHemisphere: true } : {}) };
}

function articleDay(publishedAt: string | null, text: string): Omit<ReferenceDate, 'fiscalStartMonth'> | null {
  const iso = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) {
    const reference = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    const dateline = datelineDate(text);
    // A dateline up to a week before publication is the day the release speaks from; a later or older one is something else.
    const days = dateline ? (Date.UTC(reference.year, reference.month - 1, reference.day) - Date.UTC(dateline.year, dateline.month - 1, dateline.day)) / 86400000 : -1;
    return days > 0 && days <= 7 ? { ...reference, dateline: dateline! } : reference;
  }
  const head = text.slice(0, 400);
  const written = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s([0-3]?\d),?\s((?:19|20)\d{2})\b/.exec(head);
  const dayFirst = /\b([0-3]?\d)\s(January|February|March|April|May|June|July|August|September|October|November|December)\s((?:19|20)\d{2})\b/.exec(head);
  const monthOf = (name: string) => MONTH_NAMES.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  if (written && (!dayFirst || written.index < dayFirst.index)) return { year: Number(written[3]), month: monthOf(written[1]!), day: Number(written[2]) };
  if (dayFirst) return { year: Number(dayFirst[3]), month: monthOf(dayFirst[2]!), day: Number(dayFirst[1]) };
  const numeric = head.match(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/);
  if (numeric) return { year: Number(numeric[1]), month: Number(numeric[2]), day: Number(numeric[3]) };
  return null;
}

/** A year written out in a time expression: `2019`, `December 2019`, `fiscal year 2021`. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/g;

/**
 * The reference for a sentence of a page without a date: the year the page last named before it
 * (guidelines §3: an undated page takes its periods from its own text), only as a year.
 */
export function yearOnlyReference(times: TimeExpression[], previous: ReferenceDate | null, fiscal: number): ReferenceDate | null {
  // The first year the sentence names governs it; later ones are mostly comparison bases (`compared to 31.9 million in 2018`).
  const first = times.find((time) => time.governing && time.text.search(WRITTEN_YEAR) >= 0);
  const written = first ? Math.max(...[...first.text.matchAll(WRITTEN_YEAR)].map((match) => Number(match[0]))) : null;
  // A fiscal year or a quarter of one (`fiscal year 2023/24`, `the third quarter of fiscal 2024`) is read up to its last
  // month, so `In January` is the January inside it and `the October-December quarter` the one before it ended, not those
  // of the calendar year written. (A month or a calendar year named keeps its year whole.)
  const months = first ? monthsSpanned(first.period) : 0;
  const fiscalPart = first !== undefined && /\b(?:fiscal|financial|FY)\b|\d{4}\s?[/-]\s?\d{2}\b/i.test(first.text);
  if (first && fiscalPart && months > 1 && months <= 12) {
    const [endYear, endMonth, endDay] = first.period.end.split('-').map(Number) as [number, number, number];
    return { year: endYear, month: endMonth, day: endDay, fiscalStartMonth: fiscal, yearOnly: true };
  }
  const year = written ?? previous?.year ?? null;
  return year === null ? previous : { year, month: 12, day: 31, fiscalStartMonth: fiscal, yearOnly: true };
}

/** `FRANKFORT, Ky. (Oct. 28, 2021) –`, `WASHINGTON — June 3, 2024 —`: the date of a dateline opening a line near the top. */
const DATELINE = /(?:^|\n)[A-Z][A-Z .'’-]{1,40}(?:,\s[A-Z][A-Za-z.]{1,20})?\s(?:\(|[-–—]\s)(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s([0-3]?\d),?\s((?:19|20)\d{2})\b/;

function datelineDate(text: string): { year: number; month: number; day: number } | null {
  const match = DATELINE.exec(text.slice(0, 800));
  if (!match) return null;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[1]!.toLowerCase().slice(0, 3))) + 1;
  return { year: Number(match[3]), month, day: Number(match[2]) };
}

/** Every time expression in text[start, end), longest first, none overlapping, none inside a code (`Ordinance No. 2024-17`). */
export function findTimes(text: string, start: number, end: number, reference: ReferenceDate | null, codes: { start: number; end: number }[] = []): TimeExpression[] {
  const sentence = text.slice(start, end);
  const taken: TimeExpression[] = [];
  // A sentence about school years reads its bare year pairs (`2021/22`) as school years too.
  const sentenceReference = reference && /\b(?:school|academic)\s+years?\b/i.test(sentence) ? { ...reference, schoolYear: true } : reference;
  for (const rule of timeRules) {
    // Counted back from the context (`the previous year's record`), a relative period needs no day of its own.
    if (rule.needsDay && reference?.yearOnly && !rule.relativeMonths) continue;
    rule.pattern.lastIndex = 0;
    for (const match of sentence.matchAll(rule.pattern)) {
      const at = start + match.index!;
      const stop = at + match[0].length;
      if (taken.some((t) => at < t.end && stop > t.start)) continue;
      if (codes.some((code) => at < code.end && stop > code.start)) continue;
      const period = rule.resolve(match as RegExpExecArray, sentenceReference);
      if (!period) continue;
      const before = text.slice(Math.max(start, at - 40), at);
      const aside = LAUNCH_ASIDE_BEFORE_TIME.test(text.slice(start, at));
      const contract = CONTRACT_AFTER.test(text.slice(stop, Math.min(end, stop + 20)));
      const future = WEEKDAY_RULES.has(rule.id) && FUTURE_BEFORE.test(text.slice(start, at));
      const expression: TimeExpression = { ruleId: rule.id, start: at, end: stop, text: match[0], period: future ? nextWeek(period) : period, governing: !aside && !contract && isGoverning(before, match[0], text.slice(stop, Math.min(end, stop + 30))) };
      if (rule.relativeMonths) expression.relativeMonths = rule.relativeMonths;
      if (rule.holdsDuration) expression.holdsDuration = true;
      if (rule.reviewed) expression.reviewed = true;
      if (rule.ownSentence) expression.ownSentence = true;
      if (period.start === period.end && ANNOUNCING_AFTER.test(text.slice(stop, end))) expression.announcing = true;
      taken.push(expression);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Words of what is to come before a weekday in its clause: `will make landfall … early Monday` is the coming Monday. */
const FUTURE_BEFORE = /\b(?:will|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+forecast\s+to|predicted|forecasts?|to\s+be\s+held)\b[^.;,]*$/i;
const WEEKDAY_RULES = new Set(['time-weekday', 'time-weekday-bare']);

/** The same weekday a week on: the last such day up to the article date moved to the next one. */
function nextWeek(period: Period): Period {
  const moved = addDays(period.start, 7);
  return { start: moved, end: moved };
}

/** Words that may follow a period written as an adjective (`third-quarter profit`): not a preposition, a conjunction or a verb. */
const ATTRIBUTE_AFTER = /^[\s-]+(?!(?:and|or|but|to|in|on|at|for|from|with|that|which|was|were|is|are|as|by|of|when|after|before|than)\b)[a-z]/;

function isGoverning(before: string, expression: string, after = ''): boolean {
  // `investing $342 million, beginning in 2021–22`: a fiscal year where spending begins is the period of that spending.
  if (/\b(?:beginning|starting)\s+in\s+$/i.test(before) && /^(?:(?:19|20)\d{2}\s?[-–/]\s?\d{2}\b|fiscal\b|FY)/i.test(expression)) return true;
  // `by 1.2 million barrels a day from the start of this year`: a starting point, not a basis.
  if (/^(?:the\s+)?(?:start|beginning)\s+of\b/i.test(expression)) return true;
  // `Brent crude for delivery in March`, `WTI for February delivery`: a contract's month names the contract.
  if (/\bdelivery\s+(?:in\s+)?$/i.test(before)) return false;
  if (OUTDOING_VERB_BEFORE_TIME.test(before)) return false;
  // `crimes down on last year`, `up 3% on the previous year`: the British `on` of a comparison names its basis.
  if (/\bon\s+$/i.test(before) && /^(?:last|the\s+(?:previous|prior|same)|a\s+year)\b/i.test(expression) && CHANGE_CONTEXT_BEFORE_TIME.test(before.slice(-30).replace(/\s*on\s+$/i, ''))) return false;
  // `Compared to August 2018, the trend estimate rose 2.3 per cent`: what is compared with is the basis, wherever the change is.
  if (/\bcompared\s+(?:to|with)\s+$/i.test(before)) return false;
  if (SINCE_RECORD_BEFORE_TIME.test(before) && (/^since\b/i.test(expression) || /\bsince\b/i.test(before))) return false;
  if (ON_YEAR_BASIS.test(before) && /^\d{4}$/.test(expression) && CHANGE_CONTEXT_BEFORE_TIME.test(before)) return false;
  // `up 5% from March 2023`: a period opened by `from` right after a change is its basis.
  if (/^from\b/i.test(expression) && !/\s(?:to|through|until|and)\s/i.test(expression) && CHANGE_CONTEXT_BEFORE_TIME.test(before.slice(-25))) return false;
  if (/^(?:since|between|from)\b/i.test(expression)) return true;
  // `hired over the summer`, `fell 2% over the week`: a stretch of time, never a basis compared with.
  if (/\bover\s+$/i.test(before) && /^the\s+(?:spring|summer|autumn|fall|winter|week)$/i.test(expression)) return true;
  if (!NOT_GOVERNING_BEFORE_TIME.test(before)) return true;
  // `reported third-quarter profit of $3.6 billion`, `posted 2019 revenue of`: a period written straight after a
  // verb of saying, as the adjective of its object, is the period of what was said.
  if (/\b(?:reported|posted|announced|released|unveiled|issued|said|says|confirmed|published)\s+$/i.test(before) && ATTRIBUTE_AFTER.test(after)) return true;
  // `which begins July 1`, `beginning in August` are asides; `from`/`than`/`over` need a change nearby.
  if (/\b(?:which\s+(?:begins|began|starts|started|ends|ended)|beginning|starting|released|published|announced|issued|unveiled|posted|signed|said|says|told|stated|reported|confirmed|added)\b/i.test(before.slice(-30))) return false;
  return !CHANGE_CONTEXT_BEFORE_TIME.test(before.replace(/\s*(?:from|compared\s+(?:with|to)|versus|vs\.?|than|over|above|below)\s+(?:(?:the\s+same\s+\w+\s+(?:in|of)|in|the)\s+)?$/i, '').slice(-25));
}

/**
 * Binds the period written right after a comparison base to that base alone: in `lent 410,000
 * books, up from 380,000 in 2019`, 2019 is the period of 380,000 only, not of 410,000 nor of
 * the claims in the sentences after it.
 */
export function bindBaseTimes(text: string, times: TimeExpression[], claims: (ClaimPosition & { base: boolean })[]): TimeExpression[] {
  return times.map((time) => {
    // `lower than the 2023 level of 32,854 tonnes`, `from the previous year's record of 8,014 tonnes`: a period
    // written as the attribute of the noun a figure is of dates that figure alone, basis or not.
    // Only a basis or a period counted back (`the 2024 budget of $5 million` keeps governing the figures after it).
    const owned = claims.find((claim) => claim.start >= time.end && claim.start - time.end <= 60);
    const earlier = !time.governing || time.relativeMonths !== undefined || (time.ruleId === 'time-relative-year' && /^(?:last|the\s+past)\b/i.test(time.text));
    if (owned && earlier && ATTRIBUTE_TO_CLAIM.test(text.slice(time.end, owned.start)) && (/^the\s/i.test(time.text) || ATTRIBUTE_OPENER.test(text.slice(Math.max(0, time.start - 12), time.start)))) {
      return { ...time, governing: true, onlyFor: { start: owned.start, end: owned.end } };
    }
    if (!time.governing) return time;
    const before = claims.filter((claim) => claim.end <= time.start);
    const claim = before[before.length - 1];
    if (!claim || !claim.base || !BASE_TO_TIME.test(text.slice(claim.end, time.start))) return time;
    return { ...time, onlyFor: { start: claim.start, end: claim.end } };
  });
}

/** Between a period and the figure whose noun it qualifies: `’s record of`, ` level of`, `’s same period record of`. */
const ATTRIBUTE_TO_CLAIM = /^(?:['’]s)?(?:\s+[a-z][a-z-]*){1,3}\s+of\s+(?:(?:about|nearly|around|roughly|some|approximately|just|almost)\s+)?$/i;
/** What opens such a noun phrase before its period: an article or the preposition of a comparison. */
const ATTRIBUTE_OPENER = /\b(?:the|a|an|from|than|to|with|against)\s+$/i;

/** Whether a claim is the base of a comparison: `from 380,000`, `compared with 14 percent`. */
export function isComparisonBase(text: string, sentenceStart: number, claimStart: number): boolean {
  return COMPARISON_BEFORE_CLAIM.test(text.slice(Math.max(sentenceStart, claimStart - 45), claimStart));
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** An ISO date moved by whole months; a month's last day stays its last day (`2024-02-29` → `2023-02-28`, `2022-09-30` → `2022-06-30`). */
function shiftMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1 + months, 1));
  const [targetYear, targetMonth] = [moved.getUTCFullYear(), moved.getUTCMonth() + 1];
  const shifted = day === lastDayOf(year, month) ? lastDayOf(targetYear, targetMonth) : Math.min(day, lastDayOf(targetYear, targetMonth));
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(shifted).padStart(2, '0')}`;
}

export const shiftPeriod = (period: Period, months: number): Period => ({ start: shiftMonths(period.start, months), end: shiftMonths(period.end, months) });

export const toClaimTime = (time: TimeExpression, source: ClaimTime['source']): ClaimTime => ({ text: time.text, start: time.period.start, end: time.period.end, textStart: time.start, textEnd: time.end, source });

export interface ClaimPosition {
  start: number;
  end: number;
  /** The claim's unit when it has one: an age (`22-year-old`) describes a person, not a period's figure. */
  unit?: { unit: string } | null;
}

/**
 * The time of one claim, among the governing expressions of its sentence: one right after it
 * (`1,200 households in 2020`, at most a few words on and no other claim or clause break
 * between), else the nearest before it, else one further on in the same clause with no other
 * claim between; failing those, the first of the nearest earlier sentence of the paragraph
 * that names a time. A period counted back (`the previous quarter`) with no period of the text to
 * count from counts from the page's (its title's), else from the story's (`storyPeriod`, its first paragraph's).
 */
export function timeFor(text: string, claim: ClaimPosition, others: ClaimPosition[], sentenceTimes: TimeExpression[], earlierSentences: TimeExpression[][], pagePeriod: Period | null = null, storyPeriod: Period | null = null): TimeExpression | null {
  const time = governingTime(text, claim, others, sentenceTimes, earlierSentences);
  if (time?.ruleId === 'time-year' || time?.ruleId === 'time-same-period-of-year') return sameMonthOfYear(text, claim, others, time, sentenceTimes, earlierSentences, pagePeriod);
  // `3.6 percent for the fourth quarter of 2017 and also 3.6 percent for the whole year`: the whole of the year the context names.
  if (time?.ruleId === 'time-whole-year') {
    // The nearest period named before it in the sentence, even one bound to a base, else the claim's context.
    const context = sentenceTimes.findLast((t) => t !== time && t.governing && t.end <= time.start) ?? governingTime(text, claim, others, sentenceTimes.filter((t) => t !== time), earlierSentences);
    const year = context?.period.start.slice(0, 4);
    return context && year === context.period.end.slice(0, 4) ? { ...time, period: { start: `${year}-01-01`, end: `${year}-12-31` } } : time;
  }
  // `up from $38.4 billion last year to $44.4 billion`: a base's `last year` under a part of a year (a quarter,
  // the months of a fiscal year) is that part a year earlier, like `the same period last year`.
  const lastYearBase = time?.onlyFor !== undefined && time.ruleId === 'time-relative-year' && /^(?:last|the\s+past)\b/i.test(time.text);
  if (!time?.relativeMonths && !lastYearBase) return time;
  const months = time.relativeMonths ?? -12;
  // `up from 6.9% a year earlier`, `a rise of 0.2% in the previous quarter`: counted back from the period that governs the sentence.
  // … else from the period the page's title names (`the previous quarter` on a page titled `… Third Quarter 2018`).
  // … else, for `a year earlier` (not a bare `last year`, which may be the calendar year), from the quarter or half the story's first paragraph reports on.
  const page = pagePeriod ?? (time.relativeMonths !== undefined ? storyPeriod : null);
  const base = governingTime(text, claim, others, sentenceTimes.filter((t) => t !== time), earlierSentences) ?? (page ? { ...time, period: page } : null);
  if (lastYearBase && !(base && monthsSpanned(base.period) > 0 && monthsSpanned(base.period) < 12)) return time;
  return base ? { ...time, period: shiftPeriod(base.period, months) } : time;
}

/** Rules that name a month as a month (`in July`, `July 2021`, `last month`), not the end of a year. */
const MONTH_CONTEXT_RULES = new Set(['time-month', 'time-month-year', 'time-relative-month', 'time-month-this-year']);

const isSingleMonth = (period: Period) => period.start.slice(0, 7) === period.end.slice(0, 7) && period.start.endsWith('-01') && Number(period.end.slice(8)) === lastDayOf(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)));

/**
 * `Last month was the third warmest July on record … behind the 2006 record of 17.8C`: a bare
 * year written after a figure of a sentence whose context speaks of one month is that month of
 * the year named (July 2006), as a figure `in 2019` under `In March, …` compares March with March.
 * The same holds for a quarter, a half or the first months of a year: `$122 million in 2014` in a
 * release on the first quarter of 2015 is the first quarter of 2014 (`the same period of 2013` too).
 */
function sameMonthOfYear(text: string, claim: ClaimPosition, others: ClaimPosition[], year: TimeExpression, sentenceTimes: TimeExpression[], earlierSentences: TimeExpression[][], pagePeriod: Period | null): TimeExpression {
  const bareYear = (t: TimeExpression) => t.ruleId === 'time-year' || t.ruleId === 'time-same-period-of-year';
  // `In 2025, a 1,200-place school will open`: a year opening its sentence before any figure sets a topic of its own
  // (not one bound to a figure after it: `the 2023 level of 32,854 tonnes`).
  if (!year.onlyFor && !others.some((other) => other.end <= year.start)) return year;
  // With no period of its own text, a year compared with (`compared to $104 million … in 2014`) is of the part of a
  // year the page's title names (`… in first quarter 2015`); a year stated for its own figure keeps the whole year.
  const compared = pagePeriod !== null && COMPARED_BEFORE_YEAR.test(text.slice(Math.max(0, year.start - 80), year.start));
  const context = governingTime(text, claim, others, sentenceTimes.filter((t) => !bareYear(t)), earlierSentences.map((times) => times.filter((t) => !bareYear(t)))) ?? (compared ? { ...year, ruleId: 'time-under-review', period: pagePeriod! } : null);
  // `by the end of 2019, … compared to 31.9 million in 2018`: the end of a year is a point of that year, no month compared.
  // `138 died from January to March 4 … against 114 in the same period of 2019`: a period called the same is the context's,
  // whatever part of one year it is (days included).
  const samePeriod = year.ruleId === 'time-same-period-of-year' && context !== null && isWithinOneYear(context.period);
  const partOfYear = samePeriod || (MONTH_CONTEXT_RULES.has(context?.ruleId ?? '') && isSingleMonth(context!.period)) || (PART_OF_YEAR_RULES.has(context?.ruleId ?? '') && isPartOfOneYear(context!.period));
  if (!context || !partOfYear || context.period.start.slice(0, 4) === year.period.start.slice(0, 4)) return year;
  const shift = (Number(year.period.start.slice(0, 4)) - Number(context.period.start.slice(0, 4))) * 12;
  return { ...year, period: shiftPeriod(context.period, shift) };
}

/** A comparison opened before a year in its sentence: `compared to $104 million, or $0.71 per share, in 2014`. */
const COMPARED_BEFORE_YEAR = /\b(?:compared\s+(?:to|with)|versus|than)\b(?:[^.;]|\.\d)*$/i;

/** Rules that name a part of a year (a quarter, a half, its first months): `$104 million in 2014` under `the first quarter of 2015` is that quarter of 2014. */
const PART_OF_YEAR_RULES = new Set(['time-january-to-day', 'time-under-review', 'time-quarter', 'time-quarter-numbered', 'time-quarter-ended', 'time-month-quarter', 'time-half-year', 'time-half-year-short', 'time-first-months', 'time-first-quarters', 'time-month-range', 'time-months-to']);

/** Whole months from a period's first day to its last, any years (0 when it does not run from a month's start to a month's end). */
export function monthsSpanned(period: Period): number {
  const [startYear, startMonth, startDay] = period.start.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = period.end.split('-').map(Number) as [number, number, number];
  if (startDay !== 1 || endDay !== lastDayOf(endYear, endMonth)) return 0;
  return (endYear - startYear) * 12 + endMonth - startMonth + 1;
}

/** Days of one calendar year, less than all of it. */
const isWithinOneYear = (period: Period) => period.start.slice(0, 4) === period.end.slice(0, 4) && !(period.start.endsWith('-01-01') && period.end.endsWith('-12-31'));

/** Whole months of one calendar year, less than all of it. */
const isPartOfOneYear = (period: Period) => period.start.slice(0, 4) === period.end.slice(0, 4) && period.start.endsWith('-01') && !(period.start.endsWith('-01-01') && period.end.endsWith('-12-31')) && Number(period.end.slice(8)) === lastDayOf(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)));

/** The comma grouping a number's digits (`$1,020`), no mark between clauses. */
const DIGIT_GROUPING = /(?<=\d),(?=\d{3})/g;

/** `17.3C (63.14F) in 1983`: the same amount in other units, in brackets right after the claim. */
const CONVERSION_AFTER = /^\s*\([^()]{1,30}\)/;

/** Between a change and the level it reached: `up 2.1 percent to more than $17.7 billion`, `a 2 percent increase in employment to 149,000`. */
const CHANGE_TO_LEVEL = /^\s*(?:(?:increase|decrease|rise|fall|drop|decline|gain|growth|jump|reduction)\s+(?:in|of)\s+(?:[\w’'-]+\s+){1,3})?,?\s*to\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|roughly\s+|around\s+|approximately\s+)?$/i;

/** The words between a claim and its restatement: `6.3 percent or some 2 million barrels`, `$5 million (or 12%`. */
const RESTATED_BY = /^\s*,?\s*\(?or\s+(?:some|about|nearly|around|roughly|approximately|almost|over|just)?\s*$/i;

/** Whether the claim sits inside brackets of its own sentence: an opening one before it and a closing one after it, short ones. */
function insideBrackets(text: string, claim: ClaimPosition): boolean {
  const before = text.slice(Math.max(0, claim.start - 30), claim.start);
  const after = text.slice(claim.end, claim.end + 30);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && /^[^()]*\)/.test(after);
}

const isOwn = (time: TimeExpression, claim: ClaimPosition) => !time.onlyFor || (time.onlyFor.start === claim.start && time.onlyFor.end === claim.end);

function governingTime(text: string, claim: ClaimPosition, others: ClaimPosition[], sentenceTimes: TimeExpression[], earlierSentences: TimeExpression[][]): TimeExpression | null {
  const usable = sentenceTimes.filter((t) => t.governing && isOwn(t, claim));
  if (usable.some((t) => t.start <= claim.start && t.end >= claim.end)) return null;
  // A conversion in brackets right after the claim is read past, as if the claim ended there.
  const conversion = CONVERSION_AFTER.exec(text.slice(claim.end, claim.end + 40));
  const conversionEnd = conversion && others.some((o) => o.start > claim.end && o.end <= claim.end + conversion[0].length) ? claim.end + conversion[0].length : claim.end;
  const claimBetween = (from: number, to: number) => others.some((o) => o !== claim && o.start >= from && o.end <= to);
  // `now` and `currently` qualify their whole clause, past other claims (`most branches, 30 in all, are now open late`).
  const sameClause = (t: TimeExpression) => !/,\s*(?:and|but|while|whereas)\b/i.test(text.slice(claim.end, t.start));
  const after = usable.filter((t) => t.start >= claim.end && ((t.ruleId === 'time-now' && sameClause(t)) || !claimBetween(claim.end, t.start)) && !/[;]/.test(text.slice(claim.end, t.start)));
  const nearAfter = conversionEnd > claim.end ? usable.filter((t) => t.start >= conversionEnd && !claimBetween(conversionEnd, t.start)) : after;
  const adjacent = nearAfter.find((t) => {
    const between = text.slice(conversionEnd, t.start);
    return !/[,;:()]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 4;
  });
  if (adjacent) return adjacent;
  // `up 2.1 percent to more than $17.7 billion in 2017`: a change and the level it reached share the period written after that level.
  const reached = others.find((o) => o !== claim && o.start >= claim.end && CHANGE_TO_LEVEL.test(text.slice(claim.end, o.start)));
  if (reached) {
    const shared = usable.find((t) => t.start >= reached.end && !claimBetween(reached.end, t.start) && !/[,;:()]/.test(text.slice(reached.end, t.start)) && text.slice(reached.end, t.start).trim().split(/\s+/).filter(Boolean).length <= 4);
    if (shared) return shared;
  }
  // `a decrease of 6.3 percent or some 2 million barrels per day in 2019`: a claim restated after
  // `or` shares the period written right after the restatement.
  const restatement = others.find((o) => o !== claim && o.start >= claim.end && RESTATED_BY.test(text.slice(claim.end, o.start)));
  if (restatement) {
    const shared = governingTime(text, restatement, others, sentenceTimes, []);
    if (shared && shared.start >= restatement.end && !claimBetween(restatement.end, shared.start)) return shared;
  }
  const before = usable.filter((t) => t.end <= claim.start);
  const nearestBefore = before[before.length - 1];
  // `GDP in Quarter 3 2022 is now 0.4% below`: `now` after a period named in its clause, with no figure between, speaks of that period.
  const named = before[before.length - 2];
  if (nearestBefore?.ruleId === 'time-now' && named && named.ruleId !== 'time-now' && !claimBetween(named.end, nearestBefore.start) && !/[;:]|,\s*(?:and|but|while|whereas)\b/i.test(text.slice(named.end, nearestBefore.start))) return named;
  // `on Tuesday announced a Rs 3,980 crore outlay … in the 2022-23 fiscal`: the period of the claim's clause wins over the day it was announced.
  if (nearestBefore?.announcing) {
    // Only within the claim's own phrase: a period after a comma belongs to what the sentence adds.
    const clauseAfter = usable.find((t) => t.start >= claim.end && !t.announcing && !/[;:]|[,.!?]\s/.test(text.slice(claim.end, t.start)));
    if (clauseAfter) return clauseAfter;
  }
  if (nearestBefore) return nearestBefore;
  // `Employment rose among women (+43,000; +0.7%), and declined among men (-36,000; -0.5%) in
  // April`: figures in brackets are asides of the sentence, whose period is written at its end.
  if (insideBrackets(text, claim)) {
    const later = usable.find((t) => t.start >= claim.end);
    if (later) return later;
  }
  if (after.length > 0) return after[0]!;
  const earlier = earlierSentences.findLast((times) => times.some((t) => t.governing && !t.onlyFor && !t.ownSentence));
  // `a 10-1 mark with a 1.93 ERA in 14 starts this year`, `earnings of the nation's 107.9 million
  // workers were $790 in the third quarter`: when nothing before it names a period, one closing
  // the clause (no comma or mark between) governs each figure of that clause, past the others.
  if (!earlier && claim.unit?.unit !== 'age') {
    const closing = usable.find((t) => t.start >= claim.end && !t.onlyFor && !/[,;:()—–]/.test(text.slice(claim.end, t.start).replace(DIGIT_GROUPING, '')));
    if (closing) return closing;
  }
  for (let i = earlierSentences.length - 1; i >= 0; i--) {
    const governing = earlierSentences[i]!.filter((t) => t.governing && !t.onlyFor && !t.ownSentence);
    if (governing.length > 0) return governing[0]!;
  }
  return null;
}
