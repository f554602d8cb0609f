// The nodejieba adapter: loads the dictionary once per process (or worker) on first use and
// returns words with parts of speech and their offsets in the string it was given.
import { createRequire } from 'node:module';
import type { Token } from '../document.js';

interface Jieba {
  load: (options?: Record<string, string>) => void;
  tag: (text: string) => { word: string; tag: string }[];
}

let jieba: Jieba | null = null;

function instance(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as Jieba;
    jieba.load();
  }
  return jieba;
}

/** Words and tags of `text`, with offsets shifted by `base`; words are located, never assumed. */
export function tagWords(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of instance().tag(text)) {
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Loads the dictionary now (about 1-2 s) instead of on the first document. */
export function warmUp(): void {
  instance();
}
