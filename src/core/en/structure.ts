// resolve and structure (English): a found span → value, kind and unit; then what the words
// around it add: the qualifier (`approx`), a change (`rose from X to Y`, `up 3%`), and a
// `per` denominator (`$1,200 a month`). Reads the rule tables; adds nothing to the article.
import type { Approx, ClaimKind } from '../schema.js';
import { BASIS_PATTERN, REVERSING_MODIFIERS, changeWords, comparatives, type Direction } from '../../rules/en/changes.js';
import { qualifiers } from '../../rules/en/qualifiers.js';
import { GAPPED_COUNT_VERBS } from '../../rules/en/subjects.js';
import { digitValue, isSpaceGap, type EnglishToken } from './tokens.js';
import { CURRENCY_WORD_FORMS, longestForm, UNIT_FORMS } from './affixes.js';
import type { EnglishSpan } from './find-spans.js';
import { NAME_PLURAL } from './counted-nouns.js';

export interface ResolvedValue {
  value: number;
  kind: ClaimKind;
  unit: string | null;
  unitText: string | null;
  range: { min: number; max: number } | null;
}

/** Value, kind and unit of a span (find, then resolve). */
export function resolveSpan(text: string, span: EnglishSpan, tokens: EnglishToken[]): ResolvedValue {
  const factor = span.currency ? (span.currencyWord ? (span.currency.wordFactor ?? 1) : 1) : (span.unit?.factor ?? 1);
  const low = span.low.value * factor;
  const high = span.high ? span.high.value * factor : null;
  const range = high !== null ? { min: Math.min(low, high), max: Math.max(low, high) } : null;
  const value = range ? range.min : low;
  const lastNumber = span.high ? span.high.last : span.low.last;
  const unitSlice = () => {
    const after = tokens[lastNumber + 1];
    const end = tokens[span.lastToken];
    if (!after || !end || after.start >= end.end) return null;
    return text.slice(after.start, end.end).replace(/^[-‑\s]+/u, '') || null;
  };
  if (span.elided) return { value, kind: 'count', unit: span.elided.unit, unitText: null, range };
  if (span.currency) {
    const unitText = span.currencyWord ? unitSlice() : text.slice(tokens[span.firstToken]!.start, tokens[span.low.first]!.start).trim();
    return { value, kind: 'money', unit: span.currency.unit, unitText: unitText || null, range };
  }
  if (span.percent) return { value, kind: 'percent', unit: span.percent.unit, unitText: unitSlice(), range };
  if (span.unit && (span.counted === null || span.unit.kind === 'count')) {
    const unitText = span.counted ? span.counted.direct ? text.slice(span.counted.start, span.counted.end) : null : unitSlice();
    return { value, kind: span.unit.kind, unit: span.unit.unit, unitText: unitText ?? span.counted?.text ?? null, range };
  }
  if (span.counted) {
    // A name's own capitals stay (`iPhones`, `SUVs`); a common noun is written in lower case.
    const written = text.slice(tokens[span.counted.token]!.start, span.counted.end);
    const noun = NAME_PLURAL.test(written) ? written : written.toLowerCase();
    const singular = (value === 1 || span.counted.hyphenated === true) && !noun.endsWith('s');
    return { value, kind: 'count', unit: singular ? pluralOf(noun) : noun, unitText: span.counted.text, range };
  }
  return { value, kind: 'number', unit: null, unitText: null, range };
}

/** The plural of a counted noun written in the singular after `one`: `play area` → `play areas`. */
function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

const QUALIFIERS_BEFORE = qualifiers
  .filter((rule) => rule.position === 'before')
  .flatMap((rule) => rule.phrases.map((phrase) => ({ words: phrase.split(' '), approx: rule.approx, notForDurations: rule.notForDurations ?? false })))
  .sort((a, b) => b.words.length - a.words.length);
const QUALIFIERS_AFTER = qualifiers
  .filter((rule) => rule.position === 'after')
  .flatMap((rule) => rule.phrases.map((phrase) => ({ words: phrase.split(' '), approx: rule.approx })))
  .sort((a, b) => b.words.length - a.words.length);

/** The first token of the words that govern a span: `between` before a range. */
export function governingStart(span: EnglishSpan): number {
  return span.rangeConnector === 'between' || span.rangeConnector === 'from' ? span.firstToken - 1 : span.firstToken;
}

/** Words (lower case, no symbols) ending right before token `index`, spaces only between. */
function endsWithWords(tokens: EnglishToken[], index: number, words: string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const token = tokens[index - words.length + w];
    if (!token || token.lower !== words[w]!.replace(/\.$/, '')) return false;
    const following = tokens[index - words.length + w + 1];
    if (words[w]!.endsWith('.')) {
      if (following?.text !== '.') return false;
    } else if (following && !isSpaceGap(following.gap)) return false;
  }
  return true;
}

export interface QualifierMatch {
  approx: Approx;
  /** Tokens the qualifier occupies, for finders of what comes before it. */
  firstToken: number;
}

const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

