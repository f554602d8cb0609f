// The parse stages, in order: bytes → text (encoding), text → article (HTML main content or
// plain text, metadata), article → sentences (each with its language). Language stages read
// the sentences of their own language.
import type { Stage } from '../document.js';
import { decodeInput } from './decode-bytes.js';
import { parseArticle } from './parse-article.js';
import { segmentSentences } from './segment-sentences.js';

export const parseStages: readonly Stage[] = [
  { name: 'decode', run: decodeInput },
  { name: 'parse', run: parseArticle },
  { name: 'segment', run: segmentSentences },
];
