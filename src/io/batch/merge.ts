// merge: the outputs of `extract --shard K/N` → one dataset, in the order an unsharded run
// writes. Each shard's journal says which input (stream index) each of its records came from,
// so the shards are interleaved by index; every record is validated against its zod schema on
// the way (one that fails becomes an error record naming the shard file and line). The merged
// folder has its own journal and a manifest that is complete only when all N shards were given
// and had completed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ArticleSchema, ClaimSchema, ErrorRecordSchema, type Manifest } from '../../core/schema.js';
import type { Timings } from '../../core/pipeline.js';
import { JOURNAL_FILE, JournalError, journalHeader, readJournal, type JournalEntry, type JournalHeader } from './journal.js';
import { openBytes, splitLines, type Line } from '../inputs/read-bytes.js';
import { BatchOptionError } from './batch-option-error.js';
import { withOutputLock } from './lock.js';
import { parseShard, type Shard } from './shard.js';
import { TOOL_VERSION } from './version.js';
import { DatasetWriter, errorLine, readManifest, type DocumentRecords } from './write-dataset.js';

export interface MergeResult {
  manifest: Manifest;
  /** Why the merged dataset is not the whole run: missing, unfinished or overlapping shards. */
  problems: string[];
  /** Records that failed their schema; each became an error record in the merged dataset. */
  rejected: string[];
  /** Worth saying but not wrong, e.g. shards given their inputs under other paths. */
  warnings: string[];
}

const RECORD_FILES = [
  { name: 'articles.jsonl', schema: ArticleSchema as z.ZodType },
  { name: 'claims.jsonl', schema: ClaimSchema as z.ZodType },
  { name: 'errors.jsonl', schema: ErrorRecordSchema as z.ZodType },
] as const;

