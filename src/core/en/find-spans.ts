// find (English): the tokens of one sentence → claim spans, each with the rule that found it.
// A span is a quantity (digits, words, a fraction) with what is written around it as part of
// the claim: a currency sign before it, a scale word, a percent sign or word, a unit or the
// counted noun after it, or a second quantity making a range. Values are left to the resolver.
import { MULTIPLE_BASE_AFTER, MULTIPLE_BASE_BEFORE, multipleWords, type MultipleWordRule } from '../../rules/en/numbers.js';

import { compoundMeasures, measures } from '../../rules/en/measures.js';
import { AGE_QUALIFIERS_AFTER, AGE_QUALIFIERS_BEFORE, ageNouns, agePrefixes, quantityUnits, type CurrencyRule, type QuantityUnitRule } from '../../rules/en/units.js';
import { changePairVerbs, changeWords } from '../../rules/en/changes.js';
import { digitValue, isSpaceGap, type EnglishToken } from './tokens.js';
import type { CountedNoun, EnglishSpan, Quantity, SentenceView } from './spans.js';
import { DASHES, SCALE_WORDS, digitQuantity, quantityAt, wordQuantity } from './quantities.js';
import { currencyAt, localCurrency, suffixAt, longestForm, UNIT_FORMS, type Suffix } from './affixes.js';
import { continuesCompound, countedNounAt, hyphenNounAt, isModifier, isPlural, singularNounAt, startsCompound } from './counted-nouns.js';
import { MODIFIER_STOP } from './counted-nouns.js';
export type { CountedNoun, ElidedNoun, EnglishSpan, Quantity, SentenceView, WordTags } from './spans.js';

const AGE_UNIT = quantityUnits.find((rule) => rule.unit === 'age')!;
const PEOPLE_UNIT = quantityUnits.find((rule) => rule.unit === 'people')!;
const SECOND_UNIT = quantityUnits.find((rule) => rule.unit === 'second')!;
const AGE_NOUNS = new Set(ageNouns.flatMap((rule) => rule.nouns));
/** Nouns for a person after `N-year-old`: roles, relations, players. */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'son', 'daughter', 'mother', 'father', 'player', 'center', 'centre', 'forward', 'defenseman', 'defender', 'guard', 'goalie', 'goalkeeper', 'striker', 'midfielder', 'pitcher', 'catcher', 'quarterback', 'rookie', 'veteran', 'star', 'runner', 'driver', 'rider', 'student', 'suspect', 'victim', 'officer', 'resident', 'worker', 'actor', 'actress', 'singer', 'founder', 'chief', 'executive', 'mayor', 'senator', 'candidate', 'winger', 'outfielder', 'infielder', 'champion', 'swimmer', 'athlete', 'coach', 'native', 'teenager', 'patient', 'grandmother', 'grandfather', 'husband', 'wife', 'brother', 'sister', 'passenger', 'pilot', 'gunman', 'shooter', 'nurse', 'doctor', 'teacher', 'owner', 'manager', 'president', 'leader', 'defendant', 'friend', 'neighbor', 'neighbour', 'audience', 'viewer', 'listener', 'reader', 'voter', 'consumer', 'user', 'fan', 'adult']);
const MULTIPLE_UNIT = quantityUnits.find((rule) => rule.unit === 'x')!;
const MULTIPLE_FORMS = new Map<string, { rule: MultipleWordRule; verb: boolean }>(multipleWords.flatMap((rule) => [...rule.verbForms.map((form) => [form, { rule, verb: true }] as const), ...rule.baseForms.map((form) => [form, { rule, verb: false }] as const)]));
const AGE_PHRASES = agePrefixes.flatMap((rule) => rule.phrases.map((phrase) => phrase.split(' '))).sort((a, b) => b.length - a.length);
/** Words before `one` that make it a count of the singular noun after it: `at least one play area`. */
const HANGING_LINKS = new Set(['to', 'or', 'and']);
const ONE_COUNTS_AFTER = new Set(['least', 'only', 'just', 'than', 'exactly', 'single']);

const YEAR_LIKE = /^(?:1[89]|20)\d{2}$/;
const TIME_PREPOSITIONS = new Set(['in', 'since', 'by', 'during', 'until', 'through', 'of', 'from', 'to', 'before', 'after', 'between', 'and', 'year', 'fiscal', 'fy', 'circa', 'early', 'late', 'mid', 'spring', 'summer', 'fall', 'autumn', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Capitalised words before a number that are not names (`Over 500`, `About 40`). */
const NOT_NAME_WORDS = new Set(['over', 'nearly', 'about', 'around', 'approximately', 'almost', 'some', 'under', 'only', 'just', 'roughly', 'more', 'less', 'fewer', 'up', 'at', 'in', 'by', 'since', 'with', 'of', 'to', 'for', 'from', 'and', 'or', 'the', 'all', 'total', 'another', 'an', 'additional', 'top', 'last', 'first', 'next', 'past', 'than']);

function isBlocked(view: SentenceView, token: EnglishToken): boolean {
  return view.blocked.some((range) => token.start >= range.start && token.end <= range.end);
}

/** Change verbs a few words before `from` make `from X to Y` a change, not a range. */
function changeBefore(tokens: EnglishToken[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 6); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && /[,;:]/.test(token.text)) return k === index - 1 && restatedChange(tokens, k);
    if (changePairVerbs.has(token.lower)) return true;
  }
  return false;
}

