// The batch job: inputs on disk → a dataset folder. Entries are enumerated in a fixed order,
// filtered by shard and by what a resumed run already did, read ahead with p-map (I/O
// concurrency), run through the synchronous core on a pool of worker threads (one thread for
// one worker or a tiny batch; this thread only when running from source), and written strictly in input order through a
// bounded reorder window, so memory stays flat and the output is the same for any number of
// workers. Checkpoints every second make the written prefix durable and resumable.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pMapIterable } from 'p-map';
import type { Timings } from '../../core/pipeline.js';
import type { Manifest } from '../../core/schema.js';
import { enumerateInputs, type IngestItem, type InputEntry } from '../inputs/ingest.js';
import { BatchOptionError } from './batch-option-error.js';
import { JOURNAL_FILE, JournalError, journalHeader, scanJournal, type JournalState } from './journal.js';
import { formatShard, ownsKey, type Shard } from './shard.js';
import { withOutputLock } from './lock.js';
import { DEFAULT_MAX_BYTES, overBudget } from '../inputs/read-bytes.js';
import { TOOL_VERSION } from './version.js';
import { builtWorkerScript, inProcessExecutor, poolExecutor, type Executor } from './executors.js';
import type { ThreadStartup } from './worker.js';
import { mayHoldChinese, type DictionaryLoadHandle } from '../../core/adapters/jieba.js';
import { DatasetWriter, errorRecords, readManifest, type DatasetCounts, type DocumentRecords } from './write-dataset.js';

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
  /** Worker threads; default: the number of cores. */
  workers?: number;
  /** Continue the run recorded in outDir's journal instead of starting over. */
  resume?: boolean;
  shard?: Shard | null;
  readConcurrency?: number;
  /** Aborting stops the run after the last input in order, checkpoints it, and returns a manifest with completed: false. */
  signal?: AbortSignal;
  /** Stat every file so progress can be measured in bytes. */
  trackBytes?: boolean;
  /** Bytes one input may have (--max-bytes); larger ones become error records. Default 20 MB. */
  maxBytes?: number;
  /** Milliseconds one document may take (--time-limit); default 30 s. Over it, it becomes an error record. */
  timeLimitMs?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** The pool's worker module, in place of the built one; tests use it to make a worker crash. */
  workerScript?: URL;
  /**
   * A dictionary load the caller started on seeing a Chinese first input (startDictionaryLoad),
   * before it imported this module: the first worker (or this thread, running in process) tags on it.
   */
  dictionaryLoad?: DictionaryLoadHandle | null;
}

export { BatchOptionError };

const CHECKPOINT_MS = 1000;
export const DEFAULT_TIME_LIMIT_MS = 30_000;
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
  /** The thread that ran the core on it; null for an input that never reached the core. */
  thread: number | null;
  startup?: ThreadStartup;
}

type ThreadEntry = NonNullable<Manifest['threads']>[number];

