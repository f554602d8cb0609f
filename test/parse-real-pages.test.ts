// The parse gate on real pages: every page of ../shared/corpus-real (read in place, never
// copied) is decoded and parsed, and its title, date and body boundaries are compared with the
// hand annotations in real-pages.expected.json; bodies are also scored against the corpus'
// truth files (character-level F1). Accuracy must stay at or above the floors in that file;
// floors only go up. Skipped, saying so, on a machine without the corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accuracy, charF1, corpusDir, loadExpected, scorePage, truthFor } from '../bench/parse-score.mjs';
import { decodeInput } from '../src/core/parse/decode-bytes.js';
import { parseArticle } from '../src/core/parse/parse-article.js';
import { initialState } from '../src/core/pipeline.js';

interface Expected {
  path: string;
  title: string | string[];
  date: string | null;
  bodyStart: string | string[];
  bodyEnd: string | string[] | null;
}
interface Rate {
  correct: number;
  total: number;
  rate: number;
}

const dir: string | null = corpusDir();
const expected = loadExpected() as { pages: Expected[]; floors: Record<string, number> };

function parsePage(page: Expected) {
  const bytes = new Uint8Array(readFileSync(path.join(dir!, page.path)));
  const state = decodeInput(initialState({ source: page.path, bytes, formatHint: page.path.endsWith('.html') ? 'html' : 'text' }));
  return parseArticle(state);
}

describe('real-pages.expected.json', () => {
  it('holds short annotations only, never page bodies', () => {
    const list = (v: string | string[] | null) => (v === null ? [] : Array.isArray(v) ? v : [v]);
    for (const page of expected.pages) {
      for (const text of [...list(page.bodyStart), ...list(page.bodyEnd)]) expect(text.length, page.path).toBeLessThanOrEqual(60);
      for (const title of list(page.title)) expect(title.length, page.path).toBeLessThanOrEqual(120);
    }
  });
});

describe.runIf(dir)('real pages in ../shared/corpus-real', () => {
  // (vitest collects a skipped block too: without the corpus there is nothing to parse.)
  const results = (dir ? expected.pages : []).map((page) => {
    const state = parsePage(page);
    return { page, article: state.article!, encoding: state.decoded!.encoding };
  });
  const scores = results.map(({ page, article }) => scorePage(page, article));
  const rates = accuracy(scores) as Record<'title' | 'date' | 'start' | 'end', Rate>;
  const misses = (field: string) =>
    results
      .filter((_, i) => scores[i][field] === false)
      .map(({ page }) => page.path)
      .join(', ');

  it('annotates every HTML and text page of the corpus', () => {
    const manifest = readFileSync(path.join(dir!, 'MANIFEST.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0])
      .filter((file): file is string => !!file && /\.(?:html|txt)$/.test(file));
    expect(expected.pages.map((p) => p.path).sort()).toEqual(manifest.sort());
  });

  it('decodes every page: no invalid byte sequences, no empty body', () => {
    for (const { page, article, encoding } of results) {
      expect(article.text.length, page.path).toBeGreaterThan(0);
      expect(article.diagnostics.filter((d) => d.ruleId === 'decode-replacement'), `${page.path} decoded as ${encoding}`).toEqual([]);
    }
  });

  it.each(['title', 'date', 'start', 'end'] as const)('keeps %s accuracy at or above its floor', (field) => {
    const { correct, total, rate } = rates[field];
    expect(rate, `${field}: ${correct}/${total}; wrong on ${misses(field)}`).toBeGreaterThanOrEqual(expected.floors[field]!);
  });

  it('keeps the character F1 of bodies against the truth files at or above its floor', () => {
    const f1s = results
      .map(({ page, article }) => {
        const truth: string | null = truthFor(dir, page.path);
        return truth === null ? null : { path: page.path, ...(charF1(article.text, truth) as { f1: number; precision: number; recall: number }) };
      })
      .filter((r): r is { path: string; f1: number; precision: number; recall: number } => r !== null);
    const mean = f1s.reduce((sum, r) => sum + r.f1, 0) / f1s.length;
    const worst = [...f1s].sort((a, b) => a.f1 - b.f1).slice(0, 3).map((r) => `${r.path} ${r.f1.toFixed(3)}`).join(', ');
    expect(f1s.length).toBeGreaterThanOrEqual(20);
    expect(mean, `mean char F1 ${mean.toFixed(4)} over ${f1s.length} pages; lowest: ${worst}`).toBeGreaterThanOrEqual(expected.floors.charF1!);
  });
});

if (!dir) {
  describe('real pages', () => {
    it.skip('../shared/corpus-real is absent on this machine: real-page accuracy is not measured', () => {});
  });
}
