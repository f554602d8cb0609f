// Noun phrases of an English sentence from compromise's part-of-speech tags: the phrase that
// starts at a token (`phraseAfter`: `12 acres of [parkland]`) or ends at one (`phraseBefore`:
// `[the unemployment rate] fell to 3.5%`). The subject rules (subjects.ts) choose among them.

import { changeWords } from '../../rules/en/changes.js';
import type { WordTags } from './find-spans.js';
import { isSpaceGap as isSpace, type EnglishToken } from './tokens.js';

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'those', 'that', 'all', 'each', 'every', 'some', 'any', 'such', 'my', 'your', 'total', 'another', 'additional', 'other', 'both', 'which', 'whose']);
export const NOT_IN_PHRASE = new Set(['of', 'in', 'for', 'to', 'and', 'or', 'by', 'from', 'with', 'at', 'on', 'than', 'as', 'per', 'against', 'vs', 'versus', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'that', 'which', 'who', 'more', 'less', 'over', 'about', 'nearly', 'up', 'down', 'year', 'years', 'month', 'months', 'percent', 'last', 'since', 'during', 'through', 'including', 'said', 'says', 'according', ...changeWords.flatMap((rule) => rule.verbs).filter((verb) => verb.endsWith('ed') || ['rose', 'fell', 'grew', 'risen', 'fallen', 'grown'].includes(verb))]);

export interface NounPhrase {
  text: string;
  start: number;
  end: number;
}

