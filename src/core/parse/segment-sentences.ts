// segment: article.text → sentences. Chinese sentences end at 。！？ or a line break;
// English ones at . ! ? followed by space and a capital, except after common abbreviations.
// Adds `sentences` (offsets into article.text, each with its language); reads no dictionary.
import type { DocumentState, Sentence } from '../document.js';
import { detectLanguage } from './detect-language.js';

const ENGLISH_ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|No|Nos|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|Ft|Mt|U\.S|U\.K|D\.C|a\.m|p\.m)|\b[A-Z])\.$/;

export function segmentText(text: string, fallback: 'zh' | 'en' = 'zh'): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const detected = detectLanguage(text.slice(start, end));
    const lang = detected === 'zh' || detected === 'en' ? detected : detected === 'mixed' ? 'zh' : fallback;
    sentences.push({ start, end, lang });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
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
