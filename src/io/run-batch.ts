// The batch job: inputs on disk → a dataset folder. Reads with p-map (I/O concurrency), runs
// the synchronous core per document, and writes records in input order as documents finish.
import { pMapIterable } from 'p-map';
import { runPipeline, type Timings } from '../core/pipeline.js';
import type { Manifest } from '../core/schema.js';
import { expandPaths, readInput, type IngestItem } from './ingest.js';
import { DatasetWriter } from './write-dataset.js';
import { TOOL_VERSION } from './version.js';

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  readConcurrency?: number;
  onProgress?: (counts: DatasetWriter['counts']) => void;
}

async function* readAll(paths: string[], concurrency: number): AsyncGenerator<IngestItem> {
  // pMapIterable keeps input order while reading ahead `concurrency` files.
  yield* pMapIterable(expandPaths(paths), async (item) => (item.error ? ({ kind: 'error', source: item.path, message: item.error } as const) : readInput(item.path)), {
    concurrency,
  });
}

export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const startedAt = new Date().toISOString();
  const timings: Timings = {};
  const writer = new DatasetWriter(options.outDir);
  for await (const item of readAll(options.inputs, options.readConcurrency ?? 8)) {
    if (item.kind === 'error') {
      writer.writeDocument(null, [], [{ source: item.source, stage: 'ingest', message: item.message, docId: null }]);
    } else {
      const result = runPipeline(item.input, timings);
      const writeStarted = performance.now();
      writer.writeDocument(result.article, result.claims, result.errors);
      timings.write = (timings.write ?? 0) + (performance.now() - writeStarted);
    }
    options.onProgress?.(writer.counts);
  }
  const rounded = Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, Math.round(ms * 100) / 100]));
  return writer.close({
    tool: { name: 'numclaims', version: TOOL_VERSION },
    completed: true,
    options: { inputs: options.inputs, out: options.outDir },
    timingsMs: rounded,
    startedAt,
    finishedAt: new Date().toISOString(),
  });
}
