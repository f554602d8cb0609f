// CSV and SQLite exports read back: csv-parse on the CSV files, SQL on the SQLite file. Row
// counts equal record counts and every value equals the JSONL value, flattened here by a rule
// of its own (nested key → parent_child in snake case) rather than by the exporter's code.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, SEED_DATASET, makeHostileDataset, readDatasetRecords, type DatasetRecords } from './report-fixtures.js';

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The expected columns of a record: top-level names as they are, nested ones parent_child. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) out[key] = key === 'authors' ? value.join('; ') : JSON.stringify(value);
    else if (value !== null && typeof value === 'object') for (const [inner, innerValue] of Object.entries(value)) out[`${key}_${snake(inner)}`] = innerValue;
    else out[key] = value;
  }
  return out;
}

const NESTED: Record<string, string[]> = {
  range: ['min', 'max'],
  per: ['value', 'unit', 'text'],
  change: ['role', 'direction', 'from', 'to', 'basis'],
  list: ['group', 'index', 'size'],
  time: ['text', 'start', 'end', 'textStart', 'textEnd', 'source'],
  place: ['name', 'via'],
};

/** A claim's expected columns, with the nested fields of a null object as nulls. */
function flattenClaim(claim: Record<string, unknown>): Record<string, unknown> {
  const out = flatten(claim);
  for (const [key, inner] of Object.entries(NESTED)) {
    delete out[key];
    for (const name of inner) out[`${key}_${snake(name)}`] ??= null;
  }
  return out;
}

function exportTo(dir: string, format: 'csv' | 'sqlite', out: string): number {
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'export', dir, '--format', format, '--out', out], { stdio: 'pipe' });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
}

