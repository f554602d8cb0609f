// times (en): the period each English claim is for. Reads `work.en` and the drafts; a time
// expression that is a comparison base (`up from 2019`, the `from` of a change) binds to that
// base claim only, then each claim takes the nearest governing expression of its own stretch of
// the sentence, else the nearest of an earlier sentence in the same paragraph (times.ts); on a
// news page written in one-sentence paragraphs, the fiscal year or game day its first paragraph
// names (leadTime: a fiscal year, a game's day, a results story's quarter or half); else the day of
// the event a dated page's title names (titleTimes); else the period the page's title names, on a
// dated page for changes only.
import type { ClaimDraft, DocumentState } from '../document.js';
import type { ClaimTime } from '../schema.js';
import { NUMBER_ROW } from '../../rules/en/non-claims.js';
import { bindBaseTimes, findTimes, isComparisonBase, monthsSpanned, shiftPeriod, timeFor, toClaimTime, type TimeExpression } from './times.js';
import { SCORE_PATTERN } from '../../rules/en/scores.js';
import { fiscalYearOf } from '../../rules/en/times.js';
import type { EnglishSentence, EnglishWork } from './work.js';
import { wholeLine } from '../lines.js';

/** The lengths in months of the periods a results release reports on: a quarter, a half (a month in a title is often only the release's date). */
const REPORTING_MONTHS = new Set([3, 6]);

/** Periods a budget or funding story states once, in its first paragraph: a fiscal year or a budget's. */
const FISCAL_RULES = new Set(['time-fiscal-year', 'time-year-pair-fiscal-year', 'time-fiscal-years', 'time-year-fiscal-year', 'time-relative-fiscal-year', 'time-budget']);

