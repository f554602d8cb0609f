// The nodejieba adapter: loads the dictionary once per process (or worker) on first use, or on
// a thread of its own from loadInBackground, and returns words with parts of speech and their
// offsets in the string it was given.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Token } from '../document.js';

interface Jieba {
  DEFAULT_DICT: string;
  load: (options?: Record<string, string>) => void;
  tag: (text: string) => { word: string; tag: string }[];
}

let jieba: Jieba | null = null;
let builds: 1 | 2 | null = null;

/** When this thread's dictionary load started and ended, in ms since the epoch (comparable across threads). */
export interface DictionaryLoadTimes {
  startedAt: number;
  /** null while it is still loading. */
  loadedAt: number | null;
}

let loadTimes: DictionaryLoadTimes | null = null;
const now = () => performance.timeOrigin + performance.now();

/**
 * nodejieba's load() also builds a keyword extractor from a 6 MB IDF table that tagging never
 * reads; a one-line table in its place saves about 0.3 s and 20 MB per worker and leaves the
 * words and tags unchanged (the dictionary, HMM model and user dictionary stay the defaults).
 */
const IDF_STUB = fileURLToPath(new URL('../../../data/jieba/idf-stub.utf8', import.meta.url));
/** A dictionary of one word: what the TextRank extractor gets instead of the real one. */
const ONE_WORD_DICT = fileURLToPath(new URL('../../../data/jieba/one-word.dict.utf8', import.meta.url));

/**
 * nodejieba's load() builds the 350,000-word dictionary twice: once for the segmenter and tagger,
 * then again for a TextRank extractor it always constructs from the same path and this project
 * never calls. The build is nearly all of load()'s time, and its API gives no way to pass the
 * extractor a different dictionary. Here the dictionary path is a symbolic link and the IDF path
 * a named pipe: the tagger reads the IDF table only after its dictionary is built, so the helper
 * thread that writes the pipe first points the link at a one-word dictionary, and the extractor,
 * built next, reads that. Words and tags are the same (checked after loading, with a plain
 * load() as the fallback); the load takes half the time and memory.
 */