export function qualifierOf(span: EnglishSpan, tokens: EnglishToken[]): QualifierMatch {
  let start = governingStart(span);
  // `under the age of 16`, `aged 16`: the qualifier stands before the age words.
  if (span.unit?.unit === 'age') {
    for (const words of [['the', 'age', 'of'], ['age', 'of'], ['aged'], ['ages'], ['age']]) {
      if (words.every((word, w) => tokens[start - words.length + w]?.lower === word)) {
        start -= words.length;
        break;
      }
    }
  }
  // `more than a 10-minute walk`: an article between the qualifier and a hyphenated unit.
  if ((tokens[start - 1]?.lower === 'a' || tokens[start - 1]?.lower === 'an') && tokens[span.lastToken]?.gap === '' && tokens[span.lastToken - 1]?.text === '-') start--;
  const duration = span.unit !== null && DURATIONS.has(span.unit.unit);
  for (const qualifier of QUALIFIERS_BEFORE) {
    if (qualifier.notForDurations && duration) continue;
    const dotted = qualifier.words[qualifier.words.length - 1]!.endsWith('.') ? 1 : 0;
    if (endsWithWords(tokens, start - dotted, qualifier.words)) {
      // `over` and `under` qualify a quantity only when nothing else claims them (`over 30 days` yes, `up 3% over 2019` no).
      return { approx: qualifier.approx, firstToken: start - dotted - qualifier.words.length };
    }
  }
  const after = span.lastToken + 1;
  const plus = tokens[after];
  if (plus?.text === '+' && plus.gap === '') return { approx: 'gte', firstToken: start };
  // `300,000-plus employees`, `500+ stores`: a glued plus between the number and its noun.
  const numberEnd = (span.high ?? span.low).last + 1;
  const inner = tokens[numberEnd];
  if (numberEnd < after && inner?.gap === '' && (inner.text === '+' || (inner.text === '-' && tokens[numberEnd + 1]?.lower === 'plus' && tokens[numberEnd + 1]!.gap === ''))) return { approx: 'gte', firstToken: start };
  for (const qualifier of QUALIFIERS_AFTER) {
    let index = after;
    if (tokens[index]?.text === '-' && tokens[index]?.gap === '') index++;
    let ok = true;
    for (let w = 0; w < qualifier.words.length; w++) {
      const token = tokens[index + w];
      if (!token || token.lower !== qualifier.words[w] || !(isSpaceGap(token.gap) || (w === 0 && token.gap === '' && index > after))) {
        ok = false;
        break;
      }
    }
    if (ok) return { approx: qualifier.approx, firstToken: start };
  }
  return { approx: 'eq', firstToken: start };
}

export interface ChangeInfo {
  role: 'rate' | 'delta' | 'from' | 'to';
  direction: Direction | 'unknown';
  /** Index in the sentence's span list of the partner claim, for `from`/`to` pairs. */
  from: number | null;
  to: number | null;
  basis: string | null;
  /** How the change was written: a noun after the number (`a 12% increase in ridership`) or otherwise. */
  nounAfter: boolean;
}

