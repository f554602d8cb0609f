// node bench/serve.mjs: `numclaims serve` measured over loopback in one run: time from spawn to
// the first /healthz 200, warm latency (p50, p99) of the seed article and of a one-sentence
// text sent one at a time, and throughput for a stream of small documents with --workers 1
// and --workers 2 (a bounded load loop: BENCH_SERVE_S seconds each, default 15, with
// BENCH_SERVE_CONCURRENCY requests in flight, default 8). Nothing leaves 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEED = readFileSync(path.join(ROOT, 'corpus', 'hefei-minzheng-2020-12-28.txt'), 'utf8');
const SENTENCE = '2023年全市新建学校12所，比上年增长20%。';
const LOAD_SECONDS = Number(process.env.BENCH_SERVE_S ?? 15);
const CONCURRENCY = Number(process.env.BENCH_SERVE_CONCURRENCY ?? 8);
// Small documents of a crawler's stream: sentences of our own, numbered so no two are the same.
const SMALL = ['全年共完成固定资产投资1.5万亿元，同比增长8.3%。', '截至6月底，全省城镇登记失业率为3.2%，新增就业岗位45万个。', 'The county spent $4.5 million on 120 new homes in 2023, up 15% from a year earlier.', '今年1至5月，全市接待游客3200万人次，实现旅游收入260亿元。'];

const log = (line = '') => process.stdout.write(line + '\n');
const ms = (value) => value.toFixed(1);

async function start(workers) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const deadline = started + 60_000;
  while (performance.now() < deadline) {
    const response = await fetch(`${url}/healthz`).catch(() => null);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    readyMs,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function extract(url, text) {
  const response = await fetch(`${url}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return response.json();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function latency(url, text, count) {
  for (let i = 0; i < 20; i++) await extract(url, text);
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await extract(url, text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), count };
}

async function throughput(url) {
  for (let i = 0; i < 40; i++) await extract(url, SMALL[i % SMALL.length]);
  let done = 0;
  let next = 0;
  const started = performance.now();
  const until = started + LOAD_SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const n = next++;
      await extract(url, `${n}. ${SMALL[n % SMALL.length]}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return done / ((performance.now() - started) / 1000);
}

log('numclaims serve benchmark');
log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.availableParallelism()} cores, node ${process.version}, ${os.platform()} ${os.release()}`);
log(`load average at start: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);

const seedClaims = (await (async () => {
  const two = await start(2);
  log(`ready (healthz 200) after spawn, --workers 2: ${(two.readyMs / 1000).toFixed(2)} s`);
  const seed = await latency(two.url, SEED, 200);
  const sentence = await latency(two.url, SENTENCE, 500);
  log(`warm latency, seed article (${SEED.length} chars), ${seed.count} requests one at a time: p50 ${ms(seed.p50)} ms, p99 ${ms(seed.p99)} ms`);
  log(`warm latency, one sentence, ${sentence.count} requests one at a time: p50 ${ms(sentence.p50)} ms, p99 ${ms(sentence.p99)} ms`);
  const rateTwo = await throughput(two.url);
  const claims = (await extract(two.url, SEED)).claims.length;
  await two.stop();
  const one = await start(1);
  log(`ready (healthz 200) after spawn, --workers 1: ${(one.readyMs / 1000).toFixed(2)} s`);
  const rateOne = await throughput(one.url);
  await one.stop();
  log(`throughput, small documents, ${CONCURRENCY} in flight, ${LOAD_SECONDS} s each: --workers 1 ${rateOne.toFixed(0)} docs/s, --workers 2 ${rateTwo.toFixed(0)} docs/s, ratio ${(rateTwo / rateOne).toFixed(2)}`);
  return claims;
})());
log(`(seed article: ${seedClaims} claims per answer)`);
log(`load average at the end: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
