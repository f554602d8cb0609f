// Reads a dataset folder (articles.jsonl, claims.jsonl, errors.jsonl, checks.jsonl) for the report: every
// record validated against the schemas, claims grouped under their article. A line that is not
// a valid record, or a claim whose offsets do not point at its text in its article, is kept
// as a problem with its file, line and reason, so nothing the folder holds is silently lost.
// The schemas come from core/schema.ts (the contract the library API re-exports) rather than
// index.ts, so reading JSONL does not load the pipeline and its NLP libraries.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ArticleSchema, ClaimSchema, ErrorRecordSchema, type Article, type Claim, type ErrorRecord } from '../core/schema.js';
import { CheckSchema, type CheckRecord } from '../core/checks/check-schema.js';

export interface DatasetProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ReportDataset {
  articles: Article[];
  claimsByArticle: Map<string, Claim[]>;
  claimCount: number;
  errors: ErrorRecord[];
  /** checks.jsonl (numclaims check), empty when the folder has none. */
  checks: CheckRecord[];
  problems: DatasetProblem[];
}

export class DatasetMissingError extends Error {}

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ');
}

/** Calls onRecord for each valid record of a JSONL file; the report holds everything in memory anyway, so the file is read whole. */
function eachRecord<T>(file: string, schema: z.ZodType<T>, problems: DatasetProblem[], onRecord: (record: T, line: number) => void): void {
  if (!existsSync(file)) return;
  const name = path.basename(file);
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      const line = index + 1;
      let parsed;
      try {
        parsed = schema.safeParse(JSON.parse(text));
      } catch (error) {
        problems.push({ file: name, line, reason: `not JSON: ${(error as Error).message}` });
        return;
      }
      if (parsed.success) onRecord(parsed.data, line);
      else problems.push({ file: name, line, reason: issuesText(parsed.error) });
    });
}

export function readDataset(dir: string): ReportDataset {
  if (!existsSync(path.join(dir, 'articles.jsonl'))) throw new DatasetMissingError(`${dir} holds no articles.jsonl: not a dataset folder`);
  const problems: DatasetProblem[] = [];
  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  eachRecord(path.join(dir, 'articles.jsonl'), ArticleSchema, problems, (article, line) => {
    if (byId.has(article.id)) {
      problems.push({ file: 'articles.jsonl', line, reason: `article ${article.id} appears twice; the first is shown` });
      return;
    }
    byId.set(article.id, article);
    articles.push(article);
  });
  const claimsByArticle = new Map<string, Claim[]>();
  let claimCount = 0;
  eachRecord(path.join(dir, 'claims.jsonl'), ClaimSchema as z.ZodType<Claim>, problems, (claim, line) => {
    const article = byId.get(claim.docId);
    if (!article) {
      problems.push({ file: 'claims.jsonl', line, reason: `claim ${claim.id} belongs to article ${claim.docId}, which articles.jsonl does not hold` });
      return;
    }
    if (article.text.slice(claim.start, claim.end) !== claim.text) {
      problems.push({ file: 'claims.jsonl', line, reason: `claim ${claim.id}: the article text at ${claim.start}-${claim.end} is not "${claim.text}"` });
      return;
    }
    const list = claimsByArticle.get(claim.docId);
    if (list) list.push(claim);
    else claimsByArticle.set(claim.docId, [claim]);
    claimCount += 1;
  });
  const errors: ErrorRecord[] = [];
  eachRecord(path.join(dir, 'errors.jsonl'), ErrorRecordSchema, problems, (error) => errors.push(error));
  const checks: CheckRecord[] = [];
  eachRecord(path.join(dir, 'checks.jsonl'), CheckSchema, problems, (check) => checks.push(check));
  return { articles, claimsByArticle, claimCount, errors, checks, problems };
}
