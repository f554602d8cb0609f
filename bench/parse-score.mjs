// Scoring shared by test/parse-real-pages.test.ts and bench/parse-compare.mjs: compares a
// parser's title, date and body boundaries with the hand annotations in
// test/real-pages.expected.json, and its body with the truth files of ../shared/corpus-real.
// Comparison ignores whitespace and applies NFKC, so full-width and half-width punctuation match.
import fs from 'node:fs';
import path from 'node:path';

/** @param {string} text */
export function normalise(text) {
  // Whitespace and invisible format characters (soft hyphen, zero-width space, word joiner, BOM) are not content.
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000\u00ad\u200b\u2060\ufeff]+/gu, '');
}

/** @param {string | string[] | null} value */
function alternatives(value) {
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

/**
 * @typedef {{ path: string, title: string | string[], date: string | null, bodyStart: string | string[], bodyEnd: string | string[] | null }} Expected
 * @typedef {{ title: string, publishedAt: string | null, text: string }} Parsed
 * @typedef {{ title: boolean, date: boolean, start: boolean, end: boolean | null }} PageScore
 */

/** @param {Expected} expected @param {Parsed} parsed @returns {PageScore} */
export function scorePage(expected, parsed) {
  const text = normalise(parsed.text);
  const title = normalise(parsed.title);
  const date = parsed.publishedAt ? parsed.publishedAt.slice(0, 10) : null;
  return {
    title: alternatives(expected.title).some((t) => normalise(t) === title),
    date: date === expected.date,
    start: alternatives(expected.bodyStart).some((s) => text.startsWith(normalise(s))),
    end: expected.bodyEnd === null ? null : alternatives(expected.bodyEnd).some((s) => text.endsWith(normalise(s))),
  };
}

/** @param {PageScore[]} scores */
export function accuracy(scores) {
  const rate = (/** @type {(s: PageScore) => boolean | null} */ pick) => {
    const counted = scores.map(pick).filter((v) => v !== null);
    return { correct: counted.filter(Boolean).length, total: counted.length, rate: counted.length ? counted.filter(Boolean).length / counted.length : 0 };
  };
  return { title: rate((s) => s.title), date: rate((s) => s.date), start: rate((s) => s.start), end: rate((s) => s.end) };
}

/** Character-level F1 of a parsed body against a truth body (multisets of characters, whitespace ignored). */
export function charF1(predicted, truth) {
  const count = (/** @type {string} */ s) => {
    /** @type {Map<string, number>} */
    const m = new Map();
    for (const ch of normalise(s)) m.set(ch, (m.get(ch) ?? 0) + 1);
    return m;
  };
  const p = count(predicted);
  const t = count(truth);
  let common = 0;
  let pTotal = 0;
  let tTotal = 0;
  for (const [ch, n] of p) {
    pTotal += n;
    common += Math.min(n, t.get(ch) ?? 0);
  }
  for (const n of t.values()) tTotal += n;
  if (pTotal === 0 || tTotal === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = common / pTotal;
  const recall = common / tTotal;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The corpus folder beside the repository, or null when this machine has none. */
export function corpusDir(repoRoot = process.cwd()) {
  const dir = path.resolve(repoRoot, '..', 'shared', 'corpus-real');
  return fs.existsSync(path.join(dir, 'MANIFEST.tsv')) ? dir : null;
}

/** @returns {{ about: string, pages: Expected[] }} */
export function loadExpected(repoRoot = process.cwd()) {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'real-pages.expected.json'), 'utf8'));
}

/** Truth body for a page, when the corpus ships one (truth/zh-html/NNN.content.txt). */
export function truthFor(dir, pagePath) {
  const file = path.join(dir, 'truth', pagePath.replace(/\.html$/, '.content.txt'));
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
