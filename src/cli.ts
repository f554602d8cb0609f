#!/usr/bin/env node
// The command line: argv, files, progress and exit codes, nothing else. Exit 0 when every
// input became an article, 1 when some failed (everything else is still written), 2 on usage
// errors, 128 + the signal number when stopped by Ctrl-C or SIGTERM (continue with --resume).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseShard } from './io/batch/shard.js';

const USAGE = `usage:
  numclaims extract [inputs...] [options]     extract claims from files, directories, JSONL or WARC files
                                              (plain or .gz), or - (stdin) into a dataset folder
      --out DIR        the dataset folder (default extracted/)
      --workers N      worker threads (default: the number of cores)
      --resume         continue an interrupted run in DIR without duplicates or losses
      --shard K/N      do only the K-th of N deterministic shares of the inputs (1 ≤ K ≤ N)
      --max-bytes N    an input larger than N bytes becomes an error record (default 20000000)
      --time-limit S   a document taking more than S seconds becomes an error record (default 30)
  numclaims serve [options]                   answer POST /v1/extract over HTTP (see README: Serve)
      --port N         the port (default 8080; 0 picks a free one)
      --host ADDRESS   the address to listen on (default 127.0.0.1)
      --workers N      worker threads (default: the number of cores)
      --body-limit MB  the largest request body, and batch line (default 10)
      --time-limit S   how long one document may take before its answer is 504 (default 30)
  numclaims merge OUT SHARD_DIR...            combine the outputs of --shard runs, or of queue workers
                                              (DIR/* or DIR), into one dataset
  numclaims enqueue [inputs...] --redis URL   one queue job per document (id = its content hash;
                                              enqueueing again adds nothing)
      --queue NAME     the queue (default numclaims)
      --attempts N     tries for a job that fails for the machine's sake (default 3), with backoff
      --backoff MS     the first wait between tries, doubled each time (default 1000)
  numclaims worker --redis URL --out DIR      run queue jobs, writing DIR/<worker-id>/
      --queue NAME     the queue (default numclaims)
      --concurrency N  worker threads (default: the number of cores)
      --until-empty    exit 0 once no job is waiting or running anywhere
      --worker-id ID   the folder under DIR (default: the host name, then host-2, host-3…)
      --lock-seconds S how long a dead worker's jobs wait before another takes them (default 30)
  numclaims status --redis URL [--queue NAME] waiting, active, done, failed and stalled jobs; failures
  numclaims report DIR [--out FILE]           write a review report of a dataset folder: one offline
                                              HTML file (default DIR/report.html)
  numclaims export DIR --format csv|sqlite [--out PATH]
                                              export a dataset folder: csv writes claims.csv and
                                              articles.csv into the folder PATH (default DIR); sqlite
                                              writes the file PATH (default DIR/numclaims.sqlite)
  numclaims check DIR [--out FILE]            check the arithmetic of a dataset folder's claims (rates,
                                              parts, shares, per-rates) and link the same quantity
                                              across articles: DIR/checks.jsonl (default), one record
                                              a check, and schema/check.json beside it
  numclaims schema                            print the JSON Schemas of the records
  numclaims eval --gold DIR [--pred DIR]      score predictions against gold annotations
  numclaims eval --pages DIR [--split dev|test|all] [--manifest FILE] [--json]
                                              score article fields (title, date, body, publisher,
                                              authors) on an annotated page set`;

class UsageError extends Error {}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

function parseWorkers(text: string | undefined, option = '--workers'): number {
  if (text === undefined) return availableParallelism();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${option} needs a whole number of at least 1, not "${text}"`);
  return Number(text);
}

function wholeNumber(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} needs a whole number, not "${text}"`);
  return Number(text);
}

/** Runs a queue command, turning the queue's option errors into usage errors. */
async function queueCommand<T>(run: () => Promise<T>): Promise<T> {
  const { QueueOptionError } = await import('./queue/connection.js');
  try {
    return await run();
  } catch (error) {
    if (error instanceof QueueOptionError) throw new UsageError(error.message);
    throw error;
  }
}

function requireRedis(values: { redis?: string }, command: string): string {
  if (!values.redis) throw new UsageError(`${command} needs --redis URL, e.g. --redis redis://127.0.0.1:6379`);
  return values.redis;
}