/** Verbs and nouns of a change, for `an increase of 12% …, from 97,109 to 108,642`. */
const CHANGE_WORDS = new Set([...changePairVerbs, ...changeWords.flatMap((rule) => [...rule.verbs, ...rule.nouns])]);

/** `showed an increase of 12% from … to …, from 97,109 to 108,642`: a pair after a comma restates the change of its clause. */
function restatedChange(tokens: EnglishToken[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - 30); k--) {
    const token = tokens[k]!;
    if (token.kind === 'symbol' && /[;:.]/.test(token.text)) return false;
    if (CHANGE_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** `one in four`, `1 in 5`, `one pupil in five`, `two out of three`: a share written as a ratio. */
function ratioAt(view: SentenceView, quantity: Quantity): Quantity | null {
  const { tokens, tags } = view;
  if (quantity.fraction || quantity.scale || !Number.isInteger(quantity.value) || quantity.value < 1) return null;
  let at = quantity.last + 1;
  let ratioNoun: CountedNoun | undefined;
  // `one pupil in five`: the noun counted stands between the two numbers.
  const noun = tokens[at];
  if (noun?.kind === 'word' && (tokens[at + 1]?.lower === 'in' || (tokens[at + 1]?.lower === 'out' && tokens[at + 2]?.lower === 'of')) && isSpaceGap(noun.gap) && /^[a-z]{3,}$/.test(noun.text) && !MODIFIER_STOP.has(noun.lower)) {
    // compromise may read the noun after `one` as a verb (`one contract in ten`): a base form will do.
    const nounTags = tags.at(noun);
    const plural = nounTags.has('Plural') || (!nounTags.has('Noun') && noun.lower.endsWith('s'));
    const nounLike = nounTags.has('Noun') || nounTags.has('Infinitive') || nounTags.has('PresentTense');
    if (!nounLike || nounTags.has('Pronoun') || nounTags.has('Date') || nounTags.has('PastTense') || nounTags.has('Gerund') || (quantity.value === 1) === plural) return null;
    ratioNoun = { text: noun.text, start: noun.start, end: noun.end, token: at, direct: true };
    at++;
  }
  // `two out of three`: the same share with `out of` for `in`.
  if (tokens[at]?.lower === 'out' && isSpaceGap(tokens[at]!.gap) && tokens[at + 1]?.lower === 'of') at++;
  const link = tokens[at];
  if ((link?.lower !== 'in' && link?.lower !== 'of') || (link.lower === 'of' && tokens[at - 1]?.lower !== 'out') || !isSpaceGap(link.gap)) return null;
  const next = tokens[at + 1];
  if (!next || !isSpaceGap(next.gap) || YEAR_LIKE.test(next.text)) return null;
  const denominator = next.kind === 'number' ? digitQuantity(tokens, at + 1, false) : wordQuantity(tokens, at + 1);
  if (!denominator || denominator.scale || !Number.isInteger(denominator.value) || denominator.value <= quantity.value || denominator.value > 1000) return null;
  // `81 assists in 182 games`: a large count over a count of games is no share; `3 patients in 10` is.
  if (ratioNoun && quantity.value >= 10 && !/^10+$/.test(String(denominator.value))) return null;
  // `2 cases in 10 days`: a unit after the second number makes it a quantity of its own.
  const after = tokens[denominator.last + 1];
  if (ratioNoun && after?.kind === 'word' && isSpaceGap(after.gap) && (longestForm(tokens, denominator.last + 1, UNIT_FORMS, false) || isPlural(after, tags.at(after)))) return null;
  return { first: quantity.first, last: denominator.last, value: quantity.value / denominator.value, words: quantity.words, scale: null, fraction: true, ...(ratioNoun ? { ratioNoun } : {}) };
}

/** `doubled`, `to triple`, `more than double`: a multiple written as a word, with `x` as its unit. */
function multipleAt(tokens: EnglishToken[], i: number): Piece | null {
  const token = tokens[i]!;
  if (token.kind !== 'word') return null;
  const form = MULTIPLE_FORMS.get(token.lower);
  if (!form) return null;
  const next = tokens[i + 1];
  // `double-digit`, `doubled-up`, `doubled down`: compounds and idioms, not multiples.
  if (next && ((DASHES.has(next.text) && next.gap === '') || next.lower === 'down')) return null;
  // `double the project originally envisaged`: the base form before a determiner compares sizes.
  const comparesSize = (MULTIPLE_BASE_BEFORE.has(next?.lower ?? '') || (form.rule.id === 'multiple-twice' && next?.lower === 'as')) && isSpaceGap(next!.gap) && tokens[i - 1]?.lower !== 'a';
  if (!form.verb && !comparesSize && (form.rule.id === 'multiple-twice' || !MULTIPLE_BASE_AFTER.has(tokens[i - 1]?.lower ?? ''))) return null;
  const quantity: Quantity = { first: i, last: i, value: form.rule.value, words: false, scale: null, fraction: false, multiple: form.rule };
  return { firstToken: i, quantity, currency: null, currencyWord: false, suffix: { last: i, percent: null, currency: null, unit: { ...MULTIPLE_UNIT, id: form.rule.id } } };
}

/** `of 16`, `of the 40`, `of its 18`: a count of the whole right after a part (at token k, the `of`), larger than the part. */
function partOfCount(tokens: EnglishToken[], k: number, part: number): boolean {
  // `all but two of the 13` counts the others.
  if (tokens[k]?.lower !== 'of' || part < 2 || tokens[k - 2]?.lower === 'but') return false;
  let at = k + 1;
  while (at < k + 3 && tokens[at] && ['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those'].includes(tokens[at]!.lower)) at++;
  const whole = tokens[at];
  return whole?.kind === 'number' && /^\d[\d,]*$/.test(whole.text) && digitValue(whole) > part;
}

/** Qualifiers after which `a`/`an` before a measure is one of it: `at least an inch of rain`. */
const ARTICLE_MEASURE_AFTER = new Set(['least', 'about', 'nearly', 'almost', 'roughly', 'around', 'than', 'over', 'under', 'approximately', 'just', 'only', 'barely']);

/** `at least an inch of rain`, `more than a mile`: one of a physical measure written with an article. */
function articleMeasureAt(tokens: EnglishToken[], i: number): Piece | null {
  const token = tokens[i]!;
  if ((token.lower !== 'a' && token.lower !== 'an') || !ARTICLE_MEASURE_AFTER.has(tokens[i - 1]?.lower ?? '')) return null;
  const suffix = suffixAt(tokens, i + 1);
  if (!suffix?.unit || suffix.unit.kind !== 'measure' || suffix.unit.id.startsWith('duration-') || !isSpaceGap(tokens[i + 1]!.gap)) return null;
  const quantity: Quantity = { first: i, last: i, value: 1, words: true, scale: null, fraction: false };
  return { firstToken: i, quantity, currency: null, currencyWord: false, suffix };
}

/** `seniors 65 and older`, `children under 6`: an age written after a people noun with a qualifier. */
function ageAfterPeople(tokens: EnglishToken[], first: number, last: number, value: number): boolean {
  if (!Number.isInteger(value) || value > 120) return false;
  const isPeople = (index: number) => AGE_NOUNS.has(tokens[index]?.lower ?? '');
  for (const words of AGE_QUALIFIERS_BEFORE) {
    if (words.every((word, w) => tokens[first - words.length + w]?.lower === word) && isPeople(first - words.length - 1)) return true;
  }
  if (!isPeople(first - 1)) return false;
  const plus = tokens[last + 1];
  if (plus?.text === '+' && plus.gap === '') return true;
  return AGE_QUALIFIERS_AFTER.some((words) => words.every((word, w) => tokens[last + 1 + w]?.lower === word && isSpaceGap(tokens[last + 1 + w]!.gap)));
}

/**
 * `the 21-year-old center`, `22-year-old Maple Leafs forward William Nylander`: a person's age.
 * Returns the token of `old`, or -1; `a 50-year-old bridge` stays a duration.
 */
function yearOldAge(view: SentenceView, firstToken: number, suffixEnd: number): number {
  const { tokens, tags } = view;
  const dash = tokens[suffixEnd + 1];
  // `24-year-old`, and as news also writes it, `16-39 year old viewers`.
  const dashed = dash !== undefined && DASHES.has(dash.text) && dash.gap === '';
  const oldAt = dashed ? suffixEnd + 2 : suffixEnd + 1;
  const old = tokens[oldAt];
  if (old?.lower !== 'old' || (dashed ? old.gap !== '' : old.gap !== ' ')) return -1;
  const next = tokens[oldAt + 1];
  // `The 24-year-old has`, `said the 31-year-old.`: the age standing for the person it describes.
  const asNoun = ['the', 'a', 'an'].includes(tokens[firstToken - 1]?.lower ?? '') && (!next || next.kind === 'symbol' || (tags.at(next).has('Verb') && !tags.at(next).has('Noun')));
  if (asNoun) return oldAt;
  if (!next || next.kind !== 'word' || !isSpaceGap(next.gap)) return -1;
  const person = AGE_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lower.replace(/s$/, '')) || (/^[A-Z]/.test(next.text) && tags.at(next).has('ProperNoun'));
  return person ? oldAt : -1;
}

/** `Joe Maddon, 66, said`: a whole number between commas right after a name. */
function ageAfterName(view: SentenceView, piece: Piece): boolean {
  const { tokens, tags } = view;
  const { first, last, value, words } = piece.quantity;
  if (words || first !== last || !Number.isInteger(value) || value < 1 || value > 120 || !/^\d+$/.test(tokens[first]!.text)) return false;
  const comma = tokens[first - 1];
  const name = tokens[first - 2];
  const after = tokens[last + 1];
  // `the victim, 23,`: a person named by a role, after a determiner, is as good as a name.
  const role = name?.kind === 'word' && PERSON_NOUNS.has(name.lower) && (['the', 'a', 'his', 'her', 'their'].includes(tokens[first - 3]?.lower ?? '') || /^[A-Z]/.test(tokens[first - 3]?.text ?? ''));
  if (comma?.text !== ',' || !name || name.kind !== 'word' || (!role && (!/^[A-Z][a-z'’-]+$/.test(name.text) || !tags.at(name).has('ProperNoun')))) return false;
  return after !== undefined && (after.text === ',' || after.text === ')') && after.gap === '';
}

/** `aged 16`, `ages 18 to 24`, `under the age of 16`: the words before the span. */
function agedBefore(tokens: EnglishToken[], index: number): boolean {
  return AGE_PHRASES.some((words) => words.every((word, w) => tokens[index - words.length + w]?.lower === word));
}

interface Piece {
  firstToken: number;
  quantity: Quantity;
  currency: CurrencyRule | null;
  currencyWord: boolean;
  suffix: Suffix | null;
}

/**
 * `2:03:45`, `3:43.13`: a race or finish time, hours:minutes:seconds or minutes:seconds with
 * fractions, is one duration in seconds (a clock time, `6:30`, `8:15:00 a.m.`, is none).
 */
function elapsedTimeAt(text: string, tokens: EnglishToken[], i: number): Piece | null {
  const parts: EnglishToken[] = [tokens[i]!];
  let k = i;
  while (parts.length < 3 && tokens[k + 1]?.text === ':' && tokens[k + 1]!.gap === '' && tokens[k + 2]?.kind === 'number' && tokens[k + 2]!.gap === '') {
    parts.push(tokens[k + 2]!);
    k += 2;
  }
  const [first] = parts;
  if (!first || first.kind !== 'number' || !/^\d{1,2}$/.test(first.text) || (tokens[i - 1]?.text === ':' && tokens[i - 1]!.gap === '')) return null;
  if (parts.slice(1).some((part) => !/^[0-5]\d(?:\.\d+)?$/.test(part.text)) || parts.slice(1, -1).some((part) => part.text.includes('.'))) return null;
  // Two parts are a duration only with fractions of a second (`3:43.13`); three always, unless a.m./p.m. follows.
  if (parts.length === 2 && !parts[1]!.text.includes('.')) return null;
  if (parts.length < 2 || (tokens[k + 1]?.text === ':' && tokens[k + 1]!.gap === '') || /^\s?(?:a\.?m\b|p\.?m\b)/i.test(text.slice(tokens[k]!.end, tokens[k]!.end + 5))) return null;
  const value = parts.reduce((total, part) => total * 60 + Number(part.text), 0);
  const quantity: Quantity = { first: i, last: k, value, words: false, scale: null, fraction: false, elapsed: true };
  return { firstToken: i, quantity, currency: null, currencyWord: false, suffix: { last: k, percent: null, currency: null, unit: SECOND_UNIT } };
}

const INCH_UNIT = quantityUnits.find((rule) => rule.unit === 'in')!;
const FOOT_MARKS = new Set(["'", '’', '′']);
const INCH_MARKS = new Set(['"', '”', '″']);

/** `5'7"`, `6′2″`, `the 5-foot-10 guard`: a height in feet and inches is one measure, in inches. */
function feetAndInchesAt(tokens: EnglishToken[], i: number): Piece | null {
  const [feet, foot, inches, inch] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  const hyphened = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (feet?.kind === 'number' && /^[4-7]$/.test(feet.text) && hyphened.every((t) => t?.gap === '') && DASHES.has(hyphened[0]!.text) && hyphened[1]!.lower === 'foot' && DASHES.has(hyphened[2]!.text) && /^(?:\d|1[01])$/.test(hyphened[3]!.text)) {
    const quantity: Quantity = { first: i, last: i + 4, value: Number(feet.text) * 12 + Number(hyphened[3]!.text), words: false, scale: null, fraction: false };
    return { firstToken: i, quantity, currency: null, currencyWord: false, suffix: { last: i + 4, percent: null, currency: null, unit: INCH_UNIT } };
  }
  if (feet?.kind !== 'number' || !/^[1-9]$/.test(feet.text) || !foot || !FOOT_MARKS.has(foot.text) || foot.gap !== '') return null;
  if (inches?.kind !== 'number' || inches.gap !== '' || !/^(?:\d|1[01])(?:\.\d+)?$/.test(inches.text) || !inch || !INCH_MARKS.has(inch.text) || inch.gap !== '') return null;
  const quantity: Quantity = { first: i, last: i + 2, value: Number(feet.text) * 12 + Number(inches.text), words: false, scale: null, fraction: false };
  return { firstToken: i, quantity, currency: null, currencyWord: false, suffix: { last: i + 3, percent: null, currency: null, unit: INCH_UNIT } };
}

/** Short tons, and the metric tonnes `tons` are on a page of any other country than the United States. */
const SHORT_TON = measures.find((rule) => rule.id === 'measure-ton')!;
const TONNE = measures.find((rule) => rule.id === 'measure-tonne')!;

function pieceAt(text: string, view: SentenceView, i: number): Piece | null {
  const { tokens } = view;
  // A range link (`to`, `-`) that ends the sentence has nothing after it.
  if (i >= tokens.length) return null;
  const elapsed = elapsedTimeAt(text, tokens, i) ?? feetAndInchesAt(tokens, i);
  if (elapsed) return elapsed;
  const multiple = multipleAt(tokens, i) ?? articleMeasureAt(tokens, i);
  if (multiple) return isBlocked(view, tokens[i]!) ? null : multiple;
  const currency = currencyAt(text, view, i);
  const numberIndex = currency ? currency.numberToken : i;
  const quantity = quantityAt(tokens, numberIndex, currency !== null);
  if (!quantity) return null;
  if (isBlocked(view, tokens[quantity.first]!)) return null;
  const ratio = currency ? null : ratioAt(view, quantity);
  if (ratio) return { firstToken: i, quantity: ratio, currency: null, currencyWord: false, suffix: null };
  let suffix = quantity.fraction ? null : suffixAt(tokens, quantity.last + 1);
  // `Rs 50,000 p.m.`: after a currency sign, a coin word (`p`) is no part of the amount.
  if (currency && suffix?.currency) suffix = null;
  // A catalog count noun that modifies the noun after it (`14 community meetings`) is not the unit.
  if (suffix?.unit?.kind === 'count' && continuesCompound(view, suffix.last)) suffix = null;
  // `half a billion dollars`, `41 cents` on an Australian page, `shillings` on a Ugandan one: the bare words take the page's currency, as `$` does.
  if (suffix?.currency) suffix = { ...suffix, currency: localCurrency(suffix.currency, text.slice(tokens[quantity.last + 1]!.start, tokens[suffix.last]!.end), view.local) };
  // `12 million tons of cane` on a Pakistani page: tons are metric tonnes outside the United States (`short tons` stay short).
  if (suffix?.unit?.id === SHORT_TON.id && view.tonnes && /^tons?$/i.test(text.slice(tokens[quantity.last + 1]!.start, tokens[suffix.last]!.end))) suffix = { ...suffix, unit: TONNE };
  return {
    firstToken: i,
    quantity,
    currency: currency?.rule ?? suffix?.currency ?? null,
    currencyWord: !currency && !!suffix?.currency,
    suffix,
  };
}

const pieceKind = (piece: Piece) => (piece.currency ? 'money' : piece.suffix?.percent ? 'percent' : piece.suffix?.unit ? `unit:${piece.suffix.unit.id}` : 'none');

/** A year written alone (`in 2020`, `2021 budget`) rather than a quantity. */
function isYear(tokens: EnglishToken[], piece: Piece): boolean {
  const token = tokens[piece.quantity.first]!;
  if (piece.currency || piece.quantity.scale || piece.quantity.last !== piece.quantity.first) return false;
  if (!YEAR_LIKE.test(token.text)) return false;
  if (piece.suffix?.percent) return false;
  // `2000 acres`, `2000 MW`: a physical measure is never a year; `2020 days` may still be one.
  if (piece.suffix?.unit?.kind === 'measure' && !piece.suffix.unit.id.startsWith('duration-')) return false;
  if (piece.suffix?.unit && piece.suffix.unit.kind !== 'measure') {
    const before = tokens[piece.firstToken - 1];
    return before !== undefined && TIME_PREPOSITIONS.has(before.lower);
  }
  return true;
}

/**
 * A number word in capitals inside a sentence, before a capitalised word, that starts a name:
 * `Ten Television Network`, `Nine Entertainment shares`, `Seven West Media` (not at the sentence's
 * start, where any word is capitalised, nor in a headline set in title case).
 */
function isNameOpeningWord(tokens: EnglishToken[], piece: Piece): boolean {
  if (!piece.quantity.words || piece.currency || piece.firstToken === 0 || piece.quantity.last !== piece.quantity.first) return false;
  const word = tokens[piece.quantity.first]!;
  const next = tokens[piece.quantity.last + 1];
  if (!/^[A-Z][a-z]+$/.test(word.text) || !next || next.kind !== 'word' || !/^[A-Z][a-z]/.test(next.text) || !isSpaceGap(next.gap)) return false;
  // After a sentence's closing mark or a colon the word opens a clause of its own.
  if (/[.:;!?"“]/.test(tokens[piece.firstToken - 1]!.text)) return false;
  const words = tokens.filter((token) => token.kind === 'word' && /^[A-Za-z]/.test(token.text));
  return words.filter((token) => /^[A-Z]/.test(token.text)).length * 2 <= words.length;
}

/** Numbers that belong to a name: `Apollo 11`, `Boeing 737`, `Camp 4` (a capitalised word right before). */
function isNamedNumber(tokens: EnglishToken[], piece: Piece): boolean {
  if (piece.currency || piece.suffix || piece.quantity.words) return false;
  const before = tokens[piece.firstToken - 1];
  if (!before || before.kind !== 'word' || piece.firstToken - 1 === 0 || !isSpaceGap(tokens[piece.firstToken]!.gap)) return false;
  // `FF 91`, `GT 500`: letters in capitals before a plain integer name a model.
  const model = /^[A-Z]{2,4}$/.test(before.text) && /^\d+$/.test(tokens[piece.firstToken]!.text);
  // `iPhone 11`, `eBay 2`: a name in camel case.
  const camel = /^[a-z]+[A-Z][A-Za-z]*$/.test(before.text);
  return model || camel || (/^[A-Z][a-z]+$/.test(before.text) && !NOT_NAME_WORDS.has(before.lower));
}

/** Finds every claim span in one sentence. */
export function findSpans(text: string, view: SentenceView): EnglishSpan[] {
  const { tokens } = view;
  const spans: EnglishSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const piece = pieceAt(text, view, i);
    if (!piece) {
      i++;
      continue;
    }
    const span = buildSpan(text, view, piece);
    if (!span) {
      i = piece.quantity.last + 1;
      continue;
    }
    const whole = compoundMeasureAt(text, view, span) ?? span;
    spans.push(whole);
    i = whole.lastToken + 1;
  }
  attachElidedNouns(view, spans);
  return spans;
}

const LIST_LINKS = new Set([',', 'and', 'or']);
const COMPOUND_BY_LARGER = new Map(compoundMeasures.map((rule) => [rule.larger, rule] as const));

/**
 * `2 hours 5 minutes`, `6 feet 2 inches`, `3 years and 6 months`: a measure in a larger unit
 * followed by the rest of it in the next smaller one is one claim, valued in the smaller unit.
 */
function compoundMeasureAt(text: string, view: SentenceView, span: EnglishSpan): EnglishSpan | null {
  const { tokens } = view;
  const rule = span.unit && span.unit.kind === 'measure' && !span.high && !span.currency && !span.low.fraction ? COMPOUND_BY_LARGER.get(span.unit.unit) : undefined;
  if (!rule) return null;
  let k = span.lastToken + 1;
  if (tokens[k]?.text === ',' && tokens[k]!.gap === '') k++;
  if (tokens[k]?.lower === 'and' && isSpaceGap(tokens[k]!.gap)) k++;
  if (k === span.lastToken + 1 && !isSpaceGap(tokens[k]?.gap ?? '')) return null;
  const rest = pieceAt(text, view, k);
  if (!rest || rest.currency || rest.quantity.fraction || rest.quantity.scale || rest.suffix?.unit?.unit !== rule.smaller || !isSpaceGap(tokens[k]!.gap)) return null;
  if (!(rest.quantity.value >= 0 && rest.quantity.value < rule.factor)) return null;
  const unit = rest.suffix.unit;
  const last = rest.suffix.last;
  return {
    ...span,
    ruleId: `en-${rule.id}`,
    end: tokens[last]!.end,
    lastToken: last,
    low: { ...span.low, last: rest.quantity.last, value: span.low.value * rule.factor + rest.quantity.value },
    unit,
    readTo: Math.max(span.readTo, last),
  };
}

/** The modifiers after a bare number and the list link after them: `30 rural,`, `12 urban and`. */
function elidedItem(view: SentenceView, span: EnglishSpan): { start: number; end: number; link: number } | null {
  const { tokens, tags } = view;
  if (span.currency || span.percent || span.unit || span.counted || span.high || span.low.fraction) return null;
  let k = span.lastToken + 1;
  const start = k;
  let words = 0;
  while (words < 2 && tokens[k]?.kind === 'word' && isSpaceGap(tokens[k]!.gap) && !isPlural(tokens[k]!, tags.at(tokens[k]!)) && (isModifier(tokens[k]!, tags.at(tokens[k]!)) || startsCompound(tokens, k))) {
    // `1,200 full-time and 300 part-time staff`: a hyphenated modifier is one word.
    while (startsCompound(tokens, k)) k += 2;
    k++;
    words++;
  }
  if (k === start || !LIST_LINKS.has(tokens[k]?.lower ?? '')) return null;
  return { start, end: k - 1, link: k };
}

/**
 * `241 primary and 38 secondary schools`, `30 rural, 12 urban and three mobile clinics`: a
 * bare number with modifiers, in a list whose later item names the noun, counts that noun.
 */
function attachElidedNouns(view: SentenceView, spans: EnglishSpan[]): void {
  const { tokens } = view;
  spans.forEach((span, n) => {
    const item = elidedItem(view, span);
    if (!item) return;
    let cursor = item.link;
    for (let m = n + 1; m < spans.length; m++) {
      const later = spans[m]!;
      for (let k = cursor; k < later.firstToken; k++) if (!LIST_LINKS.has(tokens[k]!.lower)) return;
      if (later.counted && !later.counted.hyphenated) {
        const head = tokens[later.counted.token]!;
        const modifiers = view.tokens.slice(item.start, item.end + 1);
        span.elided = {
          unit: later.unit?.kind === 'count' ? later.unit.unit : head.lower,
          subject: `${modifiers.map((t, m) => (m > 0 ? t.gap : '') + t.text).join('')} ${head.text}`,
          start: modifiers[0]!.start,
          end: head.end,
        };
        return;
      }
      const next = elidedItem(view, later);
      if (!next) return;
      cursor = next.link;
    }
  });
}

function buildSpan(text: string, view: SentenceView, a: Piece): EnglishSpan | null {
  const { tokens } = view;
  if (isYear(tokens, a)) return null;
  // The word `one` only counts when a unit or noun follows: `one of`, `one another` are not claims.
  const before = tokens[a.firstToken - 1];
  let high: Piece | null = null;
  let connector: EnglishSpan['rangeConnector'] = null;
  let low = a;
  // Range written before the suffix: `10-20 percent`, `$10 to $20 million`, `between 10 and 20`.
  const afterNumber = a.suffix ? a.suffix.last + 1 : a.quantity.last + 1;
  const link = tokens[afterNumber];
  // `two- to five-inch`, `10- or 12-hour`: a hyphen left hanging before the upper end names its unit.
  const hanging = link?.kind === 'symbol' && DASHES.has(link.text) && link.gap === '' && HANGING_LINKS.has(tokens[afterNumber + 1]?.lower ?? '') && isSpaceGap(tokens[afterNumber + 1]!.gap) && isSpaceGap(tokens[afterNumber + 2]?.gap ?? '');
  const isDash = !hanging && link?.kind === 'symbol' && DASHES.has(link.text) && (link.gap === '' || link.gap === ' ');
  const isTo = hanging || (link?.kind === 'word' && (link.lower === 'to' || link.lower === 'through') && isSpaceGap(link.gap));
  const isAnd = link?.kind === 'word' && link.lower === 'and' && before?.lower === 'between';
  if ((isDash || isTo || isAnd) && !a.quantity.fraction) {
    const fromChange = before?.lower === 'from' && changeBefore(tokens, a.firstToken - 1);
    const upper = hanging ? afterNumber + 2 : afterNumber + 1;
    // `0 to +2%`: a plus sign glued to the upper end is part of it.
    const plus = isTo && tokens[upper]?.text === '+' && tokens[upper + 1]?.kind === 'number' && tokens[upper + 1]!.gap === '' ? 1 : 0;
    const b = fromChange ? null : pieceAt(text, view, upper + plus);
    const gapOk = b && (isDash ? tokens[upper]!.gap === link!.gap || tokens[upper]!.gap === '' : isSpaceGap(tokens[upper]!.gap));
    if (b && gapOk && !b.quantity.fraction && !isYear(tokens, b)) {
      const aKind = pieceKind(a);
      const bKind = pieceKind(b);
      // Two ends each written with its own sign or coin of money (`eight Singapore cents to S$11.06`) are a move and a level, not a range.
      const aMoney = a.currency ?? a.suffix?.currency ?? null;
      const bMoney = b.currency ?? b.suffix?.currency ?? null;
      const compatible = (aKind === 'none' || aKind === bKind || (aKind === 'money' && !b.suffix?.percent && !b.suffix?.unit)) && !(aMoney && bMoney && aMoney.id !== bMoney.id);
      const toAllowed = !isTo || before?.lower === 'from' || aKind === bKind || (aKind === 'none' && bKind !== 'none') || (a.quantity.words && b.quantity.words);
      const increasing = b.quantity.value >= a.quantity.value || (!a.quantity.scale && b.quantity.scale !== null);
      // After a change verb `rose 2 to 5,000` is a change and its new level, but a bare lower end
      // close to an upper end with a unit (`rose 10 to 15 percent`, `by 20 to 30%`) shares that
      // unit: a change and a level of the same unit are never written with the first unit left out.
      // A zero lower end (`grow 0 to 2%`) is never a change of its own.
      const closeBareLow = aKind === 'none' && bKind !== 'none' && (a.quantity.value === 0 || (a.quantity.value > 0 && b.quantity.value <= 4 * a.quantity.value)) && !a.quantity.scale && !b.quantity.scale;
      if (compatible && toAllowed && increasing && !(isTo && !closeBareLow && changeBefore(tokens, a.firstToken))) {
        high = b;
        connector = isDash ? 'dash' : isAnd ? 'between' : before?.lower === 'from' ? 'from' : 'to';
        // The lower end shares the upper end's scale and unit when it has none: `$10 to $20 million`,
        // `four to five thousand`.
        const wordScale = a.quantity.words && b.quantity.words && !a.quantity.fraction ? SCALE_WORDS.get(tokens[b.quantity.last]!.lower) : undefined;
        if (wordScale && a.quantity.value < wordScale && !SCALE_WORDS.has(tokens[a.quantity.last]!.lower) && a.quantity.value * wordScale <= b.quantity.value) {
          a = { ...a, quantity: { ...a.quantity, value: a.quantity.value * wordScale } };
        }
        const shareScale = !a.quantity.scale && b.quantity.scale !== null && a.quantity.value * b.quantity.scale.value <= b.quantity.value;
        low = {
          ...a,
          quantity: shareScale ? { ...a.quantity, value: a.quantity.value * b.quantity.scale!.value, scale: b.quantity.scale } : a.quantity,
          currency: a.currency ?? b.currency,
          currencyWord: a.currency ? a.currencyWord : b.currencyWord,
          suffix: a.suffix ?? b.suffix,
        };
      }
    }
  }
  const last = high ?? low;
  const suffix = last.suffix ?? low.suffix;
  const suffixEnd = last.suffix ? last.suffix.last : last.quantity.last;
  let counted: CountedNoun | null = null;
  let unit = suffix?.unit ?? null;
  const governing = connector === 'between' || connector === 'from' ? low.firstToken - 1 : low.firstToken;
  if (unit?.kind === 'count') {
    const first = tokens[(high ?? low).quantity.last + 1]!;
    const firstWord = first.kind === 'symbol' ? tokens[(high ?? low).quantity.last + 2]! : first;
    const hyphenated = first.kind === 'symbol' && DASHES.has(first.text) && first.gap === '' && tokens[suffixEnd + 1]?.kind === 'word' && isSpaceGap(tokens[suffixEnd + 1]!.gap);
    counted = { text: text.slice(firstWord.start, tokens[suffixEnd]!.end), start: firstWord.start, end: tokens[suffixEnd]!.end, token: suffixEnd, direct: true, ...(hyphenated ? { hyphenated } : {}) };
  } else if (!low.currency && !suffix?.percent && !unit && !low.quantity.fraction && (agedBefore(tokens, governing) || ageAfterPeople(tokens, governing, (high ?? low).quantity.last, low.quantity.value) || (!high && ageAfterName(view, low)))) {
    unit = AGE_UNIT;
  } else if (!low.currency && !suffix?.percent && !unit && !low.quantity.fraction) {
    // Only digits: a number word hyphenated to a noun is mostly an idiom (`one-stop`, `two-tier`, `zero-emission`).
    // `300,000-plus employees`, `500+ stores`: the noun after a glued `plus` is still counted.
    const plusWord = tokens[suffixEnd + 1]?.gap === '' && DASHES.has(tokens[suffixEnd + 1]!.text) && tokens[suffixEnd + 2]?.lower === 'plus' && tokens[suffixEnd + 2]!.gap === '';
    const plusSign = tokens[suffixEnd + 1]?.text === '+' && tokens[suffixEnd + 1]!.gap === '';
    const nounFrom = suffixEnd + 1 + (plusWord ? 2 : plusSign ? 1 : 0);
    counted = (low.quantity.words || nounFrom > suffixEnd + 1 ? null : hyphenNounAt(view, suffixEnd + 1)) ?? countedNounAt(view, nounFrom);
    if (counted) {
      let nounStart = counted.token;
      while (nounStart > 0 && tokens[nounStart]!.start > counted.start) nounStart--;
      const catalog = longestForm(tokens, nounStart, UNIT_FORMS, false);
      if (catalog && catalog.rule.kind === 'count') unit = catalog.rule;
      // `214,000 Americans`, `two million Canadians`: a people's name in the plural counts people.
      else if (/^[A-Z][a-z]+(?:ans|ians)$/.test(tokens[counted.token]!.text)) unit = PEOPLE_UNIT;
    } else if (low.quantity.value === 1 && !high && ONE_COUNTS_AFTER.has(tokens[governing - 1]?.lower ?? '')) {
      counted = singularNounAt(view, suffixEnd + 1);
    }
  }
  const numberWords = low.quantity.words && !low.quantity.fraction;
  if (numberWords && !low.currency && !suffix && !counted && !low.quantity.scale && unit !== AGE_UNIT) {
    // A number in words with nothing counted is prose (`one of`, `the two`), unless it is large or
    // a part of a count written next (`Eleven of 16 industries`, `Twelve of the 40 schools`).
    if ((low.quantity.value < 100 || !tokens[low.quantity.last]!.lower.match(/hundred|thousand|million|billion|trillion/)) && !partOfCount(tokens, low.quantity.last + 1, low.quantity.value)) return null;
  }
  if (low.quantity.value === 1 && !low.currency && !suffix && !counted && !low.quantity.fraction && !low.quantity.scale && unit !== AGE_UNIT) return null;
  if (!high && unit !== AGE_UNIT && (isNamedNumber(tokens, low) || isNameOpeningWord(tokens, low))) return null;
  const ageEnd = unit?.unit === 'year' ? yearOldAge(view, low.firstToken, suffixEnd) : -1;
  if (ageEnd >= 0) unit = AGE_UNIT;
  const lastToken = ageEnd >= 0 ? ageEnd : counted ? counted.token : suffixEnd;
  const firstToken = low.firstToken;
  const ruleId = spanRuleId(low, suffix, unit, counted, high !== null);
  return {
    ruleId,
    start: tokens[firstToken]!.start,
    end: tokens[lastToken]!.end,
    firstToken,
    lastToken,
    low: low.quantity,
    high: high?.quantity ?? null,
    currency: low.currency,
    currencyWord: low.currencyWord,
    percent: suffix?.percent ?? null,
    unit,
    counted,
    readTo: Math.max(lastToken, counted?.token ?? 0, suffixEnd),
    rangeConnector: connector,
    elided: null,
  };
}

function spanRuleId(low: Piece, suffix: Suffix | null, unit: QuantityUnitRule | null, counted: CountedNoun | null, range: boolean): string {
  if (low.quantity.elapsed) return 'en-elapsed-time';
  const base = low.currency
    ? low.currencyWord
      ? 'money-word'
      : 'money-sign'
    : suffix?.percent
      ? suffix.percent.id
      : unit
        ? unit.kind === 'count'
          ? 'count-catalog'
          : unit.id
        : counted
          ? 'count-plural-noun'
          : low.quantity.fraction
            ? 'fraction'
            : 'number-bare';
  const written = low.quantity.fraction ? '' : low.quantity.words ? '-words' : '';
  return `en-${base}${written}${range ? '-range' : ''}`;
}
