// The flat columns of the exports: one list per table, each column with its SQLite type and
// how it is read off a record. claims.csv, articles.csv and the SQLite tables share these lists,
// so a column means the same in Excel, pandas and SQL. Nested fields become prefixed columns
// (range → range_min, range_max; time → time_start, …); an absent value is an empty cell / NULL.
import type { Article, Claim, ErrorRecord } from '../core/schema.js';
import type { CheckRecord } from '../core/checks/check-schema.js';

export type SqlType = 'TEXT' | 'INTEGER' | 'REAL';
export type Cell = string | number | null;

export interface Column<T> {
  name: string;
  type: SqlType;
  /** NOT NULL in SQLite */
  required?: true;
  read: (record: T) => Cell;
}

export const CLAIM_COLUMNS: Column<Claim>[] = [
  { name: 'id', type: 'TEXT', required: true, read: (claim) => claim.id },
  { name: 'docId', type: 'TEXT', required: true, read: (claim) => claim.docId },
  { name: 'lang', type: 'TEXT', required: true, read: (claim) => claim.lang },
  { name: 'text', type: 'TEXT', required: true, read: (claim) => claim.text },
  { name: 'start', type: 'INTEGER', required: true, read: (claim) => claim.start },
  { name: 'end', type: 'INTEGER', required: true, read: (claim) => claim.end },
  { name: 'value', type: 'REAL', required: true, read: (claim) => claim.value },
  { name: 'kind', type: 'TEXT', required: true, read: (claim) => claim.kind },
  { name: 'unit', type: 'TEXT', read: (claim) => claim.unit },
  { name: 'unitText', type: 'TEXT', read: (claim) => claim.unitText },
  { name: 'approx', type: 'TEXT', required: true, read: (claim) => claim.approx },
  { name: 'range_min', type: 'REAL', read: (claim) => claim.range?.min ?? null },
  { name: 'range_max', type: 'REAL', read: (claim) => claim.range?.max ?? null },
  { name: 'per_value', type: 'REAL', read: (claim) => claim.per?.value ?? null },
  { name: 'per_unit', type: 'TEXT', read: (claim) => claim.per?.unit ?? null },
  { name: 'per_text', type: 'TEXT', read: (claim) => claim.per?.text ?? null },
  { name: 'change_role', type: 'TEXT', read: (claim) => claim.change?.role ?? null },
  { name: 'change_direction', type: 'TEXT', read: (claim) => claim.change?.direction ?? null },
  { name: 'change_from', type: 'TEXT', read: (claim) => claim.change?.from ?? null },
  { name: 'change_to', type: 'TEXT', read: (claim) => claim.change?.to ?? null },
  { name: 'change_basis', type: 'TEXT', read: (claim) => claim.change?.basis ?? null },
  { name: 'list_group', type: 'TEXT', read: (claim) => claim.list?.group ?? null },
  { name: 'list_index', type: 'INTEGER', read: (claim) => claim.list?.index ?? null },
  { name: 'list_size', type: 'INTEGER', read: (claim) => claim.list?.size ?? null },
  { name: 'subject', type: 'TEXT', read: (claim) => claim.subject },
  { name: 'time_text', type: 'TEXT', read: (claim) => claim.time?.text ?? null },
  { name: 'time_start', type: 'TEXT', read: (claim) => claim.time?.start ?? null },
  { name: 'time_end', type: 'TEXT', read: (claim) => claim.time?.end ?? null },
  { name: 'time_text_start', type: 'INTEGER', read: (claim) => claim.time?.textStart ?? null },
  { name: 'time_text_end', type: 'INTEGER', read: (claim) => claim.time?.textEnd ?? null },
  { name: 'time_source', type: 'TEXT', read: (claim) => claim.time?.source ?? null },
  { name: 'place_name', type: 'TEXT', read: (claim) => claim.place?.name ?? null },
  { name: 'place_via', type: 'TEXT', read: (claim) => claim.place?.via ?? null },
  { name: 'sentence', type: 'TEXT', required: true, read: (claim) => claim.sentence },
  { name: 'sentenceStart', type: 'INTEGER', required: true, read: (claim) => claim.sentenceStart },
  { name: 'ruleId', type: 'TEXT', required: true, read: (claim) => claim.ruleId },
  { name: 'schemaVersion', type: 'TEXT', required: true, read: (claim) => claim.schemaVersion },
];

