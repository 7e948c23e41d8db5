/**
 * The naive baseline: for each claim, re-read every corpus file and test each
 * sentence with one regular expression per `about` item (prefix match for crude
 * inflection). No index, no values, no cues: a lower bound on what "just grep
 * per claim" costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rescan `dir` once per claim; returns the time taken and the number of sentences that matched. */
export function naiveRescan(dir: string, about: string[][][]): { ms: number; hits: number } {
  const t0 = performance.now();
  let hits = 0;
  for (const items of about) {
    const rx = items.map((alts) => new RegExp(`\\b(?:${alts.map(escapeRegExp).join('|')})`, 'i'));
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) if (rx.every((r) => r.test(m[0]))) hits++;
    }
  }
  return { ms: performance.now() - t0, hits };
}
