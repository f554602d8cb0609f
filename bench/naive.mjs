// The naive composition R1 is measured against: one process that decodes every input,
// cheerio-parses it and runs nodejieba.tag over all of its text (scripts and styles removed),
// dictionary load included. Prints its own split of the time as JSON on stdout.
// usage: node bench/naive.mjs DIR
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { decodeBytes } from '../dist/core/parse/decode-bytes.js';

const require = createRequire(import.meta.url);
const started = performance.now();
const jieba = require('nodejieba');
jieba.load();
const loaded = performance.now();

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(?:html?|txt)$/i.test(name)) yield full;
  }
}

let documents = 0;
let parseMs = 0;
let tagMs = 0;
let textChars = 0;
for (const file of walk(process.argv[2])) {
  let text;
  const parseStarted = performance.now();
  try {
    const $ = cheerio.load(decodeBytes(readFileSync(file)).text);
    $('script, style, noscript').remove();
    text = $.root().text();
  } catch {
    continue;
  }
  const tagStarted = performance.now();
  parseMs += tagStarted - parseStarted;
  jieba.tag(text);
  tagMs += performance.now() - tagStarted;
  textChars += text.length;
  documents++;
}
process.stdout.write(JSON.stringify({ documents, textChars, dictionaryMs: loaded - started, parseMs, tagMs, totalMs: performance.now() - started }) + '\n');
