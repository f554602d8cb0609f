// The noun an English number counts: right after it or after up to three modifiers
// (`1,200 low-income households`), hyphenated to it as an adjective (`a 60-bed center`), or the
// singular noun after `one` (`at least one play area`). Reads compromise's tags via WordTags.
import { NOT_COUNTED } from '../../rules/en/units.js';
import { isSpaceGap, type EnglishToken } from './tokens.js';
import { ORDINAL_WORDS } from '../../rules/en/numbers.js';
import type { CountedNoun, SentenceView } from './spans.js';
import { DASHES } from './quantities.js';
import { longestForm, UNIT_FORMS } from './affixes.js';

export const MODIFIER_STOP = new Set(['of', 'in', 'for', 'to', 'and', 'or', 'the', 'a', 'an', 'per', 'each', 'by', 'from', 'with', 'at', 'on', 'than', 'as', 'that', 'which', 'who', 'were', 'was', 'are', 'is', 'be', 'will', 'have', 'has', 'had', 'this', 'last', 'next', 'more', 'less', 'fewer', 'over', 'under', 'about', 'up', 'down']);
const QUOTES_OPEN = new Set(['"', '“', '‘']);
const QUOTES_CLOSE = new Set(['"', '”', '’']);
/** The words of tokens first..last as written. */
const text = (tokens: EnglishToken[], first: number, last: number) => tokens.slice(first, last + 1).map((t, n) => (n > 0 ? t.gap : '') + t.text).join('');

/** Words between a number and the noun it counts that add to a count rather than modify the noun. */
const ADDITION_BEFORE_NOUN = new Set(['more', 'fewer']);
/** Singular nouns hyphenated to a number that do not count anything: `a 3-fold rise`, `a 5-star rating`. */
export const NOT_HYPHEN_COUNTED = new Set(['fold', 'plus', 'strong', 'odd', 'something', 'star', 'percent', 'point', 'digit', 'way', 'time', 'old', 'second', 'cent', 'inch', 'yard', 'ounce', 'watt', 'volt', 'kilo', 'gram', 'litre', 'liter']);

/** A plural noun: lower case, or a capitalised people noun (`twenty million Americans`). */
/** The plural of a product's or an acronym's name (`iPhones`, `SUVs`, `ATMs`): counted, and written as the name is. */
export const NAME_PLURAL = /^(?:[a-z][A-Z][a-z]+|[A-Z]{2,5})s$/;

