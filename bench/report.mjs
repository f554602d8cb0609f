// npm run bench:report: the review report and the exports at scale, in one run.
// The dataset: corpus/ and, when present, ../shared/corpus-real/ extracted once, then its
// records replicated as many times as bench/run.mjs replicates the pages to reach BENCH_MB
// (default 50) — the dataset of the bench corpus — and again to reach 5,000 articles. Each copy
// gets ids of its own (replicated pages would share them: an id is the hash of the bytes).
// For each: the time of `numclaims report` and `numclaims export` (whole processes, spawn to
// exit), the sizes, and in Debian's Chromium the time to first contentful paint, to the first
// article drawn, and the frame intervals while scrolling through the articles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const REAL = path.resolve(ROOT, '..', 'shared', 'corpus-real');
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1e6;
const ARTICLES_AT_SCALE = 5000;
const log = (line = '') => process.stdout.write(line + '\n');
const mb = (bytes) => (bytes / 1e6).toFixed(1);

const filesUnder = (dir, keep) =>
  readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => keep(file) && statSync(file).isFile())
    .sort();

function timed(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return performance.now() - started;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'numclaims-bench-report-'));
const isPage = (file) => /\.(?:html?|txt)$/i.test(file);
const sources = filesUnder(path.join(ROOT, 'corpus'), isPage);
for (const folder of ['zh-html', 'zh-text', 'en-html']) if (existsSync(path.join(REAL, folder))) sources.push(...filesUnder(path.join(REAL, folder), isPage));
const baseBytes = sources.reduce((sum, file) => sum + statSync(file).size, 0);
const base = path.join(work, 'base');
log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} vCPUs, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}, Node ${process.version}`);
const extractMs = timed(['extract', ...sources, '--out', base, '--workers', '2']);
const lines = (file) => readFileSync(path.join(base, file), 'utf8').split('\n').filter(Boolean);
const articles = lines('articles.jsonl');
const claims = lines('claims.jsonl');
log(`base: ${sources.length} pages, ${mb(baseBytes)} MB → ${articles.length} articles, ${claims.length} claims (extracted in ${(extractMs / 1000).toFixed(1)} s)`);

/** The base dataset `copies` times over, each copy's article ids (and so claim ids) its own. */
function replicate(copies, dir) {
  mkdirSync(dir, { recursive: true });
  const renamed = (id, copy) => copy.toString(16).padStart(4, '0') + id.slice(4);
  const write = (file, rows) => writeFileSync(path.join(dir, file), rows.join(''));
  const parsedArticles = articles.map((line) => JSON.parse(line));
  const parsedClaims = claims.map((line) => JSON.parse(line));
  const articleRows = [];
  const claimRows = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const article of parsedArticles) articleRows.push(JSON.stringify({ ...article, id: renamed(article.id, copy) }) + '\n');
    for (const claim of parsedClaims) {
      const docId = renamed(claim.docId, copy);
      claimRows.push(JSON.stringify({ ...claim, docId, id: docId + claim.id.slice(16) }) + '\n');
    }
  }
  write('articles.jsonl', articleRows);
  write('claims.jsonl', claimRows);
  write('errors.jsonl', []);
  return { articles: articleRows.length, claims: claimRows.length, bytes: ['articles.jsonl', 'claims.jsonl'].reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0) };
}

async function inBrowser(file) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const started = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
    await page.waitForSelector('#articles section.article');
    const firstArticleMs = performance.now() - started;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await page.evaluate(() => document.getElementById('articles-section').scrollIntoView());
    // Scroll through 60 screens with the wheel, recording every frame's interval meanwhile.
    await page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    for (let step = 0; step < 60; step++) {
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(30);
    }
    const frames = await page.evaluate(() => {
      window.__stopFrames = true;
      return window.__frames.slice(1).sort((a, b) => a - b);
    });
    const rendered = await page.evaluate(() => document.getElementById('articles').dataset.rendered);
    const quantile = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
    return { firstPaintMs: paint, firstArticleMs, frames: frames.length, medianFrameMs: quantile(0.5), p95FrameMs: quantile(0.95), longestFrameMs: frames[frames.length - 1], rendered };
  } finally {
    await browser.close();
  }
}

const benchCopies = Math.max(1, Math.ceil(TARGET_BYTES / baseBytes));
const scaleCopies = Math.ceil(ARTICLES_AT_SCALE / articles.length);
log('');
log('| dataset | articles | claims | JSONL MB | report s | report MB | CSV s | CSV MB | SQLite s | SQLite MB | first paint ms | first article ms | frames: median / p95 / max ms | articles drawn after 60 screens |');
log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [label, copies] of [[`bench corpus (${benchCopies} × ${mb(baseBytes)} MB of pages)`, benchCopies], [`${ARTICLES_AT_SCALE.toLocaleString('en-US')}+ articles (${scaleCopies} ×)`, scaleCopies]]) {
  const dir = path.join(work, `copies-${copies}`);
  const size = replicate(copies, dir);
  const reportMs = timed(['report', dir]);
  const csvMs = timed(['export', dir, '--format', 'csv']);
  const sqliteMs = timed(['export', dir, '--format', 'sqlite']);
  const bytes = (file) => statSync(path.join(dir, file)).size;
  const browser = await inBrowser(path.join(dir, 'report.html'));
  const sec = (ms) => (ms / 1000).toFixed(2);
  log(
    `| ${label} | ${size.articles} | ${size.claims} | ${mb(size.bytes)} | ${sec(reportMs)} | ${mb(bytes('report.html'))} | ${sec(csvMs)} | ${mb(bytes('claims.csv') + bytes('articles.csv'))} | ${sec(sqliteMs)} | ${mb(bytes('numclaims.sqlite'))} | ${browser.firstPaintMs?.toFixed(0)} | ${browser.firstArticleMs.toFixed(0)} | ${browser.medianFrameMs.toFixed(1)} / ${browser.p95FrameMs.toFixed(1)} / ${browser.longestFrameMs.toFixed(1)} | ${browser.rendered} |`,
  );
}
log(`load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
rmSync(work, { recursive: true, force: true });
