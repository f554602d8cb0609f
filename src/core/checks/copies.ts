// Republished copies: the same release carried by several sites. Each article's text becomes a
// MinHash signature over its character shingles; signatures that share a band (locality-
// sensitive hashing) are compared, and those whose estimated Jaccard similarity reaches the
// threshold are grouped, each group under its earliest copy. Near-linear in the articles.

const SHINGLE = 5;
const HASHES = 64;
const ROWS = 4;
export const COPY_THRESHOLD = 0.8;

/** FNV-1a over a string, then mixed with a seed per hash function. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let x = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The MinHash signature of a text: whitespace is dropped so layout does not matter. */
export function signature(text: string): Uint32Array {
  const compact = text.replace(/\s+/gu, '');
  const out = new Uint32Array(HASHES).fill(0xffffffff);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(compact.length, SHINGLE); i++) shingles.add(fnv(compact.slice(i, i + SHINGLE)));
  for (const shingle of shingles) {
    for (let h = 0; h < HASHES; h++) {
      const value = mix(shingle, h + 1);
      if (value < out[h]!) out[h] = value;
    }
  }
  return out;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let h = 0; h < HASHES; h++) if (a[h] === b[h]) same++;
  return same / HASHES;
}

export interface CopyCandidate {
  id: string;
  /** Sorts the copies: the earliest (then the smallest id) heads its group. */
  publishedAt: string | null;
  signature: Uint32Array;
}

/** article id → the id of the earliest copy of its group (itself when it has no copy). */
export function groupCopies(articles: readonly CopyCandidate[]): Map<string, string> {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let band = 0; band < HASHES / ROWS; band++) {
    const buckets = new Map<string, number>();
    articles.forEach((article, i) => {
      const key = Array.from(article.signature.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const seen = buckets.get(key);
      if (seen === undefined) buckets.set(key, i);
      else if (find(seen) !== find(i) && similarity(articles[seen]!.signature, article.signature) >= COPY_THRESHOLD) parent[find(i)] = find(seen);
    });
  }
  const order = (a: CopyCandidate, b: CopyCandidate) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.id.localeCompare(b.id);
  const heads = new Map<number, CopyCandidate>();
  articles.forEach((article, i) => {
    const root = find(i);
    const head = heads.get(root);
    if (!head || order(article, head) < 0) heads.set(root, article);
  });
  return new Map(articles.map((article, i) => [article.id, heads.get(find(i))!.id]));
}
