// The bad-input corpus of issue 17, generated into a folder (nothing large is committed): every
// kind of broken or hostile input a crawl holds, each with the outcome it must end in: an
// article, or an error record whose message matches `reason`. Used by bad-inputs.test.ts; run
// `node --import tsx test/bad-inputs.ts DIR` is not needed: the test calls writeBadInputs.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { warcRecord, httpResponse } from './io-fixtures.js';

export interface BadInput {
  /** File name inside the corpus folder (a container's records are named file:line or file#n). */
  name: string;
  /** What the input must end as: an article, or an error whose message matches. */
  outcome: 'article' | RegExp;
  /** A sentence for the README table. */
  what: string;
}

const ZH = '2020年全市共发放临时救助金13830.6万元，救助贫困群众5.27万人次，比上年增长6.1%。';
const EN = 'In 2023 the county paid $3.2 million to 52,700 residents, up 6.1% from the year before.';
const page = (body: string, head = '<meta charset="utf-8"><title>测试页面</title>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
/** Distinct paragraphs, so de-duplication keeps them: `count` of them. */
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>第${i + 1}项：${ZH}</p>`).join('\n');
/** A short article: five distinct paragraphs of running prose. */
const PROSE = Array.from({ length: 5 }, (_, i) => ZH.replace('2020', String(2015 + i))).join('');
const PROSE_PARAGRAPHS = Array.from({ length: 5 }, (_, i) => `<p>${ZH.replace('2020', String(2015 + i))}</p>`).join('');

/** GB18030 bytes of a string of CJK and ASCII, without a codec library: Node decodes GB18030, so build a reverse map once. */
function gbkEncode(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/**
 * Writes the corpus into `dir` and returns what each input must become, for a run with
 * `--max-bytes maxBytes` (the test uses 5 MB, so the page over it and the bomb stay small).
 */
export function writeBadInputs(dir: string, maxBytes: number): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const inputs: BadInput[] = [];
  const add = (name: string, content: string | Buffer, outcome: BadInput['outcome'], what: string) => {
    writeFileSync(path.join(dir, name), content);
    inputs.push({ name, outcome, what });
  };
  add('empty.html', '', /empty/i, 'an empty file');
  add('blank.txt', ' \n\t\n   \n', /no body text/i, 'a file of whitespace only');
  add('png.html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]), /binary|not text/i, 'a PNG under a page’s name');
  add('pdf.html', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x01)]), /binary|not text|PDF/i, 'a PDF under a page’s name');
  add('gzip-no-ext.html', gzipSync(page(paragraphs(3))), /binary|gzip/i, 'a gzip without .gz');
  add('invalid-utf8.html', Buffer.concat([Buffer.from(page(PROSE_PARAGRAPHS).slice(0, 120)), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from(page(PROSE_PARAGRAPHS).slice(120))]), 'article', 'invalid UTF-8 bytes in a page');
  add('gbk-declared-utf8.html', Buffer.concat([Buffer.from('<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>'), gbkEncode(PROSE_PARAGRAPHS), Buffer.from('</body></html>')]), 'article', 'GBK bytes under a UTF-8 declaration');
  add('utf8-declared-gbk.html', page(PROSE_PARAGRAPHS, '<meta charset="gbk"><title>t</title>'), 'article', 'UTF-8 bytes under a GBK declaration');
  add('mixed-encodings.html', Buffer.concat([Buffer.from(page(PROSE_PARAGRAPHS).replace('</body></html>', '')), gbkEncode(`<p>${ZH.replace('2020', '2012')}</p>`), Buffer.from('</body></html>')]), 'article', 'UTF-8 and GBK mixed in one page (read piece by piece)');
  add('deep-nesting.html', page('<div>'.repeat(10_000) + PROSE_PARAGRAPHS + '</div>'.repeat(10_000)), 'article', '10,000-deep nesting');
  add('many-links.html', page(`<p>${ZH}</p><p>${ZH.replace('2020', '2022')}</p>` + Array.from({ length: 100_000 }, (_, i) => `<a href="/n/${i}">链接${i}</a>`).join('')), 'article', '100,000 links around two sentences (the sentences are kept)');
  add('unterminated.html', `<html><body>${PROSE_PARAGRAPHS.replace(/<\/p>/g, '')}<b><i><div class="x">` + '<!-- a comment never closed', 'article', 'unterminated tags and comments');
  add('script-only.html', page('<script>' + 'var x = "2020年发放13830.6万元";\n'.repeat(500) + '</script>'), /no visible text/i, 'a page that is only a script');
  add('giant-pre.html', page('<pre>' + Array.from({ length: 300 }, (_, i) => `第${i}行：${ZH}`).join('\n') + '</pre>'), 'article', 'one giant <pre>');
  add('prose-in-body.html', page(paragraphs(300)), 'article', 'a page of ordinary prose paragraphs straight in <body> (the 29 MB page of the issue, smaller)');
  add('digits.txt', '统计数字：' + '7'.repeat(1_000_000) + '元。', 'article', 'a 1 MB run of digits');
  add('wan-run.txt', '共计' + '万'.repeat(100_000) + '元。', 'article', '万万万… runs');
  add('yi-run.txt', '共计' + '一'.repeat(100_000) + '人。', 'article', '一一一… runs');
  add('percent-run.txt', '增长' + '%'.repeat(100_000), 'article', '%%%… runs');
  add('dotted-run.txt', '版本' + '1.'.repeat(50_000) + '1万元。', 'article', '1.1.1.1… runs');
  add('huge-numbers.txt', `金额为1e400元。\n人数为${'9'.repeat(400)}人。\n比例为${'0.'.repeat(1000)}5%。\n另有${'9'.repeat(400)}万元的支出。`, 'article', '1e400, 9×400 and 0.×1000 (no Infinity or NaN)');
  add('over-budget.html', Buffer.alloc(maxBytes + 1_000_000, 'a'), /over the budget.*--max-bytes/, 'a page over --max-bytes (the 50 MB page against the default 20 MB)');
  add('file with spaces.txt', PROSE, 'article', 'a file name with spaces');
  add('file\nwith\nnewlines.txt', PROSE, 'article', 'a file name with line breaks');
  const latin1Name = Buffer.concat([Buffer.from(dir + '/latin1-'), Buffer.from([0xe9, 0xff]), Buffer.from('.txt')]);
  writeFileSync(latin1Name, PROSE);
  // Read by its bytes, and named with the bytes that are not UTF-8 as \xHH.
  inputs.push({ name: 'latin1-\\xE9\\xFF.txt', outcome: 'article', what: 'a file name that is not UTF-8' });
  add('unreadable.txt', PROSE, /cannot read|permission/i, 'an unreadable file (mode 000; skipped as root)');
  chmodSync(path.join(dir, 'unreadable.txt'), 0);
  mkdirSync(path.join(dir, 'loop'));
  symlinkSync('..', path.join(dir, 'loop', 'up'));
  symlinkSync('loop-b.html', path.join(dir, 'loop-a.html'));
  symlinkSync('loop-a.html', path.join(dir, 'loop-b.html'));
  inputs.push({ name: 'loop-a.html', outcome: /loop of symbolic links/, what: 'a symbolic link loop' });
  inputs.push({ name: 'loop-b.html', outcome: /loop of symbolic links/, what: 'a symbolic link loop' });

  // Containers.
  const jsonl = [JSON.stringify({ id: 'a', text: ZH }), '{not json', '[1,2]', '"a string"', JSON.stringify({ id: 'b', html: page('<div>'.repeat(10_000) + `<p>${EN}</p>`.repeat(3)) }), JSON.stringify({ id: 'c' })].join('\n') + '\n';
  writeFileSync(path.join(dir, 'lines.jsonl'), jsonl);
  inputs.push({ name: 'lines.jsonl:1', outcome: 'article', what: 'JSONL: a good line' });
  inputs.push({ name: 'lines.jsonl:2', outcome: /not valid JSON/, what: 'JSONL: a line that is not JSON' });
  inputs.push({ name: 'lines.jsonl:3', outcome: /expected a JSON object/, what: 'JSONL: a line that is an array' });
  inputs.push({ name: 'lines.jsonl:4', outcome: /expected a JSON object/, what: 'JSONL: a line that is a string' });
  inputs.push({ name: 'lines.jsonl:5', outcome: 'article', what: 'JSONL: a deeply nested page' });
  inputs.push({ name: 'lines.jsonl:6', outcome: /neither "html" nor "text"/, what: 'JSONL: an object with no page' });
  const whole = gzipSync(Buffer.from([JSON.stringify({ text: ZH }), JSON.stringify({ text: EN }), JSON.stringify({ text: ZH.replace('2020', '2017') })].join('\n') + '\n'));
  add('truncated.jsonl.gz', whole.subarray(0, whole.length - 12), /cannot read JSONL|unexpected end|truncated/i, 'a truncated gzip');
  add('bomb.jsonl.gz', gzipSync(Buffer.alloc(maxBytes * 4, 0x20)), /over the budget.*--max-bytes/, 'a decompression bomb: one line expanding to 4× the budget');
  inputs[inputs.length - 1]!.name = 'bomb.jsonl.gz:1';
  const good = warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://example.gov.cn/a.html' }, httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, page(PROSE_PARAGRAPHS)));
  const lying = Buffer.from(warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://example.gov.cn/b.html' }, httpResponse('200 OK', { 'Content-Type': 'text/html' }, page(`<p>${ZH}</p>`))).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 99999999'), 'latin1');
  writeFileSync(path.join(dir, 'lengths.warc'), Buffer.concat([good, lying]));
  inputs.push({ name: 'lengths.warc#1', outcome: 'article', what: 'WARC: a good record' });
  inputs.push({ name: 'lengths.warc', outcome: /truncated|Content-Length|cannot read WARC/i, what: 'WARC: a record whose Content-Length runs past the end' });
  writeFileSync(path.join(dir, 'quotes.csv'), `title,text\n"one","${PROSE}"\n"two","${ZH} and a quote "that never closes\n"three","${PROSE}"\n`);
  inputs.push({ name: 'quotes.csv:2', outcome: 'article', what: 'CSV: the row before unbalanced quotes' });
  inputs.push({ name: 'quotes.csv:3', outcome: /not a valid CSV row/, what: 'CSV with unbalanced quotes' });
  inputs.push({ name: 'quotes.csv:4', outcome: 'article', what: 'CSV: the row after unbalanced quotes' });
  return inputs;
}
