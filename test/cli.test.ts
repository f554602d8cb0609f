// The command line end to end, as a subprocess of the built CLI (`npm test` runs tsc first, so
// dist/ is fresh; the worker pool runs dist/io/worker.js). Exit codes 0/1/2, error records that
// name the file and the reason, JSONL and WARC inputs, identical output for any --workers,
// resume after kill -9, and shard + merge equal to one whole run.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync, cpSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunked, httpResponse, warcRecord } from './io-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'corpus');
const SEED = path.join(CORPUS, 'hefei-minzheng-2020-12-28.txt');
const ENGLISH = path.join(CORPUS, 'en-housing-2024-06-03.html');
const DATA_FILES = ['articles.jsonl', 'claims.jsonl', 'errors.jsonl', 'journal.jsonl'];

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? work, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdin!.end(options.input ?? '');
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

const cli = (args: string[], options?: { input?: string | Buffer; cwd?: string }) => start(args, options).done;

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const records = (file: string) => lines(file).map((line) => JSON.parse(line) as Record<string, unknown>);
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

function expectSameData(actual: string, expected: string): void {
  for (const name of DATA_FILES) {
    const a = readFileSync(path.join(actual, name));
    const b = readFileSync(path.join(expected, name));
    expect(a.equals(b), `${name} of ${actual} differs from ${expected}`).toBe(true);
  }
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const journalItems = (dir: string) => (existsSync(path.join(dir, 'journal.jsonl')) ? lines(path.join(dir, 'journal.jsonl')).length - 1 : 0);

/** English pages that differ in a paragraph: no dictionary to load, so runs over them are quick. */
function englishPages(count: number, prefix: string): string[] {
  const html = readFileSync(ENGLISH, 'utf8');
  return Array.from({ length: count }, (_, i) => html.replace('</body>', `<p>${prefix} ${i}: the council approved $${i + 1}.5 million for ${(i + 1) * 30} new homes.</p></body>`));
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npx tsc -p .\` (npm test does) before these tests`);
});

describe('extract: the issue 2 contract', () => {
  it('a good, an empty and a binary file: exit 1, one article, two error records naming file and reason', async () => {
    const input = path.join(work, 'mixed');
    mkdirSync(input);
    copyFileSync(SEED, path.join(input, 'good.txt'));
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const out = path.join(work, 'mixed-out');
    const run = await cli(['extract', input, '--out', out]);
    expect(run.code).toBe(1);
    expect(lines(path.join(out, 'articles.jsonl'))).toHaveLength(1);
    const errors = records(path.join(out, 'errors.jsonl'));
    expect(errors.map((error) => [path.basename(String(error.source)), error.stage])).toEqual([
      ['binary.txt', 'decode'],
      ['empty.txt', 'decode'],
    ]);
    expect(String(errors[0]!.message)).toMatch(/binary/);
    expect(String(errors[1]!.message)).toMatch(/empty/);
    const claims = lines(path.join(out, 'claims.jsonl')).length;
    expect(claims).toBeGreaterThan(0);
    expect(manifest(out)).toMatchObject({ completed: true, counts: { inputs: 3, articles: 1, claims, errors: 2 } });
    expect(run.stderr).toMatch(new RegExp(`numclaims: 3 inputs, 1 articles, ${claims} claims, 2 errors in [\\d.]+ s .*→ ${out}\\n$`));
  });

  const usageErrors: [string, string[]][] = [
    ['no input', ['extract']],
    ['a bad --workers', ['extract', 'x', '--workers', '0']],
    ['a bad --shard', ['extract', 'x', '--shard', '4/3']],
    ['an unknown option', ['extract', 'x', '--fast']],
    ['an unknown command', ['frobnicate']],
    ['merge without shards', ['merge', 'out']],
  ];
  // Started together, so the suite waits for one process start rather than six in a row.
  let usageRuns: Map<string, Promise<Run>>;
  beforeAll(() => {
    usageRuns = new Map(usageErrors.map(([name, args]) => [name, cli(args)]));
  });
  it.each(usageErrors)('usage error (%s): exit 2 with a one-line message', async (name) => {
    const run = await usageRuns.get(name)!;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^numclaims: [^\n]+\n$/);
  });

  it('reads a page from stdin with -', async () => {
    const out = path.join(work, 'stdin-out');
    const run = await cli(['extract', '-', '--out', out], { input: readFileSync(ENGLISH) });
    expect(run.code).toBe(0);
    const [article] = records(path.join(out, 'articles.jsonl'));
    expect(article).toMatchObject({ source: 'stdin', format: 'html', lang: 'en' });
  });
});

