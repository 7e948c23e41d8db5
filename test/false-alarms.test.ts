// False alarms on unrelated real text: the gold claims are about the August 2025 summit,
// the Wikinews sample holds 240 articles from 2004–2018 (some about other Putin summits).
// None of them may support a claim; contradictions are allowed (another summit's date is
// a different value for "a summit with Putin"), support would be a false alarm.
import path from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../src/index.js';
import { GOLD, WIKINEWS_SAMPLE } from './data.js';

test('no Wikinews article of 2004–2018 supports a claim about the 2025 summit', async () => {
  // `--partial`: the gold file pins verdicts of the seeds (s0…s4), which are not in this corpus
  const report = await check({ claims: [GOLD], corpus: [path.join(WIKINEWS_SAMPLE, '*.txt')], partial: true });
  expect(report.sources).toHaveLength(240);
  expect(report.claims.length).toBeGreaterThanOrEqual(16);
  const supported = report.claims.flatMap((c) =>
    Object.entries(c.verdicts)
      .filter(([, v]) => v.verdict === 'supported' || v.verdict === 'mixed')
      .map(([s, v]) => `${c.id} × ${s}: ${v.evidence.map((e) => e.text).join(' | ')}`),
  );
  expect(supported).toEqual([]);
});