const COMPARATIVE_DIRECTION = new Map(comparatives.flatMap((rule) => rule.words.map((word) => [word, rule.direction] as const)));
const VERB_DIRECTION = new Map(changeWords.flatMap((rule) => rule.verbs.map((verb) => [verb, rule.direction] as const)));
/** Change nouns that are also verbs after a subject: `costs cut`. */
const VERB_TOO = new Set(['cut', 'cuts']);
/** Comparatives after a number that name a move without `than` (`closed 2% higher`), before a word that is no noun. */
const MOVE_COMPARATIVES = new Set(['higher', 'lower']);
/** Words of a short aside of when between a move and the level it reached: `in March`, `year-on-year`, `today`. */
const WHEN_ASIDE_WORDS = new Set(['in', 'during', 'last', 'this', 'month', 'week', 'quarter', 'year', 'on', 'over', '-', 'today', 'yesterday', 'overnight', 'year-on-year', 'year-over-year', 'y-o-y', 'yoy', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MOVE_FOLLOWERS = new Set(['at', 'to', 'on', 'in', 'from', 'after', 'for', 'by', 'against', 'and', 'while', 'with', 'as', 'this', 'last', 'over', 'since', 'year-on-year', 'than']);
/** What stands between a figure and the same move restated in another unit: `0.72 per cent or eight cents`. */
const RESTATING = new Set(['or', ', or']);
const NOUN_DIRECTION = new Map(changeWords.flatMap((rule) => rule.nouns.map((noun) => [noun, rule.direction] as const)));
/** Words allowed between a change verb and its number: `increased by nearly 6%`. */
const BRIDGE_WORDS = new Set(['by', 'a', 'an', 'estimated', 'nearly', 'about', 'almost', 'roughly', 'approximately', 'some', 'more', 'than', 'over', 'at', 'least', 'just', 'around', 'another', 'additional', 'further', 'sharply', 'significantly', 'slightly', 'only', 'nearly', 'fully', 'also', 'has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'respectively']);
const CLAUSE_BREAK = /^[;:()]$/;
/** Words allowed between a number and the change noun after it: `a 2% annual rise`, `a 3% year-over-year increase`. */
const CHANGE_NOUN_MODIFIERS = new Set(['annual', 'annualized', 'overall', 'year', 'over', 'on', 'net', 'total', 'average', 'sharp', 'slight', 'significant', 'monthly', 'quarterly', 'yearly']);

function directionBefore(tokens: EnglishToken[], from: number, limit: number): { direction: Direction; index: number } | null {
  for (let k = from; k >= Math.max(0, from - limit); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && CLAUSE_BREAK.test(token.text)) return null;
    if (token.kind === 'number') return null;
    const direction = VERB_DIRECTION.get(token.lower);
    if (direction) return { direction, index: k };
  }
  return null;
}

/** Change nouns a list of bracketed rates is named by (`rises in`, `minor falls in`), after a word that makes them nouns. */
const BRACKETED_CHANGE_NOUNS = new Map<string, Direction>([...NOUN_DIRECTION, ['rises', 'up'], ['falls', 'down']]);
const NOUN_OPENERS = new Set(['the', 'a', 'were', 'was', 'also', 'minor', 'small', 'slight', 'modest', 'strong', 'further', 'largest', 'biggest', 'main', 'notable', 'some', 'other']);

/** The direction of the change noun nearest to a bracket opening at token `open`, in its sentence (a `;` ends the search). */
function bracketedChangeNoun(tokens: EnglishToken[], open: number): Direction | null {
  let best: { direction: Direction; distance: number } | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const direction = BRACKETED_CHANGE_NOUNS.get(tokens[k]!.lower);
    if (!direction || !NOUN_OPENERS.has(tokens[k - 1]!.lower)) continue;
    const between = k < open ? tokens.slice(k, open) : tokens.slice(open, k);
    if (between.some((token) => token.text === ';')) continue;
    const distance = Math.abs(k - open);
    if (!best || distance < best.distance) best = { direction, distance };
  }
  return best?.direction ?? null;
}

const basisAfter = (text: string, at: number): string | null => {
  const match = BASIS_PATTERN.exec(text.slice(at, at + 80));
  return match ? match[1]!.trim() : null;
};

const POSSESSIVE_PERIODS = new Set(['year', 'month', 'quarter', 'week', 'season', 'term', 'session', 'period']);
const POSSESSIVE_PERIOD_OPENERS = new Set(['last', 'previous', 'prior', 'the', 'a', 'this', 'past']);

/**
 * Where a period's possessive written before token k starts (`last year’s`, `the previous
 * quarter's`, `2017’s`), or null: the token after which `from` stands for a base.
 */
function possessiveTimeBefore(tokens: EnglishToken[], k: number): number | null {
  if (tokens[k - 1]?.lower !== 's' || !["'", '’'].includes(tokens[k - 2]?.text ?? '') || tokens[k - 1]!.gap !== '' || tokens[k - 2]!.gap !== '') return null;
  const head = tokens[k - 3];
  if (head && /^(?:19|20)\d{2}$/.test(head.text)) return k - 3;
  if (!head || !POSSESSIVE_PERIODS.has(head.lower)) return null;
  let start = k - 3;
  while (start > 0 && POSSESSIVE_PERIOD_OPENERS.has(tokens[start - 1]!.lower) && start > k - 6) start--;
  return start < k - 3 ? start : null;
}

/**
 * Changes among the spans of one sentence: `from X to Y` pairs, `X, up from Y`, rates
 * (`up 3%`, `increased by 6.1%`, `a 12% increase`) and levels reached (`fell to 3.5%`).
 */
export function changesOf(text: string, spans: EnglishSpan[], tokens: EnglishToken[], kinds: ClaimKind[]): (ChangeInfo | null)[] {
  const out: (ChangeInfo | null)[] = spans.map(() => null);
  // A share (`fallen by a third`) is a rate, like a percentage; any other size of a change is a delta.
  // A move in percentage points or basis points is an absolute change, a delta (guidelines §3, change).
  const sizeRole = (m: number): 'rate' | 'delta' => ((kinds[m] === 'percent' && spans[m]!.percent?.unit !== 'pp' && spans[m]!.percent?.unit !== 'bp') || spans[m]!.low.fraction ? 'rate' : 'delta');
  const spanStartingNear = (index: number, after: number) => spans.findIndex((s, n) => n > after && governingStart(s) >= index && governingStart(s) <= index + 3);
  spans.forEach((span, n) => {
    if (out[n]) return;
    // `doubled`, `more than double`: a multiple written as a word is a rise by that factor.
    if (span.low.multiple) {
      // `twice as many men as women`: a multiple comparing two sizes is no change.
      if (span.low.multiple.baseForms.includes(tokens[span.low.first]!.lower) && tokens[span.low.last + 1]?.lower === 'as') return;
      out[n] = { role: 'rate', direction: span.low.value < 1 ? 'down' : 'up', from: null, to: null, basis: basisAfter(text, tokens[span.readTo]!.end), nounAfter: false };
      return;
    }
    if (span.low.changeSign) {
      const role = kinds[n] === 'percent' && span.percent?.unit !== 'pp' ? 'rate' : 'delta';
      out[n] = { role, direction: span.low.changeSign === 'minus' ? 'down' : 'up', from: null, to: null, basis: null, nounAfter: false };
      return;
    }
    const qualifierStart = qualifierOf(span, tokens).firstToken;
    // `up from last year’s 70,073`: a period's possessive between `from` and the number (the base's own time).
    const possessive = possessiveTimeBefore(tokens, qualifierStart);
    const before = tokens[(possessive ?? qualifierStart) - 1];
    // `there were rises in Queensland (0.8 per cent), Victoria (0.3 per cent)`, `Food retailing (0.4 per cent)
    // led the rises`: a percentage in brackets after a name, in a sentence that names its changes by a noun, is a rate.
    if (kinds[n] === 'percent' && span.percent?.unit !== 'pp' && before?.text === '(' && tokens[span.readTo + 1]?.text === ')' && tokens[qualifierStart - 2]?.kind === 'word') {
      const named = bracketedChangeNoun(tokens, qualifierStart);
      if (named) {
        out[n] = { role: 'rate', direction: named, from: null, to: null, basis: null, nounAfter: false };
        return;
      }
    }
    // `from X (in 2019) to Y`: X is `from`, Y is `to`.
    if (before?.lower === 'from' && !span.high) {
      let k = span.readTo + 1;
      const limit = Math.min(tokens.length, k + 8);
      // Up to `to`, past a period written for the earlier value (`from 4,500 students in 2019 to`).
      while (k < limit && tokens[k]!.lower !== 'to' && !(tokens[k]!.kind === 'symbol' && CLAUSE_BREAK.test(tokens[k]!.text)) && (tokens[k]!.kind !== 'number' || /^(?:19|20)\d{2}$/.test(tokens[k]!.text))) k++;
      const partner = k < limit && tokens[k]!.lower === 'to' ? spanStartingNear(k + 1, n) : -1;
      if (partner >= 0 && (kinds[partner] === kinds[n] || kinds[partner] === 'number' || kinds[n] === 'number')) {
        const verb = directionBefore(tokens, qualifierStart - 2, 6);
        const later = spans[partner]!;
        const direction = verb?.direction ?? (later.low.value > span.low.value ? 'up' : later.low.value < span.low.value ? 'down' : 'flat');
        out[n] = { role: 'from', direction, from: n, to: partner, basis: null, nounAfter: false };
        out[partner] = { role: 'to', direction, from: n, to: partner, basis: null, nounAfter: false };
        return;
      }
    }
    if (before?.lower === 'from' && !span.high) {
      // `Y, up from X` or `rose to Y from X`: the span before is the later value.
      const previous = n - 1;
      const previousOpen = previous >= 0 && (!out[previous] || (out[previous]!.role === 'to' && out[previous]!.from === null));
      if (previousOpen && (kinds[previous] === kinds[n] || kinds[previous] === 'number' || kinds[n] === 'number')) {
        const earlier = spans[previous]!;
        // `14.2 students per teacher, down from 15.0`: the per phrase belongs to the earlier value.
        let betweenStart = earlier.readTo + 1;
        if (tokens[betweenStart]?.lower === 'per' || tokens[betweenStart]?.lower === 'a' || tokens[betweenStart]?.lower === 'an') {
          const per = perOf(text, earlier, tokens, null);
          if (per) betweenStart += per.text.split(/\s+/).length;
        }
        const between = tokens.slice(betweenStart, (possessive ?? qualifierStart) - 1).map((t) => t.lower);
        const updown = between.find((word) => VERB_DIRECTION.has(word));
        // `2.3 million units in the quarter, up from 1.9 million`: a period between the later value and its `, up from`.
        const appositive = between.length <= 8 && between.at(-2) === ',' && VERB_DIRECTION.has(between.at(-1)!);
        if ((between.length <= 3 && (updown !== undefined || between.length === 0)) || appositive) {
          const verb = updown ? VERB_DIRECTION.get(updown)! : directionBefore(tokens, governingStart(earlier) - 1, 6)?.direction;
          const direction = verb ?? (earlier.low.value > span.low.value ? 'up' : 'down');
          out[n] = { role: 'from', direction, from: n, to: previous, basis: null, nounAfter: false };
          out[previous] = { role: 'to', direction, from: n, to: previous, basis: null, nounAfter: false };
          return;
        }
      }
    }
    const role = sizeRole(n);
    // The words between the figure before and this one's qualifier: `or` when this one restates its move.
    const fromPrevious = n > 0 ? tokens.slice(spans[n - 1]!.readTo + 1, qualifierStart).map((token) => token.lower) : null;
    const restatesPrevious = fromPrevious !== null && RESTATING.has(fromPrevious.join(' '));
    // `4.6% larger than`, `$214 more than`.
    const comparative = tokens[span.readTo + 1];
    const than = tokens[span.readTo + 2];
    if (comparative && than?.lower === 'than' && COMPARATIVE_DIRECTION.has(comparative.lower)) {
      out[n] = { role, direction: COMPARATIVE_DIRECTION.get(comparative.lower)!, from: null, to: null, basis: basisAfter(text, comparative.end), nounAfter: false };
      return;
    }
    // `closed 2% higher`, `ended five cents lower at $4.10`: a move named by the comparative after it, with no noun after that.
    if (comparative && MOVE_COMPARATIVES.has(comparative.lower) && (!than || than.kind === 'symbol' || MOVE_FOLLOWERS.has(than.lower))) {
      const direction = COMPARATIVE_DIRECTION.get(comparative.lower)!;
      out[n] = { role, direction, from: null, to: null, basis: null, nounAfter: false };
      // `ended 0.22 per cent, or five cents lower`: the figure it restates made the same move.
      if (restatesPrevious && !out[n - 1]) out[n - 1] = { role: sizeRole(n - 1), direction, from: null, to: null, basis: null, nounAfter: false };
      return;
    }
    // A change noun after the span: `a 12% increase`, `3 percent growth`, `a 2% annual rise`.
    for (let k = span.readTo + 1; k <= Math.min(tokens.length - 1, span.readTo + 3); k++) {
      const token = tokens[k]!;
      if (token.kind === 'symbol' && token.text !== '-') break;
      // `a $2.1 million cut`, but `five spray grounds cut water use`: a noun that is also a verb is a change noun only after an article.
      const verbToo = VERB_TOO.has(token.lower) && !['a', 'an'].includes(tokens[qualifierStart - 1]?.lower ?? '');
      const direction = verbToo ? undefined : NOUN_DIRECTION.get(token.lower);
      if (!direction && !CHANGE_NOUN_MODIFIERS.has(token.lower) && token.text !== '-') break;
      if (direction) {
        const next = tokens[k + 1];
        if (next && (next.lower === 'to' || next.lower === 'of') && role === 'delta') break;
        out[n] = { role, direction, from: null, to: null, basis: basisAfter(text, token.end), nounAfter: true };
        return;
      }
      if (token.kind !== 'word' || ['in', 'of', 'for', 'from', 'and', 'to', 'than'].includes(token.lower)) break;
    }
    // A change noun before: `an increase of 6,900`, `a decline of 3 percent`.
    const ofToken = tokens[qualifierStart - 1];
    const nounBefore = tokens[qualifierStart - 2];
    if (ofToken?.lower === 'of' && nounBefore && NOUN_DIRECTION.has(nounBefore.lower)) {
      const named = NOUN_DIRECTION.get(nounBefore.lower)!;
      // `negative growth of 1.2%`: a fall.
      const reversed = REVERSING_MODIFIERS.has(tokens[qualifierStart - 3]?.lower ?? '');
      const direction = reversed && named !== 'flat' ? (named === 'up' ? 'down' : 'up') : named;
      out[n] = { role, direction, from: null, to: null, basis: basisAfter(text, tokens[span.readTo]!.end), nounAfter: false };
      return;
    }
    // A change verb before: `rose 3%`, `increased by 6.1%`, `up 3 percent`, `fell to 3.5%`.
    let k = qualifierStart - 1;
    let sawTo = false;
    let sawBy = false;
    while (k >= 0 && k >= qualifierStart - 4) {
      const token = tokens[k]!;
      // `rose to 3.5%`, `held at 4.1%`: the level reached, not the size of the change.
      if (token.lower === 'to' || token.lower === 'at') sawTo = true;
      else if (token.lower === 'by') sawBy = true;
      else if (!BRIDGE_WORDS.has(token.lower)) break;
      k--;
    }
    let verb = k >= 0 ? VERB_DIRECTION.get(tokens[k]!.lower) : undefined;
    if (!verb && sawBy && !sawTo) verb = directionBefore(tokens, k, 6)?.direction;
    // `held at 4.1%` is a level that did not change; `held 14 meetings` is no change at all.
    if (verb === 'flat' && !sawTo) verb = undefined;
    if (verb) {
      const basis = basisAfter(text, tokens[span.readTo]!.end);
      if (sawTo) out[n] = { role: 'to', direction: verb, from: null, to: n, basis, nounAfter: false };
      else out[n] = { role, direction: verb, from: null, to: null, basis, nounAfter: false };
      return;
    }
    // `rose by nearly a fifth since 2019, to 2,410`: the level reached after the size of the change.
    const previousChange = n > 0 ? out[n - 1] : null;
    // `shed 0.72 per cent or eight cents`: the same move restated in another unit.
    if (restatesPrevious && previousChange && (previousChange.role === 'rate' || previousChange.role === 'delta')) {
      out[n] = { role, direction: previousChange.direction, from: null, to: null, basis: null, nounAfter: false };
      return;
    }
    // `gaining 11.34 points to 3,054.53`, `five cents lower to S$23.15`: right after the move, too.
    const reachedAfter = fromPrevious?.slice(0, -1) ?? [];
    // … or past a short aside of when (`rose 2.5% in March to $343,500`, `increasing 1.4 per cent year-on-year to`, `up $1.23 today to $51.01`).
    const whenAside = reachedAfter.length > 0 && reachedAfter.length <= 6 && reachedAfter.every((word) => WHEN_ASIDE_WORDS.has(word));
    const rightAfterMove = reachedAfter.length === 0 || whenAside || (reachedAfter.length === 1 && MOVE_COMPARATIVES.has(reachedAfter[0]!));
    if (tokens[qualifierStart - 1]?.lower === 'to' && (tokens[qualifierStart - 2]?.text === ',' || rightAfterMove) && previousChange && (previousChange.role === 'rate' || previousChange.role === 'delta') && previousChange.direction !== 'unknown') {
      out[n] = { role: 'to', direction: previousChange.direction, from: null, to: n, basis: null, nounAfter: false };
    }
  });
  return out;
}

export interface PerInfo {
  value: number;
  unit: string;
  text: string;
}

const PER_TIME_UNITS = new Set(['year', 'month', 'quarter', 'week', 'day', 'hour', 'minute', 'night', 'person', 'head', 'household', 'resident', 'student', 'visit', 'ride', 'trip', 'unit', 'acre', 'gallon', 'ton', 'mile']);

const NOT_PER_AFTER = new Set(['before', 'earlier', 'ago', 'later', 'prior', 'after', 'previously']);
/** `a year before it reaches the river` is still a rate: these words may open a clause. */
const CLAUSE_OPENERS = new Set(['before', 'after']);

/** A physical measure written as a word at token k (`ounce`, `barrel`, `kWh`): a price may be per one of it. */
function measureUnitAt(tokens: EnglishToken[], k: number): boolean {
  const token = tokens[k];
  const form = token ? longestForm(tokens, k, UNIT_FORMS, token.gap === '') : null;
  return form !== null && form.rule.kind === 'measure' && form.last === k;
}

/** `$1,200 a month`, `per 100,000 residents`, `per capita`, `annually`, `$0.89 per $100`. */
export function perOf(text: string, span: EnglishSpan, tokens: EnglishToken[], denominator: EnglishSpan | null): PerInfo | null {
  // `300,000 bpd`: a symbol that carries its denominator.
  if (span.unit?.per && !span.currency) return { value: 1, unit: span.unit.per, text: tokens[span.lastToken]!.text };
  // `45 g/km`: the unit after the slash, inside the span.
  const slash = tokens[span.lastToken - 1];
  if (span.unit && !span.unit.unit.includes('/') && slash?.text === '/' && slash.gap === '' && tokens[span.lastToken]!.gap === '') {
    const unit = tokens[span.lastToken]!;
    return { value: 1, unit: unit.text, text: text.slice(slash.start, unit.end) };
  }
  // `258 gigabytes (GB) per month`: the unit restated in brackets stands between.
  let readTo = span.readTo;
  if (tokens[readTo + 1]?.text === '(' && tokens[readTo + 2]?.kind === 'word' && tokens[readTo + 3]?.text === ')') readTo += 3;
  if (readTo !== span.readTo) span = { ...span, readTo };
  const first = tokens[span.readTo + 1];
  // `$2,000/month`, `$4/gallon`: a denominator glued after a slash.
  const glued = tokens[span.readTo + 2];
  if (first?.text === '/' && first.gap === '' && glued?.kind === 'word' && glued.gap === '' && !span.unit && (PER_TIME_UNITS.has(glued.lower) || measureUnitAt(tokens, span.readTo + 2))) {
    return { value: 1, unit: glued.lower, text: text.slice(first.start, glued.end) };
  }
  if (!first || !isSpaceGap(first.gap)) return null;
  if (first.lower === 'annually') return { value: 1, unit: 'year', text: first.text };
  // `£1,500 pcm`, `Rs 50,000 p.m.`, `5% p.a.`: the trade's abbreviations of a month and a year.
  const abbreviation = span.currency ? text.slice(first.start, first.start + 6).match(/^(?:pcm|p\.\s?m\.|p\.\s?a\.|pa)(?!\w)/i) : null;
  if (abbreviation) return { value: 1, unit: /a/i.test(abbreviation[0]) ? 'year' : 'month', text: abbreviation[0] };
  if (denominator) {
    if (!(denominator.low.value > 0)) return null;
    const unit = denominator.currency?.unit ?? denominator.unit?.unit ?? denominator.counted?.text.toLowerCase() ?? denominator.percent?.unit ?? 'unit';
    return { value: denominator.low.value, unit, text: text.slice(first.start, denominator.end) };
  }
  if (first.lower !== 'per' && first.lower !== 'a' && first.lower !== 'an' && first.lower !== 'each') return null;
  let k = span.readTo + 2;
  let value = 1;
  const numberToken = tokens[k];
  if (first.lower === 'per' && numberToken?.kind === 'number') {
    value = digitValue(numberToken);
    if (!(value > 0)) return null;
    k++;
  }
  const unitToken = tokens[k];
  if (!unitToken || unitToken.kind !== 'word' || !isSpaceGap(unitToken.gap)) return null;
  const symbol = /^[a-z]+$/.test(unitToken.text) ? null : longestForm(tokens, k, UNIT_FORMS, false);
  const unit = unitToken.lower === 'capita' ? 'person' : unitToken.lower === 'annum' ? 'year' : symbol?.rule.kind === 'measure' ? symbol.rule.unit : unitToken.lower;
  if (first.lower !== 'per' && !PER_TIME_UNITS.has(unit) && !(span.currency && measureUnitAt(tokens, k))) return null;
  // `15.0 a year before`, `a month earlier`: the time of a comparison, not a rate.
  const following = tokens[k + 1];
  const comparison = following !== undefined && NOT_PER_AFTER.has(following.lower) && (CLAUSE_OPENERS.has(following.lower) ? tokens[k + 2]?.kind !== 'word' : true);
  if (first.lower !== 'per' && comparison) return null;
  if (first.lower === 'per' && !/^[a-z]+$/.test(unitToken.text) && !measureUnitAt(tokens, k)) return null;
  return { value, unit, text: text.slice(first.start, unitToken.end) };
}

/** `hourly`, `weekly` …: the denominator a rate adjective names. */
const RATE_ADJECTIVES = new Map([['hourly', 'hour'], ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['quarterly', 'quarter'], ['annual', 'year'], ['yearly', 'year'], ['annualised', 'year'], ['annualized', 'year']]);
/**
 * Nouns of pay, price and flow that a rate adjective makes a rate: `median weekly earnings`, `average
 * annual payout`. `pay` is left out: the in-repo gold gives `Median monthly pay … was £2,214` no
 * `per` while the dev gold gives `Median weekly earnings were $790` per week (a conflict for the lead).
 */
const RATE_NOUNS = new Set(['earnings', 'wages', 'wage', 'salary', 'salaries', 'income', 'incomes', 'rent', 'rents', 'payout', 'payouts', 'payment', 'payments', 'average', 'cost', 'costs', 'fee', 'fees', 'premium', 'premiums', 'allowance', 'allowances', 'benefit', 'benefits', 'production', 'output', 'consumption', 'downloads', 'usage', 'bill', 'bills', 'compensation', 'stipend']);

/**
 * `Median weekly earnings … were $790`, `at an annual average of $11.6 million`, `Daily production
 * … compared to 31.864 million`: money or a measure given for a pay or flow named with a rate
 * adjective earlier in its clause is per that unit (the text writes the `per` once, in the adjective).
 */
export function ratePerOf(span: EnglishSpan, tokens: EnglishToken[], kind: ClaimKind): PerInfo | null {
  if (kind !== 'money' && kind !== 'measure' && kind !== 'number') return null;
  if (span.unit && DURATIONS.has(span.unit.unit)) return null;
  for (let k = span.firstToken - 1; k >= Math.max(0, span.firstToken - 30); k--) {
    const token = tokens[k]!;
    if (token.text === ';' || token.text === ':') return null;
    const unit = RATE_ADJECTIVES.get(token.lower);
    if (!unit) continue;
    const noun = [tokens[k + 1], tokens[k + 2]].find((t) => t !== undefined && RATE_NOUNS.has(t.lower));
    if (noun && noun.start < tokens[span.firstToken]!.start) return { value: 1, unit, text: token.text };
  }
  return null;
}

const ONE_WORDS = new Set(['a', 'an', 'one', 'each', 'per']);
const PRICE_NOUNS = new Set(['price', 'prices', 'cost', 'costs']);

/**
 * `A gallon of petrol now sells at 34,850 cedis`, `the price of a 14.5 kilogram cylinder of gas is …`: a
 * price whose clause opens with one measure of a good is per that measure (the text writes the
 * `per` before the amount). The measure keeps its word, as `$4 a gallon` does.
 */
export function measurePerBefore(text: string, span: EnglishSpan, tokens: EnglishToken[], kind: ClaimKind): PerInfo | null {
  const found = kind === 'money' ? measureOfBefore(tokens, span) : null;
  return found && { value: found.value, unit: tokens[found.unit]!.lower, text: text.slice(tokens[found.amount]!.start, tokens[found.unit]!.end) };
}

/** Where a price's measure before it is written (see measurePerBefore): its amount, unit and `of` tokens. */
export function measureOfBefore(tokens: EnglishToken[], span: EnglishSpan): { value: number; amount: number; unit: number; of: number } | null {
  for (let k = span.firstToken - 1; k >= Math.max(2, span.firstToken - 12); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && /^[,;:()]$/.test(token.text)) return null;
    if (token.lower !== 'of') continue;
    // The measure may name its container after it (`a 14.5 kilogram cylinder of`).
    const unitAt = measureUnitAt(tokens, k - 1) ? k - 1 : measureUnitAt(tokens, k - 2) && tokens[k - 1]!.kind === 'word' ? k - 2 : -1;
    if (unitAt < 1) return null;
    const amount = tokens[unitAt - 1]!;
    const value = ONE_WORDS.has(amount.lower) ? 1 : amount.kind === 'number' ? digitValue(amount) : NaN;
    if (!(value > 0)) return null;
    // The measure opens its clause (`A gallon of`, `while a litre of`) or names what a price is of (`The price of a gallon of`).
    const article = amount.kind === 'number' && ['a', 'an'].includes(tokens[unitAt - 2]?.lower ?? '') ? 1 : 0;
    const opener = tokens[unitAt - 2 - article];
    const priceOf = opener?.lower === 'of' && PRICE_NOUNS.has(tokens[unitAt - 3 - article]?.lower ?? '');
    if (opener && !priceOf && !(opener.kind === 'symbol' || ['and', 'while', 'whilst', 'whereas', 'but', 'now', 'today'].includes(opener.lower))) return null;
    return { value, amount: unitAt - 1, unit: unitAt, of: k };
  }
  return null;
}

/** Words before a bare number that make it the rest of a count: `the remaining 2,220`, `another 500`. */
const REMAINDER_WORDS = new Set(['remaining', 'another', 'further', 'additional']);
/** Words that open the period of a comparison's base after it: `compared to 333 last year`, `with 1,235 from 2023-24 Q2`, `compared to 107 for the same month`. */
const BASE_PERIOD_AFTER = new Set(['last', 'from', 'during', 'a', 'the', 'this', 'earlier', 'previously', 'for', 'over']);
/** A base named by its period's possessive: `compared to last year's 612`, `from the previous year's 88`. */
/** The words that set a base against a figure: `compared to`, `in comparison with`, `versus`, `vs`, `against`. */
const SET_AGAINST = '(?:compared (?:to|with)|in comparison (?:to|with)|versus|vs|against)';
/** A base set against a count just before it: `347 robberies, compared to 333`. */
const COMPARED_BEFORE = new RegExp(`\\b${SET_AGAINST}$`);
const POSSESSIVE_BASE = new RegExp(`\\b(?:${SET_AGAINST}|vs\\.|from|than)\\s+(?:last year|the previous year|the prior year|a year earlier|the same period last year|\\d{4})[’']s\\s*$`, 'i');
/** Words before the level an index reaches: `to 7024`, `closed at`, `to reach`. */
const LEVEL_WORDS = new Set(['to', 'at', 'reach', 'reached', 'reaching', 'hit', 'touched']);
/** Prepositions and verbs a gapped clause repeats: `the north district accounted for 1,200 students and the south district for 900`, `Cork had 43 patients on trolleys, while Tallaght had 41`. */
const GAPPING_WORDS = new Set(['for', 'to', 'at', 'with', ...GAPPED_COUNT_VERBS]);

const AGAINST_WORDS = new Set(['against', 'versus', 'vs', 'per']);
/** Names the markets give currencies beside the catalogue's words (`the pound`, `the greenback`), read only in a quote against another. */
const MARKET_NAMES = new Map([['pound', 'GBP'], ['pounds', 'GBP'], ['greenback', 'USD'], ['loonie', 'CAD'], ['aussie', 'AUD']]);
/** Currencies from the strongest down: a quote is written in the weaker one, per one of the stronger (the pound at 1.32 dollars, the ringgit at 5.52 per pound). */
const QUOTE_ORDER = ['KWD', 'BHD', 'OMR', 'JOD', 'GBP', 'EUR', 'CHF', 'USD', 'CAD', 'AUD', 'SGD', 'NZD', 'BND'];
const strength = (unit: string) => (QUOTE_ORDER.includes(unit) ? QUOTE_ORDER.length - QUOTE_ORDER.indexOf(unit) : 0);

/**
 * The currency a sentence quotes a rate in, when it speaks of one currency against another (`the
 * ringgit rose against the pound`): the weaker of the first currency it names and the one after
 * `against` or `per` (the first named when neither is a major one). Null otherwise.
 */
function quotedCurrency(tokens: EnglishToken[]): string | null {
  let quoted: string | null = null;
  let against: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    const form = longestForm(tokens, k, CURRENCY_WORD_FORMS, false);
    const unit = form && !form.rule.wordFactor ? form.rule.unit : MARKET_NAMES.get(tokens[k]!.lower);
    if (!unit) continue;
    const opposed = tokens.slice(Math.max(0, k - 3), k).some((token) => AGAINST_WORDS.has(token.lower));
    if (opposed) against ??= unit;
    else quoted ??= unit;
    if (form) k = form.last;
  }
  if (!quoted || !against || quoted === against) return null;
  return strength(against) > strength(quoted) || strength(against) === 0 ? quoted : against;
}

