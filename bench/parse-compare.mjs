// Parser comparison on the real pages of ../shared/corpus-real: numclaims' parse stage against
// @mozilla/readability (on linkedom), both fed the same decoded HTML. Prints title, date and
// body-boundary accuracy against test/real-pages.expected.json, character F1 against the
// corpus truth files, and parse speed in MB of HTML per second on one core, measured in this
// run. Usage: npx tsc -p . && node bench/parse-compare.mjs [--rounds N]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../dist/core/parse/decode-bytes.js';
import { parseArticle } from '../dist/core/parse/parse-article.js';
import { initialState } from '../dist/core/pipeline.js';
import { accuracy, charF1, corpusDir, loadExpected, scorePage, truthFor } from './parse-score.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Math.max(1, Number(values.rounds));
const dir = corpusDir();
if (!dir) {
  console.log('../shared/corpus-real is absent on this machine: nothing to compare.');
  process.exit(0);
}
const { pages } = loadExpected();
const inputs = pages.map((page) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, page.path)));
  const html = page.path.endsWith('.html');
  return { page, bytes, html, decoded: decodeBytes(bytes) };
});

function ours(input) {
  const state = { ...initialState({ source: input.page.path, bytes: input.bytes, formatHint: input.html ? 'html' : 'text' }), decoded: input.decoded };
  return parseArticle(state).article;
}

function readability(input) {
  const { document } = parseHTML(input.decoded.text);
  const result = new Readability(document).parse();
  return { title: result?.title ?? '', publishedAt: result?.publishedTime ?? null, text: result?.textContent ?? '' };
}

function score(parser, subset) {
  const scores = [];
  const f1s = [];
  for (const input of subset) {
    let parsed;
    try {
      parsed = parser(input);
    } catch {
      parsed = { title: '', publishedAt: null, text: '' };
    }
    scores.push(scorePage(input.page, parsed));
    const truth = truthFor(dir, input.page.path);
    if (truth !== null) f1s.push(charF1(parsed.text, truth));
  }
  const mean = (key) => f1s.reduce((sum, r) => sum + r[key], 0) / Math.max(1, f1s.length);
  return { ...accuracy(scores), f1: mean('f1'), precision: mean('precision'), recall: mean('recall'), truthPages: f1s.length };
}

function speed(parser, subset) {
  const bytes = subset.reduce((sum, input) => sum + input.bytes.length, 0);
  for (const input of subset) parser(input); // warm-up
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const input of subset) parser(input);
  const seconds = (performance.now() - started) / 1000;
  return { mbPerSecond: (bytes * rounds) / 1e6 / seconds, msPerPage: (seconds * 1000) / (rounds * subset.length) };
}

const htmlInputs = inputs.filter((input) => input.html);
const cell = (r) => `${String(r.correct).padStart(2)}/${r.total} ${(100 * r.rate).toFixed(1).padStart(5)}%`;
const rows = [
  ['numclaims, HTML pages', score(ours, htmlInputs), speed(ours, htmlInputs)],
  ['readability+linkedom, HTML pages', score(readability, htmlInputs), speed(readability, htmlInputs)],
  ['numclaims, HTML and text pages', score(ours, inputs), null],
];
console.log(`corpus: ${htmlInputs.length} HTML pages (${(htmlInputs.reduce((s, i) => s + i.bytes.length, 0) / 1e6).toFixed(2)} MB), ${inputs.length - htmlInputs.length} text pages; speed over ${rounds} rounds on one core (decoding excluded for both)`);
console.log(['parser'.padEnd(34), 'title'.padEnd(13), 'date'.padEnd(13), 'body start'.padEnd(13), 'body end'.padEnd(13), 'char F1 (P/R) vs truth'.padEnd(24), 'MB/s', 'ms/page'].join(' '));
for (const [name, s, v] of rows) {
  console.log(
    [
      name.padEnd(34),
      cell(s.title).padEnd(13),
      cell(s.date).padEnd(13),
      cell(s.start).padEnd(13),
      cell(s.end).padEnd(13),
      `${s.f1.toFixed(3)} (${s.precision.toFixed(3)}/${s.recall.toFixed(3)}) n=${s.truthPages}`.padEnd(24),
      v ? v.mbPerSecond.toFixed(1).padStart(4) : '   -',
      v ? v.msPerPage.toFixed(1) : '-',
    ].join(' '),
  );
}
const [oursRow, theirsRow] = rows;
console.log(`ratio: numclaims parses ${(oursRow[2].mbPerSecond / theirsRow[2].mbPerSecond).toFixed(1)}x the HTML per second of readability+linkedom`);