export function isPhraseWord(token: EnglishToken, tags: ReadonlySet<string>, nextIsNoun: boolean): boolean {
  if (token.kind !== 'word' || NOT_IN_PHRASE.has(token.lower)) return false;
  if (tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adverb') || tags.has('Modal') || tags.has('Auxiliary') || tags.has('Copula')) return false;
  if (tags.has('Noun') || tags.has('Adjective') || tags.has('Possessive') || tags.has('ProperNoun') || tags.has('Acronym')) return true;
  // compromise reads some nouns of a compound as verbs (`sales tax revenue`): a bare verb form
  // directly before a noun is taken as part of the compound.
  // `Peak winds reached`: compromise reads a capitalised word opening a sentence as an imperative.
  return nextIsNoun && (tags.has('Infinitive') || tags.has('PresentTense') || tags.has('Gerund') || tags.has('Imperative')) && !tags.has('PastTense');
}

export const glued = (token: EnglishToken | undefined) => token !== undefined && token.gap === '';

/** `seasonally adjusted`, `newly built`, `fully funded`: an adverb in -ly before a modifier (an adjective or a participle) of the noun after it. */
function gradingAdverb(token: EnglishToken, next: EnglishToken | undefined, afterNext: EnglishToken | undefined, tags: WordTags): boolean {
  if (token.kind !== 'word' || !/^[a-z]{3,}ly$/i.test(token.text) || !tags.at(token).has('Adverb') || next?.kind !== 'word' || afterNext?.kind !== 'word') return false;
  const modifier = tags.at(next).has('Adjective') || (/ed$/.test(next.lower) && tags.at(next).has('PastTense'));
  return modifier && (tags.at(afterNext).has('Noun') || tags.at(afterNext).has('Adjective')) && !tags.at(afterNext).has('Pronoun');
}

/** The noun phrase starting at token k (leading determiners skipped), or null. `opening`: the phrase opens a clause, before its verb. */
export function phraseAfter(text: string, tokens: EnglishToken[], tags: WordTags, k: number, stopAt: number, afterPreposition = false, opening = false): NounPhrase | null {
  let first = k;
  while (first < stopAt && tokens[first] && DETERMINERS.has(tokens[first]!.lower)) first++;
  let last = -1;
  let index = first;
  const nouns = new Set<number>();
  while (index < stopAt && tokens[index]) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    // `Westbrook's 2024 budget`: a year between a possessive and its noun.
    // … and one between a determiner and its noun: `the 2020 construction season`.
    const afterDeterminer = index === first && first > k && DETERMINERS.has(tokens[first - 1]!.lower) && next?.kind === 'word' && isSpace(next.gap);
    if (token.kind === 'number' && /^(?:19|20)\d{2}$/.test(token.text) && ((tokens[index - 1]?.lower === 's' && last >= 0) || afterDeterminer)) {
      index++;
      continue;
    }
    // `the Progress 8 score`: a number inside a name, between a capitalised word and a noun.
    if (token.kind === 'number' && last >= 0 && /^[A-Z]/.test(tokens[index - 1]!.text) && tokens[index - 1]!.kind === 'word' && isSpace(token.gap) && next?.kind === 'word' && isSpace(next.gap) && /^[a-z]+$/.test(next.text) && !NOT_IN_PHRASE.has(next.lower) && /^\d{1,2}$/.test(token.text)) {
      index++;
      continue;
    }
    // `The S&P 500 rose`, `The iPhone 12 starts at`: a name ending in its number, before the verb.
    if (token.kind === 'number' && last >= 0 && last === index - 1 && /^(?:[A-Z]|[a-z]+[A-Z])/.test(tokens[index - 1]!.text) && tokens[index - 1]!.kind === 'word' && isSpace(token.gap) && /^\d{1,4}$/.test(token.text) && next?.kind === 'word' && isSpace(next.gap) && tags.at(next).has('Verb') && !tags.at(next).has('Noun')) {
      nouns.add(index);
      last = index;
      index++;
      continue;
    }
    // `COVID-19 vaccines`, `CO2 emissions`, `F-150 sales`: digits glued to a capitalised word (or by a hyphen) are part of its name.
    const glue = tokens[index - 1]?.text === '-' && glued(tokens[index - 1]) ? tokens[index - 2] : tokens[index - 1];
    if (token.kind === 'number' && glued(token) && last >= 0 && glue?.kind === 'word' && /^[A-Z]/.test(glue.text) && /^\d+$/.test(token.text)) {
      last = index;
      nouns.add(index);
      index++;
      continue;
    }
    if (token.kind === 'number') break;
    // `U.S. crude inventories`: the dots and letters of an abbreviation in capitals.
    if (last >= 0 && glued(token) && ((token.text === '.' && /^[A-Z]$/.test(tokens[index - 1]!.text)) || (token.kind === 'word' && /^[A-Z]$/.test(token.text) && tokens[index - 1]!.text === '.'))) {
      if (token.kind === 'word') {
        nouns.add(index);
        last = index;
      }
      index++;
      continue;
    }
    // `Westfield Mining Ltd.'s net profit`, `Acme Inc.'s profit`: the point of a company's abbreviation before its possessive.
    if (token.text === '.' && glued(token) && last >= 0 && last === index - 1 && /^[A-Z][a-z]{1,3}$/.test(tokens[index - 1]!.text) && (next?.text === '’' || next?.text === "'") && glued(next) && tokens[index + 2]?.lower === 's' && glued(tokens[index + 2])) {
      index++;
      continue;
    }
    if (token.kind === 'symbol') {
      // Hyphen or apostrophe glued inside a phrase (`low-income`, `city's`); an ampersand inside a name (`S&P`, `AT&T`); a hyphen before a name's digits (`COVID-19`).
      const nameDigits = token.text === '-' && next?.kind === 'number' && /^[A-Z]/.test(tokens[index - 1]?.text ?? '');
      if ((token.text === '-' || token.text === '’' || token.text === "'" || (token.text === '&' && /^[A-Z]/.test(tokens[index - 1]?.text ?? '') && /^[A-Z]/.test(next?.text ?? ''))) && glued(token) && glued(next) && last >= 0 && (next?.kind !== 'number' || nameDigits)) {
        index++;
        continue;
      }
      break;
    }
    if (index > first && !glued(token) && !/^\s+$/u.test(token.gap)) break;
    const nextIsNoun = next !== undefined && next.kind === 'word' && tags.at(next).has('Noun');
    if (token.lower === 's' && glued(token) && last >= 0) {
      last = index;
      index++;
      continue;
    }
    // After `of`, `in`, `for` a bare verb form is a noun (`21,000 tons of fill`).
    const readAsNoun = afterPreposition && index === first && (tags.at(token).has('Infinitive') || tags.at(token).has('PresentTense')) && !NOT_IN_PHRASE.has(token.lower);
    const hyphenJoined = glued(token) && (tokens[index - 1]?.text === '-' || tokens[index - 1]?.text === '&') && last >= 0;
    // `through the state aid formula,`: inside a prepositional phrase a verb form that ends it is its head noun.
    const endsAsNoun = afterPreposition && last === index - 1 && tags.at(tokens[last]!).has('Noun') && (tags.at(token).has('Infinitive') || tags.at(token).has('PresentTense')) && !NOT_IN_PHRASE.has(token.lower) && (!next || next.kind === 'symbol');
    if (endsAsNoun) nouns.add(index);
    // `on-time performance`: the first word of a hyphenated compound, whatever it is alone.
    const compoundStart = token.kind === 'word' && next?.text === '-' && glued(next) && glued(tokens[index + 2]) && tokens[index + 2]?.kind === 'word' && !DETERMINERS.has(token.lower);
    // `51 days of no rain`: `no` before a noun is part of what is named.
    const negation = index === first && token.lower === 'no' && nextIsNoun;
    // `the predicted number of deaths`, `the adjusted figure`: a participle between a determiner and its noun describes the noun.
    // … also before another modifier of that noun: `Total consolidated operating revenues`.
    const afterNext = tokens[index + 2];
    const nextModifiesNoun = next !== undefined && next.kind === 'word' && (tags.at(next).has('Gerund') || tags.at(next).has('Adjective')) && afterNext?.kind === 'word' && tags.at(afterNext).has('Noun');
    // `Reported net income was`, `adjusted operating income was`: one opening a clause too, and a
    // second one after an opening adjective (`Adjusted diluted EPS was`).
    // … and one after a possessive or an adjective of the noun: `Kenya's cumulative installed wind capacity`.
    const afterModifier = last >= first && last === index - 1 && (tokens[last]!.lower === 's' || (tags.at(tokens[last]!).has('Adjective') && !tags.at(tokens[last]!).has('Noun')));
    const participle = ((index === first || (opening && index === first + 1)) && (first > k || opening) || afterModifier) && token.kind === 'word' && tags.at(token).has('PastTense') && (nextIsNoun || nextModifiesNoun) && /\s/u.test(next!.gap);
    // `the seasonally adjusted unemployment rate`, `newly built homes`: an adverb in -ly grading the modifier after it.
    const grading = gradingAdverb(token, next, afterNext, tags);
    if (!isPhraseWord(token, tags.at(token), nextIsNoun) && !readAsNoun && !hyphenJoined && !endsAsNoun && !compoundStart && !negation && !participle && !grading) break;
    if (hyphenJoined) nouns.add(index);
    if (readAsNoun) nouns.add(index);
    last = index;
    index++;
  }
  if (last < first) return null;
  // The head must be a noun: trim trailing adjectives.
  while (last >= first && !tags.at(tokens[last]!).has('Noun') && !nouns.has(last) && tokens[last]!.lower !== 's') last--;
  if (last < first) return null;
  return { text: text.slice(tokens[first]!.start, tokens[last]!.end), start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The noun phrase ending at token k (going backwards), or null. */
export function phraseBefore(text: string, tokens: EnglishToken[], tags: WordTags, k: number, stopAt: number): NounPhrase | null {
  let last = k;
  if (last < stopAt || !tokens[last] || (tokens[last]!.kind === 'word' && !tags.at(tokens[last]!).has('Noun'))) return null;
  let first = last;
  let index = last - 1;
  while (index >= stopAt) {
    const token = tokens[index]!;
    const following = tokens[index + 1]!;
    if (token.kind === 'symbol') {
      if ((token.text === '-' || token.text === '’' || token.text === "'") && glued(token) && glued(following)) {
        index--;
        continue;
      }
      break;
    }
    if (!glued(following) && !/^\s+$/u.test(following.gap)) break;
    if ((!isPhraseWord(token, tags.at(token), true) && !gradingAdverb(token, following, tokens[index + 2], tags)) || DETERMINERS.has(token.lower)) break;
    // `will receive bonuses`, `he pays fees`: a verb form after a modal or a pronoun is the verb, not part of a compound.
    const previousTags = index > 0 ? tags.at(tokens[index - 1]!) : null;
    if (!tags.at(token).has('Noun') && tags.at(token).has('Verb') && previousTags && (previousTags.has('Modal') || previousTags.has('Auxiliary') || previousTags.has('Pronoun'))) break;
    first = index;
    index--;
  }
  if (tokens[first]!.kind !== 'word') return null;
  return { text: text.slice(tokens[first]!.start, tokens[last]!.end), start: tokens[first]!.start, end: tokens[last]!.end };
}
