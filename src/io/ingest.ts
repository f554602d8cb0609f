// ingest: command-line inputs → RawInput records. Files, directories (walked recursively in
// sorted order, one directory listing at a time) and `-` for stdin. A path that cannot be
// read becomes an error item, never an exception that stops the batch.
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawInput } from '../core/document.js';

export const INPUT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.txt', '.md', '.text']);

export type IngestItem = { kind: 'input'; input: RawInput } | { kind: 'error'; source: string; message: string };

export function formatHintFor(file: string): 'html' | 'text' | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.txt' || ext === '.md' || ext === '.text') return 'text';
  return null;
}

/** Paths under a directory, depth first, entries sorted by name so every run sees the same order. */
export async function* walkDirectory(dir: string): AsyncGenerator<string> {
  const names: { name: string; isDir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) names.push({ name: entry.name, isDir: true });
    else if (entry.isFile() && INPUT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) names.push({ name: entry.name, isDir: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    const full = path.join(dir, name);
    if (isDir) yield* walkDirectory(full);
    else yield full;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The paths named on the command line, expanded: directories walked, `-` kept as stdin. */
export async function* expandPaths(paths: string[]): AsyncGenerator<{ path: string; error?: string }> {
  for (const given of paths) {
    if (given === '-') {
      yield { path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      yield { path: given, error: `cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      try {
        for await (const file of walkDirectory(given)) yield { path: file };
      } catch (error) {
        yield { path: given, error: `cannot list directory: ${(error as Error).message}` };
      }
    } else yield { path: given };
  }
}

export async function readInput(file: string): Promise<IngestItem> {
  try {
    const bytes = file === '-' ? await readStdin() : await readFile(file);
    return { kind: 'input', input: { source: file === '-' ? 'stdin' : file, bytes, formatHint: file === '-' ? null : formatHintFor(file) } };
  } catch (error) {
    return { kind: 'error', source: file, message: `cannot read: ${(error as Error).message}` };
  }
}
