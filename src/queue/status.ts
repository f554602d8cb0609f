// status: what the queue holds. Counts per state, the active jobs whose lock has lapsed
// (stalled: their worker is gone, and the next stalled-job check puts them back), and the
// failed jobs with the reason each gave up.
import { Queue } from 'bullmq';
import { connectRedis } from './connection.js';
import { DEFAULT_QUEUE, type JobData } from './job.js';

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  stalled: number;
  failures: { id: string; source: string; reason: string; tries: number }[];
}

export async function queueStatus(options: { redis: string; queue?: string; failuresShown?: number }): Promise<QueueStatus> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const client = connectRedis(options.redis);
  const queue = new Queue(name, { connection: client });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const active = await queue.getActive();
    const locks = client.pipeline();
    for (const job of active) locks.exists(`bull:${name}:${job.id}:lock`);
    const held = (await locks.exec()) ?? [];
    const stalled = held.filter(([error, exists]) => !error && !exists).length;
    const failedJobs = await queue.getFailed(0, Math.max(0, (options.failuresShown ?? 20) - 1));
    return {
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      stalled,
      failures: failedJobs.map((job) => ({
        id: job.id ?? '?',
        source: (job.data as Partial<JobData> | undefined)?.source ?? '?',
        reason: job.failedReason ?? 'unknown',
        tries: job.attemptsMade,
      })),
    };
  } finally {
    await queue.close();
    client.disconnect();
  }
}
