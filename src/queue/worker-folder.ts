// Which folder under --out a worker writes: DIR/<worker-id>/, held by the dataset folder's lock
// (io/batch/lock.ts, the one `extract` and `merge` take), so two live workers, or a worker and
// an `extract` or `merge` pointed at its folder, never write one folder. The id defaults to the
// host name (a Kubernetes pod's name, a Slurm node's), then host-2, host-3… for more workers on
// one host. A lock left by a process that is gone (killed, or this very pid in a restarted
// container) is taken over, so a restarted worker continues its own folder.
import { hostname } from 'node:os';
import path from 'node:path';
import { QueueOptionError } from './connection.js';
import { tryLockOutput } from '../io/batch/lock.js';

const MAX_WORKERS_PER_HOST = 256;

export interface WorkerFolder {
  id: string;
  dir: string;
  release: () => void;
}

export function claimWorkerFolder(outDir: string, requested: string | null): WorkerFolder {
  if (requested !== null && !/^[\w.-]+$/.test(requested)) throw new QueueOptionError(`--worker-id may hold letters, digits, '.', '-' and '_' only, not "${requested}"`);
  const host = hostname().replace(/[^\w.-]/g, '_') || 'worker';
  const candidates = requested !== null ? [requested] : Array.from({ length: MAX_WORKERS_PER_HOST }, (_, i) => (i === 0 ? host : `${host}-${i + 1}`));
  for (const id of candidates) {
    const dir = path.join(outDir, id);
    const attempt = tryLockOutput(dir);
    if ('lock' in attempt) return { id, dir, release: attempt.lock.release };
    if (requested !== null) throw new QueueOptionError(`worker id ${requested} cannot be used: ${attempt.refused}`);
  }
  throw new QueueOptionError(`${outDir} already has ${MAX_WORKERS_PER_HOST} live workers of host ${host}`);
}
