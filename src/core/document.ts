// The data every stage reads and adds to. One immutable `article.text` per document; every
// sentence, candidate and claim below is a half-open [start, end) pair of UTF-16 offsets into it.
import type { Approx, Article, Change, ClaimKind, ClaimPlace, ClaimTime, Diagnostic } from './schema.js';

/** One input as the edge hands it over: raw bytes plus what the container already knows. */
export interface RawInput {
  source: string;
  bytes: Uint8Array;
  /** From the file extension or the container record; null lets the parser sniff. */
  formatHint?: 'html' | 'text' | null;
  /** Given by the container (JSONL line, WARC record): wins over what the page says. */
  url?: string | null;
  publishedAt?: string | null;
  /** Given by the container (a CSV or JSONL title field): wins over the heading the page shows. */
  title?: string | null;
  /** Given by the container: used as the article id instead of the hash of the bytes. */
  id?: string | null;
  /** The charset a transport declared (HTTP Content-Type in a WARC record); checked against the bytes. */
  charset?: string | null;
  /** When the page was fetched (WARC-Date, JSONL fetchedAt): relative dates (`昨天`, `3小时前`) count back from it. */
  crawledAt?: string | null;
  /** Record each number a non-claim rule passed over as an info diagnostic naming the rule (off in datasets: it is for tracing and tests). */
  explain?: boolean;
}

export interface DecodedInput {
  text: string;
  encoding: string;
}

/** What parse produces: the article minus the fields the pipeline stamps on it. */
export type ParsedArticle = Omit<Article, 'schemaVersion' | 'id' | 'source' | 'diagnostics' | 'lang' | 'encoding'> & {
  lang?: Article['lang'];
  /** What the parser has to say: where each metadata value came from, what it could not resolve. */
  diagnostics?: Diagnostic[];
};

export interface Sentence {
  start: number;
  end: number;
  lang: 'zh' | 'en';
}

/** A claim before it is stamped with ids and validated. */
export interface ClaimDraft {
  lang: 'zh' | 'en';
  start: number;
  end: number;
  value: number;
  kind: ClaimKind;
  unit: string | null;
  unitText: string | null;
  approx: Approx;
  range: { min: number; max: number } | null;
  per: { value: number; unit: string; text: string } | null;
  /** Change links refer to other drafts by index until ids are assigned. */
  change: (Omit<Change, 'from' | 'to'> & { from: number | null; to: number | null }) | null;
  list: { group: string; index: number; size: number } | null;
  subject: string | null;
  time: ClaimTime | null;
  /** Set by a language's place stage; absent is unknown. */
  place?: ClaimPlace | null;
  sentence: Sentence;
  ruleId: string;
}

/** A number span found in a sentence, before its value is resolved (find, then resolve). */
export interface Candidate {
  lang: 'zh' | 'en';
  /** The whole claim span: number, multiplier, unit and any qualifier written inside it. */
  start: number;
  end: number;
  ruleId: string;
  sentence: Sentence;
  /** Named parts of the match, as offsets into article.text, for the resolver. */
  parts: Record<string, { start: number; end: number; text: string }>;
}

/** Words and parts of speech for one clause, from the segmenter adapter. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface DocumentState {
  input: RawInput;
  decoded: DecodedInput | null;
  article: Article | null;
  sentences: Sentence[];
  candidates: Candidate[];
  claims: ClaimDraft[];
  /** Tokens of the clauses around claims, keyed by clause start offset. */
  tokens: Map<number, Token[]>;
  diagnostics: Diagnostic[];
  /** What one language's stages hand each other (see LanguageWork). */
  work: LanguageWork;
}

/**
 * The working data a language's stages pass from one to the next (spans, tokens, resolved
 * values) before they become claims. Each language folder adds its own key by declaration
 * merging (`src/core/en/work.ts`), so this shared contract names no language.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LanguageWork {}

/** One step of the pipeline: a typed function over the document state, in a file of its own. */
export interface Stage {
  name: string;
  run: (state: DocumentState) => DocumentState;
}

/** Input that no stage can make an article of; the runner turns it into an error record. */
export class UnusableInputError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnusableInputError';
  }
}
