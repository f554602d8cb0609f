// nodejieba.tag over the article texts alone (from a dataset's articles.jsonl), dictionary load
// included: the floor for any pipeline that segments whole articles. Prints timings as JSON.
// usage: node bench/tag-texts.mjs articles.jsonl
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const started = performance.now();
const jieba = require('nodejieba');
jieba.load();
const loaded = performance.now();
let documents = 0;
let textChars = 0;
let tagMs = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  const tagStarted = performance.now();
  jieba.tag(text);
  tagMs += performance.now() - tagStarted;
  textChars += text.length;
  documents++;
}
process.stdout.write(JSON.stringify({ documents, textChars, dictionaryMs: loaded - started, tagMs, totalMs: performance.now() - started }) + '\n');