/** Authors are joined with this in one cell; the JSONL keeps them as a list. */
export const AUTHOR_SEPARATOR = '; ';

export const ARTICLE_COLUMNS: Column<Article>[] = [
  { name: 'id', type: 'TEXT', required: true, read: (article) => article.id },
  { name: 'source', type: 'TEXT', required: true, read: (article) => article.source },
  { name: 'url', type: 'TEXT', read: (article) => article.url },
  { name: 'title', type: 'TEXT', required: true, read: (article) => article.title },
  { name: 'publishedAt', type: 'TEXT', read: (article) => article.publishedAt },
  { name: 'publisher', type: 'TEXT', read: (article) => article.publisher },
  { name: 'authors', type: 'TEXT', required: true, read: (article) => article.authors.join(AUTHOR_SEPARATOR) },
  { name: 'editor', type: 'TEXT', read: (article) => article.editor },
  { name: 'lang', type: 'TEXT', required: true, read: (article) => article.lang },
  { name: 'format', type: 'TEXT', required: true, read: (article) => article.format },
  { name: 'encoding', type: 'TEXT', read: (article) => article.encoding },
  { name: 'text', type: 'TEXT', required: true, read: (article) => article.text },
  { name: 'diagnostics', type: 'TEXT', required: true, read: (article) => JSON.stringify(article.diagnostics) },
  { name: 'schemaVersion', type: 'TEXT', required: true, read: (article) => article.schemaVersion },
];

export const ERROR_COLUMNS: Column<ErrorRecord>[] = [
  { name: 'source', type: 'TEXT', required: true, read: (error) => error.source },
  { name: 'stage', type: 'TEXT', required: true, read: (error) => error.stage },
  { name: 'message', type: 'TEXT', required: true, read: (error) => error.message },
  { name: 'docId', type: 'TEXT', read: (error) => error.docId },
  { name: 'schemaVersion', type: 'TEXT', required: true, read: (error) => error.schemaVersion },
];

/** Ids in one cell are joined with this; the JSONL keeps them as lists (SQLite also has check_claims). */
export const ID_SEPARATOR = ' ';

export const CHECK_COLUMNS: Column<CheckRecord>[] = [
  { name: 'id', type: 'TEXT', required: true, read: (check) => check.id },
  { name: 'kind', type: 'TEXT', required: true, read: (check) => check.kind },
  { name: 'verdict', type: 'TEXT', required: true, read: (check) => check.verdict },
  { name: 'docIds', type: 'TEXT', required: true, read: (check) => check.docIds.join(ID_SEPARATOR) },
  { name: 'claimIds', type: 'TEXT', required: true, read: (check) => check.claimIds.join(ID_SEPARATOR) },
  { name: 'stated', type: 'REAL', read: (check) => check.stated },
  { name: 'expected', type: 'REAL', read: (check) => check.expected },
  { name: 'tolerance', type: 'REAL', read: (check) => check.tolerance },
  { name: 'formula', type: 'TEXT', required: true, read: (check) => check.formula },
  { name: 'reading', type: 'TEXT', read: (check) => check.reading },
  { name: 'key', type: 'TEXT', read: (check) => check.key },
  { name: 'places', type: 'TEXT', read: (check) => (check.places ? JSON.stringify(check.places) : null) },
  { name: 'note', type: 'TEXT', required: true, read: (check) => check.note },
  { name: 'schemaVersion', type: 'TEXT', required: true, read: (check) => check.schemaVersion },
];

export function toRow<T>(columns: Column<T>[], record: T): Cell[] {
  return columns.map((column) => column.read(record));
}
