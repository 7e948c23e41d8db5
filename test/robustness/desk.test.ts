// A desk's first run, through the real CLI: bad files are reported all at once while the
// good ones are still checked; dates as CMS and RSS write them; did-you-mean everywhere;
// probable typos in names are warnings in every format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, cli, headers, put, tempDir } from './helpers.js';

afterAll(cleanup);

interface JsonReport {
  ok: boolean;
  errors: { file: string | null; line: number | null; col: number | null; code: string; message: string; fix: string }[];
  warnings: { file: string | null; line: number | null; col: number | null; code: string; message: string; fix: string }[];
  sources: { id: string; published?: string }[];
  claims: { id: string; ok: boolean; verdicts: Record<string, { verdict: string }>; counts: Record<string, number>; inScope?: string[] }[];
}

const SUMMIT = `claims:
  - id: summit-in-alaska
    claim: Trump and Putin meet in Alaska
    about: [[summit, meet], Alaska]
`;

const article = (id: string, published: string, text: string) => `---\nid: ${id}\npublished: ${published}\n---\n${text}\n`;

function desk(): string {
  const dir = tempDir('corroborate-desk-');
  put(dir, 'claims/summit.yaml', SUMMIT);
  for (let i = 1; i <= 4; i++) put(dir, `corpus/a${i}.txt`, article(`a${i}`, '2025-08-10', 'Trump and Putin will meet in Alaska on Friday.'));
  return dir;
}

