// node bench/warm-cpu.mjs [OTHER_CHECKOUT...]: the pipeline's own CPU per document, warm, with no
// start-up in it: one process per checkout imports its dist/core/pipeline.js, runs every
// document of corpus/ and ../shared/corpus-real/ (zh-html, zh-text, en-html) once to load the
// dictionary and compile the hot code, then BENCH_WARM_PASSES more times (default 5), and reports
// its CPU time per pass (user + system, all threads of the process) and each stage's time. With
// other checkouts given (built, e.g. a copy of main), they run interleaved with this one,
// BENCH_WARM_ROUNDS rounds (default 3), so a shared machine's load falls on both alike; the
// medians are printed. The whole-process ratios (R1, R2) stay with bench/run.mjs: this is what
// the per-document work costs, which those ratios include together with the start-up.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PASSES = Math.max(1, Number(process.env.BENCH_WARM_PASSES ?? 5));
const ROUNDS = Math.max(1, Number(process.env.BENCH_WARM_ROUNDS ?? 3));
const log = (line = '') => process.stdout.write(line + '\n');

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (/\.(?:html?|txt)$/i.test(name)) out.push(full);
  }
  return out;
}

/** In the child: the passes over one checkout's pipeline, printed as one JSON line. */
async function measure(checkout) {
  const { runPipeline } = await import(pathToFileURL(path.join(checkout, 'dist', 'core', 'pipeline.js')).href);
  // The same documents for every checkout: this one's corpus/ and the shared real pages.
  const real = path.resolve(ROOT, '..', 'shared', 'corpus-real');
  const files = [...filesUnder(path.join(ROOT, 'corpus')), ...['zh-html', 'zh-text', 'en-html'].flatMap((folder) => (existsSync(path.join(real, folder)) ? filesUnder(path.join(real, folder)) : []))];
  const inputs = files.map((file) => ({ source: file, bytes: readFileSync(file), formatHint: /\.txt$/i.test(file) ? 'text' : 'html' }));
  for (const input of inputs) runPipeline(input, {});
  const timings = {};
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) for (const input of inputs) runPipeline(input, timings);
  const cpu = process.cpuUsage(cpuBefore);
  const perPass = (ms) => ms / PASSES;
  process.stdout.write(JSON.stringify({ documents: inputs.length, cpuMs: perPass((cpu.user + cpu.system) / 1000), wallMs: perPass(performance.now() - started), stages: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, perPass(ms)])) }) + '\n');
}

function child(checkout) {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', checkout], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    process_.stdout.on('data', (chunk) => (stdout += chunk));
    process_.on('error', reject);
    process_.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`${checkout}: exited with ${code}`))));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

if (process.argv[2] === '--child') {
  await measure(process.argv[3]);
} else {
  const checkouts = [ROOT, ...process.argv.slice(2).map((dir) => path.resolve(dir))];
  log(`warm CPU per pass: ${PASSES} passes per process, ${ROUNDS} rounds, checkouts interleaved; load average at start ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  const results = new Map(checkouts.map((checkout) => [checkout, []]));
  for (let round = 0; round < ROUNDS; round++) for (const checkout of checkouts) results.get(checkout).push(await child(checkout));
  const stages = [...new Set([...results.values()].flat().flatMap((run) => Object.keys(run.stages)))];
  for (const [checkout, runs] of results) {
    log();
    log(`${checkout}: ${runs[0].documents} documents per pass`);
    log(`  CPU per pass, median ${median(runs.map((run) => run.cpuMs)).toFixed(0)} ms (runs: ${runs.map((run) => run.cpuMs.toFixed(0)).join(', ')}); wall ${median(runs.map((run) => run.wallMs)).toFixed(0)} ms`);
    const byStage = stages.map((stage) => [stage, median(runs.map((run) => run.stages[stage] ?? 0))]).sort((a, b) => b[1] - a[1]);
    log(`  stages (median ms per pass): ${byStage.filter(([, ms]) => ms >= 1).map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`).join(', ')}`);
  }
  log();
  log(`load average at the end: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
}