describe('extract: JSONL and WARC inputs', () => {
  it('makes articles of JSONL lines and WARC responses, with url and date from the container', async () => {
    const html = readFileSync(ENGLISH, 'utf8');
    const jsonl = [
      JSON.stringify({ id: 'press-1', url: 'https://example.gov/press/1', publishedAt: '2024-06-04', html }),
      JSON.stringify({ text: 'The county hired 12 more inspectors in 2023, up 20% from 2022.' }),
      '{"html": ',
      JSON.stringify({ url: 'https://example.gov/none' }),
    ].join('\n');
    writeFileSync(path.join(work, 'pages.jsonl.gz'), gzipSync(jsonl));
    writeFileSync(
      path.join(work, 'crawl.warc.gz'),
      Buffer.concat(
        [
          warcRecord({ 'WARC-Type': 'warcinfo' }, 'software: test\r\n'),
          warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://example.gov/a' }, 'GET /a HTTP/1.1\r\n\r\n'),
          warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://example.gov/a' }, httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked' }, chunked(html))),
          warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://example.gov/a.png' }, httpResponse('200 OK', { 'Content-Type': 'image/png' }, 'PNG')),
        ].map((record) => gzipSync(record)),
      ),
    );
    const out = path.join(work, 'containers-out');
    const run = await cli(['extract', 'pages.jsonl.gz', 'crawl.warc.gz', '--out', out, '--workers', '1']);
    expect(run.code).toBe(1);
    const articles = records(path.join(out, 'articles.jsonl'));
    expect(articles.map((article) => [article.source, article.url, article.publishedAt])).toEqual([
      ['pages.jsonl.gz:1', 'https://example.gov/press/1', '2024-06-04'],
      ['pages.jsonl.gz:2', null, null],
      ['crawl.warc.gz#3', 'https://example.gov/a', expect.anything()],
    ]);
    expect(articles[0]!.id).not.toBe(articles[2]!.id);
    const errors = records(path.join(out, 'errors.jsonl'));
    expect(errors.map((error) => [error.source, error.stage])).toEqual([
      ['pages.jsonl.gz:3', 'ingest'],
      ['pages.jsonl.gz:4', 'ingest'],
    ]);
    expect(String(errors[0]!.message)).toMatch(/not valid JSON/);
    expect(String(errors[1]!.message)).toMatch(/neither "html" nor "text"/);
    expect(manifest(out).counts).toMatchObject({ inputs: 5, articles: 3, errors: 2 });
  });
});

