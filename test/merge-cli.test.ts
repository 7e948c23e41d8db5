// Corpus shards checked apart (--partial) and merged with their claim files give the
// same bytes as one run over the whole corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { GOLD, SEEDS } from './data.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin/corroborate.js'), ...args], { cwd: dir, encoding: 'utf8' });
}

test('merge of corpus shards equals the whole run', () => {
  const seeds = readdirSync(SEEDS).sort();
  for (const [i, f] of seeds.entries()) cpSync(path.join(SEEDS, f), path.join(dir, i < 2 ? 'a' : 'b', f));
  cpSync(GOLD, path.join(dir, 'gold.yaml'));
  const whole = cli(['check', '--claims', 'gold.yaml', '--corpus', 'a', '--corpus', 'b', '--format', 'json', '--output', 'whole.json']);
  expect(whole.status, whole.stderr).toBe(0);
  for (const s of ['a', 'b']) {
    const r = cli(['check', '--partial', '--claims', 'gold.yaml', '--corpus', s, '--format', 'json', '--output', `${s}.json`]);
    expect([0, 1], r.stderr).toContain(r.status);
  }
  const merged = cli(['merge', 'a.json', 'b.json', '--claims', 'gold.yaml', '--format', 'json', '--output', 'merged.json']);
  expect(merged.status, merged.stderr).toBe(0);
  expect(readFileSync(path.join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.json'), 'utf8'));
});

test('without --partial, a shard pinning another shard’s source is an input error', () => {
  const r = cli(['check', '--claims', 'gold.yaml', '--corpus', 'a']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/UNKNOWN_SOURCE/);
});

test('a file that is not a report is an input error naming it', () => {
  const r = cli(['merge', 'gold.yaml']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^gold\.yaml {2}INVALID_VALUE/m);
});

test('a shard with input errors: the merged report carries them, says ok: false and exits 2', () => {
  const bad = path.join(dir, 'bad');
  cpSync(path.join(dir, 'a'), bad, { recursive: true });
  writeFileSync(path.join(bad, 'broken.txt'), Buffer.from([0x66, 0x6f, 0xff, 0x0a]));
  const a = cli(['check', '--partial', '--claims', 'gold.yaml', '--corpus', 'bad', '--format', 'json', '--output', 'bad.json']);
  expect(a.status, a.stderr).toBe(2);
  const merged = cli(['merge', 'bad.json', 'b.json', '--claims', 'gold.yaml', '--format', 'json', '--pretty']);
  expect(merged.status, merged.stderr).toBe(2);
  const report = JSON.parse(merged.stdout) as { ok: boolean; errors: { file: string; code: string }[] };
  expect(report.ok).toBe(false);
  expect(report.errors).toEqual([expect.objectContaining({ file: 'bad/broken.txt', code: 'ENCODING' })]);
  expect(merged.stdout).toMatch(/^{\n {2}"ok": false,/);
});
