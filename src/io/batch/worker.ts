// A pool worker: imports the core once (so the segmenter's dictionary loads once per worker),
// then runs the pipeline on each input it is sent and answers with the finished record lines
// and the time each stage took. Inputs are answered in the order they arrive. When the run's
// first inputs look Chinese, the dictionary starts loading on its own thread before the core is
// imported, so the import and the first page's parsing overlap the load (a cold single page).
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { RawInput } from '../../core/document.js';
import type { Timings } from '../../core/pipeline.js';
import { writeStage, type StageBoard } from './stage-board.js';
import type { DocumentRecords } from './write-dataset.js';

const data = workerData as { stageBoard?: StageBoard; preloadDictionary?: boolean } | null;
if (data?.preloadDictionary) (await import('../../core/adapters/jieba.js')).loadInBackground();
const { runPipeline } = await import('../../core/pipeline.js');
const { serializeDocument } = await import('./write-dataset.js');

export interface WorkerTask {
  seq: number;
  input: RawInput;
  /** Per-document time limit, checked between stages; the pool stops a worker that runs on past it. */
  timeLimitMs?: number;
}

/** `thread` is the worker's thread id, so a run can show which threads did its work. */
export type WorkerReply = { seq: number; thread: number; records: DocumentRecords; timings: Timings } | { seq: number; thread: number; failure: string; stage: string; timings: Timings };

if (!parentPort) throw new Error('worker.js runs inside the worker pool only');
const port = parentPort;
const board = data?.stageBoard;
const onStage = board ? (name: string) => writeStage(board, name) : undefined;

port.on('message', (task: WorkerTask) => {
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
  port.postMessage(reply);
});
// The core is imported: tell the pool this worker started (a crash after this is an input's fault).
port.postMessage('ready');
