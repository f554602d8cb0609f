// A pool worker: imports the core once (so the segmenter's dictionary loads once per worker),
// then runs the pipeline on each input it is sent and answers with the finished record lines
// and the time each stage took. Inputs are answered in the order they arrive. When the run's
// first inputs look Chinese, the dictionary starts loading on its own thread before the core is
// imported, so the import and the first page's parsing overlap the load (a cold single page);
// the CLI may have started that load already and handed it to the first worker. Each answer says when this worker got its first input and when its dictionary load started
// and ended, so a run's manifest shows whether the load overlapped that input.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { adoptDictionaryLoad, dictionaryLoadTimes, loadInBackground, type DictionaryLoadHandle, type DictionaryLoadTimes } from '../../core/adapters/jieba.js';
import type { RawInput } from '../../core/document.js';
import type { Timings } from '../../core/pipeline.js';
import { writeStage, type StageBoard } from './stage-board.js';
import type { DocumentRecords } from './write-dataset.js';

const data = workerData as { stageBoard?: StageBoard; preloadDictionary?: boolean; dictionaryLoad?: DictionaryLoadHandle } | null;
if (data?.dictionaryLoad) adoptDictionaryLoad(data.dictionaryLoad);
else if (data?.preloadDictionary) loadInBackground();
const { runPipeline } = await import('../../core/pipeline.js');
const { serializeDocument } = await import('./write-dataset.js');

export interface WorkerTask {
  seq: number;
  input: RawInput;
  /** Per-document time limit, checked between stages; the pool stops a worker that runs on past it. */
  timeLimitMs?: number;
}

/** When a thread got its first input and loaded its dictionary, in ms since the epoch. */
export interface ThreadStartup {
  firstInputAt: number;
  dictionary: DictionaryLoadTimes | null;
}

/** `thread` is the worker's thread id, so a run can show which threads did its work. */
export type WorkerReply = { seq: number; thread: number; startup?: ThreadStartup } & ({ records: DocumentRecords; timings: Timings } | { failure: string; stage: string; timings: Timings });

if (!parentPort) throw new Error('worker.js runs inside the worker pool only');
const port = parentPort;
const board = data?.stageBoard;
const onStage = board ? (name: string) => writeStage(board, name) : undefined;

let firstInputAt: number | null = null;

port.on('message', (task: WorkerTask) => {
  firstInputAt ??= performance.timeOrigin + performance.now();
  const timings: Timings = {};
  let reply: WorkerReply;
  try {
    const result = runPipeline(task.input, timings, { timeLimitMs: task.timeLimitMs, onStage });
    onStage?.('serialize');
    const started = performance.now();
    const records = serializeDocument(result);
    timings.serialize = performance.now() - started;
    reply = { seq: task.seq, thread: threadId, records, timings };
  } catch (error) {
    reply = { seq: task.seq, thread: threadId, failure: `internal error: ${(error as Error).message ?? error}`, stage: 'serialize', timings };
  }
  reply.startup = { firstInputAt, dictionary: dictionaryLoadTimes() };
  port.postMessage(reply);
});
// The core is imported: tell the pool this worker started (a crash after this is an input's fault).
port.postMessage('ready');
