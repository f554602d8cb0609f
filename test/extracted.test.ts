// extracted/ is committed so a visitor sees the dataset without running anything; it must be
// exactly what `npm run extract` gives today (timings, dates, threads and the output path aside).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fresh = mkdtempSync(path.join(tmpdir(), 'numclaims-extracted-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function run(): void {
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'extract', 'corpus', '--out', fresh], { stdio: 'pipe' });
  } catch (error) {
    // Exit 1 means some inputs failed, which the comparison below reports file by file.
    if ((error as { status?: number }).status !== 1) throw error;
  }
}

function manifestWithoutRunFacts(dir: string): unknown {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  delete manifest.timingsMs;
  delete manifest.startedAt;
  delete manifest.finishedAt;
  delete manifest.threads;
  if (manifest.options) delete manifest.options.out;
  if (manifest.options) delete manifest.options.workers;
  return manifest;
}

describe('extracted/', () => {
  run();

  it.each(['articles.jsonl', 'claims.jsonl', 'errors.jsonl'])('%s is what a fresh run writes', (file) => {
    expect(readFileSync(path.join('extracted', file), 'utf8')).toBe(readFileSync(path.join(fresh, file), 'utf8'));
  });

  it('holds the same JSON Schemas', () => {
    const names = readdirSync(path.join(fresh, 'schema')).sort();
    expect(readdirSync(path.join('extracted', 'schema')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join('extracted', 'schema', name), 'utf8')).toBe(readFileSync(path.join(fresh, 'schema', name), 'utf8'));
  });

  it('has a manifest that matches apart from timings', () => {
    expect(manifestWithoutRunFacts('extracted')).toEqual(manifestWithoutRunFacts(fresh));
  });
});
