// `corroborate draft` through the real CLI: a valid claim file that `check` passes on the
// same articles, the same bytes whatever the file order, hedges left out, bad input located.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin/corroborate.js'), ...args, '--no-cache'], { cwd: dir, encoding: 'utf8' });
}

interface Drafted {
  claims: { id: string; about: string[]; value: Record<string, unknown>; expect: { sources: Record<string, string> } }[];
}

beforeAll(() => {
  cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  // the same articles (each names its id in its front matter) under other file names, listed in the opposite order
  const files = readdirSync(path.join(dir, 'corpus')).sort();
  mkdirSync(path.join(dir, 'shuffled'));
  files.forEach((f, i) => {
    const text = readFileSync(path.join(dir, 'corpus', f), 'utf8');
    expect(text).toMatch(/^---\nid: /);
    writeFileSync(path.join(dir, 'shuffled', `${String(files.length - i).padStart(2, '0')}.txt`), text);
  });
});

test('drafts from the bundled corpus a claim file that check passes on the same corpus', () => {
  const r = cli(['draft', 'corpus', '--output', 'a.yaml']);
  expect(r.status, r.stderr).toBe(0);
  const text = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
  expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S*claims\.schema\.json$/);
  const doc = parse(text) as Drafted;
  expect(doc.claims.length).toBeGreaterThanOrEqual(10);
  for (const c of doc.claims) {
    expect(c.value, c.id).toBeDefined();
    expect(Object.values(c.expect.sources), c.id).toContain('supported');
  }
  const checked = cli(['check', '--claims', 'a.yaml', '--corpus', 'corpus']);
  expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  const id = doc.claims[0]?.id as string;
  const explained = cli(['explain', id, '--claims', 'a.yaml', '--corpus', 'corpus']);
  expect(explained.status, explained.stderr).toBe(0);
  expect(explained.stdout).toContain(id);
});

test('the same bytes across runs and file orders', () => {
  expect(cli(['draft', 'corpus', '--output', 'b.yaml']).status).toBe(0);
  expect(cli(['draft', 'shuffled', '--output', 'c.yaml']).status).toBe(0);
  const a = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
  expect(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe(a);
  expect(readFileSync(path.join(dir, 'c.yaml'), 'utf8')).toBe(a);
});

test('--min-sources 2 keeps only facts two sources support', () => {
  const r = cli(['draft', 'corpus', '--min-sources', '2', '--output', '-']);
  expect(r.status, r.stderr).toBe(0);
  const all = parse(readFileSync(path.join(dir, 'a.yaml'), 'utf8')) as Drafted;
  const two = parse(r.stdout) as Drafted;
  expect(two.claims.length).toBeGreaterThan(0);
  expect(two.claims.length).toBeLessThan(all.claims.length);
  for (const c of two.claims) expect(Object.values(c.expect.sources).filter((v) => v === 'supported').length, c.id).toBeGreaterThanOrEqual(2);
});

test('hedged sentences are not drafted; plain ones are', () => {
  mkdirSync(path.join(dir, 'hedge'));
  writeFileSync(
    path.join(dir, 'hedge', 'h1.txt'),
    '---\npublished: 2025-03-02\n---\nThe festival could open on April 20, 2025, organisers said.\nThe museum reopened on March 1, 2025 after a long renovation.\n',
  );
  const r = cli(['draft', 'hedge', '--output', '-']);
  expect(r.status, r.stderr).toBe(0);
  const doc = parse(r.stdout) as Drafted;
  const dates = doc.claims.map((c) => c.value.date);
  expect(dates).toContain('2025-03-01');
  expect(dates).not.toContain('2025-04-20');
});

test('bad input: the located error of check, exit 2, nothing written', () => {
  mkdirSync(path.join(dir, 'bad'));
  writeFileSync(path.join(dir, 'bad', 'b1.txt'), '---\npublished: 2025-13-45\n---\nThe museum reopened on March 1, 2025.\n');
  const drafted = cli(['draft', 'bad', '--output', 'bad.yaml']);
  const checked = cli(['check', '--claims', 'a.yaml', '--corpus', 'bad']);
  expect(drafted.status).toBe(2);
  expect(drafted.stderr).toMatch(/bad[\\/]b1\.txt:2:\d+/);
  expect(checked.stderr).toContain(drafted.stderr.split('\n')[0]);
  expect(drafted.stderr).not.toMatch(/\n\s+at /);
  expect(readdirSync(dir)).not.toContain('bad.yaml');
  const none = cli(['draft', '--output', '-']);
  expect(none.status).toBe(2);
  expect(none.stderr).toMatch(/draft needs the articles/);
});

test('an existing claim file is never overwritten', () => {
  const before = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
  const r = cli(['draft', 'corpus', '--output', 'a.yaml']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/already exists/);
  expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(before);
});

test('on a story kept aside: at least 4 typed claims per article, and check holds every pinned verdict', () => {
  const story = path.join(root, 'test/fixtures/draft-story/corpus');
  const articles = readdirSync(story).filter((f) => f.endsWith('.txt')).length;
  const r = cli(['draft', story, '--output', 'story.yaml']);
  expect(r.status, r.stderr).toBe(0);
  const doc = parse(readFileSync(path.join(dir, 'story.yaml'), 'utf8')) as Drafted;
  const typed = doc.claims.filter((c) => ['date', 'number', 'entity'].some((k) => k in c.value));
  expect(typed.length / articles).toBeGreaterThanOrEqual(4);
  const checked = cli(['check', '--claims', 'story.yaml', '--corpus', story, '--format', 'json']);
  expect(checked.status, checked.stderr).toBe(0);
  const report = JSON.parse(checked.stdout) as { claims: { id: string; ok: boolean }[] };
  expect(report.claims.length).toBe(doc.claims.length);
  expect(report.claims.filter((c) => c.ok).length / report.claims.length).toBeGreaterThanOrEqual(0.9);
});
