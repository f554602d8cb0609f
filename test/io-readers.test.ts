// The edge's readers, in process: line splitting, JSONL lines, WARC records, shards and the
// progress journal. The CLI tests run the same code end to end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { displayName, enumerateInputs, type InputEntry } from '../src/io/inputs/ingest.js';
import { JOURNAL_FILE, headerLine, itemLine, journalHeader, scanJournal } from '../src/io/batch/journal.js';
import { splitLines } from '../src/io/inputs/read-bytes.js';
import { articleIdFor, parseJsonlLine } from '../src/io/inputs/read-jsonl.js';
import { mapColumns, parseCsvRecord } from '../src/io/inputs/read-csv.js';
import { charsetOf } from '../src/io/inputs/read-warc.js';
import { ownsKey, parseShard } from '../src/io/batch/shard.js';
import { formatDuration } from '../src/io/batch/progress.js';
import { chunked, httpResponse, warcRecord } from './io-fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'numclaims-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

const PAGE = '<html><head><title>Budget</title></head><body><p>The city spent $4.2 million on housing in 2024.</p></body></html>';

describe('splitLines', () => {
  it('splits across chunk boundaries, strips CR, and marks an unterminated last line', async () => {
    const lines = await collect(splitLines(chunksOf('ab', 'c\r\nde', 'f\n\nlast')));
    expect(lines.map((line) => [line.bytes.toString(), line.number, line.end, line.terminated])).toEqual([
      ['abc', 1, 5, true],
      ['def', 2, 9, true],
      ['', 3, 10, true],
      ['last', 4, 14, false],
    ]);
  });
});

describe('JSONL lines', () => {
  it.each([
    ['html with url and date', { html: PAGE, url: 'https://a.example/1', publishedAt: '2024-01-02' }, { formatHint: 'html', url: 'https://a.example/1', publishedAt: '2024-01-02' }],
    ['text', { text: '全年支出13830.6万元。' }, { formatHint: 'text', url: null, publishedAt: null }],
    ['html wins over text', { html: PAGE, text: 'x' }, { formatHint: 'html' }],
  ])('%s', (_, record, expected) => {
    const item = parseJsonlLine(JSON.stringify(record), 'p.jsonl:1');
    expect(item.kind).toBe('input');
    if (item.kind === 'input') expect(item.input).toMatchObject({ source: 'p.jsonl:1', ...expected });
  });

  it('keeps a 16-hex id and hashes any other id to that shape, stably', () => {
    expect(articleIdFor('0123456789abcdef')).toBe('0123456789abcdef');
    expect(articleIdFor('page-17')).toMatch(/^[0-9a-f]{16}$/);
    expect(articleIdFor('page-17')).toBe(articleIdFor('page-17'));
    const item = parseJsonlLine(JSON.stringify({ id: 17, text: 'x' }), 's');
    expect(item.kind === 'input' && item.input.id).toBe(articleIdFor('17'));
  });

  it.each([
    ['{"html": "<p>x</p>"', /not valid JSON/],
    ['[1, 2]', /expected a JSON object.*an array/],
    ['"text"', /expected a JSON object.*string/],
    ['{"url": "https://a.example"}', /neither "html" nor "text"/],
    ['{"html": 5}', /"html" must be a string/],
    ['{"html": "<p>x</p>", "url": 5}', /"url" must be a string/],
    ['{"html": "<p>x</p>", "publishedAt": {}}', /"publishedAt" must be a string/],
    ['{"html": "<p>x</p>", "id": []}', /"id" must be a string or a number/],
  ])('rejects %s with its reason', (line, reason) => {
    const item = parseJsonlLine(line, 'p.jsonl:7');
    expect(item).toMatchObject({ kind: 'error', source: 'p.jsonl:7' });
    expect(item.kind === 'error' && item.message).toMatch(reason);
  });

  it('reads plain and multi-member gzip files alike, skipping blank lines and naming file:line', async () => {
    const lines = [JSON.stringify({ text: 'one' }), '', '{bad', JSON.stringify({ html: PAGE })];
    writeFileSync(path.join(dir, 'a.jsonl'), lines.join('\n'));
    writeFileSync(path.join(dir, 'a.jsonl.gz'), Buffer.concat([gzipSync(lines.slice(0, 2).join('\n') + '\n'), gzipSync(lines.slice(2).join('\n'))]));
    for (const name of ['a.jsonl', 'a.jsonl.gz']) {
      const file = path.join(dir, name);
      const entries = await collect(enumerateInputs([file]));
      expect(entries.map((entry) => entry.source)).toEqual([`${file}:1`, `${file}:3`, `${file}:4`]);
      const opened = await Promise.all(entries.map((entry) => entry.open()));
      expect(opened.map((item) => item.kind)).toEqual(['input', 'error', 'input']);
    }
  });

  it('turns a damaged gzip file into an error entry after the lines before the damage', async () => {
    const whole = gzipSync(Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `line ${i} `.repeat(50) })).join('\n'));
    const file = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const entries = await collect(enumerateInputs([file]));
    const last = await entries.at(-1)!.open();
    expect(last).toMatchObject({ kind: 'error', source: file });
    expect(last.kind === 'error' && last.message).toMatch(/cannot read JSONL after line \d+/);
  });
});

