// The worker pool under runBatch (the built code in dist/, as the CLI runs it): a worker that
// dies mid-document is replaced, that document becomes an error record naming it, and the
// batch finishes with every other input written in order. The crash comes from a worker
// module that wraps the real one (fixtures/workers/crashing-worker.mjs).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../src/core/schema.js';

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CRASHING_WORKER = new URL('./fixtures/workers/crashing-worker.mjs', import.meta.url);
const english = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url), 'utf8');
const records = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('a worker that crashes mid-document', () => {
  it('is replaced; the document becomes an error record and the batch finishes', async () => {
    const { runBatch } = (await import(new URL('../dist/io/batch/run-batch.js', import.meta.url).href)) as typeof import('../src/io/batch/run-batch.js');
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
