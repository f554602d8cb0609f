// The worker pool under runBatch (the built code in dist/, as the CLI runs it): a worker that
// dies mid-document is replaced, that document becomes an error record naming it, and the
// batch finishes with every other input written in order. The crash comes from a worker
// module that wraps the real one (fixtures/workers/crashing-worker.mjs). A stage that never
// returns (fixtures/workers/hanging-stage-worker.mjs) is stopped at the time limit the same
// way, with one worker as with two, and its record names the stage.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../src/core/schema.js';

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CRASHING_WORKER = new URL('./fixtures/workers/crashing-worker.mjs', import.meta.url);
const HANGING_STAGE_WORKER = new URL('./fixtures/workers/hanging-stage-worker.mjs', import.meta.url);
const builtBatch = async () => (await import(new URL('../dist/io/batch/run-batch.js', import.meta.url).href)) as typeof import('../src/io/batch/run-batch.js');
const english = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url), 'utf8');
const records = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('a worker that crashes mid-document', () => {
  it('is replaced; the document becomes an error record and the batch finishes', async () => {
    const { runBatch } = await builtBatch();
    const input = path.join(work, 'pages');
    mkdirSync(input);
    const names = Array.from({ length: 8 }, (_, i) => `${i}.html`);
    // The first input goes to the first worker, so that worker completes nothing before it dies.
    names.forEach((name, i) => writeFileSync(path.join(input, name), english.replace('</body>', `<p>Item ${i}: ${i === 0 ? 'CRASH-THIS-WORKER ' : ''}the county paid $${i + 1}.2 million for ${(i + 1) * 10} homes.</p></body>`)));
    const out = path.join(work, 'out');
    const manifest: Manifest = await runBatch({ inputs: [input], outDir: out, workers: 2, workerScript: CRASHING_WORKER });

    expect(manifest).toMatchObject({ completed: true, counts: { inputs: 8, articles: 7, errors: 1 } });
    expect(records(path.join(out, 'errors.jsonl'))).toEqual([
      expect.objectContaining({ source: path.join(input, '0.html'), stage: 'worker', message: expect.stringMatching(/worker running this input stopped/) }),
    ]);
    expect(records(path.join(out, 'articles.jsonl')).map((article) => path.basename(String(article.source)))).toEqual(names.slice(1));
    // Two workers and the one that replaced the crashed one, none of them the main thread.
    const threads = manifest.threads ?? [];
    expect(threads).toHaveLength(3);
    expect(threads.every((thread) => thread.threadId > 0)).toBe(true);
    expect(threads.reduce((sum, thread) => sum + thread.inputs, 0)).toBe(8);
  });
});

describe('a stage that never returns', () => {
  it.each([1, 2])('is stopped at the time limit with %i worker(s); the record names the stage and the batch goes on', async (workers) => {
    const { runBatch } = await builtBatch();
    const input = path.join(work, `hanging-${workers}`);
    mkdirSync(input);
    // Short documents, so none but the hanging one comes near the limit on a busy machine.
    const names = Array.from({ length: 5 }, (_, i) => `${i}.txt`);
    names.forEach((name, i) => writeFileSync(path.join(input, name), `County budget\n\n${i === 1 ? 'HANG-IN-THIS-STAGE ' : ''}In 2023 the county paid $${i + 1}.2 million for ${(i + 1) * 10} homes.\n`));
    const out = path.join(work, `hanging-${workers}-out`);
    const manifest: Manifest = await runBatch({ inputs: [input], outDir: out, workers, timeLimitMs: 3000, workerScript: HANGING_STAGE_WORKER });

    expect(manifest).toMatchObject({ completed: true, counts: { inputs: 5, articles: 4, failed: 1 } });
    expect(records(path.join(out, 'errors.jsonl'))).toEqual([
      expect.objectContaining({
        source: path.join(input, '1.txt'),
        stage: 'en/attach-subjects',
        message: expect.stringMatching(/^over the time limit of 3 s per document \(--time-limit\) in en\/attach-subjects, which did not return; its worker was stopped and replaced$/),
      }),
    ]);
    expect(records(path.join(out, 'articles.jsonl')).map((article) => path.basename(String(article.source)))).toEqual(names.filter((_, i) => i !== 1));
    // Pool threads only, never the main thread: the stuck one and at least one other (with one
    // worker, its replacement ran the documents after the hanging one).
    const threads = manifest.threads ?? [];
    expect(threads.every((thread) => thread.threadId > 0)).toBe(true);
    expect(threads.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
