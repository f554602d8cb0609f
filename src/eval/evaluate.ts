// Evaluation over a gold folder: each gold file's article is parsed by the pipeline, gold
// claims are anchored in its text, and predictions (run now, or read from a dataset folder)
// are scored against them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../core/pipeline.js';
import { articleId } from '../core/parse/parse-article.js';
import type { Article, Claim } from '../core/schema.js';
import { formatHintFor } from '../io/inputs/input-entry.js';
import { GoldFileSchema, anchorGold, type GoldFile } from './gold.js';
import { isBlindSet, loadBlindSet } from './blind-set.js';
import { scoreDocument, summarise, type DocumentScore, type EvalSummary } from './score.js';
import { checkArticle } from '../core/checks/check-article.js';
import type { Verdict } from '../core/checks/check-schema.js';

/** The arithmetic checks over a gold set's predicted claims: the count per verdict, and every inconsistent one to read. */
export interface CheckTally {
  counts: Record<Verdict, number>;
  inconsistent: { source: string; kind: string; formula: string; note: string; sentence: string }[];
}

export interface GoldDocument {
  goldPath: string;
  gold: GoldFile;
  sourcePath: string;
  bytes: Uint8Array;
  /** The page's address, as a crawler gives it with the bytes (blind sets record it; gold files have none). */
  url?: string | null;
  /**
   * The page's date as its metadata gave it, passed to the pipeline as a crawler passes it: only for
   * a blind page restored from a stored copy whose opening (its date line with it) differs from the
   * page as annotated.
   */
  publishedAt?: string | null;
}

function listGoldFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listGoldFiles(full));
    else if (name.endsWith('.gold.json')) out.push(full);
  }
  return out;
}

/** The gold documents of a folder of gold files, or of a blind set (blind.json) whose texts are present. */
export function loadGoldDocuments(dir: string): GoldDocument[] {
  return loadGoldSet(dir).documents;
}

export function loadGoldSet(dir: string): { documents: GoldDocument[]; missing: { file: string; reason: string; lost?: boolean }[] } {
  if (isBlindSet(dir)) return loadBlindSet(dir);
  const documents = listGoldFiles(dir).map((goldPath) => {
    const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
    if (!parsed.success) throw new Error(`${goldPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const gold = parsed.data;
    const candidates = [path.resolve(gold.source), path.resolve(path.dirname(goldPath), gold.source)];
    const sourcePath = candidates.find((candidate) => existsSync(candidate));
    if (!sourcePath) throw new Error(`${goldPath}: source ${gold.source} not found`);
    return { goldPath, gold, sourcePath, bytes: readFileSync(sourcePath) };
  });
  return { documents, missing: [] };
}

export interface Predictions {
  articles: Map<string, Article>;
  claims: Map<string, Claim[]>;
}

export function readPredictions(dir: string): Predictions {
  const articles = new Map<string, Article>();
  const claims = new Map<string, Claim[]>();
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  for (const line of lines(path.join(dir, 'articles.jsonl'))) {
    const article = JSON.parse(line) as Article;
    articles.set(article.id, article);
  }
  for (const line of lines(path.join(dir, 'claims.jsonl'))) {
    const claim = JSON.parse(line) as Claim;
    const list = claims.get(claim.docId) ?? [];
    list.push(claim);
    claims.set(claim.docId, list);
  }
  return { articles, claims };
}

export interface EvalReport {
  summary: EvalSummary;
  documents: DocumentScore[];
  /** Per language, when the gold set holds more than one. */
  byLang: Record<string, EvalSummary>;
  /** Documents of a blind set whose text is not on this machine (they are not scored). */
  missing: { file: string; reason: string; lost?: boolean }[];
  checks: CheckTally;
}

export function evaluateGold(goldDir: string, predictions?: Predictions): EvalReport {
  const { documents, missing } = loadGoldSet(goldDir);
  const scores: DocumentScore[] = [];
  const langs = new Map<string, DocumentScore[]>();
  const checks: CheckTally = { counts: { consistent: 0, inconsistent: 0, unverifiable: 0 }, inconsistent: [] };
  for (const doc of documents) {
    let article: Article | null;
    let claims: Claim[];
    if (predictions) {
      article = predictions.articles.get(articleId(doc.bytes)) ?? null;
      claims = article ? (predictions.claims.get(article.id) ?? []) : [];
    } else {
      const result = runPipeline({ source: doc.gold.source, bytes: doc.bytes, formatHint: formatHintFor(doc.sourcePath), url: doc.url ?? null, publishedAt: doc.publishedAt ?? null });
      article = result.article;
      claims = result.claims;
    }
    for (const check of checkArticle(claims)) {
      checks.counts[check.verdict] += 1;
      const first = claims.find((claim) => claim.id === check.claimIds[0]);
      if (check.verdict === 'inconsistent') checks.inconsistent.push({ source: doc.gold.source, kind: check.kind, formula: check.formula, note: check.note, sentence: first?.sentence ?? '' });
    }
    const { anchored, unanchored } = anchorGold(article?.text ?? '', doc.gold.claims);
    const score = scoreDocument(doc.gold.source, anchored, claims, unanchored.length);
    scores.push(score);
    langs.set(doc.gold.lang, [...(langs.get(doc.gold.lang) ?? []), score]);
  }
  return {
    summary: summarise(scores),
    documents: scores,
    byLang: Object.fromEntries([...langs].map(([lang, list]) => [lang, summarise(list)])),
    missing,
    checks,
  };
}
