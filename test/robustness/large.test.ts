// Large inputs, through the real CLI: a 50 MB claim file is refused at once; a 10 MB article
// on a single line is checked to the end. The files are made once, in beforeAll.
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, cli, expectInputError, hashTree, project, put, SEEDS } from './helpers.js';

let bigClaims: string;
let bigArticle: string;

beforeAll(() => {
  // 50 MB of well-formed claims
  bigClaims = project();
  const fd = openSync(path.join(bigClaims, 'claims/huge.yaml'), 'w');
  writeSync(fd, 'claims:\n');
  const chunk: string[] = [];
  for (let i = 0; i < 10_000; i++) chunk.push(`  - id: c-${i}\n    claim: claim number ${i}\n    about: [term${i}, [Putin, Trump]]\n`);
  const block = chunk.join('');
  let size = 8;
  while (size < 50 * 1024 * 1024) size += writeSync(fd, block);
  closeSync(fd);

  // 10 MB of real article text on one line: the seeds, front matter cut, newlines turned to spaces
  bigArticle = project();
  rmSync(path.join(bigArticle, 'corpus/s1.txt'));
  const text = readdirSync(SEEDS)
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join(' ')
    .replace(/\s*\n\s*/g, ' ');
  const line = text.repeat(Math.ceil((10 * 1024 * 1024) / text.length)).slice(0, 10 * 1024 * 1024);
  put(bigArticle, 'corpus/big.txt', `---\nid: big\npublished: 2025-08-14\n---\n${line}\n`);
  put(
    bigArticle,
    'claims/a.yaml',
    `claims:
  - id: summit-date
    claim: Trump and Putin meet on August 15, 2025
    about: [[summit, meeting, meet], Putin]
    value: { date: 2025-08-15 }
  - id: summit-in-alaska
    claim: The summit is held in Alaska
    about: [[summit, meeting, meet, talks], Putin]
    value: { entity: Alaska }
  - id: talks-three-hours
    claim: The talks lasted three hours
    about: [[talks, meeting], Witkoff]
    value: { number: 3, unit: hour }
`,
  );
}, 120_000);

afterAll(cleanup);

describe.concurrent('large inputs', () => {
  test('a 50 MB claim file is refused, named, without being parsed', async () => {
    await expectInputError(bigClaims, [], { file: 'claims/huge.yaml', code: 'TOO_LARGE' });
  });

  test('a 10 MB article on a single line is checked to the end', { timeout: 300_000 }, async () => {
    const before = hashTree(bigArticle);
    const r = await cli(bigArticle, ['check', '--format', 'json'], 290_000);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stderr).not.toMatch(/^ {4}at /m);
    const report = JSON.parse(r.stdout) as { sources: { id: string }[]; claims: { id: string; verdicts: Record<string, { verdict: string }> }[] };
    expect(report.sources.map((s) => s.id)).toEqual(['big']);
    expect(report.claims.map((c) => c.id)).toEqual(['summit-date', 'summit-in-alaska', 'talks-three-hours']);
    // the seeds support the summit date, so a text made of them must too
    expect(report.claims[0]?.verdicts.big?.verdict).toMatch(/supported|mixed/);
    expect(hashTree(bigArticle)).toEqual(before);
  });
});
