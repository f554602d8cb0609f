// The review report in a real browser: Debian's Chromium driven by playwright-core, headless.
// The seed dataset's report: highlights equal claims, hover shows the value, a table row
// scrolls to its highlight, filters narrow the articles, a long dataset renders as it scrolls.
// A hostile dataset's report runs no injected code (with and without its CSP) and makes no
// request. A screenshot of the summary is saved (NUMCLAIMS_SCREENSHOT_DIR, else a temp dir).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, HOSTILE_TITLE, HOSTILE_URL, SEED_DATASET, makeHostileDataset, readDatasetRecords } from './report-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
if (!present) console.warn(`report-browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-report-browser-'));
let browser: Browser;

function writeReportOf(dir: string, out: string): string {
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'report', dir, '--out', out], { stdio: 'pipe' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return pathToFileURL(out).href;
}

interface Opened {
  page: Page;
  requests: string[];
}

async function open(url: string, options: { bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  // Not subject to the page's CSP: records policy violations for the tests to read.
  await context.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  await page.waitForSelector('#articles section.article');
  return { page, requests };
}

async function renderAll(page: Page): Promise<void> {
  for (let step = 0; step < 500; step++) {
    const done = await page.evaluate(() => {
      const container = document.getElementById('articles')!;
      return container.dataset.rendered === container.dataset.shown;
    });
    if (done) return;
    await page.evaluate(() => document.getElementById('articles-more')!.scrollIntoView());
    await page.waitForTimeout(50);
  }
  throw new Error('the report did not render all its articles');
}

describe.skipIf(!present)('the report in Chromium', () => {
  const seedUrl = writeReportOf(SEED_DATASET, path.join(work, 'seed.html'));
  const records = readDatasetRecords(SEED_DATASET);
  let seed: Opened;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    seed = await open(seedUrl);
    await renderAll(seed.page);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows one highlight per claim, carrying its id, in its article', async () => {
    const shown = await seed.page.$$eval('section.article', (sections) => sections.map((section) => [(section as HTMLElement).dataset.articleId, [...section.querySelectorAll('[data-claim-id]')].map((mark) => (mark as HTMLElement).dataset.claimId)]));
    expect(shown).toHaveLength(records.articles.length);
    for (const [articleId, ids] of shown as Array<[string, string[]]>) {
      expect(ids.slice().sort()).toEqual(records.claims.filter((claim) => claim.docId === articleId).map((claim) => claim.id).sort());
    }
  });

  it.each(
    // The first money, percent and count claims of the seed article: the tooltip shows each value.
    ['money', 'percent', 'count'].map((kind) => records.claims.find((claim) => claim.kind === kind)!).map((claim) => [claim.kind, claim] as const),
  )('hovering a %s highlight shows its value, unit, kind and rule', async (_kind, claim) => {
    const mark = seed.page.locator(`[data-claim-id="${claim.id}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = seed.page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain(claim.value.toLocaleString('en-US', { maximumFractionDigits: 6 }));
    expect(text).toContain(claim.kind);
    expect(text).toContain(claim.ruleId);
    if (claim.unit) expect(text).toContain(claim.unit);
  });

  it('keyboard focus on a highlight shows its details too', async () => {
    const claim = records.claims[records.claims.length - 1]!;
    await seed.page.mouse.move(0, 0);
    await seed.page.locator(`[data-claim-id="${claim.id}"]`).focus();
    await expect.poll(() => seed.page.locator('#tip').isVisible()).toBe(true);
    expect(await seed.page.locator('#tip').innerText()).toContain(claim.id);
  });

  it('scrolls to and flashes the highlight of a clicked table row', async () => {
    const claim = records.claims.find((entry) => entry.docId === records.articles[1]!.id)!;
    const section = seed.page.locator(`section[data-article-id="${claim.docId}"]`);
    await section.locator('details.claims-table summary').click();
    const row = section.locator(`tr[data-target="${claim.id}"]`);
    await row.scrollIntoViewIfNeeded();
    const mark = seed.page.locator(`[data-claim-id="${claim.id}"]`);
    const inView = () => mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await inView()).toBe(false);
    await row.click();
    await expect.poll(inView).toBe(true);
    expect(await mark.getAttribute('class')).toContain('flash');
  });

  it.each(['money', 'measure'])('the kind filter keeps the articles with %s claims and fades the others', async (kind) => {
    await seed.page.selectOption('#filter-kind', kind);
    const ids = await seed.page.$$eval('section.article', (sections) => sections.map((section) => (section as HTMLElement).dataset.articleId));
    expect(ids.sort()).toEqual([...new Set(records.claims.filter((claim) => claim.kind === kind).map((claim) => claim.docId))].sort());
    const other = seed.page.locator(`mark[data-claim-id]:not([data-kind="${kind}"])`).first();
    expect(await other.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await seed.page.selectOption('#filter-kind', '');
  });

  it('the text filter finds an article by a word of its title', async () => {
    const article = records.articles.find((entry) => entry.lang === 'en')!;
    await seed.page.fill('#filter-text', article.title.split(' ').slice(1, 3).join(' '));
    await expect.poll(() => seed.page.$$eval('section.article', (sections) => sections.map((section) => (section as HTMLElement).dataset.articleId))).toEqual([article.id]);
    await seed.page.fill('#filter-text', '');
  });

  it('makes no request and no CSP violation', async () => {
    expect(seed.requests).toEqual([]);
    expect(await seed.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  it('saves a screenshot of the summary', async () => {
    const dir = process.env.NUMCLAIMS_SCREENSHOT_DIR ?? work;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'report-summary.png');
    await seed.page.evaluate(() => window.scrollTo(0, 0));
    const box = (await seed.page.locator('#summary').boundingBox())!;
    await seed.page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.ceil(box.y + box.height + 8) } });
    expect([...readFileSync(file).subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  });

  it('draws a long dataset as it scrolls, and every claim in the end', async () => {
    // 6 copies of the seed articles under new ids: 42 articles, drawn 8 at a time.
    const dir = path.join(work, 'long');
    mkdirSync(dir, { recursive: true });
    const copies = Array.from({ length: 6 }, (_, copy) => copy.toString(16).padStart(2, '0'));
    const renamed = (id: string, copy: string) => copy + id.slice(2);
    writeFileSync(path.join(dir, 'articles.jsonl'), copies.flatMap((copy) => records.articles.map((article) => JSON.stringify({ ...article, id: renamed(article.id, copy) }) + '\n')).join(''));
    writeFileSync(path.join(dir, 'claims.jsonl'), copies.flatMap((copy) => records.claims.map((claim) => JSON.stringify({ ...claim, docId: renamed(claim.docId, copy), id: renamed(claim.docId, copy) + claim.id.slice(16) }) + '\n')).join(''));
    writeFileSync(path.join(dir, 'errors.jsonl'), '');
    const { page } = await open(writeReportOf(dir, path.join(work, 'long.html')));
    const rendered = await page.$$eval('section.article', (sections) => sections.length);
    expect(rendered).toBeLessThan(records.articles.length * copies.length);
    await renderAll(page);
    expect(await page.$$eval('section.article', (sections) => sections.length)).toBe(records.articles.length * copies.length);
    expect(await page.locator('[data-claim-id]').count()).toBe(records.claims.length * copies.length);
    await page.context().close();
  });

  describe('a hostile dataset', () => {
    const dir = path.join(work, 'hostile');
    makeHostileDataset(dir);
    const url = writeReportOf(path.join(dir, 'dataset'), path.join(work, 'hostile.html'));

    it.each([
      ['with its CSP', false],
      ['with the CSP bypassed, so escaping alone must hold', true],
    ])('runs no injected code %s, makes no request and shows the markup as text', async (_name, bypassCSP) => {
      const { page, requests } = await open(url, { bypassCSP });
      await renderAll(page);
      for (const mark of await page.locator('mark[data-claim-id]').all()) await mark.hover();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(requests).toEqual([]);
      expect(await page.locator('#articles img, #articles script, #articles svg, #articles textarea, a[href^="javascript"]').count()).toBe(0);
      const titles = await page.locator('.article-title').allInnerTexts();
      expect(titles).toContain(HOSTILE_TITLE);
      expect(await page.locator('#articles').innerText()).toContain(HOSTILE_TEXT.split('\n')[1]!);
      expect(await page.locator('.url-text').allInnerTexts()).toContain(HOSTILE_URL);
      if (!bypassCSP) expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      await page.context().close();
    });
  });
});
