// Merging reports of corpus shards gives the report of one run over the whole corpus.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Expect } from '../src/claims/schema.js';
import { check, loadClaims } from '../src/index.js';
import { expectsOf, MergeError, mergeReports } from '../src/merge.js';
import { reporters } from '../src/report/index.js';
import { renderJson } from '../src/report/json.js';
import type { Report } from '../src/types.js';
import { GOLD, SEEDS } from './data.js';

const gold = readFileSync(GOLD, 'utf8');
const seeds = readdirSync(SEEDS).sort();

// Claims without pinned sources, so the expectations beyond `sources:` are exercised too.
const extra = `
  - id: extra-default-expect
    claim: Trump and Putin meet in Alaska
    about: [[summit, meeting, meet], Alaska]
  - id: extra-contradicted
    claim: The summit is in Saudi Arabia
    about: [[summit, meeting]]
    value: { entity: Saudi Arabia }
    rivals: [Alaska]
    expect: contradicted
  - id: extra-absent
    claim: The summit is on the Moon
    about: [[summit, meeting], Moon]
    expect: absent
  - id: extra-counts
    claim: Putin is mentioned with the summit
    about: [[summit, meeting], Putin]
    expect: { supported: ">= 2", contradicted: "< 3" }
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-merge-'));
const claimsFile = 'claims.yaml';
// A corpus shard cannot pin sources it does not hold (an unknown source id is an input
// error), so shards run a copy whose \`sources:\` lines are neutral, on the same lines:
// same file, line and column, so the reports agree on where each claim is.
const pinned = `${gold.trimEnd()}\n${extra}`;
const unpinned = pinned.replace(/^(\s+)sources: \{.*\}$/gm, '$1absent: ">= 0"');

let whole: Report;
let shardA: Report;
let shardB: Report;
let expects: Map<string, Expect | undefined>;

async function run(claims: string, corpus: number[]): Promise<Report> {
  writeFileSync(path.join(dir, claimsFile), claims);
  return check({ claims: [claimsFile], corpus: corpus.map((i) => path.join('corpus', seeds[i] as string)), cwd: dir });
}

beforeAll(async () => {
  mkdirSync(path.join(dir, 'corpus'));
  for (const f of seeds) writeFileSync(path.join(dir, 'corpus', f), readFileSync(path.join(SEEDS, f)));
  whole = await run(pinned, [0, 1, 2, 3, 4]);
  expects = expectsOf((await loadClaims([claimsFile], { cwd: dir })).claims);
  shardA = await run(unpinned, [0, 3]);
  shardB = await run(unpinned, [1, 2, 4]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function codes(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof MergeError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

describe('mergeReports on corpus shards', () => {
  test('equals one run over the whole corpus, byte for byte', () => {
    const merged = mergeReports([shardA, shardB], { expects });
    expect(JSON.stringify(merged, null, 2)).toBe(JSON.stringify(whole, null, 2));
  });

  test('does not depend on the order of the reports', () => {
    expect(mergeReports([shardB, shardA], { expects })).toEqual(mergeReports([shardA, shardB], { expects }));
  });

  test("re-checks expectations on the merged verdicts, not the shards' ones", () => {
    const merged = mergeReports([shardA, shardB], { expects });
    const verdictsOf = (r: Report) => r.claims.map((c) => [c.id, c.ok, c.failures]);
    expect(verdictsOf(merged)).toEqual(verdictsOf(whole));
    // the expectation comes from the map, not from the shards' own judgement
    const strict = new Map(expects).set('extra-absent', { supported: 5 });
    const c = mergeReports([shardA, shardB], { expects: strict }).claims.find((x) => x.id === 'extra-absent');
    expect(c?.ok).toBe(false);
    expect(c?.failures).toEqual([`expected supported = 5, got ${c?.counts.supported}`]);
  });

  test('recomputes counts from the merged verdicts', () => {
    const merged = mergeReports([shardA, shardB], { expects });
    for (const c of merged.claims) {
      const n = c.counts.supported + c.counts.contradicted + c.counts.mixed + c.counts.absent;
      expect(n).toBe(Object.keys(c.verdicts).length);
      expect(Object.keys(c.verdicts)).toEqual([...Object.keys(c.verdicts)].sort());
    }
  });

  test('a claim split across reports needs its expectation', () => {
    expect(codes(() => mergeReports([shardA, shardB]))).toContain('EXPECT_NEEDED');
    expect(codes(() => mergeReports([shardA, shardB], { expects: new Map() }))).toContain('EXPECT_NEEDED');
  });

  test('one report merges to itself', () => {
    expect(mergeReports([whole])).toEqual(whole);
    expect(mergeReports([whole], { expects })).toEqual(whole);
  });

  test('no reports give an empty, passing report', () => {
    expect(mergeReports([])).toEqual({ ok: true, errors: [], warnings: [], sources: [], claims: [] });
  });
});

describe('mergeReports reads reports as they are written to disk', () => {
  // the JSON report lists only the sources that are not absent (or have evidence); earlier
  // reports listed every source in scope. Both must merge into the whole run.
  const compact = (r: Report) => JSON.parse(renderJson(r)) as Report;
  const full = (r: Report) => JSON.parse(renderJson(r, { allVerdicts: true, pretty: true })) as Report;

  test('the compact shape lists fewer verdicts than the full one', () => {
    const listed = (r: Report) => r.claims.reduce((n, c) => n + Object.keys(c.verdicts).length, 0);
    expect(listed(compact(whole))).toBeLessThan(listed(full(whole)));
    expect(listed(full(whole))).toBe(whole.claims.reduce((n, c) => n + c.counts.supported + c.counts.contradicted + c.counts.mixed + c.counts.absent, 0));
  });

  test.for([
    ['compact', compact],
    ['full', full],
  ] as const)('%s shards merge into the whole run, byte for byte', ([, shape]) => {
    const merged = mergeReports([shape(shardA), shape(shardB)], { expects });
    expect(renderJson(merged)).toBe(renderJson(whole));
    expect(renderJson(merged, { allVerdicts: true, pretty: true })).toBe(renderJson(whole, { allVerdicts: true, pretty: true }));
  });

  test('one shard of each shape merge too; the text report keeps its absent cells', () => {
    const merged = mergeReports([compact(shardA), full(shardB)], { expects });
    expect(renderJson(merged)).toBe(renderJson(whole));
    const text = reporters.text as NonNullable<(typeof reporters)['text']>;
    expect(text(merged, { style: { color: false } })).toBe(text(whole, { style: { color: false } }));
    // read back without merging, a compact report still draws absent cells as absent, not as out of scope
    expect(text(compact(whole), { style: { color: false } })).toBe(text(whole, { style: { color: false } }));
  });
});

describe('mergeReports on claim shards', () => {
  test('reports of --shard runs merge into the whole, without claim files', async () => {
    writeFileSync(path.join(dir, claimsFile), pinned);
    const parts = await Promise.all([1, 2, 3].map((index) => check({ claims: [claimsFile], corpus: ['corpus'], cwd: dir, shard: { index, count: 3 } })));
    expect(parts.reduce((n, r) => n + r.claims.length, 0)).toBe(whole.claims.length);
    expect(mergeReports(parts)).toEqual(whole);
  });
});

describe('mergeReports refuses reports that do not fit together', () => {
  test('the same source id for different documents', () => {
    const b: Report = { ...shardB, sources: shardB.sources.map((s, i) => (i === 0 ? { ...s, id: shardA.sources[0]?.id as string } : s)) };
    expect(codes(() => mergeReports([shardA, b], { expects }))).toContain('SOURCE_CONFLICT');
  });

  test('a claim missing from one shard', () => {
    const b: Report = { ...shardB, claims: shardB.claims.slice(1) };
    expect(codes(() => mergeReports([shardA, b], { expects }))).toEqual(['CLAIM_MISSING']);
  });

  test('the same claim id from different places', () => {
    const b: Report = { ...shardB, claims: shardB.claims.map((c, i) => (i === 0 ? { ...c, line: c.line + 1 } : c)) };
    expect(codes(() => mergeReports([shardA, b], { expects }))).toEqual(['CLAIM_CONFLICT']);
  });

  test('two different verdicts for one source', () => {
    const flip = (r: Report): Report => ({
      ...r,
      claims: r.claims.map((c, i) => {
        if (i !== 0) return c;
        const [sid, v] = Object.entries(c.verdicts)[0] as [string, Report['claims'][number]['verdicts'][string]];
        return { ...c, verdicts: { ...c.verdicts, [sid]: { ...v, verdict: v.verdict === 'absent' ? 'supported' : 'absent' } } };
      }),
    });
    expect(codes(() => mergeReports([shardA, flip(shardA)], { expects }))).toEqual(['VERDICT_CONFLICT']);
    // the very same report twice is harmless
    expect(mergeReports([shardA, shardA], { expects }).claims.map((c) => c.counts)).toEqual(mergeReports([shardA], { expects }).claims.map((c) => c.counts));
  });
});

describe('mergeReports with scoped claim files', () => {
  const sdir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-merge-scope-'));
  afterAll(() => rmSync(sdir, { recursive: true, force: true }));

  test('sources outside a scope stay outside; pinned expectations are judged on the merge', async () => {
    mkdirSync(path.join(sdir, 'corpus'));
    writeFileSync(path.join(sdir, 'corpus/a.txt'), 'The summit was held in Alaska on Friday.\n');
    writeFileSync(path.join(sdir, 'corpus/b.txt'), 'Leaders met in Alaska.\n');
    writeFileSync(path.join(sdir, 'corpus/c.txt'), 'Nothing about it here.\n');
    const claims = (expectLine: string) =>
      [
        'scope: { mentions: [Alaska] }',
        'claims:',
        '  - id: in-alaska',
        '    claim: The summit is in Alaska',
        '    about: [[summit, meet]]',
        '    value: { entity: Alaska }',
        `    expect: ${expectLine}`,
        '',
      ].join('\n');
    const run = (expectLine: string, files: string[]) => {
      writeFileSync(path.join(sdir, 'claims.yaml'), claims(expectLine));
      return check({ claims: ['claims.yaml'], corpus: files, cwd: sdir });
    };
    const all = await run('{ supported: 2, sources: { a: supported, b: supported } }', ['corpus']);
    const ex = expectsOf((await loadClaims(['claims.yaml'], { cwd: sdir })).claims);
    const parts = [await run('{ supported: 2 }', ['corpus/a.txt']), await run('{ supported: 2 }', ['corpus/b.txt', 'corpus/c.txt'])];
    // c is outside the scope: no verdict anywhere
    expect(Object.keys(all.claims[0]?.verdicts ?? {})).toEqual(['a', 'b']);
    expect(parts.map((p) => p.ok)).toEqual([false, false]);
    const merged = mergeReports(parts, { expects: ex });
    expect(merged).toEqual(all);
    // the JSON names the sources the claim was checked against, and lists only the decided ones
    const json = JSON.parse(renderJson(merged)) as Report;
    expect(json.claims[0]?.inScope).toEqual(['a', 'b']);
    expect(Object.keys(json.claims[0]?.verdicts ?? {}).every((id) => id === 'a' || id === 'b')).toBe(true);
    expect(
      renderJson(
        mergeReports(
          parts.map((p) => JSON.parse(renderJson(p)) as Report),
          { expects: ex },
        ),
      ),
    ).toBe(renderJson(all));
  });
});
