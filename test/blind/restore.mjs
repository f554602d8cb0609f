// Restores a blind set's texts on a machine that lost them: a page found again in the stored
// copy of the web its text came from is lined up with the set's annotations, and a restored set
// (SET_DIR-restored, texts in TEXT_DIR-restored) holds the pages that line up (docs/blind-sets.md).
//   node test/blind/restore.mjs SET_DIR FOUND_JSONL TEXT_DIR [--write]
// FOUND_JSONL has a line per page found again: {file, found, query, title}; TEXT_DIR/<file> holds
// the text as found (title line, then the excerpt). Each text is tried as it is and with its lines
// trimmed and blank lines dropped; the offset shift that puts every annotated span exactly on a
// number of its annotated value is kept. With --write, the text is saved in that form, and the
// restored set's entry gets the new sha256, its offsets moved by the shift, and `restored` (the query, the
// title line, the form) so that a later machine can find the page again. The opening lines the page
// did not have then (a menu, a date line) and what follows its last figure's sentence are left out.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [setDir, foundPath, textDir, flag] = process.argv.slice(2);
if (!setDir || !foundPath || !textDir) {
  console.error('usage: node test/blind/restore.mjs SET_DIR FOUND_JSONL TEXT_DIR [--write]');
  process.exit(2);
}
const write = flag === '--write';
const setPath = path.join(setDir, 'blind.json');
const set = JSON.parse(readFileSync(setPath, 'utf8'));
const found = readFileSync(foundPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const NUMERAL = '零〇○一二两三四五六七八九十百千万亿兩萬億廿卅半壹贰叁肆伍陆柒捌玖拾佰仟';
const WORDS = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|quarter|third|dozens?|double|twice|triple|once|single|zero|none|first|second|several|a few|both|no)\b/i;
const SIGN = /^[-+−~≈约近逾超$€£¥₹R₱PA-Z]{0,4}/u;

/**
 * How well text[a, b) fits as the annotated number: 0 when it does not start and end on a number's
 * edges, 1 when it does, 2 when its digits are also the annotated value scaled (万, million, per
 * cent as written) or it is written in words.
 */
function fit(text, a, b, value) {
  if (a < 0 || b > text.length || b <= a) return 0;
  const span = text.slice(a, b);
  const before = text[a - 1] ?? '';
  const after = text[b] ?? '';
  if (!new RegExp(`^(?:[0-9０-９${NUMERAL}+\\-−–\\p{Sc}(A-Za-z]|连续|連續|近|约|約|逾|超|共|累计|第)`, 'u').test(span)) return 0;
  if ((/[0-9]/u.test(before) || /[0-9],$/u.test(text.slice(Math.max(0, a - 2), a))) && /^[0-9]/u.test(span)) return 0;
  // 16.12 (108): a score's behinds follow its goals after a point; elsewhere a point before the span is a cut number.
  const afterPoint = before === '.' && /^[0-9]/u.test(span);
  if (/[0-9]$/u.test(span) && /[0-9]/u.test(after)) return 0;
  if (new RegExp(`^[${NUMERAL}]`, 'u').test(span) && new RegExp(`[${NUMERAL}]`, 'u').test(before) && !/^[万亿萬億]/u.test(span)) return 0;
  if (/^[A-Za-z]/u.test(span) && /[A-Za-z]/u.test(before)) return 0;
  if (/[A-Za-z]$/u.test(span) && /[A-Za-z]/u.test(after)) return 0;
  if (afterPoint) return 1;
  if (new RegExp(`[${NUMERAL}]`, 'u').test(span) || WORDS.test(span.replace(/^[-+−~≈$€£¥₹₱]+/u, ''))) return 2;
  const digits = span.replace(/(?<=\d),(?=\d)/gu, '').replace(/(?<=\d) (?=\d{3})/gu, '').match(/\d+(?:\.\d+)?/u);
  if (!digits) return 1;
  const n = Number(digits[0]);
  if (typeof value !== 'number' || n === 0 || value === 0) return 2;
  const log = Math.log10(Math.abs(value) / n);
  return Math.abs(log - Math.round(log)) < 1e-6 || /\d\s*(?:\/|to|-|–|—|至|到|~|～|分之|:|：)/u.test(span) ? 2 : 1;
}

/** The spans' fit at a shift: whether every one is on a number's edges, and how many are their values. */
function score(text, claims, shift) {
  let edges = 0;
  let values = 0;
  for (const c of claims) {
    const f = fit(text, c.span[0] + shift, c.span[1] + shift, c.value);
    if (f > 0) edges++;
    if (f > 1) values++;
  }
  return { edges, values, ok: edges * 1000 + values };
}

const CHROME = /[>|»]|https?:|首页|索引|搜索|检索|登录|注册|分享|扫一扫|版面|来源|來源|日期|时间|時間|作者|点击|字号|字號|打印|Home|Share|Print/u;

const PROMPT_LINE = /^(?:advertisement\.?(?: scroll to continue reading\.?)?|continue reading|read more|scroll to continue( reading)?\.?)$/iu;

function trimmed(text) {
  return text.split('\n').map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')).filter(Boolean).join('\n');
}