describe('CSV rows', () => {
  it.each([
    ['plain fields', 'a,b,c', ',', ['a', 'b', 'c']],
    ['empty fields and a trailing delimiter', 'a,,c,', ',', ['a', '', 'c', '']],
    ['a quoted field with commas, doubled quotes and a line break', 'x,"全年支出13830.6万元，""兜底""保障\n第二行",y', ',', ['x', '全年支出13830.6万元，"兜底"保障\n第二行', 'y']],
    ['an empty quoted field', '"",b', ',', ['', 'b']],
    ['tab-separated, with a quoted tab', 'a\t"b\tc"\td', '\t', ['a', 'b\tc', 'd']],
  ])('%s', (_, record, delimiter, fields) => {
    expect(parseCsvRecord(record, delimiter)).toEqual({ fields });
  });

  it.each([
    ['an unclosed quote', 'a,"b', /not closed/],
    ['text after a closing quote', 'a,"b"c,d', /after a closing quote in field 2/],
  ])('refuses %s', (_, record, message) => {
    const parsed = parseCsvRecord(record, ',');
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it.each([
    ['export names', ['province', 'year', 'title', 'source_url', 'publish_date', 'full_text'], { title: 2, url: 3, publishedAt: 4, text: 5 }],
    ['scrape names, any case and spacing', ['ID', 'URL', 'Raw HTML', 'Published At'], { id: 0, url: 1, html: 2, publishedAt: 3 }],
    ['Chinese names', ['标题', '发布时间', '链接', '正文'], { title: 0, publishedAt: 1, url: 2, text: 3 }],
  ])('maps columns: %s', (_, header, expected) => {
    expect(mapColumns(header)).toEqual(expected);
  });
});

describe('CSV files', () => {
  const HEADER = 'province,year,title,source_url,publish_date,full_text';
  const BODY = '"市民政局发布报告\n2021年共发放临时救助金13830.6万元，救助贫困群众5.27万人次。\n全市养老床位达到63198张，""十四五""开局良好。"';

  it('makes one input per row with title, url and date from their columns, naming file:line', async () => {
    const file = path.join(dir, 'report.csv');
    writeFileSync(file, `\uFEFF${HEADER}\r\n某市,2021,某市民政工作报告,https://a.example/r1,2021/01/05,${BODY}\r\n某县,2021,,https://a.example/r2,,"县里新建幼儿园12所。"\r\n`);
    const entries = await collect(enumerateInputs([file]));
    expect(entries.map((entry) => entry.source)).toEqual([`${file}:2`, `${file}:5`]);
    const first = await entries[0]!.open();
    expect(first.kind).toBe('input');
    if (first.kind !== 'input') return;
    expect(first.input).toMatchObject({ formatHint: 'text', url: 'https://a.example/r1', publishedAt: '2021-01-05', title: '某市民政工作报告' });
    expect(new TextDecoder().decode(first.input.bytes)).toContain('"十四五"开局良好');
    const second = await entries[1]!.open();
    expect(second.kind === 'input' && second.input).toMatchObject({ title: null, publishedAt: null, url: 'https://a.example/r2' });
  });

  it('reads tab-separated, gzipped and GB18030 files', async () => {
    const tsv = path.join(dir, 'pages.tsv.gz');
    writeFileSync(tsv, gzipSync(Buffer.from('id\turl\thtml\np1\thttps://a.example/p1\t' + PAGE + '\n')));
    const [entry] = await collect(enumerateInputs([tsv]));
    const item = await entry!.open();
    expect(item.kind === 'input' && item.input).toMatchObject({ formatHint: 'html', url: 'https://a.example/p1', id: articleIdFor('p1') });
    const gbk = path.join(dir, 'gbk.csv');
    writeFileSync(gbk, Buffer.concat([Buffer.from('title,text\n'), Buffer.from(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6, 0x2c, 0xd0, 0xc2, 0xbd, 0xa8, 0x31, 0x32, 0xcb, 0xf9, 0x0a]))]));
    const [gbkEntry] = await collect(enumerateInputs([gbk]));
    const gbkItem = await gbkEntry!.open();
    expect(gbkItem.kind === 'input' && gbkItem.input.title).toBe('报告');
    expect(gbkItem.kind === 'input' && new TextDecoder().decode(gbkItem.input.bytes)).toBe('新建12所');
  });

  it.each([
    ['a row without a page', `${HEADER}\n某市,2021,标题,,,\n`, [/:2$/, /no page: its text column is empty/]],
    ['a header with no page column', 'province,year,title\n某市,2021,标题\n', [/\.csv$/, /no page column: the header \(province, year, title\)/]],
    ['a quoted field never closed', `${HEADER}\n某市,2021,标题,,,"正文没有结束\n第二行\n`, [/\.csv$/, /never closed/]],
    ['an empty file', '', [/\.csv$/, /no header row/]],
  ])('turns %s into an error entry naming the reason', async (_, content, [source, message]) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, content);
    const entries = await collect(enumerateInputs([file]));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.source).toMatch(source!);
    const item = await entries[0]!.open();
    expect(item.kind === 'error' && item.message).toMatch(message!);
  });
});

