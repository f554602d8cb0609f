// time (zh): claim drafts → drafts with the period each refers to. Finds every time
// expression in the Chinese sentences (rules/zh/times.ts), resolves it against the article
// date, and gives each claim the nearest governing one: the closest before it in its
// sentence, else the closest in an earlier sentence of the same paragraph. A comparison
// base (比上年, 较2019年) is not a period.
import type { ClaimDraft, DocumentState } from '../document.js';
import type { ClaimTime } from '../schema.js';
import { NO_PERIOD, TIME_RULES, type TimeContext } from '../../rules/zh/times.js';
import { normaliseForRules } from './find-numbers.js';

export interface TimeExpression extends ClaimTime {
  ruleId: string;
  /** False for 下一步/今后: the expression governs, but names no period. */
  known: boolean;
}

/** The time rules' patterns with the global flag, compiled once for matchAll. */
const GLOBAL_PATTERNS = TIME_RULES.map((rule) => new RegExp(rule.pattern.source, 'gu'));

const COMPARISON_BASE = /(?:比|较|同比|相比|与|和)$/u;

/** Text inside 《…》 is a title: 《建设规划(2019-2021年)》 names a document, not a period. */
function titleTest(norm: string): (at: number) => boolean {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = norm.indexOf('《'); i >= 0; i = norm.indexOf('《', i + 1)) opens.push(i);
  for (let i = norm.indexOf('》'); i >= 0; i = norm.indexOf('》', i + 1)) closes.push(i);
  // Inside when the last 《 at or before `at` comes after the last 》 at or before it, and a 》 follows.
  return (at) => {
    const open = lastAtOrBefore(opens, at);
    if (open < 0) return false;
    const close = lastAtOrBefore(closes, at);
    return close < open && closes.length > 0 && closes[closes.length - 1]! >= at;
  };
}

/** The largest value in the ascending `sorted` that is ≤ `at`, or -1 (binary search, so per-claim work stays logarithmic). */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  const index = countAtOrBefore(sorted, at) - 1;
  return index >= 0 ? sorted[index]! : -1;
}

/** How many values of the ascending `sorted` are ≤ `at`. */
function countAtOrBefore(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The year a bare 全年/年末 refers to: the latest year up to the article's own that the text
 * names before it, else the article's year (the year before, for a report out in January-March).
 * Asked at rising positions, so one pass over the named years serves every question.
 */
function reportYears(years: { at: number; year: number }[], published: string | null): (at: number) => number | null {
  const limit = published ? Number(published.slice(0, 4)) : Infinity;
  const fallback = published ? (Number(published.slice(5, 7)) <= 3 ? Number(published.slice(0, 4)) - 1 : Number(published.slice(0, 4))) : null;
  let next = 0;
  let best = -Infinity;
  return (at) => {
    for (; next < years.length && years[next]!.at < at; next++) {
      const year = years[next]!.year;
      if (year <= limit && year > best) best = year;
    }
    return best > -Infinity ? best : fallback;
  };
}

export function findTimeExpressions(norm: string, context: Omit<TimeContext, 'reportYear'>, from = 0, to = norm.length): TimeExpression[] {
  const found: TimeExpression[] = [];
  const text = norm.slice(from, to);
  const hits: { start: number; end: number; rule: number; m: RegExpMatchArray }[] = [];
  GLOBAL_PATTERNS.forEach((global, index) => {
    for (const m of text.matchAll(global)) hits.push({ start: from + m.index!, end: from + m.index! + m[0].length, rule: index, m });
  });
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rule - b.rule);
  const years = [...norm.matchAll(/((?:19|20)\d{2})年/gu)].map((m) => ({ at: m.index!, year: Number(m[1]) }));
  const reportYearAt = reportYears(years, context.published);
  const insideTitle = titleTest(norm);
  let cursor = -1;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    if (COMPARISON_BASE.test(norm.slice(Math.max(0, hit.start - 2), hit.start))) {
      cursor = hit.end;
      continue;
    }
    cursor = hit.end;
    if (insideTitle(hit.start)) continue;
    // 2000年底前建成的小区: a time that qualifies a noun, not the period of a claim.
    if (/^(?:前|以前|之前)/u.test(norm.slice(hit.end, hit.end + 2))) continue;
    const period = TIME_RULES[hit.rule]!.resolve(hit.m, { ...context, reportYear: reportYearAt(hit.start) });
    const base = { text: norm.slice(hit.start, hit.end), textStart: hit.start, textEnd: hit.end, ruleId: TIME_RULES[hit.rule]!.id };
    if (period === NO_PERIOD) found.push({ ...base, start: '0000-01-01', end: '0000-01-01', known: false });
    else if (period && period.start <= period.end) found.push({ ...base, start: period.start, end: period.end, known: true });
  }
  return found;
}

/** 一是… ；二是…, 其三，…: where a point of an enumerated paragraph starts. */
const POINT_START = /(?:^|[。；;：:\n])\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十][，,、])/gu;

/** 去年同期的1.1:50.3, 上年同期为: the figure is of the same period a year before. */
const YEAR_BEFORE = /(?:去年|上年)同期(?:的|为|是)?[\d.:：]*$/u;

/** What may stand between a time and the number it belongs to. */
const BOUND_GAP = /^(?:的|末的|底的)?(?:户月人均|人均|(?:每(?:人|户|月|年))+)?$/u;

