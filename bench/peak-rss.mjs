// Preloaded into a benchmarked process (node --import): writes its peak resident set size in
// KiB to the file named by NUMCLAIMS_BENCH_RSS when it exits. Worker threads share the process,
// so this covers the whole pool.
import { writeFileSync } from 'node:fs';

const target = process.env.NUMCLAIMS_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