describe('WARC records', () => {
  const records = [
    warcRecord({ 'WARC-Type': 'warcinfo', 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://a.example/1' }, 'GET /1 HTTP/1.1\r\n\r\n'),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://a.example/1' }, httpResponse('200 OK', { 'Content-Type': 'text/html; charset=GBK' }, PAGE)),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://a.example/logo.png' }, httpResponse('200 OK', { 'Content-Type': 'image/png' }, 'PNG')),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://a.example/old' }, httpResponse('301 Moved Permanently', { 'Content-Type': 'text/html', Location: '/1' }, '')),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': '<https://a.example/2>' }, httpResponse('200 OK', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, chunked(PAGE))),
    warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://a.example/3' }, httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, gzipSync(PAGE))),
    warcRecord({ 'WARC-Type': 'metadata', 'WARC-Target-URI': 'https://a.example/3' }, 'fetchTimeMs: 3\r\n'),
  ];

  it('makes one input per HTML response, url from WARC-Target-URI, HTTP headers and codings undone', async () => {
    const file = path.join(dir, 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(records.map((record) => gzipSync(record))));
    const plain = path.join(dir, 'crawl.warc');
    writeFileSync(plain, Buffer.concat(records));
    for (const name of [file, plain]) {
      const entries: InputEntry[] = await collect(enumerateInputs([name]));
      expect(entries.map((entry) => entry.source)).toEqual([`${name}#3`, `${name}#6`, `${name}#7`]);
      const items = await Promise.all(entries.map((entry) => entry.open()));
      for (const item of items) {
        expect(item.kind).toBe('input');
        if (item.kind === 'input') expect(Buffer.from(item.input.bytes).toString()).toBe(PAGE);
      }
      expect(items.map((item) => item.kind === 'input' && item.input.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
      expect(items[0]!.kind === 'input' && (items[0]!.input as { charset?: string }).charset).toBe('gbk');
    }
  });

  it('ends a truncated or foreign file with an error entry naming the reason', async () => {
    const cut = path.join(dir, 'cut.warc');
    const whole = Buffer.concat(records);
    writeFileSync(cut, whole.subarray(0, whole.length - 200));
    const entries = await collect(enumerateInputs([cut]));
    const last = await entries.at(-1)!.open();
    expect(last).toMatchObject({ kind: 'error', source: cut });
    expect(last.kind === 'error' && last.message).toMatch(/cannot read WARC: .*truncated/);

    const foreign = path.join(dir, 'foreign.warc');
    writeFileSync(foreign, 'hello\n');
    const [only] = await collect(enumerateInputs([foreign]));
    const item = await only!.open();
    expect(item.kind === 'error' && item.message).toMatch(/record 1 does not start with a WARC\/1\.x line/);
  });

  // Four pages, the second with a Content-Length off by 10 either way: the stretch up to the next
  // WARC/ line is one error record, and the pages after it are read (numbered as seen).
  const pages = (lie: number) =>
    Array.from({ length: 4 }, (_, i) => {
      const record = warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': `https://a.example/${i}` }, httpResponse('200 OK', { 'Content-Type': 'text/html' }, PAGE));
      if (i !== 1) return record;
      return Buffer.from(record.toString('latin1').replace(/Content-Length: (\d+)/, (_, length: string) => `Content-Length: ${Number(length) + lie}`), 'latin1');
    });
  it.each([
    ['10 bytes too long (the next record is lost, and said to be)', 10, ['input 0', 'input 1', 'error #3', 'input 3']],
    ['10 bytes too short (its page is cut short)', -10, ['input 0', 'input 1', 'error #3', 'input 2', 'input 3']],
  ])('a record whose Content-Length is %s', async (_what, lie, expected) => {
    const file = path.join(dir, `wrong-length${lie}.warc`);
    writeFileSync(file, Buffer.concat(pages(lie)));
    const items = await Promise.all((await collect(enumerateInputs([file]))).map((entry) => entry.open()));
    expect(items.map((item) => (item.kind === 'input' ? `input ${item.input.url!.slice(-1)}` : `error ${item.source.slice(item.source.indexOf('#'))}`))).toEqual(expected);
    const error = items.find((item) => item.kind === 'error');
    expect(error?.kind === 'error' && error.message).toMatch(/record 3 does not start with a WARC\/1\.x line .*: the Content-Length of record 2 is wrong, or this record is damaged; reading goes on at the next record, \d+ bytes further/);
  });

  it.each([
    ['text/html; charset=GB2312', 'gb2312'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html', null],
  ])('reads the charset of %s', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});

describe('shards', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/8', { index: 3, count: 8 }],
    [' 2 / 2 ', { index: 2, count: 2 }],
    ['0/3', null],
    ['4/3', null],
    ['1/0', null],
    ['a/b', null],
    ['2', null],
  ])('parses %j', (spec, shard) => {
    expect(parseShard(spec)).toEqual(shard);
  });

  it('gives every key to exactly one of N shards, all shards some', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `0/dir/${i}.html`);
    const count = 4;
    const sizes = Array.from({ length: count }, (_, k) => keys.filter((key) => ownsKey({ index: k + 1, count }, key)).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(keys.length);
    for (const size of sizes) expect(size).toBeGreaterThan(150);
    for (const key of keys) expect(Array.from({ length: count }, (_, k) => ownsKey({ index: k + 1, count }, key)).filter(Boolean)).toHaveLength(1);
  });
});

describe('the progress journal', () => {
  const item = (i: number, end: [number, number, number]) => itemLine({ i, s: `corpus/${i}.html`, a: 1, c: 2, e: 0, end });

  it('trusts complete lines only: a cut-off or garbled tail is dropped', async () => {
    const file = path.join(dir, JOURNAL_FILE);
    const header = headerLine(journalHeader(['corpus'], null));
    writeFileSync(file, header + item(0, [10, 20, 0]) + item(3, [25, 44, 0]));
    const good = Buffer.byteLength(header + item(0, [10, 20, 0]) + item(3, [25, 44, 0]));
    appendFileSync(file, '{"i":4,"a":1');
    let state = await scanJournal(file);
    expect(state).toMatchObject({ lastIndex: 3, lastSource: 'corpus/3.html', counts: { inputs: 2, articles: 2, claims: 4, errors: 0 }, dataEnd: [25, 44, 0], journalEnd: good });
    writeFileSync(file, header + item(0, [10, 20, 0]) + '\0\0\0\n' + item(3, [25, 44, 0]));
    state = await scanJournal(file);
    expect(state).toMatchObject({ lastIndex: 0, dataEnd: [10, 20, 0] });
  });

  it('counts a journal cut off inside its header as no journal', async () => {
    const file = path.join(dir, 'half-journal.jsonl');
    writeFileSync(file, '{"journal":"numcl');
    expect(await scanJournal(file)).toBeNull();
    expect(await scanJournal(path.join(dir, 'none.jsonl'))).toBeNull();
  });
});

describe('progress', () => {
  it.each([
    [5.2, '5s'],
    [125, '2m05s'],
    [7300, '2h01m'],
    [Number.POSITIVE_INFINITY, '?'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('a gzip bomb of one endless line or record', () => {
  // 1 MB of spaces is one gzip member of about a kilobyte; 2,000 of them inflate to 2 GB with no
  // line break. Reading must stop at the budget (1 MB here), having read a small part of the file.
  const BUDGET = 1_000_000;
  const member = gzipSync(Buffer.alloc(1 << 20, 0x20));
  const bomb = (head: string) => Buffer.concat([gzipSync(head), ...Array.from({ length: 2000 }, () => member)]);
  it.each([
    ['JSONL', 'bomb.jsonl.gz', '{"text":"', /^line of more than \d+ bytes, over the budget of 1000000 bytes per input \(--max-bytes\); the file is gzipped .* decompression bomb/],
    ['CSV', 'bomb.csv.gz', 'id,text\n1,', /^row of more than \d+ bytes, over the budget of 1000000 bytes per input \(--max-bytes\); the file is gzipped .* decompression bomb/],
    ['WARC', 'bomb.warc.gz', 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000000000\r\n\r\n', /^record of 1000000000000 bytes, .*; the file is gzipped .* decompression bomb/],
  ])('%s: one error record, and the file is not inflated past the budget', async (_format, name, head, reason) => {
    const file = path.join(dir, name);
    const bytes = bomb(head);
    writeFileSync(file, bytes);
    const entries = await collect(enumerateInputs([file], { maxBytes: BUDGET }));
    expect(entries).toHaveLength(1);
    const opened = await entries[0]!.open();
    expect(opened.kind === 'error' ? opened.message : 'an input').toMatch(reason);
    // The bytes read from disk for it: a small part of the file, not all of it.
    expect(entries[0]!.bytes).toBeLessThan(bytes.length / 4);
  });
});

describe('file names that are not UTF-8', () => {
  it.each([
    ['UTF-8, kept as it is', Buffer.from('报告 2024.html'), '报告 2024.html'],
    ['Latin-1 café', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]), 'caf\\xE9.txt'],
    ['GBK 数据', Buffer.concat([Buffer.from([0xca, 0xfd, 0xbe, 0xdd]), Buffer.from('.txt')]), '\\xCA\\xFD\\xBE\\xDD.txt'],
    ['UTF-8 é then a stray byte', Buffer.from([0xc3, 0xa9, 0xff]), 'é\\xFF'],
  ])('%s', (_what, bytes, shown) => {
    expect(displayName(bytes).name).toBe(shown);
  });

  it('are read by their bytes, in a folder whose own name is not UTF-8 either', async () => {
    const top = path.join(dir, 'names');
    const folder = Buffer.concat([Buffer.from(path.join(top, 'names-')), Buffer.from([0xb1, 0xa8])]);
    mkdirSync(folder, { recursive: true });
    writeFileSync(Buffer.concat([folder, Buffer.from('/'), Buffer.from([0xca, 0xfd]), Buffer.from('.jsonl')]), JSON.stringify({ text: 'In 2024 the city spent $4.2 million on housing.' }) + '\n');
    writeFileSync(Buffer.concat([folder, Buffer.from('/'), Buffer.from([0xe9]), Buffer.from('.html')]), PAGE);
    const ours = await collect(enumerateInputs([top]));
    expect(ours.map((entry) => path.relative(top, entry.source))).toEqual(['names-\\xB1\\xA8/\\xCA\\xFD.jsonl:1', 'names-\\xB1\\xA8/\\xE9.html']);
    for (const entry of ours) expect((await entry.open()).kind).toBe('input');
  });
});