/**
 * A bare number that continues a count takes that count's unit (guidelines §1, bare quantity:
 * it shares the unit of its pair): the other end of `from 4,512 to 5,130`, a change after a
 * count (`an increase of 6,900`, `11,000 more than a year earlier`, `187 of them`), or the
 * number of a noun named as the subject (`the number of vacancies fell to 14,200`).
 */
export function inheritCounts(text: string, spans: EnglishSpan[], values: ResolvedValue[], changes: (ChangeInfo | null)[], tokens: EnglishToken[], earlierCounts: { kind: ClaimKind; unit: string | null }[], isPluralNoun: (token: EnglishToken) => boolean = () => false): (number | null)[] {
  /** For each span, the span of the sentence whose count it continues (`an increase of 310` after `12,400 students`). */
  const sources: (number | null)[] = spans.map(() => null);
  // The currency the sentence quotes rates in: read once, when its first quote asks.
  let quoted: string | null | undefined;
  spans.forEach((span, n) => {
    const value = values[n]!;
    if (value.kind !== 'number' || value.unit !== null || span.low.fraction) return;
    const change = changes[n];
    const adopt = (source: { kind: ClaimKind; unit: string | null }) => {
      values[n] = { ...value, kind: source.kind, unit: source.unit, unitText: null };
    };
    // `the rate recorded in December 2019 (0.85) per cent`: a percent whose sign was written after its brackets.
    if (tokens[span.firstToken - 1]?.text === '(' && tokens[span.readTo + 1]?.text === ')' && (tokens[span.readTo + 2]?.lower === 'percent' || (tokens[span.readTo + 2]?.lower === 'per' && tokens[span.readTo + 3]?.lower === 'cent'))) {
      values[n] = { ...value, kind: 'percent', unit: '%', unitText: null };
      return;
    }
    const partner = change && (change.role === 'from' || change.role === 'to') ? (change.role === 'from' ? change.to : change.from) : null;
    if (partner !== null && partner !== n && (values[partner]?.kind === 'count' || values[partner]?.kind === 'measure')) return adopt(values[partner]!);
    const next = tokens[span.readTo + 1]?.lower;
    const afterNext = tokens[span.readTo + 2]?.lower;
    const after = tokens[span.readTo + 1];
    const standsAlone = !after || after.kind === 'symbol' || next === 'in';
    const qualifierStart = qualifierOf(span, tokens).firstToken;
    const before = tokens[qualifierStart - 1]?.lower ?? '';
    // `the south district for 900`: the count earlier in the sentence after the same preposition.
    const beforeWords = tokens.slice(Math.max(0, qualifierStart - 3), qualifierStart).map((t) => t.lower).join(' ');
    // `29.86 million barrels ..., compared to 31.864 million`: the base of a comparison is in the unit compared.
    // `347 robberies, compared to 333 last year`, `86 cases from last year's 88`: so is a base dated after it or by a possessive.
    const basePeriodAfter = next !== undefined && BASE_PERIOD_AFTER.has(next);
    const possessiveBase = POSSESSIVE_BASE.test(text.slice(tokens[0]!.start, tokens[qualifierStart]!.start));
    const comparedBefore = COMPARED_BEFORE.test(beforeWords);
    if (comparedBefore && standsAlone) {
      const compared = values.slice(0, n).findLastIndex((other) => other.kind === 'count' || other.kind === 'measure');
      if (compared >= 0) return adopt(values[compared]!);
    }
    // ... only from the figure right before it: `stands at 932 compared to last year's 1,102` stays bare.
    if ((comparedBefore && basePeriodAfter) || possessiveBase) {
      if (n > 0 && (values[n - 1]!.kind === 'count' || values[n - 1]!.kind === 'measure')) return adopt(values[n - 1]!);
    }
    // `300,000 customers in Massachusetts and 400,000 in Maine`: the noun is left out of the second item.
    if (before === 'and' && next === 'in' && n > 0 && values[n - 1]!.kind === 'count') return adopt(values[n - 1]!);
    // `bonuses of $15.2 million, $15.2 million, 9.7 million, 7.2 million and $7.2 million`: a scaled
    // number listed after an amount of money leaves its currency to be read from that amount.
    const previousSpan = spans[n - 1];
    if (n > 0 && values[n - 1]!.kind === 'money' && span.low.scale && previousSpan && tokens.slice(previousSpan.readTo + 1, span.firstToken).every((t) => t.text === ',' || t.lower === 'and') && span.firstToken > previousSpan.readTo + 1) {
      values[n] = { ...value, kind: 'money', unit: values[n - 1]!.unit, unitText: null };
      return;
    }
    // `The yen fell to 110 per dollar`, `the rupee hit 74.5 against the dollar`: an exchange rate is
    // an amount of the currency the clause names, per the other.
    if ((next === 'per' || next === 'against' || (next === 'to' && afterNext === 'the')) && !span.low.scale) {
      const other = longestForm(tokens, next === 'per' ? span.readTo + 2 : span.readTo + 3, CURRENCY_WORD_FORMS, false);
      if (other) {
        for (let k = span.firstToken - 1; k >= Math.max(0, span.firstToken - 12); k--) {
          if (tokens[k]!.kind === 'symbol' && /^[;:]$/.test(tokens[k]!.text)) break;
          const named = tokens[k]!.kind === 'word' && isSpaceGap(tokens[k]!.gap) ? longestForm(tokens, k, CURRENCY_WORD_FORMS, false) : null;
          if (named && named.rule.unit !== other.rule.unit && !named.rule.wordFactor) {
            values[n] = { ...value, kind: 'money', unit: named.rule.unit, unitText: null };
            return;
          }
        }
      }
    }
    // `The ringgit rose against the pound to 5.5205 from a close of 5.6994`: a quote with decimals in a
    // sentence about one currency against another is an amount of the currency it is about.
    if (!span.low.scale && /^\d+\.\d{2,}$/.test(text.slice(span.start, span.end))) {
      if (quoted === undefined) quoted = quotedCurrency(tokens);
      if (quoted) {
        values[n] = { ...value, kind: 'money', unit: quoted, unitText: null };
        return;
      }
    }
    // `a population of 20,000 or less`: people.
    if (/\bpopulations? of$/.test(beforeWords)) {
      values[n] = { ...value, kind: 'count', unit: 'people', unitText: null };
      return;
    }
    // `rose 427.28 points, or 1.02%, to finish the day at 42,221.88`, `a record of 7129.8`: the level an
    // index reaches after moving by points is in points too.
    // `widened by 12 basis points to 245`: the level a spread reaches after a move in basis points is in basis points.
    const basisMove = values.slice(0, n).some((other) => other.kind === 'percent' && other.unit === 'bp');
    if (basisMove && LEVEL_WORDS.has(before) && !span.low.scale) {
      values[n] = { ...value, kind: 'percent', unit: 'bp', unitText: null };
      return;
    }
    const pointsMove = values.slice(0, n).some((other) => other.kind === 'count' && other.unit === 'points');
    if (pointsMove && (LEVEL_WORDS.has(before) || /\b(?:record|high|low|level) of$/.test(beforeWords))) {
      values[n] = { ...value, kind: 'count', unit: 'points', unitText: null };
      return;
    }
    const gapped = GAPPING_WORDS.has(before) && standsAlone ? spans.findIndex((other, m) => m < n && values[m]!.kind === 'count' && tokens[qualifierOf(other, tokens).firstToken - 1]?.lower === before) : -1;
    if (gapped >= 0) return adopt(values[gapped]!);
    // `most of the branches, 30 in all`: the count of the plural noun named before it.
    if ((next === 'in' && (afterNext === 'all' || afterNext === 'total')) || next === 'altogether') {
      for (let k = span.firstToken - 1; k >= 0; k--) {
        const token = tokens[k]!;
        if (token.kind === 'symbol' && /^[;:]$/.test(token.text)) break;
        if (isPluralNoun(token) && !spans.some((other) => token.start >= other.start && token.end <= other.end)) {
          values[n] = { ...value, kind: 'count', unit: token.lower, unitText: null };
          return;
        }
      }
    }
    // `won 8 of its last 10 games`, `38 of Toronto’s 52 games`: a part of the count that follows.
    const whole = spans[n + 1];
    if (next === 'of' && whole && values[n + 1]!.kind === 'count' && whole.firstToken - span.readTo <= 6 && tokens.slice(span.readTo + 2, whole.firstToken).every((t) => t.kind === 'word' || ["'", '’'].includes(t.text))) return adopt(values[n + 1]!);
    // `9,400 houses were damaged, of which 7,120 are partially damaged`: a part of the count before.
    const partOf = /\b(?:of (?:which|whom|these|them)|among (?:them|these|which|whom))$/.test(beforeWords);
    const continues = (change !== null && change.role !== 'rate') || next === 'more' || next === 'fewer' || (next === 'less' && afterNext === 'than') || (next === 'of' && (afterNext === 'them' || afterNext === 'whom' || afterNext === 'those')) || (REMAINDER_WORDS.has(before) && standsAlone) || partOf;
    const sentenceStart = tokens[0]!.start;
    const numberOf = /\bnumber\s+of\s+(people|children|[a-z]+s)\b/.exec(text.slice(sentenceStart, span.start));
    if (numberOf && !continues) {
      values[n] = { ...value, kind: 'count', unit: numberOf[1]!, unitText: null };
      return;
    }
    if (!continues) return;
    for (let m = n - 1; m >= 0; m--) {
      if (values[m]!.kind !== 'count') continue;
      // A delta or a comparison measures the same thing as its count; the end of a pair (`carried 2.1 million, up from`) may not.
      if (change?.role === 'delta' || next === 'more' || next === 'fewer' || next === 'less' || partOf) sources[n] = m;
      return adopt(values[m]!);
    }
    if (numberOf) {
      values[n] = { ...value, kind: 'count', unit: numberOf[1]!, unitText: null };
      return;
    }
    // A level reached (`to 2,410`) may measure something else than the count of an earlier sentence.
    const earlier = earlierCounts[earlierCounts.length - 1];
    if (earlier && change?.role !== 'to' && change?.role !== 'from') adopt(earlier);
  });
  return sources;
}
