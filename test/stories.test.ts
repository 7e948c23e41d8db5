// Labelled stories: real Wikinews articles with claims whose `expect.sources` pin the verdict a
// careful reader gives for every source (see test/stories/*/README.md). Each story is scored the
// way ../shared/tools/dev-score scores one: support F1, contradiction F1, macro-F1 (their mean),
// false supports and false contradictions; then held to the floor and ceilings in
// test/stories/floor.json. Stories under test/stories/held-out/ are kept aside: run
// `STORIES=dev npx vitest run test/stories.test.ts` while developing rules, so they stay unseen.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { evaluateAll, loadClaims, loadCorpus, prepareFrom } from '../src/index.js';
import type { ClaimResult } from '../src/types.js';

const root = path.resolve(import.meta.dirname, 'stories');
const which = process.env.STORIES ?? 'all'; // all | dev | held-out

interface Floor {
  macroF1: number;
  falseSupports: number;
  falseContradictions: number;
  /** Claims the engine refuses as input errors (they count as missing cells); default 0. */
  inputErrors?: number;
}

interface Story {
  name: string;
  dir: string;
  heldOut: boolean;
}

function storiesIn(dir: string, heldOut: boolean): Story[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'claims.yaml')))
    .map((d) => ({ name: d.name, dir: path.join(dir, d.name), heldOut }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const stories = [...(which === 'held-out' ? [] : storiesIn(root, false)), ...(which === 'dev' ? [] : storiesIn(path.join(root, 'held-out'), true))];
const floors = JSON.parse(readFileSync(path.join(root, 'floor.json'), 'utf8')) as Record<string, Floor>;

/** Confusion counts keyed `reader|engine`, as dev-score keeps them. */
type Confusion = Map<string, number>;

function add(conf: Confusion, gold: string, got: string): void {
  const k = `${gold}|${got}`;
  conf.set(k, (conf.get(k) ?? 0) + 1);
}

function sum(conf: Confusion, keep: (gold: string, got: string) => boolean): number {
  let n = 0;
  for (const [k, v] of conf) {
    const [g, e] = k.split('|') as [string, string];
    if (keep(g, e)) n += v;
  }
  return n;
}

function f1(conf: Confusion, label: string): number {
  const tp = conf.get(`${label}|${label}`) ?? 0;
  const pred = sum(conf, (_, e) => e === label);
  const gold = sum(conf, (g) => g === label);
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

interface Score {
  cells: number;
  f1Support: number;
  f1Contradiction: number;
  macroF1: number;
  falseSupports: number;
  falseContradictions: number;
  absentCells: number;
  inputErrors: number;
}

function score(conf: Confusion, inputErrors: number): Score {
  const s = f1(conf, 'supported');
  const c = f1(conf, 'contradicted');
  const alarm = (label: string) => (g: string, e: string) => (e === label || e === 'mixed') && g !== label && g !== 'mixed';
  return {
    cells: sum(conf, () => true),
    f1Support: s,
    f1Contradiction: c,
    macroF1: (s + c) / 2,
    falseSupports: sum(conf, alarm('supported')),
    falseContradictions: sum(conf, alarm('contradicted')),
    absentCells: sum(conf, (g) => g === 'absent'),
    inputErrors,
  };
}

/** The engine's verdict for one cell, read from the report as dev-score reads the JSON report. */
function engineVerdict(r: ClaimResult | undefined, source: string): string {
  if (!r) return 'missing';
  const v = r.verdicts[source];
  if (v) return v.verdict;
  const inScope = (r as ClaimResult & { inScope?: string[] }).inScope;
  return !inScope || inScope.includes(source) ? 'absent' : 'out of scope';
}

interface GoldClaim {
  id: string;
  expect?: string | { sources?: Record<string, string> };
}

async function run(story: Story): Promise<Score> {
  // loaded through the public API; a claim the engine refuses is left out of the report, so its
  // cells count as missing (wrong for every supported or contradicted label), and is counted
  const [claims, corpus] = await Promise.all([loadClaims([path.join(story.dir, 'claims.yaml')]), loadCorpus([path.join(story.dir, 'corpus')])]);
  const report = evaluateAll(prepareFrom(claims, corpus));
  const got = new Map(report.claims.map((c) => [c.id, c]));
  const gold = (parse(readFileSync(path.join(story.dir, 'claims.yaml'), 'utf8')) as { claims: GoldClaim[] }).claims;
  const conf: Confusion = new Map();
  for (const c of gold) {
    const sources = typeof c.expect === 'object' ? (c.expect.sources ?? {}) : {};
    for (const [source, label] of Object.entries(sources)) add(conf, label, engineVerdict(got.get(c.id), source));
  }
  return score(conf, claims.errors.length + corpus.errors.length);
}

const rows: [string, Score][] = [];

afterAll(() => {
  if (!rows.length) return;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${'story'.padEnd(34)} ${pad('cells', 6)} ${pad('F1 S', 6)} ${pad('F1 C', 6)} ${pad('macro', 6)} ${pad('f.sup', 5)} ${pad('f.con', 5)} ${pad('errs', 5)}`,
  ];
  for (const [name, s] of rows)
    lines.push(
      `${name.padEnd(34)} ${pad(s.cells, 6)} ${pad(s.f1Support.toFixed(2), 6)} ${pad(s.f1Contradiction.toFixed(2), 6)} ${pad(s.macroF1.toFixed(2), 6)} ` +
        `${pad(s.falseSupports, 5)} ${pad(s.falseContradictions, 5)} ${pad(s.inputErrors, 5)}   (absent cells ${s.absentCells})`,
    );
  console.log(lines.join('\n'));
});

describe('labelled stories', () => {
  test('the story folders and floor.json agree', () => {
    expect(stories.length, `no stories found for STORIES=${which}`).toBeGreaterThan(0);
    for (const s of stories) expect(floors[s.name], `floor.json has no entry for ${s.name}`).toBeDefined();
  });

  test.for(stories.map((s) => [s.heldOut ? `held-out/${s.name}` : s.name, s] as const))('%s scores at or above its floor', async ([label, story]) => {
    const s = await run(story);
    rows.push([label, s]);
    const floor = floors[story.name];
    expect(floor, `floor.json has no entry for ${story.name}`).toBeDefined();
    if (!floor) return;
    expect(s.cells, 'the story pins no cells').toBeGreaterThan(0);
    expect(s.inputErrors, 'claims the engine refuses as input errors').toBeLessThanOrEqual(floor.inputErrors ?? 0);
    expect(s.macroF1, 'macro-F1').toBeGreaterThanOrEqual(floor.macroF1);
    expect(s.falseSupports, 'false supports').toBeLessThanOrEqual(floor.falseSupports);
    expect(s.falseContradictions, 'false contradictions').toBeLessThanOrEqual(floor.falseContradictions);
  });
});
