// segment: article.text → sentences. Chinese sentences end at 。！？ or a line break;
// English ones at . ! ? followed by space and a capital, except after common abbreviations, and at a
// line break unless it only wraps a line of running text (lines.ts).
// Adds `sentences` (offsets into article.text, each with its language); reads no dictionary.
import type { DocumentState, Sentence } from '../document.js';
import { detectLanguage } from './detect-language.js';
import { softWraps } from '../lines.js';

const ENGLISH_ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|No|Nos|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|Rs|Ft|Mt|U\.S|U\.K|D\.C|a\.m|p\.m)|\b[A-Z])\.$/;

/**
 * The longest sentence kept whole. Later stages look around each claim within its sentence, so
 * a sentence without end (a page of 、-separated figures, a run of digits) would make them
 * quadratic; real sentences stay far below this (the longest in the corpora is about 500).
 */
export const MAX_SENTENCE_LENGTH = 1000;

const INSIDE_NUMBER = /[0-9A-Za-z.%０-９零〇一二两三四五六七八九十百千万亿]/u;

/** Where to cut an overlong stretch: the last clause mark or space in its second half, else a place not inside a word or number. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  for (let at = limit; at > start + MAX_SENTENCE_LENGTH / 2; at--) if (/[，,；;、：:\s]/u.test(text[at - 1]!)) return at;
  for (let at = limit; at > start + MAX_SENTENCE_LENGTH / 2; at--) {
    if (!INSIDE_NUMBER.test(text[at - 1]!) || !INSIDE_NUMBER.test(text[at]!)) return at;
  }
  // One unbroken word: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

export function segmentText(text: string, fallback: 'zh' | 'en' = 'zh'): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) return;
    while (end - start > MAX_SENTENCE_LENGTH) {
      const cut = cutPoint(text, start);
      push(start, cut);
      start = cut;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
    const detected = detectLanguage(text.slice(start, end));
    const lang = detected === 'zh' || detected === 'en' ? detected : detected === 'mixed' ? 'zh' : fallback;
    sentences.push({ start, end, lang });
  };
  const wraps = softWraps(text);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A line of English running text wrapped at the page's width goes on in the next line.
      if (wraps.has(i)) continue;
      push(start, i);
      start = i + 1;
    } else if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') {
      let end = i + 1;
      while (end < text.length && /[”’」』）)"']/u.test(text[end]!)) end++;
      push(start, end);
      start = end;
      i = end - 1;
    } else if (ch === '.') {
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next) && !/["'”’)]/u.test(next)) continue;
      let end = i + 1;
      while (end < text.length && /["'”’)]/u.test(text[end]!)) end++;
      const after = text.slice(end).match(/^\s+(\S)/);
      if (after && !/[A-Z0-9"“‘(\u4e00-\u9fff]/u.test(after[1]!)) continue;
      if (ENGLISH_ABBREVIATIONS.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
      // `(cat no. 8501.0)`, `jersey no. 23`: the number sign in lower case before its digits.
      if (after && /\d/.test(after[1]!) && /\bnos?\.$/.test(text.slice(Math.max(start, i - 4), i + 1))) continue;
      push(start, end);
      start = end;
      i = end - 1;
    }
  }
  push(start, text.length);
  return sentences;
}

export function segmentSentences(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const fallback = state.article.lang === 'en' ? 'en' : 'zh';
  return { ...state, sentences: segmentText(state.article.text, fallback) };
}
