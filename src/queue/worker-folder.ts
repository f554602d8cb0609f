// Which folder under --out a worker writes: DIR/<worker-id>/, held by a lock file naming the
// host and process, so two live workers never write one folder. The id defaults to the host
// name (a Kubernetes pod's name, a Slurm node's), then host-2, host-3… for more workers on
// one host. A lock left by a process that is gone (killed, or this very pid in a restarted
// container) is taken over, so a restarted worker continues its own folder.
import { hostname } from 'node:os';
import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { QueueOptionError } from './connection.js';
import { processAlive } from '../io/batch/lock.js';

const LOCK_FILE = 'worker.lock';
const MAX_WORKERS_PER_HOST = 256;

export interface WorkerFolder {
  id: string;
  dir: string;
  release: () => void;
}

/** The holder of a lock, or null when the lock can be taken over. */
function liveHolder(lock: string): string | null {
  let holder: { host?: unknown; pid?: unknown };
  try {
    holder = JSON.parse(readFileSync(lock, 'utf8')) as typeof holder;
  } catch {
    // Cut off while being written: its writer died at once.
    return null;
  }
  const pid = typeof holder.pid === 'number' ? holder.pid : -1;
  // Another host's process cannot be checked from here: its lock stands.
  if (holder.host !== hostname()) return `process ${pid} on ${String(holder.host)}`;
  return pid !== process.pid && processAlive(pid) ? `process ${pid}` : null;
}

function tryLock(dir: string): 'taken' | string {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, JSON.stringify({ host: hostname(), pid: process.pid }) + '\n');
      closeSync(fd);
      return 'taken';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = liveHolder(lock);
      if (holder) return holder;
      unlinkSync(lock);
    }
  }
  return 'another worker starting at the same moment';
}

export function claimWorkerFolder(outDir: string, requested: string | null): WorkerFolder {
  if (requested !== null && !/^[\w.-]+$/.test(requested)) throw new QueueOptionError(`--worker-id may hold letters, digits, '.', '-' and '_' only, not "${requested}"`);
  const host = hostname().replace(/[^\w.-]/g, '_') || 'worker';
  const candidates = requested !== null ? [requested] : Array.from({ length: MAX_WORKERS_PER_HOST }, (_, i) => (i === 0 ? host : `${host}-${i + 1}`));
  for (const id of candidates) {
    const dir = path.join(outDir, id);
    const outcome = tryLock(dir);
    if (outcome === 'taken') {
      return {
        id,
        dir,
        release: () => {
          try {
            unlinkSync(path.join(dir, LOCK_FILE));
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    }
    if (requested !== null) throw new QueueOptionError(`worker id ${requested} is in use in ${outDir} by ${outcome}`);
  }
  throw new QueueOptionError(`${outDir} already has ${MAX_WORKERS_PER_HOST} live workers of host ${host}`);
}
