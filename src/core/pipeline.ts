// The pipeline, top to bottom. Each stage is a typed function DocumentState → DocumentState
// in a file of its own; this array is their order. The runner times every stage, turns
// unusable input into an error record and validates what comes out.
import { decodeInput } from './decode-bytes.js';
import { UnusableInputError, type DocumentState, type RawInput } from './document.js';
import { parseArticle } from './parse-article.js';
import { segmentSentences } from './segment-sentences.js';
import { findNumbers } from './find-numbers.js';
import { resolveValues } from './resolve-values.js';
import { attachTableUnits } from './attach-table-units.js';
import { attachStructure } from './attach-structure.js';
import { tokenizeClauses } from './tokenize-clauses.js';
import { attachSubjects } from './attach-subjects.js';
import { attachTimes } from './attach-times.js';
import { extractEnglish } from './extract-english.js';
import { validateRecords, type ValidatedDocument } from './validate-records.js';

export interface Stage {
  name: string;
  run: (state: DocumentState) => DocumentState;
}

export const stages: readonly Stage[] = [
  { name: 'decode', run: decodeInput },
  { name: 'parse', run: parseArticle },
  { name: 'segment', run: segmentSentences },
  { name: 'find-numbers', run: findNumbers },
  { name: 'resolve-values', run: resolveValues },
  { name: 'attach-table-units', run: attachTableUnits },
  { name: 'attach-structure', run: attachStructure },
  { name: 'tokenize-clauses', run: tokenizeClauses },
  { name: 'attach-subjects', run: attachSubjects },
  { name: 'attach-times', run: attachTimes },
  { name: 'extract-english', run: extractEnglish },
];

export type Timings = Record<string, number>;

export function initialState(input: RawInput): DocumentState {
  return { input, decoded: null, article: null, sentences: [], candidates: [], claims: [], tokens: new Map(), diagnostics: [] };
}

/**
 * Runs every stage over one input and validates the result. Never throws for bad data:
 * unusable input and records that fail their schema come back as error records.
 */
export function runPipeline(input: RawInput, timings: Timings = {}): ValidatedDocument {
  let state = initialState(input);
  for (const stage of stages) {
    const started = performance.now();
    try {
      state = stage.run(state);
    } catch (error) {
      const stageName = error instanceof UnusableInputError ? error.stage : stage.name;
      const message = error instanceof UnusableInputError ? error.message : `internal error in ${stage.name}: ${(error as Error).stack ?? error}`;
      return { article: null, claims: [], errors: [{ source: input.source, stage: stageName, message, docId: state.article?.id ?? null }] };
    } finally {
      timings[stage.name] = (timings[stage.name] ?? 0) + (performance.now() - started);
    }
  }
  const started = performance.now();
  const result = validateRecords(state);
  timings.validate = (timings.validate ?? 0) + (performance.now() - started);
  return result;
}
