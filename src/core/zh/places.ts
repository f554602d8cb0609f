// The place a claim is about (for the zh/attach-places stage): a jurisdiction named in its clause (合肥市已有…, 其中昆明市3家),
// a scope word (全市, 全省) resolved by the title or publisher (a city's province from the
// gazetteer), else the place of the title, else of the publisher (合肥市民政局 → 合肥市); null
// when none is known. Names in a sentence come from the gazetteer only; a title or publisher
// may also name a place the gazetteer lacks (X市, X县 at its start). Reads the sentence before
// a claim and its article's title and publisher.
import type { ClaimPlace } from '../schema.js';
import { findJurisdiction, findLastJurisdiction, jurisdiction } from '../adapters/gazetteer.js';
import { COMPARING_AFTER, COMPARING_BEFORE, NOT_PLACE, PLACE_NAME, SCOPE_WORDS } from '../../rules/zh/places.js';

export interface ArticleScope {
  title: string;
  publisher: string | null;
}

/**
 * Every Chinese claim of an article asks for the place of the same title and publisher; the
 * answer depends on the text alone, so the last few are kept.
 */
const placesOf = new Map<string, string | null>();
const REMEMBERED_PLACES = 16;

/** The place a title or publisher names: a known jurisdiction, else an X市/X县 of its own words. */
export function placeIn(text: string): string | null {
  const remembered = placesOf.get(text);
  if (remembered !== undefined) return remembered;
  const place = findPlaceIn(text);
  if (placesOf.size >= REMEMBERED_PLACES) placesOf.delete(placesOf.keys().next().value!);
  placesOf.set(text, place);
  return place;
}

function findPlaceIn(text: string): string | null {
  const known = findJurisdiction(text);
  if (known) return known.name;
  const pattern = new RegExp(PLACE_NAME.source, 'gu');
  for (const match of text.matchAll(pattern)) {
    const name = match.groups!.name!;
    if (!NOT_PLACE.test(name)) return name;
  }
  return null;
}

const CLAUSE_BREAK = /[，,；;。：:！？]/u;

/** The scope word nearest before the claim, if it scopes rather than compares. */
function nearestScope(lead: string): (typeof SCOPE_WORDS)[number]['level'] | null {
  let best: { at: number; level: (typeof SCOPE_WORDS)[number]['level'] } | null = null;
  for (const word of SCOPE_WORDS) {
    for (const match of lead.matchAll(word.pattern)) {
      const at = match.index;
      if (COMPARING_BEFORE.test(lead.slice(Math.max(0, at - 2), at)) || COMPARING_AFTER.test(lead.slice(at + match[0].length))) continue;
      if (!best || at > best.at) best = { at, level: word.level };
    }
  }
  return best?.level ?? null;
}

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

/** The place of a claim whose sentence reads `lead` before it. */
export function resolvePlace(lead: string, scope: ArticleScope): ClaimPlace | null {
  let clauseFrom = 0;
  for (let i = lead.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(lead[i]!)) {
      clauseFrom = i + 1;
      break;
    }
  }
  // The name nearest the claim: 高于台中市的十九．八萬元、台南市二十三．三萬元 is 台南市's.
  const named = findLastJurisdiction(lead.slice(clauseFrom));
  if (named) return { name: named.name, via: 'sentence' };
  const fromTitle = placeIn(scope.title);
  const fromPublisher = scope.publisher ? placeIn(scope.publisher) : null;
  const level = nearestScope(lead);
  if (level === '国') return { name: '全国', via: 'scope-word' };
  if (level) {
    const place = atLevel([fromTitle, fromPublisher], level);
    return place ? { name: place, via: 'scope-word' } : null;
  }
  if (fromTitle) return { name: fromTitle, via: 'title' };
  if (fromPublisher) return { name: fromPublisher, via: 'publisher' };
  return null;
}
