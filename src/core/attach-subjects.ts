// subject (zh): claim drafts → drafts naming what each number measures. The subject is
// cut out of the claim's clause: for a count whose measure word is followed by a noun
// (296707名困难残疾人) the phrase after it, up to the next action verb; otherwise the text
// before the number, trimmed of linking words, scope, time and per phrases and of leading
// verbs (发放临时救助金13830.6万元 → 临时救助金). Rates and the "to" side of a change with no
// subject of their own take the subject of the claim they follow.
import type { ClaimDraft, DocumentState, Token } from './document.js';
import { LEAD_PREFIX, LEAD_SUFFIX } from '../rules/zh/subjects.js';
import { normaliseForRules } from './find-numbers.js';
import { clauseStart as clauseStartOf } from './attach-structure.js';

const CLAUSE_BREAK = /[，,；;。！？!?：:\n|]/u;
const TAIL_BREAK = /[，,；;。！？!?：:\n|、（(“"]/u;
const MAX_SUBJECT = 24;

function trimLead(text: string): string {
  let s = text;
  for (let guard = 0; guard < 20; guard++) {
    const before = s;
    // Parenthesised asides: 地区生产总值（GDP）
    s = s.replace(/[（(][^）)]*[）)]$/u, '');
    s = s.replace(LEAD_SUFFIX, '').replace(LEAD_PREFIX, '');
    if (s === before) break;
  }
  return s;
}

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

/** Drops leading verbs and adverbs (发放, 建成, 帮助) so the phrase starts at its first noun. */
function dropLeadingVerbs(text: string, start: number, tokens: Token[]): string {
  const words = tokensIn(tokens, start, start + text.length);
  let cut = 0;
  // 困难残疾人发放|生活补贴: an action verb after a noun starts a new phrase.
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i]!.tag === 'v' && words[i]!.word.length >= 2 && /^n/u.test(words[i - 1]!.tag)) cut = words[i]!.end - start;
  }
  if (cut > 0) return text.slice(cut);
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (/^(?:v|vd|d|p|c|r|m|q|u|uj|f|zg|x)$/u.test(word.tag) && !/^(?:vn)$/u.test(word.tag)) cut = word.end - start;
    else break;
  }
  // 集中供养率: jieba reads 集中/供养 as verbs, but what is left must still name something.
  const rest = text.slice(cut);
  return rest.length >= 2 ? rest : text;
}

/** When the lead ends in a verb (就业困难人员实现就业|5280人), the subject is the phrase before the verb. */
function beforeTrailingVerbs(text: string, start: number, tokens: Token[]): string | null {
  const words = tokensIn(tokens, start, start + text.length);
  if (words.length === 0 || words[words.length - 1]!.tag !== 'v') return text;
  let i = words.length - 1;
  while (i >= 0 && /^(?:v|d|p)$/u.test(words[i]!.tag)) i--;
  if (i < 0) return null;
  return text.slice(0, words[i]!.end - start);
}

function leadSubject(norm: string, claim: ClaimDraft, leadStart: number, tokens: Token[]): string | null {
  let raw = norm.slice(leadStart, claim.start);
  // A share (占总人口的22.4%) measures what stands before 占, not the whole it is a share of.
  const share = raw.search(/(?:约|分别)?占/u);
  if (share >= 0) raw = raw.slice(0, share);
  const trimmed = trimLead(raw);
  if (!trimmed) return null;
  const offset = leadStart + raw.indexOf(trimmed);
  const nounPart = beforeTrailingVerbs(trimmed, offset, tokens);
  if (nounPart === null) return null;
  const subject = trimLead(dropLeadingVerbs(nounPart, offset, tokens));
  if (subject.length < 2 || /\d/u.test(subject)) return null;
  return subject.length > MAX_SUBJECT ? subject.slice(-MAX_SUBJECT) : subject;
}

function tailSubject(norm: string, claim: ClaimDraft, tokens: Token[], limit: number): string | null {
  const words = tokens.filter((t) => t.start >= claim.end && t.start < limit);
  const phrase: Token[] = [];
  let i = 0;
  // A classifier or age between the unit and the noun: 1.8万名三类困难老年人, 20.6万名80周岁以上老年人.
  while (i < words.length && /^(?:m|q|f|x|eng)$/u.test(words[i]!.tag) && !TAIL_BREAK.test(words[i]!.word)) i++;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (TAIL_BREAK.test(word.word)) break;
    const previous = phrase[phrase.length - 1];
    // An action verb after a noun ends the phrase (残疾人|发放); a verb inside a compound stays (特困供养对象).
    if (word.tag === 'v' && previous && /^n/u.test(previous.tag) && word.word.length >= 2) break;
    if (word.tag === 'p' || word.tag === 'uj' || word.tag === 'u' || word.tag === 'c' || word.tag === 'd' || word.tag === 'm') break;
    phrase.push(word);
  }
  while (phrase.length && /^(?:v|a|ad|d)$/u.test(phrase[phrase.length - 1]!.tag)) phrase.pop();
  const text = phrase.map((t) => t.word).join('');
  return text.length >= 2 && !/\d/u.test(text) ? text.slice(0, MAX_SUBJECT) : null;
}