describe('extract: a folder with a CSV file and files that are no pages (one run)', () => {
  const folder = path.join(work, 'mixed-in');
  const out = path.join(work, 'mixed-in-out');
  const csv = path.join(folder, 'reports.csv');
  let run: Run;

  beforeAll(async () => {
    mkdirSync(path.join(folder, 'assets'), { recursive: true });
    writeFileSync(path.join(folder, 'release.txt'), '全市新建幼儿园12所，新增学位3600个。');
    writeFileSync(path.join(folder, 'annual-report.pdf'), '%PDF-1.7');
    writeFileSync(path.join(folder, 'assets', 'site.css'), 'body{}');
    writeFileSync(path.join(folder, '.DS_Store'), '');
    const body = '"2021年共发放临时救助金13830.6万元，救助贫困群众5.27万人次。\n新建幼儿园12所，""一老一小""服务持续改善。"';
    writeFileSync(csv, `title,source_url,publish_date,full_text\n某市民政工作报告,https://example.gov/r1,2021年1月5日,${body}\n无正文,https://example.gov/r2,,\n`);
    run = await cli(['extract', folder, '--out', out, '--workers', '1']);
  });

  it('leaves the files that are no pages unread but says so, in the manifest and on stderr', () => {
    expect(run.code).toBe(1); // the CSV row without a page
    // Every input is counted: inputs = articles + failed + skipped.
    expect(manifest(out)).toMatchObject({ counts: { inputs: 5, articles: 2, failed: 1, skipped: 2, errors: 1 }, skipped: { files: 2, byExtension: { '.pdf': 1, '.css': 1 } } });
    expect(run.stderr).toMatch(/not read: 2 files .*\.css 1, \.pdf 1/);
  });

  it('walks into the CSV file: a row is an article with the title, url and date of its columns', () => {
    const articles = records(path.join(out, 'articles.jsonl'));
    expect(articles.map((article) => article.source)).toEqual([path.join(folder, 'release.txt'), `${csv}:2`]);
    expect(articles[1]).toMatchObject({ title: '某市民政工作报告', url: 'https://example.gov/r1', publishedAt: '2021-01-05' });
    const claims = records(path.join(out, 'claims.jsonl')).filter((claim) => claim.docId === articles[1]!.id);
    expect(claims.map((claim) => [claim.text, claim.value])).toEqual([
      ['13830.6万元', 138306000],
      ['5.27万人次', 52700],
      ['12所', 12],
    ]);
    const errors = records(path.join(out, 'errors.jsonl'));
    expect(errors.map((error) => [error.source, error.stage])).toEqual([[`${csv}:4`, 'ingest']]);
  });
});