interface ShardOutput {
  dir: string;
  header: JournalHeader;
  shard: Shard;
  manifest: Manifest | null;
  items: AsyncGenerator<JournalEntry>;
  head: JournalEntry | null;
  lines: AsyncGenerator<Line>[];
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`).join('; ');
}

export function emptyRecords(): DocumentRecords {
  return { articles: '', claims: '', errors: '', counts: { articles: 0, claims: 0, errors: 0 } };
}

/**
 * One line of a shard's articles (kind 0), claims (1) or errors (2) file, checked against its
 * schema and added to `records`; a line that fails becomes an error record naming `where`
 * (file:line) and is listed in `rejected`.
 */
export function addValidatedLine(records: DocumentRecords, kind: number, text: string, where: string, rejected: string[]): void {
  let parsed;
  try {
    parsed = RECORD_FILES[kind]!.schema.safeParse(JSON.parse(text));
  } catch (error) {
    parsed = { success: false as const, message: `not valid JSON: ${(error as Error).message}` };
  }
  if (parsed.success) {
    if (kind === 0) (records.articles += text + '\n'), records.counts.articles++;
    else if (kind === 1) (records.claims += text + '\n'), records.counts.claims++;
    else (records.errors += text + '\n'), records.counts.errors++;
    return;
  }
  const reason = 'message' in parsed ? parsed.message : `failed its schema: ${issuesText(parsed.error as z.ZodError)}`;
  rejected.push(`${where}: ${reason}`);
  records.errors += errorLine({ source: where, stage: 'merge', message: `record ${reason}`, docId: null });
  records.counts.errors++;
}

/** The three record files of an output folder, in the order journal entries count them. */
export const RECORD_FILE_NAMES = RECORD_FILES.map(({ name }) => name);

async function openShard(dir: string): Promise<ShardOutput> {
  const journal = path.join(dir, JOURNAL_FILE);
  if (!existsSync(journal)) throw new BatchOptionError(`${dir} is not a numclaims output folder (it has no ${JOURNAL_FILE})`);
  let opened;
  try {
    opened = await readJournal(journal);
  } catch (error) {
    if (error instanceof JournalError) throw new BatchOptionError(error.message);
    throw error;
  }
  const shard = opened.header.shard === null ? { index: 1, count: 1 } : parseShard(opened.header.shard);
  if (!shard) throw new BatchOptionError(`${journal} names an invalid shard "${opened.header.shard}"`);
  const lines = RECORD_FILES.map(({ name }) => splitLines(openBytes(path.join(dir, name))));
  const output: ShardOutput = { dir, header: opened.header, shard, manifest: readManifest(dir), items: opened.items, head: null, lines };
  output.head = (await output.items.next()).value ?? null;
  return output;
}

export async function mergeShards(outDir: string, shardDirs: string[]): Promise<MergeResult> {
  const resolvedOut = path.resolve(outDir);
  if (shardDirs.some((dir) => path.resolve(dir) === resolvedOut)) throw new BatchOptionError(`the merged output ${outDir} cannot also be one of the shard folders`);
  // A second merge, or an extract, into the same folder would interleave its lines with these.
  return withOutputLock(outDir, () => mergeLocked(outDir, shardDirs));
}

async function mergeLocked(outDir: string, shardDirs: string[]): Promise<MergeResult> {
  const startedAt = new Date().toISOString();
  const shards: ShardOutput[] = [];
  for (const dir of shardDirs) shards.push(await openShard(dir));
  const problems: string[] = [];
  const rejected: string[] = [];
  const warnings: string[] = [];

  const count = shards[0]!.shard.count;
  for (const output of shards) {
    if (output.shard.count !== count) throw new BatchOptionError(`${output.dir} is shard ${output.shard.index}/${output.shard.count} but ${shards[0]!.dir} is one of ${count}: they are not shards of one run`);
    const twin = shards.find((other) => other !== output && other.shard.index === output.shard.index);
    if (twin) throw new BatchOptionError(`${twin.dir} and ${output.dir} are both shard ${output.shard.index}/${count}`);
    const inputs = shards[0]!.header.inputs;
    if (output.header.inputs.length !== inputs.length) throw new BatchOptionError(`${output.dir} was made from ${output.header.inputs.length} inputs but ${shards[0]!.dir} from ${inputs.length}: they are not shards of one run`);
    if (output.header.inputs.some((input, i) => input !== inputs[i])) warnings.push(`${output.dir} names its inputs differently (${output.header.inputs.join(' ')}); merged in index order all the same`);
    if (!output.manifest?.completed) problems.push(`${output.dir}: shard ${output.shard.index}/${count} did not complete; resume it with --resume, then merge again`);
  }
  for (let index = 1; index <= count; index++) {
    if (!shards.some((output) => output.shard.index === index)) problems.push(`shard ${index}/${count} is missing`);
  }

  const writer = new DatasetWriter(outDir, journalHeader(shards[0]!.header.inputs, null));
  let lastIndex = -1;
  let sinceCheckpoint = 0;
  for (;;) {
    let next: ShardOutput | null = null;
    for (const output of shards) if (output.head && (!next || output.head.item.i < next.head!.item.i)) next = output;
    if (!next) break;
    const { item } = next.head!;
    if (item.i === lastIndex) {
      problems.push(`${next.dir}: input #${item.i} was also done by another shard; kept once`);
    }
    const records = emptyRecords();
    const wanted = [item.a, item.c, item.e];
    let broken = false;
    for (let kind = 0; kind < 3 && !broken; kind++) {
      const file = path.join(next.dir, RECORD_FILES[kind]!.name);
      for (let n = 0; n < wanted[kind]!; n++) {
        const line = await next.lines[kind]!.next();
        if (line.done || !line.value.terminated) {
          problems.push(`${file} ends before input #${item.i}, which its journal says is there`);
          broken = true;
          break;
        }
        addValidatedLine(records, kind, line.value.bytes.toString('utf8'), `${file}:${line.value.number}`, rejected);
      }
    }
    if (broken) {
      next.head = null;
      continue;
    }
    if (item.i !== lastIndex) writer.write(item.i, item.s, records);
    lastIndex = item.i;
    next.head = (await next.items.next()).value ?? null;
    if (++sinceCheckpoint >= 10_000) {
      writer.checkpoint();
      sinceCheckpoint = 0;
    }
  }

  const timings: Timings = {};
  for (const output of shards) for (const [stage, ms] of Object.entries(output.manifest?.timingsMs ?? {})) timings[stage] = Math.round(((timings[stage] ?? 0) + ms) * 100) / 100;
  // Every shard walks the same folders, so each saw the same files left unread.
  const skipped = shards.find((output) => output.manifest?.skipped)?.manifest?.skipped;
  const manifest = writer.close({
    tool: { name: 'numclaims', version: TOOL_VERSION },
    completed: problems.length === 0,
    options: { inputs: shards[0]!.header.inputs, out: outDir, mergedFrom: shardDirs, shards: count },
    ...(skipped ? { skipped } : {}),
    timingsMs: timings,
    startedAt,
    finishedAt: new Date().toISOString(),
  });
  for (const output of shards) for (const lines of output.lines) await lines.return(undefined);
  return { manifest, problems, rejected, warnings };
}
