import { beforeAll, describe, expect, test } from 'vitest';
import { check } from '../src/index.js';
import type { Report } from '../src/types.js';
import { GOLD, SEEDS } from './data.js';

let report: Report;

beforeAll(async () => {
  report = await check({ claims: [GOLD], corpus: [SEEDS] });
});

describe('gold set on the seeds', () => {
  test('covers every gold claim', () => {
    expect(report.claims.length).toBeGreaterThanOrEqual(16);
  });
  test.for([
    'summit-date-aug-15',
    'summit-in-alaska',
    'summit-at-jber',
    'summit-in-saudi-arabia',
    'russian-delegation-includes-lavrov',
    'lavrov-is-defense-minister',
    'witkoff-putin-talks-three-hours',
    'five-on-five-format',
    'six-phone-calls',
    'no-documents-signed',
    'zelensky-invited-to-alaska',
    'agreement-on-ukraine-announced',
    'witkoff-is-special-envoy',
    'biden-putin-geneva-june-2021',
    'witkoff-visit-aug-7',
    'kallas-eu-foreign-policy-chief',
  ])('%s reads as a careful reader does', (id) => {
    const c = report.claims.find((x) => x.id === id);
    expect(c, `claim ${id} is in the gold file`).toBeDefined();
    const verdicts = Object.fromEntries(Object.entries(c?.verdicts ?? {}).map(([s, v]) => [s, v.verdict]));
    expect(c?.failures, JSON.stringify(verdicts)).toEqual([]);
  });
  test('every decisive verdict carries evidence that slices back from its source', async () => {
    const { loadCorpus } = await import('../src/index.js');
    const { sources } = await loadCorpus([SEEDS]);
    for (const c of report.claims)
      for (const [sid, v] of Object.entries(c.verdicts)) {
        if (v.verdict !== 'absent') expect(v.evidence.length, `${c.id}/${sid}`).toBeGreaterThan(0);
        const text = sources.find((s) => s.id === sid)?.text ?? '';
        for (const e of v.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
  });
});
