// Where the core runs for a batch: in this thread (one worker, or a batch too small to be worth
// threads) or on the worker-thread pool. Both answer one input with its serialised records and
// stage timings, and both turn an internal failure into the same error record.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { DictionaryLoadHandle } from '../../core/adapters/jieba.js';
import type { RawInput } from '../../core/document.js';
import type { Timings } from '../../core/pipeline.js';
import { WorkerPool } from './worker-pool.js';
import type { ThreadStartup } from './worker.js';
import { errorRecords, serializeDocument, type DocumentRecords } from './write-dataset.js';

export interface Executor {
  /** How many inputs may be in flight or waiting for their turn to be written (the reorder window). */
  capacity: number;
  /** The records of one input, the time each stage took, the id of the thread that ran it (0: this one), and that thread's start-up so far. */
  run(input: RawInput): Promise<{ records: DocumentRecords; timings: Timings; thread: number; startup?: ThreadStartup }>;
  close(): Promise<void>;
}

/**
 * In this thread a stage cannot be interrupted: the limit is checked between stages only. A
 * batch runs here only when there is no compiled worker module (running from source). The core
 * is imported when the first input arrives, after a Chinese-looking one has started the
 * segmenter's dictionary loading on its own thread, so that the import, the decoding and the
 * parsing overlap the load; an English input never loads it.
 */
export async function inProcessExecutor(timeLimitMs?: number, dictionaryLoad: DictionaryLoadHandle | null = null): Promise<Executor> {
  // Imported here, so a run on the pool does not load the core (and its libraries) in this thread.
  const importCore = async (first: RawInput) => {
    const jieba = await import('../../core/adapters/jieba.js');
    if (dictionaryLoad) jieba.adoptDictionaryLoad(dictionaryLoad);
    else jieba.loadInBackgroundFor(first.bytes);
    return { ...(await import('../../core/pipeline.js')), dictionaryLoadTimes: jieba.dictionaryLoadTimes };
  };
  let firstInputAt: number | null = null;
  // One promise, made by the first call: inputs waiting for it run in the order they came.
  let core: ReturnType<typeof importCore> | null = null;
  return {
    capacity: 2,
    async run(input: RawInput) {
      core ??= importCore(input);
      const { runPipeline, dictionaryLoadTimes } = await core;
      firstInputAt ??= performance.timeOrigin + performance.now();
      const timings: Timings = {};
      let records: DocumentRecords;
      try {
        const result = runPipeline(input, timings, { timeLimitMs });
        const started = performance.now();
        records = serializeDocument(result);
        timings.serialize = performance.now() - started;
      } catch (error) {
        // The same record a worker would send, so the output does not depend on --workers.
        records = errorRecords([{ source: input.source, stage: 'serialize', message: `internal error: ${(error as Error).message ?? error}`, docId: null }]);
      }
      return { records, timings, thread: threadId, startup: { firstInputAt, dictionary: dictionaryLoadTimes() } };
    },
    close: () => Promise.resolve(),
  };
}

/** The compiled worker module, or null when this code runs from source (tests, tsx), where there is none. */
export function builtWorkerScript(): URL | null {
  const script = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : null;
}

function workerScript(): URL {
  const script = builtWorkerScript();
  if (!script) throw new Error(`the worker pool runs the compiled code, and ${fileURLToPath(new URL('./worker.js', import.meta.url))} does not exist: run \`npm run build\` first, or use --workers 1`);
  return script;
}

/** `script` replaces the pool's worker module; tests use it to make a worker crash. */
export function poolExecutor(workers: number, script: URL = workerScript(), timeLimitMs?: number, preloadDictionary = false, dictionaryLoad: DictionaryLoadHandle | null = null): Executor {
  const pool = new WorkerPool(workers, script, timeLimitMs, preloadDictionary, dictionaryLoad);
  return {
    // Wide enough that a long document at the head (a five-year plan among press releases) does
    // not leave the other workers idle; WINDOW_BYTES bounds the memory it can hold.
    capacity: Math.max(64, workers * 32),
    async run(input) {
      const reply = await pool.run(input);
      if ('failure' in reply) return { records: errorRecords([{ source: input.source, stage: reply.stage, message: reply.failure, docId: null }]), timings: reply.timings, thread: reply.thread, startup: reply.startup };
      return { records: reply.records, timings: reply.timings, thread: reply.thread, startup: reply.startup };
    },
    close: () => pool.close(),
  };
}
