// runBatch in process (one worker): resume refuses inputs that changed, a resumed complete run
// adds nothing, and an aborted run says so and is continued by --resume. English pages only,
// so no dictionary is loaded; the pool itself is exercised through the CLI in cli.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchOptionError, runBatch } from '../src/io/batch/run-batch.js';

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
    const again = await runBatch({ inputs: [input], outDir: out, workers: 1, resume: true });
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
    const resumed = await runBatch({ inputs: [input], outDir: out, workers: 1, resume: true });
    expect(resumed).toMatchObject({ completed: true, counts: { inputs: 5, articles: 5 } });
    for (const name of ['articles.jsonl', 'claims.jsonl', 'errors.jsonl', 'journal.jsonl']) expect(read(out, name)).toBe(read(whole, name));
  });
});
