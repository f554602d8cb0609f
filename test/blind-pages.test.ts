// The article-field gate on the blind page set: every dev page of test/blind-pages.json that is
// stored on this machine (../blind/html, or NUMCLAIMS_BLIND_PAGES; third-party HTML never enters
// the repository) is parsed and its title, date, body boundaries, chrome, publisher and authors
// compared with the annotations. Rates must stay at or above the dev floors, which only go up.
// The test split is not read here: it is scored once before and once after a change, by hand.
import { describe, expect, it } from 'vitest';
import { defaultPagesDir, loadPageManifest, normaliseForComparison, PAGE_FIELDS, scorePageSet } from '../src/eval/page-fields.js';

const manifest = loadPageManifest('test/blind-pages.json');
const dir = defaultPagesDir();

describe('blind-pages.json', () => {
  // Lengths count what the scorer compares (whitespace dropped). Quotes stay short: at most 80
  // characters of page text, which leaves room for an annotator's longer English phrase.
  it('holds short annotations and provenance only, never page bodies', () => {
    for (const page of manifest.pages) {
      expect(page.sha256, page.file).toMatch(/^[0-9a-f]{64}$/);
      expect(page.commit, page.file).toMatch(/^[0-9a-f]{40}$/);
      for (const text of [page.bodyStart, page.bodyEnd, page.mustContain, page.mustNotContain].flat()) {
        expect(normaliseForComparison(text).length, page.file).toBeLessThanOrEqual(80);
      }
    }
  });
});

const report = dir ? scorePageSet(manifest, dir, 'dev') : null;

describe.runIf(report && report.pages.length > 0)('dev pages of the blind set', () => {
  it.each([...PAGE_FIELDS])('keeps %s at or above its floor', (field) => {
    const { correct, total, rate } = report!.rates[field];
    const wrong = report!.pages.filter((page) => !page.scores[field]).map((page) => page.file);
    expect(rate, `${field}: ${correct}/${total}; wrong on ${wrong.join(', ')}`).toBeGreaterThanOrEqual(manifest.floors.dev?.[field] ?? 0);
  });
});

if (!report || report.pages.length === 0) {
  describe('blind pages', () => {
    it.skip('the blind page set (../blind/html or NUMCLAIMS_BLIND_PAGES) is absent on this machine: article fields are not measured', () => {});
  });
}