/** A thread's entry in the manifest: its inputs, and its start-up in ms since the run started. */
function threadEntry(threadId: number, inputs: number, startup: ThreadStartup | undefined, runStartedAt: number): ThreadEntry {
  const since = (at: number) => Math.round(at - runStartedAt);
  const entry: ThreadEntry = { threadId, inputs };
  if (startup) entry.firstInputMs = since(startup.firstInputAt);
  if (startup?.dictionary) entry.dictionaryMs = { started: since(startup.dictionary.startedAt), loaded: startup.dictionary.loadedAt === null ? null : since(startup.dictionary.loadedAt) };
  return entry;
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

/** Phase 1: what this run is: workers, shard, the journal header, and what a resumed run already did. */
async function planRun(options: BatchOptions) {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const shard = options.shard ?? null;
  const header = journalHeader(options.inputs, shard ? formatShard(shard) : null);
  const resume = options.resume ? await resumeState(options, header) : null;
  const before = resume ? readManifest(options.outDir) : null;
  return { workers, shard, header, resume, before, startedAt: before?.startedAt ?? new Date().toISOString() };
}
type RunPlan = Awaited<ReturnType<typeof planRun>>;

/** Files the directory walk leaves out: counted, so the manifest and the summary can say so. */
function skippedFiles() {
  const skipped = { files: 0, byExtension: {} as Record<string, number>, examples: [] as string[] };
  const onSkip = (file: string) => {
    skipped.files++;
    const extension = path.extname(file).toLowerCase() || '(none)';
    skipped.byExtension[extension] = (skipped.byExtension[extension] ?? 0) + 1;
    if (skipped.examples.length < 10) skipped.examples.push(file);
  };
  const snapshot = () => (skipped.files ? { skipped: { ...skipped, byExtension: { ...skipped.byExtension }, examples: [...skipped.examples] } } : {});
  return { onSkip, snapshot };
}

/** The run's stop switch: set by the caller's signal or by a failure; wakes every wait on it. */
function abortGate(signal: AbortSignal | undefined) {
  let aborted = signal?.aborted ?? false;
  const wakers = new Set<() => void>();
  const abort = () => {
    aborted = true;
    for (const wake of [...wakers]) wake();
  };
  signal?.addEventListener('abort', abort);
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
  return { aborted: () => aborted, abort, unlessAborted, detach: () => signal?.removeEventListener('abort', abort) };
}
type AbortGate = ReturnType<typeof abortGate>;

/**
 * Phase 2: the inputs this run owns, in order, opened ahead with p-map. Entries of other shards
 * and the prefix a resumed run already wrote are passed over (their bytes still count as passed).
 */
function openOwnedInputs(options: BatchOptions, plan: RunPlan, onSkip: (file: string) => void, passBytes: (bytes: number) => void): AsyncIterator<Opened> {
  const { resume, shard } = plan;
  const skipThrough = resume?.lastIndex ?? -1;
  async function* owned(): AsyncGenerator<{ index: number; entry: InputEntry }> {
    let index = -1;
    for await (const entry of enumerateInputs(options.inputs, { sizes: options.trackBytes, onSkip, maxBytes: options.maxBytes })) {
      index++;
      if (index === skipThrough && entry.source !== resume?.lastSource) {
        throw new BatchOptionError(`cannot resume ${options.outDir}: the inputs changed since the interrupted run (input #${index} was ${resume?.lastSource}, now ${entry.source}); run without --resume to start over`);
      }
      if (index <= skipThrough || !ownsKey(shard, entry.shardKey)) {
        passBytes(entry.bytes);
        continue;
      }
      yield { index, entry };
    }
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const withinBudget = (item: IngestItem): IngestItem =>
    item.kind === 'input' && item.input.bytes.byteLength > maxBytes ? { kind: 'error', source: item.input.source, message: overBudget(item.input.bytes.byteLength, maxBytes) } : item;
  return pMapIterable(owned(), async ({ index, entry }): Promise<Opened> => ({ index, source: entry.source, bytes: entry.bytes, item: withinBudget(await entry.open()) }), {
    concurrency: options.readConcurrency ?? 8,
  })[Symbol.asyncIterator]();
}

/**
 * Phase 3: run the opened inputs on the executor and hand each outcome to `write` strictly in
 * input order. A producer fills a reorder window (bounded in count by the executor's capacity
 * and in bytes by WINDOW_BYTES); a consumer awaits its head. Both stop when the gate closes.
 */
async function runInOrder(opened: AsyncIterator<Opened>, head: Opened[], exhausted: boolean, executor: Executor, gate: AbortGate, write: (outcome: Outcome) => void): Promise<void> {
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
        ? Promise.resolve({ index, source, bytes, records: errorRecords([{ source: item.source, stage: 'ingest', message: item.message, docId: null }]), timings: {}, thread: null })
        : executor.run(item.input).then((result) => ({ index, source, bytes, ...result }));
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
      while (!exhausted && !gate.aborted()) {
        const next = await gate.unlessAborted(opened.next());
        if (!next || next.done) break;
        const size = sizeOf(next.value.item);
        while (window.length > 0 && (window.length >= executor.capacity || windowBytes + size > WINDOW_BYTES) && !gate.aborted()) {
          await gate.unlessAborted(new Promise<void>((resolve) => (wakeProducer = resolve)));
        }
        if (gate.aborted()) break;
        dispatch(next.value);
      }
    } finally {
      producing = false;
      const wake = wakeConsumer;
      wakeConsumer = null;
      wake?.();
    }
  };

  const consume = async () => {
    for (;;) {
      if (gate.aborted()) return;
      if (!window.length) {
        if (!producing) return;
        await gate.unlessAborted(new Promise<void>((resolve) => (wakeConsumer = resolve)));
        continue;
      }
      const outcome = await gate.unlessAborted(window[0]!);
      if (!outcome || gate.aborted()) return;
      window.shift();
      windowBytes -= windowSizes.shift()!;
      const wake = wakeProducer;
      wakeProducer = null;
      wake?.();
      write(outcome);
    }
  };
  await Promise.all([produce(), consume()]);
}