export const isPlural = (token: EnglishToken, tags: ReadonlySet<string>) =>
  (token.kind === 'word' && (/^[a-z]/.test(token.text) || /^[A-Z][a-z]+ns$/.test(token.text)) && !NOT_COUNTED.has(token.lower) && tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Date') && token.lower.length > 2) ||
  // `232 million iPhones`, `40,000 SUVs`, `300 ATMs`.
  (token.kind === 'word' && NAME_PLURAL.test(token.text));

/** Words between a number and the noun it counts: `new`, `low-income`, `sworn`, `warming`, `spray`. */
export const isModifier = (token: EnglishToken, tags: ReadonlySet<string>) =>
  token.kind === 'word' &&
  !MODIFIER_STOP.has(token.lower) &&
  (tags.has('Adjective') || (tags.has('Noun') && !tags.has('Plural') && !tags.has('Pronoun')) || (tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal'))) &&
  !tags.has('Value') &&
  !tags.has('Date');

/** `community meetings`, `county-owned parcels`: the noun at `index` modifies the one after it. */
export function continuesCompound(view: SentenceView, index: number): boolean {
  const { tokens, tags } = view;
  const after = tokens[index + 1];
  if (!after) return false;
  if (DASHES.has(after.text) && after.gap === '' && tokens[index + 2]?.gap === '' && tokens[index + 2]?.kind === 'word') return true;
  // `41 community facilities projects`: a word in -s right after a plural noun is no verb (a plural
  // subject takes the base form), so compromise's `projects` (PresentTense) is the head noun.
  const current = tokens[index]!;
  const pluralHere = current.kind === 'word' && /[^s]s$/.test(current.lower) && tags.at(current).has('Plural');
  const nounInS = pluralHere && after.kind === 'word' && /^[a-z]{3,}[^s]s$/.test(after.text) && tags.at(after).has('PresentTense') && !NOT_COUNTED.has(after.lower);
  return after.gap === ' ' && after.kind === 'word' && (isPlural(after, tags.at(after)) || nounInS);
}

/** `zero-emission`, `park-and-ride`: a word glued by a hyphen to the word after it. */
export const startsCompound = (tokens: EnglishToken[], index: number) => {
  const dash = tokens[index + 1];
  return dash !== undefined && DASHES.has(dash.text) && dash.gap === '' && tokens[index + 2]?.gap === '' && tokens[index + 2]?.kind === 'word';
};

/** The catalog units that count things (`units`, `dwellings`), longest first like UNIT_FORMS. */
const COUNT_UNIT_FORMS = UNIT_FORMS.filter((form) => form.rule.kind === 'count');

/** The noun counted by a number: directly after it, or after up to three modifiers. */
export function countedNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  let index = k;
  let modifiers = 0;
  // `58 “dry days”`, `seven "nationally significant energy projects"`: a quoted phrase whose last
  // word is a plural noun is what the number counts.
  const open = tokens[k];
  if (open && QUOTES_OPEN.has(open.text) && isSpaceGap(open.gap) && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.gap === '') {
    for (let close = k + 2; close < Math.min(tokens.length, k + 14); close++) {
      const mark = tokens[close]!;
      if (mark.kind === 'symbol' && !DASHES.has(mark.text)) {
        const noun = tokens[close - 1]!;
        if (!QUOTES_CLOSE.has(mark.text) || mark.gap !== '' || noun.kind !== 'word' || !(isPlural(noun, tags.at(noun)) || /^[a-z]{3,}[^s]s$/.test(noun.text))) return null;
        return { text: text(tokens, k + 1, close - 1), start: tokens[k + 1]!.start, end: noun.end, token: close - 1, direct: true };
      }
    }
    return null;
  }
  // `eight more workers`, `12 fewer buses`: a word of addition counts what follows it.
  if (ADDITION_BEFORE_NOUN.has(tokens[k]?.lower ?? '') && isSpaceGap(tokens[k]!.gap) && tokens[k + 1]?.kind === 'word' && isSpaceGap(tokens[k + 1]!.gap)) {
    const noun = countedNounAt(view, k + 1);
    return noun ? { ...noun, direct: noun.direct } : null;
  }
  while (index < tokens.length && modifiers <= 4) {
    const token = tokens[index]!;
    // `20 Boeing 737 jets`: the number of a model's name (a non-claim stretch) modifies the noun.
    if (token.kind === 'number' && index > k && isSpaceGap(token.gap) && view.blocked.some((range) => range.start <= token.start && range.end >= token.end && range.start < token.start)) {
      index++;
      continue;
    }
    // `300 U.S. troops`: an acronym written with dots modifies the noun.
    const letterDot = (at: number) => /^[A-Z]$/.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '.' && tokens[at + 1]!.gap === '';
    if (isSpaceGap(token.gap) && letterDot(index) && letterDot(index + 2) && tokens[index + 2]!.gap === '') {
      index += letterDot(index + 4) && tokens[index + 4]!.gap === '' ? 6 : 4;
      modifiers++;
      continue;
    }
    if (token.kind === 'symbol') {
      // Hyphenated modifiers (`low-income`): a dash glued on both sides.
      if (DASHES.has(token.text) && token.gap === '' && tokens[index + 1]?.gap === '' && index > k) {
        index++;
        continue;
      }
      return null;
    }
    if (index > k && !(token.gap === '' || isSpaceGap(token.gap))) return null;
    if (index === k && !isSpaceGap(token.gap)) return null;
    const tokenTags = tags.at(token);
    const unit = longestForm(tokens, index, COUNT_UNIT_FORMS, false);
    if (unit && !continuesCompound(view, unit.last)) {
      const end = tokens[unit.last]!;
      return { text: tokens[index]!.text, start: tokens[index]!.start, end: end.end, token: unit.last, direct: index === k };
    }
    // compromise reads some plural nouns after a number as verbs (`five spray grounds`).
    const pluralVerb = tokenTags.has('PresentTense') && /^[a-z]{3,}[^s]s$/.test(token.text) && !NOT_COUNTED.has(token.lower);
    // `human services workers`: a plural noun that modifies the plural noun after it.
    if ((isPlural(token, tokenTags) || pluralVerb) && continuesCompound(view, index)) {
      modifiers++;
      index++;
      continue;
    }
    if (isPlural(token, tokenTags) || pluralVerb) return { text: token.text, start: token.start, end: token.end, token: index, direct: index === k };
    // Words joined by hyphens modify together, whatever each is on its own (`park-and-ride`).
    const hyphenJoined = (index > k && token.gap === '' && DASHES.has(tokens[index - 1]!.text)) || (startsCompound(tokens, index) && !MODIFIER_STOP.has(token.lower));
    // `two particularly exciting events`, `40 highly skilled jobs`: a degree adverb before an adjective.
    const next = tokens[index + 1];
    const degree = token.kind === 'word' && tokenTags.has('Adverb') && /^(?:very|[a-z]{3,}ly)$/.test(token.lower) && next?.kind === 'word' && isSpaceGap(next.gap) && ['Adjective', 'Gerund', 'PastTense'].some((tag) => tags.at(next).has(tag));
    // `700,000 MICE travellers`, `500 NHS nurses`: an acronym in capitals modifies the noun.
    const acronym = token.kind === 'word' && /^[A-Z]{2,6}$/.test(token.text);
    // `5,000 new and upskilled nurses`: two modifiers joined by `and` or `or` share the noun.
    const joined = (token.lower === 'and' || token.lower === 'or') && index > k && isModifier(tokens[index - 1]!, tags.at(tokens[index - 1]!)) && next?.kind === 'word' && isSpaceGap(next.gap) && isModifier(next, tags.at(next));
    if (!hyphenJoined && !degree && !acronym && !joined && !isModifier(token, tokenTags)) return null;
    if (!hyphenJoined) modifiers++;
    index++;
  }
  return null;
}

/** `a 1,200-place school`, `a 60-seat hall`: a singular noun hyphenated to the number, used as an adjective. */
export function hyphenNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  const dash = tokens[k];
  const word = tokens[k + 1];
  const after = tokens[k + 2];
  if (!dash || !DASHES.has(dash.text) || dash.gap !== '' || !word || word.gap !== '' || word.kind !== 'word') return null;
  if (!/^[a-z]{3,}$/.test(word.text) || NOT_HYPHEN_COUNTED.has(word.lower) || ORDINAL_WORDS.has(word.lower) || MODIFIER_STOP.has(word.lower) || NOT_COUNTED.has(word.lower)) return null;
  // compromise often tags `1,200-place` as one term (the word then has no tags of its own) or a
  // noun as a verb (`60-seat`): any word that is not plainly another part of speech will do.
  const wordTags = tags.at(word);
  if (['Plural', 'Date', 'Pronoun', 'Value', 'Adjective', 'Adverb', 'PastTense', 'Gerund', 'Preposition', 'Determiner', 'Conjunction'].some((tag) => wordTags.has(tag))) return null;
  // Used as an adjective: a word follows after a space (`-place primary school`), not another hyphen.
  if (!after || after.kind !== 'word' || !isSpaceGap(after.gap)) return null;
  return { text: word.text, start: word.start, end: word.end, token: k + 1, direct: true, hyphenated: true };
}

/** `at least one fully accessible play area`: the singular noun counted by `one`. */
export function singularNounAt(view: SentenceView, k: number): CountedNoun | null {
  const { tokens, tags } = view;
  let index = k;
  while (index < tokens.length && index < k + 5) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !(isSpaceGap(token.gap) || (token.gap === '' && tokens[index - 1]?.text === '-'))) {
      if (token.kind === 'symbol' && DASHES.has(token.text) && token.gap === '') {
        index++;
        continue;
      }
      return null;
    }
    const tokenTags = tags.at(token);
    const next = tokens[index + 1];
    const nextTags = next ? tags.at(next) : new Set<string>();
    const nextIsNoun = next !== undefined && next.kind === 'word' && isSpaceGap(next.gap) && nextTags.has('Noun') && !nextTags.has('Pronoun') && !MODIFIER_STOP.has(next.lower);
    if (tokenTags.has('Noun') && tokenTags.has('Singular') && !nextIsNoun && !MODIFIER_STOP.has(token.lower)) return { text: token.text, start: token.start, end: token.end, token: index, direct: index === k };
    if (!(tokenTags.has('Adjective') || tokenTags.has('Adverb') || tokenTags.has('Noun')) || MODIFIER_STOP.has(token.lower)) return null;
    index++;
  }
  return null;
}
