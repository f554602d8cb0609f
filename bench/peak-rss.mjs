// Preloaded into a benchmarked process (node --import): writes its peak resident set size in
// KiB and the CPU time of all its threads in ms (user + system) as JSON to the file named by
// NUMCLAIMS_BENCH_RSS when it exits. Worker threads share the process, so this covers the
// whole pool.
import { writeFileSync } from 'node:fs';

const target = process.env.NUMCLAIMS_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
