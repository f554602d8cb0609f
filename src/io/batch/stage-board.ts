// Where a pool worker is: the name of the stage it is running, written by the worker into
// memory it shares with the pool. A worker stuck in a stage cannot answer a message, but the
// pool can still read this, so a document stopped at the time limit says which stage held it.
const NAME_BYTES = 124;

export type StageBoard = SharedArrayBuffer;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function createStageBoard(): StageBoard {
  return new SharedArrayBuffer(4 + NAME_BYTES);
}

/** Called at every stage start, so it only copies bytes. */
export function writeStage(board: StageBoard, name: string): void {
  const { written } = encoder.encodeInto(name, new Uint8Array(board, 4, NAME_BYTES));
  Atomics.store(new Int32Array(board, 0, 1), 0, written);
}

export function readStage(board: StageBoard): string | null {
  const length = Atomics.load(new Int32Array(board, 0, 1), 0);
  return length > 0 ? decoder.decode(new Uint8Array(board, 4, length).slice()) : null;
}
