// Watch mode: editing a claim file reruns that file; a corpus change reruns every claim file
// (and the worker re-reads the corpus).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeProject, removeProject, watchVitest } from './harness.js';

describe('vitest watch on claim files', () => {
  let dir: string;
  let w: ReturnType<typeof watchVitest>;
  beforeAll(async () => {
    dir = makeProject();
    w = watchVitest(dir, ['--configLoader', 'runner']);
    await w.until(/Watching for file changes|Waiting for file changes/);
  }, 60_000);
  afterAll(() => {
    w?.stop();
    removeProject(dir);
  });

  test('editing a claim file reruns it, with the new expectation', async () => {
    const from = w.output().length;
    const file = path.join(dir, 'claims/passing.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('expect: absent', 'expect: supported'));
    const out = await w.until(/Watching for file changes|Waiting for file changes/, from);
    expect(out).toMatch(/RERUN {2}claims\/passing\.yaml/);
    expect(out).toContain('claims/passing.yaml:13:5 > martians-attend: Martians attend the summit');
  });

  test('a corpus change reruns every claim file against the new corpus', async () => {
    const from = w.output().length;
    appendFileSync(path.join(dir, 'corpus/b.txt'), 'Martians will attend the summit, officials confirmed.\n');
    const out = await w.until(/Watching for file changes|Waiting for file changes/, from);
    expect(out).toMatch(/RERUN {2}corpus\/b\.txt/);
    expect(out).toMatch(/claims\/failing\.yaml \(2 tests \| 2 failed\)/);
    // the edited claim now passes: the worker read the new corpus
    expect(out).toMatch(/✓ \|claims\| claims\/passing\.yaml \(3 tests\)/);
  });
});
