// subject (English): the noun phrase a claim counts or measures (annotation guidelines §3),
// shortest form that still names it. Noun phrases come from compromise's part-of-speech tags
// over the sentence's tokens; which phrase is the subject depends on how the claim is written:
// the counted noun (`1,200 low-income households`), `of` after a measure or a share
// (`12 acres of parkland`, `35% of residents`), `in`/`for` after money (`$2 million for road
// repairs`), else the subject of the clause (`the unemployment rate fell to 3.5%`).
import type { ClaimKind } from '../schema.js';
import { changePairVerbs, changeWords } from '../../rules/en/changes.js';
import { NUMBER_ROW } from '../../rules/en/non-claims.js';
import { BY_OBJECT_VERBS, ELECTION_RESULT_NOUNS, GAME_STATISTIC_NOUNS, HAVING_VERBS, OCCURRENCE_NOUNS, PEOPLE_GROUP_NOUNS, QUANTITY_VERBS, REPORTING_PARTICIPLES, REPORTING_VERBS, TIME_WINDOW_WORDS } from '../../rules/en/subjects.js';
import type { EnglishSpan, WordTags } from './find-spans.js';
import { isSpaceGap as isSpace, type EnglishToken } from './tokens.js';
import type { TimeExpression } from './times.js';
import { SCORE_RULE_ID } from './find-numbers.js';
import { DETERMINERS, glued, NOT_IN_PHRASE, phraseAfter, phraseBefore, type NounPhrase } from './noun-phrases.js';
import { lineAround } from '../lines.js';
import { measureOfBefore } from './structure.js';
export type { NounPhrase } from './noun-phrases.js';

const overlapsTime = (phrase: NounPhrase, times: TimeExpression[]) => times.some((t) => phrase.start < t.end && phrase.end > t.start);
/** Whether a token lies inside one of the spans (sorted by start): binary search, so long lists stay cheap. */
function insideSpan(token: EnglishToken, spans: EnglishSpan[]): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= token.start) low = mid + 1;
    else high = mid - 1;
  }
  const span = spans[high];
  return span !== undefined && token.end <= span.end;
}

/** How far back the clause subject is looked for, in tokens: a subject further away is not this claim's. */
const SUBJECT_WINDOW = 60;
const insideTime = (token: EnglishToken, times: TimeExpression[]) => times.some((t) => token.start >= t.start && token.end <= t.end);

/** Marks that end a segment of a sentence (commas, quotes, the dash after a dateline) and a clause. */
const SEGMENT_BREAK = /^[,;:“"—–]$/;
const CLAUSE_BREAK = /^[;:—–]$/;
/** `TORONTO (AP) - Auston Matthews signed`: a hyphen with space on both sides is a dash. */
const isSpacedHyphen = (tokens: EnglishToken[], k: number) => tokens[k]!.text === '-' && tokens[k]!.gap !== '' && tokens[k + 1] !== undefined && tokens[k + 1]!.gap !== '';
const isSegmentBreak = (tokens: EnglishToken[], k: number) => SEGMENT_BREAK.test(tokens[k]!.text) || isSpacedHyphen(tokens, k);
const isClauseBreak = (tokens: EnglishToken[], k: number) => CLAUSE_BREAK.test(tokens[k]!.text) || isSpacedHyphen(tokens, k);
/** Conjunctions that open a clause with its own subject: `while the economic inactivity rate stood at 21.9%`. */
/** Adverbs that link a sentence to the one before it, written before its subject without a comma. */
const LINKING_ADVERBS = new Set(['however', 'meanwhile', 'overall', 'also', 'still', 'yet', 'moreover', 'furthermore', 'additionally', 'separately', 'elsewhere', 'similarly', 'likewise', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'altogether', 'now', 'then', 'thus', 'hence', 'besides', 'further', 'consequently', 'currently', 'today', 'regionally', 'nationally', 'locally', 'globally', 'meantime']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'when', 'as', 'because', 'although', 'though', 'so']);

/** Words after a duration that make it the time left on a clock: `with 9.7 seconds left`. */
const CLOCK_LEFT_WORDS = new Set(['left', 'remaining']);
/** Words closing an open-ended phrase after `and`/`or`: `grade C+ and above`, `aged 65 or over`. */
const OPEN_END_WORDS = new Set(['above', 'below', 'over', 'under', 'beyond', 'older', 'younger', 'more', 'less']);
/** Prepositions of place before a relative clause's antecedent: `In Otago, which boasted 5% of the herd` breaks a measure down by place. */
const PLACE_OPENERS = new Set(['in', 'at', 'across', 'throughout']);
/** Pronouns opening a relative clause after a comma: `the pound, which jumped`. */
const RELATIVE_OPENERS = new Set(['which', 'who']);
/** Conjunctions that open a clause of their own inside a segment: `as revenue rose 18%`, `when the revenue stood at`. */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'when', 'although', 'though', 'because']);
/** Conjunctions that may join two clauses inside one segment: `Harden scored 39 points and Chris Paul added 24`. */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas']);
/** Change nouns after a number (`a 12% increase`): the change, not what the number describes. */
const CHANGE_NOUNS = new Set(changeWords.flatMap((rule) => rule.nouns));
/** `-ing` words that open a noun phrase as adjectives (`starting salaries`, `operating costs`), not a participial clause. */
const ADJECTIVAL_GERUNDS = new Set(['starting', 'operating', 'remaining', 'existing', 'outstanding', 'recurring', 'working', 'living', 'housing', 'building', 'parking', 'waiting', 'leading', 'growing', 'rising', 'matching', 'spending', 'training', 'funding', 'planning', 'opening', 'closing', 'ending', 'beginning', 'average']);

/** Nouns that only wrap the thing measured: `the number of vacancies`, `a share of residents`. */
const WRAPPERS = new Set(['number', 'amount', 'count', 'share', 'proportion', 'percentage', 'portion', 'total', 'majority']);
/** Nouns that only report a figure for the thing after `for`: `the provisional figure for visitor arrivals`. */
const FIGURE_WRAPPERS = new Set(['figure', 'figures', 'estimate', 'estimates', 'data', 'statistics', 'numbers', 'tally']);
/** Nouns before `of` that name the change or the statistic, not the subject: `an increase of 6,900`. */
// … and the level a figure stands at (`from year-ago level of 22,842 tonnes`, `the previous year's record of 8,014`, `crossed the
// ₹1.5 lakh crore mark`): what reached it is what the clause measures.
const NOT_SUBJECT_BEFORE_OF = new Set(['increase', 'decrease', 'rise', 'drop', 'decline', 'gain', 'loss', 'growth', 'reduction', 'average', 'total', 'sum', 'range', 'figure', 'estimate', 'change', 'cut', 'jump', 'fall', 'minimum', 'maximum', 'value', 'worth', 'tune', 'excess', 'level', 'levels', 'record', 'mark']);
/** Nouns of how fast a change goes, written `at the rate of`, `at a pace of`: no thing measured. */
const MANNER_NOUNS = new Set(['rate', 'pace', 'clip', 'speed']);
/** Words before a change noun that make it a measure of its own: `a net gain of`, `gross growth of`. */
const NET_WORDS = new Set(['net', 'gross']);
/** Words that open a parenthetical or introductory segment rather than a clause with a subject. */
const PARENTHETICAL_START = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'during', 'since', 'after', 'before', 'under', 'over', 'through', 'between', 'of', 'as', 'according', 'excluding', 'including', 'adjusted', 'based', 'compared', 'despite', 'unlike', 'like', 'if', 'once', 'which', 'who', 'where', 'up', 'down', 'plus', 'equal', 'equivalent', 'roughly', 'about', 'nearly', 'an', 'a']);
/** Words allowed between two claims when the second only restates the first: `$742 million, or 62%`, `74.8%, up 0.4 points`. */
const TAIL_WORDS = new Set([',', 'or', 'up', 'down', 'reaching', 'hitting', 'totalling', 'totaling', 'an', 'a', 'of', 'by', 'nearly', 'about', 'almost', 'roughly', 'approximately', 'some', 'more', 'than', 'at', 'least', 'increase', 'decrease', 'rise', 'drop', 'decline', 'gain', 'growth', 'reduction', 'equal', 'equivalent', 'to', 'from', 'and', 'estimated', 'just', 'over', 'under', 'below', 'above', 'another']);

/** Verb tags that show a noun phrase is the subject of a clause of its own: `said [GE Appliances] will invest`. */
const FINITE_VERB_TAGS = ['Modal', 'Auxiliary', 'Copula', 'PastTense', 'PresentTense'];

/** Whether the noun phrase at token k is followed by a verb of its own (or an aside before one), so that it opens a clause, not an object. */
function opensClause(text: string, tokens: EnglishToken[], tags: WordTags, k: number): boolean {
  const phrase = phraseAfter(text, tokens, tags, k, tokens.length, false, true);
  if (!phrase) return false;
  const next = tokens.find((t) => t.start >= phrase.end);
  return next !== undefined && (next.text === ',' || (next.kind === 'word' && FINITE_VERB_TAGS.some((tag) => tags.at(next).has(tag))));
}

/**
 * Stricter than opensClause, for a common noun after a conjunction (`and silver rose`, `as revenue rose`): a noun phrase
 * headed by a noun (no pronoun) whose very next word is a finite verb, not an -ing form or a comma (`and gusts exceeding`,
 * `and acquisitions, were`).
 */
function nounOpensClause(text: string, tokens: EnglishToken[], tags: WordTags, k: number): boolean {
  const phrase = phraseAfter(text, tokens, tags, k, tokens.length, false, true);
  if (!phrase) return false;
  const head = tokens.find((t) => t.end === phrase.end);
  const next = tokens.find((t) => t.start >= phrase.end);
  // (`C+ and above hit 90,377`: `and above` closes the phrase before it.)
  if (!head || !tags.at(head).has('Noun') || ['Pronoun', 'Preposition', 'Adverb'].some((tag) => tags.at(head).has(tag)) || OPEN_END_WORDS.has(head.lower)) return false;
  return next !== undefined && next.kind === 'word' && !/ing$/.test(next.lower) && FINITE_VERB_TAGS.some((tag) => tags.at(next).has(tag));
}

/**
 * A phrase clear of times: `the 2020 construction season`, `Year-to-date sales` — a period opening
 * the phrase is cut off and the rest names the thing; a phrase with a time elsewhere is none.
 */
function pastLeadingTime(text: string, tokens: EnglishToken[], phrase: NounPhrase, times: TimeExpression[]): NounPhrase | null {
  if (!overlapsTime(phrase, times)) return phrase;
  const leading = times.find((t) => t.start <= phrase.start && t.end > phrase.start && t.end < phrase.end);
  const rest = leading ? tokens.find((t) => t.start >= leading.end && t.kind === 'word') : undefined;
  if (!rest || rest.start >= phrase.end || times.some((t) => t !== leading && t.start < phrase.end && t.end > rest.start)) return null;
  return { text: text.slice(rest.start, phrase.end), start: rest.start, end: phrase.end };
}

/**
 * `Adjusted diluted earnings per share came in at`, `Adjusted diluted EPS excluding amortization
 * was`: an -ed word opening the segment before a noun (not a preposition, as in `Adjusted for
 * inflation,`) names the measure when a finite verb follows later in the segment, even where the
 * noun phrase runs on past a preposition or a participle before that verb.
 */
function participleNamesMeasure(tokens: EnglishToken[], tags: WordTags, start: number, end: number): boolean {
  const first = tokens[start];
  const second = tokens[start + 1];
  if (first?.kind !== 'word' || second?.kind !== 'word' || !/ed$/i.test(first.text)) return false;
  if (!(tags.at(first).has('PastTense') || tags.at(first).has('Adjective'))) return false;
  if (!['Noun', 'Adjective', 'PastTense'].some((tag) => tags.at(second).has(tag)) || tags.at(second).has('Preposition') || DETERMINERS.has(second.lower)) return false;
  if (participleVerbFollows(tokens, tags, start + 2, end)) return true;
  // A past-tense verb that no preposition follows is a finite verb too (`Adjusted EPS rose`).
  for (let k = start + 2; k <= end && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'word' && tags.at(token).has('PastTense') && !tags.at(token).has('Noun') && tags.at(tokens[k + 1] ?? token).has('Preposition') === false) return true;
  }
  return false;
}

/** Gerunds that name a measure of their own (`Funding for schools rose`, `Spending on roads was`). */
const NOMINAL_GERUNDS = new Set(['funding', 'spending', 'borrowing', 'lending', 'financing', 'housing', 'staffing']);

/** A word compromise tags as a copula, an auxiliary or a modal: a finite verb, whatever verb follows it. */
const isAuxiliary = (token: EnglishToken, tags: WordTags): boolean => token.kind === 'word' && ['Copula', 'Auxiliary', 'Modal'].some((tag) => tags.at(token).has(tag));

/** Whether a finite verb (copula, auxiliary, modal) stands between token `from` and `end`. */
function participleVerbFollows(tokens: EnglishToken[], tags: WordTags, from: number, end: number): boolean {
  for (let k = from; k <= end && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isAuxiliary(token, tags)) return true;
  }
  return false;
}

/**
 * Whether a clause of its own starts at token k, before `end`: a finite verb or `to` and an infinitive (`expects adjusted
 * earnings per share to be`) comes after its subject, with no claim or mark between, past prepositions and times (`the annual
 * pace of housing starts rose`, `inflation in the second half of the year is projected`).
 */
