// The report command's work: read a dataset folder, write its report (DIR/report.html unless
// told otherwise) through a temporary file, so a reader never sees half a report.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDataset, type DatasetProblem } from './read-dataset.js';
import { renderReport } from './render-report.js';

export interface ReportResult {
  out: string;
  bytes: number;
  articles: number;
  claims: number;
  errors: number;
  problems: DatasetProblem[];
}

export function writeReport(dir: string, out = path.join(dir, 'report.html')): ReportResult {
  const dataset = readDataset(dir);
  const html = renderReport(dataset);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, out);
  return { out, bytes: Buffer.byteLength(html), articles: dataset.articles.length, claims: dataset.claimCount, errors: dataset.errors.length, problems: dataset.problems };
}