/**
 * The batch job, in its phases: plan the run (and what a resumed run already did), open the
 * owned inputs, choose where the core runs, run them in input order while writing and
 * checkpointing, then close the dataset with its manifest.
 */
export async function runBatch(options: BatchOptions): Promise<Manifest> {
  return withOutputLock(options.outDir, () => runLocked(options));
}

async function runLocked(options: BatchOptions): Promise<Manifest> {
  const runStartedAt = performance.timeOrigin + performance.now();
  const plan = await planRun(options);
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const { workers, shard, header, resume, before, startedAt } = plan;
  const timings: Timings = { ...(before?.timingsMs ?? {}) };
  const writer = new DatasetWriter(options.outDir, header, resume);
  const skipped = skippedFiles();
  /** Inputs run per thread id by this process, and the thread's latest start-up, so a run shows which threads did its work and how each started. */
  const threads = new Map<number, { inputs: number; startup?: ThreadStartup }>();
  const manifestFields = (completed: boolean) => ({
    tool: { name: 'numclaims' as const, version: TOOL_VERSION },
    completed,
    options: { inputs: options.inputs, out: options.outDir, workers, shard: shard ? formatShard(shard) : null, resume: Boolean(options.resume), maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, timeLimitMs },
    ...skipped.snapshot(),
    threads: [...threads].sort(([a], [b]) => a - b).map(([threadId, { inputs, startup }]) => threadEntry(threadId, inputs, startup, runStartedAt)),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, Math.round(ms * 100) / 100])),
    startedAt,
    finishedAt: new Date().toISOString(),
  });
  // Written first too, so a run killed before its end leaves a manifest that says so.
  writer.writeManifest(manifestFields(false));

  const gate = abortGate(options.signal);
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
      gate.abort();
    }
  }, CHECKPOINT_MS);

  let passedBytes = 0;
  let processed = 0;
  const opened = openOwnedInputs(options, plan, skipped.onSkip, (bytes) => (passedBytes += bytes));
  const write = (outcome: Outcome) => {
    addTimings(timings, outcome.timings);
    if (outcome.thread !== null) threads.set(outcome.thread, { inputs: (threads.get(outcome.thread)?.inputs ?? 0) + 1, startup: outcome.startup ?? threads.get(outcome.thread)?.startup });
    const writeStarted = performance.now();
    writer.write(outcome.index, outcome.source, outcome.records);
    timings.write = (timings.write ?? 0) + (performance.now() - writeStarted);
    processed++;
    passedBytes += outcome.bytes;
    if (performance.now() - lastCheckpoint >= CHECKPOINT_MS) checkpoint();
    options.onProgress?.({ counts: writer.counts, processed, passedBytes });
  };

  let executor: Executor | null = null;
  try {
    // A batch smaller than two inputs per worker is not worth starting more than one thread for.
    const head: Opened[] = [];
    let exhausted = false;
    // One input is read even for one worker: whether it looks Chinese decides if the pool's
    // workers start loading the dictionary before they import the core (a cold single page).
    while (head.length < (workers > 1 ? workers * 2 : 1) && !gate.aborted()) {
      const next = await gate.unlessAborted(opened.next());
      if (!next || next.done) {
        exhausted = Boolean(next?.done);
        break;
      }
      head.push(next.value);
    }
    // Even one worker is a thread of the pool, so a stage that never returns can be stopped
    // there at the time limit and the batch goes on; this thread stays free to write.
    const script = options.workerScript ?? builtWorkerScript();
    const poolSize = exhausted ? 1 : workers;
    const preload = head.some(({ item }) => item.kind === 'input' && mayHoldChinese(item.input.bytes));
    const dictionaryLoad = options.dictionaryLoad ?? null;
    executor = script && !gate.aborted() ? poolExecutor(poolSize, script, timeLimitMs, preload, dictionaryLoad) : await inProcessExecutor(timeLimitMs, dictionaryLoad);
    await runInOrder(opened, head, exhausted, executor, gate, write);
  } catch (error) {
    failure ??= error;
  } finally {
    clearInterval(timer);
    gate.detach();
  }
  if (failure) {
    gate.abort(); // stops the producer, which may still be reading
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
  return writer.close(manifestFields(!gate.aborted()));
}
