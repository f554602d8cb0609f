// merge for queue workers' folders: every confirmed document of every worker, sorted into
// input order (the order each job carries: enqueue run, then position in that run's inputs,
// which is extract's order) and kept once per job: a document done twice, because a worker
// died after writing it but before Redis heard, or because a stalled job was taken over,
// appears once, and a successful try wins over a last try's error record. Records are read
// by the byte ranges the journals give and validated on the way, as `merge` does for shards.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Timings } from '../index.js';
import { JOURNAL_FILE, JournalError, journalHeader, readJournal } from '../io/batch/journal.js';
import { addValidatedLine, emptyRecords, RECORD_FILE_NAMES, type MergeResult } from '../io/batch/merge.js';
import { withOutputLock } from '../io/batch/lock.js';
import { TOOL_VERSION } from '../io/batch/version.js';
import { DatasetWriter, readManifest } from '../io/batch/write-dataset.js';
import { QueueOptionError } from './connection.js';
import { JOB_LOG_FILE, queueJournalInputs, readJobLog } from './worker-shard.js';

interface Done {
  folder: number;
  sequence: number;
  source: string;
  job: string;
  order: [number, number];
  failed: boolean;
  /** Byte ranges and first line numbers (1-based) in articles, claims and errors. */
  start: [number, number, number];
  end: [number, number, number];
  firstLine: [number, number, number];
  lines: [number, number, number];
}

/** Whether dir is a queue worker's folder rather than an `extract` output. */
export function isWorkerFolder(dir: string): boolean {
  return existsSync(path.join(dir, JOB_LOG_FILE));
}

async function confirmedDocuments(dir: string, folder: number, problems: string[]): Promise<{ queue: string; done: Done[] }> {
  let journal;
  try {
    journal = await readJournal(path.join(dir, JOURNAL_FILE));
  } catch (error) {
    if (error instanceof JournalError) throw new QueueOptionError(error.message);
    throw error;
  }
  const queue = journal.header.inputs.length === 1 && journal.header.inputs[0]!.startsWith('queue:') ? journal.header.inputs[0]!.slice('queue:'.length) : null;
  if (queue === null) throw new QueueOptionError(`${dir} has a ${JOB_LOG_FILE} but its journal is not a queue worker's`);
  const log = await readJobLog(path.join(dir, JOB_LOG_FILE));
  const done: Done[] = [];
  let start: [number, number, number] = [0, 0, 0];
  const nextLine: [number, number, number] = [1, 1, 1];
  for await (const { item } of journal.items) {
    const entry = log[item.i]?.line;
    const lines: [number, number, number] = [item.a, item.c, item.e];
    if (entry) {
      done.push({ folder, sequence: item.i, source: item.s, job: entry.job, order: entry.order, failed: entry.failed, start, end: item.end, firstLine: [...nextLine], lines });
    } else {
      problems.push(`${dir}: journal entry ${item.i} (${item.s}) has no line in ${JOB_LOG_FILE}; left out`);
    }
    start = item.end;
    for (let kind = 0; kind < 3; kind++) nextLine[kind]! += lines[kind]!;
  }
  return { queue, done };
}

function readRange(fd: number, from: number, to: number): Buffer {
  const bytes = Buffer.alloc(to - from);
  let read = 0;
  while (read < bytes.length) {
    const got = readSync(fd, bytes, read, bytes.length - read, from + read);
    if (got === 0) break;
    read += got;
  }
  return bytes.subarray(0, read);
}

export async function mergeWorkerFolders(outDir: string, dirs: string[]): Promise<MergeResult> {
  const resolvedOut = path.resolve(outDir);
  if (dirs.some((dir) => path.resolve(dir) === resolvedOut)) throw new QueueOptionError(`the merged output ${outDir} cannot also be one of the worker folders`);
  return withOutputLock(outDir, () => mergeLocked(outDir, dirs));
}

async function mergeLocked(outDir: string, dirs: string[]): Promise<MergeResult> {
  const startedAt = new Date().toISOString();
  const problems: string[] = [];
  const rejected: string[] = [];
  const warnings: string[] = [];
  const all: Done[] = [];
  let queue: string | null = null;
  for (const [folder, dir] of dirs.entries()) {
    if (!isWorkerFolder(dir)) throw new QueueOptionError(`${dir} is not a queue worker's folder (it has no ${JOB_LOG_FILE}); merge extract outputs and worker folders separately`);
    const found = await confirmedDocuments(dir, folder, problems);
    if (queue !== null && found.queue !== queue) throw new QueueOptionError(`${dir} worked for queue ${found.queue} but ${dirs[0]} for queue ${queue}`);
    queue = found.queue;
    if (!readManifest(dir)?.completed) warnings.push(`${dir}: its worker did not stop cleanly (killed?); the documents it confirmed are merged, the others were retried by the queue`);
    all.push(...found.done);
  }
  all.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || Number(a.failed) - Number(b.failed) || a.folder - b.folder || a.sequence - b.sequence);

  const descriptors = dirs.map((dir) => RECORD_FILE_NAMES.map((name) => openSync(path.join(dir, name), 'r')));
  const writer = new DatasetWriter(outDir, journalHeader(queueJournalInputs(queue!), null));
  let position = 0;
  let repeated = 0;
  let previous: string | null = null;
  try {
    for (const done of all) {
      if (done.job === previous) {
        repeated++;
        continue;
      }
      previous = done.job;
      const records = emptyRecords();
      let broken = false;
      for (let kind = 0; kind < 3; kind++) {
        const file = path.join(dirs[done.folder]!, RECORD_FILE_NAMES[kind]!);
        const text = readRange(descriptors[done.folder]![kind]!, done.start[kind]!, done.end[kind]!).toString('utf8');
        const lines = text ? text.split('\n') : [''];
        if (lines.pop() !== '' || lines.length !== done.lines[kind]) {
          problems.push(`${file} does not hold the ${done.lines[kind]} lines its journal gives ${done.source}`);
          broken = true;
          break;
        }
        lines.forEach((line, n) => addValidatedLine(records, kind, line, `${file}:${done.firstLine[kind]! + n}`, rejected));
      }
      if (broken) continue;
      writer.write(position++, done.source, records);
      if (position % 10_000 === 0) writer.checkpoint();
    }
  } finally {
    for (const fds of descriptors) for (const fd of fds) closeSync(fd);
  }
  if (repeated) warnings.push(`${repeated} ${repeated === 1 ? 'document was' : 'documents were'} done twice (a retried job); kept once`);

  const timings: Timings = {};
  for (const dir of dirs) for (const [stage, ms] of Object.entries(readManifest(dir)?.timingsMs ?? {})) timings[stage] = Math.round(((timings[stage] ?? 0) + ms) * 100) / 100;
  const manifest = writer.close({
    tool: { name: 'numclaims', version: TOOL_VERSION },
    completed: problems.length === 0,
    options: { inputs: queueJournalInputs(queue!), out: outDir, mergedFrom: dirs, queue },
    timingsMs: timings,
    startedAt,
    finishedAt: new Date().toISOString(),
  });
  return { manifest, problems, rejected, warnings };
}
