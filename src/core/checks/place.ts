// The place a claim is about: a jurisdiction named in its clause (合肥市已有…, 其中昆明市3家),
// a scope word (全市, 全省) resolved by the title or publisher (a city's province from the
// gazetteer), else the place of the title, else of the publisher (合肥市民政局 → 合肥市); null
// when none is known. Names in a sentence come from the gazetteer only; a title or publisher
// may also name a place the gazetteer lacks (X市, X县 at its start). Reads a claim and its
// article's title and publisher.
import type { Claim } from '../schema.js';
import { findJurisdiction, jurisdiction } from '../adapters/gazetteer.js';
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

/** The place a title or publisher names: a known jurisdiction, else an X市/X县 of its own words. */
export function placeIn(text: string): string | null {
  const known = findJurisdiction(text);
  if (known) return known.name;
  const pattern = new RegExp(PLACE_NAME.source, 'gu');
  for (const match of text.matchAll(pattern)) {
    const name = match.groups!.name!;
    if (!NOT_PLACE_START.test(name)) return name;
  }
  return null;
}

const CLAUSE_BREAK = /[，,；;。：:！？]/u;

/** The place at the level a scope word names: 全省 in a city's article is the city's province. */
function atLevel(places: (string | null)[], level: '市' | '省' | '县' | '区'): string | null {
  for (const place of places) if (place?.endsWith(level)) return place;
  if (level === '省') {
    for (const place of places) {
      const province = place ? jurisdiction(place)?.province : null;
      if (province?.endsWith('省')) return province;
    }
  }
  return null;
}

export function resolvePlace(claim: Claim, scope: ArticleScope): ResolvedPlace {
  const lead = claim.sentence.slice(0, claim.start - claim.sentenceStart);
  let clauseFrom = 0;
  for (let i = lead.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(lead[i]!)) {
      clauseFrom = i + 1;
      break;
    }
  }
  const named = findJurisdiction(lead.slice(clauseFrom));
  if (named) return { place: named.name, via: 'sentence' };
  const fromTitle = placeIn(scope.title);
  const fromPublisher = scope.publisher ? placeIn(scope.publisher) : null;
  for (const word of SCOPE_WORDS) {
    if (!word.pattern.test(lead)) continue;
    const place = atLevel([fromTitle, fromPublisher], word.level);
    return place ? { place, via: 'scope-word' } : { place: null, via: null };
  }
  if (fromTitle) return { place: fromTitle, via: 'title' };
  if (fromPublisher) return { place: fromPublisher, via: 'publisher' };
  return { place: null, via: null };
}
