// --shard K/N: a deterministic share of the inputs. Every shard enumerates the same stream and
// keeps the entries whose key hashes to it, so N machines under any scheduler together cover
// the corpus exactly once. The key is the argument's position plus the path inside it (and the
// line or record), so it does not depend on where each machine mounts the corpus.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: shard 1/4 is the first of four. */
  index: number;
  count: number;
}

/** `K/N` with 1 ≤ K ≤ N → a Shard; null when the text is not of that form. */
export function parseShard(spec: string): Shard | null {
  const match = spec.trim().match(/^(\d+)\s*\/\s*(\d+)$/);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

export function shardOf(key: string, count: number): number {
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % count) + 1;
}

export function ownsKey(shard: Shard | null, key: string): boolean {
  return !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
}
