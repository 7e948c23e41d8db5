import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputErrors, prepare, reporters } from '../../src/index.js';
import { renderJunitErrors } from '../../src/report/junit.js';
import { cleanup, FIXTURE, fixtureReport, NASTY_CLAIM, nastyReport } from './fixture.js';

afterAll(cleanup);

import { findAll, parseXml } from './xml.js';

const junit = (r: Parameters<NonNullable<(typeof reporters)['junit']>>[0]) => reporters.junit?.(r, { style: { color: false } }) ?? '';

describe('junit report', () => {
  test('parses, with one testsuite per claim file and one testcase per claim', async () => {
    const report = await fixtureReport();
    const doc = parseXml(junit(report));
    expect(doc.name).toBe('testsuites');
    expect(doc.attrs).toMatchObject({ tests: '5', failures: '2', errors: '0' });
    expect(doc.children.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ['claims/failing.yaml', '2', '2'],
      ['claims/passing.yaml', '3', '0'],
    ]);
    const cases = findAll(doc, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(report.claims.map((c) => `${c.id}: ${c.claim}`));
    expect(cases.map((c) => `${c.attrs.file}:${c.attrs.line}`)).toEqual(report.claims.map((c) => `${c.file}:${c.line}`));
  });

  test.for([
    ['summit-date', 'expected no source to contradict the claim; b (contradicted) does', /b \[52, 119\) line \d+ {2}contradiction/],
    ['summit-in-turkey', 'expected at least one source to support the claim; none does', /cue: hedge "could" \[11, 16\)/],
  ] as const)('failed expectations of %s are a <failure> with the verdict table and evidence', async ([id, failure, evidence]) => {
    const doc = parseXml(junit(await fixtureReport()));
    const tc = findAll(doc, 'testcase').find((c) => c.attrs.name?.startsWith(`${id}:`));
    const failures = findAll(tc ?? doc, 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.attrs.message).toContain(failure);
    expect(failures[0]?.text).toMatch(/source\s+verdict\s+evidence/);
    expect(failures[0]?.text).toMatch(evidence);
  });

  test('passing claims have no <failure>', async () => {
    const doc = parseXml(junit(await fixtureReport()));
    const passing = findAll(doc, 'testcase').filter((c) => /^(summit-in-alaska|no-documents-signed|martians-attend):/.test(c.attrs.name ?? ''));
    expect(passing).toHaveLength(3);
    for (const tc of passing) expect(tc.children).toEqual([]);
  });

  test('markup, quotes, control characters and line breaks are escaped, and survive a round trip', async () => {
    const { report } = await nastyReport();
    const xml = junit(report);
    const tc = findAll(parseXml(xml), 'testcase')[0];
    // the bell (U+0007) cannot be carried by XML 1.0 at all; everything else comes back as written
    expect(tc?.attrs.name).toBe(`nasty: ${NASTY_CLAIM.replace('\u0007', '\uFFFD')}`);
    expect(tc?.attrs.classname).toBe('odd,name:1.yaml');
    expect(xml).not.toContain('\u0007');
  });
});

describe('junit input errors', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const bad = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-junit-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'bad.yaml'), 'claims:\n  - id: x\n    claim: "a <claim> & more"\n    abuot: [z]\n    negated: maybe\n');
    return dir;
  };

  test('each input error is an <error> named by its place, with the formatted message', async () => {
    const dir = bad();
    const errors = await prepare({ claims: ['bad.yaml'], corpus: [path.join(FIXTURE, 'corpus')], cwd: dir }).then(
      () => [],
      (e: unknown) => (e instanceof InputErrors ? e.errors : Promise.reject(e)),
    );
    // the misspelled required field is one UNKNOWN_FIELD (its MISSING_FIELD is folded in)
    expect(errors.map((e) => e.code).sort()).toEqual(['INVALID_VALUE', 'UNKNOWN_FIELD']);
    const doc = parseXml(renderJunitErrors(errors));
    expect(doc.attrs).toMatchObject({ tests: '2', failures: '0', errors: '2' });
    const errs = findAll(doc, 'error');
    expect(errs.map((e) => e.attrs.type).sort()).toEqual(['INVALID_VALUE', 'UNKNOWN_FIELD']);
    const unknown = errs.find((e) => e.attrs.type === 'UNKNOWN_FIELD');
    expect(unknown?.text).toContain('bad.yaml:4:5  UNKNOWN_FIELD  claim "x" has no field "abuot"');
    expect(unknown?.text).toContain('fix: did you mean "about"?');
    expect(findAll(doc, 'testcase').map((t) => t.attrs.name)).toContain('bad.yaml:4:5 UNKNOWN_FIELD');
  });

  test('`check --format junit` prints them on stdout and exits 2; with --output the file carries them', async () => {
    const dir = bad();
    const run = async (extra: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', '--claims', 'bad.yaml', '--corpus', path.join(FIXTURE, 'corpus'), '--format', 'junit', ...extra], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: dir,
        env: {},
      });
      return { code, stdout, stderr };
    };
    const plain = await run([]);
    expect(plain.code).toBe(2);
    expect(findAll(parseXml(plain.stdout), 'error')).toHaveLength(2);
    expect(plain.stderr).toContain('bad.yaml:4:5  UNKNOWN_FIELD');
    const out = await run(['--output', 'report.xml']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    // the report is written, and a CI test tab shows the input errors as errored tests
    const written = parseXml(readFileSync(path.join(dir, 'report.xml'), 'utf8'));
    expect(written.attrs).toMatchObject({ errors: '2' });
    expect(
      findAll(written, 'error')
        .map((e) => e.attrs.type)
        .sort(),
    ).toEqual(['INVALID_VALUE', 'UNKNOWN_FIELD']);
  });
});

describe('the test XML reader rejects what is not XML', () => {
  test.for([
    ['<a><b></a></b>', /mismatched/],
    ['<a>x & y</a>', /bare "&"/],
    ['<a t="1" t="2"/>', /repeated/],
    ['<a>&nope;</a>', /unknown entity/],
    ['<a>\u0001</a>', /forbidden character/],
    ['<a></a><b></b>', /second root/],
    ['<a>', /unclosed/],
  ] as const)('%s', ([xml, err]) => {
    expect(() => parseXml(xml)).toThrow(err);
  });
});
