// The compromise adapter: loads the library once (its tagger level, `compromise/two`: tags
// without the phrase plugins we do not use) and hands back part-of-speech tags for the words
// of one sentence. compromise's own offsets and term texts carry punctuation and
// normalisation, so every term is located again in the input string by searching from a
// cursor; a term that cannot be found verbatim is dropped rather than guessed. The library is
// loaded on the first English sentence, not when the core is imported: about 0.5 s of CPU that a
// Chinese document's cold start does not need.
import { createRequire } from 'node:module';
import type Compromise from 'compromise/two';

export interface TaggedTerm {
  /** The term exactly as it stands in the input, `input.slice(start, end)`. */
  text: string;
  tags: ReadonlySet<string>;
  /** Offsets into the string given to tagTerms. */
  start: number;
  end: number;
}

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

let nlp: typeof Compromise | null = null;

/**
 * The core is synchronous, and only require loads a module synchronously, so this takes the
 * package's CommonJS build: the same release as its ES modules, bundled into one file.
 */
function compromise(): typeof Compromise {
  nlp ??= createRequire(import.meta.url)('compromise/two') as typeof Compromise;
  return nlp;
}

/** Loads the library now rather than on the first English sentence (about 0.5 s): for a process that serves many documents. */
export function loadCompromise(): void {
  compromise();
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}$€£%]+|[^\p{L}\p{N}%]+$/gu;

/** Tags every word of `text` and maps each back to exact offsets in it. */
export function tagTerms(text: string): TaggedTerm[] {
  // `document` is the tagged term list itself; `.json()` would copy it into a report first.
  const sentences = compromise()(text).document as CompromiseTerm[][];
  const out: TaggedTerm[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    for (const term of sentence) {
      const core = term.text.replace(EDGE_PUNCTUATION, '');
      if (!core) continue;
      const at = text.indexOf(core, cursor);
      // A term further away than a few characters was rewritten by compromise; skip it.
      if (at < 0 || at - cursor > 8) continue;
      out.push({ text: core, tags: new Set(term.tags), start: at, end: at + core.length });
      cursor = at + core.length;
    }
  }
  return out;
}
