// The segmenter's own thread (started by loadInBackground in jieba.ts): loads nodejieba's
// dictionary at once, then answers tag requests from the thread that started it. Requests
// arrive on a MessagePort and are read with receiveMessageOnPort, because the asking thread
// waits for each answer in Atomics.wait and runs no event loop meanwhile. Everything that can
// fail here is caught and answered, so the asking thread never waits for a thread that died.
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';

const { control, port } = workerData as { control: SharedArrayBuffer; port: MessagePort };
// The slots of jieba.ts (SLOT and LOADED_AT_BYTE there), repeated: that module is imported only
// inside the try below.
const [ASKED, ANSWERED, STATE, STARTED] = [0, 1, 2, 3];
const LOADED_AT_BYTE = 16;
const slots = new Int32Array(control, 0, LOADED_AT_BYTE / 4);
Atomics.store(slots, STARTED, 1);

let tagPairs: ((text: string) => string[]) | null = null;
try {
  const jieba = await import('./jieba.js');
  jieba.warmUp();
  tagPairs = jieba.tagPairs;
  new Float64Array(control, LOADED_AT_BYTE, 1)[0] = performance.timeOrigin + performance.now();
  Atomics.store(slots, STATE, jieba.dictionaryBuilds() ?? 1);
} catch {
  Atomics.store(slots, STATE, -1);
}

let answered = 0;
for (;;) {
  Atomics.wait(slots, ASKED, answered);
  const asked = Atomics.load(slots, ASKED);
  while (answered < asked) {
    const texts = receiveMessageOnPort(port)?.message as string[];
    let answer: string[][] | { failure: string } | null;
    try {
      answer = tagPairs ? texts.map(tagPairs) : null;
    } catch (error) {
      answer = { failure: (error as Error).message ?? String(error) };
    }
    port.postMessage(answer);
    answered++;
  }
  Atomics.store(slots, ANSWERED, answered);
  Atomics.notify(slots, ANSWERED);
}
