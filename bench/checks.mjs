// npm run bench:checks: how the checks scale with the number of articles. Builds synthetic
// articles in memory (random places from a list, subjects, figures and years; a tenth of them
// republished copies of another), then times, in one process and one run, the per-article checks,
// the MinHash signatures and copy groups, and the same-quantity links at N and 10 × N articles
// (BENCH_ARTICLES, default 10000). Near-linear means the ratio of the times is close to 10.
import os from 'node:os';
import { SCHEMA_VERSION, checkArticle, groupCopies, linkQuantities, quantityEntries, signature } from '../dist/index.js';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PLACES = ['合肥市', '芜湖市', '蚌埠市', '淮南市', '马鞍山市', '淮北市', '铜陵市', '安庆市', '黄山市', '滁州市'];
const SUBJECTS = ['公办幼儿园', '养老服务机构', '社区服务中心', '城市社区养老服务站', '标准化村级社区服务中心', '注册志愿服务组织'];

let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];

function claim(docId, sentence, sentenceStart, text, value, unit, extra = {}) {
  const at = sentence.indexOf(text);
  const start = sentenceStart + at;
  return {
    schemaVersion: SCHEMA_VERSION, id: `${docId}:${start}-${start + text.length}`, docId, lang: 'zh', text, start, end: start + text.length, value, kind: 'count', unit, unitText: unit, approx: 'eq', range: null, per: null, change: null, list: null,
    subject: extra.subject ?? null, time: extra.time ?? null, place: extra.place ?? null, sentence, sentenceStart, ruleId: 'bench', ...extra.fields,
  };
}

function article(index) {
  const docId = index.toString(16).padStart(16, '0');
  const place = pick(PLACES);
  const subject = pick(SUBJECTS);
  const year = 2015 + Math.floor(random() * 8);
  const total = 100 + Math.floor(random() * 900);
  const part = Math.floor(total * random());
  const first = `${year}年，全市共有${subject}${total}个，其中达标${part}个。`;
  const second = `全市${subject}覆盖率达到${Math.floor(random() * 100)}%，服务人次${Math.floor(random() * 100000)}人次，持续推进${subject}建设。`;
  const text = `${place}${subject}发展情况\n${first}${second}`;
  const time = { text: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31`, textStart: text.indexOf(`${year}年`), textEnd: text.indexOf(`${year}年`) + 5, source: 'sentence' };
  const firstStart = text.indexOf(first);
  const claims = [
    claim(docId, first, firstStart, `${total}个`, total, '个', { subject, time, place: { name: place, via: 'scope-word' } }),
    claim(docId, first, firstStart, `${part}个`, part, '个', { subject: `达标${subject}`, time, place: { name: place, via: 'scope-word' } }),
  ];
  return { facts: { id: docId, publishedAt: `${year + 1}-01-15`, url: null }, text, claims };
}

function build(count) {
  const articles = [];
  for (let i = 0; i < count; i++) {
    // A tenth are copies of an earlier article (same text, later date).
    if (i > 10 && random() < 0.1) {
      const original = articles[Math.floor(random() * articles.length)];
      const docId = i.toString(16).padStart(16, '0');
      articles.push({ ...original, facts: { ...original.facts, id: docId, publishedAt: '2024-12-31' }, claims: original.claims.map((c) => ({ ...c, docId, id: `${docId}:${c.start}-${c.end}` })) });
    } else articles.push(article(i));
  }
  return articles;
}

function time(count) {
  const articles = build(count);
  const t0 = performance.now();
  let checks = 0;
  const entries = [];
  for (const { facts, claims } of articles) {
    checks += checkArticle(claims).length;
    entries.push(...quantityEntries(claims, facts));
  }
  const t1 = performance.now();
  const heads = groupCopies(articles.map(({ facts, text }) => ({ id: facts.id, publishedAt: facts.publishedAt, signature: signature(text) })));
  const t2 = performance.now();
  const links = linkQuantities(entries, heads);
  const t3 = performance.now();
  return { count, checks, links: links.length, inArticle: t1 - t0, copies: t2 - t1, linking: t3 - t2, total: t3 - t0 };
}

time(1000); // warm up
const small = time(N);
const large = time(N * 10);
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`);
for (const run of [small, large]) console.log(`${run.count} articles: in-article checks ${ms(run.inArticle)}, signatures + copy groups ${ms(run.copies)}, links ${ms(run.linking)} (${run.checks} checks, ${run.links} links), total ${ms(run.total)}`);
console.log(`ratio at 10× the articles: in-article ${(large.inArticle / small.inArticle).toFixed(1)}, copies ${(large.copies / small.copies).toFixed(1)}, links ${(large.linking / small.linking).toFixed(1)}, total ${(large.total / small.total).toFixed(1)} (10 is linear)`);