async function enqueueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { redis: { type: 'string' }, queue: { type: 'string' }, attempts: { type: 'string' }, backoff: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one input (a file or a directory)');
  const redis = requireRedis(values, 'enqueue');
  const attempts = Math.max(1, wholeNumber(values.attempts, '--attempts', 3));
  const backoffMs = wholeNumber(values.backoff, '--backoff', 1000);
  const { enqueue } = await import('./queue/enqueue.js');
  const started = performance.now();
  const counts = await queueCommand(() => enqueue({ inputs: positionals, redis, queue: values.queue, attempts, backoffMs }));
  process.stdout.write(`added ${counts.added}, existing ${counts.existing}\n`);
  process.stderr.write(`numclaims: enqueue run ${counts.run}: ${counts.added} jobs added, ${counts.existing} already in the queue, in ${seconds(performance.now() - started)} s\n`);
  return 0;
}

async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      redis: { type: 'string' },
      queue: { type: 'string' },
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'until-empty': { type: 'boolean', default: false },
      'worker-id': { type: 'string' },
      'lock-seconds': { type: 'string' },
    },
  });
  const redis = requireRedis(values, 'worker');
  if (!values.out) throw new UsageError('worker needs --out DIR: it writes DIR/<worker-id>/');
  const concurrency = parseWorkers(values.concurrency, '--concurrency');
  const lockSeconds = Math.max(1, wholeNumber(values['lock-seconds'], '--lock-seconds', 30));
  const { runWorker } = await import('./queue/run-worker.js');
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy) process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 2));
    stoppedBy = signal;
    process.stderr.write(`\nnumclaims: finishing the jobs in hand (${signal} again to quit at once; the queue retries them)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = performance.now();
  let outcome;
  try {
    outcome = await queueCommand(() =>
      runWorker({
        redis,
        queue: values.queue,
        outDir: values.out!,
        concurrency,
        untilEmpty: values['until-empty'],
        workerId: values['worker-id'] ?? null,
        lockSeconds,
        signal: controller.signal,
        onWarning: (message) => process.stderr.write(`numclaims: ${message}\n`),
      }),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const { inputs, articles, claims, errors } = outcome.manifest.counts;
  const gaveUp = outcome.failed ? `; gave up on ${outcome.failed} jobs (see numclaims status)` : '';
  process.stderr.write(`numclaims: worker ${outcome.workerId}: ${inputs} documents, ${articles} articles, ${claims} claims, ${errors} errors in ${seconds(performance.now() - started)} s → ${outcome.dir}${gaveUp}\n`);
  return stoppedBy ? 128 + (SIGNAL_NUMBERS[stoppedBy] ?? 2) : 0;
}

async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { redis: { type: 'string' }, queue: { type: 'string' } } });
  const redis = requireRedis(values, 'status');
  const { queueStatus } = await import('./queue/status.js');
  const status = await queueCommand(() => queueStatus({ redis, queue: values.queue }));
  const lines = [
    `queue ${status.queue}: waiting ${status.waiting}, active ${status.active}, delayed ${status.delayed} (backing off), done ${status.done}, failed ${status.failed}, stalled ${status.stalled}`,
    ...status.failures.map((failure) => `failed ${failure.id} ${failure.source} after ${failure.tries} tries: ${failure.reason}`),
  ];
  if (status.failed > status.failures.length) lines.push(`… and ${status.failed - status.failures.length} more failed`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** The folders to merge: a folder holding queue workers' folders (DIR rather than DIR/*) stands for them. */
async function mergeFolders(given: string[]): Promise<string[]> {
  const { existsSync, readdirSync } = await import('node:fs');
  const path = await import('node:path');
  const { isWorkerFolder } = await import('./queue/merge-queue.js');
  return given.flatMap((dir) => {
    if (existsSync(path.join(dir, 'journal.jsonl')) || !existsSync(dir)) return [dir];
    const workers = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isWorkerFolder(path.join(dir, entry.name)))
      .map((entry) => path.join(dir, entry.name))
      .sort();
    return workers.length ? workers : [dir];
  });
}

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
}

/**
 * Starts the segmenter's dictionary load (the largest part of a cold start) on a thread of its
 * own when the first input is a file whose first 64 KB look Chinese, before the batch code is
 * imported; the worker that runs the input tags on it. null for a directory, stdin, a FIFO (what
 * is read from it here would be lost to the run) or English.
 */
async function startDictionaryLoadFor(input: string) {
  const head = Buffer.alloc(65_536);
  let length: number;
  try {
    if (input === '-' || !statSync(input).isFile()) return null;
    const file = openSync(input, 'r');
    try {
      length = readSync(file, head, 0, head.length, 0);
    } finally {
      closeSync(file);
    }
  } catch {
    // A file that cannot be read: the run says so later.
    return null;
  }
  const { mayHoldChinese, startDictionaryLoad } = await import('./core/adapters/jieba.js');
  return mayHoldChinese(head.subarray(0, length)) ? startDictionaryLoad() : null;
}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'extracted' },
      workers: { type: 'string' },
      resume: { type: 'boolean', default: false },
      shard: { type: 'string' },
      'max-bytes': { type: 'string' },
      'time-limit': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (a file, a directory or - for stdin)');
  const workers = parseWorkers(values.workers);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard needs K/N with 1 ≤ K ≤ N, e.g. --shard 2/8, not "${values.shard}"`);
  const out = values.out!;
  const maxBytes = parsePositive('--max-bytes', values['max-bytes'], 20_000_000);
  const timeLimit = parsePositive('--time-limit', values['time-limit'], 30);
  const dictionaryLoad = await startDictionaryLoadFor(positionals[0]!);
  // Loaded only now, so usage errors and --help answer at once.
  const [{ BatchOptionError, runBatch }, { ProgressDisplay }, { totalInputBytes }] = await Promise.all([import('./io/batch/run-batch.js'), import('./io/batch/progress.js'), import('./io/inputs/ingest.js')]);

  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy) process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 2));
    stoppedBy = signal;
    process.stderr.write(`\nnumclaims: stopping after the inputs written so far (${signal} again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const progress = process.stderr.isTTY ? new ProgressDisplay(process.stderr, totalInputBytes(positionals)) : null;
  const started = performance.now();
  let processed = 0;
  let manifest;
  try {
    manifest = await runBatch({
      inputs: positionals,
      outDir: out,
      workers,
      resume: values.resume,
      shard,
      maxBytes,
      timeLimitMs: timeLimit * 1000,
      dictionaryLoad,
      signal: controller.signal,
      trackBytes: progress !== null,
      onProgress: (state) => {
        processed = state.processed;
        progress?.update(state);
      },
    });
  } catch (error) {
    if (error instanceof BatchOptionError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.clear();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const elapsed = performance.now() - started;
  const { inputs, articles, failed, claims, errors } = manifest.counts;
  const rate = processed && elapsed > 0 ? ` (${(processed / (elapsed / 1000)).toFixed(1)} docs/s)` : '';
  // inputs = articles + failed + skipped (the files not read are named below).
  const summary = `${inputs} inputs, ${articles} articles, ${claims} claims, ${errors} errors`;
  if (stoppedBy && !manifest.completed) {
    const code = 128 + (SIGNAL_NUMBERS[stoppedBy] ?? 2);
    // Pending reads (stdin, a FIFO) would keep the process alive: leave once the line is out.
    process.stderr.write(`numclaims: interrupted: ${summary} in ${seconds(elapsed)} s → ${out}; continue with --resume\n`, () => process.exit(code));
    return code;
  }
  process.stderr.write(`numclaims: ${summary} in ${seconds(elapsed)} s${rate} → ${out}\n`);
  if (manifest.skipped) {
    const kinds = Object.entries(manifest.skipped.byExtension)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([extension, count]) => `${extension} ${count}`)
      .join(', ');
    process.stderr.write(`numclaims: not read: ${manifest.skipped.files} files in the input folders that are no pages or containers (${kinds}); name one on the command line to read it anyway\n`);
  }
  return failed === 0 ? 0 : 1;
}

function parsePositive(option: string, text: string | undefined, fallback: number, allowZero = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || (allowZero ? value < 0 : value <= 0)) throw new UsageError(`${option} needs a ${allowZero ? 'non-negative' : 'positive'} number, not "${text}"`);
  return value;
}

async function serve(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' }, 'body-limit': { type: 'string' }, 'time-limit': { type: 'string' } },
  });
  if (positionals.length) throw new UsageError(`serve takes no inputs, only options (got "${positionals[0]}")`);
  const { DEFAULT_SERVER_OPTIONS, startServer } = await import('./server/server.js');
  const port = parsePositive('--port', values.port, DEFAULT_SERVER_OPTIONS.port, true);
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`--port needs a whole number from 0 to 65535, not "${values.port}"`);
  const server = await startServer({
    host: values.host ?? DEFAULT_SERVER_OPTIONS.host,
    port,
    workers: parseWorkers(values.workers),
    bodyLimitBytes: Math.round(parsePositive('--body-limit', values['body-limit'], DEFAULT_SERVER_OPTIONS.bodyLimitBytes / 1024 / 1024) * 1024 * 1024),
    timeLimitMs: Math.round(parsePositive('--time-limit', values['time-limit'], DEFAULT_SERVER_OPTIONS.timeLimitMs / 1000) * 1000),
  });
  process.stderr.write(`numclaims: listening on ${server.url}\n`);
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 2));
      stopping = true;
      process.stderr.write(`numclaims: ${signal}: finishing the requests in flight, then stopping (${signal} again to quit at once)\n`);
      server.close().then(
        () => resolve(0),
        (error: Error) => {
          process.stderr.write(`numclaims: ${error.message}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    server.ready.then(
      () => process.stderr.write(`numclaims: ready ${seconds(performance.now())} s after start (dictionary loaded in every worker)\n`),
      (error: Error) => {
        process.stderr.write(`numclaims: ${error.message}\n`);
        void server.close().then(() => resolve(1));
      },
    );
  });
}

