// A queue worker's own output folder (DIR/<worker-id>/): the dataset files and journal that
// `extract` writes, in the order this worker finished its jobs, plus queue-jobs.jsonl, which
// says for each journal entry which job it was and where the document stands in input order
// (merge sorts by that). A job is reported done to Redis only after its records are synced
// here (group commit: jobs that finish within COMMIT_MS share one sync), so a crash can
// leave a document done twice (here, and again by whoever retries it; merge keeps one) but
// never done nowhere. A restarted worker continues its folder as `--resume` does.
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Manifest, Timings } from '../index.js';
import { JOURNAL_FILE, journalHeader, scanJournal } from '../io/batch/journal.js';
import { TOOL_VERSION } from '../io/batch/version.js';
import { DatasetWriter, readManifest, type DocumentRecords } from '../io/batch/write-dataset.js';
import { openBytes, splitLines } from '../io/inputs/read-bytes.js';
import { QueueOptionError } from './connection.js';

export const JOB_LOG_FILE = 'queue-jobs.jsonl';

const COMMIT_MS = 20;
const MANIFEST_MS = 1000;

const JobLogLineSchema = z
  .object({
    /** The journal entry (this folder's own sequence number) the line is about. */
    i: z.number().int().nonnegative(),
    job: z.string(),
    order: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
    /** The job gave up (its tries were spent) and wrote only an error record saying why. */
    failed: z.boolean(),
  })
  .strict();
export type JobLogLine = z.infer<typeof JobLogLineSchema>;

/** The trustworthy lines of a job log, each with the byte offset just after it. */
export async function readJobLog(file: string): Promise<{ line: JobLogLine; end: number }[]> {
  const lines: { line: JobLogLine; end: number }[] = [];
  if (!existsSync(file)) return lines;
  for await (const raw of splitLines(openBytes(file))) {
    if (!raw.terminated) break;
    let parsed;
    try {
      parsed = JobLogLineSchema.safeParse(JSON.parse(raw.bytes.toString('utf8')));
    } catch {
      break;
    }
    if (!parsed.success || parsed.data.i !== lines.length) break;
    lines.push({ line: parsed.data, end: raw.end });
  }
  return lines;
}

export function queueJournalInputs(queue: string): string[] {
  return [`queue:${queue}`];
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class WorkerShard {
  private sequence: number;
  private readonly done: Set<string>;
  private pendingLog = '';
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastManifest = 0;
  private failure: Error | null = null;
  private readonly timings: Timings;

  private constructor(
    readonly dir: string,
    private readonly writer: DatasetWriter,
    private readonly jobLog: number,
    done: string[],
    private readonly options: Record<string, unknown>,
    private readonly startedAt: string,
    timings: Timings,
  ) {
    this.sequence = done.length;
    this.done = new Set(done);
    this.timings = timings;
    this.writer.writeManifest(this.manifestFields(false));
  }

  /** Opens dir fresh, or continues what a previous worker of the same id left there. */
  static async open(dir: string, queue: string, options: Record<string, unknown>): Promise<WorkerShard> {
    const header = journalHeader(queueJournalInputs(queue), null);
    const state = await scanJournal(path.join(dir, JOURNAL_FILE));
    const logFile = path.join(dir, JOB_LOG_FILE);
    if (!state) {
      const writer = new DatasetWriter(dir, header);
      return new WorkerShard(dir, writer, openSync(logFile, 'w'), [], options, new Date().toISOString(), {});
    }
    if (state.header.inputs.join(' ') !== header.inputs.join(' ') || state.header.shard !== null) {
      throw new QueueOptionError(`${dir} holds the output of ${state.header.inputs.join(' ')}, not of queue ${queue}: give this worker another --worker-id or --out`);
    }
    const lines = (await readJobLog(logFile)).slice(0, state.counts.inputs);
    if (lines.length < state.counts.inputs) throw new QueueOptionError(`${logFile} names ${lines.length} jobs but the journal holds ${state.counts.inputs}: the folder was changed by hand; move it away and start this worker again`);
    const writer = new DatasetWriter(dir, header, state);
    const jobLog = openSync(logFile, 'a');
    // Lines after the journal's last entry were never confirmed to Redis: those jobs are redone.
    ftruncateSync(jobLog, lines.at(-1)?.end ?? 0);
    const before = readManifest(dir);
    return new WorkerShard(dir, writer, jobLog, lines.map(({ line }) => line.job), options, before?.startedAt ?? new Date().toISOString(), { ...(before?.timingsMs ?? {}) });
  }

  /** Whether this folder already holds the job (done here, then the worker died before Redis heard of it). */
  has(jobId: string): boolean {
    return this.done.has(jobId);
  }

  get counts() {
    return this.writer.counts;
  }

  /** Writes one job's records; resolves once they are durable. */
  commit(jobId: string, order: [number, number], source: string, records: DocumentRecords, failed: boolean, timings: Timings): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.writer.write(this.sequence, source, records);
    this.pendingLog += JSON.stringify({ i: this.sequence, job: jobId, order, failed }) + '\n';
    this.sequence++;
    this.done.add(jobId);
    for (const [stage, ms] of Object.entries(timings)) this.timings[stage] = (this.timings[stage] ?? 0) + ms;
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.timer ??= setTimeout(() => this.flush(), COMMIT_MS);
    });
  }

  private flush(): void {
    this.timer = null;
    const waiters = this.waiters.splice(0);
    try {
      // The job log first: a journal entry without its job log line could not be merged.
      const data = Buffer.from(this.pendingLog);
      let written = 0;
      while (written < data.length) written += writeSync(this.jobLog, data, written);
      fdatasyncSync(this.jobLog);
      this.pendingLog = '';
      this.writer.checkpoint();
      if (performance.now() - this.lastManifest >= MANIFEST_MS) {
        this.writer.writeManifest(this.manifestFields(false));
        this.lastManifest = performance.now();
      }
    } catch (error) {
      // A full or failing disk: nothing more is confirmed from this folder.
      this.failure = error as Error;
      for (const waiter of waiters) waiter.reject(this.failure);
      return;
    }
    for (const waiter of waiters) waiter.resolve();
  }

  private manifestFields(completed: boolean): Omit<Manifest, 'schemaVersion' | 'counts'> {
    return {
      tool: { name: 'numclaims', version: TOOL_VERSION },
      completed,
      options: { inputs: queueJournalInputs(String(this.options.queue)), out: this.dir, ...this.options },
      timingsMs: Object.fromEntries(Object.entries(this.timings).map(([stage, ms]) => [stage, Math.round(ms * 100) / 100])),
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
    };
  }

  /** After the last job: the final sync, then a manifest saying this worker stopped cleanly. */
  close(): Manifest {
    if (this.timer) clearTimeout(this.timer);
    if (!this.failure) this.flush();
    closeSync(this.jobLog);
    return this.writer.close(this.manifestFields(!this.failure));
  }
}
