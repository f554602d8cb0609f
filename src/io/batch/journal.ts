// The progress journal (journal.jsonl in the output folder): what a run has durably written.
// Line 1 says which inputs and shard the run was given; then one line per input done, in
// input order: its index in the input stream, its source, how many article, claim and error
// lines it wrote, and where each of the three files ends after them. An item line is appended only
// after the records it counts were flushed and synced, so any complete line can be trusted:
// resume truncates the files to the offsets of the last one and carries on after its index,
// and merge interleaves shards by index. The journal holds no times, so it is identical for
// the same inputs whatever the number of workers.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { SCHEMA_VERSION } from '../../core/schema.js';
import { openBytes, splitLines } from '../inputs/read-bytes.js';

export const JOURNAL_FILE = 'journal.jsonl';

const JournalHeaderSchema = z
  .object({
    journal: z.literal('numclaims'),
    schemaVersion: z.string(),
    inputs: z.array(z.string()),
    shard: z.string().nullable(),
  })
  .strict();
export type JournalHeader = z.infer<typeof JournalHeaderSchema>;

const JournalItemSchema = z
  .object({
    i: z.number().int().nonnegative(),
    s: z.string(),
    a: z.number().int().nonnegative(),
    c: z.number().int().nonnegative(),
    e: z.number().int().nonnegative(),
    end: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
  })
  .strict();
export type JournalItem = z.infer<typeof JournalItemSchema>;

export function journalHeader(inputs: string[], shard: string | null): JournalHeader {
  return { journal: 'numclaims', schemaVersion: SCHEMA_VERSION, inputs, shard };
}

export function headerLine(header: JournalHeader): string {
  return JSON.stringify({ journal: header.journal, schemaVersion: header.schemaVersion, inputs: header.inputs, shard: header.shard }) + '\n';
}

export function itemLine(item: JournalItem): string {
  return `{"i":${item.i},"s":${JSON.stringify(item.s)},"a":${item.a},"c":${item.c},"e":${item.e},"end":[${item.end[0]},${item.end[1]},${item.end[2]}]}\n`;
}

export class JournalError extends Error {}

function parseLine<T>(schema: z.ZodType<T>, bytes: Buffer): T | null {
  try {
    const result = schema.safeParse(JSON.parse(bytes.toString('utf8')));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export interface JournalEntry {
  item: JournalItem;
  /** Byte offset in the journal just after this item's line. */
  journalEnd: number;
}

/**
 * The header and the trustworthy item lines of a journal. Reading stops at the first line
 * that is cut off, does not parse, or goes backwards: what follows was not durably written
 * (a kill mid-write, zeros left by a power loss) and is dropped.
 */
export async function readJournal(file: string): Promise<{ header: JournalHeader; headerEnd: number; items: AsyncGenerator<JournalEntry> }> {
  const lines = splitLines(openBytes(file));
  const first = await lines.next();
  const header = first.done || !first.value.terminated ? null : parseLine(JournalHeaderSchema, first.value.bytes);
  if (!header || first.done) {
    await lines.return(undefined);
    throw new JournalError(`${file} is not a numclaims journal`);
  }
  async function* items(): AsyncGenerator<JournalEntry> {
    let previous: JournalItem | null = null;
    for await (const line of lines) {
      if (!line.terminated) return;
      const item = parseLine(JournalItemSchema, line.bytes);
      if (!item) return;
      if (previous && (item.i <= previous.i || item.end.some((end, k) => end < previous!.end[k]!))) return;
      previous = item;
      yield { item, journalEnd: line.end };
    }
  }
  return { header, headerEnd: first.value.end, items: items() };
}

function hasLineBreak(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) return false;
      if (chunk.subarray(0, read).includes(10)) return true;
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

export interface JournalState {
  header: JournalHeader;
  /** The last input done (stream index), -1 when none, and its source. */
  lastIndex: number;
  lastSource: string | null;
  counts: { inputs: number; articles: number; failed: number; claims: number; errors: number };
  /** Lengths the data files had after the last input done: articles, claims, errors. */
  dataEnd: [number, number, number];
  /** Length of the journal up to and including the last trustworthy line. */
  journalEnd: number;
}

/** What a journal says was done, or null when there is none. */
export async function scanJournal(file: string): Promise<JournalState | null> {
  if (!existsSync(file)) return null;
  // A journal cut off before its header line ended records nothing yet.
  if (!hasLineBreak(file)) return null;
  const { header, headerEnd, items } = await readJournal(file);
  const state: JournalState = { header, lastIndex: -1, lastSource: null, counts: { inputs: 0, articles: 0, failed: 0, claims: 0, errors: 0 }, dataEnd: [0, 0, 0], journalEnd: headerEnd };
  for await (const { item, journalEnd } of items) {
    state.lastIndex = item.i;
    state.lastSource = item.s;
    state.counts.inputs++;
    state.counts.articles += item.a;
    if (item.a === 0) state.counts.failed++;
    state.counts.claims += item.c;
    state.counts.errors += item.e;
    state.dataEnd = item.end;
    state.journalEnd = journalEnd;
  }
  return state;
}
