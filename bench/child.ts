/**
 * Child process of the benchmark: one pipeline run in a fresh process, so wall
 * time includes cold JIT and peak RSS belongs to this run alone. Prints one JSON line.
 */
import { type RunOptions, runPipeline } from './pipeline.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as RunOptions;
const result = await runPipeline(opts);
process.stdout.write(`${JSON.stringify(result)}\n`);
