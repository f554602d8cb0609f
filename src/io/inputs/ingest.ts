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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name as bytes → the name the dataset shows. Names are bytes on Linux and need not be
 * UTF-8 (a Latin-1 or GBK name from an old archive); such a name is shown with its undecodable
 * bytes as \xHH, which keeps it one name per file, and the file is opened by its bytes.
 */
export function displayName(name: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: strictUtf8.decode(name), utf8: true };
  } catch {
    let shown = '';
    for (let at = 0; at < name.length; ) {
      // The longest valid UTF-8 sequence here (1 to 4 bytes), else one byte escaped.
      let taken = 0;
      for (let length = Math.min(4, name.length - at); length >= 1 && !taken; length--) {
        try {
          shown += strictUtf8.decode(name.subarray(at, at + length));
          taken = length;
        } catch {
          // Not a whole character at this length.
        }
      }
      if (!taken) {
        shown += `\\x${name[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
        taken = 1;
      }
      at += taken;
    }
    return { name: shown, utf8: false };
  }
}

/** A path found by the walk: as the dataset names it, and as the file system opens it. */
export interface WalkedPath {
  path: string;
  /** The path in bytes, set only when some name on it is not UTF-8. */
  fsPath?: Buffer;
}

/**
 * Paths under a directory, depth first, entries sorted by name so every run sees the same order.
 * Files that are neither pages nor containers (.pdf, .png, .css) are not read; each is reported
 * to `onSkip` so the run can say what it left out. Hidden entries (.git, .DS_Store) are not.
 * Names are listed as bytes, so a name that is not UTF-8 is still read (see displayName).
 */
export async function* walkDirectory(dir: string, onSkip?: (file: string) => void, fsDir?: Buffer): AsyncGenerator<WalkedPath> {
  const names: { name: string; bytes: Buffer | null; isDir: boolean }[] = [];
  const bytesOf = (name: Buffer) => Buffer.concat([fsDir ?? Buffer.from(dir), Buffer.from(path.sep), name]);
  // Node lists names as Buffers with 'buffer', which its types for opendir leave out.
  for await (const entry of await opendir(fsDir ?? dir, { encoding: 'buffer' as BufferEncoding })) {
    const raw = entry.name as unknown as Buffer;
    const { name, utf8 } = displayName(raw);
    // Kept in bytes only where needed, so the usual path stays a plain string.
    const bytes = utf8 && !fsDir ? null : raw;
    if (name.startsWith('.')) continue;
    if (entry.isSymbolicLink()) {
      // A link to a page is read (a loop or a dangling link fails at the read, as an error
      // record); a link to a directory is not followed, so a walk cannot go round in circles.
      const target = await stat(bytes ? bytesOf(bytes) : path.join(dir, name)).catch(() => null);
      if (target?.isDirectory()) onSkip?.(path.join(dir, name));
      else if (isInputName(name)) names.push({ name, bytes, isDir: false });
      else onSkip?.(path.join(dir, name));
      continue;
    }
    if (entry.isDirectory()) names.push({ name, bytes, isDir: true });
    else if (entry.isFile() && isInputName(name)) names.push({ name, bytes, isDir: false });
    else if (entry.isFile()) onSkip?.(path.join(dir, name));
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, bytes, isDir } of names) {
    const full = path.join(dir, name);
    const fsPath = bytes ? bytesOf(bytes) : undefined;
    if (isDir) yield* walkDirectory(full, onSkip, fsPath);
    else yield fsPath ? { path: full, fsPath } : { path: full };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The paths named on the command line, expanded: directories walked, `-` kept as stdin. */
export async function* expandPaths(paths: string[], onSkip?: (file: string) => void): AsyncGenerator<{ path: string; fsPath?: Buffer; error?: string; argument: number; relative: string }> {
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
        for await (const file of walkDirectory(given, onSkip)) yield { ...file, argument, relative: path.relative(given, file.path).split(path.sep).join('/') };
      } catch (error) {
        yield { path: given, argument, relative: '', error: `cannot list directory: ${(error as Error).message}` };
      }
    } else yield { path: given, argument, relative: '' };
  }
}

/** `fsPath`: the path in bytes, for a name that is not UTF-8 (`file` then only names it). */
export async function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES, fsPath: string | Buffer = file): Promise<IngestItem> {
  try {
    // Refused before reading, so a 50 MB page costs no memory; checked again after, for a file
    // that grew between the stat and the read.
    if (file !== '-') {
      const size = (await stat(fsPath)).size;
      if (size > maxBytes) return { kind: 'error', source: file, message: overBudget(size, maxBytes) };
    }
    const bytes = file === '-' ? await readStdin() : await readFile(fsPath);
    if (bytes.length > maxBytes) return { kind: 'error', source: file === '-' ? 'stdin' : file, message: overBudget(bytes.length, maxBytes) };
    return { kind: 'input', input: { source: file === '-' ? 'stdin' : file, bytes, formatHint: file === '-' ? null : formatHintFor(file) } };
  } catch (error) {
    return { kind: 'error', source: file, message: `cannot read: ${readFailure(file, error as NodeJS.ErrnoException)}` };
  }
}

function readFailure(file: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return `a loop of symbolic links (${error.message})`;
  return error.message;
}

async function sizeOf(file: string | Buffer): Promise<number> {
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
      const fsPath = item.fsPath ?? item.path;
      if (container === 'jsonl') yield* readJsonl(item.path, fileKey, counter, maxBytes, fsPath);
      else if (container === 'csv' || container === 'tsv') yield* readCsv(item.path, fileKey, counter, container === 'tsv' ? '\t' : ',', maxBytes, fsPath);
      else yield* readWarc(item.path, fileKey, counter, maxBytes, fsPath);
      continue;
    }
    const file = item.path;
    const fsPath = item.fsPath ?? file;
    yield { source: file === '-' ? 'stdin' : file, shardKey: fileKey, bytes: options.sizes && file !== '-' ? await sizeOf(fsPath) : 0, open: () => readInput(file, options.maxBytes, fsPath) };
  }
}

/** Total bytes on disk of every file the inputs name, for the progress display's ETA. */
export async function totalInputBytes(paths: string[]): Promise<number> {
  let total = 0;
  for await (const item of expandPaths(paths)) if (!item.error && item.path !== '-') total += await sizeOf(item.fsPath ?? item.path);
  return total;
}
