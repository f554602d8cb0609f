// The derived files committed in extracted/ (checks.jsonl, report.html, claims.csv,
// articles.csv, checks.csv, numclaims.sqlite) are what `npm run extract` makes of the committed JSONL, which
// extracted.test.ts holds equal to a fresh run. The report and the CSV files carry no time or
// path, so they compare byte for byte; a SQLite file need not, so it compares by content.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const fresh = mkdtempSync(path.join(tmpdir(), 'numclaims-derived-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

const cli = (...args: string[]) => execFileSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'pipe' });

function content(file: string): Record<string, unknown[]> {
  const database = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = { schema: database.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all() };
    for (const table of ['articles', 'claims', 'errors', 'checks', 'check_claims']) out[table] = database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    return out;
  } finally {
    database.close();
  }
}

describe('extracted/ derived files', () => {
  cli('check', 'extracted', '--out', path.join(fresh, 'checks.jsonl'));
  cli('report', 'extracted', '--out', path.join(fresh, 'report.html'));
  cli('export', 'extracted', '--format', 'csv', '--out', fresh);
  cli('export', 'extracted', '--format', 'sqlite', '--out', path.join(fresh, 'numclaims.sqlite'));

  it.each(['checks.jsonl', 'report.html', 'claims.csv', 'articles.csv', 'checks.csv'])('%s is what the commands make of the JSONL', (file) => {
    expect(readFileSync(path.join('extracted', file)).equals(readFileSync(path.join(fresh, file)))).toBe(true);
  });

  it('numclaims.sqlite holds what the command puts in it', () => {
    const committed = content(path.join('extracted', 'numclaims.sqlite'));
    expect(committed.claims!.length).toBeGreaterThan(0);
    expect(committed.checks!.length).toBeGreaterThan(0);
    expect(committed).toEqual(content(path.join(fresh, 'numclaims.sqlite')));
  });
});
