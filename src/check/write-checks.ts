// `numclaims check DIR`: reads a dataset folder (any: one run, a merged run, a queue's shards
// merged) and writes DIR/checks.jsonl, one check record a line, and DIR/schema/check.json.
// Articles are read once for their date, URL and a MinHash signature; claims are streamed
// and checked article by article (a folder whose claims are not grouped by article is read
// whole instead); the claims that can be linked across articles are grouped by key at the end.
// A line that is no valid record is reported with its file and line, never dropped silently.
import { createWriteStream, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { readRecords } from '../dataset/read-records.js';
import type { z } from 'zod';
import { ArticleSchema, ClaimSchema, SCHEMA_VERSION, type Claim } from '../core/schema.js';
import { CheckSchema, checkJsonSchema, type CheckDraft, type CheckRecord, type Verdict } from '../core/checks/check-schema.js';
import { checkArticle } from '../core/checks/check-article.js';
import { groupCopies, signature, type CopyCandidate } from '../core/checks/copies.js';
import { linkQuantities, quantityEntries, type ArticleFacts, type QuantityEntry } from '../core/checks/link-quantities.js';

export interface CheckProblem {
  file: string;
  line: number;
  reason: string;
}

export interface CheckRunResult {
  out: string;
  articles: number;
  claims: number;
  checks: number;
  byKind: Record<string, Partial<Record<Verdict, number>>>;
  copyGroups: number;
  problems: CheckProblem[];
}

async function* jsonLines<T>(file: string, schema: z.ZodType<T>, problems: CheckProblem[]): AsyncGenerator<T> {
  for await (const item of readRecords(file, schema)) {
    if ('problem' in item) problems.push({ file: item.file, line: item.line, reason: item.problem });
    else yield item.record;
  }
}

/** The claims of each article: streamed when the file keeps an article's claims together, else gathered whole. */
async function* claimsByArticle(file: string, problems: CheckProblem[]): AsyncGenerator<Claim[]> {
  const seen = new Set<string>();
  let last: string | null = null;
  let grouped = true;
  for await (const claim of jsonLines(file, ClaimSchema as z.ZodType<Claim>, [])) {
    if (claim.docId !== last) {
      if (seen.has(claim.docId)) {
        grouped = false;
        break;
      }
      seen.add(claim.docId);
      last = claim.docId;
    }
  }
  if (grouped) {
    let run: Claim[] = [];
    for await (const claim of jsonLines(file, ClaimSchema as z.ZodType<Claim>, problems)) {
      if (run.length && run[0]!.docId !== claim.docId) {
        yield run;
        run = [];
      }
      run.push(claim);
    }
    if (run.length) yield run;
    return;
  }
  const all = new Map<string, Claim[]>();
  for await (const claim of jsonLines(file, ClaimSchema as z.ZodType<Claim>, problems)) {
    const list = all.get(claim.docId) ?? [];
    list.push(claim);
    all.set(claim.docId, list);
  }
  yield* all.values();
}

export async function writeChecks(dir: string, out = path.join(dir, 'checks.jsonl')): Promise<CheckRunResult> {
  const problems: CheckProblem[] = [];
  const facts = new Map<string, ArticleFacts>();
  const candidates: CopyCandidate[] = [];
  for await (const article of jsonLines(path.join(dir, 'articles.jsonl'), ArticleSchema, problems)) {
    if (facts.has(article.id)) continue;
    facts.set(article.id, { id: article.id, publishedAt: article.publishedAt, url: article.url });
    candidates.push({ id: article.id, publishedAt: article.publishedAt, signature: signature(article.text) });
  }

  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary, { encoding: 'utf8' });
  const byKind: CheckRunResult['byKind'] = {};
  let checks = 0;
  let claims = 0;
  const write = async (draft: CheckDraft) => {
    const record: CheckRecord = CheckSchema.parse({ schemaVersion: SCHEMA_VERSION, ...draft });
    const counts = (byKind[record.kind] ??= {});
    counts[record.verdict] = (counts[record.verdict] ?? 0) + 1;
    checks += 1;
    if (!stream.write(JSON.stringify(record) + '\n')) await once(stream, 'drain');
  };

  const entries: QuantityEntry[] = [];
  for await (const articleClaims of claimsByArticle(path.join(dir, 'claims.jsonl'), problems)) {
    claims += articleClaims.length;
    const article = facts.get(articleClaims[0]!.docId);
    if (!article) {
      problems.push({ file: 'claims.jsonl', line: 0, reason: `${articleClaims.length} claims of article ${articleClaims[0]!.docId}, which articles.jsonl does not hold, were not checked` });
      continue;
    }
    for (const draft of checkArticle(articleClaims)) await write(draft);
    entries.push(...quantityEntries(articleClaims, article));
  }
  const copyHead = groupCopies(candidates);
  const links = linkQuantities(entries, copyHead).sort((a, b) => a.id.localeCompare(b.id));
  for (const draft of links) await write(draft);
  stream.end();
  await once(stream, 'finish');
  renameSync(temporary, out);
  const schemaDir = path.join(path.dirname(out), 'schema');
  mkdirSync(schemaDir, { recursive: true });
  writeFileSync(path.join(schemaDir, 'check.json'), JSON.stringify(checkJsonSchema(), null, 2) + '\n');
  const copyGroups = new Set([...copyHead].filter(([id, head]) => id !== head).map(([, head]) => head)).size;
  return { out, articles: facts.size, claims, checks, byKind, copyGroups, problems };
}
