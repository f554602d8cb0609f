// CSV and TSV input: one page a row, as scrapes and dataset exports ship them
// (`province,year,title,source_url,publish_date,full_text`). The header names the columns;
// the page is the first of its html or text columns that a row fills, and url, date, title and
// id columns are read when present, under the names such exports use (see COLUMNS). Quoted
// fields may hold commas, doubled quotes and line breaks (RFC 4180). Each row becomes an entry
// whose source is `file:line` (the line the row starts on); it is parsed only when opened, so
// rows of other shards or already done by a resumed run cost no parsing. A row without a page,
// or a file whose header names no page column, becomes an error record naming the reason —
// nothing is dropped without a word. Rows are read one at a time, plain or gzipped; a row may
// be UTF-8 (with or without BOM) or GB18030.
import type { RawInput } from '../../core/document.js';
import { parseDateTime } from '../../core/parse/read-metadata.js';
import type { IngestItem, InputEntry } from './input-entry.js';
import { articleIdFor } from './read-jsonl.js';
import { DEFAULT_MAX_BYTES, overBudget, openBytes, splitLines, STOPPED_INFLATING, type ByteCounter } from './read-bytes.js';

type Field = 'html' | 'text' | 'url' | 'publishedAt' | 'title' | 'id';

/** Header names (lower case, spaces and dashes as underscores) for each field, most specific first. */
export const COLUMNS: Record<Field, readonly string[]> = {
  html: ['html', 'raw_html', 'page_html', 'content_html', 'body_html', 'source_html'],
  text: ['text', 'full_text', 'fulltext', 'content', 'body', 'article', 'article_text', 'main_text', 'maintext', 'body_text', '正文', '内容', '全文'],
  url: ['url', 'source_url', 'page_url', 'link', 'href', 'uri', '链接', '网址', '原文链接'],
  publishedAt: ['published_at', 'publishedat', 'publish_date', 'publish_time', 'pub_date', 'pubdate', 'published', 'date', 'datetime', '发布时间', '发布日期', '日期', '时间'],
  title: ['title', 'headline', '标题', '题目'],
  id: ['id', 'doc_id', 'docid', 'article_id', 'uuid', '编号'],
};

const QUOTE = 0x22;

export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/gu, '_');
}

/** Which column holds each field, from the header row. */
export function mapColumns(header: string[]): Partial<Record<Field, number>> {
  const keys = header.map(headerKey);
  const map: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    for (const name of COLUMNS[field]) {
      const index = keys.indexOf(name);
      if (index >= 0) {
        map[field] = index;
        break;
      }
    }
  }
  return map;
}

