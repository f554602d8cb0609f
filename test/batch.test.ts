// runBatch in process (one worker): resume refuses inputs that changed, a resumed complete run
// adds nothing, and an aborted run says so and is continued by --resume, which runs the
// pipeline on the rest only (every pipeline run is counted). English pages only, so no
// dictionary is loaded; the pool is exercised in batch-workers.test.ts and through the CLI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchOptionError, runBatch } from '../src/io/batch/run-batch.js';

/** The source of every input the pipeline ran on, in order. */
const pipelineRuns = vi.hoisted(() => [] as string[]);
vi.mock('../src/core/pipeline.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/core/pipeline.js')>();
  return {
    ...original,
    runPipeline: (...args: Parameters<typeof original.runPipeline>) => {
      pipelineRuns.push(path.basename(args[0].source));
      return original.runPipeline(...args);
    },
  };
});
beforeEach(() => {
  pipelineRuns.length = 0;
});

const work = mkdtempSync(path.join(tmpdir(), 'numclaims-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const english = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url), 'utf8');
const page = (n: number) => english.replace('</body>', `<p>Item ${n}: the county paid $${n}.2 million for ${n * 10} homes.</p></body>`);
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

function corpus(name: string, files: string[]): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(path.join(dir, file), page(file.charCodeAt(0)));
  return dir;
}

describe('runBatch', () => {
  it('resuming a completed run adds nothing', async () => {
    const input = corpus('done', ['a.html', 'b.html', 'c.html']);
    const out = path.join(work, 'done-out');
    const first = await runBatch({ inputs: [input], outDir: out, workers: 1 });
    const claims = read(out, 'claims.jsonl');
    expect(pipelineRuns).toEqual(['a.html', 'b.html', 'c.html']);
    pipelineRuns.length = 0;
    const again = await runBatch({ inputs: [input], outDir: out, workers: 1, resume: true });
    expect(pipelineRuns).toEqual([]);
    expect(again.threads).toEqual([]);
    expect(again.counts).toEqual(first.counts);
    expect(again.completed).toBe(true);
    expect(read(out, 'claims.jsonl')).toBe(claims);
  });

  it('refuses to resume when a file was added before the last one done', async () => {
    const input = corpus('changed', ['a.html', 'c.html']);
    const out = path.join(work, 'changed-out');
    await runBatch({ inputs: [input], outDir: out, workers: 1 });
    writeFileSync(path.join(input, 'b.html'), page(98));
    await expect(runBatch({ inputs: [input], outDir: out, workers: 1, resume: true })).rejects.toThrow(BatchOptionError);
    await expect(runBatch({ inputs: [input], outDir: out, workers: 1, resume: true })).rejects.toThrow(/inputs changed.*was .*c\.html, now .*b\.html/);
  });

  it('stops when aborted, with completed: false, and a resumed run finishes the same dataset', async () => {
    const input = corpus('aborted', ['a.html', 'b.html', 'c.html', 'd.html', 'e.html']);
    const whole = path.join(work, 'aborted-whole');
    await runBatch({ inputs: [input], outDir: whole, workers: 1 });
    const out = path.join(work, 'aborted-out');
    const controller = new AbortController();
    const stopped = await runBatch({
      inputs: [input],
      outDir: out,
      workers: 1,
      signal: controller.signal,
      onProgress: ({ processed }) => processed === 2 && controller.abort(),
    });
    expect(stopped).toMatchObject({ completed: false, counts: { inputs: 2 } });
    const journalBefore = read(out, 'journal.jsonl');
    pipelineRuns.length = 0;
    const resumed = await runBatch({ inputs: [input], outDir: out, workers: 1, resume: true });
    // Only the rest ran, and what was written before stays as it was.
    expect(pipelineRuns).toEqual(['c.html', 'd.html', 'e.html']);
    expect(resumed.threads).toEqual([expect.objectContaining({ threadId, inputs: 3 })]); // one worker runs in this thread
    expect(read(out, 'journal.jsonl').startsWith(journalBefore)).toBe(true);
    expect(resumed).toMatchObject({ completed: true, counts: { inputs: 5, articles: 5 } });
    for (const name of ['articles.jsonl', 'claims.jsonl', 'errors.jsonl', 'journal.jsonl']) expect(read(out, name)).toBe(read(whole, name));
  });
});
