// dataset folder → one SQLite file (better-sqlite3): tables articles, claims, errors, checks and
// check_claims (which claims each check compares, in order) with
// the typed columns of columns.ts, a foreign key claims.docId → articles.id, and indexes on the
// columns people filter by. A record SQLite refuses (a claim of an unknown article, a repeated
// id) or a line that is no valid record becomes a row of errors saying why. Built in a
// temporary file, renamed when complete.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { z } from 'zod';
import { ArticleSchema, ClaimSchema, ErrorRecordSchema, SCHEMA_VERSION, type Claim, type ErrorRecord } from '../core/schema.js';
import { CheckSchema } from '../core/checks/check-schema.js';
import { ARTICLE_COLUMNS, CHECK_COLUMNS, CLAIM_COLUMNS, ERROR_COLUMNS, toRow, type Column } from './columns.js';
import { readRecords } from '../dataset/read-records.js';

/** The stage named in errors rows the export itself adds. */
export const EXPORT_STAGE = 'export-sqlite';
const BATCH = 5000;

export interface SqliteExportResult {
  file: string;
  rows: { articles: number; claims: number; errors: number; checks: number };
  /** errors rows the export added, for records it could not store */
  refused: number;
}

const quote = (name: string) => `"${name}"`;

function columnsSql<T>(columns: Column<T>[]): string {
  return columns.map((column) => `${quote(column.name)} ${column.type}${column.required ? ' NOT NULL' : ''}`).join(',\n  ');
}

export const SCHEMA_SQL = `
CREATE TABLE articles (
  ${columnsSql(ARTICLE_COLUMNS).replace('"id" TEXT NOT NULL', '"id" TEXT NOT NULL PRIMARY KEY')}
);
CREATE TABLE claims (
  ${columnsSql(CLAIM_COLUMNS).replace('"id" TEXT NOT NULL', '"id" TEXT NOT NULL PRIMARY KEY').replace('"docId" TEXT NOT NULL', '"docId" TEXT NOT NULL REFERENCES articles(id)')}
);
CREATE TABLE errors (
  "id" INTEGER PRIMARY KEY,
  ${columnsSql(ERROR_COLUMNS)}
);
CREATE TABLE checks (
  ${columnsSql(CHECK_COLUMNS).replace('"id" TEXT NOT NULL', '"id" TEXT NOT NULL PRIMARY KEY')}
);
CREATE TABLE check_claims (
  "checkId" TEXT NOT NULL REFERENCES checks(id),
  "claimId" TEXT NOT NULL,
  "position" INTEGER NOT NULL
);`;

const INDEX_SQL = `
CREATE INDEX claims_docId ON claims(docId);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX claims_unit ON claims(unit);
CREATE INDEX claims_subject ON claims(subject);
CREATE INDEX claims_time_start ON claims(time_start);
CREATE INDEX checks_verdict ON checks(verdict);
CREATE INDEX check_claims_claimId ON check_claims(claimId);`;

function insertSql<T>(table: string, columns: Column<T>[]): string {
  return `INSERT INTO ${table} (${columns.map((column) => quote(column.name)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

export async function exportSqlite(dir: string, out = path.join(dir, 'numclaims.sqlite')): Promise<SqliteExportResult> {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  if (existsSync(temporary)) rmSync(temporary);
  const database = new Database(temporary);
  const rows = { articles: 0, claims: 0, errors: 0, checks: 0 };
  let refused = 0;
  try {
    // The file is new and renamed only when complete, so a crash loses nothing worth a journal.
    database.pragma('journal_mode = OFF');
    database.pragma('synchronous = OFF');
    database.pragma('foreign_keys = ON');
    database.exec(SCHEMA_SQL);
    const insertError = database.prepare(insertSql('errors', ERROR_COLUMNS));
    const addError = (error: ErrorRecord) => {
      insertError.run(toRow(ERROR_COLUMNS, error));
      rows.errors += 1;
    };
    const refuse = (source: string, message: string, docId: string | null) => {
      addError({ schemaVersion: SCHEMA_VERSION, source, stage: EXPORT_STAGE, message, docId });
      refused += 1;
    };

    const load = async <T>(file: string, schema: z.ZodType<T>, store: (record: T) => void, docIdOf: (record: T) => string | null) => {
      let batch: Array<{ record: T; line: number } | { problem: string; line: number; file: string }> = [];
      const flush = database.transaction(() => {
        for (const item of batch) {
          if ('problem' in item) {
            refuse(`${item.file}:${item.line}`, item.problem, null);
            continue;
          }
          try {
            store(item.record);
          } catch (error) {
            refuse(`${file}:${item.line}`, `SQLite refused the record: ${(error as Error).message}`, docIdOf(item.record));
          }
        }
      });
      for await (const item of readRecords(path.join(dir, file), schema)) {
        batch.push(item);
        if (batch.length >= BATCH) {
          flush();
          batch = [];
        }
      }
      flush();
    };

    const insertArticle = database.prepare(insertSql('articles', ARTICLE_COLUMNS));
    const insertClaim = database.prepare(insertSql('claims', CLAIM_COLUMNS));
    await load(
      'articles.jsonl',
      ArticleSchema,
      (article) => {
        insertArticle.run(toRow(ARTICLE_COLUMNS, article));
        rows.articles += 1;
      },
      (article) => article.id,
    );
    await load(
      'claims.jsonl',
      ClaimSchema as z.ZodType<Claim>,
      (claim) => {
        insertClaim.run(toRow(CLAIM_COLUMNS, claim));
        rows.claims += 1;
      },
      (claim) => claim.docId,
    );
    await load('errors.jsonl', ErrorRecordSchema, addError, (error) => error.docId);
    const insertCheck = database.prepare(insertSql('checks', CHECK_COLUMNS));
    const insertCheckClaim = database.prepare('INSERT INTO check_claims (checkId, claimId, position) VALUES (?, ?, ?)');
    await load(
      'checks.jsonl',
      CheckSchema,
      (check) => {
        insertCheck.run(toRow(CHECK_COLUMNS, check));
        check.claimIds.forEach((claimId, position) => insertCheckClaim.run(check.id, claimId, position));
        rows.checks += 1;
      },
      (check) => check.docIds[0] ?? null,
    );
    database.exec(INDEX_SQL);
    database.pragma('journal_mode = DELETE');
  } catch (error) {
    database.close();
    rmSync(temporary, { force: true });
    throw error;
  }
  database.close();
  renameSync(temporary, out);
  return { file: out, rows, refused };
}