/** The fields of one complete record (its line breaks inside quotes already joined with \n). */
export function parseCsvRecord(record: string, delimiter: string): { fields: string[] } | { error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = record.indexOf('"', i);
        if (close < 0) return { error: 'a quoted field is not closed' };
        value += record.slice(i, close);
        if (record[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Tolerate spaces after the closing quote; anything else there is malformed.
      while (record[i] === ' ' || record[i] === '\t') if (record[i] === delimiter) break; else i++;
      if (i < record.length && record[i] !== delimiter) return { error: `unexpected ${JSON.stringify(record[i])} after a closing quote in field ${fields.length + 1}` };
      fields.push(value);
    } else {
      const next = record.indexOf(delimiter, i);
      fields.push(record.slice(i, next < 0 ? record.length : next));
      i = next < 0 ? record.length : next;
    }
    if (i >= record.length) return { fields };
    i++; // the delimiter
    if (i === record.length) {
      fields.push('');
      return { fields };
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** A row's bytes as text: UTF-8 when they are valid UTF-8, else GB18030 (the other encoding Chinese exports use). */
function decodeRow(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

function countQuotes(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

function cell(fields: string[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const value = fields[index]?.trim();
  return value ? value : null;
}

/** One data row → an input or the reason it is not one. */
export function rowToInput(fields: string[], columns: Partial<Record<Field, number>>, headerLength: number, source: string): IngestItem {
  const fail = (message: string): IngestItem => ({ kind: 'error', source, message });
  const html = cell(fields, columns.html);
  const text = cell(fields, columns.text);
  if (!html && !text) {
    const why = fields.length < headerLength ? ` (the row has ${fields.length} fields, the header ${headerLength})` : '';
    return fail(`the row has no page: its ${[columns.html, columns.text].filter((c) => c !== undefined).length > 1 ? 'html and text columns are' : `${columns.html !== undefined ? 'html' : 'text'} column is`} empty${why}`);
  }
  const body = html ? { content: html, format: 'html' as const } : { content: text!, format: 'text' as const };
  const date = cell(fields, columns.publishedAt);
  const id = cell(fields, columns.id);
  const input: RawInput = {
    source,
    bytes: new TextEncoder().encode(body.content),
    formatHint: body.format,
    url: cell(fields, columns.url),
    // A date the export gives wins over what the page says; normalised when it can be read.
    publishedAt: date ? (parseDateTime(date, true) ?? date) : null,
    title: cell(fields, columns.title),
    id: id === null ? null : articleIdFor(id),
  };
  return { kind: 'input', input };
}

/** The entries of one CSV (or TSV) file, plain or gzipped, one per data row. */
export async function* readCsv(file: string, fileKey: string, counter: ByteCounter, delimiter = ',', maxBytes = DEFAULT_MAX_BYTES, fsPath: string | Buffer = file): AsyncGenerator<InputEntry> {
  let pendingBytes = 0;
  let counted = counter.bytes;
  let header: string[] | null = null;
  let columns: Partial<Record<Field, number>> = {};
  let pending: Buffer[] = [];
  let quotes = 0;
  let firstLine = 0;
  let lastLine = 0;
  try {
    for await (const line of splitLines(openBytes(fsPath, counter), maxBytes, () => counter.gzip === true)) {
      lastLine = line.number;
      let bytes = line.bytes;
      if (!pending.length) pendingBytes = 0;
      pendingBytes += line.oversize ?? bytes.length;
      if (pendingBytes > maxBytes) {
        // A row past the budget (or a quote never closed that swallows the file): reported, and
        // reading goes on from the next line as a new row.
        const source = `${file}:${pending.length ? firstLine : line.number}`;
        const message = `row of ${line.stopped ? 'more than ' : ''}${overBudget(pendingBytes, maxBytes)}${quotes % 2 === 1 ? '; a quoted field may never close' : ''}${line.stopped ? `; ${STOPPED_INFLATING}` : ''}`;
        yield { source, shardKey: `${fileKey}:${pending.length ? firstLine : line.number}`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source, message }) };
        counted = counter.bytes;
        pending = [];
        quotes = 0;
        continue;
      }
      if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (!pending.length) {
        if (!bytes.length || !bytes.some((b) => b !== 32 && b !== 9)) continue; // blank lines between rows
        firstLine = line.number;
      }
      pending.push(bytes);
      quotes += countQuotes(bytes);
      if (quotes % 2 === 1) continue; // a quoted field goes on to the next line
      const record = decodeRow(pending.length === 1 ? pending[0]! : Buffer.concat(pending.flatMap((piece, i) => (i ? [Buffer.from('\n'), piece] : [piece]))));
      pending = [];
      quotes = 0;
      const source = `${file}:${firstLine}`;
      const bytesRead = counter.bytes - counted;
      counted = counter.bytes;
      if (!header) {
        const parsed = parseCsvRecord(record, delimiter);
        if ('error' in parsed) throw new Error(`the header row cannot be read: ${parsed.error}`);
        header = parsed.fields;
        columns = mapColumns(header);
        if (columns.html === undefined && columns.text === undefined) {
          throw new Error(`no page column: the header (${header.map((name) => name.trim()).join(', ')}) names no html column (${COLUMNS.html.join(', ')}) and no text column (${COLUMNS.text.join(', ')})`);
        }
        continue;
      }
      const headerLength = header.length;
      const mapped = columns;
      yield {
        source,
        shardKey: `${fileKey}:${firstLine}`,
        bytes: bytesRead,
        open: () => {
          const parsed = parseCsvRecord(record, delimiter);
          if ('error' in parsed) return { kind: 'error', source, message: `not a valid CSV row: ${parsed.error}` };
          return rowToInput(parsed.fields, mapped, headerLength, source);
        },
      };
    }
    if (pending.length) throw new Error(`the row starting on line ${firstLine} has a quoted field that is never closed`);
    if (!header) throw new Error('the file is empty: no header row');
  } catch (error) {
    const message = `cannot read ${delimiter === '\t' ? 'TSV' : 'CSV'} after line ${lastLine}: ${(error as Error).message}`;
    yield { source: file, shardKey: `${fileKey}:error`, bytes: counter.bytes - counted, open: () => ({ kind: 'error', source: file, message }) };
  }
}
