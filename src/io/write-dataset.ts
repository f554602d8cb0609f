// write: validated records → the dataset folder. articles.jsonl, claims.jsonl and errors.jsonl
// are appended as documents finish; manifest.json is written last and says whether the run
// completed; schema/*.json holds the JSON Schemas of the records.
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { ErrorRecordSchema, ManifestSchema, SCHEMA_VERSION, jsonSchemas, type Article, type Claim, type Manifest } from '../core/schema.js';
import type { ErrorDraft } from '../core/validate-records.js';

export interface DatasetCounts {
  inputs: number;
  articles: number;
  claims: number;
  errors: number;
}

export class DatasetWriter {
  readonly counts: DatasetCounts = { inputs: 0, articles: 0, claims: 0, errors: 0 };
  private readonly articles: WriteStream;
  private readonly claims: WriteStream;
  private readonly errors: WriteStream;

  constructor(readonly outDir: string, append = false) {
    mkdirSync(path.join(outDir, 'schema'), { recursive: true });
    const flags = append ? 'a' : 'w';
    this.articles = createWriteStream(path.join(outDir, 'articles.jsonl'), { flags });
    this.claims = createWriteStream(path.join(outDir, 'claims.jsonl'), { flags });
    this.errors = createWriteStream(path.join(outDir, 'errors.jsonl'), { flags });
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(path.join(outDir, 'schema', `${name}.json`), JSON.stringify(schema, null, 2) + '\n');
    }
  }

  /** One input's records; only records that passed validation reach this point. */
  writeDocument(article: Article | null, claims: Claim[], errors: ErrorDraft[]): void {
    this.counts.inputs++;
    if (article) {
      this.articles.write(JSON.stringify(article) + '\n');
      this.counts.articles++;
    }
    for (const claim of claims) this.claims.write(JSON.stringify(claim) + '\n');
    this.counts.claims += claims.length;
    for (const error of errors) this.writeError(error);
  }

  writeError(error: ErrorDraft): void {
    const record = ErrorRecordSchema.parse({ schemaVersion: SCHEMA_VERSION, ...error, message: error.message || 'unknown error' });
    this.errors.write(JSON.stringify(record) + '\n');
    this.counts.errors++;
  }

  async close(manifest: Omit<Manifest, 'schemaVersion' | 'counts'>): Promise<Manifest> {
    await Promise.all([this.articles, this.claims, this.errors].map((stream) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))));
    const full = ManifestSchema.parse({ schemaVersion: SCHEMA_VERSION, ...manifest, counts: this.counts });
    writeFileSync(path.join(this.outDir, 'manifest.json'), JSON.stringify(full, null, 2) + '\n');
    return full;
  }
}
