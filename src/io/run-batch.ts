// The batch job: inputs on disk → a dataset folder. Entries are enumerated in a fixed order,
// filtered by shard and by what a resumed run already did, read ahead with p-map (I/O
// concurrency), run through the synchronous core on a pool of worker threads (or in this
// thread for one worker or a tiny batch), and written strictly in input order through a
// bounded reorder window, so memory stays flat and the output is the same for any number of
// workers. Checkpoints every second make the written prefix durable and resumable.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pMapIterable } from 'p-map';
import type { RawInput } from '../core/document.js';
import type { Timings } from '../core/pipeline.js';
import type { Manifest } from '../core/schema.js';
import { enumerateInputs, type IngestItem, type InputEntry } from './ingest.js';
import { BatchOptionError } from './batch-option-error.js';
import { JOURNAL_FILE, JournalError, journalHeader, scanJournal, type JournalState } from './journal.js';
import { formatShard, ownsKey, type Shard } from './shard.js';
import { TOOL_VERSION } from './version.js';
import { WorkerPool } from './worker-pool.js';
import { DatasetWriter, errorRecords, readManifest, serializeDocument, type DatasetCounts, type DocumentRecords } from './write-dataset.js';

export interface BatchProgress {
  counts: DatasetCounts;
  /** Inputs written by this process (a resumed run does not count what it skipped). */
  processed: number;
  /** Input bytes done so far, skipped ones (other shards, resumed prefix) included; see `trackBytes`. */
  passedBytes: number;
}

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  /** Worker threads; default: the number of cores. 1 runs everything in this thread. */
  workers?: number;
  /** Continue the run recorded in outDir's journal instead of starting over. */
  resume?: boolean;
  shard?: Shard | null;
  readConcurrency?: number;
  /** Aborting stops the run after the last input in order, checkpoints it, and returns a manifest with completed: false. */
  signal?: AbortSignal;
  /** Stat every file so progress can be measured in bytes. */
  trackBytes?: boolean;
  onProgress?: (progress: BatchProgress) => void;
}

export { BatchOptionError };

const CHECKPOINT_MS = 1000;
/** Input bytes the reorder window may hold at once (it always admits one input, however large). */
const WINDOW_BYTES = 64 << 20;

interface Opened {
  index: number;
  source: string;
  bytes: number;
  item: IngestItem;
}

interface Outcome {
  index: number;
  source: string;
  bytes: number;
  records: DocumentRecords;
  timings: Timings;
}

interface Executor {
  /** How many inputs may be in flight or waiting for their turn to be written (the reorder window). */
  capacity: number;
  run(input: RawInput): Promise<{ records: DocumentRecords; timings: Timings }>;
  close(): Promise<void>;
}

async function inProcessExecutor(): Promise<Executor> {
  // Imported here, so a run on the pool does not load the core (and its libraries) in this thread.
  const { runPipeline } = await import('../core/pipeline.js');
  return {
    capacity: 2,
    run(input: RawInput) {
      const timings: Timings = {};
      let records: DocumentRecords;
      try {
        const result = runPipeline(input, timings);
        const started = performance.now();
        records = serializeDocument(result);
        timings.serialize = performance.now() - started;
      } catch (error) {
        // The same record a worker would send, so the output does not depend on --workers.
        records = errorRecords([{ source: input.source, stage: 'serialize', message: `internal error: ${(error as Error).message ?? error}`, docId: null }]);
      }
      return Promise.resolve({ records, timings });
    },
    close: () => Promise.resolve(),
  };
}

function workerScript(): URL {
  const script = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) throw new Error(`the worker pool runs the compiled code, and ${fileURLToPath(script)} does not exist: run \`npm run build\` first, or use --workers 1`);
  return script;
}

function poolExecutor(workers: number): Executor {
  const pool = new WorkerPool(workers, workerScript());
  return {
    // Wide enough that a long document at the head (a five-year plan among press releases) does
    // not leave the other workers idle; WINDOW_BYTES bounds the memory it can hold.
    capacity: Math.max(64, workers * 32),
    async run(input) {
      const reply = await pool.run(input);
      if ('failure' in reply) return { records: errorRecords([{ source: input.source, stage: reply.stage, message: reply.failure, docId: null }]), timings: reply.timings };
      return { records: reply.records, timings: reply.timings };
    },
    close: () => pool.close(),
  };
}

