// Sharding, both ways: Vitest's --shard over claim files (then --merge-reports), and
// `corroborate check --shard i/n` over claim ids.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/index.js';
import { GOLD, SEEDS } from '../data.js';
import { makeProject, type RunResult, removeProject, runVitest } from './harness.js';

const RUN = ['run', '--configLoader', 'runner'];

const PEOPLE = `claims:
  - id: documents-not-signed
    claim: No documents will be signed at the summit
    about: [documents, signed]
    negated: true
`;

/** The claim files a run printed a result line for. */
function filesRun(r: RunResult): string[] {
  return [...r.output.matchAll(/^ [✓❯×] \|claims\| (claims\/\S+\.yaml) \(/gm)].map((m) => m[1] as string).sort();
}

describe('vitest --shard over claim files, then --merge-reports', () => {
  let dir: string;
  let shards: RunResult[];
  beforeAll(async () => {
    dir = makeProject({ files: { 'claims/people.yaml': PEOPLE } });
    shards = await Promise.all([1, 2].map((i) => runVitest(dir, [...RUN, `--shard=${i}/2`, '--reporter=blob', '--reporter=default'])));
  }, 120_000);
  afterAll(() => removeProject(dir));

  test('both shards run, each a part of the claim files, together all of them', () => {
    const [one, two] = shards.map(filesRun) as [string[], string[]];
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(one.filter((f) => two.includes(f))).toEqual([]);
    expect([...one, ...two].sort()).toEqual(['claims/failing.yaml', 'claims/passing.yaml', 'claims/people.yaml']);
    // the shard holding the failing file fails, the other passes
    for (const s of shards) expect(s.code).toBe(filesRun(s).includes('claims/failing.yaml') ? 1 : 0);
  });

  test('--merge-reports restores the whole run: every test, the failures, and exit 1', async () => {
    const merged = await runVitest(dir, [...RUN, '--merge-reports', '--reporter=json', '--outputFile=merged.json']);
    expect(merged.code).toBe(1);
    const json = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8')) as {
      numTotalTests: number;
      numFailedTests: number;
      testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
    };
    expect(json.numTotalTests).toBe(6);
    expect(json.numFailedTests).toBe(2);
    expect(json.testResults.map((t) => path.relative(dir, t.name)).sort()).toEqual(['claims/failing.yaml', 'claims/passing.yaml', 'claims/people.yaml']);
    const failed = json.testResults.flatMap((t) => t.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName));
    expect(failed.sort()).toEqual(['summit-date: Trump and Putin meet on August 15, 2025', 'summit-in-turkey: The summit is held in Turkey']);
  });
});

describe('corroborate check --shard i/n', () => {
  const args = ['check', '--claims', GOLD, '--corpus', SEEDS, '--format', 'json'];
  async function run(extra: string[]): Promise<{ code: number; report: Report }> {
    let out = '';
    const code = await main([...args, ...extra], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: process.cwd(), env: {} });
    return { code, report: JSON.parse(out) as Report };
  }

  test.for([2, 3, 5])('the %i shards are disjoint and together give the whole report', async (n) => {
    const whole = await run([]);
    const parts = await Promise.all(Array.from({ length: n }, (_, i) => run(['--shard', `${i + 1}/${n}`])));
    const ids = parts.map((p) => p.report.claims.map((c) => c.id));
    expect(ids.flat().length).toBe(new Set(ids.flat()).size);
    expect(ids.flat().sort()).toEqual(whole.report.claims.map((c) => c.id).sort());
    // each claim is judged the same in its shard as in the whole run
    const byId = new Map(parts.flatMap((p) => p.report.claims).map((c) => [c.id, c]));
    for (const c of whole.report.claims) expect(byId.get(c.id)).toEqual(c);
    // the exit code of the whole is the worst of the parts
    expect(Math.max(...parts.map((p) => p.code))).toBe(whole.code);
    expect(parts.filter((p) => p.report.claims.length > 0).length).toBeGreaterThan(1);
  });
});