let restored = 0;
for (const entry of found) {
  const doc = set.documents.find((d) => d.file === entry.file);
  const textPath = path.join(textDir, entry.file);
  if (!doc) { console.log(`${entry.file}: not in ${setPath}`); continue; }
  if (!entry.found || !existsSync(textPath)) { console.log(`${entry.file}: not found again`); continue; }
  const raw = readFileSync(textPath, 'utf8').replace(/\r\n?/gu, '\n');
  let best = null;
  const forms = [
    ['as found', raw.replace(/\n+$/u, '')],
    ['lines trimmed', trimmed(raw)],
    ['bullets dropped', trimmed(raw.replace(/^[ \t\u3000]*[•·▪●◆■*][ \t\u3000]*/gmu, ''))],
    // A copy that renders the page's advertising and reading prompts as lines of their own.
    ['prompts dropped', trimmed(raw).split('\n').filter((line) => !PROMPT_LINE.test(line)).join('\n')],
  ];
  for (const [form, text] of forms) {
    for (let shift = -600; shift <= 600; shift++) {
      const { edges, values, ok } = score(text, doc.claims, shift);
      if (!best || ok > best.ok) best = { form, text, shift, ok, edges, values };
    }
  }
  // Every span on a number's edges, and nine in ten of them on their very values (a span like
  // `two minutes and 37 seconds` is 157 seconds), while a wrong shift puts most of them off.
  const all = best.edges === doc.claims.length && best.values >= 0.9 * doc.claims.length;
  console.log(`${entry.file}: ${all ? 'lines up' : 'does NOT line up'} (${best.edges}/${doc.claims.length} spans on numbers, ${best.values} on their values) at shift ${best.shift}, ${best.form}`);
  for (const c of doc.claims) {
    const f = fit(best.text, c.span[0] + best.shift, c.span[1] + best.shift, c.value);
    if (f < 2) console.log(`   ${f === 0 ? '✗' : '?'} ${JSON.stringify(best.text.slice(c.span[0] + best.shift - 3, c.span[1] + best.shift + 3))} ≠ ${c.value} ${c.unit ?? ''}`);
  }
  if (!all) continue;
  restored++;
  // The text found again opens with more than the page saved then (a site's menu, a breadcrumb, a
  // date line before the headline): drop whole lines before the first figure whose lengths make up
  // the difference: chrome and short lines only, never a headline.
  if (best.shift > 0) {
    const lines = best.text.split('\n');
    const first = Math.min(...doc.claims.map((c) => c.context[0] + best.shift));
    const opening = [];
    for (let i = 0, at = 0; i < lines.length && i < 14 && at + lines[i].length < first; at += lines[i].length + 1, i++) opening.push(lines[i].length + 1);
    let choice = null;
    for (let mask = 1; mask < 1 << opening.length; mask++) {
      let dropped = 0;
      for (let i = 0; i < opening.length; i++) if (mask & (1 << i)) dropped += opening[i];
      // Only chrome and short lines (a site's name) go; a headline never does.
      if (dropped !== best.shift || [...opening.keys()].some((i) => mask & (1 << i) && !CHROME.test(lines[i]) && lines[i].length > 12)) continue;
      // The page's headline is the longest opening line that is no menu, breadcrumb, address or date line.
      const headline = Math.max(0, ...[...opening.keys()].filter((i) => !(mask & (1 << i)) && !CHROME.test(lines[i])).map((i) => opening[i]));
      const drops = [...opening.keys()].filter((i) => mask & (1 << i)).length;
      if (!choice || headline > choice.headline || (headline === choice.headline && drops < choice.drops)) choice = { mask, headline, drops };
    }
    if (choice) {
      best.text = lines.filter((_, i) => !(i < opening.length && choice.mask & (1 << i))).join('\n');
      console.log(`   opening lines dropped to line up: ${lines.filter((_, i) => i < opening.length && choice.mask & (1 << i)).map((l) => JSON.stringify(l.slice(0, 30))).join(', ')}`);
      best.dropped = lines.filter((_, i) => i < opening.length && choice.mask & (1 << i)).length;
      best.shift = 0;
    }
  }
  // The page was saved then up to a little after its last figure; what the excerpt has beyond the
  // end of that figure's sentence (more paragraphs, related headlines) was never annotated.
  const lastEnd = Math.max(...doc.claims.map((c) => c.context[1] + best.shift));
  const stop = /[。！？]|\n/u.exec(best.text.slice(lastEnd));
  if (stop) best.text = best.text.slice(0, lastEnd + stop.index + (stop[0] === '\n' ? 0 : 1));
  if (!write) continue;
  const bytes = Buffer.from(best.text, 'utf8');
  mkdirSync(`${textDir}-restored`, { recursive: true });
  writeFileSync(path.join(`${textDir}-restored`, entry.file), bytes);
  doc.sha256 = createHash('sha256').update(bytes).digest('hex');
  doc.claims = doc.claims.map((c) => ({ ...c, span: [c.span[0] + best.shift, c.span[1] + best.shift], context: [Math.max(0, c.context[0] + best.shift), Math.min(best.text.length, c.context[1] + best.shift)] }));
  doc.restored = { query: entry.query, title: entry.title ?? null, form: best.form, ...(best.dropped ? { openingLinesDropped: best.dropped } : {}) };
}
console.log(`${restored} of ${found.length} pages line up`);
if (write) {
  const out = `${setDir.replace(/\/$/u, '')}-restored`;
  mkdirSync(out, { recursive: true });
  const restoredSet = {
    texts: `${set.texts}-restored`,
    note: `${set.note ?? ''} Restored from ${set.texts} on a machine that had lost its texts: each page found again in the stored web copy by the query it records, lined up with the annotations by one shift of the offsets (test/blind/restore.mjs); pages not found again are left out.`.trim(),
    documents: set.documents.filter((d) => d.restored),
  };
  writeFileSync(path.join(out, 'blind.json'), JSON.stringify(restoredSet, null, 1) + '\n');
  console.log(`${out}: ${restoredSet.documents.length} pages, ${restoredSet.documents.reduce((n, d) => n + d.claims.length, 0)} claims`);
}
