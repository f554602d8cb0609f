// segment (words): Chinese sentences that hold claims → words with parts of speech, from
// nodejieba. Only the sentences the extractor needs are segmented, not whole articles: the
// regex and table work is far cheaper than segmentation. Adds `tokens`, keyed by sentence start.
import type { DocumentState, Token } from '../document.js';
import { tagTexts } from '../adapters/jieba.js';
import { normaliseForRules } from './find-numbers.js';

export function tokenizeClauses(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const zhClaims = state.claims.filter((claim) => claim.lang === 'zh');
  if (zhClaims.length === 0) return state;
  const norm = normaliseForRules(state.article.text);
  const tokens = new Map<number, Token[]>(state.tokens);
  const pieces = new Map<number, { text: string; base: number }>();
  for (const claim of zhClaims) {
    const { start, end } = claim.sentence;
    if (!tokens.has(start) && !pieces.has(start)) pieces.set(start, { text: norm.slice(start, end), base: start });
  }
  // All sentences in one call: where the segmenter runs on its own thread, one round trip per article.
  const tagged = tagTexts([...pieces.values()]);
  [...pieces.keys()].forEach((start, i) => tokens.set(start, tagged[i]!));
  return { ...state, tokens };
}
