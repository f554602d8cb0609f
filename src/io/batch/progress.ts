// Progress on a terminal: one line rewritten in place (documents, claims, errors, docs/s,
// share done and ETA), at most five times a second. Rates are measured over the last 20
// seconds, so a resumed run's skipped prefix or a slow start does not skew them for long.
import type { BatchProgress } from './run-batch.js';

const REDRAW_MS = 200;
const RATE_WINDOW_MS = 20_000;

interface Sample {
  at: number;
  processed: number;
  passedBytes: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

const number = new Intl.NumberFormat('en-US');

export interface ProgressFigures {
  progress: BatchProgress;
  docsPerSecond: number | null;
  /** Share of input bytes passed, 0..1, when the total is known. */
  done: number | null;
  etaSeconds: number | null;
}

export function progressLine({ progress, docsPerSecond, done, etaSeconds }: ProgressFigures): string {
  const { counts } = progress;
  const parts = [`${number.format(counts.inputs)} docs`, `${number.format(counts.claims)} claims`, `${number.format(counts.errors)} errors`];
  if (docsPerSecond !== null) parts.push(`${docsPerSecond.toFixed(1)} docs/s`);
  if (done !== null) parts.push(`${(done * 100).toFixed(0)}%`);
  if (etaSeconds !== null) parts.push(`ETA ${formatDuration(etaSeconds)}`);
  return `numclaims: ${parts.join(' · ')}`;
}

export class ProgressDisplay {
  private samples: Sample[] = [];
  private lastDraw = 0;
  private totalBytes: number | null = null;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    totalBytes: Promise<number>,
  ) {
    totalBytes.then(
      (total) => (this.totalBytes = total),
      () => {},
    );
  }

  update(progress: BatchProgress): void {
    const now = performance.now();
    this.samples.push({ at: now, processed: progress.processed, passedBytes: progress.passedBytes });
    while (this.samples.length > 2 && now - this.samples[0]!.at > RATE_WINDOW_MS) this.samples.shift();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const first = this.samples[0]!;
    const seconds = (now - first.at) / 1000;
    const docsPerSecond = seconds > 0.5 ? (progress.processed - first.processed) / seconds : null;
    const bytesPerSecond = seconds > 0.5 ? (progress.passedBytes - first.passedBytes) / seconds : 0;
    const total = this.totalBytes;
    const done = total ? Math.min(1, progress.passedBytes / total) : null;
    const etaSeconds = total && bytesPerSecond > 0 ? Math.max(0, total - progress.passedBytes) / bytesPerSecond : null;
    const columns = this.stream.columns || 100;
    this.stream.write(`\r${progressLine({ progress, docsPerSecond, done, etaSeconds }).slice(0, columns - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the line, so the summary that follows starts clean. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
