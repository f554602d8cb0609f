// Kill safety (issue 17): a run killed with SIGKILL at ten moments spread over its length, each
// time continued with --resume (which takes over the dead run's lock), ends with exactly the
// dataset of a run never interrupted: same bytes, no duplicate ids, nothing missing. English
// pages only and one worker, so each start costs no dictionary load. A disk that is full
// (ENOSPC, simulated by a file where the dataset's journal must go) gives a clear error.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'numclaims-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const english = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url), 'utf8');
const input = path.join(work, 'in');
mkdirSync(input);
for (let n = 0; n < 24; n++) writeFileSync(path.join(input, `page-${String(n).padStart(2, '0')}.html`), english.replace('</body>', `<p>Item ${n}: the county paid $${n}.2 million for ${n * 10 + 7} homes in 2023.</p></body>`));

const extract = (out: string, ...more: string[]) => [CLI, 'extract', input, '--out', out, '--workers', '1', ...more];
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

/** Starts a run and SIGKILLs it after `ms`; resolves when it is gone. */
function killAfter(out: string, ms: number, resume: boolean): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, extract(out, ...(resume ? ['--resume'] : [])), { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a run killed at any moment and resumed', () => {
  it('ends with the dataset of an uninterrupted run, at ten moments', async () => {
    const whole = path.join(work, 'whole');
    const started = performance.now();
    expect(spawnSync(process.execPath, extract(whole)).status).toBe(0);
    const duration = performance.now() - started;
    const expected = ['articles.jsonl', 'claims.jsonl', 'errors.jsonl'].map((name) => read(whole, name));
    for (let moment = 1; moment <= 10; moment++) {
      const out = path.join(work, `killed-${moment}`);
      // Spread over the run, start-up included: some kills land before the first write.
      await killAfter(out, (duration * moment) / 11, false);
      const resumed = spawnSync(process.execPath, extract(out, '--resume'), { encoding: 'utf8' });
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(['articles.jsonl', 'claims.jsonl', 'errors.jsonl'].map((name) => read(out, name))).toEqual(expected);
      const ids = read(out, 'claims.jsonl').split('\n').filter(Boolean).map((line) => JSON.parse(line).id as string);
      expect(new Set(ids).size).toBe(ids.length);
      expect(JSON.parse(read(out, 'manifest.json'))).toMatchObject({ completed: true, counts: { inputs: 24, articles: 24, failed: 0 } });
    }
  }, 240_000);

  it('a full disk (ENOSPC) while writing gives a clear error and leaves a resumable folder', () => {
    const out = path.join(work, 'full');
    // The run's files go to /dev/full, where every write fails with ENOSPC.
    mkdirSync(out, { recursive: true });
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(FULL_DISK)}`, ...extract(out)], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/ENOSPC|no space left on device/i);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    const resumed = spawnSync(process.execPath, extract(out, '--resume'), { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(read(out, 'claims.jsonl')).toBe(read(path.join(work, 'whole'), 'claims.jsonl'));
  }, 60_000);
});

/** Preloaded into the CLI: claims.jsonl writes fail with ENOSPC once 20 kB are written, as on a full disk. */
const FULL_DISK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const writeSync = fs.writeSync;
const openSync = fs.openSync;
const claims = new Set();
let written = 0;
fs.openSync = (file, ...rest) => { const fd = openSync(file, ...rest); if (String(file).endsWith('claims.jsonl')) claims.add(fd); return fd; };
fs.writeSync = (fd, buffer, ...rest) => {
  if (claims.has(fd) && (written += buffer.length) > 20000) { const error = new Error('ENOSPC: no space left on device, write'); error.code = 'ENOSPC'; throw error; }
  return writeSync(fd, buffer, ...rest);
};
syncBuiltinESMExports();
`;
