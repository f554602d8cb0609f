// node bench/serve.mjs: `numclaims serve` measured over loopback in one run: time from spawn to
// the first /healthz 200, warm latency (p50, p99) of the seed article and of a one-sentence
// text sent one at a time, and throughput for a stream of small documents with --workers 1
// and --workers 2 (a bounded load loop: BENCH_SERVE_S seconds each, default 15, with
// BENCH_SERVE_CONCURRENCY requests in flight, default 8). Nothing leaves 127.0.0.1.
// The load loop is a client in this process on the same cores as the server, so it is kept
// light: node:http with keep-alive (BENCH_SERVE_CLIENT=fetch uses fetch, which took about three
// times the CPU per request here). For each throughput setting the bench also prints the CPU
// time per document of every server thread and of the client (Linux /proc), and what that
// allows: on C cores no setting can exceed C ÷ (all CPU per document) documents a second.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEED = readFileSync(path.join(ROOT, 'corpus', 'hefei-minzheng-2020-12-28.txt'), 'utf8');
const SENTENCE = '2023年全市新建学校12所，比上年增长20%。';
const LOAD_SECONDS = Number(process.env.BENCH_SERVE_S ?? 15);
const CLIENT = process.env.BENCH_SERVE_CLIENT === 'fetch' ? 'fetch' : 'http';
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
    pid: child.pid,
    readyMs,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

const agent = new http.Agent({ keepAlive: true });

async function extract(url, text) {
  const body = JSON.stringify({ text });
  if (CLIENT === 'fetch') {
    const response = await fetch(`${url}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    return response.json();
  }
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/v1/extract`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : reject(new Error(`status ${response.statusCode}`))));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** CPU milliseconds (user + system) of each thread of a process, by thread id, with the thread's name; empty where /proc is absent. */
function threadTimes(pid) {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return new Map();
  const ticksPerMs = 100 / 1000; // USER_HZ, 100 on Linux
  const times = new Map();
  for (const id of readdirSync(tasks)) {
    try {
      const stat = readFileSync(`${tasks}/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(id, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: (Number(fields[11]) + Number(fields[12])) / ticksPerMs });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
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

async function throughput({ url, pid }) {
  for (let i = 0; i < 40; i++) await extract(url, SMALL[i % SMALL.length]);
  const serverBefore = threadTimes(pid);
  const clientBefore = process.cpuUsage();
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
  const rate = done / ((performance.now() - started) / 1000);
  const clientSpent = process.cpuUsage(clientBefore);
  const spent = [...threadTimes(pid)].map(([id, { name, ms }]) => ({ id, name, ms: ms - (serverBefore.get(id)?.ms ?? 0) }));
  // The main thread's id is the process id; the others are the pool's workers and V8's and libuv's helpers.
  const main = spent.find((thread) => thread.id === String(pid));
  const others = spent.filter((thread) => thread !== main).sort((a, b) => b.ms - a.ms);
  const perDocument = (ms) => ms / done;
  return { rate, cpu: main ? { main: perDocument(main.ms), threads: others.filter((thread) => perDocument(thread.ms) >= 0.01).map((thread) => ({ name: thread.name, ms: perDocument(thread.ms) })), client: perDocument((clientSpent.user + clientSpent.system) / 1000) } : null };
}

function describeCpu(label, { rate, cpu }) {
  if (!cpu) return `${label}: ${rate.toFixed(0)} docs/s`;
  const total = cpu.main + cpu.client + cpu.threads.reduce((sum, thread) => sum + thread.ms, 0);
  const threads = cpu.threads.map((thread) => thread.ms.toFixed(2)).join(' + ');
  return `${label}: ${rate.toFixed(0)} docs/s; CPU ms per document: server main thread ${cpu.main.toFixed(2)}, its other threads (pool workers, V8 helpers) ${threads}, client ${cpu.client.toFixed(2)}; all ${total.toFixed(2)}, so at most ${((os.availableParallelism() * 1000) / total).toFixed(0)} docs/s on ${os.availableParallelism()} cores`;
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
  const rateTwo = await throughput(two);
  const claims = (await extract(two.url, SEED)).claims.length;
  await two.stop();
  const one = await start(1);
  log(`ready (healthz 200) after spawn, --workers 1: ${(one.readyMs / 1000).toFixed(2)} s`);
  const rateOne = await throughput(one);
  await one.stop();
  log(`throughput, small documents, ${CONCURRENCY} in flight, ${LOAD_SECONDS} s each (client: ${CLIENT}): --workers 1 ${rateOne.rate.toFixed(0)} docs/s, --workers 2 ${rateTwo.rate.toFixed(0)} docs/s, ratio ${(rateTwo.rate / rateOne.rate).toFixed(2)}`);
  log(describeCpu('  --workers 1', rateOne));
  log(describeCpu('  --workers 2', rateTwo));
  return claims;
})());
log(`(seed article: ${seedClaims} claims per answer)`);
agent.destroy();
log(`load average at the end: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
