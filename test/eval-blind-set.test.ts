// A blind set is scored as a crawler would extract its pages: the bytes and the page's URL,
// never the annotator's date. The URL carries what the text leaves out, such as the country
// whose dollar a bare `$` is. The set here is written in a temporary folder.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';

const root = mkdtempSync(path.join(tmpdir(), 'numclaims-blind-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = 'Council news\nPublished: March 3, 2024\n\nThe city will spend $12.5 million on new buses this year.\n';
const claim = '$12.5 million';

function writeSet(name: string, url: string, unit: string): string {
  mkdirSync(path.join(root, 'texts', name), { recursive: true });
  writeFileSync(path.join(root, 'texts', name, 'page.txt'), text);
  const start = text.indexOf(claim);
  const sentence = text.indexOf('The city');
  const set = {
    texts: `texts/${name}`,
    documents: [
      {
        file: 'page.txt',
        url,
        sha256: createHash('sha256').update(text).digest('hex'),
        lang: 'en',
        publishedAt: '2024-03-03',
        claims: [{ span: [start, start + claim.length], context: [sentence, text.indexOf('\n', sentence)], value: 12_500_000, kind: 'money', unit, approx: 'eq' }],
      },
    ],
  };
  const dir = path.join(root, 'sets', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'blind.json'), JSON.stringify(set));
  return dir;
}

describe('a blind set is extracted with its pages’ URLs', () => {
  const previous = process.env.NUMCLAIMS_BLIND_DIR;
  afterAll(() => {
    if (previous === undefined) delete process.env.NUMCLAIMS_BLIND_DIR;
    else process.env.NUMCLAIMS_BLIND_DIR = previous;
  });

  it.each([
    ['a Canadian site', 'https://www.example.ca/news/1', 'CAD'],
    ['an Australian site', 'https://www.example.com.au/news/1', 'AUD'],
    ['a site of no country', 'https://www.example.com/news/1', 'USD'],
  ])('a bare $ on %s agrees with the annotated currency', (name, url, unit) => {
    process.env.NUMCLAIMS_BLIND_DIR = root;
    const report = evaluateGold(writeSet(name.replace(/\W+/g, '-'), url, unit));
    expect(report.missing).toEqual([]);
    expect(report.summary.agreement.unit).toMatchObject({ agree: 1, total: 1 });
  });
});
