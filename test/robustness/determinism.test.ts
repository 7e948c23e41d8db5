// The same inputs give the same bytes, whatever order the files were created in, the
// order the file system lists them, and the order and grouping of --claims/--corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { check } from '../../src/index.js';
import { renderJson } from '../../src/report/json.js';
import { GOLD } from '../data.js';
import { cleanup, cli, put, SEEDS, tempDir } from './helpers.js';

interface Fileset {
  /** [relative path, content] */
  claims: [string, string][];
  corpus: [string, string][];
}

let seeds: string[];
let goldClaims: unknown[];
let goldEntities: Record<string, unknown>;

beforeAll(() => {
  seeds = readdirSync(SEEDS)
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const gold = parse(readFileSync(GOLD, 'utf8')) as { entities?: Record<string, unknown>; claims: unknown[] };
  goldClaims = gold.claims;
  goldEntities = gold.entities ?? {};
});

afterAll(cleanup);

/** Split the gold claims over `claimNames` files (entities in each, identical) and the seeds over `corpusNames`. */
function fileset(claimNames: string[], corpusNames: string[]): Fileset {
  const claims: [string, string][] = claimNames.map((name, i) => [
    name,
    stringify({ entities: goldEntities, claims: goldClaims.filter((_, k) => k % claimNames.length === i) }),
  ]);
  const corpus: [string, string][] = seeds.map((text, i) => [corpusNames[i] as string, text]);
  return { claims, corpus };
}

/** Write the files in `order` (indices into claims ++ corpus) into a new folder. */
function materialize(fs: Fileset, order: number[]): string {
  const dir = tempDir('corroborate-det-');
  const all = [...fs.claims, ...fs.corpus];
  for (const i of order) {
    const [rel, content] = all[i] as [string, string];
    put(dir, rel, content);
  }
  return dir;
}

/** Arguments naming the same files: folders, single files and globs, in the given order. */
function args(fs: Fileset, style: 'folders' | 'files' | 'globs', perm: number[]): string[] {
  const out: string[] = [];
  if (style === 'folders') out.push('--claims', 'claims', '--corpus', 'corpus');
  else if (style === 'globs') out.push('--corpus', 'corpus/**/*.{txt,md}', '--claims', 'claims/**/*.{yaml,yml}');
  else {
    const all = [...fs.claims.map(([p]) => ['--claims', p]), ...fs.corpus.map(([p]) => ['--corpus', p])];
    for (const i of perm) out.push(...(all[i] as string[]));
  }
  return out;
}

describe('determinism', () => {
  test('the CLI prints the same JSON bytes for any creation order and argument order', async () => {
    const fs = fileset(
      ['claims/z.yaml', 'claims/sub/a.yaml', 'claims/m.yml'],
      ['corpus/e.txt', 'corpus/d/c.md', 'corpus/b.txt', 'corpus/a/z.txt', 'corpus/0.txt'],
    );
    const n = fs.claims.length + fs.corpus.length;
    const forward = [...Array(n).keys()];
    const backward = [...forward].reverse();
    const interleaved = [...forward.filter((i) => i % 2), ...forward.filter((i) => !(i % 2))];
    const d1 = materialize(fs, forward);
    const d2 = materialize(fs, backward);
    const runs = await Promise.all([
      cli(d1, ['check', '--format', 'json', ...args(fs, 'folders', forward)]),
      cli(d2, ['check', '--format', 'json', ...args(fs, 'files', backward)]),
      cli(d2, ['check', '--format', 'json', ...args(fs, 'files', interleaved)]),
      cli(d1, ['check', '--format', 'json', ...args(fs, 'globs', forward)]),
    ]);
    for (const r of runs) expect([0, 1], r.stderr).toContain(r.code);
    const first = runs[0]?.stdout as string;
    expect(first.length).toBeGreaterThan(1000);
    for (const r of runs.slice(1)) expect(r.stdout).toBe(first);
  }, 120_000);

  test('property: shuffled names, creation orders and argument orders give identical bytes', async () => {
    const name = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,7}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 3, maxLength: 3 }),
        fc.uniqueArray(name, { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.infiniteStream(fc.nat()),
        async (claimNames, corpusNames, nested, nClaimFiles, rnd) => {
          const fs = fileset(
            claimNames.slice(0, nClaimFiles).map((c, i) => `claims/${i % 2 ? 'x/' : ''}${c}.${i % 2 ? 'yml' : 'yaml'}`),
            corpusNames.map((c, i) => `corpus/${nested[i] ? `${c}-dir/` : ''}${c}.${i % 2 ? 'md' : 'txt'}`),
          );
          const n = fs.claims.length + fs.corpus.length;
          const shuffle = (): number[] => {
            const a = [...Array(n).keys()];
            const it = rnd[Symbol.iterator]();
            for (let i = a.length - 1; i > 0; i--) {
              const j = (it.next().value as number) % (i + 1);
              [a[i], a[j]] = [a[j] as number, a[i] as number];
            }
            return a;
          };
          const reports: string[] = [];
          for (const style of ['folders', 'files'] as const) {
            const dir = materialize(fs, shuffle());
            const a = args(fs, style, shuffle());
            const pick = (flag: string) => a.flatMap((v, i) => (a[i - 1] === flag ? [v] : []));
            reports.push(renderJson(await check({ cwd: dir, claims: pick('--claims'), corpus: pick('--corpus') })));
          }
          expect(reports[1]).toBe(reports[0]);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