const asCell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe.each([
  ['the seed dataset', () => SEED_DATASET],
  [
    'a hostile dataset',
    () => {
      makeHostileDataset(path.join(work, 'hostile'));
      return path.join(work, 'hostile', 'dataset');
    },
  ],
])('%s', (name, datasetDir) => {
  const dir = datasetDir();
  const records: DatasetRecords = readDatasetRecords(dir);
  const out = path.join(work, name.replace(/\W+/g, '-'));
  const csvStatus = exportTo(dir, 'csv', out);
  const sqliteStatus = exportTo(dir, 'sqlite', path.join(out, 'numclaims.sqlite'));

  it('exports without problems', () => {
    expect([csvStatus, sqliteStatus]).toEqual([0, 0]);
    expect(records.claims.length).toBeGreaterThan(0);
  });

  describe('CSV', () => {
    it.each(['claims.csv', 'articles.csv'])('%s starts with a UTF-8 BOM and ends its records with CRLF', (file) => {
      const bytes = readFileSync(path.join(out, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFid,/);
    });

    it.each([
      ['claims.csv', () => records.claims.map((claim) => flattenClaim(claim as unknown as Record<string, unknown>))],
      ['articles.csv', () => records.articles.map((article) => flatten(article as unknown as Record<string, unknown>))],
    ])('%s: one row per record, every value equal to the JSONL value', (file, expectedRows) => {
      const rows = readCsv(path.join(out, file));
      const expected = expectedRows();
      expect(rows).toHaveLength(expected.length);
      expected.forEach((record, index) => {
        expect(Object.keys(rows[index]!).sort()).toEqual(Object.keys(record).sort());
        for (const [column, value] of Object.entries(record)) expect([column, rows[index]![column]]).toEqual([column, asCell(value)]);
      });
    });

    it('claims.csv values read back as the same numbers', () => {
      expect(readCsv(path.join(out, 'claims.csv')).map((row) => Number(row.value))).toEqual(records.claims.map((claim) => claim.value));
    });
  });

  describe('SQLite', () => {
    const database = new Database(path.join(out, 'numclaims.sqlite'), { readonly: true });
    afterAll(() => database.close());

    it.each([
      ['articles', () => records.articles.length],
      ['claims', () => records.claims.length],
      ['errors', () => records.errors.length],
    ])('%s holds one row per record', (table, count) => {
      expect((database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(count());
    });

    it('claims: every value equal to the JSONL value, with its type', () => {
      const rows = database.prepare('SELECT * FROM claims ORDER BY rowid').all() as Array<Record<string, unknown>>;
      records.claims.forEach((claim, index) => {
        for (const [column, value] of Object.entries(flattenClaim(claim as unknown as Record<string, unknown>))) expect([column, rows[index]![column]]).toEqual([column, value]);
      });
    });

    it('articles and errors: every value equal to the JSONL value', () => {
      const articles = database.prepare('SELECT * FROM articles ORDER BY rowid').all() as Array<Record<string, unknown>>;
      records.articles.forEach((article, index) => expect(articles[index]).toEqual(flatten(article as unknown as Record<string, unknown>)));
      const errors = database.prepare('SELECT source, stage, message, docId, schemaVersion FROM errors ORDER BY id').all();
      expect(errors).toEqual(records.errors.map((error) => flatten(error as unknown as Record<string, unknown>)));
    });

    it('links claims to articles by a foreign key and indexes the columns people filter by', () => {
      expect(database.prepare('PRAGMA foreign_key_list(claims)').all()).toEqual([expect.objectContaining({ table: 'articles', from: 'docId', to: 'id' })]);
      const indexed = (database.prepare('PRAGMA index_list(claims)').all() as Array<{ name: string }>).map((index) => (database.prepare(`PRAGMA index_info(${index.name})`).all() as Array<{ name: string }>).map((column) => column.name).join(','));
      expect(indexed).toEqual(expect.arrayContaining(['docId', 'kind', 'unit', 'subject']));
    });
  });
});

it('keeps a hostile title intact through CSV and SQLite', () => {
  const out = path.join(work, 'a-hostile-dataset');
  expect(readCsv(path.join(out, 'articles.csv')).map((row) => row.title)).toContain(HOSTILE_TITLE);
  const database = new Database(path.join(out, 'numclaims.sqlite'), { readonly: true });
  expect(database.prepare('SELECT count(*) AS n FROM articles WHERE title = ?').get(HOSTILE_TITLE)).toEqual({ n: 1 });
  database.close();
});

describe('a dataset SQLite cannot hold as it is', () => {
  const dir = path.join(work, 'damaged');
  cpSync(SEED_DATASET, dir, { recursive: true });
  const records = readDatasetRecords(SEED_DATASET);
  const first = records.claims[0]!;
  const extra = ['{"this is": not json', JSON.stringify({ ...first, id: 'orphan', docId: 'ffffffffffffffff' }), JSON.stringify(first)];
  writeFileSync(path.join(dir, 'claims.jsonl'), [...records.claims.map((claim) => JSON.stringify(claim)), ...extra].join('\n') + '\n');
  const status = exportTo(dir, 'sqlite', path.join(dir, 'numclaims.sqlite'));
  const database = new Database(path.join(dir, 'numclaims.sqlite'), { readonly: true });
  afterAll(() => database.close());
  const refused = database.prepare("SELECT source, message, docId FROM errors WHERE stage = 'export-sqlite' ORDER BY id").all() as Array<{ source: string; message: string; docId: string | null }>;

  it('exits 1 and keeps the good claims', () => {
    expect(status).toBe(1);
    expect(database.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: records.claims.length });
  });

  it.each([
    [records.claims.length + 1, 'not JSON'],
    [records.claims.length + 2, 'FOREIGN KEY'],
    [records.claims.length + 3, 'UNIQUE'],
  ])('turns claims.jsonl line %i into an errors row (%s)', (line, reason) => {
    const row = refused.find((entry) => entry.source === `claims.jsonl:${line}`);
    expect(row?.message).toContain(reason);
  });
});

describe('the README example queries', () => {
  const readme = readFileSync('README.md', 'utf8');
  const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());
  const database = new Database(path.join(SEED_DATASET, 'numclaims.sqlite'), { readonly: true });
  afterAll(() => database.close());

  it('shows at least three', () => {
    expect(queries.length).toBeGreaterThanOrEqual(3);
  });

  it.each(queries.map((query, index) => [index + 1, query]))('query %i runs on extracted/numclaims.sqlite and returns rows', (_index, query) => {
    expect((database.prepare(query as string).all() as unknown[]).length).toBeGreaterThan(0);
  });
});
