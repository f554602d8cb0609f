// The pipeline, top to bottom: the parse stages (src/core/parse), then the claim stages of
// each language (src/core/zh, src/core/en), then validation. Each stage is a typed function
// DocumentState → DocumentState in a file of its own; `stages` is their order. The runner times every stage, turns
// unusable input into an error record and validates what comes out.
import { UnusableInputError, type DocumentState, type RawInput, type Stage } from './document.js';
import { parseStages } from './parse/stages.js';
import { chineseStages } from './zh/stages.js';
import { englishStages } from './en/stages.js';
import { validateRecords, type ValidatedDocument } from './validate-records.js';

export type { Stage } from './document.js';

/**
 * Claim stages by language: each language folder exports its list (find, resolve, structure,
 * subjects, times) and reads only the sentences of its language. A third language is a folder
 * with the same shape and one line here.
 */
export const languageStages: Readonly<Record<'zh' | 'en', readonly Stage[]>> = {
  zh: chineseStages,
  en: englishStages,
};

/** Parse, then every language's claim stages; validation runs last (runPipeline). */
export const stages: readonly Stage[] = [...parseStages, ...languageStages.zh, ...languageStages.en];

export type Timings = Record<string, number>;

export function initialState(input: RawInput): DocumentState {
  return { input, decoded: null, article: null, sentences: [], candidates: [], claims: [], tokens: new Map(), diagnostics: [], work: {} };
}

export interface PipelineOptions {
  /** Milliseconds the document may take; checked between stages (the batch stops a stage that runs on). */
  timeLimitMs?: number;
  /** Told each stage's name as it starts ('validate' last), so a worker stopped mid-stage can say where. */
  onStage?: (name: string) => void;
}

/**
 * Runs every stage over one input and validates the result. Never throws for bad data:
 * unusable input and records that fail their schema come back as error records.
 */
export function runPipeline(input: RawInput, timings: Timings = {}, options: PipelineOptions = {}): ValidatedDocument {
  let state = initialState(input);
  const began = performance.now();
  let previous: string | null = null;
  for (const stage of stages) {
    if (options.timeLimitMs !== undefined && previous !== null && performance.now() - began > options.timeLimitMs) {
      // The record names the stage that ran past the limit, as the pool does for one it stops.
      const message = `over the time limit of ${options.timeLimitMs / 1000} s per document (--time-limit) in ${previous}; stopped before ${stage.name}`;
      return { article: null, claims: [], errors: [{ source: input.source, stage: previous, message, docId: state.article?.id ?? null }] };
    }
    previous = stage.name;
    options.onStage?.(stage.name);
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
  options.onStage?.('validate');
  const started = performance.now();
  const result = validateRecords(state);
  timings.validate = (timings.validate ?? 0) + (performance.now() - started);
  return result;
}
