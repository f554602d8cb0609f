// A pool of worker threads for the CPU work (decode, parse, segment, extract, validate,
// serialize). A worker is given one input at a time, so no input waits behind a long one
// while another worker is free (a message costs far less than a document); a pool of one is
// given the next input too, as there is no other worker, so it never waits for the round trip.
// A worker that dies (a native crash, out of memory) costs only the input it was running,
// which comes back as a failure; its queued inputs go to a fresh worker. With a time limit, an
// input still running a grace period after it (a stage that does not return) is answered with a
// failure naming the stage it was in (read from the worker's stage board), and its worker is
// terminated and replaced.
import { Worker } from 'node:worker_threads';
import type { DictionaryLoadHandle } from '../../core/adapters/jieba.js';
import type { RawInput } from '../../core/document.js';
import type { Timings } from '../../core/pipeline.js';
import { createStageBoard, readStage, type StageBoard } from './stage-board.js';
import type { WorkerReply, WorkerTask } from './worker.js';

/** How long past the time limit a worker may take to stop between stages by itself. */
const GRACE_MS = 2000;

interface Task {
  seq: number;
  input: RawInput;
  timer?: NodeJS.Timeout;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Kept from the start: a worker that has exited reports -1. */
  threadId: number;
  running: Task[];
  dead: boolean;
  /** Whether it loaded the core and said it is ready. */
  ready: boolean;
  /** The stage the worker is running, written by the worker. */
  board: StageBoard;
}

// Workers that die before answering anything cannot start at all (missing build, broken import).
const MAX_FAILED_STARTS = 3;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextSeq = 0;
  private closing = false;
  private failedStarts = 0;
  private fatal: Error | null = null;

  constructor(
    readonly size: number,
    private readonly script: URL,
    /** Per-document time limit in ms; none when undefined. */
    private readonly timeLimitMs?: number,
    /** The run's first inputs look Chinese: each worker starts the dictionary load before it imports the core. */
    private readonly preloadDictionary = false,
    /** A load the caller started already: the first worker tags on it instead of starting its own. */
    private dictionaryLoad: DictionaryLoadHandle | null = null,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const board = createStageBoard();
    // The handed-over load goes to one worker only (one thread asks it); a worker started later loads its own.
    const dictionaryLoad = this.dictionaryLoad;
    this.dictionaryLoad = null;
    const worker = new Worker(this.script, {
      workerData: { stageBoard: board, preloadDictionary: this.preloadDictionary, dictionaryLoad },
      transferList: dictionaryLoad ? [dictionaryLoad.port] : [],
    });
    const slot: Slot = { worker, threadId: worker.threadId, running: [], dead: false, ready: false, board };
    slot.worker.on('message', (reply: WorkerReply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        this.failedStarts = 0;
        if (slot.running[0]) this.startClock(slot, slot.running[0]);
        return;
      }
      const task = slot.running.shift();
      if (task?.timer) clearTimeout(task.timer);
      task?.resolve(reply);
      if (slot.running[0]) this.startClock(slot, slot.running[0]);
      this.pump();
    });
    slot.worker.on('error', (error) => this.lose(slot, error.message));
    slot.worker.on('exit', (code) => this.lose(slot, `exited with code ${code}`));
    this.slots.push(slot);
  }

  private lose(slot: Slot, reason: string): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (!slot.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
      this.fatal = new Error(`worker threads cannot start: ${reason}`);
      for (const task of [...slot.running, ...this.queue.splice(0)]) task.reject(this.fatal);
      return;
    }
    if (!slot.ready) {
      // It died starting up, not on an input: run its inputs again on a fresh worker.
      this.queue.unshift(...slot.running);
      this.spawn();
      this.pump();
      return;
    }
    const [crashed, ...queued] = slot.running;
    if (crashed?.timer) clearTimeout(crashed.timer);
    this.queue.unshift(...queued);
    crashed?.resolve({ seq: crashed.seq, thread: slot.threadId, failure: `the worker running this input stopped: ${reason}`, stage: 'worker', timings: {} as Timings });
    this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.running.length < (this.size === 1 ? 2 : 1) && this.queue.length) {
        const task = this.queue.shift()!;
        slot.running.push(task);
        const message: WorkerTask = { seq: task.seq, input: task.input, timeLimitMs: this.timeLimitMs };
        if (slot.ready && slot.running[0] === task) this.startClock(slot, task);
        // Copied, not transferred: a task queued on a worker that dies is sent again.
        slot.worker.postMessage(message);
      }
    }
  }

  /** A document's time runs from when its worker starts it: loading the core, or waiting behind another input, is not the document's. */
  private startClock(slot: Slot, task: Task): void {
    if (this.timeLimitMs !== undefined && !task.timer) task.timer = setTimeout(() => this.overTime(slot, task), this.timeLimitMs + GRACE_MS);
  }

  /** A stage that did not return: answer the input, stop its worker and start another. */
  private overTime(slot: Slot, task: Task): void {
    if (slot.dead || this.closing || !slot.running.includes(task)) return;
    slot.dead = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.running.splice(slot.running.indexOf(task), 1);
    this.queue.unshift(...slot.running);
    void slot.worker.terminate();
    const stage = readStage(slot.board) ?? 'worker';
    const failure = `over the time limit of ${this.timeLimitMs! / 1000} s per document (--time-limit) in ${stage}, which did not return; its worker was stopped and replaced`;
    task.resolve({ seq: task.seq, thread: slot.threadId, failure, stage, timings: {} as Timings });
    this.spawn();
    this.pump();
  }

  /** Runs one input on the next free worker. Failures on an input come back as replies; rejects only when no worker can start. */
  run(input: RawInput): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      if (this.fatal) return reject(this.fatal);
      this.queue.push({ seq: this.nextSeq++, input, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const slot of this.slots) for (const task of slot.running) if (task.timer) clearTimeout(task.timer);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