async function merge(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length < 2) throw new UsageError('merge needs the output folder and at least one shard folder: numclaims merge OUT SHARD_DIR...');
  const [out, ...given] = positionals as [string, ...string[]];
  const shardDirs = await mergeFolders(given);
  const [{ mergeShards }, { BatchOptionError }, { isWorkerFolder, mergeWorkerFolders }] = await Promise.all([
    import('./io/batch/merge.js'),
    import('./io/batch/batch-option-error.js'),
    import('./queue/merge-queue.js'),
  ]);
  let result;
  try {
    result = shardDirs.some(isWorkerFolder) ? await queueCommand(() => mergeWorkerFolders(out, shardDirs)) : await mergeShards(out, shardDirs);
  } catch (error) {
    if (error instanceof BatchOptionError) throw new UsageError(error.message);
    throw error;
  }
  const { manifest, problems, rejected, warnings } = result;
  for (const warning of warnings) process.stderr.write(`numclaims: warning: ${warning}\n`);
  for (const problem of [...problems, ...rejected].slice(0, 20)) process.stderr.write(`numclaims: ${problem}\n`);
  if (problems.length + rejected.length > 20) process.stderr.write(`numclaims: … and ${problems.length + rejected.length - 20} more\n`);
  const { inputs, articles, claims, errors } = manifest.counts;
  process.stderr.write(
    `numclaims: merged ${shardDirs.length} ${shardDirs.some(isWorkerFolder) ? 'worker folders' : 'shards'}${manifest.completed ? '' : ' (incomplete)'}: ${inputs} inputs, ${articles} articles, ${claims} claims, ${errors} errors → ${out}\n`,
  );
  return manifest.completed && rejected.length === 0 && articles === inputs ? 0 : 1;
}

