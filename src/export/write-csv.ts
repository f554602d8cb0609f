// dataset folder → claims.csv, articles.csv and, when the folder has checks.jsonl, checks.csv: UTF-8 with a BOM (so Excel reads Chinese
// right), RFC 4180 quoting and CRLF line ends by csv-stringify, one row per record, the columns
// of columns.ts. Each file is written to a temporary name and renamed when complete.
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { z } from 'zod';
import { ArticleSchema, ClaimSchema, type Claim } from '../core/schema.js';
import { CheckSchema } from '../core/checks/check-schema.js';
import { ARTICLE_COLUMNS, CHECK_COLUMNS, CLAIM_COLUMNS, toRow, type Column } from './columns.js';
import { readRecords } from '../dataset/read-records.js';

export interface ExportProblem {
  file: string;
  line: number;
  reason: string;
}

export interface CsvExportResult {
  files: string[];
  rows: { claims: number; articles: number; checks: number };
  problems: ExportProblem[];
}

async function writeCsv<T>(inputFile: string, schema: z.ZodType<T>, columns: Column<T>[], outFile: string, problems: ExportProblem[]): Promise<number> {
  let rows = 0;
  async function* records() {
    for await (const item of readRecords(inputFile, schema)) {
      if ('problem' in item) problems.push({ file: item.file, line: item.line, reason: item.problem });
      else {
        rows += 1;
        yield toRow(columns, item.record);
      }
    }
  }
  const temporary = `${outFile}.${process.pid}.tmp`;
  const stringifier = stringify({ header: true, columns: columns.map((column) => column.name), bom: true, record_delimiter: 'windows' });
  await pipeline(Readable.from(records()), stringifier, createWriteStream(temporary));
  renameSync(temporary, outFile);
  return rows;
}

export async function exportCsv(dir: string, outDir = dir): Promise<CsvExportResult> {
  mkdirSync(outDir, { recursive: true });
  const problems: ExportProblem[] = [];
  const claimsFile = path.join(outDir, 'claims.csv');
  const articlesFile = path.join(outDir, 'articles.csv');
  const claims = await writeCsv(path.join(dir, 'claims.jsonl'), ClaimSchema as z.ZodType<Claim>, CLAIM_COLUMNS, claimsFile, problems);
  const articles = await writeCsv(path.join(dir, 'articles.jsonl'), ArticleSchema, ARTICLE_COLUMNS, articlesFile, problems);
  const files = [claimsFile, articlesFile];
  let checks = 0;
  // checks.csv only for a folder that has been checked (numclaims check).
  if (existsSync(path.join(dir, 'checks.jsonl'))) {
    const checksFile = path.join(outDir, 'checks.csv');
    checks = await writeCsv(path.join(dir, 'checks.jsonl'), CheckSchema, CHECK_COLUMNS, checksFile, problems);
    files.push(checksFile);
  }
  return { files, rows: { claims, articles, checks }, problems };
}
