#!/usr/bin/env node
// The command line: argv, files, progress and exit codes, nothing else. Exit 0 when every
// input became an article, 1 when some failed (everything else is still written), 2 on usage errors.
import { parseArgs } from 'node:util';
import { jsonSchemas } from './core/schema.js';
import { runBatch } from './io/run-batch.js';

const USAGE = `usage:
  numclaims extract [inputs...] [--out DIR]   extract claims from files, directories or - (stdin) into DIR (default extracted/)
  numclaims schema                            print the JSON Schemas of the records
  numclaims eval --gold DIR [--pred DIR]      score predictions against gold annotations`;

class UsageError extends Error {}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', default: 'extracted' } } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (a file, a directory or - for stdin)');
  const manifest = await runBatch({ inputs: positionals, outDir: values.out! });
  const { inputs, articles, claims, errors } = manifest.counts;
  process.stderr.write(`numclaims: ${inputs} inputs, ${articles} articles, ${claims} claims, ${errors} errors → ${values.out}\n`);
  return articles === inputs ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extract(rest);
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
    process.stderr.write(`numclaims: ${(error as Error).message}\n${usage ? USAGE + '\n' : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
