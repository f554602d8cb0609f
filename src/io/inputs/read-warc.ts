// WARC input (`.warc`, `.warc.gz` with one gzip member per record, as Common Crawl serves it).
// Reads record by record; a `response` record whose HTTP status is 2xx and whose payload is
// HTML becomes an entry with its url from WARC-Target-URI (a `resource` record of type
// text/html too). Requests, metadata, redirects, images and the like are skipped without a
// record, since they are not pages. The HTTP headers are stripped and chunked or compressed
// bodies are decoded when the entry is opened. A record with a wrong length (the next one does
// not start where it ends) becomes an error record and reading goes on at the next WARC/ line;
// a file that ends inside a record ends with an error record naming the file, the record number
// and the reason.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { RawInput } from '../../core/document.js';
import type { IngestItem, InputEntry } from './input-entry.js';
import { DEFAULT_MAX_BYTES, overBudget, ByteReader, openBytes, STOPPED_INFLATING, type ByteCounter } from './read-bytes.js';

/** What a WARC response adds to a raw input: the charset its HTTP headers declare. */
export type WarcInput = RawInput & { charset?: string | null };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function parseHeaderLines(lines: string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Repeated headers (Set-Cookie and the like) are joined; only single-valued ones are read.
    headers.set(last, headers.has(last) ? `${headers.get(last)}, ${value}` : value);
  }
  return headers;
}

export function charsetOf(contentType: string | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match ? match[1]!.toLowerCase() : null;
}

function headerEnd(block: Buffer): { bodyStart: number; headerLength: number } | null {
  const limit = Math.min(block.length, 1 << 16);
  const crlf = block.indexOf('\r\n\r\n');
  if (crlf >= 0 && crlf < limit) return { bodyStart: crlf + 4, headerLength: crlf };
  const lf = block.indexOf('\n\n');
  if (lf >= 0 && lf < limit) return { bodyStart: lf + 2, headerLength: lf };
  return null;
}

function dechunk(body: Buffer): Buffer {
  const pieces: Buffer[] = [];
  let position = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', position);
    if (lineEnd < 0) throw new Error('chunked body: missing chunk size line');
    const size = Number.parseInt(body.subarray(position, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw new Error('chunked body: bad chunk size');
    if (size === 0) break;
    const start = lineEnd + 2;
    if (start + size > body.length) throw new Error('chunked body: truncated chunk');
    pieces.push(body.subarray(start, start + size));
    position = start + size + 2;
  }
  return Buffer.concat(pieces);
}

function decodeContent(body: Buffer, encoding: string): Buffer {
  const names = encoding.toLowerCase().split(',').map((name) => name.trim()).filter((name) => name && name !== 'identity');
  let out = body;
  for (const name of names.reverse()) {
    if (name === 'gzip' || name === 'x-gzip') out = gunzipSync(out);
    else if (name === 'deflate') {
      try {
        out = inflateSync(out);
      } catch {
        out = inflateRawSync(out);
      }
    } else if (name === 'br') out = brotliDecompressSync(out);
    else throw new Error(`unsupported Content-Encoding "${name}"`);
  }
  return out;
}

interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  bodyStart: number;
}

function parseHttpResponse(block: Buffer): HttpResponse | null {
  if (block.subarray(0, 5).toString('latin1') !== 'HTTP/') return null;
  const end = headerEnd(block);
  if (!end) return null;
  const lines = block.subarray(0, end.headerLength).toString('latin1').split(/\r?\n/);
  const status = Number.parseInt(lines[0]!.split(/\s+/)[1] ?? '', 10);
  return { status, headers: parseHeaderLines(lines.slice(1)), bodyStart: end.bodyStart };
}

function looksLikeHtmlBytes(body: Buffer): boolean {
  const head = body.subarray(0, 1024).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|body|meta|\?xml)/i.test(head);
}

/** The HTTP response of a record → a raw input: headers stripped, transfer and content codings undone. */
function responseInput(block: Buffer, response: HttpResponse, source: string, url: string | null, crawledAt: string | null): IngestItem {
  try {
    let body = block.subarray(response.bodyStart);
    const transfer = response.headers.get('transfer-encoding');
    if (transfer && /chunked/i.test(transfer)) body = dechunk(body);
    const coding = response.headers.get('content-encoding');
    if (coding) body = decodeContent(body, coding);
    const input: WarcInput = { source, bytes: new Uint8Array(body), formatHint: 'html', url, publishedAt: null, crawledAt, charset: charsetOf(response.headers.get('content-type')) };
    return { kind: 'input', input };
  } catch (error) {
    return { kind: 'error', source, message: `cannot decode the HTTP body: ${(error as Error).message}` };
  }
}

function targetUri(headers: Map<string, string>): string | null {
  const uri = headers.get('warc-target-uri')?.trim();
  if (!uri) return null;
  return uri.startsWith('<') && uri.endsWith('>') ? uri.slice(1, -1) : uri;
}

