import { afterAll, describe, expect, test } from 'vitest';
import { type Report, reporters } from '../../src/index.js';
import { cleanup, fixtureReport, manySources, nastyReport } from './fixture.js';

afterAll(cleanup);

const markdown = (r: Report) => reporters.markdown?.(r, { style: { color: false } }) ?? '';

/** Split a Markdown table row into cells, honouring `\|` escapes. */
function cells(row: string): string[] {
  return row
    .replace(/^\| /, '')
    .replace(/ \|$/, '')
    .split(/(?<!\\) \| /);
}

/** The first table of a document: its rows (header, separator, body). */
function firstTable(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end);
}

describe('markdown report', () => {
  test('has a claims × sources table, failing claims first, with a symbol per verdict', async () => {
    const report = await fixtureReport();
    const rows = firstTable(markdown(report));
    expect(cells(rows[0] as string)).toEqual(['', 'claim', '`a`', '`b`']);
    expect(rows[1]).toMatch(/^\| :-: \| :-- \| :-: \| :-: \|$/);
    const body = rows.slice(2).map(cells);
    expect(body.map((r) => /`([a-z-]+)`/.exec(r[1] as string)?.[1])).toEqual([
      'summit-date',
      'summit-in-turkey',
      'summit-in-alaska',
      'no-documents-signed',
      'martians-attend',
    ]);
    expect(body.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['❌ **FAIL**', '✓', '✗'],
      ['❌ **FAIL**', '·', '·'],
      ['✅ pass', '✓', '·'],
      ['✅ pass', '✓', '·'],
      ['✅ pass', '·', '·'],
    ]);
    expect(body[0]?.[1]).toContain('`claims/failing.yaml:3`');
  });

  test('a headline counts the failures, and each failing claim has its expectations and evidence', async () => {
    const md = markdown(await fixtureReport());
    expect(md.split('\n')[0]).toBe('## ❌ corroborate: 2 of 5 claims failed');
    const failing = md.slice(md.indexOf('## Failing claims'));
    expect(failing).toContain('### ❌ `summit-date` Trump and Putin meet on August 15, 2025');
    expect(failing).toContain('- expected no source to contradict the claim; b (contradicted) does');
    expect(failing).toContain('> “The meeting between Trump and Putin takes place on August 14, 2025.”');
    expect(failing).toMatch(/> \*\*b\*\* `\[52, 119\)` line \d+ · contradiction/);
    expect(failing).toContain('cue: hedge “could”');
    expect(failing).not.toContain('martians-attend');
  });

  test('an all-passing report says so', async () => {
    const report = await fixtureReport();
    const passing = { ...report, ok: true, claims: report.claims.filter((c) => c.ok) };
    const md = markdown(passing);
    expect(md.split('\n')[0]).toBe('## ✅ corroborate: all 3 claims hold');
    expect(md).not.toContain('## Failing claims');
  });

  test('pipes, markup and line breaks in a claim cannot break the table', async () => {
    const { report } = await nastyReport();
    const rows = firstTable(markdown(report));
    expect(rows).toHaveLength(3);
    const row = cells(rows[2] as string);
    expect(row).toHaveLength(4);
    expect(row[1]).toContain('\\|');
    expect(row[1]).toContain('&lt;b&gt;');
    expect(row[1]).not.toMatch(/<b>/);
  });

  test('with many sources the table counts verdicts instead of a column per source', async () => {
    const rows = firstTable(markdown(await manySources(14)));
    expect(cells(rows[0] as string)).toEqual(['', 'claim', '✓ supported', '✗ contradicted', '± mixed', '· absent']);
    const first = cells(rows[2] as string);
    expect(first[1]).toContain('summit-date');
    expect(first.slice(2)).toEqual(['1', '1', '0', '12']);
  });
});
