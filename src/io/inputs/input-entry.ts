// What every input reader hands the batch: entries that open into a RawInput or an error
// item, and the file-name rules that say which reader a path goes to. Shared by ingest.ts and
// the container readers (read-jsonl, read-csv, read-warc), so none of them imports another.
import path from 'node:path';
import type { RawInput } from '../../core/document.js';

export const INPUT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.txt', '.md', '.text']);

export type IngestItem = { kind: 'input'; input: RawInput } | { kind: 'error'; source: string; message: string };

/**
 * One page to come, not yet read. `open` reads (or parses) it; entries that belong to another
 * shard, or that a resumed run already did, are never opened.
 */
export interface InputEntry {
  /** What records name: a path, `file:line` in JSONL, `file#record` in WARC, or `stdin`. */
  source: string;
  /** Stable wherever the corpus is mounted: the argument's position plus the path inside it. */
  shardKey: string;
  /** Bytes of input (on disk, compressed) this entry accounts for; 0 for files when sizes are not asked for. */
  bytes: number;
  open: () => IngestItem | Promise<IngestItem>;
}

export type ContainerKind = 'jsonl' | 'csv' | 'tsv' | 'warc';

export function containerKindFor(file: string): ContainerKind | null {
  const name = file.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.jsonl.gz') || name.endsWith('.ndjson') || name.endsWith('.ndjson.gz')) return 'jsonl';
  if (name.endsWith('.csv') || name.endsWith('.csv.gz')) return 'csv';
  if (name.endsWith('.tsv') || name.endsWith('.tsv.gz')) return 'tsv';
  if (name.endsWith('.warc') || name.endsWith('.warc.gz')) return 'warc';
  return null;
}

export function formatHintFor(file: string): 'html' | 'text' | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.txt' || ext === '.md' || ext === '.text') return 'text';
  return null;
}
