// Datasets for the report and export tests: the committed extracted/ folder, and a hostile one
// made by the real pipeline from pages written here whose title, text and url try to inject
// markup, script, template syntax and javascript: links.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Claim, ErrorRecord } from '../src/core/schema.js';

export const SEED_DATASET = 'extracted';

export const HOSTILE_TITLE = '<script>window.__pwned=1</script>资金</textarea><img src=x onerror="window.__pwned=1">{{constructor.constructor(\'window.__pwned=1\')()}}';
export const HOSTILE_TEXT = [
  '全年发放补贴1200万元<script>window.__pwned=1</script>,惠及3.5万人。',
  '<img src=x onerror="window.__pwned=1">新建住房800套</textarea><svg onload="window.__pwned=1">。',
  '{{constructor.constructor(\'window.__pwned=1\')()}} 同比增长6.1%,<a href="javascript:window.__pwned=1">点击</a>查看。',
  'The fund paid "$4.2 million", with 1,200 households, and ${window.__pwned=1} 15% more; =SUM(A1) costs $300.',
].join('\n');
export const HOSTILE_FILE_NAME = '<img src=x onerror=window.__pwned=1>.jsonl';
export const HOSTILE_URL = 'javascript:window.__pwned=1';

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface DatasetRecords {
  articles: Article[];
  claims: Claim[];
  errors: ErrorRecord[];
}

export function readDatasetRecords(dir: string): DatasetRecords {
  return {
    articles: readJsonl<Article>(path.join(dir, 'articles.jsonl')),
    claims: readJsonl<Claim>(path.join(dir, 'claims.jsonl')),
    errors: readJsonl<ErrorRecord>(path.join(dir, 'errors.jsonl')),
  };
}

/** Runs the real extraction over hostile pages (and one line that is no page, for an error record). */
export function makeHostileDataset(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // The file name is hostile too: it becomes the source of every record and error.
  const input = path.join(dir, HOSTILE_FILE_NAME);
  const lines = [
    { id: 'hostile-text', url: HOSTILE_URL, title: HOSTILE_TITLE, publishedAt: '2023-06-01', text: HOSTILE_TEXT },
    { id: 'hostile-html', url: 'https://example.org/<script>', html: `<html><head><title>${HOSTILE_TITLE.replace(/</g, '&lt;')}</title></head><body><article><p>${HOSTILE_TEXT.replace(/</g, '&lt;')}</p></article></body></html>` },
    { id: 'no-page', title: '<script>window.__pwned=1</script>' },
  ];
  writeFileSync(input, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'extract', input, '--out', path.join(dir, 'dataset'), '--workers', '1'], { stdio: 'pipe' });
  } catch (error) {
    // Exit 1: the line without a page became an error record, as intended.
    if ((error as { status?: number }).status !== 1) throw error;
  }
}
