// The batch route's input side: a request body stream → numbered lines, each at most a given
// number of bytes. A longer line is not held in memory: it is skipped up to its end and comes
// back marked, so it still gets its own answer line. Blank lines are skipped but counted.
import { StringDecoder } from 'node:string_decoder';

export type InputLine = { number: number; text: string } | { number: number; tooLong: true };

const NEWLINE = 0x0a;

export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): InputLine | null => {
    number++;
    const line: InputLine | null = tooLong ? { number, tooLong: true } : lineOf(number, Buffer.concat(parts, size));
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    while (from < bytes.length) {
      const newline = bytes.indexOf(NEWLINE, from);
      const end = newline < 0 ? bytes.length : newline;
      if (!tooLong) {
        if (size + (end - from) > maxBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else {
          parts.push(bytes.subarray(from, end));
          size += end - from;
        }
      }
      if (newline < 0) break;
      const line = finish();
      if (line) yield line;
      from = newline + 1;
    }
  }
  if (size > 0 || tooLong) {
    const line = finish();
    if (line) yield line;
  }
}

function lineOf(number: number, bytes: Buffer): InputLine | null {
  const text = new StringDecoder('utf8').end(bytes).trim();
  return text ? { number, text } : null;
}
