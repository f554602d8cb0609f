// An error in how a batch was asked for (e.g. --resume on a folder made from other inputs,
// merge given two copies of one shard): the CLI reports it as a usage error, exit 2. Kept in a
// file of its own so the commands that only check options do not load the core.
export class BatchOptionError extends Error {}
