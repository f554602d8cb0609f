// The queue mode against a real Redis: a redis-server started here on a free loopback port,
// in a temporary folder, with persistence on, and stopped at the end (.ci/run installs it).
// Workers are real `numclaims worker` processes; one is killed with SIGKILL mid-run and the
// merged dataset must still equal what `extract` writes for the same inputs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'numclaims-queue-'));
const redisServer = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
if (!redisServer) console.warn('queue tests skipped: redis-server is not installed (.ci/run installs it with apt-get)');

let redis: ChildProcess | null = null;
let url = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, probe: () => T | Promise<T>, seconds = 60): Promise<NonNullable<T>> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let redisArgs: string[] = [];

async function startRedis(): Promise<void> {
  redis = spawn(redisServer!, redisArgs, { stdio: 'ignore' });
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  await until('redis-server to answer', async () => {
    try {
      if (client.status !== 'ready') await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      client.disconnect();
      return false;
    }
  }, 20);
  client.disconnect();
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null) return;
  const exited = new Promise((resolve) => redis!.once('exit', resolve));
  // SIGTERM makes redis-server write its append-only file and exit: what a restart keeps.
  redis.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  if (!redisServer) return;
  const port = await freePort();
  const dir = path.join(work, 'redis');
  mkdirSync(dir);
  redisArgs = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''];
  url = `redis://127.0.0.1:${port}`;
  await startRedis();
});

afterAll(async () => {
  await stopRedis();
  rmSync(work, { recursive: true, force: true });
});

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function worker(args: string[]): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : 1))));
  void done.then((code) => code !== 0 && code !== 137 && console.error(stderr));
  return { child, done };
}

const english = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url), 'utf8');
const page = (n: number) => english.replace('</body>', `<p>Item ${n}: the county paid $${n}.2 million for ${n * 10} homes.</p></body>`);
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const lines = (dir: string, name: string) => read(dir, name).split('\n').filter(Boolean);

/** Pages, a JSONL container (two pages and a line that is no page), and a document the pipeline rejects. */
function corpus(name: string, pages: number): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  for (let n = 1; n <= pages; n++) writeFileSync(path.join(dir, 'pages', `page-${String(n).padStart(2, '0')}.html`), page(n));
  const records = [{ url: 'https://example.gov/a', html: page(90) }, { oops: true }, { url: 'https://example.gov/b', html: page(91) }];
  writeFileSync(path.join(dir, 'crawl.jsonl'), records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'zz-empty.txt'), '');
  return dir;
}

