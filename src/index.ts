// The library API: text or HTML in, { article, claims } out, plus the schemas. No file
// system here; the CLI and the batch runner are thin layers over these functions.
import type { RawInput } from './core/document.js';
import { runPipeline, type Timings } from './core/pipeline.js';
import type { Article, Claim } from './core/schema.js';
import type { ErrorDraft } from './core/validate-records.js';
import { loadCheerio } from './core/adapters/cheerio.js';
import { loadCompromise } from './core/adapters/compromise.js';
import { warmUp } from './core/adapters/jieba.js';

export * from './core/schema.js';
export type { RawInput } from './core/document.js';
export { runPipeline, stages, type Timings } from './core/pipeline.js';
export type { ErrorDraft, ValidatedDocument } from './core/validate-records.js';
export { CheckSchema, checkJsonSchema, type CheckDraft, type CheckKind, type CheckRecord, type Verdict } from './core/checks/check-schema.js';
export { checkArticle } from './core/checks/check-article.js';
export { linkQuantities, quantityEntries, subjectKey, type ArticleFacts, type QuantityEntry } from './core/checks/link-quantities.js';
export { groupCopies, signature } from './core/checks/copies.js';
export { resolvePlace } from './core/zh/places.js';

export interface ExtractOptions {
  /** Shown as `source` on the article and any error; defaults to `text` / `html`. */
  source?: string;
  url?: string | null;
  publishedAt?: string | null;
  /** The headline, when the caller has it apart from the text: it wins over the one the page shows. */
  title?: string | null;
  timings?: Timings;
  /** Add an info diagnostic, with the rule's id, for each number a non-claim rule passed over. */
  explain?: boolean;
}

export interface Extraction {
  article: Article;
  claims: Claim[];
}

export class ExtractionError extends Error {
  constructor(readonly errors: ErrorDraft[]) {
    super(errors.map((error) => `${error.stage}: ${error.message}`).join('; '));
    this.name = 'ExtractionError';
  }
}

function run(input: RawInput, timings?: Timings): Extraction {
  const result = runPipeline(input, timings);
  if (!result.article) throw new ExtractionError(result.errors);
  return { article: result.article, claims: result.claims };
}

function toInput(content: string, format: 'html' | 'text', options: ExtractOptions): RawInput {
  return {
    source: options.source ?? format,
    bytes: new TextEncoder().encode(content),
    formatHint: format,
    url: options.url ?? null,
    publishedAt: options.publishedAt ?? null,
    title: options.title ?? null,
    explain: options.explain ?? false,
  };
}

/** Extracts claims from a plain-text article. Throws ExtractionError when no article can be made of it. */
export function extractFromText(text: string, options: ExtractOptions = {}): Extraction {
  return run(toInput(text, 'text', options), options.timings);
}

/** Extracts claims from an HTML page. Throws ExtractionError when no article can be made of it. */
export function extractFromHtml(html: string, options: ExtractOptions = {}): Extraction {
  return run(toInput(html, 'html', options), options.timings);
}

export interface Extractor {
  extractFromText(text: string, options?: ExtractOptions): Extraction;
  extractFromHtml(html: string, options?: ExtractOptions): Extraction;
}

/**
 * Loads what extraction needs (the segmenter's dictionary, about 1-2 s, the English tagger and
 * the HTML parser, which otherwise load on first use) now, once, so that every call after it
 * takes milliseconds: for a process that extracts many documents one at a time.
 */
export function createExtractor(): Extractor {
  warmUp();
  loadCompromise();
  loadCheerio();
  return { extractFromText, extractFromHtml };
}
