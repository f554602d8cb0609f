// JSONL input: one page a line, `{id?, url?, html? | text?, publishedAt?, title?, fetchedAt?}`, plain or gzipped —
// the usual shape of a scrape. Each non-blank line becomes an entry whose source is `file:line`;
// the line is parsed only when the entry is opened, so lines of other shards or lines already
// done by a resumed run cost no JSON parsing. A bad line becomes an error record naming
// file:line and the reason; the lines after it are still read.
import { createHash } from 'node:crypto';
import type { RawInput } from '../../core/document.js';
import type { IngestItem, InputEntry } from './input-entry.js';
import { DEFAULT_MAX_BYTES, openBytes, overBudget, splitLines, STOPPED_INFLATING, type ByteCounter } from './read-bytes.js';

const ARTICLE_ID = /^[0-9a-f]{16}$/;

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  return true;
}

function optionalString(record: Record<string, unknown>, field: string): string | null | { error: string } {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return { error: `"${field}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}` };
  return value.trim() || null;
}

/**
 * An id given by the scrape becomes the article id: kept when it already is 16 hex digits,
 * otherwise hashed to that shape, so the same scraped id always gives the same article id.
 */
export function articleIdFor(given: string): string {
  return ARTICLE_ID.test(given) ? given : createHash('sha256').update(`jsonl-id:${given}`).digest('hex').slice(0, 16);
}

/** One JSONL line → an input or the reason it is not one. */
export function parseJsonlLine(line: string, source: string): IngestItem {
  const fail = (message: string): IngestItem => ({ kind: 'error', source, message });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected a JSON object {id?, url?, html? | text?, publishedAt?}, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  const record = value as Record<string, unknown>;
  const html = record.html;
  const text = record.text;
  if (html !== undefined && html !== null && typeof html !== 'string') return fail(`"html" must be a string, not ${typeof html}`);
  if (text !== undefined && text !== null && typeof text !== 'string') return fail(`"text" must be a string, not ${typeof text}`);
  const body = typeof html === 'string' ? { content: html, format: 'html' as const } : typeof text === 'string' ? { content: text, format: 'text' as const } : null;
  if (!body) return fail('the line has neither "html" nor "text"');
  const url = optionalString(record, 'url');
  if (url && typeof url === 'object') return fail(url.error);
  const publishedAt = optionalString(record, 'publishedAt');
  if (publishedAt && typeof publishedAt === 'object') return fail(publishedAt.error);
  const title = optionalString(record, 'title');
  if (title && typeof title === 'object') return fail(title.error);
  const crawledAt = optionalString(record, 'fetchedAt');
  if (crawledAt && typeof crawledAt === 'object') return fail(crawledAt.error);
  let id: string | null = null;
  if (typeof record.id === 'string' || typeof record.id === 'number') id = String(record.id).trim() || null;
  else if (record.id !== undefined && record.id !== null) return fail(`"id" must be a string or a number, not ${typeof record.id}`);
  const input: RawInput = {
    source,
    bytes: new TextEncoder().encode(body.content),
    formatHint: body.format,
    url,
    publishedAt,
    crawledAt,
    title,
    id: id === null ? null : articleIdFor(id),
  };
  return { kind: 'input', input };
}

/** The entries of one JSONL file (plain or gzipped), one per non-blank line. */
export async function* readJsonl(file: string, fileKey: string, counter: ByteCounter, maxBytes = DEFAULT_MAX_BYTES, fsPath: string | Buffer = file): AsyncGenerator<InputEntry> {
  let counted = counter.bytes;
  let lineNumber = 0;
  try {
    for await (const line of splitLines(openBytes(fsPath, counter), maxBytes, () => counter.gzip === true)) {
      lineNumber = line.number;
      const source = `${file}:${line.number}`;
      if (line.oversize !== undefined) {
        const message = `line of ${line.stopped ? 'more than ' : ''}${overBudget(line.oversize, maxBytes)}${line.stopped ? `; ${STOPPED_INFLATING}` : ''}`;
        yield { source, shardKey: `${fileKey}:${line.number}`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source, message }) };
        counted = counter.bytes;
        continue;
      }
      if (isBlank(line.bytes)) continue;
      const text = line.bytes.toString('utf8');
      const bytes = counter.bytes - counted;
      counted = counter.bytes;
      yield { source, shardKey: `${fileKey}:${line.number}`, bytes, open: () => parseJsonlLine(text, source) };
    }
  } catch (error) {
    const message = `cannot read JSONL after line ${lineNumber}: ${(error as Error).message}`;
    yield { source: file, shardKey: `${fileKey}:error`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source: file, message }) };
  }
}