/** `the 2022-23 fiscal`, `2023-24 Budget`, `FY 2023-24`: a year pair named as a fiscal year. */
const FISCAL_AFTER = /^\s*(?:fiscal|financial\s+year|(?:State\s+|Federal\s+|Union\s+)?Budget)\b/i;
const FISCAL_BEFORE = /\b(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*$/i;


/**
 * News written in one-sentence paragraphs (wire copy, releases) may state the story's period once,
 * in its first paragraph: the first paragraph is a single sentence, and at least two paragraphs
 * in five are single sentences.
 */
function leadParagraph(sentences: EnglishSentence[], text: string): number | null {
  const counts = new Map<number, number>();
  for (const record of sentences) counts.set(record.paragraph, (counts.get(record.paragraph) ?? 0) + 1);
  // The first paragraph that ends as a sentence does (a heading or a dateline line is no lead).
  const lead = sentences.find((record) => /[.!?]["”’)]?\s*$/.test(text.slice(record.sentence.start, record.sentence.end)))?.paragraph;
  if (lead === undefined || counts.get(lead) !== 1) return null;
  const single = [...counts.values()].filter((count) => count === 1).length;
  return counts.size >= 3 && single * 5 >= counts.size * 2 ? lead : null;
}

/**
 * The first paragraph's period that governs the figures of the later paragraphs which name none:
 * the fiscal year of a budget story (`a Rs 3,980 crore outlay … in the 2022-23 fiscal`), and the
 * day of the game a game report opens with (`beat the Rockets 112-111 on Tuesday night`). Other
 * periods of a first paragraph (the day a council met, `since October 2021`) are its own. The
 * game's day is that of what happened in the game, not of money (a contract, a fine).
 */
function leadTime(work: EnglishWork, text: string): { time: TimeExpression; game: boolean } | null {
  const layout = leadParagraph(work.sentences, text);
  // A release in paragraphs of several sentences still states the quarter or half it reports on in
  // its first paragraph with a figure (`Median weekly earnings … were $790 in the third quarter of 2014`).
  const lead = layout ?? work.sentences.find((record) => record.hasNumber)?.paragraph ?? null;
  if (lead === null) return null;
  const records = work.sentences.filter((record) => record.paragraph === lead);
  // A score after a verb of the result (`beat the Rockets 112-111`): the first paragraph reports a game.
  const gameReport = work.reference?.season !== undefined && records.some((record) => text.slice(record.sentence.start, record.sentence.end).search(SCORE_PATTERN) >= 0);
  // A bare year pair (`2023-24`) may be a school year or a season: it is the story's fiscal year only when the words around it say so.
  // A year still to come (`a $2 billion investment next financial year`) is the lead's own plan: the highlights listed after it run over years of their own.
  const fiscal = (time: TimeExpression) => (FISCAL_RULES.has(time.ruleId) && !/^next\b/i.test(time.text)) || (time.ruleId === 'time-year-range' && (FISCAL_AFTER.test(text.slice(time.end, time.end + 20)) || FISCAL_BEFORE.test(text.slice(Math.max(0, time.start - 12), time.start))));
  const day = (time: TimeExpression) => time.period.start === time.period.end;
  const fiscalPart = (time: TimeExpression) => time.ruleId === 'time-part-of-fiscal-year';
  // `net profit for six months through September rose 20.22 per cent`: a results story's quarter or half. A first
  // paragraph naming two (`rose 0.8 percent in the June quarter, following a 0.6 percent rise in the March quarter`)
  // opens a release whose later paragraphs name their own.
  const leadTimes = records.flatMap((record) => record.times);
  const reportingSpans = new Set(leadTimes.filter((time) => REPORTING_MONTHS.has(monthsSpanned(time.period))).map((time) => time.period.start));
  const reporting = (time: TimeExpression) => REPORTING_MONTHS.has(monthsSpanned(time.period)) && !time.reviewed && reportingSpans.size === 1;
  const time = leadTimes.find((time) => time.governing && !time.onlyFor && (layout === null ? reporting(time) : fiscal(time) || fiscalPart(time) || reporting(time) || (gameReport && day(time))));
  if (!time) return null;
  // `in the first half of the financial year 2023/24`: the later paragraphs are of the fiscal year the part is of.
  if (fiscalPart(time)) return { time: { ...time, period: fiscalYearOf(time.period.start, work.reference?.fiscalStartMonth ?? 7) }, game: false };
  return { time, game: gameReport && day(time) };
}

/**
 * `during the quarter under review`: the period a statistics release reports on is the first one
 * its text names (`Kenya's economy expanded by 5.5 per cent during the third quarter of 2014`); a
 * page that names none leaves the reference without a period. A bare `the period` refers back to
 * the nearest period named before it (`in the first half of 2024 … during the period`, `during this period`).
 */
function reviewedPeriods(work: EnglishWork): (times: TimeExpression[]) => TimeExpression[] {
  // A period counted back (`a year earlier`) is a comparison's, never the one `the period` refers to.
  const named = work.sentences.flatMap((record) => record.times).filter((time) => time.governing && !time.onlyFor && !time.reviewed && time.relativeMonths === undefined && time.period.start !== time.period.end);
  const reported = named[0];
  // A bare `the quarter`, `this quarter`, `the latest month` is the page's period only when that period is one.
  const length = reported ? monthsSpanned(reported.period) : 0;
  const fits = (time: TimeExpression) => {
    const bare = /^(?:the|this|the\s+latest|the\s+most\s+recent)\s+(quarter|month|half)$/i.exec(time.text);
    return !bare || length === { quarter: 3, month: 1, half: 6 }[bare[1]!.toLowerCase() as 'quarter' | 'month' | 'half'];
  };
  const referent = (time: TimeExpression) => (/^(?:the|this)\s+period$/i.test(time.text) ? named.findLast((earlier) => earlier.end <= time.start) : reported);
  return (times) =>
    times.some((time) => time.reviewed)
      ? times.flatMap((time) => {
          if (!time.reviewed) return [time];
          const period = referent(time)?.period;
          return period && fits(time) ? [{ ...time, period }] : [];
        })
      : times;
}

/**
 * `from the 12 months ending in April 2021 to the 12 months ending in April 2022, from 101,167 to
 * 108,174`: the first figure of a change is of the first period of a change between two periods
 * written before it in its sentence.
 */
function fromPeriod(text: string, claim: { start: number }, times: TimeExpression[]): TimeExpression | null {
  const opened = times.filter((time) => time.end <= claim.start && /\bfrom\s+$/i.test(text.slice(Math.max(0, time.start - 8), time.start)) && /^\s*to\s+/i.test(text.slice(time.end, time.end + 8)));
  const first = opened[opened.length - 1];
  return first && times.some((time) => time.start > first.end && time.end <= claim.start && /^\s*to\s+$/i.test(text.slice(first.end, time.start))) ? first : null;
}

/**
 * `up from net income of $733.4 million, $2.36 per share, at the same time last year`: a period counted back
 * closing the list of a comparison base's figures (commas only between, within its clause) dates them all,
 * counted back from the period the claim would otherwise take.
 */
function countedBackAfter(text: string, claim: { end: number }, own: TimeExpression, times: TimeExpression[]): TimeExpression {
  const closing = times.find((time) => time.start >= claim.end && time.relativeMonths !== undefined && time.governing && /^(?:[^.;:()]|\.\d){0,60}$/.test(text.slice(claim.end, time.start)));
  if (!closing || own.relativeMonths !== undefined || own.onlyFor) return own;
  return { ...closing, period: shiftPeriod(own.period, closing.relativeMonths!) };
}

/** A heading saying its rows compare each figure with the same period a year before: `(Consolidated, YoY)`. */
const YEAR_ON_YEAR = /\b(?:YoY|y-o-y|year[-\s]on[-\s]year|year[-\s]over[-\s]year)\b/i;

/** At most this many words in a heading line: longer unpunctuated lines are clauses cut short, not headings. */
const HEADING_WORDS = 12;

/**
 * `Biocon Q3 FY24 (Consolidated, YoY)` over the lines of a results table, `Main points for July to September
 * 2024`: a heading (a line of its own, short, with no mark ending a sentence) names the period of the
 * paragraphs under it that name none, until the next heading (annotation guidelines §3, rule 3). Null
 * for a line that is no heading; a heading naming no period gives no period.
 */
function headingPeriod(text: string, record: EnglishSentence): { period: TimeExpression | null; yearOnYear: boolean } | null {
  const { start, end } = record.sentence;
  const line = wholeLine(text, start, end);
  const written = text.slice(start, end).trim();
  // A bulleted line is a point of a list, no heading.
  if (!line || /^[-–—•*·▪]/.test(written) || /[.!?:;,"”’]$/.test(written) || written.split(/\s+/).length > HEADING_WORDS) return null;
  const period = record.times.find((time) => time.governing && !time.onlyFor && time.period.start !== time.period.end) ?? null;
  return { period, yearOnYear: YEAR_ON_YEAR.test(written) };
}

/** Verb tags of a clause of its own. */
const FINITE_VERB_TAGS = ['Copula', 'Auxiliary', 'Modal', 'PastTense', 'PresentTense'];

/**
 * `Revenue up 34.42% at Rs 3,953.7 crore vs Rs 2,941.1 crore`, `VNB margin at 17.66% vs 14.96%`: a line
 * written without a verb, a row of the table its heading opens; a sentence of its own
 * (`The employment rate held steady at 61.9%`) may speak of any period.
 */
const telegraphic = (record: EnglishSentence) => !record.tokens.some((token) => token.kind === 'word' && FINITE_VERB_TAGS.some((tag) => record.tags.at(token).has(tag)) && !record.tags.at(token).has('Noun'));

/** Lines above a table row searched for the line of its column headings. */
const HEADING_LINES = 3;

/**
 * `  2017 Q1 2017 Q2 2017 … Q3 2018` over `GDP 5.9 5.6 …`: a table row's cells take, in order, the
 * periods of the nearest line above that names as many periods as the row has figures; else null.
 */
function columnPeriods(text: string, record: EnglishSentence, reference: EnglishWork['reference']): TimeExpression[] | null {
  const line = wholeLine(text, record.sentence.start, record.sentence.end);
  if (record.kept.length < 3 || !line || !NUMBER_ROW.test(text.slice(line.start, line.end).trim())) return null;
  let lineTop = line.start - 1;
  for (let n = 0; n < HEADING_LINES && lineTop > 0; n++) {
    const top = text.lastIndexOf('\n', lineTop - 1) + 1;
    const periods = findTimes(text, top, lineTop, reference);
    if (periods.length === record.kept.length) return periods;
    lineTop = top - 1;
  }
  return null;
}

/**
 * What a page's title says of its figures' periods (annotation guidelines §3, rule 4).
 * - period: `Usual Weekly Earnings …, Third Quarter 2014`: the first span the title names. A page
 *   takes it when nothing nearer names one: a page with no date of publication for all its
 *   figures, a dated one for its changes (attachEnglishTimes).
 * - day: `Singapore shares close 0.4 per cent up on Thursday`, `More than 600 patients were on
 *   hospital trolleys nationwide yesterday`: a title naming the day of the event it reports (a
 *   weekday, `yesterday`, `today`) and no span names the period of every figure of a dated page
 *   that names none. A calendar date in a title (`The weekend's killer stats, Sep 23`) is the
 *   page's own date, not the event's.
 */
function titleTimes(title: string, reference: EnglishWork['reference'], dated: boolean): { period: ClaimTime | null; day: ClaimTime | null } {
  const times = findTimes(title, 0, title.length, reference ?? null).filter((found) => found.governing && !found.onlyFor);
  const asTitle = (time: TimeExpression): ClaimTime => ({ text: time.text, start: time.period.start, end: time.period.end, textStart: null, textEnd: null, source: 'title' });
  const span = times.find((found) => found.period.start !== found.period.end);
  const first = times[0];
  const day = dated && first && !span && !/\d/.test(first.text) ? asTitle(first) : null;
  return { period: span ? asTitle(span) : null, day };
}

/** Rules naming a month or a day of one with no year: the year is the reference's, unless the sentence names one first. */
const YEARLESS_MONTH_RULES = new Set(['time-month', 'time-month-day', 'time-month-range-no-year']);

/** Rules naming one whole year, calendar or fiscal (`In 2018,`, `In 2018-19,`, `In fiscal 2020,`). */
const WHOLE_YEAR_RULES = new Set(['time-year', 'time-year-range', 'time-fiscal-year', 'time-year-pair-fiscal-year', 'time-year-fiscal-year']);

/**
 * `In 2018-19, at the end of October, it was at 103.9%`, `In 2018, by March, 40 clinics had
 * opened`: a sentence opened by a year as its topic sets the year of the months it names without
 * one, the month of that calendar year or the one inside that fiscal year.
 */
function monthsOfTopicYear(text: string, record: EnglishSentence, times: TimeExpression[]): TimeExpression[] {
  const topic = times[0];
  if (!topic || !topic.governing || topic.onlyFor || !WHOLE_YEAR_RULES.has(topic.ruleId) || monthsSpanned(topic.period) !== 12) return times;
  if (!/^\s*(?:In|For|During|Throughout)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s*)?$/i.test(text.slice(record.sentence.start, topic.start))) return times;
  const [startYear, startMonth] = topic.period.start.split('-').map(Number) as [number, number];
  return times.map((time) => {
    if (time === topic || !YEARLESS_MONTH_RULES.has(time.ruleId)) return time;
    const month = Number(time.period.start.slice(5, 7));
    const year = month >= startMonth ? startYear : startYear + 1;
    const shift = (year - Number(time.period.start.slice(0, 4))) * 12;
    return shift === 0 ? time : { ...time, period: shiftPeriod(time.period, shift) };
  });
}

export function attachEnglishTimes(state: DocumentState): DocumentState {
  const work = state.work.en;
  if (!work || !state.article) return state;
  const text = state.article.text;
  const claims: ClaimDraft[] = [...state.claims];
  const carried = leadTime(work, text);
  const reviewed = reviewedPeriods(work);
  const { period: titled, day: titledDay } = titleTimes(state.article.title, work.reference, Boolean(state.article.publishedAt));
  // `Maybank records lower second quarter profit`, `Google Q3 profit up 46 percent`: a title naming a quarter or a
  // half names the period a results or statistics page reports on, which all its figures that name none are of.
  // So does a calendar year written as one (`Gross Regional Domestic Product 2011`; a news title's `this year` is no release's period); a fiscal year in a title (`Budget for Fiscal Year 2025`) is a plan's, whose figures run over years of their own.
  // And so does a month the title names when the first sentence with a figure names it too (`…RATE REMAINS AT 3.2 PERCENT IN MAY` over
  // `the unemployment rate for May was 3.2 percent`): a monthly release's month.
  const leadRecord = work.sentences.find((record) => record.hasNumber);
  const monthOfRelease = titled !== null && monthsSpanned({ start: titled.start, end: titled.end }) === 1 && (leadRecord?.times ?? []).some((time) => time.governing && time.period.start === titled.start && time.period.end === titled.end);
  const reportingPeriod = titled !== null && (REPORTING_MONTHS.has(monthsSpanned({ start: titled.start, end: titled.end })) || monthOfRelease || (/\d/.test(titled.text) && titled.start.endsWith('-01-01') && titled.end === `${titled.start.slice(0, 4)}-12-31`));
  let heading: { period: TimeExpression | null; yearOnYear: boolean } | null = null;
  const fallback = (claim: ClaimDraft, record: EnglishSentence, base: boolean): ClaimDraft => {
    if (claim.time) return claim;
    // Under a heading comparing year on year, the base of a row (`vs Rs 2,941.1 crore`) is of the same period a year before.
    if (heading?.period && telegraphic(record)) return { ...claim, time: toClaimTime(base && heading.yearOnYear ? { ...heading.period, period: shiftPeriod(heading.period.period, -12) } : heading.period, 'heading') };
    if (carried && !(carried.game && claim.kind === 'money')) return { ...claim, time: toClaimTime(carried.time, 'paragraph') };
    if (titledDay) return { ...claim, time: titledDay };
    // A dated page's title governs only its changes: a rise or a fall is over a period, where a fare or an age need be of none.
    const change = claim.change?.role === 'rate' || claim.change?.role === 'delta';
    return titled && (!state.article!.publishedAt || change || reportingPeriod) ? { ...claim, time: titled } : claim;
  };
  let paragraph = -1;
  let paragraphTimes: TimeExpression[][] = [];
  for (const record of work.sentences) {
    if (record.paragraph !== paragraph) {
      paragraph = record.paragraph;
      paragraphTimes = [];
    }
    const times = monthsOfTopicYear(text, record, reviewed(record.times));
    const headed = headingPeriod(text, record);
    if (headed) heading = headed;
    if (!record.hasNumber) {
      paragraphTimes.push(times);
      continue;
    }
    const { kept, tokens, changes, qualifiers, firstClaim } = record;
    const bases = kept.map((span, n) => changes[n]?.role === 'from' || isComparisonBase(text, record.sentence.start, tokens[qualifiers[n]!.firstToken]?.start ?? span.start));
    const sentenceTimes = bindBaseTimes(
      text,
      times,
      kept.map((span, n) => ({ start: span.start, end: span.end, base: bases[n]! })),
    );
    const columns = columnPeriods(text, record, work.reference);
    if (columns) {
      kept.forEach((_span, n) => (claims[firstClaim + n] = { ...claims[firstClaim + n]!, time: toClaimTime(columns[n]!, 'heading') }));
      paragraphTimes.push(sentenceTimes);
      continue;
    }
    // `up from net income of $733.4 million, $2.36 per share, at the same time last year`: a base and the figures listed after it with a comma.
    const listedBase = (n: number): boolean => bases[n]! || (n > 0 && /^\s*,\s*$/.test(text.slice(kept[n - 1]!.end, kept[n]!.start)) && listedBase(n - 1));
    kept.forEach((span, n) => {
      // `17.2C (62.9F)`: the same amount in other units, for the same period.
      const converted = n > 0 && /^\s*\(\s*$/.test(text.slice(kept[n - 1]!.end, span.start));
      if (converted) {
        claims[firstClaim + n] = { ...claims[firstClaim + n]!, time: claims[firstClaim + n - 1]!.time };
        return;
      }
      const own = (changes[n]?.role === 'from' ? fromPeriod(text, span, sentenceTimes) : null) ?? timeFor(text, span, kept, sentenceTimes, paragraphTimes, titled && { start: titled.start, end: titled.end }, carried?.time.period ?? null);
      const found = own && listedBase(n) ? countedBackAfter(text, span, own, sentenceTimes) : own;
      // `increased by 364,900 people … by the end of June 2014`: a change up to the end of a month is a flow from the start of that year (guidelines §3, stocks and flows).
      const flow = found?.ruleId === 'time-end-of-month' && (changes[n]?.role === 'rate' || changes[n]?.role === 'delta');
      const time = flow ? { ...found, period: { start: `${found.period.start.slice(0, 4)}-01-01`, end: found.period.end } } : found;
      // The claim's own sentence, or (for a sentence that names none) an earlier one of the paragraph.
      const source = time && time.start >= record.sentence.start && time.end <= record.sentence.end ? 'sentence' : 'paragraph';
      claims[firstClaim + n] = fallback({ ...claims[firstClaim + n]!, time: time ? toClaimTime(time, source) : null }, record, bases[n]!);
    });
    // The sentences after it carry the period its own figures took first (`This week … we announce that spending
    // rose 2.1 percent in 2017`: 2017), then the others it names.
    const used = sentenceTimes.filter((time) => kept.some((_span, n) => claims[firstClaim + n]!.time?.textStart === time.start && claims[firstClaim + n]!.time?.source === 'sentence'));
    paragraphTimes.push([...used, ...sentenceTimes.filter((time) => !used.includes(time))]);
  }
  return { ...state, claims };
}
