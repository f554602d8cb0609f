// time (English): time expressions in a sentence, resolved against the article date, and the
// one that governs each claim (annotation guidelines §3 `time`). English puts the period after
// the number as often as before it (`1,200 households in 2020`), so the nearest expression in
// the claim's own stretch of the sentence wins; else the nearest earlier one in the paragraph.
import type { ClaimTime } from '../schema.js';
import { BASE_TO_TIME, CHANGE_CONTEXT_BEFORE_TIME, COMPARISON_BEFORE_CLAIM, LAUNCH_ASIDE_BEFORE_TIME, NOT_GOVERNING_BEFORE_TIME, ON_YEAR_BASIS, SINCE_RECORD_BEFORE_TIME, fiscalStartMonth, timeRules, type Period, type ReferenceDate } from '../../rules/en/times.js';

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
  /** `a year earlier`: counted back from the period of the claim's context (see TimeRule.relativeYears). */
  relativeYears?: number;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The article date: its `publishedAt`, else the dateline at the top of an English release. */
export function referenceDate(publishedAt: string | null, text: string): ReferenceDate | null {
  const fiscal = fiscalStartMonth(text);
  const iso = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), fiscalStartMonth: fiscal };
  const head = text.slice(0, 400);
  const written = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s([0-3]?\d),?\s((?:19|20)\d{2})\b/.exec(head);
  const dayFirst = /\b([0-3]?\d)\s(January|February|March|April|May|June|July|August|September|October|November|December)\s((?:19|20)\d{2})\b/.exec(head);
  const monthOf = (name: string) => MONTH_NAMES.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  if (written && (!dayFirst || written.index < dayFirst.index)) return { year: Number(written[3]), month: monthOf(written[1]!), day: Number(written[2]), fiscalStartMonth: fiscal };
  if (dayFirst) return { year: Number(dayFirst[3]), month: monthOf(dayFirst[2]!), day: Number(dayFirst[1]), fiscalStartMonth: fiscal };
  const numeric = head.match(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/);
  if (numeric) return { year: Number(numeric[1]), month: Number(numeric[2]), day: Number(numeric[3]), fiscalStartMonth: fiscal };
  return null;
}

