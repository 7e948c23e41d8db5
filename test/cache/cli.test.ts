// The cache and the worker threads through the CLI (the compiled package): --cache-dir,
// --no-cache, the default folder, runs sharing a folder at once, and the same bytes out
// whatever the number of threads or the state of the cache.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GOLD, ROOT, SEEDS, WIKINEWS_SAMPLE } from '../data.js';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  // a project: node_modules (for the default cache folder), claims and a corpus of seeds plus 60 Wikinews articles
  mkdirSync(path.join(dir, 'node_modules'));
  cpSync(GOLD, path.join(dir, 'claims/gold.yaml'));
  cpSync(SEEDS, path.join(dir, 'corpus'), { recursive: true });
  const names = readdirSync(WIKINEWS_SAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 60);
  for (const f of names) cpSync(path.join(WIKINEWS_SAMPLE, f), path.join(dir, 'corpus/wn', f));
});

const ARGS = ['check', '--format', 'json', '--all-verdicts'];

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/corroborate.js'), ...ARGS, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

const bins = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.bin')) : []);
const defaultDir = () => path.join(dir, 'node_modules/.cache/corroborate');

test('--no-cache writes nothing; by default the cache is node_modules/.cache/corroborate; --cache-dir moves it', () => {
  rmSync(path.join(dir, 'node_modules/.cache'), { recursive: true, force: true });
  const off = cli(['--no-cache']);
  expect(off.status, off.stderr).toBe(0);
  expect(existsSync(path.join(dir, 'node_modules/.cache'))).toBe(false);

  const cold = cli([]);
  expect(bins(defaultDir())).toHaveLength(1);
  const warm = cli([]);
  expect(warm.stdout).toBe(off.stdout);
  expect(cold.stdout).toBe(off.stdout);

  const elsewhere = path.join(dir, 'elsewhere');
  const moved = cli(['--cache-dir', 'elsewhere']);
  expect(moved.stdout).toBe(off.stdout);
  expect(bins(elsewhere)).toHaveLength(1);
  expect(bins(defaultDir())).toHaveLength(1);
});

test('worker threads give the same bytes as one thread, also when file order is not id order', () => {
  const one = cli(['--no-cache'], { CORROBORATE_THREADS: '1' });
  expect(one.status, one.stderr).toBe(0);
  for (const t of ['2', '3']) {
    const r = cli(['--no-cache'], { CORROBORATE_THREADS: t, CORROBORATE_TIMINGS: '1' });
    expect(r.stdout).toBe(one.stdout);
    // the parts really were parsed by workers
    const line = /corroborate:ingest (.*)/.exec(r.stderr)?.[1] ?? '{}';
    expect(JSON.parse(line)).toMatchObject({ threads: Number(t), workers: Number(t) - 1 });
  }
  // a first file whose id sorts last: the parts' indexes cannot simply be joined
  writeFileSync(path.join(dir, 'corpus/0-first.txt'), '---\nid: zz-last\n---\nThe quokka census was held in Perth on Tuesday.\n');
  try {
    const a = cli(['--no-cache'], { CORROBORATE_THREADS: '1' });
    const b = cli(['--no-cache'], { CORROBORATE_THREADS: '2' });
    expect(a.stdout).toContain('zz-last');
    expect(b.stdout).toBe(a.stdout);
  } finally {
    rmSync(path.join(dir, 'corpus/0-first.txt'));
  }
});

test('runs sharing a cache folder at once leave one whole entry and agree', async () => {
  const shared = path.join(dir, 'shared-cache');
  const run = () =>
    new Promise<string>((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(ROOT, 'bin/corroborate.js'), ...ARGS, '--cache-dir', shared], { cwd: dir });
      let out = '';
      p.stdout.on('data', (d) => {
        out += d;
      });
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
  const outs = await Promise.all([run(), run(), run(), run()]);
  for (const o of outs) expect(o).toBe(outs[0]);
  expect(readdirSync(shared)).toEqual(bins(shared)); // no temporary file left behind
  expect(bins(shared)).toHaveLength(1);
  const entry = path.join(shared, bins(shared)[0] as string);
  const before = readFileSync(entry);
  // the entry is whole: a run reads it (and does not rewrite it)
  expect(cli(['--cache-dir', shared]).stdout).toBe(outs[0]);
  expect(readFileSync(entry).equals(before)).toBe(true);
});
