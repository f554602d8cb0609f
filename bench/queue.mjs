// node bench/queue.mjs (after npm run build): the queue mode against extract, in one run.
// Builds a corpus in a temp dir (corpus/ and, when present, ../shared/corpus-real/, copied
// until BENCH_QUEUE_DOCS documents, each copy made distinct so it is its own job), starts a
// redis-server of its own on a loopback port (append-only file on, as in production), and
// reports, every figure a whole process timed from spawn to exit:
//   extract --workers 1 and --workers 2: docs/s;
//   enqueue: docs/s (each document read and hashed once);
//   1, 2 and 4 `numclaims worker --concurrency 1 --until-empty` processes: docs/s, and the
//     ratio to extract --workers 1 (and 2);
//   merge: docs/s, and whether the merged dataset equals extract's (it must);
//   Redis overhead per document: BullMQ jobs with the worker's options and an empty
//     processor, so what remains is the queue's own cost (add, fetch, lock, complete).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const REAL = path.resolve(ROOT, '..', 'shared', 'corpus-real');
const DOCS = Number(process.env.BENCH_QUEUE_DOCS ?? 300);
const EMPTY_JOBS = 2000;
const work = mkdtempSync(path.join(os.tmpdir(), 'numclaims-bench-queue-'));
const log = (line = '') => process.stdout.write(line + '\n');
const sec = (ms) => (ms / 1000).toFixed(2);

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    // truth/ holds annotations, not pages (and files identical to each other, which would be one job).
    if (statSync(full).isDirectory()) name !== 'truth' && out.push(...filesUnder(full));
    else if (/\.(html?|txt)$/.test(name)) out.push(full);
  }
  return out;
}

function buildCorpus() {
  const sources = [...filesUnder(path.join(ROOT, 'corpus')), ...(statSync(REAL, { throwIfNoEntry: false }) ? filesUnder(REAL) : [])];
  const dir = path.join(work, 'corpus');
  mkdirSync(dir);
  for (let n = 0; n < DOCS; n++) {
    const source = sources[n % sources.length];
    const target = path.join(dir, `${String(n).padStart(5, '0')}${path.extname(source)}`);
    if (n < sources.length) copyFileSync(source, target);
    // A later copy differs by a trailing comment or blank lines, so its content hash (its job id) is new.
    else writeFileSync(target, Buffer.concat([readFileSync(source), Buffer.from(source.endsWith('.txt') ? '\n'.repeat(1 + Math.floor(n / sources.length)) : `\n<!-- copy ${n} -->\n`)]));
  }
  return dir;
}

function run(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 || code === 1 ? resolve(performance.now() - started) : reject(new Error(`numclaims ${args.join(' ')} exited ${code}: ${output}`))));
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const dir = path.join(work, 'redis');
  mkdirSync(dir);
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return { server, url };
    } catch {
      client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('redis-server did not start');
}

/** BullMQ's own cost per job: add in bulk, then fetch, lock and complete with an empty processor. */
async function emptyJobs(url) {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('empty', { connection });
  const started = performance.now();
  for (let from = 0; from < EMPTY_JOBS; from += 500) {
    await queue.addBulk(Array.from({ length: 500 }, (_, i) => ({ name: 'document', data: { source: `x${from + i}`, order: [1, from + i], input: { path: '/x', ordinal: null }, error: null }, opts: { jobId: `empty${from + i}`, attempts: 3, removeOnComplete: false } })));
  }
  const added = performance.now();
  let done = 0;
  await new Promise((resolve) => {
    const worker = new Worker('empty', async () => ({ articles: 1, claims: 0, errors: 0, worker: 'bench' }), { connection, concurrency: 2, lockDuration: 30_000 });
    worker.on('completed', () => {
      if (++done === EMPTY_JOBS) worker.close().then(resolve);
    });
  });
  const finished = performance.now();
  await queue.close();
  connection.disconnect();
  return { addMs: (added - started) / EMPTY_JOBS, processMs: (finished - added) / EMPTY_JOBS };
}

const corpus = buildCorpus();
const { server, url } = await startRedis();
try {
  log(`numclaims queue bench: ${DOCS} documents; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)} at start`);
  const extract1 = await run(['extract', corpus, '--workers', '1', '--out', 'extract-1']);
  const extract2 = await run(['extract', corpus, '--workers', '2', '--out', 'extract-2']);
  const rate = (ms) => (DOCS / (ms / 1000)).toFixed(1);
  log(`extract --workers 1: ${sec(extract1)} s, ${rate(extract1)} docs/s`);
  log(`extract --workers 2: ${sec(extract2)} s, ${rate(extract2)} docs/s`);
  for (const processes of [1, 2, 4]) {
    const queue = `bench-${processes}`;
    const enqueued = await run(['enqueue', corpus, '--redis', url, '--queue', queue]);
    const started = performance.now();
    await Promise.all(Array.from({ length: processes }, (_, i) => run(['worker', '--redis', url, '--queue', queue, '--out', `workers-${processes}`, '--concurrency', '1', '--until-empty', '--worker-id', `w${i}`])));
    const workers = performance.now() - started;
    const merged = await run(['merge', `merged-${processes}`, `workers-${processes}`]);
    const same = ['articles.jsonl', 'claims.jsonl', 'errors.jsonl'].every((name) => readFileSync(path.join(work, `merged-${processes}`, name)).equals(readFileSync(path.join(work, 'extract-1', name))));
    log(
      `${processes} worker process${processes > 1 ? 'es' : ''}: ${sec(workers)} s, ${rate(workers)} docs/s = ${(extract1 / workers).toFixed(2)} × extract --workers 1, ${(extract2 / workers).toFixed(2)} × --workers 2` +
        ` (enqueue ${sec(enqueued)} s, ${rate(enqueued)} docs/s; merge ${sec(merged)} s; merged ${same ? 'equals' : 'DIFFERS FROM'} extract)`,
    );
  }
  const overhead = await emptyJobs(url);
  log(`Redis overhead per document (BullMQ, empty processor, ${EMPTY_JOBS} jobs): add ${overhead.addMs.toFixed(3)} ms, fetch + lock + complete ${overhead.processMs.toFixed(3)} ms`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(work, { recursive: true, force: true });
}
