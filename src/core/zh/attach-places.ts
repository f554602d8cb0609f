// places (zh): claim drafts → drafts with the place each is about (core/checks/place.ts: a
// jurisdiction named in the clause, 全市/全省 by the title or publisher, else the title's or the
// publisher's place), so that a city's figure and a province's can be told apart across
// articles. Adds `place` to the Chinese drafts only.
import type { DocumentState } from '../document.js';
import { resolvePlace } from './places.js';

export function attachPlaces(state: DocumentState): DocumentState {
  const article = state.article;
  if (!article) return state;
  const scope = { title: article.title, publisher: article.publisher };
  const claims = state.claims.map((claim) => (claim.lang === 'zh' ? { ...claim, place: resolvePlace(article.text.slice(claim.sentence.start, claim.start), scope) } : claim));
  return { ...state, claims };
}
