// Adding sources that are about something else changes no verdict (only the counts): the
// real seed articles and gold claims, plus generated unrelated articles, through check().
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { check, type Report } from '../../src/index.js';
import { GOLD } from '../data.js';
import { cleanup, put, SEEDS, tempDir } from '../robustness/helpers.js';

// words with nothing to do with the gold claims, plus dates, numbers, hedges and negations,
// so the unrelated articles still exercise every value kind and cue
const WORDS = [
  'rainfall',
  'orchard',
  'violin',
  'glacier',
  'recipe',
  'tomato',
  'marathon',
  'basil',
  'harbor',
  'lantern',
  'pottery',
  'meadow',
  'quartz',
  'bicycle',
  'pepper',
  'sunrise',
  'library',
  'garden',
  'concert',
  'festival',
  'temperature',
  'rose',
  'fell',
  'was',
  'the',
  'a',
  'in',
  'on',
  'and',
  'of',
  'with',
  'by',
  'three',
  'six',
  '42',
  'August 15',
  'Friday',
  'last week',
  'in January',
  '2021',
  'degrees',
  'percent',
  'hours',
  'may',
  'could',
  'not',
  'no',
  'reportedly',
];

let base: string;
let baseReport: Report;

beforeAll(async () => {
  base = tempDir('corroborate-verdicts-');
  cpSync(SEEDS, path.join(base, 'corpus'), { recursive: true });
  // the gold claims, without per-source pins (they would name sources by id, which is fine,
  // but counts in `expect` would make `ok` depend on the number of sources)
  const gold = parse(readFileSync(GOLD, 'utf8')) as { claims: { expect?: unknown }[] };
  for (const c of gold.claims) delete c.expect;
  put(base, 'claims/gold.yaml', stringify(gold));
  baseReport = await check({ cwd: base, claims: ['claims'], corpus: ['corpus'] });
}, 60_000);

afterAll(cleanup);

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((ws) => {
  const s = ws.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
});
const article = fc.record({
  id: fc.stringMatching(/^u[a-z0-9]{1,8}$/),
  published: fc.option(fc.constantFrom('2025-08-14', '2024-01-02', '2021-06-16'), { nil: undefined }),
  body: fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }).map((ps) => ps.map((p) => p.join(' ')).join('\n')),
});

describe('verdicts', () => {
  test('property: unrelated sources change no verdict of the seeds, and are absent themselves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(article, { minLength: 1, maxLength: 6, selector: (a) => a.id }), async (articles) => {
        const dir = tempDir('corroborate-verdicts-');
        cpSync(base, dir, { recursive: true });
        for (const a of articles) put(dir, `corpus/unrelated/${a.id}.txt`, `${a.published ? `---\npublished: ${a.published}\n---\n` : ''}${a.body}\n`);
        const r = await check({ cwd: dir, claims: ['claims'], corpus: ['corpus'] });
        expect(r.claims.map((c) => c.id)).toEqual(baseReport.claims.map((c) => c.id));
        for (const [i, c] of r.claims.entries()) {
          const before = baseReport.claims[i];
          for (const [sid, v] of Object.entries(before?.verdicts ?? {})) expect(c.verdicts[sid], `${c.id} in ${sid}`).toEqual(v);
          for (const a of articles) expect(c.verdicts[a.id]?.verdict, `${c.id} in unrelated ${a.id}`).toBe('absent');
          // counts: only `absent` grows, by the number of unrelated sources
          expect(c.counts).toEqual({ ...before?.counts, absent: (before?.counts.absent ?? 0) + articles.length });
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