describe.concurrent('bad files do not hide the good ones', { timeout: 180_000 }, () => {
  test('a binary and a Latin-1 article among many: both reported, the others checked, JSON on stdout, exit 2', async () => {
    const dir = desk();
    put(dir, 'corpus/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    put(dir, 'corpus/latin1.txt', Buffer.concat([Buffer.from('Putin arrived in the caf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    const r = await cli(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([
      expect.stringMatching(/^corpus\/latin1\.txt:1:25 {2}ENCODING /),
      expect.stringMatching(/^corpus\/photo\.txt:3:1 {2}ENCODING /),
    ]);
    expect(r.stderr).toMatch(/the 1 valid claim was checked over 4 sources; the report says ok: false/);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.file, e.line, e.col, e.code])).toEqual([
      ['corpus/latin1.txt', 1, 25, 'ENCODING'],
      ['corpus/photo.txt', 3, 1, 'ENCODING'],
    ]);
    for (const e of report.errors) expect(e.fix).toMatch(/\S/);
    expect(report.sources.map((s) => s.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(report.claims[0]?.counts.supported).toBe(4);
    expect(report.claims[0]?.ok).toBe(true);
  });

  test('every format carries the errors and says the report is incomplete', async () => {
    const dir = desk();
    put(dir, 'corpus/bad.txt', '---\nid: [x]\n---\ntext\n');
    const runs = await Promise.all(['text', 'markdown', 'github', 'junit', 'html'].map((f) => cli(dir, ['check', '--format', f])));
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/corpus\/bad\.txt(:2:5|,line=2,col=5)/);
      expect(r.stdout).toContain('FRONT_MATTER');
    }
    const [text, markdown, github, junit, html] = runs.map((r) => r.stdout) as string[];
    expect(text).toMatch(/1 claim over 4 sources: 1 passed, 0 failed; 1 input error\n$/);
    expect(markdown).toMatch(/^## ❌ corroborate: 1 input error: the report is incomplete/);
    expect(github).toMatch(/^::error file=corpus\/bad\.txt,line=2,col=5,title=FRONT_MATTER::/);
    expect(junit).toMatch(/<testsuites name="corroborate" tests="2" failures="0" errors="1"/);
    expect(junit).toContain('<error message="front matter: id must be text" type="FRONT_MATTER">');
    expect(html).toContain('Input errors: the files they name were left out, so this report is incomplete (1)');
    expect(html).toContain('1 input error; 0 of 1 expectation failed');
  });

  test('--output gets the report with its errors; a bad claim leaves its neighbours checked', async () => {
    const dir = desk();
    put(
      dir,
      'claims/more.yaml',
      `claims:\n  - id: bad one\n    claim: x\n    about: [x]\n${SUMMIT.replace('claims:\n', '').replace('summit-in-alaska', 'summit-again')}`,
    );
    const r = await cli(dir, ['check', '--format', 'json', '--output', 'report.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.file, e.line, e.col, e.code])).toEqual([['claims/more.yaml', 2, 9, 'INVALID_VALUE']]);
    expect(report.claims.map((c) => c.id)).toEqual(['summit-again', 'summit-in-alaska']);
  });

  test('a pinned source whose file cannot be read: its error, not an unknown source, and the claim says why', async () => {
    const dir = desk();
    put(dir, 'claims/summit.yaml', `${SUMMIT}    expect: { supported: ">= 1", sources: { a5: supported } }\n`);
    put(dir, 'corpus/a5.txt', Buffer.from([0x54, 0x65, 0x78, 0xe9, 0x0a]));
    const r = await cli(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([expect.stringMatching(/^corpus\/a5\.txt:1:4 {2}ENCODING /)]);
    const report = JSON.parse(r.stdout) as JsonReport & { claims: { failures: string[] }[] };
    expect(report.claims[0]?.failures).toEqual(['expected a5 to be supported, but a5 could not be read (see the input errors)']);
  });

  test('no claims at all is an input error, not a pass', async () => {
    const dir = desk();
    put(dir, 'claims/summit.yaml', 'claims: []\n');
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([expect.stringMatching(/^claims\/summit\.yaml:1:1 {2}NO_CLAIMS {2}/)]);
    expect(r.stdout).not.toMatch(/0 passed, 0 failed\n$/);
    expect(r.stdout).toMatch(/; 1 input error\n$/);
    // one empty file among others is fine
    put(dir, 'claims/other.yaml', SUMMIT);
    expect((await cli(dir, ['check'])).code).toBe(0);
  });

  test('front matter with two mistakes shows both at once', async () => {
    const dir = desk();
    put(dir, 'corpus/two.txt', '---\nid: bad id!\npublished: 2025-02-30\n---\ntext\n');
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([
      expect.stringMatching(/^corpus\/two\.txt:2:5 {2}INVALID_VALUE {2}/),
      expect.stringMatching(/^corpus\/two\.txt:3:12 {2}INVALID_DATE {2}/),
    ]);
  });

  test('an unclosed quote or bracket is placed where it opens', async () => {
    const dir = desk();
    put(dir, 'claims/q.yaml', 'claims:\n  - id: q\n    claim: "unclosed\n    about: [Putin]\n');
    put(dir, 'claims/b.yaml', 'claims:\n  - id: b\n    claim: x\n    about: [Putin\n  - id: c\n    claim: y\n    about: [x]\n');
    put(dir, 'corpus/f.txt', '---\ntitle: "no end\nid: f\n---\ntext\n');
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([
      expect.stringMatching(/^claims\/b\.yaml:4:12 {2}YAML_SYNTAX {2}this \[ is never closed/),
      expect.stringMatching(/^claims\/q\.yaml:3:12 {2}YAML_SYNTAX {2}this " quote is never closed/),
      expect.stringMatching(/^corpus\/f\.txt:2:8 {2}YAML_SYNTAX {2}front matter: this " quote is never closed/),
    ]);
  });
});

describe.concurrent('published as CMS and RSS exports write it', { timeout: 180_000 }, () => {
  test('ISO 8601 date-times with an offset and RFC 2822 dates: the calendar date in the stated offset', async () => {
    const dir = desk();
    put(dir, 'corpus/iso.txt', article('iso', '2008-06-27T10:00:00Z', 'Text.'));
    put(dir, 'corpus/late.txt', article('late', '2008-06-27T23:30:00-05:00', 'Text.'));
    put(dir, 'corpus/frac.txt', article('frac', '2008-06-27 10:00:00.123+0200', 'Text.'));
    put(dir, 'corpus/rss.txt', article('rss', 'Fri, 27 Jun 2008 23:59:59 +1400', 'Text.'));
    put(dir, 'corpus/gmt.txt', article('gmt', '27 Jun 2008 10:00 GMT', 'Text.'));
    const r = await cli(dir, ['check', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const got = Object.fromEntries((JSON.parse(r.stdout) as JsonReport).sources.map((s) => [s.id, s.published]));
    expect(got).toMatchObject({ iso: '2008-06-27', late: '2008-06-27', frac: '2008-06-27', rss: '2008-06-27', gmt: '2008-06-27' });
  });

  test('impossible date-times and a wrong weekday are refused, with every form in the fix', async () => {
    const dir = desk();
    put(dir, 'corpus/hour.txt', article('hour', '2008-06-27T25:00:00Z', 'Text.'));
    put(dir, 'corpus/day.txt', article('day', '"Thu, 27 Jun 2008 10:00:00 +0000"', 'Text.'));
    put(dir, 'corpus/feb.txt', article('feb', '30 Feb 2008 10:00:00 +0000', 'Text.'));
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(headers(r.stderr)).toEqual([
      expect.stringMatching(/^corpus\/day\.txt:3:12 {2}INVALID_DATE {2}.*says Thu, but 2008-06-27 is a Friday/),
      expect.stringMatching(/^corpus\/feb\.txt:3:12 {2}INVALID_DATE {2}/),
      expect.stringMatching(/^corpus\/hour\.txt:3:12 {2}INVALID_DATE {2}.*has a time, 25:00, that does not exist/),
    ]);
    expect(r.stderr).toContain('fix: write a day (`published: 2025-08-14`), an ISO 8601 date-time with its offset');
    expect(r.stderr).toContain('RFC 2822');
  });
});

describe.concurrent('did you mean', { timeout: 180_000 }, () => {
  test('verdict words, with every valid word in the fix', async () => {
    const dir = desk();
    put(
      dir,
      'claims/summit.yaml',
      `${SUMMIT}    expect: suported\n  - id: pinned\n    claim: x\n    about: [Alaska]\n    expect: { sources: { a1: contradictd } }\n`,
    );
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /claims\/summit\.yaml:5:13 {2}INVALID_VALUE .*\n.*\n.*\n {2}fix: did you mean "supported"\? .*supported, contradicted, mixed or absent/,
    );
    expect(r.stderr).toMatch(
      /claims\/summit\.yaml:9:30 {2}INVALID_VALUE .*\n.*\n.*\n {2}fix: did you mean "contradicted"\? .*supported, contradicted, mixed or absent/,
    );
  });

  test('claim and entity fields, with every field in the fix', async () => {
    const dir = desk();
    put(dir, 'claims/summit.yaml', `entities:\n  Alaska: { alises: [AK] }\n${SUMMIT}    valeu: { date: 2025-08-15 }\n`);
    const r = await cli(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fix: did you mean "aliases"\? the fields of an entity are aliases, within/);
    expect(r.stderr).toMatch(/fix: did you mean "value"\? the fields of a claim are id, claim, about, value/);
  });

  test('commands, options and formats; no parser internals', async () => {
    const dir = desk();
    const [chek, formt, json, jsn, missing] = await Promise.all([
      cli(dir, ['chek']),
      cli(dir, ['check', '--formt', 'json']),
      // when the format was given, the errors come as JSON on stdout too
      cli(dir, ['check', '--format', 'json', '--claim', 'claims']),
      cli(dir, ['check', '--format', 'jsn']),
      cli(dir, ['check', '--format']),
    ]);
    expect(chek.code).toBe(2);
    expect(chek.stderr).toMatch(/USAGE {2}unknown command "chek"\n {2}fix: did you mean "check"\?/);
    expect(formt.code).toBe(2);
    expect(formt.stderr).toMatch(/USAGE {2}unknown option "--formt"\n {2}fix: did you mean "--format"\? the options are --claims, --corpus, --format/);
    expect(formt.stderr).not.toMatch(/positional|ERR_PARSE|TypeError/);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      errors: [{ code: 'USAGE', file: null, line: null, col: null, fix: expect.stringMatching(/^did you mean "--claims"\?/) }],
    });
    expect(jsn.stderr).toMatch(/fix: did you mean "json"\? use one of text, json, junit, markdown, github, html/);
    expect(missing.stderr).toMatch(/USAGE {2}option "--format" needs a value/);
  });
});

describe.concurrent('a name one edit away is a warning; two edits or lower case get a hint', { timeout: 180_000 }, () => {
  const NEWS = 'Zimbabwe opposition leader Morgan Tsvangirai said on Monday that he would contest the run-off election.';
  const project = (about: string) => {
    const dir = tempDir('corroborate-typo-');
    put(dir, 'claims/z.yaml', `claims:\n  - id: runoff\n    claim: The opposition leader contests the run-off\n    about: [${about}, run-off]\n`);
    put(dir, 'corpus/z1.txt', article('z1', '2008-06-23', NEWS));
    return dir;
  };

  test('"Tsvangira" matches "Tsvangirai": a PROBABLE_TYPO warning with both spellings, in every format', async () => {
    const dir = project('Tsvangira');
    const formats = ['text', 'json', 'markdown', 'github', 'junit', 'html'];
    const runs = await Promise.all(formats.map((f) => cli(dir, ['check', '--format', f])));
    for (const [i, r] of runs.entries()) {
      expect(r.code, `${formats[i]}: ${r.stderr}`).toBe(0);
      expect(r.stdout, formats[i]).toContain('PROBABLE_TYPO');
      expect(r.stdout, formats[i]).toMatch(/names .{0,12}Tsvangira.{0,12}; z1 writes .{0,12}Tsvangirai/);
    }
    const json = JSON.parse(runs[1]?.stdout ?? '') as JsonReport;
    expect(json.ok).toBe(true);
    expect(json.warnings).toEqual([expect.objectContaining({ file: 'claims/z.yaml', line: 2, col: 5, code: 'PROBABLE_TYPO' })]);
    expect(runs[0]?.stdout).toMatch(/1 claim over 1 source: 1 passed, 0 failed; 1 warning\n$/);
    expect(runs[3]?.stdout).toMatch(/^::warning file=claims\/z\.yaml,line=2,col=5,title=PROBABLE_TYPO::/m);
  });

  test.for([
    ['two edits', 'Tsvengiray', 2],
    ['lower case', 'tsvangira', 1],
  ] as const)('%s: no match, and a NEAR_MISS naming "Tsvangirai"', async ([, about, edits]) => {
    const dir = project(about);
    const r = await cli(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.warnings).toEqual([
      expect.objectContaining({
        code: 'NEAR_MISS',
        file: 'claims/z.yaml',
        message: `claim "runoff": about "${about}" matches no sentence in the corpus, which has "Tsvangirai" (${edits} edit${edits === 1 ? '' : 's'} away)`,
        fix: expect.stringMatching(/^did you mean "Tsvangirai"\?/),
      }),
    ]);
    const text = await cli(dir, ['check']);
    expect(text.stdout).toContain('did you mean "Tsvangirai"?');
  });
});

describe.concurrent('the small report', { timeout: 180_000 }, () => {
  test('compact JSON lists only decided verdicts and names the scope; --pretty and --all-verdicts', async () => {
    const dir = desk();
    put(dir, 'corpus/other.txt', article('other', '2025-08-10', 'Rain fell in Oslo.'));
    put(dir, 'claims/scoped.yaml', `scope: { published: { from: 2025-08-01 } }\n${SUMMIT.replace('summit-in-alaska', 'scoped')}`);
    put(dir, 'corpus/old.txt', article('old', '2020-01-01', 'Trump and Putin will meet in Alaska.'));
    const compact = await cli(dir, ['check', '--format', 'json']);
    const pretty = await cli(dir, ['check', '--format', 'json', '--pretty']);
    const all = await cli(dir, ['check', '--format', 'json', '--all-verdicts']);
    for (const r of [compact, pretty, all]) expect(r.code, r.stderr).toBe(0);
    expect(compact.stdout.split('\n')).toHaveLength(3);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    expect(pretty.stdout).toMatch(/^{\n {2}"ok": true,\n {2}"errors": \[\],\n/);
    const c = JSON.parse(compact.stdout) as JsonReport;
    const scoped = c.claims.find((x) => x.id === 'scoped');
    expect(scoped?.inScope).toEqual(['a1', 'a2', 'a3', 'a4', 'other']);
    expect(Object.keys(scoped?.verdicts ?? {})).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(scoped?.counts).toEqual({ supported: 4, contradicted: 0, mixed: 0, absent: 1 });
    const whole = c.claims.find((x) => x.id === 'summit-in-alaska');
    expect(whole?.inScope).toBeUndefined();
    expect(Object.keys(whole?.verdicts ?? {})).toEqual(['a1', 'a2', 'a3', 'a4', 'old']);
    const a = JSON.parse(all.stdout) as JsonReport;
    expect(Object.keys(a.claims.find((x) => x.id === 'summit-in-alaska')?.verdicts ?? {})).toEqual(['a1', 'a2', 'a3', 'a4', 'old', 'other']);
    expect(a.claims.find((x) => x.id === 'scoped')?.verdicts.other).toEqual({ verdict: 'absent', evidence: [] });
    expect(compact.stdout.length).toBeLessThan(all.stdout.length);
    // the text matrix still tells absent (·) from not asked (-)
    const text = await cli(dir, ['check']);
    expect(text.stdout).toMatch(/PASS scoped +✓ +✓ +✓ +✓ +- +· /);
  });
});
