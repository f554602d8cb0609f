// What the English stages hand each other: one record per English sentence, filled stage by
// stage (find → resolve → structure → subjects → times). Declared into the shared
// `LanguageWork` so the document state carries it without naming English itself.
import type { Sentence } from '../document.js';
import type { LocalCurrencies } from './spans.js';
import type { ReferenceDate } from '../../rules/en/times.js';
import type { EnglishSpan, WordTags } from './find-spans.js';
import type { ChangeInfo, QualifierMatch, ResolvedValue } from './structure.js';
import type { TimeExpression } from './times.js';
import type { EnglishToken } from './tokens.js';
import { lastAtOrBefore } from '../sorted.js';
import { softWraps } from '../lines.js';

export interface EnglishSentence {
  sentence: Sentence;
  /** Index of the paragraph (line of article.text) the sentence opens in. */
  paragraph: number;
  /** Time expressions of the sentence, found before its numbers so that they can veto them. */
  times: TimeExpression[];
  /** False for sentences without any number: they only lend their times to the next ones. */
  hasNumber: boolean;
  tokens: EnglishToken[];
  tags: WordTags;
  /** Every span found, including `per` denominators (which belong to the claim before them). */
  spans: EnglishSpan[];
  /** The spans that become claims, in order. */
  kept: EnglishSpan[];
  /** Index in `state.claims` of the claim of kept[0]. */
  firstClaim: number;
  values: ResolvedValue[];
  qualifiers: QualifierMatch[];
  changes: (ChangeInfo | null)[];
}

export interface EnglishWork {
  reference: ReferenceDate | null;
  /** What the shared signs and words of a currency (`$`, `Rs`, `Sh`, `cedis`) mean in this article. */
  local: LocalCurrencies;
  sentences: EnglishSentence[];
}

declare module '../document.js' {
  interface LanguageWork {
    en?: EnglishWork;
  }
}

/** Index of the paragraph (line of article.text, its wrapped lines joined) each offset lies in. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const wraps = softWraps(text);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (!wraps.has(i)) starts.push(i + 1);
  return starts;
}

export function paragraphOf(starts: number[], offset: number): number {
  return lastAtOrBefore(starts, offset);
}

/** A span after `per` (`$0.89 per $100`) is the denominator of the claim before it. */
export const isDenominator = (tokens: EnglishToken[], span: EnglishSpan) => tokens[span.firstToken - 1]?.lower === 'per';
