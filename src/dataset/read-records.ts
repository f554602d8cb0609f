// Streams the records of one JSONL file of a dataset folder, each validated against its
// schema. A line that is not a valid record is yielded as a problem with its line and reason,
// so the edges that read a dataset folder (the exports, the checks) can keep it (SQLite's errors
// table) or report it, and never drop it silently. Not an edge: the dataset folder's format.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export type RecordOrProblem<T> = { record: T; line: number } | { problem: string; line: number; file: string };

export async function* readRecords<T>(file: string, schema: z.ZodType<T>): AsyncGenerator<RecordOrProblem<T>> {
  if (!existsSync(file)) return;
  const name = path.basename(file);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      yield { problem: `not JSON: ${(error as Error).message}`, line, file: name };
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) yield { record: parsed.data, line };
    else yield { problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; '), line, file: name };
  }
}
