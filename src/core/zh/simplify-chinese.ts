// Traditional → simplified Chinese, character for character, for segmentation only: jieba's
// dictionary is simplified, so 繁體 text is converted before it is segmented, and because the
// result has exactly the same length (UTF-16 units) every offset found in it is an offset into
// the original text. Built once, lazily, from opencc-js's tables: Taiwan and Hong Kong variant
// forms are first brought to OpenCC's standard forms, then TSCharacters gives the simplified
// character (its first candidate); TSPhrases overrides it inside the phrases where the
// character choice depends on context (乾隆 keeps 乾, 瞭解 becomes 了解) when a phrase keeps its
// length. Mappings that would change the length are left out. Simplified text comes back as it
// went in, apart from the few characters both scripts share with different uses.
import { from, to } from 'opencc-js/preset';

type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];

interface Tables {
  /** Keyed by code point: the characters outside the Basic Multilingual Plane. */
  characters: Map<number, string>;
  /** By UTF-16 unit, the simplified character of a BMP one ('' where it stays): read per character without a hash lookup. */
  bmpCharacters: string[];
  phrases: Map<string, string>;
  /** By UTF-16 unit, 1 where a phrase starts with it. */
  phraseStarts: Uint8Array;
  longestPhrase: number;
}

let tables: Tables | null = null;

function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([key, value]) => [key, value.split(' ')[0]!]);
  const out: [string, string][] = [];
  for (const entry of dict.split('|')) {
    const [key, first] = entry.split(' ');
    if (key && first) out.push([key, first]);
  }
  return out;
}

function singleCharacter(text: string): boolean {
  return [...text].length === 1;
}

function build(): Tables {
  const groups = (list: readonly DictGroup[] | undefined) => (list ?? []).flat();
  const standard = new Map<string, string>();
  for (const dict of [...groups(from.tw), ...groups(from.hk)]) {
    for (const [key, value] of entries(dict)) if (singleCharacter(key) && singleCharacter(value) && !standard.has(key)) standard.set(key, value);
  }
  const simplifiedOf = new Map<string, string>();
  const phrases = new Map<string, string>();
  for (const dict of groups(to.cn)) {
    for (const [key, value] of entries(dict)) {
      if (singleCharacter(key)) {
        if (singleCharacter(value) && key.length === value.length && !simplifiedOf.has(key)) simplifiedOf.set(key, value);
      } else if (key.length === value.length && !phrases.has(key)) {
        phrases.set(key, value);
      }
    }
  }
  const characters = new Map(simplifiedOf);
  for (const [variant, form] of standard) {
    // Use a variant mapping only when it leads to a simplified character (台→臺→台 yes, 么→幺 no).
    const simplified = simplifiedOf.get(form);
    if (simplified && simplified.length === variant.length && !simplifiedOf.has(variant)) characters.set(variant, simplified);
  }
  for (const [key, value] of characters) if (key === value) characters.delete(key);
  // Keep only the phrases that the character table would get wrong.
  const convert = (text: string) => [...text].map((ch) => characters.get(ch) ?? ch).join('');
  for (const [key, value] of phrases) if (convert(key) === value) phrases.delete(key);
  const phraseStarts = new Uint8Array(0x10000);
  let longestPhrase = 0;
  for (const key of phrases.keys()) {
    phraseStarts[key.charCodeAt(0)] = 1;
    longestPhrase = Math.max(longestPhrase, key.length);
  }
  const byCodePoint = new Map<number, string>();
  const bmpCharacters = new Array<string>(0x10000).fill('');
  for (const [key, value] of characters) {
    // A character keeps its length, so a BMP one becomes one BMP unit.
    if (key.length === 1) bmpCharacters[key.charCodeAt(0)] = value;
    else byCodePoint.set(key.codePointAt(0)!, value);
  }
  return { characters: byCodePoint, bmpCharacters, phrases, phraseStarts, longestPhrase };
}

/**
 * The text with traditional characters replaced by simplified ones. The result always has the
 * same length as the input and differs only where a character was converted.
 */
export function toSimplified(text: string): string {
  tables ??= build();
  const { characters, bmpCharacters, phrases, phraseStarts, longestPhrase } = tables;
  // Most characters stay as they are: copy unchanged runs in slices, not one by one.
  const parts: string[] = [];
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x3400) {
      i++;
      continue;
    }
    if (phraseStarts[unit]) {
      let length = Math.min(longestPhrase, text.length - i);
      for (; length >= 2; length--) {
        const replacement = phrases.get(text.slice(i, i + length));
        if (replacement !== undefined) {
          parts.push(text.slice(copiedUpTo, i), replacement);
          i += length;
          copiedUpTo = i;
          break;
        }
      }
      if (length >= 2) continue;
    }
    const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const width = code > 0xffff ? 2 : 1;
    const replacement = width === 1 ? bmpCharacters[code] || undefined : characters.get(code);
    if (replacement !== undefined) {
      parts.push(text.slice(copiedUpTo, i), replacement);
      copiedUpTo = i + width;
    }
    i += width;
  }
  if (copiedUpTo === 0) return text;
  parts.push(text.slice(copiedUpTo));
  return parts.join('');
}
