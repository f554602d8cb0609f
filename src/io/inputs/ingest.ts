// ingest: command-line inputs → a stream of entries, each of which opens into a RawInput or
// an error item. Files, directories (walked recursively in sorted order, one directory
// listing at a time), `-` for stdin, and containers holding many pages: JSONL (one page a
// line), CSV/TSV (one page a row) and WARC, plain or gzipped. The order of the stream is the order of the dataset, and
// the same inputs always give the same stream. A path that cannot be read becomes an error
// item, never an exception that stops the batch.
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_BYTES, overBudget, type ByteCounter } from './read-bytes.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';
import { readWarc } from './read-warc.js';
import { containerKindFor, formatHintFor, INPUT_EXTENSIONS, type IngestItem, type InputEntry } from './input-entry.js';
export { containerKindFor, formatHintFor, INPUT_EXTENSIONS, type ContainerKind, type IngestItem, type InputEntry } from './input-entry.js';

function isInputName(name: string): boolean {
  return INPUT_EXTENSIONS.has(path.extname(name).toLowerCase()) || containerKindFor(name) !== null;
}

/**
 * Paths under a directory, depth first, entries sorted by name so every run sees the same order.
 * Files that are neither pages nor containers (.pdf, .png, .css) are not read; each is reported
 * to `onSkip` so the run can say what it left out. Hidden entries (.git, .DS_Store) are not.
 */
export async function* walkDirectory(dir: string, onSkip?: (file: string) => void): AsyncGenerator<string> {
  const names: { name: string; isDir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isSymbolicLink()) {
      // A link to a page is read (a loop or a dangling link fails at the read, as an error
      // record); a link to a directory is not followed, so a walk cannot go round in circles.
      const target = await stat(path.join(dir, entry.name)).catch(() => null);
      if (target?.isDirectory()) onSkip?.(path.join(dir, entry.name));
      else if (isInputName(entry.name)) names.push({ name: entry.name, isDir: false });
      else onSkip?.(path.join(dir, entry.name));
      continue;
    }
    if (entry.isDirectory()) names.push({ name: entry.name, isDir: true });
    else if (entry.isFile() && isInputName(entry.name)) names.push({ name: entry.name, isDir: false });
    else if (entry.isFile()) onSkip?.(path.join(dir, entry.name));
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    const full = path.join(dir, name);
    if (isDir) yield* walkDirectory(full, onSkip);
    else yield full;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The paths named on the command line, expanded: directories walked, `-` kept as stdin. */
export async function* expandPaths(paths: string[], onSkip?: (file: string) => void): AsyncGenerator<{ path: string; error?: string; argument: number; relative: string }> {
  for (const [argument, given] of paths.entries()) {
    if (given === '-') {
      yield { path: '-', argument, relative: '' };
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      yield { path: given, argument, relative: '', error: `cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      try {
        for await (const file of walkDirectory(given, onSkip)) yield { path: file, argument, relative: path.relative(given, file).split(path.sep).join('/') };
      } catch (error) {
        yield { path: given, argument, relative: '', error: `cannot list directory: ${(error as Error).message}` };
      }
    } else yield { path: given, argument, relative: '' };
  }
}

export async function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<IngestItem> {
  try {
    // Refused before reading, so a 50 MB page costs no memory; checked again after, for a file
    // that grew between the stat and the read.
    if (file !== '-') {
      const size = (await stat(file)).size;
      if (size > maxBytes) return { kind: 'error', source: file, message: overBudget(size, maxBytes) };
    }
    const bytes = file === '-' ? await readStdin() : await readFile(file);
    if (bytes.length > maxBytes) return { kind: 'error', source: file === '-' ? 'stdin' : file, message: overBudget(bytes.length, maxBytes) };
    return { kind: 'input', input: { source: file === '-' ? 'stdin' : file, bytes, formatHint: file === '-' ? null : formatHintFor(file) } };
  } catch (error) {
    return { kind: 'error', source: file, message: `cannot read: ${readFailure(file, error as NodeJS.ErrnoException)}` };
  }
}

function readFailure(file: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return `a loop of symbolic links (${error.message})`;
  // Directory listings come back as UTF-8 strings: a name that is not UTF-8 no longer names its file.
  if (error.code === 'ENOENT' && file.includes('\uFFFD')) return `the file name is not valid UTF-8, so it cannot be opened by name; rename it (${error.message})`;
  return error.message;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

export interface EnumerateOptions {
  /** Stat every file so entries carry their size (for progress); off by default. */
  sizes?: boolean;
  /** Told of every file a directory walk leaves out because it is no page or container. */
  onSkip?: (file: string) => void;
  /** The byte budget of one input (--max-bytes); default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

/** Every entry of the inputs, in dataset order: pages one by one, containers record by record. */
export async function* enumerateInputs(paths: string[], options: EnumerateOptions = {}): AsyncGenerator<InputEntry> {
  for await (const item of expandPaths(paths, options.onSkip)) {
    const fileKey = item.relative ? `${item.argument}/${item.relative}` : String(item.argument);
    if (item.error) {
      const { path: source, error } = item;
      yield { source, shardKey: fileKey, bytes: 0, open: () => ({ kind: 'error', source, message: error }) };
      continue;
    }
    const container = item.path === '-' ? null : containerKindFor(item.path);
    if (container) {
      const counter: ByteCounter = { bytes: 0 };
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
      if (container === 'jsonl') yield* readJsonl(item.path, fileKey, counter, maxBytes);
      else if (container === 'csv' || container === 'tsv') yield* readCsv(item.path, fileKey, counter, container === 'tsv' ? '\t' : ',', maxBytes);
      else yield* readWarc(item.path, fileKey, counter, maxBytes);
      continue;
    }
    const file = item.path;
    yield { source: file === '-' ? 'stdin' : file, shardKey: fileKey, bytes: options.sizes && file !== '-' ? await sizeOf(file) : 0, open: () => readInput(file, options.maxBytes) };
  }
}

/** Total bytes on disk of every file the inputs name, for the progress display's ETA. */
export async function totalInputBytes(paths: string[]): Promise<number> {
  let total = 0;
  for await (const item of expandPaths(paths)) if (!item.error && item.path !== '-') total += await sizeOf(item.path);
  return total;
}
