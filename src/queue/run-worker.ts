// worker: BullMQ jobs → this worker's folder under --out. Each job's document is read from
// where the job points, run on the batch edge's pool of worker threads (the main thread only
// moves bytes, so BullMQ can renew its job locks on time), written to the worker's own
// dataset folder, synced, and only then reported done. What can go wrong, and what happens:
// - bad data: the pipeline turns it into an error record; the job completes (never retried);
// - this machine's trouble (the file cannot be read here, the thread pool cannot start): the
//   job throws and BullMQ retries it with backoff; the last try also writes an error record
//   with the reason, so the document is not lost from the dataset;
// - this process killed: its jobs' locks expire, another worker's stalled-job check puts them
//   back, and they are redone elsewhere (or here, after a restart, from this folder's journal);
// - Redis restarted: the client reconnects and BullMQ carries on.
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { availableParallelism } from 'node:os';
import type { Manifest } from '../index.js';
import { poolExecutor } from '../io/batch/executors.js';
import { DEFAULT_TIME_LIMIT_MS } from '../io/batch/run-batch.js';
import { errorRecords, type DocumentRecords } from '../io/batch/write-dataset.js';
import { connectRedis, redactedUrl } from './connection.js';
import { DEFAULT_QUEUE, JobDataSchema, contentJobId, type JobData, type JobResult } from './job.js';
import { ReferencedInputs } from './read-referenced.js';
import { claimWorkerFolder } from './worker-folder.js';
import { WorkerShard } from './worker-shard.js';

export interface WorkerOptions {
  redis: string;
  queue?: string;
  outDir: string;
  /** Worker threads running the pipeline; default: the number of cores. */
  concurrency?: number;
  /** Stop once no job is waiting, delayed or active anywhere in the queue. */
  untilEmpty?: boolean;
  /** The folder name under outDir; default: the host name (then host-2, host-3…). */
  workerId?: string | null;
  /** Milliseconds one document may take, as extract's --time-limit; default 30 s. */
  timeLimitMs?: number;
  /** How long a job's lock lasts without renewal, which is how soon a dead worker's jobs are retried. */
  lockSeconds?: number;
  signal?: AbortSignal;
  onProgress?: (counts: WorkerShard['counts']) => void;
  onWarning?: (message: string) => void;
}

export interface WorkerOutcome {
  workerId: string;
  dir: string;
  manifest: Manifest;
  /** Jobs this worker gave up on after their last try (each also an error record). */
  failed: number;
}

const IDLE_CHECK_MS = 500;
const WARNING_EVERY_MS = 5000;

/** Jobs anywhere in the queue that are not finished (an active job may belong to a dead worker and be retried). */
async function unfinished(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export async function runWorker(options: WorkerOptions): Promise<WorkerOutcome> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const threads = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const lockMs = Math.max(1, options.lockSeconds ?? 30) * 1000;
  const folder = claimWorkerFolder(options.outDir, options.workerId ?? null);
  let lastWarning = 0;
  const warn = (message: string) => {
    if (performance.now() - lastWarning < WARNING_EVERY_MS) return;
    lastWarning = performance.now();
    options.onWarning?.(message);
  };

  let shard: WorkerShard;
  try {
    shard = await WorkerShard.open(folder.dir, name, { queue: name, redis: redactedUrl(options.redis), workerId: folder.id, concurrency: threads });
  } catch (error) {
    folder.release();
    throw error;
  }
  // A stage that never returns becomes the job's error record; its thread is replaced.
  const executor = poolExecutor(threads, undefined, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const inputs = new ReferencedInputs();
  const client = connectRedis(options.redis);
  client.on('error', (error: Error) => warn(`redis: ${error.message}`));
  const queue = new Queue(name, { connection: client });
  queue.on('error', (error: Error) => warn(`queue: ${error.message}`));
  let failed = 0;

  const records = async (data: JobData, jobId: string) => {
    if (data.error !== null) return { records: errorRecords([{ source: data.source, stage: 'ingest', message: data.error, docId: null }]), timings: {} };
    const input = await inputs.read(data.input!, data.source);
    if (contentJobId(input) !== jobId) {
      return { records: errorRecords([{ source: data.source, stage: 'queue', message: 'the input changed after it was enqueued (its content no longer hashes to its job id); enqueue it again', docId: null }]), timings: {} };
    }
    return executor.run(input);
  };

  const processor = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const parsed = JobDataSchema.safeParse(job.data);
    const jobId = job.id!;
    const summary = (written: DocumentRecords['counts']): JobResult => ({ ...written, worker: folder.id });
    if (shard.has(jobId)) return summary({ articles: 0, claims: 0, errors: 0 });
    if (!parsed.success) {
      throw new UnrecoverableError(`not a numclaims job: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    }
    const data = parsed.data;
    let outcome;
    try {
      outcome = await records(data, jobId);
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      const tries = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 < tries) throw error;
      // The last try: the document keeps a record saying why it is missing, then the job fails.
      failed++;
      const reason = `gave up after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${message}`;
      await shard.commit(jobId, data.order, data.source, errorRecords([{ source: data.source, stage: 'queue', message: reason, docId: null }]), true, {});
      throw new Error(reason);
    }
    await shard.commit(jobId, data.order, data.source, outcome.records, false, outcome.timings);
    options.onProgress?.(shard.counts);
    return summary(outcome.records.counts);
  };

  const worker = new Worker<JobData, JobResult>(name, processor, {
    connection: client,
    // More jobs than threads, so a thread never waits while a job is being read or synced.
    concurrency: threads * 2,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: 2,
  });
  worker.on('error', (error: Error) => warn(`worker: ${error.message}`));

  try {
    await new Promise<void>((resolve) => {
      if (options.signal?.aborted) return resolve();
      options.signal?.addEventListener('abort', () => resolve(), { once: true });
      if (!options.untilEmpty) return;
      let checking = false;
      const timer = setInterval(() => {
        if (checking) return;
        checking = true;
        unfinished(queue)
          .then((count) => {
            if (count === 0) {
              clearInterval(timer);
              resolve();
            }
          })
          // Redis away for a moment: ask again on the next tick.
          .catch((error: Error) => warn(`queue: ${error.message}`))
          .finally(() => (checking = false));
      }, IDLE_CHECK_MS);
      options.signal?.addEventListener('abort', () => clearInterval(timer), { once: true });
    });
  } finally {
    // Waits for the jobs in hand to be written and confirmed.
    await worker.close();
    await Promise.all([executor.close(), inputs.close(), queue.close()]);
    client.disconnect();
  }
  const manifest = shard.close();
  folder.release();
  return { workerId: folder.id, dir: folder.dir, manifest, failed };
}
