// Paragraph hygiene shared by both parsers: pages and text dumps often print the lead
// paragraph twice (once as a summary, once in the body) or repeat the title and byline.
// Keeps the fullest copy of each paragraph and drops the others.

function comparable(paragraph: string): string {
  return paragraph.replace(/[\s　]+/gu, '').replace(/[。.!！?？,，;；:：…]+$/u, '');
}

/**
 * Drops a paragraph when it repeats another verbatim, or when it is a prefix (up to its final
 * punctuation) of a longer paragraph: the truncated lead a summary block prints.
 */
export function dedupeParagraphs(paragraphs: string[], minPrefixChars = 20): string[] {
  const keys = paragraphs.map(comparable);
  const keep: string[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!key) return;
    if (seen.has(key)) return;
    const isPrefixOfLonger =
      key.length >= minPrefixChars && keys.some((other, j) => j !== i && other.length > key.length && other.startsWith(key));
    if (isPrefixOfLonger) return;
    seen.add(key);
    keep.push(paragraphs[i]!);
  });
  return keep;
}
