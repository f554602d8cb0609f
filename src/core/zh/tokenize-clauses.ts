// segment (words): Chinese sentences that hold claims → words with parts of speech, from
// nodejieba. Only the sentences the extractor needs are segmented, not whole articles: the
// regex and table work is far cheaper than segmentation. Adds `tokens`, keyed by sentence start.
import type { DocumentState, Token } from '../document.js';
import { tagWords } from '../adapters/jieba.js';
import { normaliseForRules } from './find-numbers.js';

export function tokenizeClauses(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const zhClaims = state.claims.filter((claim) => claim.lang === 'zh');
  if (zhClaims.length === 0) return state;
  const norm = normaliseForRules(state.article.text);
  const tokens = new Map<number, Token[]>(state.tokens);
  for (const claim of zhClaims) {
    const { start, end } = claim.sentence;
    if (tokens.has(start)) continue;
    tokens.set(start, tagWords(norm.slice(start, end), start));
  }
  return { ...state, tokens };
}
