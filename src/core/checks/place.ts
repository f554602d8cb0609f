// The place a claim is about: a jurisdiction named at the start of its clause (合肥市已有…,
// 其中昆明市3家), a scope word (全市, 全省) resolved by the title or publisher, else the place of
// the title, else of the publisher (合肥市民政局 → 合肥市); null when none is known. Reads a
// claim and its article's title and publisher.
import type { Claim } from '../schema.js';
import { NOT_PLACE_START, PLACE_NAME, SCOPE_WORDS } from '../../rules/zh/checks.js';

export type PlaceVia = 'sentence' | 'scope-word' | 'title' | 'publisher';

export interface ResolvedPlace {
  place: string | null;
  via: PlaceVia | null;
}

export interface ArticleScope {
  title: string;
  publisher: string | null;
}

/** The first place name in a text, or null. */
export function placeIn(text: string): string | null {
  const pattern = new RegExp(PLACE_NAME.source, 'gu');
  for (const match of text.matchAll(pattern)) {
    const name = match.groups!.name!;
    if (!NOT_PLACE_START.test(name)) return name;
  }
  return null;
}

const CLAUSE_BREAK = /[，,；;。：:！？]/u;

export function resolvePlace(claim: Claim, scope: ArticleScope): ResolvedPlace {
  const lead = claim.sentence.slice(0, claim.start - claim.sentenceStart);
  let clauseFrom = 0;
  for (let i = lead.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(lead[i]!)) {
      clauseFrom = i + 1;
      break;
    }
  }
  const clause = lead.slice(clauseFrom);
  const named = placeIn(clause);
  if (named) return { place: named, via: 'sentence' };
  const fromTitle = placeIn(scope.title);
  const fromPublisher = scope.publisher ? placeIn(scope.publisher) : null;
  for (const word of SCOPE_WORDS) {
    if (!word.pattern.test(lead)) continue;
    const at = [fromTitle, fromPublisher].find((place) => place?.endsWith(word.level));
    return at ? { place: at, via: 'scope-word' } : { place: null, via: null };
  }
  if (fromTitle) return { place: fromTitle, via: 'title' };
  if (fromPublisher) return { place: fromPublisher, via: 'publisher' };
  return { place: null, via: null };
}
