// Paragraph hygiene shared by both parsers: pages and text dumps often print the lead
// paragraph twice (once as a summary, once in the body) or repeat the title and byline.
// Keeps the fullest copy of each paragraph and drops the others.

function comparable(paragraph: string): string {
  return paragraph.replace(/[\s　]+/gu, '').replace(/[。.!！?？,，;；:：…]+$/u, '');
}

/**
 * Drops a paragraph when it repeats another verbatim, or when it is a prefix (up to its final
 * punctuation) of a longer paragraph: the truncated lead a summary block prints. Paragraphs
 * `repeatable` says may recur stay (a document and its attachment each signed by the same office
 * on the same day).
 */
export function dedupeParagraphs(paragraphs: string[], minPrefixChars = 20, repeatable: (paragraph: string) => boolean = () => false): string[] {
  const keys = paragraphs.map(comparable);
  // A longer paragraph that starts with a key shares its first minPrefixChars characters: only
  // those are compared, so a dump of thousands of paragraphs is not compared pair by pair.
  const opening = (key: string) => key.slice(0, Math.max(0, minPrefixChars));
  const byOpening = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length < minPrefixChars) continue;
    const group = byOpening.get(opening(key));
    if (group) group.push(key);
    else byOpening.set(opening(key), [key]);
  }
  const keep: string[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!key) return;
    if (seen.has(key) && !repeatable(paragraphs[i]!)) return;
    const isPrefixOfLonger =
      key.length >= minPrefixChars && byOpening.get(opening(key))!.some((other) => other.length > key.length && other.startsWith(key));
    if (isPrefixOfLonger) return;
    seen.add(key);
    keep.push(paragraphs[i]!);
  });
  return keep;
}
