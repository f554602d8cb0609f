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

/** All time expressions in `text`, leftmost-longest, first rule winning at each position. */
/** Text inside 《…》 is a title: 《建设规划(2019-2021年)》 names a document, not a period. */
function insideTitle(norm: string, at: number): boolean {
  const open = norm.lastIndexOf('《', at);
  return open >= 0 && norm.lastIndexOf('》', at) < open && norm.indexOf('》', at) >= 0;
}

/**
 * The year a bare 全年/年末 refers to: the latest year up to the article's own that the text
 * names before it, else the article's year (the year before, for a report out in January-March).
 */
function reportYearAt(years: { at: number; year: number }[], at: number, published: string | null): number | null {
  const limit = published ? Number(published.slice(0, 4)) : Infinity;
  let best = -Infinity;
  for (const y of years) {
    if (y.at >= at) break;
    if (y.year <= limit && y.year > best) best = y.year;
  }
  if (best > -Infinity) return best;
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  return Number(published.slice(5, 7)) <= 3 ? year - 1 : year;
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
  let cursor = -1;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    if (COMPARISON_BASE.test(norm.slice(Math.max(0, hit.start - 2), hit.start))) {
      cursor = hit.end;
      continue;
    }
    cursor = hit.end;
    if (insideTitle(norm, hit.start)) continue;
    // 2000年底前建成的小区: a time that qualifies a noun, not the period of a claim.
    if (/^(?:前|以前|之前)/u.test(norm.slice(hit.end, hit.end + 2))) continue;
    const period = TIME_RULES[hit.rule]!.resolve(hit.m, { ...context, reportYear: reportYearAt(years, hit.start, context.published) });
    const base = { text: norm.slice(hit.start, hit.end), textStart: hit.start, textEnd: hit.end, ruleId: TIME_RULES[hit.rule]!.id };
    if (period === NO_PERIOD) found.push({ ...base, start: '0000-01-01', end: '0000-01-01', known: false });
    else if (period && period.start <= period.end) found.push({ ...base, start: period.start, end: period.end, known: true });
  }
  return found;
}

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** 一是… ；二是…, 其三，…: where a point of an enumerated paragraph starts. */
const POINT_START = /(?:^|[。；;：:\n])\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十][，,、])/gu;

/** 去年同期的1.1:50.3, 上年同期为: the figure is of the same period a year before. */
const YEAR_BEFORE = /(?:去年|上年)同期(?:的|为|是)?[\d.:：]*$/u;

function yearBefore(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const rest = date.slice(4);
  // 29 February has no twin a year before.
  return rest === '-02-29' ? `${year}-02-28` : `${String(year).padStart(4, '0')}${rest}`;
}

export function attachTimes(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const zh = state.claims.filter((claim) => claim.lang === 'zh');
  if (zh.length === 0) return state;
  const text = state.article.text;
  const norm = normaliseForRules(text);
  const context = { published: state.article.publishedAt ? state.article.publishedAt.slice(0, 10) : null };
  const expressions = findTimeExpressions(norm, context);
  const ordered = state.claims.filter((claim) => claim.lang === 'zh').sort((a, b) => a.start - b.start);
  // An expression written right before a number (2016年的21000人, 2020年户月人均686元) belongs to
  // that number and its list, not to the claims after it.
  const boundTo = new Map<TimeExpression, ClaimDraft>();
  for (const expression of expressions) {
    const next = ordered.find((claim) => claim.start >= expression.textEnd!);
    if (next && /^(?:的|末的|底的)?(?:户月人均|人均|(?:每(?:人|户|月|年))+)?$/u.test(norm.slice(expression.textEnd!, next.start))) boundTo.set(expression, next);
  }
  const points = [...norm.matchAll(POINT_START)].map((m) => m.index! + m[0].length);
  const claims = state.claims.map((claim): ClaimDraft => {
    if (claim.lang !== 'zh') return claim;
    const paragraph = paragraphStart(text, claim.sentence.start);
    // The enumerated point (三是…) the claim is in: a time said inside an earlier point stays there.
    const point = points.filter((at) => at >= paragraph && at <= claim.start).pop() ?? paragraph;
    let governing: TimeExpression | undefined;
    for (const expression of expressions) {
      if (expression.textEnd! > claim.start) break;
      if (expression.textStart! < paragraph) continue;
      if (point > paragraph && expression.textStart! < point && points.some((at) => at >= paragraph && at <= expression.textStart!)) continue;
      const owner = boundTo.get(expression);
      if (owner && owner !== claim && !(owner.list && claim.list && owner.list.group === claim.list.group)) continue;
      // Inside the claim's own sentence, or in an earlier sentence of the paragraph.
      governing = expression;
    }
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