describe('extract with 1 and 2 workers', () => {
  // The committed corpus twice over, plus a JSONL and a WARC file: enough inputs for the pool.
  const input = path.join(work, 'corpus');
  const reference = path.join(work, 'reference');
  const twoWorkers = path.join(work, 'two-workers');
  let referenceRun: Run;
  let twoWorkersRun: Run;

  beforeAll(async () => {
    mkdirSync(input);
    for (const copy of ['a', 'b']) cpSync(CORPUS, path.join(input, copy), { recursive: true });
    const jsonl = readdirSync(CORPUS)
      .sort()
      .map((name) => JSON.stringify({ url: `https://example.org/${name}`, [name.endsWith('.html') ? 'html' : 'text']: readFileSync(path.join(CORPUS, name), 'utf8') }));
    writeFileSync(path.join(input, 'pages.jsonl'), jsonl.join('\n') + '\n{oops\n');
    writeFileSync(
      path.join(input, 'crawl.warc'),
      Buffer.concat([warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://example.gov/a' }, httpResponse('200 OK', { 'Content-Type': 'text/html' }, readFileSync(ENGLISH)))]),
    );
    writeFileSync(path.join(input, 'empty.txt'), '');
    // Both runs at once: they share nothing but their inputs.
    [referenceRun, twoWorkersRun] = await Promise.all([cli(['extract', input, '--out', reference, '--workers', '1']), cli(['extract', input, '--out', twoWorkers, '--workers', '2'])]);
  });

  it('writes byte-identical output with 1 and 2 workers', () => {
    const out = twoWorkers;
    expect(referenceRun.code).toBe(1);
    expect(twoWorkersRun.code).toBe(1);
    expectSameData(out, reference);
    expect(manifest(out)).toMatchObject({ completed: true, options: { workers: 2 } });
    // The work really ran on two pool threads, and on one with --workers 1 (never the main thread,
    // id 0: a pool thread can be stopped at the time limit).
    const threads: { threadId: number; inputs: number }[] = manifest(out).threads;
    expect(threads.map((thread) => thread.threadId > 0)).toEqual([true, true]);
    expect(threads.every((thread) => thread.inputs > 0)).toBe(true);
    expect(manifest(reference).threads).toEqual([expect.objectContaining({ threadId: expect.any(Number), inputs: expect.any(Number) })]);
    expect(manifest(reference).threads[0].threadId).toBeGreaterThan(0);
    expect(manifest(out).counts).toEqual(manifest(reference).counts);
  });
});

describe('extract --shard and merge', () => {
  const input = path.join(work, 'english');
  const reference = path.join(work, 'english-reference');

  beforeAll(async () => {
    const pages = englishPages(16, 'Page');
    mkdirSync(path.join(input, 'pages'), { recursive: true });
    pages.slice(0, 10).forEach((page, i) => writeFileSync(path.join(input, 'pages', `${String(i).padStart(2, '0')}.html`), page));
    writeFileSync(path.join(input, 'pages.jsonl'), [...pages.slice(10, 14).map((html, i) => JSON.stringify({ url: `https://example.gov/${i}`, html })), '{oops'].join('\n') + '\n');
    writeFileSync(
      path.join(input, 'crawl.warc.gz'),
      Buffer.concat(pages.slice(14).map((html, i) => gzipSync(warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': `https://example.gov/w${i}` }, httpResponse('200 OK', { 'Content-Type': 'text/html' }, html))))),
    );
    writeFileSync(path.join(input, 'empty.txt'), '');
    expect((await cli(['extract', input, '--out', reference, '--workers', '1'])).code).toBe(1);
  });

  it('shard runs merged equal the whole run, in the same order', async () => {
    const shards = [1, 2, 3].map((k) => path.join(work, `shard-${k}`));
    const runs = await Promise.all(shards.map((out, k) => cli(['extract', input, '--out', out, '--workers', '1', '--shard', `${k + 1}/3`])));
    for (const run of runs) expect([0, 1]).toContain(run.code);
    const total = shards.reduce((sum, out) => sum + manifest(out).counts.inputs, 0);
    expect(total).toBe(manifest(reference).counts.inputs);

    // A record damaged after the run fails its schema on merge and becomes an error record.
    const damaged = path.join(work, 'shard-1-damaged');
    cpSync(shards[0]!, damaged, { recursive: true });
    const claimsFile = path.join(damaged, 'claims.jsonl');
    const claimLines = lines(claimsFile);
    const claim = JSON.parse(claimLines[0]!);
    claimLines[0] = JSON.stringify({ ...claim, value: 'many' });
    writeFileSync(claimsFile, claimLines.join('\n') + '\n');

    // The four merges are independent: run together.
    const merged = path.join(work, 'merged');
    const checked = path.join(work, 'merged-checked');
    const [run, partial, twice, rejected] = await Promise.all([
      cli(['merge', merged, ...shards]),
      cli(['merge', path.join(work, 'merged-partial'), shards[0]!, shards[2]!]),
      cli(['merge', path.join(work, 'merged-twice'), shards[0]!, shards[0]!]),
      cli(['merge', checked, damaged, shards[1]!, shards[2]!]),
    ]);
    expect(run.code).toBe(1); // the whole run has failed inputs too
    expectSameData(merged, reference);
    expect(manifest(merged)).toMatchObject({ completed: true, counts: manifest(reference).counts });

    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/shard 2\/3 is missing/);
    expect(manifest(path.join(work, 'merged-partial')).completed).toBe(false);

    expect(twice.code).toBe(2);

    expect(rejected.code).toBe(1);
    const mergeErrors = records(path.join(checked, 'errors.jsonl')).filter((error) => error.stage === 'merge');
    expect(mergeErrors).toEqual([expect.objectContaining({ source: `${claimsFile}:1`, message: expect.stringMatching(/value/) })]);
    expect(manifest(checked).counts.claims).toBe(manifest(reference).counts.claims - 1);
  });
});

describe('extract --resume', () => {
  const pages = (count: number) => englishPages(count, 'Line').map((html, i) => JSON.stringify({ id: `p${i}`, html }));

  it('after kill -9 mid-run, continues to the same dataset as an uninterrupted run', async () => {
    const all = pages(16);
    const file = path.join(work, 'stream.jsonl');
    writeFileSync(file, all.join('\n') + '\n');
    const whole = path.join(work, 'resume-whole');
    expect((await cli(['extract', 'stream.jsonl', '--out', whole, '--workers', '1'])).code).toBe(0);
    rmSync(file);

    // The first half arrives through a FIFO, so the run is surely mid-way when it is killed.
    execFileSync('mkfifo', [file]);
    const out = path.join(work, 'resume-out');
    const killed = start(['extract', 'stream.jsonl', '--out', out, '--workers', '2']);
    const writer = await open(file, 'w');
    await writer.write(all.slice(0, 8).join('\n') + '\n');
    await waitFor(() => journalItems(out) >= 4, 'the first checkpoint');
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    await writer.close();
    expect(manifest(out).completed).toBe(false);
    const done = journalItems(out);
    expect(done).toBeGreaterThanOrEqual(4);

    // A kill mid-write leaves partial lines behind; resume must drop them.
    appendFileSync(path.join(out, 'claims.jsonl'), '{"schemaVersion":"1.2.0","id":"cut');
    appendFileSync(path.join(out, 'journal.jsonl'), '{"i":99,"a":1');
    rmSync(file);
    writeFileSync(file, all.join('\n') + '\n');

    const differentInputs = await cli(['extract', 'stream.jsonl', 'other.jsonl', '--out', out, '--resume']);
    expect(differentInputs.code).toBe(2);
    expect(differentInputs.stderr).toMatch(/^numclaims: cannot resume [^\n]+\n$/);

    // Killed with two workers, resumed with one: the output does not depend on it.
    const resumed = await cli(['extract', 'stream.jsonl', '--out', out, '--workers', '1', '--resume']);
    expect(resumed.code).toBe(0);
    expectSameData(out, whole);
    expect(manifest(out)).toMatchObject({ completed: true, counts: manifest(whole).counts });
    // The resumed process ran the rest only: the threads it records ran the inputs not in the journal.
    expect(manifest(out).threads).toEqual([expect.objectContaining({ threadId: expect.any(Number), inputs: all.length - done })]);
  });

  it('after Ctrl-C, exits 130 with completed: false, and resumes', async () => {
    const all = pages(6);
    const file = path.join(work, 'interrupted.jsonl');
    execFileSync('mkfifo', [file]);
    const out = path.join(work, 'interrupted-out');
    const run = start(['extract', 'interrupted.jsonl', '--out', out, '--workers', '1']);
    const writer = await open(file, 'w');
    await writer.write(all.slice(0, 3).join('\n') + '\n');
    await waitFor(() => journalItems(out) >= 3, 'the first checkpoint');
    run.child.kill('SIGINT');
    await waitFor(() => run.stderr().includes('stopping'), 'the interrupt to be seen');
    await writer.close(); // the blocked read of the FIFO returns, and the process can leave
    const stopped = await run.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted: 3 inputs.*continue with --resume/);
    expect(manifest(out)).toMatchObject({ completed: false, counts: { inputs: 3 } });

    rmSync(file);
    writeFileSync(file, all.join('\n') + '\n');
    const resumed = await cli(['extract', 'interrupted.jsonl', '--out', out, '--workers', '1', '--resume']);
    expect(resumed.code).toBe(0);
    expect(manifest(out)).toMatchObject({ completed: true, counts: { inputs: all.length, articles: all.length } });
    expect(records(path.join(out, 'articles.jsonl')).map((article) => article.source)).toEqual(all.map((_, i) => `interrupted.jsonl:${i + 1}`));
    expect(manifest(out).threads).toEqual([expect.objectContaining({ threadId: expect.any(Number), inputs: all.length - 3 })]);
  });
});