/** Whether a WARC record holds an HTML page, and how to open it; null for records that are not pages. */
function pageOf(warcHeaders: Map<string, string>, block: Buffer, source: string): (() => IngestItem) | null {
  const type = warcHeaders.get('warc-type')?.toLowerCase();
  const url = targetUri(warcHeaders);
  const crawledAt = warcHeaders.get('warc-date')?.trim() || null;
  if (type === 'response') {
    const response = parseHttpResponse(block);
    if (!response || response.status < 200 || response.status > 299) return null;
    const contentType = response.headers.get('content-type') ?? warcHeaders.get('warc-identified-payload-type');
    if (contentType ? !HTML_TYPES.test(contentType) : !looksLikeHtmlBytes(block.subarray(response.bodyStart))) return null;
    return () => responseInput(block, response, source, url, crawledAt);
  }
  if (type === 'resource') {
    const contentType = warcHeaders.get('content-type');
    if (!contentType || !HTML_TYPES.test(contentType)) return null;
    return () => {
      const input: WarcInput = { source, bytes: new Uint8Array(block), formatHint: 'html', url, publishedAt: null, crawledAt, charset: charsetOf(contentType) };
      return { kind: 'input', input };
    };
  }
  return null;
}

const WARC_LINE = Buffer.from('WARC/1.');

// Records larger than this are not pages anyone extracts claims from (Common Crawl truncates at 1 MiB);
// one that says it is a page becomes an error record all the same.
const MAX_PAGE_RECORD = 64 << 20;

/** The entries of one WARC file: one per HTML response record, sources `file#N` (N counts every record from 1). */
export async function* readWarc(file: string, fileKey: string, counter: ByteCounter, maxBytes = DEFAULT_MAX_BYTES, fsPath: string | Buffer = file): AsyncGenerator<InputEntry> {
  const reader = new ByteReader(openBytes(fsPath, counter));
  let counted = counter.bytes;
  let recordNumber = 0;
  try {
    for (;;) {
      let line = await reader.readLine();
      while (line !== null && line.length === 0) line = await reader.readLine();
      if (line === null) return;
      recordNumber++;
      const version = line.toString('latin1');
      const notWarc = `record ${recordNumber} does not start with a WARC/1.x line (found ${JSON.stringify(version.slice(0, 40))})`;
      if (!version.startsWith('WARC/') && recordNumber === 1) throw new Error(notWarc);
      if (!version.startsWith('WARC/')) {
        // The record before had a wrong Content-Length, or this one is damaged: what lies up to
        // the next record's WARC/ line is reported as one record, and reading goes on from there.
        const seek = await reader.seekLine(WARC_LINE, maxBytes);
        const source = `${file}#${recordNumber}`;
        const message = `cannot read WARC: ${notWarc}: the Content-Length of record ${recordNumber - 1} is wrong, or this record is damaged; ${seek.found ? `reading goes on at the next record, ${seek.skipped} bytes further` : `no record follows within ${seek.skipped} bytes`}`;
        yield { source, shardKey: `${fileKey}#${recordNumber}`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source, message }) };
        counted = counter.bytes;
        if (!seek.found) return;
        continue;
      }
      const headerLines: string[] = [];
      for (;;) {
        const header = await reader.readLine();
        if (header === null) throw new Error(`record ${recordNumber}: the stream ends inside its headers`);
        if (header.length === 0) break;
        headerLines.push(header.toString('utf8'));
      }
      const headers = parseHeaderLines(headerLines);
      const length = Number(headers.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) throw new Error(`record ${recordNumber} has no valid Content-Length`);
      const type = headers.get('warc-type')?.toLowerCase();
      const page = type === 'response' || type === 'resource';
      if (counter.gzip && length > Math.max(maxBytes, MAX_PAGE_RECORD)) {
        // Skipping it would inflate all of it: a declared length of a terabyte is a bomb's.
        const source = `${file}#${recordNumber}`;
        const message = `record of ${overBudget(length, maxBytes)}; ${STOPPED_INFLATING}`;
        yield { source, shardKey: `${fileKey}#${recordNumber}`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source, message }) };
        return;
      }
      if (!page) {
        await reader.skip(length);
        continue;
      }
      const budget = Math.min(maxBytes, MAX_PAGE_RECORD);
      if (length > budget) {
        await reader.skip(length);
        const source = `${file}#${recordNumber}`;
        const message = `record of ${overBudget(length, budget)}`;
        yield { source, shardKey: `${fileKey}#${recordNumber}`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source, message }) };
        counted = counter.bytes;
        continue;
      }
      const block = await reader.read(length);
      const source = `${file}#${recordNumber}`;
      const open = pageOf(headers, block, source);
      if (!open) continue;
      const bytes = counter.bytes - counted;
      counted = counter.bytes;
      yield { source, shardKey: `${fileKey}#${recordNumber}`, bytes, open };
    }
  } catch (error) {
    const message = (error as Error).message;
    yield {
      source: file,
      shardKey: `${fileKey}#error`,
      bytes: counter.bytes - counted,
      open: () => ({ kind: 'error', source: file, message: `cannot read WARC: ${/^record \d/.test(message) ? message : `after record ${recordNumber}: ${message}`}` }),
    };
  }
}