function oneDatasetFolder(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} needs one dataset folder (the --out of extract), e.g. numclaims ${command} extracted/`);
  const dir = positionals[0]!;
  if (!existsSync(path.join(dir, 'articles.jsonl'))) throw new UsageError(`${dir} holds no articles.jsonl: not a dataset folder`);
  return dir;
}

function reportProblems(problems: Array<{ file: string; line: number; reason: string }>): void {
  for (const problem of problems.slice(0, 20)) process.stderr.write(`numclaims: ${problem.file}:${problem.line}: ${problem.reason}\n`);
  if (problems.length > 20) process.stderr.write(`numclaims: … and ${problems.length - 20} more\n`);
}

async function report(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const dir = oneDatasetFolder('report', positionals);
  const { writeReport } = await import('./report/write-report.js');
  const started = performance.now();
  const result = writeReport(dir, values.out);
  reportProblems(result.problems);
  const size = (result.bytes / 1e6).toFixed(1);
  process.stderr.write(
    `numclaims: report of ${result.articles} articles, ${result.claims} claims, ${result.errors} errors (${size} MB) in ${seconds(performance.now() - started)} s → ${result.out}\n`,
  );
  return result.problems.length === 0 ? 0 : 1;
}

async function check(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const dir = oneDatasetFolder('check', positionals);
  const { writeChecks } = await import('./check/write-checks.js');
  const started = performance.now();
  const result = await writeChecks(dir, values.out);
  reportProblems(result.problems);
  const verdicts = (verdict: 'consistent' | 'inconsistent' | 'unverifiable') => Object.values(result.byKind).reduce((sum, counts) => sum + (counts[verdict] ?? 0), 0);
  process.stderr.write(
    `numclaims: ${result.checks} checks of ${result.claims} claims in ${result.articles} articles (${verdicts('inconsistent')} inconsistent, ${verdicts('consistent')} consistent, ${verdicts('unverifiable')} unverifiable; ${result.copyGroups} groups of republished copies) in ${seconds(performance.now() - started)} s → ${result.out}\n`,
  );
  return result.problems.length === 0 ? 0 : 1;
}

async function exportDataset(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
  const dir = oneDatasetFolder('export', positionals);
  const started = performance.now();
  if (values.format === 'csv') {
    const { exportCsv } = await import('./export/write-csv.js');
    const result = await exportCsv(dir, values.out);
    reportProblems(result.problems);
    process.stderr.write(`numclaims: ${result.rows.claims} claims, ${result.rows.articles} articles${result.rows.checks ? `, ${result.rows.checks} checks` : ''} in ${seconds(performance.now() - started)} s → ${result.files.join(', ')}\n`);
    return result.problems.length === 0 ? 0 : 1;
  }
  if (values.format === 'sqlite') {
    const { exportSqlite } = await import('./export/write-sqlite.js');
    const result = await exportSqlite(dir, values.out);
    const { articles, claims, errors, checks } = result.rows;
    const refusedNote = result.refused > 0 ? ` (${result.refused} records could not be stored: see the errors table)` : '';
    process.stderr.write(`numclaims: ${articles} articles, ${claims} claims, ${errors} errors${checks ? `, ${checks} checks` : ''}${refusedNote} in ${seconds(performance.now() - started)} s → ${result.file}\n`);
    return result.refused === 0 ? 0 : 1;
  }
  throw new UsageError(`export needs --format csv or --format sqlite${values.format === undefined ? '' : `, not "${values.format}"`}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extract(rest);
    case 'merge':
      return merge(rest);
    case 'report':
      return report(rest);
    case 'export':
      return exportDataset(rest);
    case 'check':
      return check(rest);
    case 'enqueue':
      return enqueueCommand(rest);
    case 'worker':
      return workerCommand(rest);
    case 'status':
      return statusCommand(rest);
    case 'serve':
      return serve(rest);
    case 'schema': {
      const [{ jsonSchemas }, { checkJsonSchema }] = await Promise.all([import('./core/schema.js'), import('./core/checks/check-schema.js')]);
      process.stdout.write(JSON.stringify({ ...jsonSchemas(), check: checkJsonSchema() }, null, 2) + '\n');
      return 0;
    }
    case 'eval': {
      if (rest.includes('--pages')) {
        const { runPagesCommand } = await import('./eval/pages-command.js');
        return runPagesCommand(rest);
      }
      const { runEvalCommand } = await import('./eval/eval-command.js');
      return runEvalCommand(rest);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    const message = (error as Error).message ?? String(error);
    // A usage error is one line a person understands; anything else is shown whole.
    process.stderr.write(usage ? `numclaims: ${message.split('\n')[0]} (numclaims --help shows the usage)\n` : `numclaims: ${message}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
