// Byte streams for the container readers and the journal: a file (or FIFO) read in chunks,
// gunzipped when it starts with the gzip magic bytes (concatenated members, as Common Crawl
// writes them, are one stream), split into lines or read record by record. Nothing here
// holds more than one record or line in memory.
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Counts the bytes read from disk (compressed), so progress can be shown against file sizes. */
export interface ByteCounter {
  bytes: number;
  /** Set by openBytes when the file is gzipped: its bytes expand, so readers stop at the budget. */
  gzip?: boolean;
}

async function* fileChunks(file: string | Buffer, counter: ByteCounter): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    counter.bytes += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}

/** The decompressed bytes of a file: gzip is recognised by its magic bytes, not by the name. */
export async function* openBytes(file: string | Buffer, counter: ByteCounter = { bytes: 0 }): AsyncGenerator<Buffer> {
  const chunks = fileChunks(file, counter);
  const first = await chunks.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    yield* chunks;
  }
  const head = first.value as Buffer;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    counter.gzip = true;
    const gunzip = createGunzip();
    // Errors from either side destroy the gunzip stream, which makes the loop below throw.
    pipeline(Readable.from(all(), { objectMode: false }), gunzip, () => {});
    for await (const chunk of gunzip) yield chunk as Buffer;
  } else {
    yield* all();
  }
}

export interface Line {
  /** The line without its line break (and without a trailing CR). */
  bytes: Buffer;
  /** 1-based line number. */
  number: number;
  /** Byte offset just after the line break, or after the last byte for an unterminated last line. */
  end: number;
  /** False for a last line with no line break: it may have been cut off mid-write. */
  terminated: boolean;
  /** Set when the line ran past the byte budget: its length, and `bytes` is empty (never held). */
  oversize?: number;
  /** Set with `oversize` when reading stopped at the budget, inside the line: it is the last. */
  stopped?: boolean;
}

/** Why a reader stopped inside a line or record of a gzipped file. */
export const STOPPED_INFLATING = 'the file is gzipped and it had no end within the budget, so reading stops here (a decompression bomb is inflated no further)';

/** The default byte budget of one input (--max-bytes). */
export const DEFAULT_MAX_BYTES = 20_000_000;

export function overBudget(bytes: number, maxBytes: number): string {
  return `${bytes} bytes, over the budget of ${maxBytes} bytes per input (--max-bytes)`;
}

/**
 * Lines of a byte stream, with their numbers and end offsets. A line longer than `maxLineBytes`
 * is not kept: its bytes are counted and dropped as they come, and it is handed on with
 * `oversize` set. When `stopPastBudget()` says so (a gzipped file, whose bytes expand without
 * bound), reading stops at the budget inside that line, so a decompression bomb of one endless
 * line is inflated no further than the budget; the line is the last one, with `stopped` set.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes = Infinity, stopPastBudget: () => boolean = () => false): AsyncGenerator<Line> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  let offset = 0;
  let number = 0;
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(10, from);
      if (newline < 0) break;
      let bytes = chunk.subarray(from, newline);
      offset += carryLength + bytes.length + 1;
      if (carryLength + bytes.length > maxLineBytes) {
        number++;
        yield { bytes: Buffer.alloc(0), number, end: offset, terminated: true, oversize: carryLength + bytes.length };
        carry = [];
        carryLength = 0;
        from = newline + 1;
        continue;
      }
      if (carryLength) {
        bytes = Buffer.concat([...carry, bytes]);
        carry = [];
        carryLength = 0;
      }
      number++;
      yield { bytes: bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes, number, end: offset, terminated: true };
      from = newline + 1;
    }
    if (from < chunk.length) {
      // Past the budget only the length is kept.
      if (carryLength + chunk.length - from <= maxLineBytes) carry.push(chunk.subarray(from));
      else carry = [];
      carryLength += chunk.length - from;
      if (carryLength > maxLineBytes && stopPastBudget()) {
        number++;
        yield { bytes: Buffer.alloc(0), number, end: offset + carryLength, terminated: false, oversize: carryLength, stopped: true };
        return;
      }
    }
  }
  if (carryLength > maxLineBytes) {
    number++;
    yield { bytes: Buffer.alloc(0), number, end: offset + carryLength, terminated: false, oversize: carryLength };
  } else if (carryLength) {
    const bytes = Buffer.concat(carry);
    offset += bytes.length;
    number++;
    yield { bytes: bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes, number, end: offset, terminated: false };
  }
}

/** Reads a byte stream by lines and by exact lengths: what a record format like WARC needs. */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private position = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.position < this.buffer.length ? Buffer.concat([this.buffer.subarray(this.position), next.value]) : next.value;
    this.position = 0;
    return true;
  }

  /** The next line without its CRLF or LF; null at the end of the stream. */
  async readLine(maxLength = 1 << 16): Promise<Buffer | null> {
    let searchFrom = this.position;
    for (;;) {
      const newline = this.buffer.indexOf(10, searchFrom);
      if (newline >= 0) {
        let line = this.buffer.subarray(this.position, newline);
        if (line.length && line[line.length - 1] === 13) line = line.subarray(0, -1);
        this.position = newline + 1;
        return line;
      }
      if (this.buffer.length - this.position > maxLength) throw new Error(`a header line is longer than ${maxLength} bytes`);
      const before = this.buffer.length - this.position;
      if (!(await this.fill())) {
        if (this.position < this.buffer.length) {
          const rest = this.buffer.subarray(this.position);
          this.position = this.buffer.length;
          return rest;
        }
        return null;
      }
      searchFrom = before;
    }
  }

  /** Exactly `length` bytes; throws when the stream ends first. */
  async read(length: number): Promise<Buffer> {
    const pieces: Buffer[] = [];
    let missing = length;
    while (missing > 0) {
      if (this.position >= this.buffer.length && !(await this.fill())) throw new Error(`truncated: ${missing} of ${length} bytes missing`);
      const take = Math.min(missing, this.buffer.length - this.position);
      pieces.push(this.buffer.subarray(this.position, this.position + take));
      this.position += take;
      missing -= take;
    }
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  }

  /**
   * Discards bytes up to the next line that starts with `prefix`, which is left to be read; how
   * many bytes went, and whether such a line came before the end or before `limit` bytes.
   */
  async seekLine(prefix: Buffer, limit: number): Promise<{ found: boolean; skipped: number }> {
    const marker = Buffer.concat([Buffer.from('\n'), prefix]);
    let skipped = 0;
    for (;;) {
      const at = this.buffer.indexOf(marker, this.position);
      if (at >= 0) {
        skipped += at + 1 - this.position;
        this.position = at + 1;
        return { found: skipped <= limit, skipped };
      }
      // Keep what could be the start of the marker; the rest is gone.
      const keep = Math.max(this.position, this.buffer.length - marker.length + 1);
      skipped += keep - this.position;
      this.position = keep;
      if (skipped > limit || !(await this.fill())) return { found: false, skipped: skipped + this.buffer.length - this.position };
    }
  }

  /** Skips `length` bytes without keeping them; throws when the stream ends first. */
  async skip(length: number): Promise<void> {
    let missing = length;
    while (missing > 0) {
      if (this.position >= this.buffer.length && !(await this.fill())) throw new Error(`truncated: ${missing} of ${length} bytes missing`);
      const take = Math.min(missing, this.buffer.length - this.position);
      this.position += take;
      missing -= take;
    }
  }
}
