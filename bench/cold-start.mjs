// node bench/cold-start.mjs [OTHER_CHECKOUT...]: the cold start of one document through the
// whole CLI (`extract FILE --workers 1`, spawn to exit, dictionary load included), for the seed
// article (Chinese) and an English page, BENCH_COLD_RUNS times each (default 7). With other
// checkouts given (built, e.g. /work/main), their dist/cli.js runs interleaved with this one's,
// so that a shared machine's load falls on both alike; compare medians within one run only.
// Also printed: the time the segmenting stage took (zh/tokenize-clauses in the manifest), which
// includes whatever part of the dictionary load the document still had to wait for, and (from
// the manifest's thread entry, where the checkout writes it) when the run started, when the
// worker began the document and when its dictionary load started and ended, all from spawn.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_COLD_RUNS ?? 7));
const INPUTS = { 'seed (zh, 4,098 chars)': path.join(ROOT, 'corpus', 'hefei-minzheng-2020-12-28.txt'), 'English page': path.join(ROOT, 'corpus', 'en-housing-2024-06-03.html') };
const checkouts = [ROOT, ...process.argv.slice(2).map((dir) => path.resolve(dir))];
const work = mkdtempSync(path.join(os.tmpdir(), 'numclaims-cold-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const log = (line = '') => process.stdout.write(line + '\n');
const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(' ');

/** Wall time of one whole CLI process, spawn to exit, and its segmenting stage's time from the manifest. */
function coldRun(checkout, input, out) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const spawnedAt = Date.now();
    const child = spawn(process.execPath, [path.join(checkout, 'dist', 'cli.js'), 'extract', input, '--out', out, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${checkout} exited with ${code}: ${stderr}`));
      const wallMs = performance.now() - started;
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
      const runMs = Date.parse(manifest.startedAt) - spawnedAt;
      const thread = manifest.threads?.[0] ?? {};
      const fromSpawn = (ms) => (ms === undefined || ms === null ? undefined : runMs + ms);
      resolve({
        wallMs,
        segmentingMs: manifest.timingsMs['zh/tokenize-clauses'] ?? 0,
        runMs,
        firstInputMs: fromSpawn(thread.firstInputMs),
        dictionaryStartedMs: fromSpawn(thread.dictionaryMs?.started),
        dictionaryLoadedMs: fromSpawn(thread.dictionaryMs?.loaded),
      });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

log('numclaims cold start: one document, whole CLI process, --workers 1');
log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.availableParallelism()} cores, node ${process.version}; load average at start: ${loadAverage()}`);
const times = new Map();
for (let run = 0; run < RUNS; run++) {
  for (const [label, input] of Object.entries(INPUTS)) {
    for (const checkout of checkouts) {
      const out = path.join(work, `out-${run}-${checkouts.indexOf(checkout)}-${label.length}`);
      const key = `${label} | ${checkout}`;
      times.set(key, [...(times.get(key) ?? []), await coldRun(checkout, input, out)]);
      rmSync(out, { recursive: true, force: true });
    }
  }
}
const seconds = (ms) => (ms / 1000).toFixed(2);
for (const [key, runs] of times) {
  const walls = runs.map((run) => run.wallMs);
  log(`${key}: median ${seconds(median(walls))} s, fastest ${seconds(Math.min(...walls))} s (${runs.length} runs); segmenting stage, median ${seconds(median(runs.map((run) => run.segmentingMs)))} s`);
  const moments = [
    ['run started', 'runMs'],
    ['worker began the document', 'firstInputMs'],
    ['dictionary load started', 'dictionaryStartedMs'],
    ['dictionary loaded', 'dictionaryLoadedMs'],
  ].filter(([, field]) => runs.every((run) => run[field] !== undefined));
  if (moments.length > 1) log(`    medians from spawn: ${moments.map(([label, field]) => `${label} ${seconds(median(runs.map((run) => run[field])))} s`).join(', ')}`);
}
log(`load average at the end: ${loadAverage()}`);
