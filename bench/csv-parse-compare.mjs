// node bench/csv-parse-compare.mjs — the CSV reader (src/io/inputs/read-csv.ts) against csv-parse
// (streaming, RFC 4180) on one generated export: are the fields of every row identical, how long
// each takes to give every row's fields (one run each, ratio), and what each does with the rows
// a crawler's export breaks (an unbalanced quote, a GB18030 row in a UTF-8 file, a row over the
// byte budget). Environment: CSV_ROWS (default 20000).
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { readCsv } from '../dist/io/inputs/read-csv.js';

const ROWS = Number(process.env.CSV_ROWS ?? 20000);
const work = mkdtempSync(path.join(os.tmpdir(), 'csv-compare-'));
const quote = (field) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const row = (i) =>
  [String(i), `标题 ${i}, "引号"`, `https://example.gov/${i}`, '2021-01-15', `2020年全市发放临时救助金${i}.6万元,救助"贫困"群众5.27万人次。\n第二段：In 2020 the city paid ${i} dollars.`].map(quote).join(',');
const header = 'id,title,source_url,publish_date,full_text';
const good = path.join(work, 'good.csv');
writeFileSync(good, [header, ...Array.from({ length: ROWS }, (_, i) => row(i))].join('\r\n') + '\r\n');

/** Every row's fields by the hand-written reader (parsed as `open` parses them). */
async function ours(file, maxBytes) {
  const rows = [];
  // readCsv hands records out unparsed; parsing is what open() does, so it is timed here too.
  for await (const entry of readCsv(file, 'k', { bytes: 0 }, ',', maxBytes)) {
    const item = entry.open();
    rows.push({ line: Number(entry.source.slice(entry.source.lastIndexOf(':') + 1)) || null, item: item.kind === 'error' ? `error: ${item.message}` : item.input.title });
  }
  return rows;
}
async function oursFields(file) {
  const fields = [];
  for await (const entry of readCsv(file, 'k', { bytes: 0 }, ',')) {
    const item = entry.open();
    if (item.kind === 'input') fields.push([item.input.title, item.input.url, new TextDecoder().decode(item.input.bytes)]);
  }
  return fields;
}
/**
 * Every row by csv-parse in its most lenient settings (the hand-written reader reads stray quotes
 * and extra fields), rows with errors skipped and reported; `lines` is the line a record ends on.
 * The page is encoded to bytes, as the hand-written reader's open() does.
 */
async function theirs(file, options = {}) {
  const rows = [];
  const skipped = [];
  const parser = createReadStream(file).pipe(parse({ bom: true, info: true, skip_records_with_error: true, relax_quotes: true, relax_column_count: true, ...options }));
  parser.on('skip', (error) => skipped.push(`${error.code} at line ${error.lines}`));
  try {
    for await (const { record, info } of parser) {
      new TextEncoder().encode(record[4] ?? '');
      rows.push({ line: info.lines, record });
    }
  } catch (error) {
    skipped.push(`stream error: ${error.code ?? ''} ${error.message}`);
  }
  return { rows, skipped };
}

const log = (line = '') => process.stdout.write(line + '\n');
log(`CSV reader vs csv-parse — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${ROWS} rows`);
await oursFields(good);
await theirs(good); // warm both
let started = performance.now();
const a = await oursFields(good);
const oursMs = performance.now() - started;
started = performance.now();
const b = await theirs(good);
const theirsMs = performance.now() - started;
const theirFields = b.rows.slice(1).map(({ record }) => [record[1].trim(), record[2].trim(), record[4].trim()]);
const same = a.length === theirFields.length && a.every((fields, i) => fields.every((field, j) => field === theirFields[i][j]));
log(`well-formed: ${a.length} vs ${theirFields.length} rows, fields identical: ${same}; hand-written ${oursMs.toFixed(0)} ms, csv-parse ${theirsMs.toFixed(0)} ms (csv-parse/hand-written ${(theirsMs / oursMs).toFixed(2)})`);

const broken = {
  'an unbalanced quote in row 2 of 4': [header, row(1), '2,"标题 2,https://x,2021-01-15,正文 2020年5万元', row(3), row(4)].join('\n') + '\n',
  'a stray quote inside an unquoted field': [header, row(1), '2,标题 "2",https://x,2021-01-15,正文2020年5万元', row(3)].join('\n') + '\n',
  'a row with a field too many': [header, row(1), '2,t,https://x,2021-01-15,正文,extra', row(3)].join('\n') + '\n',
  'a GB18030 row in a UTF-8 file': Buffer.concat([Buffer.from([header, row(1)].join('\n') + '\n'), Buffer.from([0x32, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0x75, 0x2c, 0x64, 0x2c, 0xd5, 0xfd, 0xce, 0xc4, 0x0a]), Buffer.from(row(3) + '\n')]),
  'a row over the byte budget (1 kB)': [header, row(1), `2,t,u,d,${'长'.repeat(2000)}`, row(3)].join('\n') + '\n',
};
for (const [what, content] of Object.entries(broken)) {
  const file = path.join(work, 'broken.csv');
  writeFileSync(file, content);
  const mine = (await ours(file, what.includes('budget') ? 1000 : undefined)).map((r) => `line ${r.line}: ${r.item}`);
  const other = await theirs(file, what.includes('budget') ? { max_record_size: 1000 } : {});
  log(`\n${what}\n  hand-written (start line): ${mine.join(' | ')}\n  csv-parse (end line):     ${other.rows.slice(1).map((r) => `line ${r.line}: ${String(r.record[1]).slice(0, 30)}`).join(' | ')}${other.skipped.length ? ` | skipped: ${other.skipped.join('; ')}` : ''}`);
}
rmSync(work, { recursive: true, force: true });