function yearBefore(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const rest = date.slice(4);
  // 29 February has no twin a year before.
  return rest === '-02-29' ? `${year}-02-28` : `${String(year).padStart(4, '0')}${rest}`;
}

/**
 * The expressions a claim may take its time from, grouped so that each claim asks a few binary
 * searches instead of walking every expression before it (which made this stage quadratic in the
 * article). An expression bound to a number (boundTo) serves that number and its list only.
 */
class Governors {
  private readonly free: number[] = [];
  private readonly byClaim = new Map<ClaimDraft, number[]>();
  private readonly byGroup = new Map<string, number[]>();
  private readonly ends: number[];

  constructor(private readonly expressions: readonly TimeExpression[], boundTo: ReadonlyMap<number, ClaimDraft>) {
    this.ends = expressions.map((expression) => expression.textEnd!);
    expressions.forEach((_, index) => {
      const owner = boundTo.get(index);
      if (!owner) return this.free.push(index);
      push(this.byClaim, owner, index);
      if (owner.list) push(this.byGroup, owner.list.group, index);
    });
  }

  /**
   * The last expression (in text order) ending by the claim's start that starts in one of the
   * allowed stretches [paragraph, leadEnd) or [pointStart, claim start], open to the claim.
   */
  governing(claim: ClaimDraft, paragraph: number, leadEnd: number, pointStart: number): TimeExpression | undefined {
    // Expressions are ordered and do not overlap, so ends and starts rise together.
    const reachable = countAtOrBefore(this.ends, claim.start);
    let best = -1;
    const consider = (indices: readonly number[] | undefined) => {
      if (!indices) return;
      const last = countAtOrBefore(indices, reachable - 1) - 1;
      if (last < 0) return;
      const candidate = indices[last]!;
      if (this.expressions[candidate]!.textStart! >= pointStart) best = Math.max(best, candidate);
      else {
        // Before the point the claim is in: only the paragraph's lead-in, before its first point.
        const leadCount = countStartsBefore(this.expressions, indices, leadEnd, last + 1);
        const lead = leadCount > 0 ? indices[leadCount - 1]! : -1;
        if (lead >= 0 && this.expressions[lead]!.textStart! >= paragraph) best = Math.max(best, lead);
      }
    };
    consider(this.free);
    consider(this.byClaim.get(claim));
    if (claim.list) consider(this.byGroup.get(claim.list.group));
    return best >= 0 ? this.expressions[best] : undefined;
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How many of the first `limit` indices name an expression starting before `at`. */
function countStartsBefore(expressions: readonly TimeExpression[], indices: readonly number[], at: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (expressions[indices[middle]!]!.textStart! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function attachTimes(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const zh = state.claims.filter((claim) => claim.lang === 'zh');
  if (zh.length === 0) return state;
  const text = state.article.text;
  const norm = normaliseForRules(text);
  const context = { published: state.article.publishedAt ? state.article.publishedAt.slice(0, 10) : null };
  const expressions = findTimeExpressions(norm, context);
  const ordered = zh.sort((a, b) => a.start - b.start);
  // An expression written right before a number (2016年的21000人, 2020年户月人均686元) belongs to
  // that number and its list, not to the claims after it.
  const boundTo = new Map<number, ClaimDraft>();
  let nextClaim = 0;
  expressions.forEach((expression, index) => {
    while (nextClaim < ordered.length && ordered[nextClaim]!.start < expression.textEnd!) nextClaim++;
    const next = ordered[nextClaim];
    if (next && BOUND_GAP.test(norm.slice(expression.textEnd!, next.start))) boundTo.set(index, next);
  });
  const governors = new Governors(expressions, boundTo);
  const points = [...norm.matchAll(POINT_START)].map((m) => m.index! + m[0].length);
  const paragraphs = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) paragraphs.push(at + 1);
  const claims = state.claims.map((claim): ClaimDraft => {
    if (claim.lang !== 'zh') return claim;
    const paragraph = lastAtOrBefore(paragraphs, claim.sentence.start);
    // The enumerated point (三是…) the claim is in: a time said inside an earlier point stays
    // there; what the paragraph says before its first point leads them all.
    const lastPoint = lastAtOrBefore(points, claim.start);
    const point = lastPoint >= paragraph ? lastPoint : paragraph;
    const firstPoint = point > paragraph ? points[countAtOrBefore(points, paragraph - 1)]! : claim.start + 1;
    const governing = governors.governing(claim, paragraph, firstPoint, point > paragraph ? point : paragraph);
    if (!governing || !governing.known) return { ...claim, time: null };
    const { ruleId: _ruleId, known: _known, ...time } = governing;
    const lead = norm.slice(Math.max(claim.sentence.start, claim.start - 24), claim.start);
    const before = lead.match(YEAR_BEFORE);
    if (before) {
      const at = claim.start - before[0].length;
      const phrase = before[0].match(/^(?:去年|上年)同期/u)![0];
      return { ...claim, time: { start: yearBefore(time.start), end: yearBefore(time.end), text: text.slice(at, at + phrase.length), textStart: at, textEnd: at + phrase.length } };
    }
    return { ...claim, time: { ...time, text: text.slice(time.textStart!, time.textEnd!) } };
  });
  return { ...state, claims };
}