function reportedClauseFollows(tokens: EnglishToken[], tags: WordTags, k: number, end: number, spans: EnglishSpan[], times: TimeExpression[]): boolean {
  for (let j = k + 1; j <= end && j < tokens.length && j <= k + 14; j++) {
    const token = tokens[j]!;
    // `inflation in the National Capital Region (NCR) decelerated`: a short bracket naming what comes before it.
    if (token.text === '(') {
      const close = tokens.findIndex((t, m) => m > j && m <= j + 4 && t.text === ')');
      if (close > j && tokens.slice(j + 1, close).every((t) => t.kind === 'word')) {
        j = close;
        continue;
      }
    }
    if (insideSpan(token, spans) || (token.kind === 'symbol' && !['’', "'", '-', '.', '&'].includes(token.text))) return false;
    if (token.kind !== 'word' || insideTime(token, times)) continue;
    if (token.lower === 'to' && tokens[j + 1] !== undefined && tags.at(tokens[j + 1]!).has('Infinitive')) return true;
    if (isAuxiliary(token, tags) || (QUANTITY_VERBS.has(token.lower) && !tags.at(tokens[j - 1]!).has('Determiner'))) return true;
  }
  return false;
}

/** `said 55 were missing`, `said over 8,500 hectares (21,000 acres) of crops had been destroyed`: the claim at token k is the subject of a verb of its own. */
function claimOpensClause(tokens: EnglishToken[], tags: WordTags, k: number, spans: EnglishSpan[]): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 12; j++) {
    const token = tokens[j]!;
    if (token.kind === 'symbol' && /^[,;:“"—–]$/.test(token.text)) return false;
    if (isAuxiliary(token, tags) && !insideSpan(token, spans)) return true;
  }
  return false;
}

/** What a change is in: the phrase after `in` at token `inAt`, up to token `end`, clear of times (`Growth in data services`). */
function changedThing(text: string, tokens: EnglishToken[], tags: WordTags, inAt: number, end: number, times: TimeExpression[]): NounPhrase | null {
  const inner = phraseAfter(text, tokens, tags, inAt + 1, end + 1, true);
  return inner && pastLeadingTime(text, tokens, inner, times);
}

/** The first noun phrase of the clause holding token `from`, skipping parenthetical segments. */
function clauseSubject(text: string, tokens: EnglishToken[], tags: WordTags, from: number, spans: EnglishSpan[], times: TimeExpression[]): NounPhrase | null {
  // Segments of the sentence before the claim, split at commas and clause marks.
  const floor = Math.max(0, from - SUBJECT_WINDOW);
  let end = from;
  while (end >= floor) {
    let start = end;
    while (start > floor && !isSegmentBreak(tokens, start - 1)) start--;
    if (start > 0 && isClauseBreak(tokens, start - 1) && start > end) return null;
    let first = tokens[start];
    if (first && CONJUNCTIONS.has(first.lower) && start < end) {
      start++;
      first = tokens[start];
    }
    // `However the number of burglaries has risen`, `Meanwhile the jobless rate rose`: a linking adverb opens the sentence before its subject.
    if (first && start === 0 && LINKING_ADVERBS.has(first.lower) && start < end && tokens[start + 1]?.kind === 'word') {
      start++;
      first = tokens[start];
    }
    // `Gov. Beshear announced that GE Appliances will invest $450 million`: the clause after a verb's `that` has its own subject.
    // So does one right after the verb without `that` (`Gov. Beshear said GE Appliances will invest`), when it opens with a noun phrase, not the claim.
    // `the annual pace of housing starts rose`, `inflation in the second half is projected`, `expects earnings per share to be`:
    // the reported clause's subject may run on past prepositions before its verb. And `said 55 were missing`: a clause opening
    // with the claim is the claim's own, so the reporter is never the subject (reporterAt).
    let reporterAt = -1;
    for (let k = end; k > start; k--) {
      const reported = tokens[k]!.lower === 'that' && (REPORTING_VERBS.has(tokens[k - 1]!.lower) || REPORTING_PARTICIPLES.has(tokens[k - 1]!.lower));
      const reportingVerb = REPORTING_VERBS.has(tokens[k]!.lower) && tags.at(tokens[k]!).has('Verb') && tokens[k + 1] !== undefined && !insideTime(tokens[k + 1]!, times);
      const bare = reportingVerb && k < end && tokens[k + 1]!.kind === 'word' && !insideSpan(tokens[k + 1]!, spans) && (opensClause(text, tokens, tags, k + 1) || reportedClauseFollows(tokens, tags, k + 1, end, spans, times));
      if (reported || bare) {
        start = k + 1;
        first = tokens[start];
        reporterAt = k;
        break;
      }
      // (The claim itself is not among `spans`: it lies after `from`, past its qualifier.)
      const claimNext = k + 1 > from || insideSpan(tokens[k + 1]!, spans) || (k + 1 === from && QUALIFIER_LIKE.has(tokens[k + 1]!.lower)) || OPEN_END_WORDS.has(tokens[k + 1]!.lower);
      if (reportingVerb && claimNext && claimOpensClause(tokens, tags, k + 1, spans)) {
        start = k + 1;
        first = tokens[start];
        reporterAt = k;
        break;
      }
    }
    // `Twitter earned 37 cents a share as revenue rose 18%`, `… in 2022 when the revenue stood at $6.2 billion`: a clause
    // opened inside the segment by a subordinating conjunction, with a noun (not a pronoun) for its subject and a verb of its own.
    for (let k = end - 1; k > start; k--) {
      const noun = DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 2] : tokens[k + 1];
      if (SUBORDINATORS.has(tokens[k]!.lower) && noun?.kind === 'word' && !insideSpan(noun, spans) && !insideTime(noun, times) && nounOpensClause(text, tokens, tags, k + 1)) {
        start = k + 1;
        first = tokens[start];
        break;
      }
    }
    // `Westbrook had 29 points … and George added 27 points`: a clause after `and` with a subject and verb of its own.
    for (let k = end - 1; k > start; k--) {
      const next = tokens[k + 1];
      // `and the Oklahoma City Thunder rallied`: a name after `the` too.
      const name = next?.lower === 'the' ? tokens[k + 2] : next;
      // … and a common noun (`and silver rose by 0.62%`, `and operating income was up 15%`), not a pronoun.
      const nameOrNoun = name?.kind === 'word' && (/^[A-Z]/.test(name.text) ? opensClause(text, tokens, tags, k + 1) : nounOpensClause(text, tokens, tags, k + 1));
      if (CLAUSE_JOINS.has(tokens[k]!.lower) && next?.kind === 'word' && name?.kind === 'word' && !insideSpan(name, spans) && !insideTime(name, times) && !DETERMINERS.has(name.lower) && nameOrNoun) {
        start = k + 1;
        first = tokens[start];
        break;
      }
    }
    const opensWithClaim = first !== undefined && insideSpan(first, spans);
    // `Starting salaries rose`, `Nursing vacancies had fallen`, `Manufacturing sector increased`: an -ing word before a noun that a verb follows.
    const second = tokens[start + 1];
    const third = tokens[start + 2];
    // `Funding for those with complex needs is rising`: a gerund naming a measure before its preposition, when a verb follows.
    const nominalGerund = first !== undefined && NOMINAL_GERUNDS.has(first.lower) && ['for', 'on', 'in', 'of'].includes(second?.lower ?? '') && participleVerbFollows(tokens, tags, start + 2, end);
    const adjectivalGerund =
      nominalGerund ||
      (first !== undefined &&
      second?.kind === 'word' &&
      tags.at(second).has('Noun') &&
      (ADJECTIVAL_GERUNDS.has(first.lower) || (third?.kind === 'word' && (tags.at(second).has('Plural') || /^[A-Z]/.test(first.text)) && ['Auxiliary', 'PastTense', 'Copula', 'Modal'].some((tag) => tags.at(third).has(tag)))));
    // `Reported net income was`, `adjusted operating income was`: a participle opening the clause before a noun phrase that its verb follows.
    // … and `Net profit up 49.1%`, `Net premium income rose`, where compromise reads `Net` as a verb.
    const participleAdjective =
      first !== undefined &&
      second?.kind === 'word' &&
      ((tags.at(first).has('PastTense') && ['Noun', 'Adjective', 'Gerund'].some((tag) => tags.at(second).has(tag)) && opensClause(text, tokens, tags, start)) || participleNamesMeasure(tokens, tags, start, end) || (NET_WORDS.has(first.lower) && ['Noun', 'Adjective'].some((tag) => tags.at(second).has(tag))));
    // A period opening the segment is an adverb (`Last year, …`) unless a noun follows it (`Year-to-date sales rose`).
    const timeAtStart = first !== undefined && insideTime(first, times) ? times.find((t) => first!.start >= t.start && first!.end <= t.end) : undefined;
    let afterTime = timeAtStart ? tokens.findIndex((t) => t.start >= timeAtStart.end) : -1;
    // `Last year’s budget was`: a period owning the noun after it.
    if (afterTime >= 0 && ['’', "'"].includes(tokens[afterTime]!.text) && tokens[afterTime + 1]?.lower === 's') afterTime += 2;
    const afterTimeToken = afterTime >= 0 ? tokens[afterTime] : undefined;
    const timeModifiesNoun = afterTimeToken !== undefined && afterTimeToken.kind === 'word' && /^\s+$/u.test(afterTimeToken.gap) && tags.at(afterTimeToken).has('Noun') && !tags.at(afterTimeToken).has('Pronoun') && !DETERMINERS.has(afterTimeToken.lower);
    // `the pound, which jumped more than 1%`: a relative clause set off by a comma is of the noun phrase before the comma.
    // (`, which is $6 billion more` restates a figure, and a place breaks down what the sentence measures: neither.)
    const relativeVerb = tokens[start + 1];
    if (first && RELATIVE_OPENERS.has(first.lower) && start > 1 && tokens[start - 1]!.text === ',' && relativeVerb?.kind === 'word' && tags.at(relativeVerb).has('Verb') && !['Copula', 'Auxiliary'].some((tag) => tags.at(relativeVerb).has(tag))) {
      const antecedent = phraseBefore(text, tokens, tags, start - 2, Math.max(0, start - 12));
      const head = tokens[start - 2]!;
      const before = tokens.findIndex((t) => t.start === antecedent?.start) - 1;
      if (antecedent && !overlapsTime(antecedent, times) && !insideSpan(head, spans) && !tags.at(head).has('Place') && !PLACE_OPENERS.has(tokens[before]?.lower ?? '')) return antecedent;
    }
    const parenthetical = !first || (PARENTHETICAL_START.has(first.lower) && !participleAdjective) || (insideTime(first, times) && !timeModifiesNoun) || (first.kind === 'word' && !adjectivalGerund && !participleAdjective && (tags.at(first).has('Gerund') || (tags.at(first).has('PastTense') && !tags.at(first).has('Noun'))));
    if (nominalGerund && first) {
      const inner = phraseAfter(text, tokens, tags, start + 2, end + 1, true);
      const last = inner && !overlapsTime(inner, times) ? inner.end : first.end;
      return { text: text.slice(first.start, last), start: first.start, end: last };
    }
    // `Growth in data services slowed`: a change opening the clause (compromise may read it as a verb) measures what it is in.
    const changedAtStart = !parenthetical && !opensWithClaim && first && CHANGE_NOUNS.has(first.lower) && tokens[start + 1]?.lower === 'in' ? changedThing(text, tokens, tags, start + 1, end, times) : null;
    if (changedAtStart) return changedAtStart;
    if (!parenthetical && !opensWithClaim) {
      for (let k = start; k <= end; k++) {
        const token = tokens[k]!;
        if (insideSpan(token, spans) || insideTime(token, times)) continue;
        // `Last year’s budget`: the possessive ending of a period is no verb (`’s` is not `is` here).
        if (k === afterTime - 1 && token.lower === 's' && timeModifiesNoun) continue;
        if (token.kind === 'word' && (tags.at(token).has('Verb') && !tags.at(token).has('Noun') && !tags.at(token).has('Adjective')) && !DETERMINERS.has(token.lower) && !(k === start && (adjectivalGerund || participleAdjective))) break;
        const phrase = phraseAfter(text, tokens, tags, k, end + 1, false, k === start && participleAdjective);
        const phraseLast = phrase ? tokens.findIndex((t) => t.end === phrase.end) : -1;
        // `The voter-approved 1 percent hotel tax raised`: the phrase runs on past a claim written as an adjective.
        const adjective = phrase ? spans.find((other) => other.firstToken === phraseLast + 1) : undefined;
        if (adjective) {
          const rest = phraseAfter(text, tokens, tags, adjective.readTo + 1, end + 1);
          if (rest && !overlapsTime(rest, times)) return rest;
        }
        // `The largest playground, at Lincoln Park, covers 14,500 square feet`: a word right before the claim is its verb.
        if (phrase && phraseLast === from && phrase.start === tokens[phraseLast]!.start) break;
        const clear = phrase && pastLeadingTime(text, tokens, phrase, times);
        if (phrase && clear) {
          // `the number of vacancies` → `vacancies`.
          const last = tokens.findIndex((t) => t.end === phrase.end);
          // `the provisional figure for visitor arrivals` → `visitor arrivals`; `the revised estimate of online retail sales` too.
          if (FIGURE_WRAPPERS.has(tokens[last]!.lower) && ['for', 'of'].includes(tokens[last + 1]?.lower ?? '')) {
            const inner = phraseAfter(text, tokens, tags, last + 2, end + 1, true);
            const clearInner = inner && pastLeadingTime(text, tokens, inner, times);
            if (clearInner) return clearInner;
          }
          if ((WRAPPERS.has(tokens[last]!.lower) || OCCURRENCE_NOUNS.has(tokens[last]!.lower)) && tokens[last + 1]?.lower === 'of') {
            const inner = phraseAfter(text, tokens, tags, last + 2, end + 1);
            if (inner) return inner;
          }
          // `Growth in data services slowed`, `The rise in rents was 4.2%`: a change measures what it is in (guidelines §3, not `增幅`).
          // (Only a change named alone: `Sales growth in Asia` is the growth of sales in Asia.)
          const changeAlone = tokens.slice(k, last).every((t) => DETERMINERS.has(t.lower) || (tags.at(t).has('Adjective') && !tags.at(t).has('Noun')));
          const changed = CHANGE_NOUNS.has(tokens[last]!.lower) && tokens[last + 1]?.lower === 'in' && changeAlone ? changedThing(text, tokens, tags, last + 1, end, times) : null;
          if (changed) return changed;
          return clear;
        }
        if (token.kind === 'word' && !DETERMINERS.has(token.lower) && !tags.at(token).has('Adjective')) break;
      }
      if (start <= floor || isClauseBreak(tokens, start - 1)) return null;
    }
    if (start <= floor || (reporterAt >= 0 && (opensWithClaim || start > from))) return null;
    end = start - 2;
  }
  return null;
}

