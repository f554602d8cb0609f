// write: validated records → the dataset folder. articles.jsonl, claims.jsonl and errors.jsonl
// are appended in input order as documents finish; at each checkpoint they are flushed and
// synced, then the journal (journal.jsonl) records which inputs they hold, then the manifest
// is rewritten saying the run has not completed. The last manifest written says whether it
// did. schema/*.json holds the JSON Schemas of the records.
import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ErrorRecordSchema, ManifestSchema, SCHEMA_VERSION, jsonSchemas, type Manifest } from '../../core/schema.js';
import { checkJsonSchema } from '../../core/checks/check-schema.js';
import type { ErrorDraft, ValidatedDocument } from '../../core/validate-records.js';
import { JOURNAL_FILE, headerLine, itemLine, type JournalHeader, type JournalState } from './journal.js';

const MANIFEST_FILE = 'manifest.json';

export interface DatasetCounts {
  /** Inputs written (the manifest adds the skipped files). */
  inputs: number;
  articles: number;
  /** Inputs that gave no article, only error records. */
  failed: number;
  claims: number;
  errors: number;
}

/** One input's records as the lines they are written as; made where the document was processed. */
export interface DocumentRecords {
  articles: string;
  claims: string;
  errors: string;
  counts: { articles: number; claims: number; errors: number };
}

/** The manifest an output folder holds, or null when it has none or it does not pass its schema. */
export function readManifest(dir: string): Manifest | null {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function errorLine(error: ErrorDraft): string {
  return JSON.stringify(ErrorRecordSchema.parse({ schemaVersion: SCHEMA_VERSION, ...error, message: error.message || 'unknown error' })) + '\n';
}

/** The lines for one input. Only records that passed validation reach this point. */
export function serializeDocument(result: ValidatedDocument): DocumentRecords {
  let claims = '';
  for (const claim of result.claims) claims += JSON.stringify(claim) + '\n';
  let errors = '';
  for (const error of result.errors) errors += errorLine(error);
  return {
    articles: result.article ? JSON.stringify(result.article) + '\n' : '',
    claims,
    errors,
    counts: { articles: result.article ? 1 : 0, claims: result.claims.length, errors: result.errors.length },
  };
}

export function errorRecords(errors: ErrorDraft[]): DocumentRecords {
  return serializeDocument({ article: null, claims: [], errors });
}

const FLUSH_BYTES = 1 << 20;

/** Temp file, then rename: a reader (or a run killed midway) sees the old file or the new, never half. */
function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** An append-only file written through a buffer; knows its length including what is buffered. */
class BufferedFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  length: number;

  constructor(file: string, resumeAt: number | null) {
    if (resumeAt === null) {
      this.fd = openSync(file, 'w');
      this.length = 0;
    } else {
      this.fd = openSync(file, 'a');
      const actual = fstatSync(this.fd).size;
      if (actual < resumeAt) {
        closeSync(this.fd);
        throw new Error(`cannot resume: ${path.basename(file)} holds ${actual} bytes but the journal says ${resumeAt}; run again without --resume`);
      }
      // Whatever follows the journal's last entry was written after the last checkpoint: drop it.
      ftruncateSync(this.fd, resumeAt);
      this.length = resumeAt;
    }
  }

  append(text: string): void {
    if (!text) return;
    this.pending.push(text);
    const bytes = Buffer.byteLength(text);
    this.pendingBytes += bytes;
    this.length += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (!this.pendingBytes) return;
    const data = Buffer.from(this.pending.join(''));
    let written = 0;
    while (written < data.length) written += writeSync(this.fd, data, written);
    this.pending = [];
    this.pendingBytes = 0;
  }

  sync(): void {
    fdatasyncSync(this.fd);
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export class DatasetWriter {
  readonly counts: DatasetCounts = { inputs: 0, articles: 0, failed: 0, claims: 0, errors: 0 };
  private readonly articles: BufferedFile;
  private readonly claims: BufferedFile;
  private readonly errors: BufferedFile;
  private readonly journal: BufferedFile;
  private journalPending = '';
  private closed = false;

  /** A fresh dataset in outDir, or, given the journal of an interrupted run, that dataset continued. */
  constructor(
    readonly outDir: string,
    header: JournalHeader,
    resume: JournalState | null = null,
  ) {
    mkdirSync(path.join(outDir, 'schema'), { recursive: true });
    this.articles = new BufferedFile(path.join(outDir, 'articles.jsonl'), resume ? resume.dataEnd[0] : null);
    this.claims = new BufferedFile(path.join(outDir, 'claims.jsonl'), resume ? resume.dataEnd[1] : null);
    this.errors = new BufferedFile(path.join(outDir, 'errors.jsonl'), resume ? resume.dataEnd[2] : null);
    this.journal = new BufferedFile(path.join(outDir, JOURNAL_FILE), resume ? resume.journalEnd : null);
    if (resume) Object.assign(this.counts, resume.counts);
    else {
      this.journal.append(headerLine(header));
      this.journal.flush();
    }
    for (const [name, schema] of Object.entries({ ...jsonSchemas(), check: checkJsonSchema() })) writeAtomically(path.join(outDir, 'schema', `${name}.json`), JSON.stringify(schema, null, 2) + '\n');
  }

  /** The records of the input at stream position `index`; inputs must come in stream order. */
  write(index: number, source: string, records: DocumentRecords): void {
    this.articles.append(records.articles);
    this.claims.append(records.claims);
    this.errors.append(records.errors);
    this.counts.inputs++;
    this.counts.articles += records.counts.articles;
    if (records.counts.articles === 0) this.counts.failed++;
    this.counts.claims += records.counts.claims;
    this.counts.errors += records.counts.errors;
    this.journalPending += itemLine({
      i: index,
      s: source,
      a: records.counts.articles,
      c: records.counts.claims,
      e: records.counts.errors,
      end: [this.articles.length, this.claims.length, this.errors.length],
    });
  }

  /** Makes everything written so far durable, then records it in the journal. */
  checkpoint(): void {
    if (this.closed || !this.journalPending) return;
    for (const file of [this.articles, this.claims, this.errors]) {
      file.flush();
      file.sync();
    }
    this.journal.append(this.journalPending);
    this.journalPending = '';
    this.journal.flush();
    this.journal.sync();
  }

  /** Validates and writes manifest.json atomically (a reader never sees half of it). */
  writeManifest(manifest: Omit<Manifest, 'schemaVersion' | 'counts'>): Manifest {
    // Every input is accounted for: inputs = articles + failed + skipped.
    const skipped = manifest.skipped?.files ?? 0;
    const full = ManifestSchema.parse({ schemaVersion: SCHEMA_VERSION, ...manifest, counts: { ...this.counts, inputs: this.counts.inputs + skipped, skipped } });
    writeAtomically(path.join(this.outDir, MANIFEST_FILE), JSON.stringify(full, null, 2) + '\n');
    return full;
  }

  /** The last checkpoint, then the manifest, written last. */
  close(manifest: Omit<Manifest, 'schemaVersion' | 'counts'>): Manifest {
    this.checkpoint();
    for (const file of [this.articles, this.claims, this.errors, this.journal]) file.close();
    this.closed = true;
    return this.writeManifest(manifest);
  }
}
