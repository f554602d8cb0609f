// Across articles: claims that state the same quantity share a key, the place (the claim's
// place, from zh/attach-places), the normalised subject, unit, per-unit, change basis and period (合肥市|城乡居民最低生活保障标准|CNY|…). Claims
// are grouped by key (near-linear), one claim per group of republished copies; values that
// differ beyond their rounding are flagged with both sources, the same value stated by several
// sources is corroboration. The key is kept in the record so a reviewer sees why claims were
// linked. No I/O.
import type { Claim } from '../schema.js';
import { MIN_SUBJECT_KEY, SUBJECT_KEY_DROP } from '../../rules/zh/checks.js';
import { toSimplified } from '../zh/simplify-chinese.js';
import type { CheckDraft, SourcePlace } from './check-schema.js';
import { halfUnit, isPlainFigure, shown } from './figures.js';

export interface QuantityEntry extends SourcePlace {
  key: string;
  text: string;
  half: number;
}

export interface ArticleFacts {
  id: string;
  publishedAt: string | null;
  url: string | null;
}

/** The subject as a key: simplified characters, no scope or filler words, no punctuation. */
export function subjectKey(subject: string): string {
  return toSimplified(subject.normalize('NFKC'))
    .replace(SUBJECT_KEY_DROP, '')
    .replace(/[\s\p{P}\p{S}\d]/gu, '');
}

/** The claims of one article that can be linked, with their keys; a key the article states twice is dropped as not specific. */
export function quantityEntries(claims: readonly Claim[], article: ArticleFacts): QuantityEntry[] {
  const entries = new Map<string, QuantityEntry | null>();
  for (const claim of claims) {
    if (claim.lang !== 'zh' || !isPlainFigure(claim) || claim.kind === 'number' || claim.unit === null || claim.list !== null) continue;
    if (!claim.subject || !claim.time || claim.time.textStart === null) continue;
    if (claim.change && (claim.change.role !== 'rate' || claim.change.basis === null)) continue;
    const subject = subjectKey(claim.subject);
    if (subject.length < MIN_SUBJECT_KEY) continue;
    if (!claim.place) continue;
    const { name: place, via } = claim.place;
    const change = claim.change ? `${claim.change.basis}${claim.change.direction}` : '';
    const key = [place, subject, claim.unit, claim.per?.text ?? '', change, `${claim.time.start}/${claim.time.end}`].join('|');
    const entry: QuantityEntry = { key, claimId: claim.id, docId: claim.docId, place, via, value: claim.value, text: claim.text, half: halfUnit(claim), publishedAt: article.publishedAt, url: article.url };
    entries.set(key, entries.has(key) ? null : entry);
  }
  return [...entries.values()].filter((entry): entry is QuantityEntry => entry !== null);
}

function keyId(key: string): string {
  let hash = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    second = Math.imul(second ^ key.charCodeAt(i), 0x5bd1e995);
  }
  return (hash >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/** Links the entries of many articles by key; `copyHead` maps an article to the earliest copy of its text. */
export function linkQuantities(entries: Iterable<QuantityEntry>, copyHead: ReadonlyMap<string, string> = new Map()): CheckDraft[] {
  const byKey = new Map<string, QuantityEntry[]>();
  for (const entry of entries) {
    const list = byKey.get(entry.key) ?? [];
    list.push(entry);
    byKey.set(entry.key, list);
  }
  const out: CheckDraft[] = [];
  for (const [key, list] of byKey) {
    // One source per group of copies: the earliest copy's claim.
    const sources = new Map<string, QuantityEntry>();
    for (const entry of list) {
      const head = copyHead.get(entry.docId) ?? entry.docId;
      const kept = sources.get(head);
      if (!kept || entry.docId === head) sources.set(head, entry);
    }
    if (sources.size < 2) continue;
    const ordered = [...sources.values()].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.docId.localeCompare(b.docId));
    const first = ordered[0]!;
    const farthest = ordered.reduce((a, b) => (Math.abs(b.value - first.value) > Math.abs(a.value - first.value) ? b : a));
    const tolerance = first.half + farthest.half;
    const agree = Math.abs(farthest.value - first.value) <= tolerance + 1e-9 * Math.max(1, Math.abs(first.value));
    const copies = list.length - sources.size;
    const copyNote = copies ? `; ${copies} republished ${copies === 1 ? 'copy' : 'copies'} not counted` : '';
    out.push({
      id: `same-quantity:${keyId(key)}`,
      kind: 'same-quantity',
      docIds: [...new Set(ordered.map((entry) => entry.docId))],
      claimIds: ordered.map((entry) => entry.claimId),
      stated: first.value,
      expected: farthest.value,
      formula: ordered.map((entry) => `${entry.text} (${entry.docId})`).join(' vs '),
      tolerance,
      verdict: agree ? 'consistent' : 'inconsistent',
      reading: null,
      key,
      places: ordered.map(({ claimId, docId, place, via, value, publishedAt, url }) => ({ claimId, docId, place, via, value, publishedAt, url })),
      note: agree
        ? `${ordered.length} sources state ${first.text}: corroborated${copyNote}`
        : `${first.text} (${first.url ?? first.docId}) and ${farthest.text} (${farthest.url ?? farthest.docId}) state the same quantity, ${shown(Math.abs(farthest.value - first.value), 4)} apart, beyond rounding${copyNote}`,
    });
  }
  return out;
}