export interface SubjectInput {
  text: string;
  span: EnglishSpan;
  kind: ClaimKind;
  qualifierStart: number;
  spans: EnglishSpan[];
  tokens: EnglishToken[];
  tags: WordTags;
  times: TimeExpression[];
  changeNounAfter: boolean;
  /** The claim before this one in the sentence, with the subject it was given. */
  previous: { span: EnglishSpan; subject: NounPhrase | null } | null;
  /** The subject of the count this claim continues (`12,400 students ..., an increase of 310`). */
  inherited?: NounPhrase | null;
  /** The page reports on a league's games (its counts of goals, saves, rebounds are a player's or a team's). */
  gameReport?: boolean;
  /** The page reports on an election (its seats, votes and shares of the vote are a party's or a candidate's). */
  electionReport?: boolean;
}

/**
 * `$17.1 billion compared to`, `KSh 87.3 recorded in 2013`, `Rs 2,640 crore allotted to it`: a
 * participle after an amount is a verb about it, never the noun it describes.
 */
function participleAfter(tokens: EnglishToken[], tags: WordTags, k: number): boolean {
  const token = tokens[k];
  return token?.kind === 'word' && /ed$/u.test(token.lower) && tags.at(token).has('PastTense') && !tags.at(token).has('Noun') && !tags.at(token).has('Adjective');
}

/** Participles after an amount that say where it went: `£800 million paid to households`. */
const PAID_PARTICIPLES = new Set(['paid', 'given', 'awarded', 'granted', 'allocated', 'distributed', 'provided', 'sent', 'lent', 'loaned', 'spent', 'invested', 'committed', 'earmarked', 'pledged', 'donated', 'transferred']);

/** Abbreviations of a rate after an amount (`£1,500 pcm`, `Rs 50,000 p.m.`): no noun the amount describes. */
const RATE_ABBREVIATIONS = new Set(['pcm', 'p', 'pa', 'apiece', 'each']);
/** Verbs right after an amount (`$2 million comes from`): the amount is the clause subject, not an adjective. */
const MONEY_VERBS_AFTER = new Set(['comes', 'come', 'came', 'will', 'would', 'is', 'was', 'goes', 'went', 'remains', 'covers', 'pays', 'funds']);
const TIME_PREPOSITIONS = new Set(['in', 'during', 'for', 'since', 'by', 'at', 'of', 'over']);
const QUALIFIER_LIKE = new Set(['about', 'nearly', 'roughly', 'almost', 'around', 'approximately', 'some', 'or']);

/**
 * The noun a number written as an adjective modifies: `$48 million Parks Forward bond`,
 * `$5.5 million upgrade`. compromise may read such a noun as a verb, so any content word
 * directly after the number starts the phrase.
 */
function modifiedNounAt(text: string, tokens: EnglishToken[], tags: WordTags, k: number): NounPhrase | null {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !isSpace(first.gap) || NOT_IN_PHRASE.has(first.lower) || DETERMINERS.has(first.lower)) return null;
  const firstTags = tags.at(first);
  if (firstTags.has('Pronoun') || firstTags.has('Preposition') || firstTags.has('Conjunction') || firstTags.has('Adverb') || firstTags.has('Modal') || firstTags.has('Auxiliary') || firstTags.has('Copula')) return null;
  let last = k;
  for (let index = k + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'symbol' && token.text === '-' && glued(token) && glued(tokens[index + 1])) continue;
    if (token.kind !== 'word' || !(isSpace(token.gap) || glued(token))) break;
    const tokenTags = tags.at(token);
    // Words joined by hyphens belong together whatever they are (`cost-of-living adjustment`).
    if (glued(token) && tokens[index - 1]?.text === '-') {
      last = index;
      continue;
    }
    if (NOT_IN_PHRASE.has(token.lower) || DETERMINERS.has(token.lower) || tokenTags.has('Pronoun') || tokenTags.has('Preposition') || tokenTags.has('Conjunction') || tokenTags.has('Modal') || tokenTags.has('Auxiliary') || tokenTags.has('Copula') || tokenTags.has('Adverb')) break;
    if (!(tokenTags.has('Noun') || tokenTags.has('Adjective') || tokenTags.has('ProperNoun') || /^[A-Z]/.test(token.text))) break;
    last = index;
  }
  // `a $11.2 billion investment in regional infrastructure`: money put into something is named with what it goes into.
  if (INVESTMENT_NOUNS.has(tokens[last]!.lower) && ['in', 'into', 'for'].includes(tokens[last + 1]?.lower ?? '')) {
    const target = phraseAfter(text, tokens, tags, last + 2, tokens.length, true);
    const targetLast = target ? tokens.findIndex((t) => t.end === target.end) : -1;
    // `the Ministry of Information`: a name joined by `of`.
    const named = target && tokens[targetLast + 1]?.lower === 'of' && /^[A-Z]/.test(tokens[targetLast + 2]?.text ?? '') ? phraseAfter(text, tokens, tags, targetLast + 2, tokens.length, true) : null;
    const end = named?.end ?? target?.end;
    if (end !== undefined) return { text: text.slice(first.start, end), start: first.start, end };
  }
  return { text: text.slice(first.start, tokens[last]!.end), start: first.start, end: tokens[last]!.end };
}

/** Nouns of money put into something, named with what it goes into. */
const INVESTMENT_NOUNS = new Set(['investment', 'investments', 'outlay', 'outlays', 'injection', 'boost', 'spend', 'spending', 'allocation', 'commitment']);

/** Passive verbs between an amount and the purpose it is for: `$3.7 billion will be spent to build`. */
const PURPOSE_PASSIVES = new Set(['will', 'be', 'is', 'are', 'was', 'were', 'being', 'been', 'spent', 'used', 'invested', 'provided', 'allocated', 'set', 'aside']);

/**
 * `investing $548.5 million over three years to expand home and community care`, `$57.6 million,
 * beginning in 2022–23, to hire 225 nurse practitioners`: money spent to do something measures the
 * object of that purpose. Past an aside set off by commas, the span of time the money covers and
 * a passive verb (`will be spent`).
 */
function purposeObject(input: SubjectInput): NounPhrase | null {
  const { text, span, tokens, tags, spans, times } = input;
  let k = span.readTo + 1;
  for (let steps = 0; steps < 3; steps++) {
    // `, beginning in 2021–22,`: an aside of at most eight tokens holding a time.
    if (tokens[k]?.text === ',') {
      const close = tokens.findIndex((t, i) => i > k && i <= k + 8 && t.text === ',');
      if (close > 0 && tokens.slice(k + 1, close).some((t) => insideTime(t, times))) {
        k = close + 1;
        continue;
      }
    }
    // `over three years`, `over two years starting in 2021–22`: the span of time the money covers.
    const duration = word(tokens, k) === 'over' ? spans.find((other) => other.firstToken === k + 1 && other.unit !== null && TIME_UNITS.has(other.unit.unit)) : undefined;
    if (duration) {
      k = duration.readTo + 1;
      while (tokens[k] && (insideTime(tokens[k]!, times) || ['starting', 'beginning', 'from'].includes(tokens[k]!.lower))) k++;
      continue;
    }
    while (tokens[k] && PURPOSE_PASSIVES.has(tokens[k]!.lower)) k++;
    break;
  }
  if (word(tokens, k) !== 'to' || !tokens[k + 1] || !tags.at(tokens[k + 1]!).has('Infinitive') || k === span.readTo + 1) return null;
  let target = k + 2;
  while (tokens[target] && (DETERMINERS.has(tokens[target]!.lower) || QUALIFIER_LIKE.has(tokens[target]!.lower) || ['over', 'more', 'than', 'up'].includes(tokens[target]!.lower))) target++;
  // `to hire 225 nurse practitioners`: the things counted.
  const counted = spans.find((other) => other.firstToken === target && other.counted && !other.counted.hyphenated);
  if (counted?.counted) {
    const start = tokens[(counted.high ?? counted.low).last + 1]!.start;
    return { text: text.slice(start, counted.counted.end), start, end: counted.counted.end };
  }
  const phrase = phraseAfter(text, tokens, tags, target, tokens.length);
  return phrase && !overlapsTime(phrase, times) ? phrase : null;
}
const word = (tokens: EnglishToken[], k: number) => tokens[k]?.lower;

/** Heads of a phrase after `in` that name a stretch of time, not the thing an amount is: `in the quarter`, `in afternoon trading`. */
const PERIOD_HEADS = new Set(['quarter', 'quarters', 'period', 'periods', 'weekend', 'week', 'weeks', 'month', 'months', 'year', 'years', 'half', 'session', 'sessions', 'trading', 'day', 'days', 'season', 'term', 'span', 'stretch', 'window', 'decade', 'interim']);

/** Nouns of a stretch of time a hyphenated duration describes: `over a five-year period`. */
const STRETCH_NOUNS = new Set(['period', 'periods', 'span', 'window', 'stretch', 'timeframe', 'horizon']);
/** Verbs that give a good's price: `a litre of diesel costs`, `a tonne of cement sells at`. */
const PRICE_VERBS = new Set(['costs', 'cost', 'sells', 'sold', 'retails', 'fetches', 'fetched', 'goes', 'went', 'stands', 'stood', 'trades', 'traded']);
/** Units of time: a duration in one may be a window of time (`over the next two years`). */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** Verbs that take a measured thing to a level: `bringing its fleet to`, `cut water use to`, `rose to`. */
const LEVEL_VERBS = new Set([...changePairVerbs, 'bringing', 'brings', 'bring', 'brought', 'taking', 'takes', 'took', 'pushing', 'pushed', 'lifting', 'lifted']);
/** Verbs of rise and fall: with no object, the level they reach is the clause subject's (`vacancies fell to 75 posts`). */
const DIRECTION_VERBS = new Set(changeWords.flatMap((rule) => rule.verbs));

/**
 * The thing whose level a claim after `to` gives: the object between the verb and `to`
 * (`bringing its electric fleet to 40 vehicles` → electric fleet), else the clause
 * subject when the verb has none (`nursing vacancies had fallen by a quarter to 75 posts`).
 */
function levelSubject(input: SubjectInput): NounPhrase | null {
  const { text, span, tokens, tags, spans, times } = input;
  const to = input.qualifierStart - 1;
  if (tokens[to]?.lower !== 'to') return null;
  let verb = -1;
  for (let k = to - 1; k >= Math.max(0, to - 10); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && /^[;:()]$/.test(token.text)) break;
    if (LEVEL_VERBS.has(token.lower)) {
      verb = k;
      break;
    }
  }
  // `raised its tree canopy from 27% to 31%`: the end of a pair takes its subject from the start.
  if (verb < 0 || tokens.slice(verb + 1, to).some((t) => insideSpan(t, spans) && t.start < span.start && tokens[tokens.indexOf(t) - 1]?.lower === 'from')) return null;
  const object = objectBetween(input, verb, to);
  // `Burglary took a dip to 86 cases`: a change taken is no thing measured; the clause's subject is.
  const objectHead = object ? tokens.find((t) => t.end === object.end) : undefined;
  if (object && objectHead && CHANGE_NOUNS.has(objectHead.lower) && !/\sof\s/i.test(object.text)) return clauseSubject(text, tokens, tags, verb, spans.filter((other) => other !== span), times);
  if (object) return object;
  if (span.counted && !DIRECTION_VERBS.has(tokens[verb]!.lower)) return null;
  return clauseSubject(text, tokens, tags, verb, spans.filter((other) => other !== span), times);
}

/**
 * The phrase a change noun is `in`: after the claim (`an increase of 58,000 in the number of people at
 * work`) or, for the level the change reached, before `to` (`a 2 percent increase in employment to 149,000`).
 */
