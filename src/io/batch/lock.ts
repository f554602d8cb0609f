// One writer per dataset folder: a lock file (`.numclaims.lock`, JSON {pid, host, startedAt}) is
// created exclusively before `extract`, `merge` or a queue worker writes the folder, and removed
// when it ends. A second run is
// refused with the holder's name; a lock whose process is gone (same host, no such pid) is stale
// and is taken over. A lock held on another host cannot be checked from here and is refused.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { BatchOptionError } from './batch-option-error.js';

export const LOCK_FILE = '.numclaims.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Whether a process of this host is running (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

export interface OutputLock {
  release(): void;
}

/** Locks `outDir` for this process, or says why not: the run that holds it, in a sentence. */
export function tryLockOutput(outDir: string): { lock: OutputLock } | { refused: string } {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const body = JSON.stringify(me) + '\n';
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, body);
      closeSync(fd);
      return { lock: { release: () => releaseIfMine(file, me) } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.host !== me.host) {
      return { refused: `${outDir} is in use by numclaims pid ${holder.pid} on ${holder.host} since ${holder.startedAt}; if that run is gone, delete ${file}` };
    }
    if (holder && holder.pid !== process.pid && processAlive(holder.pid)) {
      return { refused: `${outDir} is in use by numclaims pid ${holder.pid} on ${holder.host} since ${holder.startedAt}; wait for it or use another folder` };
    }
    // Stale (its process is gone) or unreadable (killed mid-write): take it over atomically, so
    // of two runs taking over at once only one wins the exclusive create after the rename.
    const stale = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, stale);
      rmSync(stale, { force: true });
    } catch {
      // Another run took it over first; try again.
    }
  }
  const holder = readHolder(file);
  return { refused: `${outDir} is in use${holder ? ` by numclaims pid ${holder.pid} on ${holder.host} since ${holder.startedAt}` : ''}` };
}

/** Locks `outDir` for this process, or throws BatchOptionError naming the run that holds it. */
export function lockOutput(outDir: string): OutputLock {
  const attempt = tryLockOutput(outDir);
  if ('refused' in attempt) throw new BatchOptionError(attempt.refused);
  return attempt.lock;
}

/** Runs `write` holding the lock of `outDir`; released however it ends. */
export async function withOutputLock<T>(outDir: string, write: () => Promise<T>): Promise<T> {
  const lock = lockOutput(outDir);
  try {
    return await write();
  } finally {
    lock.release();
  }
}

function releaseIfMine(file: string, me: Holder): void {
  const holder = readHolder(file);
  if (holder && holder.pid === me.pid && holder.host === me.host && holder.startedAt === me.startedAt) rmSync(file, { force: true });
}
