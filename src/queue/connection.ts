// The Redis connection every queue command opens: one ioredis client per URL, made so that
// commands wait through a Redis restart instead of failing (BullMQ's workers need that), and
// retried every few hundred milliseconds, so a restarted Redis is found again within seconds.
import { Redis } from 'ioredis';

export class QueueOptionError extends Error {}

const MAX_RECONNECT_MS = 2000;

/** `redis://[user:password@]host[:port][/db]` (or `rediss://`) → a client that reconnects on its own. */
export function connectRedis(url: string): Redis {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueOptionError(`--redis needs a URL such as redis://127.0.0.1:6379, not "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new QueueOptionError(`--redis needs a redis:// or rediss:// URL, not "${url}"`);
  return new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => Math.min(attempt * 250, MAX_RECONNECT_MS),
  });
}

/** The URL without its password, for manifests and messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
