// A job's document, read again from where the job points: a whole file, or the n-th entry
// of a container (JSONL line, CSV row, WARC record). Containers are read forward through a
// cursor kept per file, so a worker taking jobs in queue order (ascending ordinals with gaps
// where other workers took theirs) reads each container once rather than once per record.
// A document that cannot be read throws: that is the machine's trouble (a missing mount), so
// the job is retried; one that no longer hashes to its job id is reported by the caller.
import type { RawInput } from '../index.js';
import { enumerateInputs, readInput, type InputEntry } from '../io/inputs/ingest.js';
import type { JobData } from './job.js';

const OPEN_CURSORS = 8;

interface Cursor {
  entries: AsyncGenerator<InputEntry>;
  /** Ordinal of the entry `entries.next()` yields next. */
  next: number;
  /** Jobs on one file take turns: a cursor moves one way. */
  turn: Promise<unknown>;
}

export class ReferencedInputs {
  private readonly cursors = new Map<string, Cursor>();

  async read(reference: NonNullable<JobData['input']>, source: string): Promise<RawInput> {
    if (reference.ordinal === null) {
      const item = await readInput(reference.path);
      if (item.kind === 'error') throw new Error(item.message);
      return { ...item.input, source };
    }
    const ordinal = reference.ordinal;
    const cursor = this.cursorFor(reference.path);
    const turn = cursor.turn.then(() => this.advance(reference.path, cursor, ordinal));
    cursor.turn = turn.catch(() => {});
    const input = await turn;
    return { ...input, source };
  }

  private cursorFor(file: string): Cursor {
    let cursor = this.cursors.get(file);
    if (cursor) {
      // Most recently used last, so the oldest is the one closed when too many are open.
      this.cursors.delete(file);
      this.cursors.set(file, cursor);
      return cursor;
    }
    cursor = { entries: enumerateInputs([file]), next: 0, turn: Promise.resolve() };
    this.cursors.set(file, cursor);
    if (this.cursors.size > OPEN_CURSORS) {
      const [oldest, stale] = this.cursors.entries().next().value!;
      this.cursors.delete(oldest);
      void stale.turn.then(() => stale.entries.return(undefined));
    }
    return cursor;
  }

  private async advance(file: string, cursor: Cursor, ordinal: number): Promise<RawInput> {
    if (ordinal < cursor.next) {
      // A job retried after later ones: read the file again from its start.
      await cursor.entries.return(undefined);
      cursor.entries = enumerateInputs([file]);
      cursor.next = 0;
    }
    for (;;) {
      const next = await cursor.entries.next();
      if (next.done) {
        const entries = cursor.next;
        cursor.next = 0;
        cursor.entries = enumerateInputs([file]);
        throw new Error(`${file} has no entry #${ordinal} any more (it has ${entries})`);
      }
      const at = cursor.next++;
      if (at < ordinal) continue;
      const item = await next.value.open();
      if (item.kind === 'error') throw new Error(item.message);
      return item.input;
    }
  }

  async close(): Promise<void> {
    for (const cursor of this.cursors.values()) await cursor.entries.return(undefined);
    this.cursors.clear();
  }
}