function changeNounIn(input: SubjectInput): NounPhrase | null {
  const { text, span, tokens, tags, spans, times } = input;
  const before = input.qualifierStart - 1;
  const after = span.readTo + 1;
  const phraseFrom = (k: number, end: number) => {
    const phrase = phraseAfter(text, tokens, tags, k, end, true);
    if (!phrase || overlapsTime(phrase, times)) return null;
    // `the number of people at work`: a wrapper keeps what it wraps, as written.
    const head = tokens.findIndex((t) => t.end === phrase.end);
    const inner = tokens[head + 1]?.lower === 'of' && WRAPPERS.has(tokens[head]!.lower) ? phraseAfter(text, tokens, tags, head + 2, end, true) : null;
    return inner && !overlapsTime(inner, times) ? { text: text.slice(phrase.start, inner.end), start: phrase.start, end: inner.end } : phrase;
  };
  if (tokens[before]?.lower === 'of' && CHANGE_NOUNS.has(tokens[before - 1]?.lower ?? '') && tokens[after]?.lower === 'in') {
    const next = spans[spans.indexOf(span) + 1]?.firstToken ?? tokens.length;
    return phraseFrom(after + 1, next);
  }
  if (tokens[before]?.lower !== 'to') return null;
  for (let k = before - 1; k >= Math.max(1, before - 6); k--) {
    if (tokens[k]!.kind === 'symbol' || insideSpan(tokens[k]!, spans)) return null;
    if (tokens[k]!.lower === 'in' && CHANGE_NOUNS.has(tokens[k - 1]!.lower)) return phraseFrom(k + 1, before);
  }
  return null;
}

/**
 * The object written between a verb and the word before the claim (`to`, `by`): `bringing its
 * electric fleet to`, `increased the ceiling of the reduction to`, `reduce production by`; at most
 * six words, none a claim or a time.
 */
function objectBetween(input: SubjectInput, verb: number, end: number): NounPhrase | null {
  const { text, tokens, tags, spans, times } = input;
  let first = verb + 1;
  // `last year’s total miles`: a time owning the object is its period, not part of it.
  while (first < end && insideTime(tokens[first]!, times)) first++;
  if (tokens[first]?.text === '’' || tokens[first]?.text === "'") first += tokens[first + 1]?.lower === 's' ? 2 : 1;
  while (first < end && DETERMINERS.has(tokens[first]!.lower)) first++;
  // `raised the grant 5 percent to $48,000`: the object ends where the size of the change begins.
  let objectEnd = first;
  // … and where a time begins (`bringing the total funding now available in this fund to $500 million`).
  // … and at `by` before the size (`raised the Official Cash Rate by 25 basis points to 7.50%`).
  const sizeBy = (k: number) => tokens[k]!.lower === 'by' && tokens[k + 1] !== undefined && insideSpan(tokens[k + 1]!, spans);
  while (objectEnd < end && !insideSpan(tokens[objectEnd]!, spans) && !sizeBy(objectEnd) && !(objectEnd > first && insideTime(tokens[objectEnd]!, times))) objectEnd++;
  // `bringing the total of resurfaced roadway to 151 miles`: the thing inside a wrapper noun
  // (`total` is also a determiner, so the skip above may already stand on its `of`).
  const wrapperOf = tokens[first]?.lower === 'of' && WRAPPERS.has(tokens[first - 1]?.lower ?? '') ? first : WRAPPERS.has(tokens[first]?.lower ?? '') && tokens[first + 1]?.lower === 'of' ? first + 1 : -1;
  if (wrapperOf >= 0) {
    first = wrapperOf + 1;
    while (first < end && DETERMINERS.has(tokens[first]!.lower)) first++;
  }
  const object = tokens.slice(first, objectEnd);
  // `the ceiling of the reduction`: `of` joins two nouns inside the object.
  const inObject = (t: EnglishToken, k: number) => (t.kind === 'word' || ['-', '’', "'"].includes(t.text)) && (!NOT_IN_PHRASE.has(t.lower) || (t.lower === 'of' && k > 0 && k < object.length - 1)) && !insideSpan(t, spans) && !insideTime(t, times);
  if (object.length > 0 && object.length <= 6 && object.every(inObject)) {
    const last = object[object.length - 1]!;
    // (`rose even higher by 13.9 percent`: a comparative after the verb is no object.)
    const noObject = tags.at(last).has('Adverb') || tags.at(last).has('Preposition') || (tags.at(last).has('Comparative') && !tags.at(last).has('Noun'));
    if (last.kind === 'word' && !noObject) return { text: text.slice(object[0]!.start, last.end), start: object[0]!.start, end: last.end };
  }
  return null;
}

/** Verbs a change written `by N` is of when they have an object. */
const BY_VERBS = new Set([...changePairVerbs, ...BY_OBJECT_VERBS]);

/** `reduce production by 500,000 barrels per day`: the object of the verb the change is written after. */
function byObjectSubject(input: SubjectInput): NounPhrase | null {
  const { text, tokens, tags, spans, times } = input;
  const by = input.qualifierStart - 1;
  if (tokens[by]?.lower !== 'by') return null;
  // `growing its existing 54,000-square-foot location at High Wickham Place by 10,000 square feet`:
  // an amount written as an adjective inside the object describes the noun after it.
  let adjective: EnglishSpan | undefined;
  for (let k = by - 1; k >= Math.max(0, by - 16); k--) {
    const token = tokens[k]!;
    const inside = insideSpan(token, spans);
    const hyphenated = inside ? spans.find((other) => other.firstToken <= k && other.lastToken >= k && tokens[other.lastToken]!.gap === '' && tokens[other.lastToken - 1]?.text === '-') : undefined;
    if (hyphenated) {
      adjective = hyphenated;
      k = hyphenated.firstToken;
      continue;
    }
    if ((token.kind === 'symbol' && /^[;:(),]$/.test(token.text)) || inside) return null;
    if (BY_VERBS.has(token.lower)) {
      if (!adjective) return objectBetween(input, k, by);
      const phrase = phraseAfter(text, tokens, tags, adjective.readTo + 1, by);
      return phrase && !overlapsTime(phrase, times) ? phrase : null;
    }
  }
  return null;
}

/**
 * `The government expects the economy to grow 6%`, `forecasters see prices rising 3%`: a change
 * after an object and `to` (or an -ing form) is the object's, not the clause subject's.
 */
function infinitiveObject(input: SubjectInput): NounPhrase | null {
  const { tokens, tags } = input;
  let change = input.qualifierStart - 1;
  if (tokens[change]?.lower === 'by') change--;
  const changeWord = tokens[change]?.lower ?? '';
  const infinitive = DIRECTION_VERBS.has(changeWord) && tokens[change - 1]?.lower === 'to';
  if (!infinitive) return null;
  const end = change - 1;
  for (let k = end - 1; k >= Math.max(0, end - 8); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol') return null;
    const tokenTags = tags.at(token);
    if (tokenTags.has('Verb') && !tokenTags.has('Noun') && !tokenTags.has('Adjective') && k < end - 1) {
      const object = objectBetween(input, k, end);
      const head = object ? tokens.find((t) => t.end === object.end) : undefined;
      return head && tags.at(head).has('Noun') && !tags.at(head).has('Verb') && !tags.at(head).has('Pronoun') ? object : null;
    }
  }
  return null;
}

/** Participles that give the level a noun phrase reaches: `gusts exceeding 260 kph`. */
const REACHING_PARTICIPLES = new Set(['exceeding', 'reaching', 'topping', 'hitting', 'surpassing', 'nearing', 'approaching', 'totalling', 'totaling']);

/** Verbs that state the level of a measure: `attendance reached 48,000 visitors`, `enrollment totaled 5,100 students`. */
const REACHED_VERBS = new Set(['reached', 'reaches', 'totaled', 'totalled', 'totals', 'topped', 'tops', 'hit', 'hits', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'numbered', 'stood', 'was', 'were', 'is', 'are']);
/** Nouns that name a measure of things counted, not an agent: the subject of `attendance reached 48,000 visitors`. */
const MEASURE_NOUNS = new Set(['ridership', 'enrollment', 'enrolment', 'attendance', 'total', 'count', 'population', 'capacity', 'membership', 'caseload', 'demand', 'traffic', 'usage', 'participation', 'turnout', 'headcount', 'workforce', 'staffing', 'employment', 'payrolls', 'backlog', 'inventory', 'visitation', 'boardings', 'admissions', 'roll', 'rolls', 'list', 'waitlist', 'fleet', 'stock']);

/** Comparatives a change is written after with `by`: `were lower by almost 20,000 people`. */
const COMPARED_LEVELS = new Set(['lower', 'higher', 'fewer', 'more', 'less', 'smaller', 'larger', 'bigger']);
/** Verbs by which a change adds its count to a measure: `Natural increase contributed 152,200 people`. */
const CONTRIBUTED_VERBS = new Set(['contributed', 'contributes', 'contributing', 'added', 'adds']);

/**
 * A count stated as the level of a measure, or as its change: `Summer attendance reached 48,000
 * visitors` → summer attendance; `Australia's total population increased by 364,900 people`,
 * `citywide staffing has decreased 17.60 positions` → the population, the staffing.
 */
function measureReached(input: SubjectInput): NounPhrase | null {
  const { text, span, tokens, tags, spans, times } = input;
  const byChange = tokens[input.qualifierStart - 1]?.lower === 'by' && (DIRECTION_VERBS.has(tokens[input.qualifierStart - 2]?.lower ?? '') || COMPARED_LEVELS.has(tokens[input.qualifierStart - 2]?.lower ?? ''));
  const verb = input.qualifierStart - (byChange ? 2 : 1);
  const word = tokens[verb]?.lower ?? '';
  if (!span.counted || !(REACHED_VERBS.has(word) || DIRECTION_VERBS.has(word) || CONTRIBUTED_VERBS.has(word) || byChange)) return null;
  const subject = clauseSubject(text, tokens, tags, verb, spans.filter((other) => other !== span), times);
  const head = subject ? tokens.find((t) => t.end === subject.end) : undefined;
  // `population gains from migration were lower by 20,000 people`, `Natural increase contributed 152,200 people`: a change names a measure too.
  return subject && head && (MEASURE_NOUNS.has(head.lower) || CHANGE_NOUNS.has(head.lower)) ? subject : null;
}

/** The subject as written (guidelines §3), sentence case included: the scorer compares case-blind. */
/** The noun phrase right before the bracket the claim opens, or whose earlier figures it follows (`(+43,000; +0.7%)`). */
function bracketedAfterPhrase(input: SubjectInput): NounPhrase | null {
  const { text, tokens, tags, spans, times } = input;
  let open = input.qualifierStart - 1;
  // `rape and sexual assault (up from 1 to 2)`: past the earlier figures of the bracket and the words of their change.
  while (open >= 0 && (insideSpan(tokens[open]!, spans) || [';', ',', '+', '-', '−'].includes(tokens[open]!.text) || BRACKET_CHANGE_WORDS.has(tokens[open]!.lower))) open--;
  if (tokens[open]?.text !== '(' || !/^\s/.test(tokens[open]!.gap)) return null;
  // `the growth observed in March (+$1.03; +3.4%)`: past the period and the participle that place the phrase.
  let headIndex = open - 1;
  if (tokens[headIndex] && insideTime(tokens[headIndex]!, times)) {
    while (headIndex >= 0 && insideTime(tokens[headIndex]!, times)) headIndex--;
    if (TIME_PREPOSITIONS.has(tokens[headIndex]?.lower ?? '')) headIndex--;
    if (tokens[headIndex] && tags.at(tokens[headIndex]!).has('PastTense')) headIndex--;
  }
  const head = tokens[headIndex];
  if (!head || head.kind !== 'word' || !tags.at(head).has('Noun') || tags.at(head).has('Pronoun') || insideTime(head, times) || insideSpan(head, spans)) return null;
  const phrase = phraseBefore(text, tokens, tags, headIndex, 0);
  if (!phrase || overlapsTime(phrase, times)) return null;
  // `the number of overdose deaths in the United States (81,692)`: a place after the thing counted says where, not what.
  let preposition = tokens.findIndex((t) => t.start === phrase.start) - 1;
  while (preposition >= 0 && DETERMINERS.has(tokens[preposition]!.lower)) preposition--;
  const place = tags.at(tokens[headIndex]!).has('ProperNoun') && PLACE_PREPOSITIONS.has(tokens[preposition]?.lower ?? '');
  const thing = place && preposition > 0 ? phraseBefore(text, tokens, tags, preposition - 1, 0) : null;
  // `rises in Queensland (0.8 per cent)`: after a change noun the place is what changed.
  const thingHead = tokens[preposition - 1]?.lower ?? '';
  const changed = CHANGE_NOUNS.has(thingHead) || CHANGE_NOUNS.has(thingHead.replace(/s$/u, '')) || NOT_SUBJECT_BEFORE_OF.has(thingHead);
  return thing && !changed && !overlapsTime(thing, times) ? thing : phrase;
}