function addTimings(into: Timings, from: Timings): void {
  for (const [stage, ms] of Object.entries(from)) into[stage] = (into[stage] ?? 0) + ms;
}

async function resumeState(options: BatchOptions, header: ReturnType<typeof journalHeader>): Promise<JournalState | null> {
  let state: JournalState | null;
  try {
    state = await scanJournal(path.join(options.outDir, JOURNAL_FILE));
  } catch (error) {
    if (error instanceof JournalError) throw new BatchOptionError(`cannot resume: ${error.message}`);
    throw error;
  }
  if (!state) return null;
  const same = state.header.shard === header.shard && state.header.inputs.length === header.inputs.length && state.header.inputs.every((input, i) => input === header.inputs[i]);
  if (!same) {
    const was = `${state.header.inputs.join(' ')}${state.header.shard ? ` --shard ${state.header.shard}` : ''}`;
    throw new BatchOptionError(`cannot resume ${options.outDir}: it was started with other inputs or shard (${was}); run without --resume to start over`);
  }
  return state;
}

export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const shard = options.shard ?? null;
  const header = journalHeader(options.inputs, shard ? formatShard(shard) : null);
  const resume = options.resume ? await resumeState(options, header) : null;
  const before = resume ? readManifest(options.outDir) : null;
  const startedAt = before?.startedAt ?? new Date().toISOString();
  const timings: Timings = { ...(before?.timingsMs ?? {}) };
  const writer = new DatasetWriter(options.outDir, header, resume);
  // Files the directory walk leaves out: counted, so the manifest and the summary can say so.
  const skipped = { files: 0, byExtension: {} as Record<string, number>, examples: [] as string[] };
  const onSkip = (file: string) => {
    skipped.files++;
    const extension = path.extname(file).toLowerCase() || '(none)';
    skipped.byExtension[extension] = (skipped.byExtension[extension] ?? 0) + 1;
    if (skipped.examples.length < 10) skipped.examples.push(file);
  };
  const manifestFields = (completed: boolean) => ({
    tool: { name: 'numclaims' as const, version: TOOL_VERSION },
    completed,
    options: { inputs: options.inputs, out: options.outDir, workers, shard: shard ? formatShard(shard) : null, resume: Boolean(options.resume) },
    ...(skipped.files ? { skipped: { ...skipped, byExtension: { ...skipped.byExtension }, examples: [...skipped.examples] } } : {}),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, Math.round(ms * 100) / 100])),
    startedAt,
    finishedAt: new Date().toISOString(),
  });
  // Written first too, so a run killed before its end leaves a manifest that says so.
  writer.writeManifest(manifestFields(false));

  let aborted = options.signal?.aborted ?? false;
  let failure: unknown = null;
  let lastCheckpoint = performance.now();
  const checkpoint = () => {
    writer.checkpoint();
    writer.writeManifest(manifestFields(false));
    lastCheckpoint = performance.now();
  };
  const timer = setInterval(() => {
    try {
      checkpoint();
    } catch (error) {
      // A disk that fills up: stop the run and report it, rather than crash from a timer.
      failure ??= error;
      onAbort();
    }
  }, CHECKPOINT_MS);

  const wakers = new Set<() => void>();
  const onAbort = () => {
    aborted = true;
    for (const wake of [...wakers]) wake();
  };
  options.signal?.addEventListener('abort', onAbort);
  /** Resolves when the promise does or the run is aborted (then with undefined). */
  const unlessAborted = <T>(promise: Promise<T>): Promise<T | undefined> => {
    if (aborted) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const wake = () => resolve(undefined);
      wakers.add(wake);
      promise.then(
        (value) => (wakers.delete(wake), resolve(value)),
        (error: unknown) => (wakers.delete(wake), reject(error)),
      );
    });
  };

  let passedBytes = 0;
  const skipThrough = resume?.lastIndex ?? -1;
  async function* owned(): AsyncGenerator<{ index: number; entry: InputEntry }> {
    let index = -1;
    for await (const entry of enumerateInputs(options.inputs, { sizes: options.trackBytes, onSkip })) {
      index++;
      if (index === skipThrough && entry.source !== resume?.lastSource) {
        throw new BatchOptionError(`cannot resume ${options.outDir}: the inputs changed since the interrupted run (input #${index} was ${resume?.lastSource}, now ${entry.source}); run without --resume to start over`);
      }
      if (index <= skipThrough || !ownsKey(shard, entry.shardKey)) {
        passedBytes += entry.bytes;
        continue;
      }
      yield { index, entry };
    }
  }
  const opened = pMapIterable(owned(), async ({ index, entry }): Promise<Opened> => ({ index, source: entry.source, bytes: entry.bytes, item: await entry.open() }), {
    concurrency: options.readConcurrency ?? 8,
  })[Symbol.asyncIterator]();

  // A batch smaller than two inputs per worker is not worth starting threads for.
  const head: Opened[] = [];
  let exhausted = false;
  let executor: Executor | null = null;

  const window: Promise<Outcome>[] = [];
  const windowSizes: number[] = [];
  let windowBytes = 0;
  let producing = true;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const sizeOf = (item: IngestItem) => (item.kind === 'input' ? item.input.bytes.byteLength : 0);
  const dispatch = ({ index, source, bytes, item }: Opened) => {
    windowSizes.push(sizeOf(item));
    windowBytes += sizeOf(item);
    const outcome: Promise<Outcome> =
      item.kind === 'error'
        ? Promise.resolve({ index, source, bytes, records: errorRecords([{ source: item.source, stage: 'ingest', message: item.message, docId: null }]), timings: {} })
        : executor!.run(item.input).then((result) => ({ index, source, bytes, ...result }));
    // Only a pool whose workers cannot start rejects; the consumer reports the first, not every one.
    outcome.catch(() => {});
    window.push(outcome);
    const wake = wakeConsumer;
    wakeConsumer = null;
    wake?.();
  };

  const produce = async () => {
    try {
      for (const item of head) dispatch(item);
      while (!exhausted && !aborted) {
        const next = await unlessAborted(opened.next());
        if (!next || next.done) break;
        const size = sizeOf(next.value.item);
        while (window.length > 0 && (window.length >= executor!.capacity || windowBytes + size > WINDOW_BYTES) && !aborted) {
          await unlessAborted(new Promise<void>((resolve) => (wakeProducer = resolve)));
        }
        if (aborted) break;
        dispatch(next.value);
      }
    } finally {
      producing = false;
      const wake = wakeConsumer;
      wakeConsumer = null;
      wake?.();
    }
  };

  let processed = 0;
  const consume = async () => {
    for (;;) {
      if (aborted) return;
      if (!window.length) {
        if (!producing) return;
        await unlessAborted(new Promise<void>((resolve) => (wakeConsumer = resolve)));
        continue;
      }
      const outcome = await unlessAborted(window[0]!);
      if (!outcome || aborted) return;
      window.shift();
      windowBytes -= windowSizes.shift()!;
      const wake = wakeProducer;
      wakeProducer = null;
      wake?.();
      addTimings(timings, outcome.timings);
      const writeStarted = performance.now();
      writer.write(outcome.index, outcome.source, outcome.records);
      timings.write = (timings.write ?? 0) + (performance.now() - writeStarted);
      processed++;
      passedBytes += outcome.bytes;
      if (performance.now() - lastCheckpoint >= CHECKPOINT_MS) checkpoint();
      options.onProgress?.({ counts: writer.counts, processed, passedBytes });
    }
  };

  try {
    while (workers > 1 && head.length < workers * 2 && !aborted) {
      const next = await unlessAborted(opened.next());
      if (!next || next.done) {
        exhausted = Boolean(next?.done);
        break;
      }
      head.push(next.value);
    }
    executor = workers > 1 && !exhausted && !aborted ? poolExecutor(workers) : await inProcessExecutor();
    await Promise.all([produce(), consume()]);
  } catch (error) {
    failure ??= error;
  } finally {
    clearInterval(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (failure) {
    onAbort(); // stops the producer, which may still be reading
    await executor?.close();
    try {
      // Keep what was written, so --resume can continue after whatever went wrong is fixed.
      writer.close(manifestFields(false));
    } catch {
      // The failure was the disk itself; the last checkpoint stands.
    }
    throw failure;
  }
  await executor!.close();
  return writer.close(manifestFields(!aborted));
}
