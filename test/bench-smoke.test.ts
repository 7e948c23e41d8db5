// The benchmark keeps working: its pipeline runs on a small slice of the Wikinews
// corpus (the bundled sample) and prints a well-formed results table. No timing is asserted.
import { expect, test } from 'vitest';
import { runBench } from '../bench/run.js';
import { unsafeFastPath } from '../bench/segment-check.js';
import { WIKINEWS_SAMPLE } from './data.js';

const corpus = WIKINEWS_SAMPLE;

test('bench pipeline on 200 articles and 20 claims gives a well-formed table', async () => {
  const r = await runBench({
    corpus,
    articles: 200,
    sizes: [20],
    scale: 2,
    scaleClaims: 20,
    naiveSample: 2,
    inProcess: true,
    cliClaims: 0,
    profileClaims: 0,
    write: undefined,
    log: () => {},
  });
  expect(r.rows.map((x) => [x.label, x.run.claims, x.run.sources])).toEqual([
    ['1x', 20, 200],
    ['2x', 20, 400],
  ]);
  for (const row of r.rows) {
    expect(row.run.sentences).toBeGreaterThan(row.run.sources);
    expect(row.run.verdicts.supported + row.run.verdicts.contradicted + row.run.verdicts.mixed + row.run.verdicts.absent).toBe(
      row.run.claims * row.run.sources,
    );
    expect(typeof row.run.reportBytes).toBe('number');
    for (const ms of Object.values(row.run.stages)) expect(ms).toBeGreaterThanOrEqual(0);
  }
  // the table: a header, a rule and one row per run, every row with the header's cells
  const lines = r.markdown.split('\n');
  const from = lines.findIndex((l) => l.startsWith('| corpus |'));
  const to = lines.indexOf('', from);
  const table = lines.slice(from, to);
  const cells = (l: string) => l.split('|').length;
  expect(table).toHaveLength(2 + r.rows.length);
  expect(table[1]).toMatch(/^\|( -+:? \|)+$/);
  expect(table.slice(2).map((l) => l.split('|')[1]?.trim())).toEqual(['1x', '2x']);
  for (const l of table) expect(cells(l)).toBe(cells(table[0] as string));
  expect(r.markdown).toMatch(/### Targets/);
  expect(r.targets.map((t) => t.name)).toContain('peak RSS <= 1 GB at 2x');
  // ripgrep is optional: present or skipped with a note, never an error
  if (r.rgVersion) expect(r.rows.every((x) => typeof x.rg === 'number')).toBe(true);
  else expect(r.markdown).toMatch(/ripgrep not installed/);
});

test('the segmenter fast path trusts no code unit that Intl.Segmenter may end a sentence on', () => {
  expect(unsafeFastPath()).toEqual([]);
});
