// Preloaded into the CLI process by the benchmark (`node --import ./bench/measure.mjs`):
// at exit, writes the process's peak RSS and CPU time (all threads) to the file named by
// CORROBORATE_BENCH_STATS.
import { writeFileSync } from 'node:fs';

const file = process.env.CORROBORATE_BENCH_STATS;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }));
  });