/** Words of a change inside a bracket after a noun: `(up from 55 to 60)`. */
const BRACKET_CHANGE_WORDS = new Set(['up', 'down', 'from', 'to']);
/** Prepositions that place a thing: `deaths in the United States`. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'at']);

/** Words of a comparison before its base figure: `up from`, `down from`, `compared with`, `than`. */
const COMPARISON_OPENERS = /^(?:(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+from|compared\s+(?:with|to)|than)$/;
/**
 * Words that set a base against the figure right before them, with no comma needed (`Rs 3,953.7 crore vs Rs 2,941.1
 * crore`, `stands at 40, in comparison to 42`, `fell to 236 compared to 328`, `versus RM11.33 billion`).
 */
const BASE_OPENERS = /^(?:vs|versus|against|(?:compared|comparison)\s+(?:with|to))$/;
/** Words between the opener and the base figure: `up from an average of 208GB`, `compared with about 40%`, `from last year’s 88`. */
const BASE_FILLERS = new Set(['an', 'a', 'the', 'average', 'of', 'about', 'nearly', 'around', 'roughly', 'some', 'just', 'almost', 'approximately', 'total', 'estimated', '’', "'", 's', '.']);

/**
 * `averaging data downloads of 258 GB per month, up from an average of 208GB`: the base of a
 * comparison, right after the figure it is compared with (one segment on, no claim between),
 * measures the same thing. So does one set against it by `vs`, `versus`, `against`, `compared to`
 * (no comma needed).
 */
function comparedWith(input: SubjectInput): NounPhrase | null {
  const { tokens, previous, times } = input;
  if (!previous?.subject) return null;
  let k = input.qualifierStart - 1;
  while (k > previous.span.readTo && (BASE_FILLERS.has(tokens[k]!.lower) || insideTime(tokens[k]!, times))) k--;
  const opener = k > previous.span.readTo + 1 ? `${tokens[k - 1]!.lower} ${tokens[k]!.lower}` : '';
  const between = (to: number) => tokens.slice(previous.span.readTo + 1, to).filter((t) => !(t.start >= previous.subject!.start && t.end <= previous.subject!.end));
  // `vs Rs 2,941.1 crore`, `in comparison to 42`: a few words of the figure's own between, a comma or none.
  const baseOpener = BASE_OPENERS.test(tokens[k]?.lower ?? '') ? k : BASE_OPENERS.test(opener) ? k - 1 : -1;
  if (baseOpener >= 0) {
    // `2,114 reported burglaries in the first half, in comparison to 2,390`: a period of the figure's own is no word between.
    const words = between(baseOpener).filter((t) => t.lower !== 'in' && t.lower !== 'as' && !insideTime(t, times));
    if (words.length <= 4 && words.every((t) => t.text === ',' || t.kind === 'word')) return previous.subject;
  }
  const matched = COMPARISON_OPENERS.test(opener) ? k - 1 : tokens[k]?.lower === 'than' ? k : -1;
  if (matched < 0) return null;
  // Only a comma and the figure's own words (`(GB) per month`) may stand between the two.
  const rest = between(matched);
  return rest.length <= 8 && rest[rest.length - 1]?.text === ',' && rest.every((t) => [',', '(', ')'].includes(t.text) || t.kind === 'word') ? previous.subject : null;
}

/** Small words a name in title case may hold: `Bureau of Land Management`, `Chokecherry/Sierra Madre`. */
const NAME_LINKS = new Set(['of', 'and', 'the', 'for', 'on', 'at', 'de', '&', '/', '-', '’', "'", 's', '.']);
const LINE_BULLETS = /^[\s\-–•*·▪]*$/;

/**
 * `- Desert Harvest Solar Project (California): 150 MW solar plant on 1,200 acres`, `• Dulles
 * Airport: 1.2 inches`: a list line opening with a name in title case and a colon is about that
 * name; each figure after the colon measures it. A bracket after the name (a place) is left out.
 */
function lineLabel(input: SubjectInput): NounPhrase | null {
  const { text, tokens, span } = input;
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind === 'symbol' && LINE_BULLETS.test(tokens[first]!.text)) first++;
  const lineStart = text.lastIndexOf('\n', (tokens[0]?.start ?? 0) - 1) + 1;
  if (!tokens[first] || !LINE_BULLETS.test(text.slice(lineStart, tokens[first]!.start))) return null;
  const colon = tokens.findIndex((t, k) => k > first && k <= first + 12 && t.text === ':');
  if (colon < 0 || tokens[colon]!.end > tokens[span.firstToken]!.start) return null;
  // `Wellington: New Zealand's consumer price index increased`, `Rockets: Harden shot 4 for 11`: a
  // dateline or a team before a clause with a subject of its own labels nothing.
  // So does one before a sentence opening with a capitalised article (`ISLAMABAD: The exports from the country increased`).
  const after = tokens[colon + 1];
  if (after?.kind === 'word' && (opensClause(text, tokens, input.tags, colon + 1) || (/^[A-Z]/.test(after.text) && ['the', 'a', 'an'].includes(after.lower)))) return null;
  let last = colon - 1;
  if (tokens[last]?.text === ')') {
    while (last > first && tokens[last]!.text !== '(') last--;
    last--;
  }
  if (last < first) return null;
  const words = tokens.slice(first, last + 1);
  const isNameWord = (t: EnglishToken) => (t.kind === 'word' && /^[A-Z]/.test(t.text)) || NAME_LINKS.has(t.lower);
  if (words.length > 10 || !words.every(isNameWord) || words[0]!.kind !== 'word' || words[words.length - 1]!.kind !== 'word') return null;
  return { text: text.slice(words[0]!.start, words[words.length - 1]!.end), start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** Cells of a table row written as a line: split at a comma and a space, a tab or a bar (`1,425` keeps its comma). */
const CELL_SEPARATOR = /,\s+|\t+|\s*\|\s*/u;
/** At most this many words in a cell: longer ones are clauses of a sentence, not cells. */
const CELL_WORDS = 5;

/**
 * `Calhoun, Windstream, 1,425 locations, $6,320,693.00`: a line of three or more short cells
 * with no verb, its first cell a name in title case, is a row of a table; each figure in a later
 * cell is about the row's label.
 */
function tableRowLabel(input: SubjectInput): NounPhrase | null {
  const { text, tokens, tags, span } = input;
  const first = tokens[0];
  if (!first) return null;
  const { start: lineStart, end: lineEnd } = lineAround(text, first.start);
  if (text.slice(lineStart, first.start).trim() !== '' || tokens[tokens.length - 1]!.end < lineEnd - 1) return null;
  const line = text.slice(lineStart, lineEnd).replace(/[.:;]\s*$/u, '');
  // `GDP 5.9 5.6 5.8`: a label, then three or more numbers set apart by spaces.
  const numberRow = NUMBER_ROW.exec(line);
  const cells = numberRow ? [numberRow[1]!, ...numberRow[2]!.trim().split(/\s+/u)] : line.split(CELL_SEPARATOR);
  if (cells.length < 3 || cells.some((cell) => cell.trim() === '' || cell.trim().split(/\s+/u).length > CELL_WORDS)) return null;
  const labelEnd = lineStart + cells[0]!.length;
  if (tokens[span.firstToken]!.start < labelEnd) return null;
  const labelWords = tokens.filter((t) => t.end <= labelEnd);
  const isNameWord = (t: EnglishToken) => (t.kind === 'word' && /^[A-Z]/.test(t.text)) || NAME_LINKS.has(t.lower);
  if (labelWords.length === 0 || !labelWords.every(isNameWord) || labelWords[0]!.kind !== 'word') return null;
  const verb = tokens.some((t) => t.kind === 'word' && /^[a-z]/.test(t.text) && tags.at(t).has('Verb') && !tags.at(t).has('Noun'));
  if (verb) return null;
  const last = labelWords[labelWords.length - 1]!;
  return { text: text.slice(labelWords[0]!.start, last.end), start: labelWords[0]!.start, end: last.end };
}

export function subjectOf(input: SubjectInput): NounPhrase | null {
  return input.span.ruleId === SCORE_RULE_ID ? scoreSubject(input) : findSubject(input);
}

/** Verbs of a result with the opponent as object: `beat the Houston Rockets 112-111`. */
const RESULT_VERBS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'downed']);
/** Words of a side that leads (`put the Thunder ahead 100-99`) or trails (`with the Dodgers down 1-0`). */
const LEADING_WORDS = new Set(['ahead', 'up', 'leading', 'led']);
/** Verbs of a loss before its score, the winner's number first (`lost 4-1 to the Coyotes`). */
const LOSING_VERBS = new Set(['lost', 'loses', 'fell', 'falls']);
const TRAILING_WORDS = new Set(['down', 'behind', 'trailing', 'trailed']);

/** A name in title case ending at token k, going back (`the Houston Rockets`, `Houston` before `’s`). */
function nameBefore(text: string, tokens: EnglishToken[], k: number): NounPhrase | null {
  let first = k;
  while (first >= 0 && tokens[first]!.kind === 'word' && /^[A-Z]/.test(tokens[first]!.text) && k - first < 4) first--;
  // `The Sharks lost`: a sentence's capital `The` is no part of the name.
  if (first < k - 1 && tokens[first + 1]!.text === 'The') first++;
  if (first === k) return null;
  return { text: text.slice(tokens[first + 1]!.start, tokens[k]!.end), start: tokens[first + 1]!.start, end: tokens[k]!.end };
}

/** A name in title case starting at token k (a leading `the` skipped). */
function nameAfter(text: string, tokens: EnglishToken[], k: number): NounPhrase | null {
  if (tokens[k]?.lower === 'the') k++;
  let last = k;
  while (tokens[last] && tokens[last]!.kind === 'word' && /^[A-Z]/.test(tokens[last]!.text) && last - k < 4) last++;
  if (last === k) return null;
  return { text: text.slice(tokens[k]!.start, tokens[last - 1]!.end), start: tokens[k]!.start, end: tokens[last - 1]!.end };
}

/**
 * A side of a game's score is the side that scored it, when the text names it: the clause's team
 * for the first side of `beat the Rockets 112-111` and the team beaten for the second; the team put
 * `ahead` for the first side, the team `down` for the second; the team whose lead it is (`Houston's
 * lead to 110-109`, `the Dodgers' 7-4 victory`) for the first, the team after `over` for the second.
 */
function scoreSubject(input: SubjectInput): NounPhrase | null {
  const { text, span, tokens, tags, spans, times } = input;
  const second = tokens[span.firstToken - 1]?.text === '-' || tokens[span.firstToken - 1]?.text === '–';
  const firstSide = second ? span.firstToken - 2 : span.firstToken;
  const others = spans.filter((other) => other.firstToken !== firstSide && other.firstToken !== firstSide + 2);
  let k = firstSide - 1;
  if (tokens[k]?.lower === 'by') k--;
  const word = (index: number) => tokens[index]?.lower ?? '';
  const teamBefore = nameBefore(text, tokens, k);
  let verb = k;
  while (verb >= 0 && verb > k - 6 && tokens[verb]!.kind === 'word' && (/^[A-Z]/.test(tokens[verb]!.text) || word(verb) === 'the')) verb--;
  if (RESULT_VERBS.has(word(verb)) && verb < k) {
    return second ? nameAfter(text, tokens, verb + 1) : clauseSubject(text, tokens, tags, verb, others, times);
  }
  // `Toronto fell 4-1 to the Coyotes`: the side that lost scored the lower number, the one it lost to the higher.
  if (LOSING_VERBS.has(word(k))) {
    if (second) return nameBefore(text, tokens, k - 1) ?? clauseSubject(text, tokens, tags, k, others, times);
    const to = tokens.findIndex((t, index) => index > span.lastToken && index <= span.lastToken + 3 && t.lower === 'to');
    return to > 0 ? nameAfter(text, tokens, to + 1) : null;
  }
  if (LEADING_WORDS.has(word(k)) || TRAILING_WORDS.has(word(k))) {
    if (LEADING_WORDS.has(word(k)) === second) return null;
    return nameBefore(text, tokens, k - 1) ?? clauseSubject(text, tokens, tags, k, others, times);
  }
  // `trim Houston's lead to 110-109`, `the Dodgers' 7-4 victory over the Colorado Rockies`.
  const possessive = word(k) === 'to' && word(k - 1) === 'lead' ? k - 2 : k;
  if (['’', "'", 's'].includes(word(possessive))) {
    if (second) {
      const over = tokens.findIndex((t, index) => index > span.firstToken && index <= span.firstToken + 10 && (t.lower === 'over' || t.lower === 'against'));
      return over > 0 ? nameAfter(text, tokens, over + 1) : null;
    }
    return nameBefore(text, tokens, word(possessive) === 's' ? possessive - 2 : possessive - 1);
  }
  // `Man City 4-1 Man United`: a result line names the second side after the score.
  if (second && verb < 0 && teamBefore) return nameAfter(text, tokens, span.lastToken + 1);
  if (second) return null;
  // `to help the Rockets take a 60-51 lead`: the team right before the verb of `a … lead`.
  const taker = word(k) === 'a' && tokens[k - 1]?.kind === 'word' && tags.at(tokens[k - 1]!).has('Verb') ? nameBefore(text, tokens, k - 2) : null;
  return teamBefore ?? taker ?? clauseSubject(text, tokens, tags, k, others, times);
}

const RELATIVE_PRONOUNS = new Set(['who', 'that']);

/**
 * `households who entered shelter`: a relative clause right after the phrase, up to the main
 * verb, a time, a claim or a mark; at most four words, its first a verb.
 */
function withRelativeClause(text: string, tokens: EnglishToken[], tags: WordTags, phrase: NounPhrase, spans: EnglishSpan[], times: TimeExpression[]): NounPhrase {
  const pronoun = tokens.findIndex((t) => t.start >= phrase.end);
  if (pronoun < 0 || !RELATIVE_PRONOUNS.has(tokens[pronoun]!.lower) || !tags.at(tokens[pronoun + 1] ?? tokens[pronoun]!).has('Verb')) return phrase;
  let last = pronoun + 1;
  for (let k = pronoun + 2; k < Math.min(tokens.length, pronoun + 5); k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || insideSpan(token, spans) || insideTime(token, times) || tags.at(token).has('Verb') || NOT_IN_PHRASE.has(token.lower)) break;
    last = k;
  }
  const next = tokens[last + 1];
  // The clause must end where the sentence goes on: at its main verb, a time or a mark.
  if (next && !(next.kind === 'symbol' || insideTime(next, times) || tags.at(next).has('Verb'))) return phrase;
  return { text: text.slice(phrase.start, tokens[last]!.end), start: phrase.start, end: tokens[last]!.end };
}

