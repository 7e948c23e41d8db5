/**
 * Worker thread of parallel ingest (run from the compiled package only): parses, segments
 * and indexes one contiguous part of the corpus files and sends it back flat (see pack.ts).
 */
import { parentPort } from 'node:worker_threads';
import { pack } from './pack.js';
import { type PartRequest, type PartResult, parsePart } from './part.js';

parentPort?.on('message', (req: PartRequest) => {
  const part = parsePart(req);
  const payload = pack(part.sources, part.index);
  const res: PartResult = { errors: part.errors, payload };
  parentPort?.postMessage(res, [payload.ints.buffer as ArrayBuffer]);
});