/** The subject as the article writes it: found in the normalised sentence, sliced from the original. */
function asWritten(text: string, norm: string, subject: string, claim: ClaimDraft): string {
  if (text === norm) return subject;
  const sentence = norm.slice(claim.sentence.start, claim.sentence.end);
  const before = sentence.lastIndexOf(subject, claim.start - claim.sentence.start);
  const at = before >= 0 ? before : sentence.indexOf(subject);
  return at >= 0 ? text.slice(claim.sentence.start + at, claim.sentence.start + at + subject.length) : subject;
}

function endsWithActionVerb(tokens: Token[], from: number, to: number): boolean {
  const words = tokensIn(tokens, from, to);
  const last = words[words.length - 1];
  return Boolean(last && last.tag === 'v' && last.word.length >= 2);
}

export function attachSubjects(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const norm = normaliseForRules(state.article.text);
  const claims = state.claims.map((claim) => ({ ...claim }));
  const order = claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.lang === 'zh')
    .sort((a, b) => a.claim.start - b.claim.start);
  let previousInSentence: ClaimDraft | null = null;
  order.forEach(({ claim }, k) => {
    const tokens = state.tokens.get(claim.sentence.start) ?? [];
    const previous = k > 0 ? order[k - 1]!.claim : null;
    const samePrevious = previous && previous.sentence.start === claim.sentence.start ? previous : null;
    previousInSentence = samePrevious;
    const clauseStart = clauseStartOf(norm, claim.sentence.start, claim.start, CLAUSE_BREAK);
    const leadStart = samePrevious && samePrevious.end > clauseStart ? samePrevious.end : clauseStart;
    let subject: string | null = null;
    // A table row is about the thing its first cell names.
    const row = norm.slice(claim.sentence.start, claim.sentence.end);
    if (row.includes(' | ')) {
      const label = row.split(' | ')[0]!.trim();
      if (label && claim.start >= claim.sentence.start + label.length && !/^[-−\d.,%]+$/u.test(label)) subject = label.slice(0, MAX_SUBJECT);
    }
    if (!subject && claim.kind === 'count') subject = tailSubject(norm, claim, tokens, claim.sentence.end);
    // 建成8500多万亩高标准农田: after an action verb, a measure names its subject right after its unit.
    if (!subject && claim.kind === 'measure' && endsWithActionVerb(tokens, leadStart, claim.start)) subject = tailSubject(norm, claim, tokens, claim.sentence.end);
    if (!subject) subject = leadSubject(norm, claim, leadStart, tokens);
    // 粮食产量连续7年稳定在1300亿斤: the subject stands before an intervening claim of the clause.
    if (!subject && samePrevious && samePrevious.end === leadStart && samePrevious.start > clauseStart) {
      subject = leadSubject(norm, { ...claim, start: samePrevious.start }, clauseStart, tokens);
    }
    // A rate, share or running total after a figure is about the same thing (286.4亿元，为预算的102.3%，同比增长5.6%).
    if (
      !subject &&
      previousInSentence &&
      (claim.change ||
        claim.list ||
        claim.unit === previousInSentence.unit ||
        /^[,，、\s]*(?:比|较|同比|环比|增长|下降|提高|增加|减少|为|是|相当于|(?:约|分别)?占|累计|其中)/u.test(norm.slice(previousInSentence.end, claim.start)))
    ) {
      subject = previousInSentence.subject;
    }
    if (!subject && claim.kind !== 'count' && claim.kind !== 'percent') subject = tailSubject(norm, claim, tokens, claim.sentence.end);
    claim.subject = subject ? asWritten(state.article!.text, norm, subject, claim) : null;
  });
  // Members of a list share the subject of the first one when they have none of their own.
  const firstOfGroup = new Map<string, string | null>();
  for (const claim of claims) if (claim.list?.index === 0) firstOfGroup.set(claim.list.group, claim.subject);
  for (const claim of claims) if (claim.list && claim.list.index > 0 && !claim.subject) claim.subject = firstOfGroup.get(claim.list.group) ?? null;
  // The "to" side of a change takes the subject of its "from" side.
  for (const claim of claims) {
    if (claim.change?.role === 'to' && claim.change.from !== null) {
      const from = claims[claim.change.from]!;
      if (from.subject) claim.subject = from.subject;
    }
  }
  return { ...state, claims };
}