describe.skipIf(!redisServer)('queue mode on a real Redis', () => {
  it('enqueueing the same corpus twice adds nothing the second time', () => {
    const input = corpus('twice', 3);
    const first = cli(['enqueue', input, '--redis', url, '--queue', 'twice']);
    expect(first.stdout).toBe('added 7, existing 0\n');
    const second = cli(['enqueue', input, '--redis', url, '--queue', 'twice']);
    expect(second.stdout).toBe('added 0, existing 7\n');
    expect(cli(['status', '--redis', url, '--queue', 'twice']).stdout).toMatch(/^queue twice: waiting 7, active 0, .*done 0, failed 0/);
  });

  it('two workers, one killed with SIGKILL mid-run, Redis restarted: the merged dataset is what extract writes, each document once', async () => {
    const input = corpus('killed', 14);
    const queue = ['--queue', 'killed'];
    expect(cli(['enqueue', input, '--redis', url, ...queue]).stdout).toBe('added 18, existing 0\n');
    const out = path.join(work, 'killed-out');
    const options = [...queue, '--out', out, '--concurrency', '1', '--lock-seconds', '2', '--until-empty'];
    const doomed = worker([...options, '--worker-id', 'doomed']);
    const survivor = worker([...options, '--worker-id', 'survivor']);
    const jobLog = path.join(out, 'doomed', 'queue-jobs.jsonl');
    // Killed once it has confirmed a document and holds more: those must be retried by the survivor.
    await until('the first worker to confirm a document', () => existsSync(jobLog) && lines(path.join(out, 'doomed'), 'queue-jobs.jsonl').length >= 1);
    // Each worker holds at most one job (concurrency 1): two active jobs mean the doomed one holds
    // one now, not that it sits between a confirmed job and the next (then nothing would stall).
    const watched = new Queue('killed', { connection: { url } });
    await until('both workers to hold a job', async () => (await watched.getActiveCount()) >= 2);
    doomed.child.kill('SIGKILL');
    await watched.close();
    expect(await doomed.done).toBe(137);
    await stopRedis();
    await startRedis();
    expect(await survivor.done).toBe(0);

    const merged = path.join(work, 'killed-merged');
    const merge = cli(['merge', merged, out]);
    expect(merge.code).toBe(1); // one input is no article: the exit code says so, as extract's does
    const extracted = path.join(work, 'killed-extract');
    cli(['extract', input, '--workers', '1', '--out', extracted]);
    for (const name of ['articles.jsonl', 'claims.jsonl', 'errors.jsonl']) expect(read(merged, name), name).toBe(read(extracted, name));
    const manifest = JSON.parse(read(merged, 'manifest.json')) as { completed: boolean; counts: { inputs: number } };
    expect(manifest).toMatchObject({ completed: true, counts: { inputs: 18 } });
    expect(JSON.parse(read(path.join(out, 'doomed'), 'manifest.json'))).toMatchObject({ completed: false });

    // The document the pipeline rejects and the JSONL line that is no page: one error record each, and their jobs are done, not retried.
    const errors = lines(merged, 'errors.jsonl').map((line) => JSON.parse(line) as { source: string; stage: string });
    expect(errors.map(({ source, stage }) => [path.relative(input, source), stage])).toEqual([
      ['crawl.jsonl:2', 'ingest'],
      ['zz-empty.txt', 'decode'],
    ]);
    expect(cli(['status', '--redis', url, ...queue]).stdout).toMatch(/^queue killed: waiting 0, active 0, delayed 0 \(backing off\), done 18, failed 0, stalled 0\n$/);
    // The killed worker held a job when it died: the queue recovered it as stalled, and the survivor did it.
    const queueOf = new Queue('killed', { connection: { url } });
    const done = await queueOf.getCompleted(0, -1);
    await queueOf.close();
    expect(done.filter((job) => job.stalledCounter > 0).map((job) => (job.returnvalue as { worker: string }).worker)).toContain('survivor');
  });

  it('a document that cannot be read where the worker runs is retried with backoff, then failed with its reason and an error record', async () => {
    const input = path.join(work, 'vanishing');
    mkdirSync(input);
    writeFileSync(path.join(input, 'here.html'), page(1));
    writeFileSync(path.join(input, 'gone.html'), page(2));
    const queue = ['--queue', 'vanishing'];
    expect(cli(['enqueue', input, '--redis', url, ...queue, '--attempts', '2', '--backoff', '100']).stdout).toBe('added 2, existing 0\n');
    unlinkSync(path.join(input, 'gone.html'));
    const out = path.join(work, 'vanishing-out');
    expect(await worker([...queue, '--out', out, '--concurrency', '1', '--until-empty']).done).toBe(0);
    const status = cli(['status', '--redis', url, ...queue]).stdout;
    expect(status).toMatch(/done 1, failed 1, stalled 0/);
    expect(status).toMatch(/failed \w+ .*gone\.html after 2 tries: gave up after 2 tries: cannot read: .*no such file/);
    const merged = path.join(work, 'vanishing-merged');
    cli(['merge', merged, out]);
    const errors = lines(merged, 'errors.jsonl').map((line) => JSON.parse(line) as { source: string; stage: string });
    expect(errors.map(({ source, stage }) => [path.basename(source), stage])).toEqual([['gone.html', 'queue']]);
    expect(lines(merged, 'articles.jsonl')).toHaveLength(1);
  });
});
