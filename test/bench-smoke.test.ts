// The benchmark keeps working: it runs the CLI on a small slice of the Wikinews corpus
// (the bundled sample), cold and warm, and prints a well-formed results table. No timing is asserted.
import { expect, test } from 'vitest';
import { runBench } from '../bench/run.js';
import { unsafeFastPath } from '../bench/segment-check.js';
import { WIKINEWS_SAMPLE } from './data.js';

const corpus = WIKINEWS_SAMPLE;

test('bench on 200 articles and 20 claims runs the CLI cold and warm and gives a well-formed table', async () => {
  const r = await runBench({
    corpus,
    articles: 200,
    sizes: [20],
    scale: 2,
    scaleClaims: 20,
    repeat: 1,
    profileClaims: 0,
    write: undefined,
    log: () => {},
  });
  expect(r.rows.map((x) => [x.label, x.state, x.run.claims, x.run.sources])).toEqual([
    ['1x', 'cold', 20, 200],
    ['1x', 'warm', 20, 200],
    ['2x', 'cold', 20, 400],
    ['2x', 'warm', 20, 400],
  ]);
  // a cold run fills the cache, the warm run reads it
  expect(r.rows.map((x) => x.run.cache)).toEqual(['miss', 'hit', 'miss', 'hit']);
  for (const row of r.rows) {
    expect([0, 1]).toContain(row.run.exit);
    expect(row.run.reportBytes).toBeGreaterThan(0);
    expect(row.run.peakRssMB).toBeGreaterThan(0);
    for (const ms of [row.run.wall, row.run.cpu, row.run.ingest, row.run.evaluate]) expect(ms).toBeGreaterThan(0);
    expect(row.run.wall).toBeGreaterThan(row.run.ingest + row.run.evaluate);
  }
  // the table: a header, a rule and one row per run, every row with the header's cells
  const lines = r.markdown.split('\n');
  const from = lines.findIndex((l) => l.startsWith('| corpus |'));
  const to = lines.indexOf('', from);
  const table = lines.slice(from, to);
  const cells = (l: string) => l.split('|').length;
  expect(table).toHaveLength(2 + r.rows.length);
  expect(table[1]).toMatch(/^\|( -+:? \|)+$/);
  expect(table.slice(2).map((l) => l.split('|')[1]?.trim())).toEqual(['1x', '1x', '2x', '2x']);
  for (const l of table) expect(cells(l)).toBe(cells(table[0] as string));
  expect(r.markdown).toMatch(/### Targets/);
  expect(r.targets.map((t) => t.name)).toContain('peak RSS at 2x: <= 1 GB');
  expect(r.targets.map((t) => t.name)).toContain('20 claims, warm: <= 4x ripgrep');
  // ripgrep is optional: present or skipped with a note, never an error
  if (r.rgVersion) expect(r.rows.every((x) => typeof x.rg === 'number')).toBe(true);
  else expect(r.markdown).toMatch(/ripgrep not installed/);
});

test('the segmenter fast path trusts no code unit that Intl.Segmenter may end a sentence on', () => {
  expect(unsafeFastPath()).toEqual([]);
});
