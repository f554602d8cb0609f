// Scores blind sets with the built pipeline (dist/) and lists what a round works from: pooled
// figures per language, disagreements on one field, misses and false positives, or a snapshot of
// every prediction's fields to compare two builds byte for byte. A developer's tool: the gate is
// test/eval-gate.test.ts.
//   node test/blind/score.mjs [--sets dev|test|held|all|DIR,DIR] [--lang zh|en]
//        [--field time|subject|unit|kind|change|per|range|approx|list] [--misses] [--snapshot FILE]
// --sets dev (default): the gated restored dev sets; test: the test sets' restored subsets (score
// them only at a round's start and end); held: the held-out sets imported with `found`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { evaluateGold } = await import(path.join(root, 'dist/eval/evaluate.js'));
const { summarise, subjectsOverlap, FIELD_AGREEMENT } = await import(path.join(root, 'dist/eval/score.js'));

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'dev' },
    lang: { type: 'string' },
    field: { type: 'string' },
    misses: { type: 'boolean', default: false },
    snapshot: { type: 'string' },
  },
});

const blindRoot = path.join(root, 'test/blind');
function setDirs(which) {
  const all = [];
  for (const lang of ['zh', 'en']) {
    if (values.lang && values.lang !== lang) continue;
    for (const name of readdirSync(path.join(blindRoot, lang))) {
      const file = path.join(blindRoot, lang, name, 'blind.json');
      if (!existsSync(file)) continue;
      const set = JSON.parse(readFileSync(file, 'utf8'));
      const restored = name.endsWith('-restored');
      const held = !restored && set.documents.some((d) => d.found);
      const test = name.startsWith('test');
      const kind = test ? 'test' : held ? 'held' : restored ? 'dev' : 'original';
      all.push({ dir: path.join(blindRoot, lang, name), lang, name, kind });
    }
  }
  if (which === 'all') return all.filter((s) => s.kind !== 'original');
  if (['dev', 'test', 'held'].includes(which)) return all.filter((s) => s.kind === which);
  return which.split(',').map((dir) => ({ dir: path.resolve(dir), lang: dir.includes('/en/') ? 'en' : 'zh', name: path.basename(dir), kind: 'given' }));
}

const pct = (a) => (100 * a.rate).toFixed(1);
const line = (label, s) =>
  `${label.padEnd(22)} docs ${String(s.documents).padStart(3)} gold ${String(s.gold).padStart(4)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}` +
  ` kind ${pct(s.agreement.kind)} unit ${pct(s.agreement.unit)} change ${pct(s.agreement.change)} per ${pct(s.agreement.per)}` +
  ` subj ${pct(s.agreement.subject)}/${pct(s.subjectLenient)} time ${pct(s.agreement.time)}`;

const byLang = new Map();
const snapshot = [];
const rows = [];
for (const set of setDirs(values.sets)) {
  const report = evaluateGold(set.dir);
  if (!report.documents.length) {
    console.log(`${set.lang}/${set.name}: no texts (${report.missing[0]?.reason ?? 'none'})`);
    continue;
  }
  if (report.missing.length) console.log(`${set.lang}/${set.name}: ${report.missing.length} pages without their text`);
  console.log(line(`${set.lang}/${set.name}`, report.summary));
  byLang.set(set.lang, [...(byLang.get(set.lang) ?? []), ...report.documents]);
  for (const doc of report.documents) {
    for (const { gold, pred } of doc.matched) {
      snapshot.push({ doc: doc.source, start: pred.start, end: pred.end, value: pred.value, unit: pred.unit, kind: pred.kind, subject: pred.subject, time: pred.time, change: pred.change, per: pred.per, range: pred.range, approx: pred.approx, list: pred.list, ruleId: pred.ruleId });
      if (!values.field) continue;
      const f = values.field;
      const pair = { gold, pred };
      if (!FIELD_AGREEMENT[f].applies(pair)) continue;
      const g = gold[f] ?? null;
      const p = pred[f] ?? null;
      const agree = FIELD_AGREEMENT[f].agrees(pair);
      if (!agree) {
        const lenient = f === 'subject' && subjectsOverlap(g, p) ? ' (lenient ok)' : '';
        const show = (x) => (x && typeof x === 'object' ? (f === 'time' ? `${x.start}..${x.end}` : JSON.stringify(x)) : String(x));
        const how = f === 'time' && p ? ` (${p.source}: ${JSON.stringify(p.text)})` : '';
        rows.push(`${set.lang}/${set.name}/${doc.source} ${JSON.stringify(gold.text)} gold ${show(g)} | pred ${show(p)}${how}${lenient} [${pred.ruleId}]\n    «${pred.sentence.slice(0, 160).replace(/\n/g, ' ')}»`);
      }
    }
    for (const fp of doc.falsePositives) snapshot.push({ doc: doc.source, start: fp.start, end: fp.end, value: fp.value, falsePositive: true, ruleId: fp.ruleId });
    if (values.misses) {
      for (const miss of doc.misses) rows.push(`${set.lang}/${set.name}/${doc.source} MISS ${JSON.stringify(miss.text)} = ${miss.value} ${miss.unit ?? ''}  «${miss.context}»`);
      for (const fp of doc.falsePositives) rows.push(`${set.lang}/${set.name}/${doc.source} FALSE ${JSON.stringify(fp.text)} = ${fp.value} ${fp.unit ?? ''} [${fp.ruleId}]  «${fp.sentence.slice(Math.max(0, fp.start - fp.sentenceStart - 30), fp.end - fp.sentenceStart + 20)}»`);
    }
  }
}
for (const [lang, docs] of byLang) console.log(line(`POOLED ${lang}`, summarise(docs)));
if (rows.length) console.log('\n' + rows.join('\n'));
if (values.snapshot) writeFileSync(values.snapshot, snapshot.map((r) => JSON.stringify(r)).join('\n') + '\n');
