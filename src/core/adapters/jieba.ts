// The nodejieba adapter: loads the dictionary once per process (or worker) on first use and
// returns words with parts of speech and their offsets in the string it was given.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Token } from '../document.js';

interface Jieba {
  DEFAULT_DICT: string;
  load: (options?: Record<string, string>) => void;
  tag: (text: string) => { word: string; tag: string }[];
}

let jieba: Jieba | null = null;
let builds: 1 | 2 | null = null;

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
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as Jieba;
    builds = 1;
    if (!loadBuildingOnce(loaded) || !tagsLikeTheFullDictionary(loaded)) {
      loaded.load(existsSync(IDF_STUB) ? { idfDict: IDF_STUB } : undefined);
      builds = 2;
    }
    jieba = loaded;
  }
  return jieba;
}

/** Words and tags of `text`, with offsets shifted by `base`; words are located, never assumed. */
export function tagWords(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of instance().tag(text)) {
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, start: base + at, end: base + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Loads the dictionary now (about 1-2 s) instead of on the first document. */
export function warmUp(): void {
  instance();
}

/** How many times the last load built the full dictionary (1, or 2 where the single build was not possible); null before loading. */
export function dictionaryBuilds(): 1 | 2 | null {
  return builds;
}
