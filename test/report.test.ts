// The review report without a browser: how overlapping highlights are cut into nesting pieces,
// what the summary counts, that input text is escaped and the CSP names the page's own code.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nestHighlights } from '../src/report/client.js';
import { readDataset } from '../src/report/read-dataset.js';
import { renderReport } from '../src/report/render-report.js';
import { summarize } from '../src/report/summarize.js';
import { escapeHtml } from '../src/report/escape.js';
import { HOSTILE_FILE_NAME, HOSTILE_TITLE, SEED_DATASET, makeHostileDataset, readDatasetRecords } from './report-fixtures.js';

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('nestHighlights', () => {
  it.each([
    ['apart', [[0, 3], [5, 9]]],
    ['touching', [[0, 3], [3, 6]]],
    ['nested', [[0, 10], [2, 5]]],
    ['identical', [[4, 8], [4, 8]]],
    ['same start, longer first', [[2, 4], [2, 9]]],
    ['crossing', [[0, 6], [4, 10]]],
    ['a chain of crossings', [[0, 5], [3, 8], [6, 12]]],
    ['crossing two nested', [[0, 10], [2, 6], [4, 14]]],
  ] as Array<[string, Array<[number, number]>]>)('%s: one primary piece per claim, pieces nest and cover each claim exactly', (_name, ranges) => {
    const spans = ranges.map(([start, end]) => ({ start, end }));
    const pieces = nestHighlights(spans);
    spans.forEach((span, claim) => {
      const own = pieces.filter((piece) => piece.claim === claim).sort((a, b) => a.start - b.start);
      expect(own.filter((piece) => piece.primary)).toHaveLength(1);
      expect(own[0]!.primary).toBe(true);
      expect(own[0]!.start).toBe(span.start);
      // The pieces of one claim follow each other without gap or overlap, from its start to its end.
      own.forEach((piece, index) => expect(piece.start).toBe(index === 0 ? span.start : own[index - 1]!.end));
      expect(own[own.length - 1]!.end).toBe(span.end);
    });
    // Elements can be made of them: each piece lies inside or after every piece before it.
    const open: Array<{ end: number }> = [];
    for (const piece of pieces) {
      while (open.length && open[open.length - 1]!.end <= piece.start) open.pop();
      if (open.length) expect(piece.end).toBeLessThanOrEqual(open[open.length - 1]!.end);
      open.push(piece);
    }
  });
});

describe('summary of the seed dataset', () => {
  const records = readDatasetRecords(SEED_DATASET);
  const summary = summarize(readDataset(SEED_DATASET));

  it('counts articles, claims and errors as the JSONL holds them', () => {
    expect([summary.articles, summary.claims, summary.errors]).toEqual([records.articles.length, records.claims.length, records.errors.length]);
  });

  it.each(['money', 'percent', 'count', 'measure'])('counts the %s claims', (kind) => {
    expect(summary.byKind.find((entry) => entry.label === kind)?.count).toBe(records.claims.filter((claim) => claim.kind === kind).length);
  });

  it('puts every claim with a period under each year the period covers', () => {
    const covering = (year: number) => records.claims.filter((claim) => claim.time && Number(claim.time.start.slice(0, 4)) <= year && Number(claim.time.end.slice(0, 4)) >= year).length;
    expect(summary.timeline.length).toBeGreaterThan(0);
    for (const entry of summary.timeline) expect(entry.withinYear + entry.spanning).toBe(covering(entry.year));
    expect(summary.claimsWithoutPeriod).toBe(records.claims.filter((claim) => !claim.time).length);
  });

  it('ranks units by count', () => {
    const percent = records.claims.filter((claim) => claim.unit === '%').length;
    expect(summary.byUnit.find((entry) => entry.label === '%')?.count).toBe(percent);
    for (let index = 1; index < summary.byUnit.length; index++) expect(summary.byUnit[index]!.count).toBeLessThanOrEqual(summary.byUnit[index - 1]!.count);
  });
});

describe('escaping and the content security policy', () => {
  makeHostileDataset(path.join(work, 'hostile'));
  const html = renderReport(readDataset(path.join(work, 'hostile', 'dataset')));

  it('holds one script of its own, data blocks and no element made of input text', () => {
    const scripts = html.match(/<script[^>]*>/gi)!;
    expect(scripts.filter((tag) => tag === '<script>')).toHaveLength(1);
    expect(scripts.filter((tag) => tag !== '<script>').every((tag) => tag.startsWith('<script type="application/json"'))).toBe(true);
    expect(html).not.toMatch(/<img|<svg onload|<textarea|<\/textarea>/i);
  });

  it('keeps the data blocks free of anything that could close them', () => {
    // No "<" inside a block, so each ends only at its own </script>.
    const blocks = [...html.matchAll(/<script type="application\/json" class="numclaims-articles">([^<]*)<\/script>/g)];
    expect(blocks.length).toBeGreaterThan(0);
    const titles = blocks.flatMap((block) => JSON.parse(block[1]!).map((article: { title: string }) => article.title));
    expect(titles).toContain(HOSTILE_TITLE);
  });

  it('lists the error record with its reason, escaped', () => {
    expect(html).toContain(`<td>${escapeHtml(path.join(work, 'hostile', HOSTILE_FILE_NAME))}:3</td>`);
    expect(html).toContain('&lt;img src=x onerror=window.__pwned=1&gt;.jsonl:3');
  });

  it('allows by hash exactly the inline script and style it holds', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = html.slice(html.lastIndexOf('<script>') + 8, html.lastIndexOf('</script>'));
    const style = html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'));
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(policy).toContain(`default-src 'none'`);
    expect(policy).toContain(`script-src ${hash(script)};`);
    expect(policy).toContain(`style-src ${hash(style)};`);
  });
});

describe('reading a damaged dataset', () => {
  const dir = path.join(work, 'damaged');
  cpSync(SEED_DATASET, dir, { recursive: true });
  const records = readDatasetRecords(SEED_DATASET);
  const first = records.claims[0]!;
  const lines = [
    ...records.claims.map((claim) => JSON.stringify(claim)),
    '{"this is": not json',
    JSON.stringify({ ...first, id: 'moved', start: first.start + 1, end: first.end + 1 }),
    JSON.stringify({ ...first, id: 'orphan', docId: 'ffffffffffffffff' }),
    JSON.stringify({ ...first, kind: 'weight' }),
  ];
  writeFileSync(path.join(dir, 'claims.jsonl'), lines.join('\n') + '\n');
  const dataset = readDataset(dir);

  it('keeps the good claims', () => {
    expect(dataset.claimCount).toBe(records.claims.length);
  });

  it.each([
    [records.claims.length + 1, 'not JSON'],
    [records.claims.length + 2, 'is not'],
    [records.claims.length + 3, 'which articles.jsonl does not hold'],
    [records.claims.length + 4, 'kind'],
  ])('reports line %i as a problem (%s)', (line, reason) => {
    const problem = dataset.problems.find((entry) => entry.line === line);
    expect(problem?.file).toBe('claims.jsonl');
    expect(problem?.reason).toContain(reason);
  });
});
