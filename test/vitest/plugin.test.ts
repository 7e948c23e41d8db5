// Claim files as Vitest test files, checked end to end: the real Vitest CLI runs in a temp
// project that uses the plugin through the package export, as a user's repo would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeMappings } from '../../src/vitest/plugin.js';
import { makeProject, REPO, type RunResult, removeProject, runVitest } from './harness.js';

// the package exports point at TypeScript sources: Node 20 cannot import them natively, so
// the config is loaded with Vite's module runner (documented in docs/claims-as-tests.md)
const RUN = ['run', '--configLoader', 'runner'];

const BROKEN = `claims:
  - id: fine-claim
    claim: The summit takes place in Alaska
    about: [[summit, meeting, meet]]
    abuot: [Alaska]
`;

const PINNED = `claims:
  - id: pinned-to-nowhere
    claim: The summit takes place in Alaska
    about: [[summit, meeting, meet]]
    expect: { sources: { zz: supported } }

  - id: still-checked
    claim: The summit takes place in Alaska
    about: [[summit, meeting, meet]]
    value: { entity: Alaska }
`;

describe('claim files as test files', () => {
  let dir: string;
  let full: RunResult;
  beforeAll(async () => {
    dir = makeProject();
    full = await runVitest(dir, RUN);
  }, 120_000);
  afterAll(() => removeProject(dir));

  test('a failing claim fails the run, named by claims/<file>:<line> and its id', () => {
    expect(full.code).toBe(1);
    expect(full.output).toContain('FAIL  |claims| claims/failing.yaml:3:5 > summit-date: Trump and Putin meet on August 15, 2025');
    expect(full.output).toContain('FAIL  |claims| claims/failing.yaml:8:5 > summit-in-turkey: The summit is held in Turkey');
    expect(full.output).toMatch(/✓ \|claims\| claims\/passing\.yaml \(3 tests\)/);
    expect(full.output).toMatch(/Tests {2}2 failed \| 3 passed \(5\)/);
  });

  test('the failure says which expectation failed, the verdict per source, and the deciding sentences', () => {
    const block = full.output.slice(full.output.indexOf('claims/failing.yaml:3:5 > summit-date'), full.output.indexOf('[1/2]'));
    expect(block).toContain('claim "summit-date" does not meet its expectation (1 failed)');
    expect(block).toContain('✗ expected no source to contradict the claim; b (contradicted) does');
    expect(block).toMatch(/source {2}verdict {9}evidence\n {2}a {7}✓ supported {5}1 support\n {2}b {7}✗ contradicted {2}1 contradiction/);
    expect(block).toMatch(
      /b \[52, 119\) line \d+ {2}contradiction\n {4}"The meeting between Trump and Putin takes place on August 14, 2025\."\n {4}reason: .*2025-08-14/,
    );
    // the code frame is the YAML, with the caret on the claim
    expect(block).toMatch(/3\| {3}- id: summit-date\n\s+\| {5}\^/);
  });

  test('a hedged sentence is quoted with its cue', () => {
    const block = full.output.slice(full.output.indexOf('claims/failing.yaml:8:5 > summit-in-turkey'));
    expect(block).toMatch(/b \[0, 51\) line \d+ {2}hedge\n {4}"The summit could be held in Turkey, officials said\."/);
    expect(block).toContain('cue: hedge "could" [11, 16)');
  });

  test('one claim file runs alone', async () => {
    const r = await runVitest(dir, [...RUN, 'claims/passing.yaml']);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/Test Files {2}1 passed \(1\)/);
    expect(r.output).toMatch(/Tests {2}3 passed \(3\)/);
  });

  test('one claim runs alone, by its line', async () => {
    const r = await runVitest(dir, [...RUN, 'claims/failing.yaml:8']);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/Tests {2}1 failed \| 1 skipped \(2\)/);
    expect(r.output).toContain('claims/failing.yaml:8:5 > summit-in-turkey');
    expect(r.output).not.toContain('> summit-date');
  });

  test('vitest list names each claim by file and id', async () => {
    const r = await runVitest(dir, ['list', '--configLoader', 'runner']);
    expect(r.output).toContain('[claims] claims/passing.yaml > summit-in-alaska: The summit takes place in Alaska');
    expect(r.output).toContain('[claims] claims/failing.yaml > summit-date: Trump and Putin meet on August 15, 2025');
  });
});

describe('invalid input in claim files', () => {
  let dir: string;
  let r: RunResult;
  beforeAll(async () => {
    dir = makeProject({ files: { 'claims/broken.yaml': BROKEN, 'claims/pinned.yaml': PINNED } });
    r = await runVitest(dir, RUN);
  }, 120_000);
  afterAll(() => removeProject(dir));

  test('an invalid claim file is a failing test at the bad line, with the formatted input error', () => {
    expect(r.output).toContain('claims/broken.yaml:5:5 > UNKNOWN_FIELD: claim "fine-claim" has no field "abuot"');
    expect(r.output).toContain(
      [
        'claims/broken.yaml:5:5  UNKNOWN_FIELD  claim "fine-claim" has no field "abuot"',
        '  5 |     abuot: [Alaska]',
        '    |     ^^^^^',
        '  fix: did you mean "about"?',
      ].join('\n'),
    );
  });

  test('it does not stop the run: the other files are still checked', () => {
    expect(r.output).toMatch(/✓ \|claims\| claims\/passing\.yaml \(3 tests\)/);
    expect(r.output).toMatch(/Test Files {2}3 failed \| 1 passed \(4\)/);
  });

  test('an unknown source id fails only the claim that names it', () => {
    expect(r.output).toContain('claims/pinned.yaml:2:5 > pinned-to-nowhere');
    expect(r.output).toContain('claims/pinned.yaml:5:26  UNKNOWN_SOURCE  claim "pinned-to-nowhere" expects a verdict from source "zz"');
    expect(r.output).toMatch(/✓ still-checked: The summit takes place in Alaska/);
  });
});

describe('this repository', () => {
  test('its config runs claims/**/*.yaml as tests: a failing claim file fails `vitest run`, named by file:line and id', async () => {
    const config = readFileSync(path.join(REPO, 'vitest.config.ts'), 'utf8');
    const dir = makeProject({ config, linkSrc: true });
    try {
      const r = await runVitest(dir, ['run']);
      expect(r.code).toBe(1);
      expect(r.output).toContain('claims/failing.yaml:3:5 > summit-date: Trump and Putin meet on August 15, 2025');
      expect(r.output).toMatch(/✓ \|claims\| claims\/passing\.yaml \(3 tests\)/);
    } finally {
      removeProject(dir);
    }
  });

  test('the bundled claim files are listed as tests of the claims project', async () => {
    const r = await runVitest(REPO, ['list', '--project', 'claims']);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/\[claims\] claims\/[\w-]+\.yaml > [a-z0-9-]+: /);
  });
});

describe('source map', () => {
  test.for([
    [[[0, 0]], 'AAAA'],
    [[[0, 0], undefined, [2, 4]], 'AAAA;;AAEI'],
    [
      [
        [5, 4],
        [1, 0],
      ],
      'AAKI;AAJJ',
    ],
    [
      [
        [0, 0],
        [40, 0],
      ],
      'AAAA;AAwCA',
    ],
  ] as const)('encodes %j as %s', ([at, want]) => {
    expect(encodeMappings(at.map((p) => (p ? [p[0], p[1]] : undefined)))).toBe(want);
  });
});