const PIPED_LOADER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const started = new Int32Array(workerData.started);
Atomics.store(started, 0, 1);
Atomics.notify(started, 0);
const fd = fs.openSync(workerData.idfPipe, 'w');
try {
  fs.symlinkSync(workerData.oneWordDict, workerData.dictLink + '.next');
  fs.renameSync(workerData.dictLink + '.next', workerData.dictLink);
} finally {
  fs.writeSync(fd, fs.readFileSync(workerData.idfStub));
  fs.closeSync(fd);
}
`;

// A word the one-word dictionary lacks and the full one has as a single place name.
const PROBE = '中华人民共和国';

function tagsLikeTheFullDictionary(loaded: Jieba): boolean {
  const words = loaded.tag(PROBE);
  return words.length === 1 && words[0]!.word === PROBE && words[0]!.tag === 'ns';
}

/** load() with the dictionary built once; false when this platform or moment does not allow it. */
function loadBuildingOnce(loaded: Jieba): boolean {
  if (process.platform === 'win32' || !existsSync(ONE_WORD_DICT) || !existsSync(IDF_STUB)) return false;
  let dir: string | null = null;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'numclaims-jieba-'));
    const dictLink = path.join(dir, 'dict');
    const idfPipe = path.join(dir, 'idf');
    symlinkSync(loaded.DEFAULT_DICT, dictLink);
    execFileSync('mkfifo', [idfPipe], { stdio: 'ignore' });
    const started = new SharedArrayBuffer(4);
    const helper = new Worker(PIPED_LOADER, { eval: true, workerData: { started, idfPipe, dictLink, oneWordDict: ONE_WORD_DICT, idfStub: IDF_STUB } });
    helper.unref();
    // load() blocks this thread until the helper opens the pipe: call it only once the helper runs.
    if (Atomics.wait(new Int32Array(started), 0, 0, 10_000) === 'timed-out') {
      void helper.terminate();
      return false;
    }
    loaded.load({ dict: dictLink, idfDict: idfPipe });
    return true;
  } catch {
    return false;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function instance(): Jieba {
  if (!jieba) {
    // A load that falls back here from a segmenter thread keeps the time that one started.
    loadTimes ??= { startedAt: now(), loadedAt: null };
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as Jieba;
    builds = 1;
    if (!loadBuildingOnce(loaded) || !tagsLikeTheFullDictionary(loaded)) {
      loaded.load(existsSync(IDF_STUB) ? { idfDict: IDF_STUB } : undefined);
      builds = 2;
    }
    jieba = loaded;
    loadTimes.loadedAt = now();
  }
  return jieba;
}

/** Word, tag, word, tag… of `text` from this thread's own segmenter (loaded on first use). */
export function tagPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const { word, tag } of instance().tag(text)) pairs.push(word, tag);
  return pairs;
}

/**
 * The slots of the control array shared with the segmenter's thread (jieba-thread.ts): requests
 * asked and answered so far, the load's state (0 loading, 1 or 2 loaded with that many builds,
 * -1 failed) and whether the thread's script has started. After them, at LOADED_AT_BYTE, a
 * float64: when the thread finished loading (ms since the epoch), written before the state.
 */
const SLOT = { asked: 0, answered: 1, state: 2, started: 3 } as const;
const LOADED_AT_BYTE = 16;
const THREAD_SCRIPT = new URL('./jieba-thread.js', import.meta.url);
/** A thread that has not even started its script by then is taken as unable to start. */
const THREAD_START_LIMIT_MS = 60_000;

interface SegmenterThread {
  /** null for a thread started by another one and handed over (adoptDictionaryLoad). */
  worker: Worker | null;
  port: MessagePort;
  slots: Int32Array;
  loadedAt: Float64Array;
  asked: number;
}

/**
 * A dictionary load started on a thread of its own, not yet tied to the thread that will tag:
 * what one thread (the CLI's main thread, as soon as it has seen a Chinese input) hands to
 * another (the pool worker that will run it) in workerData, with `port` in the transfer list.
 */
export interface DictionaryLoadHandle {
  control: SharedArrayBuffer;
  port: MessagePort;
  /** ms since the epoch. */
  startedAt: number;
}

let segmenterThread: SegmenterThread | null = null;

function startSegmenterThread(): { worker: Worker; handle: DictionaryLoadHandle } | null {
  if (!existsSync(fileURLToPath(THREAD_SCRIPT))) return null;
  const control = new SharedArrayBuffer(LOADED_AT_BYTE + 8);
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(THREAD_SCRIPT, { workerData: { control, port: port2 }, transferList: [port2] });
    // Neither keeps the process alive: the thread only ever waits for its asker's requests.
    worker.unref();
    port1.unref();
    return { worker, handle: { control, port: port1, startedAt: now() } };
  } catch {
    return null;
  }
}

/** Makes `handle`'s thread the one that answers this thread's tagging (unless this one has a segmenter already). */
function attach(handle: DictionaryLoadHandle, worker: Worker | null): void {
  const { control, port, startedAt } = handle;
  port.unref();
  segmenterThread = { worker, port, slots: new Int32Array(control, 0, LOADED_AT_BYTE / 4), loadedAt: new Float64Array(control, LOADED_AT_BYTE, 1), asked: 0 };
  loadTimes = { startedAt, loadedAt: null };
}

/**
 * Starts loading the dictionary on a thread of its own and returns at once, so that a process
 * that has just read a Chinese input imports the core and decodes and parses the input while
 * the dictionary is built (1-3 s, the largest part of a cold start). From then on this thread's
 * tagging is answered by that one, one round trip per sentence. Does nothing when this thread
 * has loaded its own segmenter already, or when the thread's script is not compiled (running
 * from the TypeScript sources): tagging then loads in this thread on first use, as before.
 */
export function loadInBackground(): void {
  if (jieba || segmenterThread) return;
  const started = startSegmenterThread();
  if (started) attach(started.handle, started.worker);
}

/**
 * Starts loading the dictionary on a thread of its own for another thread to use: the CLI calls
 * it on seeing a Chinese first input, before it imports the batch code, and the pool's first
 * worker adopts it; one thread only may adopt it. null when the thread cannot be started.
 */
export function startDictionaryLoad(): DictionaryLoadHandle | null {
  return startSegmenterThread()?.handle ?? null;
}

/** Tags on the thread of a load another thread started (startDictionaryLoad), unless this one has a segmenter already. */
export function adoptDictionaryLoad(handle: DictionaryLoadHandle): void {
  if (!jieba && !segmenterThread) attach(handle, null);
}

const continuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;
const doubleByte = (byte: number | undefined) => byte !== undefined && byte >= 0xa1 && byte <= 0xfe;

/**
 * Whether raw bytes may hold Chinese, judged from the first 64 KB without decoding: Han
 * characters in UTF-8 (E4–E9 then two continuation bytes), or two characters in a row from the
 * double-byte range GB2312, GBK and Big5 share (one alone could be an accented letter in UTF-8
 * or Windows-1252). A wrong guess costs only time: a dictionary loaded for nothing (and waited
 * for at exit, since a thread in the middle of a native call cannot be stopped), or loaded when
 * the first Chinese sentence is tagged.
 */
export function mayHoldChinese(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  let characters = 0;
  for (let i = 0; i < end && characters < 16; i++) {
    const lead = bytes[i]!;
    if (lead < 0xa1) continue;
    if (lead >= 0xe4 && lead <= 0xe9 && continuation(bytes[i + 1]) && continuation(bytes[i + 2])) {
      characters++;
      i += 2;
    } else if (doubleByte(lead) && doubleByte(bytes[i + 1]) && doubleByte(bytes[i + 2]) && doubleByte(bytes[i + 3])) {
      characters += 2;
      i += 3;
    }
  }
  return characters >= 16;
}

/** loadInBackground when `bytes`, an input not yet decoded, may hold Chinese; an English input never loads the dictionary. */
export function loadInBackgroundFor(bytes: Uint8Array): void {
  if (mayHoldChinese(bytes)) loadInBackground();
}

/** The segmenter thread's answers for `texts`, waiting here until they come; null when that thread cannot tag. */
function askSegmenterThread(thread: SegmenterThread, texts: string[]): string[][] | null {
  const { slots } = thread;
  thread.port.postMessage(texts);
  const asked = ++thread.asked;
  Atomics.store(slots, SLOT.asked, asked);
  Atomics.notify(slots, SLOT.asked);
  const since = performance.now();
  while (Atomics.load(slots, SLOT.answered) < asked) {
    Atomics.wait(slots, SLOT.answered, asked - 1, 1000);
    if (Atomics.load(slots, SLOT.started) === 0 && performance.now() - since > THREAD_START_LIMIT_MS) return null;
  }
  const answer = receiveMessageOnPort(thread.port)?.message as string[][] | { failure: string } | null | undefined;
  if (answer && !Array.isArray(answer)) throw new Error(answer.failure);
  return answer ?? null;
}

/**
 * Tagging on the segmenter's thread when there is one, all texts in one round trip (about
 * 40 µs, against about 30 µs to tag a sentence); a thread that cannot tag is stopped and this
 * one loads its own.
 */
function tagPairsAnywhere(texts: string[]): string[][] {
  const thread = segmenterThread;
  if (thread) {
    const answers = askSegmenterThread(thread, texts);
    if (answers) return answers;
    segmenterThread = null;
    void thread.worker?.terminate();
  }
  return texts.map(tagPairs);
}

function located(text: string, base: number, pairs: string[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const word = pairs[i]!;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag: pairs[i + 1]!, start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/**
 * Words and tags of each text, with offsets shifted by its `base`; words are located, never
 * assumed. All texts go in one call: one round trip to the segmenter's thread, not one per text.
 */
export function tagTexts(pieces: readonly { text: string; base: number }[]): Token[][] {
  if (pieces.length === 0) return [];
  const answers = tagPairsAnywhere(pieces.map((piece) => piece.text));
  return pieces.map((piece, i) => located(piece.text, piece.base, answers[i]!));
}

/** Loads the dictionary now (about 1-2 s) instead of on the first document; with a segmenter thread, waits for its load. */
export function warmUp(): void {
  if (segmenterThread) tagPairsAnywhere([]);
  else instance();
}

/**
 * How many times the last load built the full dictionary (1, or 2 where the single build was not
 * possible); null before loading. With a segmenter thread, that thread's load.
 */
export function dictionaryBuilds(): 1 | 2 | null {
  if (segmenterThread) {
    const state = Atomics.load(segmenterThread.slots, SLOT.state);
    return state === 1 || state === 2 ? state : null;
  }
  return builds;
}

/**
 * When this thread's dictionary started loading (here, or on its segmenter thread) and when it was
 * loaded; null when nothing has asked for it. A run's manifest reports it per worker, so a cold
 * start shows whether the load overlapped the reading and parsing of the first input.
 */
export function dictionaryLoadTimes(): DictionaryLoadTimes | null {
  if (!loadTimes) return null;
  if (loadTimes.loadedAt === null && segmenterThread && Atomics.load(segmenterThread.slots, SLOT.state) > 0) loadTimes.loadedAt = segmenterThread.loadedAt[0]!;
  return { ...loadTimes };
}

/** Whether tagging in this thread is answered by a segmenter thread (loadInBackground). */
export function tagsOnSegmenterThread(): boolean {
  return segmenterThread !== null;
}
