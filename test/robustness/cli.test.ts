// Bad command lines, through the real CLI: exit 2, a fix, no stack trace, nothing written.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, cli, expectInputError, hashTree, project, SENTINEL } from './helpers.js';

afterAll(cleanup);

describe.concurrent('command line', () => {
  test('unknown --format', async () => {
    const dir = project();
    const r = await expectInputError(dir, ['check', '--format', 'yaml'], { code: 'USAGE' });
    expect(r.stderr).toMatch(/fix: .*json/);
  });

  test('--output into a missing folder', async () => {
    const dir = project();
    await expectInputError(dir, ['check', '--output', 'missing/report.json'], { file: 'missing/report.json', code: 'USAGE' });
  });

  test('--output that is a folder', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'out/folder.json'));
    await expectInputError(dir, ['check', '--output', 'out/folder.json'], { file: 'out/folder.json', code: 'USAGE' });
  });

  test('--output that is an input file', async () => {
    const dir = project();
    await expectInputError(dir, ['check', '--output', 'claims/a.yaml'], { file: 'claims/a.yaml', code: 'USAGE' });
    await expectInputError(dir, ['check', '--output', 'corpus/s1.txt'], { file: 'corpus/s1.txt', code: 'USAGE' });
  });

  test('unknown option; a path given without --claims', async () => {
    const dir = project();
    await expectInputError(dir, ['check', '--claim', 'claims'], { code: 'USAGE' });
    await expectInputError(dir, ['check', 'claims'], { code: 'USAGE' });
  });

  test('an existing --output is replaced only when the run completes', async () => {
    // the other cases prove it is left alone on error; this proves the check is not vacuous
    const dir = project();
    const before = hashTree(dir);
    const r = await cli(dir, ['check', '--format', 'json', '--output', 'out/report.json']);
    expect([0, 1], r.stderr).toContain(r.code);
    const written = readFileSync(path.join(dir, 'out/report.json'), 'utf8');
    expect(written).not.toBe(SENTINEL);
    expect(JSON.parse(written)).toMatchObject({ claims: [{ id: 'summit-date' }] });
    const after = hashTree(dir);
    delete before['out/report.json'];
    delete after['out/report.json'];
    expect(after).toEqual(before);
  });
});
