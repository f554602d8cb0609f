// enqueue: command-line inputs → one BullMQ job per document. Inputs are walked exactly as
// `extract` walks them (same order, same sources); each document is read once here to hash
// it, and its job holds only where to find it again. Jobs are added in batches; a job whose
// id (the content hash) is already in the queue, done or not, is left as it is, so enqueueing
// the same corpus twice adds nothing. An input that cannot be read becomes a job that writes
// its error record, so nothing `extract` would report is lost on the way.
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { enumerateInputs, expandPaths, readInput, containerKindFor, type IngestItem } from '../io/inputs/ingest.js';
import { QueueOptionError, connectRedis } from './connection.js';
import { DEFAULT_QUEUE, contentJobId, errorJobId, type JobData } from './job.js';

export interface EnqueueOptions {
  inputs: string[];
  redis: string;
  queue?: string;
  /** Tries per job for failures that are not the document's (an unreadable mount, a dead worker thread pool). */
  attempts?: number;
  /** First backoff between those tries; it doubles each time. */
  backoffMs?: number;
  onProgress?: (counts: EnqueueCounts) => void;
}

export interface EnqueueCounts {
  added: number;
  existing: number;
  /** This enqueue's number: the first part of every added job's order. */
  run: number;
}

const BATCH = 500;

interface PendingJob {
  id: string;
  data: JobData;
}

export function runCounterKey(queue: string): string {
  return `bull:${queue}:numclaims-runs`;
}

function jobFor(item: IngestItem, source: string, order: [number, number], input: JobData['input']): PendingJob {
  if (item.kind === 'error') return { id: errorJobId(item.source, item.message), data: { source: item.source, order, input: null, error: item.message } };
  return { id: contentJobId(item.input), data: { source, order, input, error: null } };
}

/** Every document of the inputs as a job, in extract's order. */
async function* jobsOf(inputs: string[], run: number): AsyncGenerator<PendingJob> {
  let index = 0;
  for await (const item of expandPaths(inputs)) {
    if (item.error) {
      yield jobFor({ kind: 'error', source: item.path, message: item.error }, item.path, [run, index++], null);
      continue;
    }
    const absolute = path.resolve(item.path);
    if (!containerKindFor(item.path)) {
      yield jobFor(await readInput(item.path), item.path, [run, index++], { path: absolute, ordinal: null });
      continue;
    }
    let ordinal = 0;
    for await (const entry of enumerateInputs([item.path])) {
      yield jobFor(await entry.open(), entry.source, [run, index++], { path: absolute, ordinal: ordinal++ });
    }
  }
}

async function addBatch(queue: Queue, client: Redis, name: string, batch: PendingJob[], options: EnqueueOptions, counts: EnqueueCounts): Promise<void> {
  const unique = new Map<string, PendingJob>();
  for (const job of batch) {
    if (unique.has(job.id)) counts.existing++;
    else unique.set(job.id, job);
  }
  const ids = [...unique.keys()];
  const pipeline = client.pipeline();
  for (const id of ids) pipeline.exists(`bull:${name}:${id}`);
  const found = (await pipeline.exec()) ?? [];
  const fresh: PendingJob[] = [];
  ids.forEach((id, i) => {
    const [error, exists] = found[i] ?? [null, 0];
    if (error) throw error;
    if (exists) counts.existing++;
    else fresh.push(unique.get(id)!);
  });
  if (fresh.length) {
    // A job another enqueue added meanwhile is left as it is: adding an existing id is a no-op.
    await queue.addBulk(
      fresh.map(({ id, data }) => ({
        name: 'document',
        data,
        opts: {
          jobId: id,
          attempts: options.attempts ?? 3,
          backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
          removeOnComplete: false,
          removeOnFail: false,
        },
      })),
    );
  }
  counts.added += fresh.length;
  options.onProgress?.(counts);
}

export async function enqueue(options: EnqueueOptions): Promise<EnqueueCounts> {
  if (options.inputs.includes('-')) throw new QueueOptionError('enqueue reads files only: save stdin to a file the workers can read, and enqueue that');
  const name = options.queue ?? DEFAULT_QUEUE;
  const client = connectRedis(options.redis);
  const queue = new Queue(name, { connection: client });
  try {
    const run = await client.incr(runCounterKey(name));
    const counts: EnqueueCounts = { added: 0, existing: 0, run };
    let batch: PendingJob[] = [];
    for await (const job of jobsOf(options.inputs, run)) {
      batch.push(job);
      if (batch.length >= BATCH) {
        await addBatch(queue, client, name, batch, options, counts);
        batch = [];
      }
    }
    if (batch.length) await addBatch(queue, client, name, batch, options, counts);
    return counts;
  } finally {
    await queue.close();
    client.disconnect();
  }
}
