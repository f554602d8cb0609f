#!/usr/bin/env node
// The command line: argv, files, progress and exit codes, nothing else. Exit 0 when every
// input became an article, 1 when some failed (everything else is still written), 2 on usage
// errors, 128 + the signal number when stopped by Ctrl-C or SIGTERM (continue with --resume).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { jsonSchemas } from './core/schema.js';
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
  numclaims merge OUT SHARD_DIR...            combine the outputs of --shard runs into one dataset
  numclaims schema                            print the JSON Schemas of the records
  numclaims eval --gold DIR [--pred DIR]      score predictions against gold annotations`;

class UsageError extends Error {}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

function parseWorkers(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--workers needs a whole number of at least 1, not "${text}"`);
  return Number(text);
}

function parsePositive(text: string | undefined, option: string, what: string): number | null {
  if (text === undefined) return null;
  if (!/^\d+(?:\.\d+)?$/.test(text) || !(Number(text) > 0)) throw new UsageError(`${option} needs ${what} above 0, not "${text}"`);
  return Number(text);
}

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
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
  const maxBytes = parsePositive(values['max-bytes'], '--max-bytes', 'a whole number of bytes');
  const timeLimit = parsePositive(values['time-limit'], '--time-limit', 'a number of seconds');
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
      maxBytes: maxBytes ?? undefined,
      timeLimitMs: timeLimit === null ? undefined : timeLimit * 1000,
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

async function merge(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length < 2) throw new UsageError('merge needs the output folder and at least one shard folder: numclaims merge OUT SHARD_DIR...');
  const [out, ...shardDirs] = positionals as [string, ...string[]];
  const [{ mergeShards }, { BatchOptionError }] = await Promise.all([import('./io/batch/merge.js'), import('./io/batch/batch-option-error.js')]);
  let result;
  try {
    result = await mergeShards(out, shardDirs);
  } catch (error) {
    if (error instanceof BatchOptionError) throw new UsageError(error.message);
    throw error;
  }
  const { manifest, problems, rejected, warnings } = result;
  for (const warning of warnings) process.stderr.write(`numclaims: warning: ${warning}\n`);
  for (const problem of [...problems, ...rejected].slice(0, 20)) process.stderr.write(`numclaims: ${problem}\n`);
  if (problems.length + rejected.length > 20) process.stderr.write(`numclaims: … and ${problems.length + rejected.length - 20} more\n`);
  const { inputs, articles, failed, claims, errors } = manifest.counts;
  process.stderr.write(
    `numclaims: merged ${shardDirs.length} shards${manifest.completed ? '' : ' (incomplete)'}: ${inputs} inputs, ${articles} articles, ${claims} claims, ${errors} errors → ${out}\n`,
  );
  return manifest.completed && rejected.length === 0 && articles === inputs ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extract(rest);
    case 'merge':
      return merge(rest);
    case 'schema':
      process.stdout.write(JSON.stringify(jsonSchemas(), null, 2) + '\n');
      return 0;
    case 'eval': {
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
