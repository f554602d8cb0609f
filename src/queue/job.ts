// A queue job: one document, named by the hash of its content, carrying where to read it
// (a path, and for containers the record's ordinal in the file) rather than the document
// itself, so Redis holds references, not the corpus. `order` is [enqueue run, position in
// that run's input stream]: the position `extract` gives the same document, so a merged
// queue dataset sorts into extract's order.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RawInput } from '../index.js';

export const DEFAULT_QUEUE = 'numclaims';

export const JobDataSchema = z
  .object({
    /** What the records name, exactly as `extract` would: the path as given, `file:line`, `file#record`. */
    source: z.string(),
    order: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
    /** Where a worker reads the document: an absolute path and, in a container, the entry's ordinal (0-based). */
    input: z.object({ path: z.string(), ordinal: z.number().int().nonnegative().nullable() }).strict().nullable(),
    /** An input that could not be read when it was enqueued: its job writes only this error record. */
    error: z.string().nullable(),
  })
  .strict();
export type JobData = z.infer<typeof JobDataSchema>;

/** What a finished job returns to Redis: the counts of the records it wrote. */
export interface JobResult {
  articles: number;
  claims: number;
  errors: number;
  worker: string;
}

function hashOf(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  // 128 bits: enough that two documents never share an id, short enough to read in a log.
  return hash.digest('hex').slice(0, 32);
}

/**
 * The job id of a document: the hash of everything the pipeline reads (bytes and what the
 * container says about them), not of where it lies, so the same corpus enqueued again, from
 * anywhere, names the same jobs.
 */
export function contentJobId(input: RawInput): string {
  const metadata = JSON.stringify([input.formatHint ?? null, input.url ?? null, input.publishedAt ?? null, input.title ?? null, input.id ?? null, input.charset ?? null]);
  return hashOf(['document', metadata, input.bytes]);
}

/** The job id of an input that could not be read: its source and the reason. */
export function errorJobId(source: string, message: string): string {
  return hashOf(['unreadable', source, message]);
}
