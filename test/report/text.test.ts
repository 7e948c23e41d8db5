import { afterAll, describe, expect, test } from 'vitest';
import { type Report, reporters } from '../../src/index.js';
import { verdictTable } from '../../src/report/details.js';
import { renderJson } from '../../src/report/json.js';
import { wantColor } from '../../src/report/style.js';
import { renderText } from '../../src/report/text.js';
import { cleanup, fixtureReport, manySources } from './fixture.js';

afterAll(cleanup);

const text = (r: Report, color = false) => reporters.text?.(r, { style: { color } }) ?? '';
const stripAnsi = (s: string) => s.replace(/\x1b\[\d+m/g, '');

describe('text report', () => {
  test('opens with an aligned claims × sources matrix, failing claims first', async () => {
    const lines = text(await fixtureReport()).split('\n');
    const header = lines[0] as string;
    expect(header.trim().split(/\s+/)).toEqual(['claim', 'a', 'b']);
    const rows = lines.slice(1, 6);
    expect(rows.map((r) => r.split(/\s+/).slice(0, 2))).toEqual([
      ['FAIL', 'summit-date'],
      ['FAIL', 'summit-in-turkey'],
      ['PASS', 'summit-in-alaska'],
      ['PASS', 'no-documents-signed'],
      ['PASS', 'martians-attend'],
    ]);
    // every verdict symbol sits under its source's column
    const colA = header.indexOf(' a ') + 1;
    const colB = header.indexOf(' b') + 1;
    expect(rows.map((r) => [r[colA], r[colB]])).toEqual([
      ['✓', '✗'],
      ['·', '?'], // b only floats Turkey: absent, hedged
      ['✓', '·'],
      ['✓', '·'],
      ['·', '·'],
    ]);
  });

  test('then the details of each failing claim, and the summary as the last line', async () => {
    const out = text(await fixtureReport());
    const details = out.slice(out.indexOf('\nFAIL summit-date:'));
    expect(details).toContain('  at claims/failing.yaml:3:5\n  ✗ expected no source to contradict the claim; b (contradicted) does');
    expect(details).toMatch(/ {2}b {7}✗ contradicted {2}1 contradiction/);
    expect(details).toContain('"The meeting between Trump and Putin takes place on August 14, 2025."');
    expect(details).toContain('FAIL summit-in-turkey:');
    expect(details).not.toContain('PASS ');
    expect(out.trimEnd().split('\n').at(-1)).toBe('5 claims over 2 sources: 3 passed, 2 failed');
  });

  test('colour is only added when asked for, and never moves a column', async () => {
    const report = await fixtureReport();
    const plain = text(report);
    const coloured = text(report, true);
    expect(plain).not.toMatch(/\x1b\[/);
    expect(coloured).toMatch(/\x1b\[31mFAIL\x1b\[0m/);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  test.for([
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{}, true, true],
    [{}, false, false],
    [{ FORCE_COLOR: '1' }, false, true],
  ] as const)('wantColor(%o, tty=%s) is %s', ([env, isTTY, want]) => {
    expect(wantColor({ isTTY }, env)).toBe(want);
  });

  test('long source ids are numbered, with a key under the matrix', async () => {
    const out = text(await manySources(14, 12));
    const lines = out.split('\n');
    expect(lines[0]?.trim().split(/\s+/)).toEqual(['claim', ...Array.from({ length: 14 }, (_, i) => String(i + 1))]);
    expect(out).toMatch(/\n {3}1 {2}a {2}corpus\/a\.txt\n/);
    expect(out).toMatch(/\n {2}14 {2}x00000000011 /);
    for (const l of lines.slice(1, 6)) expect(l.length).toBeLessThanOrEqual(120);
    // in the details, the many silent sources fold into one line
    expect(out).toContain('· absent, no sentence decides it: x00000000000, x00000000001,');
    expect(out).toContain('x00000000009 and 2 more');
  });

  test('with very many sources the matrix counts verdicts per claim', async () => {
    const lines = text(await manySources(41)).split('\n');
    expect(lines[0]?.trim().split(/\s{2,}/)).toEqual(['claim', '✓ supported', '✗ contradicted', '± mixed', '· absent']);
    expect(lines[1]?.split(/\s+/).slice(0, 6)).toEqual(['FAIL', 'summit-date', '1', '1', '0', '39']);
  });
});

describe('a report read back from its compact JSON', () => {
  test('absent sources it leaves out are still counted in the verdict table and drawn as absent in the matrix', async () => {
    const report = await manySources(6);
    const compact = JSON.parse(renderJson(report)) as Report;
    // the matrix (up to the legend): the same cells, absent ones as absent (·), not as out of scope (-)
    const matrixOf = (r: Report) => renderText(r).split('\n✓ supported')[0];
    expect(matrixOf(compact)).toBe(matrixOf(report));
    expect(matrixOf(report)).toContain('·');
    let implied = 0;
    for (const c of compact.claims) {
      const table = verdictTable(c).join('\n');
      const listed = Object.keys(c.verdicts).length;
      const absent = c.counts.supported + c.counts.contradicted + c.counts.mixed + c.counts.absent - listed;
      for (const sid of Object.keys(c.verdicts)) expect(table).toContain(sid);
      if (absent) {
        expect(table).toContain(`absent, no sentence decides it: ${absent} other source${absent === 1 ? '' : 's'} in scope`);
        implied++;
      }
    }
    expect(implied).toBeGreaterThan(0);
  });
});
