// Nothing crashes, nothing is lost (issue 17): the bad-input corpus (bad-inputs.ts, generated
// into a temp folder) goes through the CLI, and every input ends as an article or as an error
// record whose reason says what was wrong; the manifest counts every input. Then the pieces a
// folder cannot show: a file that vanishes between the walk and the read, the time limit (in
// the pipeline and in the pool, whose stuck worker is replaced), and the dataset-folder lock
// that extract, merge and a queue worker all take.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBadInputs, type BadInput } from './bad-inputs.js';
import { enumerateInputs } from '../src/io/inputs/ingest.js';
import { runBatch } from '../src/io/batch/run-batch.js';
import { LOCK_FILE } from '../src/io/batch/lock.js';
import { WorkerPool } from '../src/io/batch/worker-pool.js';
import { mergeShards } from '../src/io/batch/merge.js';
import { claimWorkerFolder } from '../src/queue/worker-folder.js';

const CLI = path.resolve('dist/cli.js');
const MAX_BYTES = 5_000_000;
const work = mkdtempSync(path.join(tmpdir(), 'numclaims-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

interface Outcome {
  kind: 'article' | 'error';
  message: string;
}

// Written while the tests are collected, so each input is a row of the table below.
const corpus = path.join(work, 'corpus');
const inputs: BadInput[] = writeBadInputs(corpus, MAX_BYTES);
const outcomes = new Map<string, Outcome[]>();
let manifest: { counts: Record<string, number> };
let exitCode: number | null = null;
let stderr = '';

beforeAll(() => {
  const out = path.join(work, 'out');
  const run = spawnSync(process.execPath, [CLI, 'extract', corpus, '--out', out, '--workers', '1', '--max-bytes', String(MAX_BYTES)], { encoding: 'utf8', timeout: 240_000 });
  exitCode = run.status;
  stderr = run.stderr;
  const relative = (source: string) => source.slice(corpus.length + 1);
  const lines = (file: string) => readFileSync(path.join(out, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const add = (source: string, outcome: Outcome) => outcomes.set(relative(source), [...(outcomes.get(relative(source)) ?? []), outcome]);
  for (const article of lines('articles.jsonl')) add(article.source, { kind: 'article', message: '' });
  for (const error of lines('errors.jsonl')) add(error.source, { kind: 'error', message: error.message });
  manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
}, 300_000);

describe('the bad-input corpus', () => {
  it('runs to the end without a crash, and says so with exit code 1', () => {
    expect(stderr).not.toMatch(/internal error|Maximum call stack|RangeError|TypeError/);
    expect(exitCode).toBe(1);
  });

  it('has no record of a non-finite number anywhere', () => {
    const claims = readFileSync(path.join(work, 'out', 'claims.jsonl'), 'utf8');
    expect(claims).not.toMatch(/Infinity|NaN|null,"kind":"(?:money|count)"/);
    for (const line of claims.split('\n').filter(Boolean)) {
      const claim = JSON.parse(line);
      for (const value of [claim.value, claim.range?.min, claim.range?.max, claim.per?.value]) if (value !== undefined && value !== null) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it.each(['huge-numbers.txt', 'digits.txt'])('%s keeps its finite claims', (name) => {
    expect(outcomes.get(name)?.[0]?.kind).toBe('article');
  });

  it('counts every input: inputs = articles + failed + skipped', () => {
    const { inputs: total, articles, failed, skipped } = manifest.counts;
    expect(total).toBe(articles! + failed! + skipped!);
    // Every input the corpus lists is one of them, plus the directory symlink loop's files seen once.
    expect(articles! + failed!).toBeGreaterThanOrEqual(new Set(inputs.map((input) => input.name)).size - (isRoot ? 1 : 0));
  });
});

describe('each bad input ends as an article or an error with its reason', () => {
  it.each(inputs.map((input) => [input.what, input] as const))('%s', (_what, input) => {
    const got = outcomes.get(input.name) ?? [];
    expect(got.length, `${input.name} has no record at all`).toBeGreaterThan(0);
    if (input.name === 'unreadable.txt' && isRoot) return expect(got[0]!.kind).toBe('article'); // root reads mode 000 files
    if (input.outcome === 'article') expect(got.map((outcome) => outcome.kind)).toContain('article');
    else expect(got.map((outcome) => outcome.message).join(' | ')).toMatch(input.outcome);
  });
});

describe('a file that changes between the walk and the read', () => {
  it.each([
    ['deleted', (file: string) => unlinkSync(file), /cannot read: .*ENOENT/],
    ['truncated to nothing', (file: string) => truncateSync(file, 0), /empty input/],
  ])('%s becomes an error record', async (_name, change, reason) => {
    const dir = path.join(work, `vanish-${_name.length}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), '2020年全市发放临时救助金13830.6万元。');
    const entries = [];
    for await (const entry of enumerateInputs([dir])) entries.push(entry);
    change(path.join(dir, 'a.txt'));
    const out = path.join(work, `vanish-out-${_name.length}`);
    // The walk happened above; runBatch walks again, so change the file during its read instead.
    const opened = await entries[0]!.open();
    if (opened.kind === 'error') expect(opened.message).toMatch(reason);
    else {
      const manifest = await runBatch({ inputs: [dir], outDir: out, workers: 1 });
      expect(manifest.counts.failed).toBe(1);
      expect(readFileSync(path.join(out, 'errors.jsonl'), 'utf8')).toMatch(reason);
    }
  });
});

describe('the time limit', () => {
  it('turns a document over it into an error record, in this thread', async () => {
    const dir = path.join(work, 'slow');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), 'In 2023 the county paid $3.2 million to 52,700 residents. '.repeat(50));
    const out = path.join(work, 'slow-out');
    const manifest = await runBatch({ inputs: [dir], outDir: out, workers: 1, timeLimitMs: 0.001 });
    expect(manifest.counts).toMatchObject({ inputs: 1, articles: 0, failed: 1 });
    // Named after the stage that ran past the limit (the first always runs).
    expect(readFileSync(path.join(out, 'errors.jsonl'), 'utf8')).toMatch(/"stage":"decode".*over the time limit of 0\.000001 s per document \(--time-limit\) in decode; stopped before parse/);
  });

  it('stops a worker stuck past it, answers with an error and replaces the worker', async () => {
    const script = path.join(work, 'stuck-worker.mjs');
    // A worker whose stage never returns: it says it is ready, then loops on every input.
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { for (;;); });\nparentPort.postMessage('ready');\n");
    const pool = new WorkerPool(1, pathToFileURL(script), 50);
    const input = { source: 'stuck', bytes: new Uint8Array([50]), formatHint: 'text' as const };
    const first = await pool.run(input);
    const second = await pool.run(input);
    await pool.close();
    // This worker never says which stage it is in, so the record names the worker.
    expect(first).toMatchObject({ stage: 'worker', failure: expect.stringMatching(/over the time limit .* in worker, which did not return; its worker was stopped and replaced/) });
    // Answered too, so a fresh worker took the second input.
    expect(second).toMatchObject({ stage: 'worker', failure: expect.stringMatching(/over the time limit/) });
  }, 30_000);
});

describe('one writer per dataset folder', () => {
  const english = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), 'In 2023 the county paid $3.2 million to 52,700 residents.');
    return dir;
  };
  const holdBy = (out: string, pid: number) => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-02T03:04:05.000Z' }));
  };
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The parent of this process is alive and is not us: a writer that holds the folder.
  const live = process.ppid;
  const dead = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  let shardDir = '';
  beforeAll(async () => {
    shardDir = path.join(work, 'lock-shard');
    await runBatch({ inputs: [english(path.join(work, 'lock-in'))], outDir: shardDir, workers: 1, shard: { index: 1, count: 1 } });
  });

  // Each writer of a dataset folder, run into `out`; each resolves to its count of articles.
  const writers: Array<[string, (out: string) => Promise<number>]> = [
    ['extract', async (out) => (await runBatch({ inputs: [english(path.join(work, 'lock-in'))], outDir: out, workers: 1, resume: true })).counts.articles],
    ['merge', async (out) => (await mergeShards(out, [shardDir])).manifest.counts.articles],
    [
      'a queue worker claiming its folder',
      async (out) => {
        const folder = claimWorkerFolder(path.dirname(out), path.basename(out));
        folder.release();
        return 1;
      },
    ],
  ];

  it.each(writers)('%s is refused while another writer holds the folder, with a message naming it', async (name, write) => {
    const out = path.join(work, `held-${name.length}`, 'w1');
    holdBy(out, live);
    await expect(write(out)).rejects.toThrow(new RegExp(`in use by numclaims pid ${live} on ${escaped(hostname())} since 2026-01-02T03:04:05`));
    // The holder's lock stands.
    expect(JSON.parse(readFileSync(path.join(out, LOCK_FILE), 'utf8')).pid).toBe(live);
  });

  it.each(writers)('%s takes over the stale lock of a writer that was killed, and leaves none behind', async (name, write) => {
    const out = path.join(work, `stale-${name.length}`, 'w1');
    holdBy(out, dead());
    expect(await write(out)).toBe(1);
    expect(() => readFileSync(path.join(out, LOCK_FILE))).toThrow(/ENOENT/);
  });

  it('a queue worker passes over the folder another live worker of this host holds', () => {
    const out = path.join(work, 'workers');
    const host = hostname().replace(/[^\w.-]/g, '_');
    holdBy(path.join(out, host), live);
    const folder = claimWorkerFolder(out, null);
    expect(folder.id).toBe(`${host}-2`);
    folder.release();
  });

  it('extract from another process is refused on a folder a queue worker holds', () => {
    const folder = claimWorkerFolder(path.join(work, 'workers-cli'), 'w1');
    try {
      const run = spawnSync(process.execPath, [CLI, 'extract', english(path.join(work, 'lock-cli-in')), '--out', folder.dir], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`in use by numclaims pid ${process.pid} on ${escaped(hostname())} since .*; wait for it or use another folder`));
    } finally {
      folder.release();
    }
  });
});