/** `The Democratic Alliance (DA)`: a party named with the initials it goes by keeps them (the page may use either later). */
function withAcronym(text: string, name: NounPhrase): NounPhrase {
  const initials = /^\s*\([A-Z]{2,6}\)/.exec(text.slice(name.end, name.end + 12));
  return initials ? { text: text.slice(name.start, name.end + initials[0].length), start: name.start, end: name.end + initials[0].length } : name;
}

/** Words of a change or a level between the noun phrase of an absolute `with` clause and its figure: `with sales up 26%`. */
const ABSOLUTE_LEVEL_WORDS = new Set(['up', 'down', 'at', 'rising', 'falling', 'climbing', 'dropping', 'higher', 'lower']);

/**
 * `…, with advertising sales in the U.S. up 26%`, `with exports down 4%`: the noun phrase of an absolute `with` clause
 * (after a comma, or opening the sentence) is what its figure measures, whatever the main clause's subject.
 */
function withAbsolute(input: SubjectInput): NounPhrase | null {
  const { text, tokens, tags, spans, times } = input;
  const level = input.qualifierStart - 1;
  if (!ABSOLUTE_LEVEL_WORDS.has(tokens[level]?.lower ?? '')) return null;
  let opener = level - 1;
  while (opener > Math.max(0, level - 12) && tokens[opener]!.lower !== 'with') {
    const token = tokens[opener]!;
    if ((token.kind === 'symbol' && !['.', '’', "'", '-', '&'].includes(token.text)) || insideSpan(token, spans) || insideTime(token, times)) return null;
    opener--;
  }
  if (tokens[opener]?.lower !== 'with' || opener + 1 >= level || (opener > 0 && tokens[opener - 1]!.text !== ',')) return null;
  let first = opener + 1;
  while (first < level && DETERMINERS.has(tokens[first]!.lower)) first++;
  const words = tokens.slice(first, level);
  if (words.length === 0 || words.some((t) => t.kind === 'word' && tags.at(t).has('Pronoun')) || !words.some((t) => t.kind === 'word' && tags.at(t).has('Noun'))) return null;
  // `rose 1.5 percent nationally, with Auckland up 2.8 percent`: a place named alone breaks down what the clause measures.
  if (words.every((t) => t.kind !== 'word' || /^[A-Z]/.test(t.text)) && words.some((t) => tags.at(t).has('Place'))) return null;
  return { text: text.slice(words[0]!.start, words[words.length - 1]!.end), start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** Participles of a change taken by the noun phrase before them: `custom taxes recording a growth of 15.8 per cent`. */
const RECORDING_PARTICIPLES = new Set(['recording', 'registering', 'posting', 'showing', 'seeing', 'witnessing', 'logging', 'reporting', 'marking']);
/** Words between such a participle and its change: `recording a slight decline of`, `seeing a 3.8 percent decline`. */
const CHANGE_FILLERS = new Set(['a', 'an', 'the', 'slight', 'sharp', 'steep', 'modest', 'further', 'marginal', 'strong', 'robust', 'significant', 'substantial', 'small', 'big', 'huge', 'of', 'about', 'around', 'nearly', 'roughly', 'some', 'over', 'almost', 'more', 'than', 'year-on-year', 'annual']);

/**
 * `with custom taxes recording a growth of 15.8 per cent`, `for US crude, recording a decline of about 3.7 percent`,
 * `with Brent crude seeing a 3.8 percent decline`: a change taken by a participle measures the noun phrase right before
 * that participle (past a comma), not the clause's subject.
 */
function changeRecordedBy(input: SubjectInput): NounPhrase | null {
  const { text, tokens, tags, spans, times } = input;
  const after = input.span.readTo + 1;
  const changeAfter = input.changeNounAfter || CHANGE_NOUNS.has(tokens[after]?.lower ?? '');
  let k = input.qualifierStart - 1;
  // `a growth of 15.8 per cent`: past the change noun and `of` first.
  if (!changeAfter) {
    if (tokens[k]?.lower !== 'of' || !CHANGE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return null;
    k -= 2;
  }
  while (k > 0 && CHANGE_FILLERS.has(tokens[k]!.lower)) k--;
  if (!RECORDING_PARTICIPLES.has(tokens[k]?.lower ?? '')) return null;
  const end = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  const head = tokens[end];
  if (!head || head.kind !== 'word' || !tags.at(head).has('Noun') || tags.at(head).has('Pronoun') || insideSpan(head, spans) || insideTime(head, times)) return null;
  const phrase = phraseBefore(text, tokens, tags, end, 0);
  return phrase && !overlapsTime(phrase, times) ? phrase : null;
}

/** Words between `of` and `vote` in a share of it: `of the total vote`, `of the votes cast`. */
const VOTE_SHARE_WORDS = new Set(['the', 'total', 'national', 'popular', 'overall', 'valid']);

/** `40.19% of the total vote`, `36 percent of the votes`: a share of the vote (token `after` is the word after the claim). */
function shareOfTheVote(tokens: EnglishToken[], after: number): boolean {
  if (tokens[after]?.lower !== 'of') return false;
  let k = after + 1;
  while (k < after + 4 && VOTE_SHARE_WORDS.has(tokens[k]?.lower ?? '')) k++;
  return ['vote', 'votes', 'ballots'].includes(tokens[k]?.lower ?? '');
}

/**
 * The player or team a game statistic is of: a name owning it (`Of Manchester United’s 14 shots`), else a name that is the
 * subject of its clause (`Andersen made 27 saves`); null for a pronoun or a common noun (`He has 97 goals`).
 */
function statisticHolder(input: SubjectInput, others: EnglishSpan[]): NounPhrase | null {
  const { text, tokens, tags, times } = input;
  const before = input.qualifierStart - 1;
  const possessive = tokens[before]?.lower === 's' && ['’', "'"].includes(tokens[before - 1]?.text ?? '') ? nameBefore(text, tokens, before - 2) : null;
  // `Of Manchester United’s 14 shots`: the preposition opening the sentence is no part of the name.
  const opening = possessive ? /^(?:Of|In|For|By|With|From|At|On)\s+(?=[A-Z])/.exec(possessive.text) : null;
  if (possessive && opening) return { text: possessive.text.slice(opening[0].length), start: possessive.start + opening[0].length, end: possessive.end };
  if (possessive) return possessive;
  const subject = clauseSubject(text, tokens, tags, before, others, times);
  const head = subject ? tokens.find((t) => t.end === subject.end) : undefined;
  if (subject && head && /^[A-Z]/.test(head.text) && !tags.at(head).has('Pronoun')) return subject;
  // `With 36 percent of the votes cast the Conservatives took 306 seats`, `This means that the ANC has only got 40.19%`:
  // where the clause opens with an aside or a pronoun, the name right before the verb (and its adverbs) taking the figure.
  let k = before;
  while (k > before - 4 && tokens[k]?.kind === 'word' && /^[a-z]/.test(tokens[k]!.text) && ['Verb', 'Adverb', 'Auxiliary'].some((tag) => tags.at(tokens[k]!).has(tag))) k--;
  if (k === before) return null;
  // `the Reform Party (RP) took`: past the initials the name goes by.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(') k -= 3;
  return tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text) && !tags.at(tokens[k]!).has('Pronoun') ? nameBefore(text, tokens, k) : null;
}

/** Words that pair a bare figure with the count before it: `compared to 107`, `and 602 the following day`, `while Tallaght had 41`. */
const PAIRING_LINKS = new Set(['compared', 'against', 'versus', 'vs', 'while', 'whereas', 'and', 'but', 'from', 'with']);

/**
 * `98 cases of shootings in June compared to 107 for the same month`, `612 patients on trolleys on Tuesday, and 602 the
 * following day`, `Cork had 43 patients on trolleys, while Tallaght had 41`: a whole number with no noun of its own, paired
 * with the count right before it, counts what that count counts (a place, a month or a day between them is no subject).
 */
function pairedCount(input: SubjectInput): NounPhrase | null {
  const { span, kind, tokens, tags, times } = input;
  const previous = input.previous;
  // (A player's statistics are the player's: `Harden scored 39 points and Chris Paul added 24`.)
  if (input.gameReport || span.unit || span.counted || span.currency || span.percent || span.high || span.low.fraction || (kind !== 'number' && kind !== 'count')) return null;
  // `38 of Toronto’s 52 games`: a part of a count of its own.
  if (!previous?.subject || !previous.span.counted || tokens[span.readTo + 1]?.lower === 'of') return null;
  const between = tokens.slice(previous.span.readTo + 1, input.qualifierStart);
  const link = between.findLastIndex((t) => PAIRING_LINKS.has(t.lower) && !insideTime(t, times));
  if (between.length > 20 || link < 0) return null;
  // `, of which 52 were`, `, or 62`: a part or a restatement is no pair.
  if (between.some((t) => t.lower === 'which') || between[between.length - 1]!.lower === 'or') return null;
  // `primary schools accounted for 52,310 pupils and secondary schools for 41,950`, `with an average herd size of 579`: a common
  // noun after the link names a measure of its own; a name (`while Tallaght Hospital in Dublin had 41`) breaks the count down by place.
  const afterLink = between.slice(link + 1);
  if (afterLink.some((t) => t.kind === 'word' && /^[a-z]/.test(t.text) && tags.at(t).has('Noun') && !tags.at(t).has('Pronoun') && !insideTime(t, times) && !DETERMINERS.has(t.lower))) return null;
  // `while Tallaght had 41` leaves the count out; `and Jones added 18` is a clause of its own about Jones.
  // (`compared to last year’s 612`: `last` is no verb.)
  if (afterLink.some((t) => t.kind === 'word' && tags.at(t).has('Verb') && !tags.at(t).has('Noun') && !insideTime(t, times) && !HAVING_VERBS.has(t.lower) && !TIME_WINDOW_WORDS.has(t.lower) && t.lower !== 's')) return null;
  return previous.subject;
}

function findSubject(input: SubjectInput): NounPhrase | null {
  const { text, span, kind, tokens, tags, spans, times } = input;
  const others = spans.filter((s) => s !== span);
  const nextSpanStart = spans[spans.indexOf(span) + 1]?.firstToken ?? tokens.length;
  const after = span.readTo + 1;
  const word = (k: number) => tokens[k]?.lower;
  const phraseAt = (k: number) => {
    const phrase = phraseAfter(text, tokens, tags, k, nextSpanStart, ['of', 'in', 'for', 'to'].includes(tokens[k - 1]?.lower ?? ''));
    return phrase && pastLeadingTime(text, tokens, phrase, times);
  };
  if (span.elided) return { text: span.elided.subject, start: span.elided.start, end: span.elided.end };
  const paired = pairedCount(input);
  if (paired) return paired;
  // `twice as many men on the dole as women`: what a multiple compares is named between `many` and `as`.
  if (span.low.multiple && word(span.low.last + 1) === 'as' && ['many', 'much'].includes(word(span.low.last + 2) ?? '')) {
    const first = span.low.last + 3;
    let k = first;
    while (k < Math.min(tokens.length, first + 10) && word(k) !== 'as' && tokens[k]!.kind === 'word') k++;
    if (word(k) === 'as' && k > first) return { text: text.slice(tokens[first]!.start, tokens[k - 1]!.end), start: tokens[first]!.start, end: tokens[k - 1]!.end };
  }
  // `A gallon of petrol now sells at 34,850 cedis`: a price per measure is the price of the good measured.
  const measured = kind === 'money' ? measureOfBefore(tokens, span) : null;
  const good = measured && phraseAt(measured.of + 1);
  if (good) {
    // `a gallon of gas oil costs`: the price verb ends the good (the tagger may read `costs` as a noun).
    const last = tokens.findIndex((token) => token.end === good.end);
    if (PRICE_VERBS.has(tokens[last]?.lower ?? '') && last - 1 >= 0 && tokens[last - 1]!.start >= good.start) return { text: text.slice(good.start, tokens[last - 1]!.end), start: good.start, end: tokens[last - 1]!.end };
    return good;
  }
  // A count keeps what it counts (`Note: 12 schools were closed`).
  const label = tableRowLabel(input) ?? (span.counted ? null : lineLabel(input));
  if (label) return label;
  // `over the next two years`, `in the last 12 months`, `each of the five years`: a window of time, no subject.
  if (span.unit && TIME_UNITS.has(span.unit.unit) && word(after) !== 'of') {
    const before = input.qualifierStart - 1;
    // … and `in just five years`, `in only two months`: how fast a change came.
    if ((TIME_WINDOW_WORDS.has(word(before) ?? '') && DETERMINERS.has(word(before - 1) ?? '')) || (['just', 'only'].includes(word(before) ?? '') && word(before - 1) === 'in') || (word(before) === 'the' && word(before - 1) === 'of' && word(before - 2) === 'each')) return null;
    // `over a five-year period`, `a two-year window`: a duration naming a stretch of time measures nothing named.
    if (tokens[span.lastToken - 1]?.text === '-' && tokens[span.lastToken]!.gap === '' && STRETCH_NOUNS.has(word(after) ?? '')) return null;
    // `with 1.8 seconds left`, `with five minutes remaining`: the time left on a game clock measures nothing named.
    if (word(before) === 'with' && CLOCK_LEFT_WORDS.has(word(after) ?? '')) return null;
  }
  // `38 of Toronto’s 52 games`, `12 of the 40 schools`: a part of a count measures what the count counts.
  if (word(after) === 'of' && !span.counted) {
    let k = after + 1;
    while (k < after + 6 && tokens[k] && (DETERMINERS.has(tokens[k]!.lower) || ['’', "'", 's'].includes(tokens[k]!.lower) || tags.at(tokens[k]!).has('Possessive') || (tokens[k]!.kind === 'word' && ['’', "'"].includes(tokens[k + 1]?.text ?? '')))) k++;
    const whole = spans.find((other) => other.firstToken === k && other.counted && !other.counted.hyphenated);
    if (whole?.counted) {
      const start = tokens[(whole.high ?? whole.low).last + 1]!.start;
      return { text: text.slice(start, whole.counted.end), start, end: whole.counted.end };
    }
  }
  // `58 “dry days”`: a measure named in quotes is what the text counts.
  const closing = tokens[span.lastToken]!;
  if (span.unit?.kind === 'measure' && ['"', '”', '’'].includes(closing.text)) {
    const opening = tokens.findIndex((t, k) => k > (span.high ?? span.low).last && k < span.lastToken && ['"', '“', '‘'].includes(t.text));
    if (opening >= 0 && opening + 1 < span.lastToken) return { text: text.slice(tokens[opening + 1]!.start, tokens[span.lastToken - 1]!.end), start: tokens[opening + 1]!.start, end: tokens[span.lastToken - 1]!.end };
  }
  // `$269 million, or 14.6% of revenues`: a share restating the amount before it measures what that amount does (revenues are its base).
  if (kind === 'percent' && input.previous?.subject && input.previous.span.percent === null && tokens.slice(input.previous.span.readTo + 1, input.qualifierStart).map((t) => t.lower).join(' ') === ', or') return input.previous.subject;
  // `one pupil in five`: the noun inside the share.
  if (span.low.ratioNoun) return { text: span.low.ratioNoun.text, start: span.low.ratioNoun.start, end: span.low.ratioNoun.end };
  // `including doubling the number of inspectors`, `tripled its output`: a multiple written as a verb
  // measures its object (`the number of` kept, as the object is written). Not `more than double its
  // first-year total`, where the object is the base compared with.
  if (span.low.multiple && /(?:ing|ed)$/u.test(tokens[span.lastToken]!.lower) && tokens[after] && DETERMINERS.has(word(after) ?? '')) {
    const object = phraseAfter(text, tokens, tags, after, nextSpanStart);
    const objectEnd = object ? tokens.findIndex((t) => t.end === object.end) : -1;
    if (object && !overlapsTime(object, times)) {
      const inner = word(objectEnd + 1) === 'of' && WRAPPERS.has(tokens[objectEnd]!.lower) ? phraseAfter(text, tokens, tags, objectEnd + 2, nextSpanStart, true) : null;
      return inner ? { text: text.slice(object.start, inner.end), start: object.start, end: inner.end } : object;
    }
  }
  // `a 60-bed navigation center`, `a 1,200-place school`: the count describes the noun after it.
  if (span.counted?.hyphenated) {
    const phrase = modifiedNounAt(text, tokens, tags, after);
    if (phrase) return phrase;
  }
  // `gusts exceeding 260 kph`, `sales topping $5 billion`: a participle of reaching right after a noun phrase gives its level.
  // (`exceeding` may itself be read as the claim's qualifier, `more than`.)
  const reaching = REACHING_PARTICIPLES.has(word(input.qualifierStart) ?? '') ? input.qualifierStart : input.qualifierStart - 1;
  if (REACHING_PARTICIPLES.has(word(reaching) ?? '') && tokens[reaching - 1]?.kind === 'word') {
    const phrase = phraseBefore(text, tokens, tags, reaching - 1, 0);
    if (phrase && !overlapsTime(phrase, times)) return phrase;
  }
  const absolute = withAbsolute(input) ?? changeRecordedBy(input);
  if (absolute) return absolute;
  // `an increase of 58,000 in the number of people at work`, `a 2 percent increase in employment to 149,000`:
  // what a change noun is `in` is what the change, and the level it reached, measure.
  const changedIn = changeNounIn(input);
  if (changedIn) return changedIn;
  // `bringing its fleet to 40 vehicles`, `vacancies had fallen by a quarter to 75 posts`: the level a measured thing reached.
  const level = levelSubject(input) ?? measureReached(input) ?? byObjectSubject(input) ?? infinitiveObject(input);
  if (level) return level;
  // `The Dow fell 500 points`, `the Nasdaq lost 300 points, or 2%`: points are the unit of what the clause measures.
  if (span.counted && tokens[span.counted.token]!.lower === 'points') {
    const measured = clauseSubject(text, tokens, tags, input.qualifierStart - 1, others, times);
    if (measured) return measured;
  }
  if (span.counted && input.gameReport && GAME_STATISTIC_NOUNS.has(tokens[span.counted.token]!.lower)) {
    const holder = statisticHolder(input, others);
    if (holder) return holder;
  }
  // `the Conservatives took 306 seats`, `the ANC has only got 40.19% of the total vote`: a party's result.
  if (input.electionReport && (span.counted ? ELECTION_RESULT_NOUNS.has(tokens[span.counted.token]!.lower) : kind === 'percent' && shareOfTheVote(tokens, after))) {
    const holder = statisticHolder(input, others);
    if (holder) return withAcronym(text, holder);
  }
  // `98 cases of shootings`, `830 reported instances of theft from a vehicle`: occurrences count the thing after `of`.
  if (span.counted && OCCURRENCE_NOUNS.has(tokens[span.counted.token]!.lower) && word(span.counted.token + 1) === 'of') {
    const occurring = phraseAt(span.counted.token + 2);
    if (occurring) return occurring;
  }
  if (span.counted) {
    const firstModifier = tokens[(span.high ?? span.low).last + 1]!;
    const start = span.counted.direct ? span.counted.start : firstModifier.start;
    return { text: text.slice(start, span.counted.end), start, end: span.counted.end };
  }
  // `a $450 million, 20-year housing plan`: a hyphenated measure describes the noun after it.
  if (span.unit && span.unit.kind === 'measure' && tokens[span.lastToken]!.gap === '' && tokens[span.lastToken - 1]?.text === '-') {
    const phrase = modifiedNounAt(text, tokens, tags, after);
    if (phrase) return phrase;
  }
  // `a 95% confidence interval`, `the county's 10% limit`, `the 1 percent hotel tax`: a share written as an adjective.
  if (kind === 'percent' && !input.changeNounAfter) {
    const next = tokens[after];
    const nextTags = next ? tags.at(next) : null;
    if (next && nextTags && next.kind === 'word' && isSpace(next.gap) && nextTags.has('Noun') && !nextTags.has('Pronoun') && !nextTags.has('Date') && !nextTags.has('Adverb') && !NOT_IN_PHRASE.has(next.lower) && !CHANGE_NOUNS.has(next.lower)) {
      const phrase = modifiedNounAt(text, tokens, tags, after);
      if (phrase) return phrase;
    }
  }
  // `a 95 kWh battery`, `an 80% charge`, `a 6 million mt per year pellet plant`: after `a`/`an`, an amount
  // followed by a noun describes that noun.
  const described = word(after) === 'per' && tokens[after + 1]?.kind === 'word' ? after + 2 : after;
  // `a 1.93 ERA`: so does a bare number before a noun the count grammar leaves alone.
  if ((word(input.qualifierStart - 1) === 'a' || word(input.qualifierStart - 1) === 'an') && (span.unit || kind === 'percent' || kind === 'number') && !input.changeNounAfter && !CHANGE_NOUNS.has(word(described) ?? '') && tokens[described]?.kind === 'word' && !tags.at(tokens[described]!).has('Date')) {
    const phrase = modifiedNounAt(text, tokens, tags, described);
    if (phrase && !overlapsTime(phrase, times)) return phrase;
  }
  const measure = span.unit !== null && span.unit.kind === 'measure' && span.unit.unit !== 'age';
  // `12 acres of parkland`, `21,000 tons of fill`, in a list `394 horsepower, 512 pound-feet of torque`,
  // and durations: `two consecutive months of growth`, `51 days of no rain`.
  if (measure && word(after) === 'of') {
    const phrase = phraseAt(after + 1);
    if (phrase) return phrase;
  }
  // `17.2C (62.9F)`: the same amount in other units measures the same thing.
  if (input.previous && input.previous.span.readTo === input.qualifierStart - 2 && tokens[input.qualifierStart - 1]?.text === '(') return input.previous.subject;
  // `whites ($816)`, `Employment rose among core-aged women (+43,000; +0.7%)`: figures in brackets
  // right after a noun phrase are that group's or thing's.
  const bracketed = bracketedAfterPhrase(input);
  if (bracketed) return bracketed;
  // `a significant portion of the completed paving work, roughly 60%, or 92 miles, are local roads`:
  // a figure set off by commas right after a noun phrase is that phrase's size.
  const commaBefore = input.qualifierStart - 1;
  const headBefore = tokens[commaBefore - 1];
  if (tokens[commaBefore]?.text === ',' && tokens[span.readTo + 1]?.text === ',' && headBefore?.kind === 'word' && tags.at(headBefore).has('Noun') && !tags.at(headBefore).has('Pronoun') && !tags.at(headBefore).has('ProperNoun') && !insideTime(headBefore, times) && !insideSpan(headBefore, spans)) {
    const phrase = phraseBefore(text, tokens, tags, commaBefore - 1, 0);
    if (phrase && !overlapsTime(phrase, times)) return phrase;
  }
  // `4 GB of RAM, 128 GB SSD storage`, `a charge of $2.4 billion …, a $106 million charge`: an amount
  // written before a noun of its own names a new thing, whatever came before it.
  if ((kind === 'money' || (span.unit && span.unit.kind === 'measure' && !TIME_UNITS.has(span.unit.unit))) && !input.changeNounAfter && !COMPARED_LEVELS.has(word(after) ?? '') && !participleAfter(tokens, tags, after) && input.previous && tokens[after] && !tags.at(tokens[after]!).has('Date') && !insideTime(tokens[after]!, times) && !MONEY_VERBS_AFTER.has(word(after) ?? '') && !PAID_PARTICIPLES.has(word(after) ?? '') && !RATE_ABBREVIATIONS.has(word(after) ?? '')) {
    const own = modifiedNounAt(text, tokens, tags, after);
    const ownHead = own ? tokens.find((t) => t.end === own.end) : undefined;
    // compromise may read the noun as a verb (`a $106 million charge`): after `a`, any word but an adjective, a participle or a pronoun.
    const ownTags = ownHead ? tags.at(ownHead) : null;
    const afterArticle = ['a', 'an'].includes(word(input.qualifierStart - 1) ?? '');
    if (own && ownTags && !ownTags.has('Pronoun') && (ownTags.has('Noun') || (afterArticle && !ownTags.has('Adjective') && !ownTags.has('PastTense') && !ownTags.has('Gerund')))) return own;
  }
  // A claim that restates the one before it: `$742 million, or 62%`, `74.8%, up 0.4 percentage points`,
  // `US$43.5 million in federal grants, down 18%`.
  // An age (`$784 for women age 35 to 44, $772 for …`) describes a group; the figure after it restates nothing of it.
  if (input.previous && input.previous.subject && input.previous.span.unit?.unit !== 'age') {
    const previousSubject = input.previous.subject;
    // Skipped: the previous claim's own subject after it (`£40 million through the state aid formula`) and periods.
    const subjectAfter = previousSubject.start >= tokens[input.previous.span.readTo]!.end;
    const subjectEnd = subjectAfter ? tokens.findIndex((t, k) => k > input.previous!.span.readTo && t.start >= previousSubject.end && t.kind === 'symbol') : -1;
    const between = tokens
      .slice(subjectEnd >= 0 ? subjectEnd : input.previous.span.readTo + 1, input.qualifierStart)
      .filter((t, k, list) => !(t.start >= previousSubject.start && t.end <= previousSubject.end) && !insideTime(t, times) && !(TIME_PREPOSITIONS.has(t.lower) && list[k + 1] !== undefined && insideTime(list[k + 1]!, times)));
    if (between.length > 0 && between.length <= 6 && between.every((t) => TAIL_WORDS.has(t.lower)) && between.some((t) => t.text === ',' || t.lower === 'or' || t.lower === 'to')) {
      return previousSubject;
    }
    // `bonuses of $15.2 million, 9.7 million and $7.2 million`: the last item of a list of amounts.
    if (between.length > 0 && between.length <= 2 && between.map((t) => t.lower).join(' ').match(/^,? ?and$/) && kind !== 'count' && !input.previous.span.counted && !subjectAfter) return previousSubject;
  }
  if (input.inherited) return input.inherited;
  // `data downloads of 258 GB per month, up from an average of 208GB`: a comparison base measures what the figure before it measures.
  const base = comparedWith(input);
  if (base) return base;
  // `an investment to the tune of $13.46 billion`: the idiom measures the noun before it.
  const ofAt = input.qualifierStart - 1;
  if (word(ofAt) === 'of' && word(ofAt - 1) === 'tune') {
    const to = word(ofAt - 2) === 'the' ? ofAt - 3 : ofAt - 2;
    if (word(to) === 'to') {
      const phrase = phraseBefore(text, tokens, tags, to - 1, 0);
      if (phrase && !overlapsTime(phrase, times)) return phrase;
    }
  }
  // `a six-year deal worth $10.2 million`, `contracts worth £2 billion`: what is worth the amount.
  if (word(input.qualifierStart - 1) === 'worth') {
    let k = input.qualifierStart - 2;
    while (k >= 0 && insideTime(tokens[k]!, times)) k--;
    if (tokens[k] && TIME_PREPOSITIONS.has(tokens[k]!.lower) && insideTime(tokens[k + 1] ?? tokens[k]!, times)) k--;
    const head = tokens[k];
    if (head && head.kind === 'word' && tags.at(head).has('Noun') && !tags.at(head).has('Pronoun') && !insideSpan(head, spans)) {
      const phrase = phraseBefore(text, tokens, tags, k, 0);
      if (phrase && !overlapsTime(phrase, times)) return phrase;
    }
  }
  // `raised its tree canopy from 27%`, `holds the tax rate at $0.89`, `provincial funding for $61.7 million`.
  const beforeWord = word(input.qualifierStart - 1);
  if (beforeWord === 'from' || beforeWord === 'to' || beforeWord === 'at' || beforeWord === 'for') {
    // `had the highest median weekly earnings, at $1,053`: `at` after a comma gives the level of the phrase before it.
    const headIndex = beforeWord === 'at' && tokens[input.qualifierStart - 2]?.text === ',' ? input.qualifierStart - 3 : input.qualifierStart - 2;
    const head = tokens[headIndex];
    const headTags = head ? tags.at(head) : null;
    if (head && headTags && head.kind === 'word' && headTags.has('Noun') && !headTags.has('Pronoun') && !headTags.has('Verb') && !headTags.has('Date') && !insideTime(head, times) && !insideSpan(head, spans) && !NOT_IN_PHRASE.has(head.lower) && !changePairVerbs.has(head.lower)) {
      const phrase = phraseBefore(text, tokens, tags, headIndex, 0);
      if (phrase && !overlapsTime(phrase, times)) return phrase;
    }
  }
  // `people aged 16 to 64`, `children under the age of 16`.
  if (span.unit?.unit === 'age') {
    let k = input.qualifierStart - 1;
    while (k >= 0 && ['aged', 'ages', 'age', 'of', 'the', 'under', 'over', ','].includes(tokens[k]!.lower)) k--;
    const phrase = k >= 0 ? phraseBefore(text, tokens, tags, k, 0) : null;
    if (phrase) return phrase;
  }
  // Written as an adjective: `a 1.2-acre constructed wetland`, `12-foot-wide paved path`, `a $4.2 million package`.
  const hyphenated = span.unit && tokens[span.lastToken]!.gap === '' && tokens[span.lastToken - 1]?.text === '-';
  // Not a verb after the amount: `$2 million comes from the state trust`.
  // A change noun after it is no thing of its own (`a $2.1 million cut in personnel savings`).
  // Nor a comparative: `settled 99 cents lower` is a change of what the clause measures.
  if (hyphenated || (kind === 'money' && !input.changeNounAfter && !COMPARED_LEVELS.has(word(after) ?? '') && !participleAfter(tokens, tags, after) && !MONEY_VERBS_AFTER.has(word(after) ?? '') && !PAID_PARTICIPLES.has(word(after) ?? '') && !RATE_ABBREVIATIONS.has(word(after) ?? ''))) {
    let k = after;
    if (hyphenated && tokens[k]?.text === '-' && tokens[k]?.gap === '' && tokens[k + 1]?.gap === '') k += 2;
    const phrase = modifiedNounAt(text, tokens, tags, k);
    if (phrase) return phrase;
  }
  if (kind === 'money') {
    const purpose = purposeObject(input);
    if (purpose) return purpose;
    // `a charge of $2.4 billion for the early extinguishment of debt`: the noun the amount is of, not what it is for.
    if (word(input.qualifierStart - 1) === 'of' && word(after) === 'for') {
      const owner = phraseBefore(text, tokens, tags, input.qualifierStart - 2, 0);
      const ownerHead = owner ? tokens.find((t) => t.end === owner.end) : undefined;
      if (owner && ownerHead && !NOT_SUBJECT_BEFORE_OF.has(ownerHead.lower) && !WRAPPERS.has(ownerHead.lower) && !overlapsTime(owner, times)) return owner;
    }
  }
  if (kind === 'money') {
    // `$13.8 million in new spending`, `$2 million for road repairs`, `$1.8 million to emergency rental assistance`.
    let k = after;
    if (tokens[k]?.text === ',' && word(k + 1) === 'in') k++;
    // `£800 million already paid to households`, `$2 million awarded to 12 charities`: past the participle, to whom it goes.
    if (tags.at(tokens[k] ?? tokens[after - 1]!).has('Adverb') && tokens[k]?.kind === 'word' && tags.at(tokens[k + 1] ?? tokens[k]!).has('PastTense')) k++;
    if (tokens[k]?.kind === 'word' && PAID_PARTICIPLES.has(word(k)!) && ['to', 'for', 'on', 'into'].includes(word(k + 1) ?? '')) k++;
    // `$3.1 million comes from the general fund`, `will receive £40 million through the state aid formula`.
    if (word(k) === 'will' && word(k + 1) === 'come') k++;
    if (['comes', 'come', 'came'].includes(word(k) ?? '') && word(k + 1) === 'from') k++;
    // `provided $1.6 million more in public safety compensation`.
    if ((word(k) === 'more' || word(k) === 'less') && word(k + 1) === 'in') k++;
    const preposition = word(k);
    // `spent an average of $8,000 in Hong Kong`: a place after `in` says where the money went, not what it is.
    if (preposition === 'in' && tokens[k + 1] && tags.at(tokens[k + 1]!).has('Place')) {
      const spender = clauseSubject(text, tokens, tags, input.qualifierStart - 1, others, times);
      if (spender) return spender;
    }
    if (preposition === 'in' || preposition === 'into' || preposition === 'for' || preposition === 'of' || preposition === 'to' || preposition === 'through' || preposition === 'from') {
      let target = k + 1;
      // `$12 million in 41 community facilities projects`: the things the money goes to are counted.
      const counted = spans.find((other) => other.firstToken === target && other.counted && !other.counted.hyphenated);
      if (counted?.counted) {
        const start = tokens[(counted.high ?? counted.low).last + 1]!.start;
        return { text: text.slice(start, counted.counted.end), start, end: counted.counted.end };
      }
      // `to open a 60-bed navigation center`: past the verb.
      if (preposition === 'to' && tokens[target] && tags.at(tokens[target]!).has('Infinitive')) target++;
      const phrase = phraseAt(target);
      // `earned 45 billion yuan in the quarter`, `grossed $100 million in its opening weekend`: a period is when, not what.
      if (phrase && (preposition === 'in' || preposition === 'for') && PERIOD_HEADS.has(text.slice(phrase.start, phrase.end).split(/\s+/).pop()!.toLowerCase())) return clauseSubject(text, tokens, tags, input.qualifierStart - 1, others, times);
      // `weekly earnings were $784 for women`: money for a group of people is what the clause measures, for them.
      const forPeople = preposition === 'for' && phrase !== null && PEOPLE_GROUP_NOUNS.has(text.slice(phrase.start, phrase.end).split(/\s+/).pop()!.toLowerCase());
      if (phrase && !forPeople && !tags.at(tokens[target]!).has('ProperNoun')) return phrase;
      const forIndex = tokens.findIndex((t, i) => i > target && i < target + 8 && t.lower === 'for');
      if (forIndex > 0) {
        const forPhrase = phraseAfter(text, tokens, tags, forIndex + 1, tokens.length);
        if (forPhrase) return forPhrase;
      }
      if (phrase && !forPeople) return phrase;
    }
  }
  // `a 12% increase in ridership`.
  if (input.changeNounAfter) {
    for (let k = after; k < Math.min(tokens.length, after + 4); k++) {
      if (word(k) === 'in' || word(k) === 'of' || word(k) === 'for') {
        const inPhrase = phraseAt(k + 1);
        if (inPhrase) return inPhrase;
        break;
      }
    }
    // `$519.84 million in expenses, a $65.97 million increase`: a change set off right after an amount is that amount's.
    const previous = input.previous;
    if (previous?.subject && tokens.slice(previous.span.readTo + 1, input.qualifierStart).every((t) => t.text === ',' || t.lower === 'a' || t.lower === 'an' || t.lower === 'or')) return previous.subject;
  }
  // `a decrease in its production by 6.3 percent`: what the change noun before `by` is in.
  if (word(input.qualifierStart - 1) === 'by') {
    // `a surge in the price of OPEC’s oil basket by 5.6 percent`: the thing may run to a dozen tokens.
    // `saw the biggest rise in diesel prices, by 3.16p`: past a comma before `by`.
    const last = tokens[input.qualifierStart - 2]?.text === ',' ? input.qualifierStart - 3 : input.qualifierStart - 2;
    for (let k = last; k >= Math.max(0, input.qualifierStart - 14); k--) {
      if ((tokens[k]!.kind === 'symbol' && !['’', "'", '-'].includes(tokens[k]!.text)) || insideSpan(tokens[k]!, spans)) break;
      if (word(k) === 'in' && CHANGE_NOUNS.has(word(k - 1) ?? '')) {
        let target = k + 1;
        while (target < input.qualifierStart - 1 && (DETERMINERS.has(tokens[target]!.lower) || tags.at(tokens[target]!).has('Possessive') || ['its', 'their', 'our', 'his', 'her'].includes(tokens[target]!.lower))) target++;
        const phrase = phraseAfter(text, tokens, tags, target, last + 1);
        if (phrase && !overlapsTime(phrase, times)) return phrase;
        break;
      }
    }
  }
  const before = input.qualifierStart - 1;
  // `the current year's budget of $1.147 billion`, `the UK rate of 4.2%`.
  if (word(before) === 'of') {
    // `third-quarter profit of $3.6 billion`: a period opening the phrase is cut off.
    const written = phraseBefore(text, tokens, tags, before - 1, 0);
    const phrase = written && pastLeadingTime(text, tokens, written, times);
    const head = phrase ? tokens.find((t) => t.end === phrase.end) : undefined;
    // `GDP growth of 3.6 percent`, `a net gain of $131 million`: a change noun with a noun (or `net`) before it names the measure.
    const headIndex = head ? tokens.indexOf(head) : -1;
    const modifier = headIndex > 0 && phrase && tokens[headIndex - 1]!.start >= phrase.start ? tokens[headIndex - 1]! : undefined;
    const namedChange = modifier !== undefined && (NET_WORDS.has(modifier.lower) || (tags.at(modifier).has('Noun') && !tags.at(modifier).has('Adjective')));
    // `expanded at the rate of 6.5 per cent`, `grew at a “moderate pace” of 4.6%`: how fast, of what the clause measures.
    let opener = phrase ? tokens.findIndex((t) => t.start === phrase.start) - 1 : -1;
    while (opener > 0 && (DETERMINERS.has(word(opener) ?? '') || ['“', '"', '‘'].includes(tokens[opener]!.text))) opener--;
    const manner = phrase !== null && MANNER_NOUNS.has(phrase.text.replace(/[”"’]+$/u, '').split(/\s+/).pop()!.toLowerCase()) && word(opener) === 'at';
    // `Kenya's economy experienced a slower growth rate of 4.8 percent`: a growth rate is the growth of what the clause measures.
    const growthRate = head?.lower === 'rate' && word(headIndex - 1) === 'growth';
    if (phrase && head && !manner && !growthRate && (!NOT_SUBJECT_BEFORE_OF.has(head.lower) || namedChange) && !overlapsTime(phrase, times)) return phrase;
  }
  // `35% of residents`, `one-third of those counted`: the share's whole when the claim is an aside or opens the sentence;
  // `half of the households who entered shelter last year`: with the relative clause that says which.
  // … and after `with` (`almost even, with 52 per cent of data used in cities`), where the share has no verb of its own.
  const aside = before < 0 || tokens[before]!.text === ',' || tokens[before]!.lower === 'with' || (tokens[before - 1]?.text === ',' && QUALIFIER_LIKE.has(tokens[before]!.lower));
  // `Northern Ireland had 99% of its average rainfall`: a share of what the clause subject owns measures that, not the owner.
  const ownWhole = kind === 'percent' && ['its', 'their'].includes(word(after + 1) ?? '');
  if (word(after) === 'of' && (aside || ownWhole)) {
    const phrase = phraseAt(after + 1);
    if (phrase) return withRelativeClause(text, tokens, tags, phrase, spans, times);
  }
  const subject = clauseSubject(text, tokens, tags, before, others, times);
  if (subject) return subject;
  if (word(after) === 'of') {
    const phrase = phraseAt(after + 1);
    if (phrase) return phrase;
  }
  // A claim that opens its clause: `$3.1 million comes from the general fund`; never the unit of its rate (`per dollar`).
  for (let k = after; k < Math.min(nextSpanStart, after + 5); k++) {
    const token = tokens[k]!;
    // … nor the abbreviation of a rate (`pcm`, `p.m.`).
    const rateAbbreviation = token.lower === 'pcm' || (['p', 'pa'].includes(token.lower) && (tokens[k + 1]?.text === '.' || k === after));
    if (token.kind === 'symbol' || token.lower === 'per' || rateAbbreviation || (k === after && (token.lower === 'a' || token.lower === 'an'))) break;
    if (tags.at(token).has('Noun') && !tags.at(token).has('Pronoun')) return phraseAt(k);
  }
  return null;
}
