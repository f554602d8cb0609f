// Imports a blind set annotated outside the repository (FOLDER/*.txt + *.gold.json +
// manifest.jsonl, the annotators' format of docs/annotation-guidelines.md §4) as a blind.json
// that holds no third-party text: per page its URL, sha256 and the annotations by offset.
//   node test/blind/import-set.mjs /work/blind/zh/dev test/blind/zh/dev zh/dev
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [from, to, texts] = process.argv.slice(2);
if (!from || !to || !texts) {
  console.error('usage: node test/blind/import-set.mjs FOLDER OUT_DIR TEXTS_SUBPATH');
  process.exit(2);
}
const manifest = new Map(
  readFileSync(path.join(from, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((entry) => [entry.file, entry]),
);
const documents = [];
for (const goldName of readdirSync(from).filter((name) => name.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(from, goldName), 'utf8'));
  const bytes = readFileSync(path.join(from, gold.source));
  const text = bytes.toString('utf8');
  const entry = manifest.get(gold.source) ?? {};
  let cursor = 0;
  const claims = [];
  for (const claim of gold.claims) {
    const at = text.indexOf(claim.context, cursor);
    if (at < 0) throw new Error(`${goldName}: context ${JSON.stringify(claim.context)} not found after offset ${cursor}`);
    const start = at + claim.context.indexOf(claim.text);
    cursor = at;
    const { text: _text, context: _context, note: _note, ...fields } = claim;
    claims.push({ span: [start, start + claim.text.length], context: [at, at + claim.context.length], ...fields });
  }
  documents.push({
    file: gold.source,
    url: entry.url ?? '',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lang: gold.lang,
    publishedAt: gold.publishedAt ?? null,
    ...(entry.genre ? { genre: entry.genre } : {}),
    ...(entry.region ? { region: entry.region } : {}),
    // The query that finds the page again in the stored web copy, should this machine lose the text (docs/blind-sets.md).
    ...(entry.query ? { found: { query: entry.query, title: entry.titleSource === 'excerpt' ? null : entry.title ?? null } } : {}),
    claims,
  });
}
mkdirSync(to, { recursive: true });
const note = 'Annotations by offset into third-party pages kept outside the repository (see src/eval/blind-set.ts); values, units, subjects and periods by annotators who saw only docs/annotation-guidelines.md and the page.';
writeFileSync(path.join(to, 'blind.json'), JSON.stringify({ texts, note, documents }, null, 1) + '\n');
console.log(`${to}: ${documents.length} pages, ${documents.reduce((n, d) => n + d.claims.length, 0)} claims`);
