// Article fields on a blind page set: reads the manifest (test/blind-pages.json), parses every
// page present under the pages folder with the pipeline's own parser, and compares title, date,
// body start and end, chrome left in the body, publisher and authors with the annotations.
// Pages absent from the folder are counted as missing, never as wrong. Reads files; the
// comparison itself is pure.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeInput } from '../core/parse/decode-bytes.js';
import { parseArticle } from '../core/parse/parse-article.js';
import { initialState } from '../core/pipeline.js';
import type { Article } from '../core/schema.js';

export interface PageAnnotation {
  file: string;
  split: 'dev' | 'test';
  repo: string;
  path: string;
  commit: string;
  sha256: string;
  excerpt?: string;
  url?: string | null;
  crawledAt?: string | null;
  title: string | string[];
  date: string | null;
  publisher: string | string[] | null;
  authors: string[];
  bodyStart: string | string[];
  bodyEnd: string | string[];
  mustContain: string[];
  mustNotContain: string[];
}

export interface PageManifest {
  about: string;
  floors: Partial<Record<'dev' | 'test', Partial<Record<PageField, number>>>>;
  pages: PageAnnotation[];
}

export const PAGE_FIELDS = ['title', 'date', 'start', 'end', 'noChrome', 'allSix', 'publisher', 'authors'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

export interface PageResult {
  file: string;
  /** Null when the page could not be parsed (the reason is in `error`). */
  article: Article | null;
  error: string | null;
  scores: Record<PageField, boolean>;
  /** Annotated phrases that should not be in the body but are, and ones that should but are not. */
  chrome: string[];
  lost: string[];
}

export interface PageSetReport {
  pages: PageResult[];
  missing: string[];
  /** Pages whose stored bytes differ from the manifest's sha256 (scored all the same, and said). */
  changed: string[];
  rates: Record<PageField, { correct: number; total: number; rate: number }>;
}

const list = (value: string | string[] | null): string[] => (value === null ? [] : Array.isArray(value) ? value : [value]);

export function normaliseForComparison(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000\u00ad\u200b\u2060\ufeff]+/gu, '').toLowerCase();
}

export function loadPageManifest(file: string): PageManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
}

/** The folder of stored pages beside the repository, or null when this machine has none. */
export function defaultPagesDir(repoRoot = process.cwd()): string | null {
  const dir = process.env.NUMCLAIMS_BLIND_PAGES ?? path.resolve(repoRoot, '..', 'blind', 'html');
  return existsSync(dir) ? dir : null;
}

/**
 * Six body and heading checks make a page "all right": title, date, body start, body end, no
 * annotated chrome in the body, and every must-contain phrase present.
 */
export function scoreArticle(annotation: PageAnnotation, article: Article | null): Omit<PageResult, 'file' | 'error'> {
  const none = Object.fromEntries(PAGE_FIELDS.map((field) => [field, false])) as Record<PageField, boolean>;
  if (!article) return { article: null, scores: none, chrome: [], lost: [...annotation.mustContain] };
  const body = normaliseForComparison(article.text);
  const title = normaliseForComparison(article.title);
  const date = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
  const chrome = annotation.mustNotContain.filter((phrase) => body.includes(normaliseForComparison(phrase)));
  const lost = annotation.mustContain.filter((phrase) => !body.includes(normaliseForComparison(phrase)));
  const publisher = article.publisher ? normaliseForComparison(article.publisher) : null;
  const expectedPublishers = list(annotation.publisher).map(normaliseForComparison);
  const authors = [...new Set(article.authors.map(normaliseForComparison))].sort();
  const expectedAuthors = [...new Set(annotation.authors.map(normaliseForComparison))].sort();
  const scores = {
    title: list(annotation.title).some((t) => normaliseForComparison(t) === title),
    date: date === annotation.date,
    start: list(annotation.bodyStart).some((s) => body.startsWith(normaliseForComparison(s))),
    end: list(annotation.bodyEnd).some((s) => body.endsWith(normaliseForComparison(s))),
    noChrome: chrome.length === 0,
    allSix: false,
    publisher: expectedPublishers.length === 0 ? publisher === null : publisher !== null && expectedPublishers.includes(publisher),
    authors: authors.length === expectedAuthors.length && authors.every((a, i) => a === expectedAuthors[i]),
  };
  scores.allSix = scores.title && scores.date && scores.start && scores.end && scores.noChrome && lost.length === 0;
  return { article, scores, chrome, lost };
}

function parseStoredPage(file: string, annotation: PageAnnotation, bytes: Uint8Array): Article {
  const state = decodeInput(
    initialState({ source: annotation.file, bytes, formatHint: 'html', url: annotation.url ?? null, crawledAt: annotation.crawledAt ?? null }),
  );
  const parsed = parseArticle(state);
  if (!parsed.article) throw new Error(`no article from ${file}`);
  return parsed.article;
}

export function scorePageSet(manifest: PageManifest, pagesDir: string, split: 'dev' | 'test' | 'all'): PageSetReport {
  const pages: PageResult[] = [];
  const missing: string[] = [];
  const changed: string[] = [];
  for (const annotation of manifest.pages) {
    if (split !== 'all' && annotation.split !== split) continue;
    const file = path.join(pagesDir, annotation.file);
    if (!existsSync(file)) {
      missing.push(annotation.file);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    if (createHash('sha256').update(bytes).digest('hex') !== annotation.sha256) changed.push(annotation.file);
    let article: Article | null = null;
    let error: string | null = null;
    try {
      article = parseStoredPage(file, annotation, bytes);
    } catch (caught) {
      error = (caught as Error).message;
    }
    pages.push({ file: annotation.file, error, ...scoreArticle(annotation, article) });
  }
  const rates = Object.fromEntries(
    PAGE_FIELDS.map((field) => {
      const correct = pages.filter((page) => page.scores[field]).length;
      return [field, { correct, total: pages.length, rate: pages.length ? correct / pages.length : 0 }];
    }),
  ) as PageSetReport['rates'];
  return { pages, missing, changed, rates };
}