/** Every time expression in text[start, end), longest first, none overlapping, none inside a code (`Ordinance No. 2024-17`). */
export function findTimes(text: string, start: number, end: number, reference: ReferenceDate | null, codes: { start: number; end: number }[] = []): TimeExpression[] {
  const sentence = text.slice(start, end);
  const taken: TimeExpression[] = [];
  // A sentence about school years reads its bare year pairs (`2021/22`) as school years too.
  const sentenceReference = reference && /\b(?:school|academic)\s+years?\b/i.test(sentence) ? { ...reference, schoolYear: true } : reference;
  for (const rule of timeRules) {
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
      const expression: TimeExpression = { ruleId: rule.id, start: at, end: stop, text: match[0], period, governing: !aside && isGoverning(before, match[0]) };
      if (rule.relativeYears) expression.relativeYears = rule.relativeYears;
      taken.push(expression);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function isGoverning(before: string, expression: string): boolean {
  if (SINCE_RECORD_BEFORE_TIME.test(before) && (/^since\b/i.test(expression) || /\bsince\b/i.test(before))) return false;
  if (ON_YEAR_BASIS.test(before) && /^\d{4}$/.test(expression) && CHANGE_CONTEXT_BEFORE_TIME.test(before)) return false;
  // `up 5% from March 2023`: a period opened by `from` right after a change is its basis.
  if (/^from\b/i.test(expression) && !/\s(?:to|through|until|and)\s/i.test(expression) && CHANGE_CONTEXT_BEFORE_TIME.test(before.slice(-25))) return false;
  if (/^(?:since|between|from)\b/i.test(expression)) return true;
  if (!NOT_GOVERNING_BEFORE_TIME.test(before)) return true;
  // `which begins July 1`, `beginning in August` are asides; `from`/`than`/`over` need a change nearby.
  if (/\b(?:which\s+(?:begins|began|starts|started|ends|ended)|beginning|starting|released|published|announced|issued|unveiled|posted|signed)\b/i.test(before.slice(-30))) return false;
  return !CHANGE_CONTEXT_BEFORE_TIME.test(before.replace(/\s*(?:from|compared\s+(?:with|to)|versus|vs\.?|than|over|above|below)\s+(?:(?:the\s+same\s+\w+\s+(?:in|of)|in|the)\s+)?$/i, '').slice(-25));
}

/**
 * Binds the period written right after a comparison base to that base alone: in `lent 410,000
 * books, up from 380,000 in 2019`, 2019 is the period of 380,000 only, not of 410,000 nor of
 * the claims in the sentences after it.
 */
export function bindBaseTimes(text: string, times: TimeExpression[], claims: (ClaimPosition & { base: boolean })[]): TimeExpression[] {
  return times.map((time) => {
    if (!time.governing) return time;
    const before = claims.filter((claim) => claim.end <= time.start);
    const claim = before[before.length - 1];
    if (!claim || !claim.base || !BASE_TO_TIME.test(text.slice(claim.end, time.start))) return time;
    return { ...time, onlyFor: { start: claim.start, end: claim.end } };
  });
}

/** Whether a claim is the base of a comparison: `from 380,000`, `compared with 14 percent`. */
export function isComparisonBase(text: string, sentenceStart: number, claimStart: number): boolean {
  return COMPARISON_BEFORE_CLAIM.test(text.slice(Math.max(sentenceStart, claimStart - 30), claimStart));
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** An ISO date moved by whole years; a month's last day stays its last day (`2024-02-29` → `2023-02-28`). */
function shiftYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const shifted = day === lastDayOf(year, month) ? lastDayOf(target, month) : Math.min(day, lastDayOf(target, month));
  return `${target}-${String(month).padStart(2, '0')}-${String(shifted).padStart(2, '0')}`;
}

const shiftPeriod = (period: Period, years: number): Period => ({ start: shiftYears(period.start, years), end: shiftYears(period.end, years) });

export const toClaimTime = (time: TimeExpression, source: ClaimTime['source']): ClaimTime => ({ text: time.text, start: time.period.start, end: time.period.end, textStart: time.start, textEnd: time.end, source });

export interface ClaimPosition {
  start: number;
  end: number;
}

/**
 * The time of one claim, among the governing expressions of its sentence: one right after it
 * (`1,200 households in 2020`, at most a few words on and no other claim or clause break
 * between), else the nearest before it, else one further on in the same clause with no other
 * claim between; failing those, the first of the nearest earlier sentence of the paragraph
 * that names a time.
 */
export function timeFor(text: string, claim: ClaimPosition, others: ClaimPosition[], sentenceTimes: TimeExpression[], earlierSentences: TimeExpression[][]): TimeExpression | null {
  const time = governingTime(text, claim, others, sentenceTimes, earlierSentences);
  if (!time?.relativeYears) return time;
  // `up from 6.9% a year earlier`: a year before the period that governs the sentence.
  const base = governingTime(text, claim, others, sentenceTimes.filter((t) => t !== time), earlierSentences);
  return base ? { ...time, period: shiftPeriod(base.period, time.relativeYears) } : time;
}

const isOwn = (time: TimeExpression, claim: ClaimPosition) => !time.onlyFor || (time.onlyFor.start === claim.start && time.onlyFor.end === claim.end);

function governingTime(text: string, claim: ClaimPosition, others: ClaimPosition[], sentenceTimes: TimeExpression[], earlierSentences: TimeExpression[][]): TimeExpression | null {
  const usable = sentenceTimes.filter((t) => t.governing && isOwn(t, claim));
  if (usable.some((t) => t.start <= claim.start && t.end >= claim.end)) return null;
  const claimBetween = (from: number, to: number) => others.some((o) => o !== claim && o.start >= from && o.end <= to);
  // `now` and `currently` qualify their whole clause, past other claims (`most branches, 30 in all, are now open late`).
  const sameClause = (t: TimeExpression) => !/,\s*(?:and|but|while|whereas)\b/i.test(text.slice(claim.end, t.start));
  const after = usable.filter((t) => t.start >= claim.end && ((t.ruleId === 'time-now' && sameClause(t)) || !claimBetween(claim.end, t.start)) && !/[;]/.test(text.slice(claim.end, t.start)));
  const adjacent = after.find((t) => {
    const between = text.slice(claim.end, t.start);
    return !/[,;:()]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 4;
  });
  if (adjacent) return adjacent;
  const before = usable.filter((t) => t.end <= claim.start);
  if (before.length > 0) return before[before.length - 1]!;
  if (after.length > 0) return after[0]!;
  for (let i = earlierSentences.length - 1; i >= 0; i--) {
    const governing = earlierSentences[i]!.filter((t) => t.governing && !t.onlyFor);
    if (governing.length > 0) return governing[0]!;
  }
  return null;
}
