// Matchers for reports in ordinary Vitest tests: `expect(report).toSupport('claim-id')`.
// Importing this module registers them (`import 'corroborate/matchers'`, for example in
// `setupFiles`). Each returns `{ pass, message, actual, expected }`, so Vitest prints a diff.
import { expect } from 'vitest';
import { checkExpect } from '../engine/expect.js';
import { renderClaimDetails } from '../report/details.js';
import type { ClaimResult, Report, Verdict } from '../types.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual: unknown;
  expected: unknown;
}

interface State {
  isNot?: boolean;
}

type Want = 'supported' | 'contradicted' | 'absent';

const WORD: Record<Want, string> = { supported: 'supported', contradicted: 'contradicted', absent: 'absent' };

function isReport(x: unknown): x is Report {
  return typeof x === 'object' && x !== null && Array.isArray((x as Report).claims) && Array.isArray((x as Report).sources);
}

// a wrong id is a mistake in the test, not a verdict: it fails with or without `.not`
function claimOf(received: unknown, matcher: string, id: unknown): ClaimResult {
  if (!isReport(received)) throw new TypeError(`${matcher}: expected a corroborate Report (the result of check()), got ${typeof received}`);
  if (typeof id !== 'string') throw new TypeError(`${matcher}: the first argument is a claim id (a string)`);
  const c = received.claims.find((x) => x.id === id);
  if (!c) {
    const ids = received.claims.map((x) => x.id);
    throw new Error(
      `${matcher}: no claim "${id}" in the report (it has ${ids.length ? ids.slice(0, 10).join(', ') : 'no claims'}${ids.length > 10 ? ', ...' : ''})`,
    );
  }
  return c;
}

function verdictMap(c: ClaimResult): Record<string, Verdict> {
  return Object.fromEntries(Object.entries(c.verdicts).map(([s, v]) => [s, v.verdict]));
}

function details(c: ClaimResult): string {
  return renderClaimDetails(c, { heading: false }).join('\n');
}

function judge(this: State, matcher: string, want: Want, received: unknown, id: unknown, sourceId: unknown): MatcherResult {
  const r = diffable.call(this, matcher, want, received, id, sourceId);
  // with .not there is no "expected" table to diff against: the message says it all
  return this.isNot ? { ...r, actual: undefined, expected: undefined } : r;
}

function diffable(this: State, matcher: string, want: Want, received: unknown, id: unknown, sourceId: unknown): MatcherResult {
  const c = claimOf(received, matcher, id);
  const not = this.isNot ? 'not ' : '';
  if (sourceId !== undefined) {
    const got = c.verdicts[String(sourceId)]?.verdict;
    if (got === undefined) {
      throw new Error(
        `${matcher}: source "${String(sourceId)}" has no verdict for claim "${c.id}" (in scope: ${Object.keys(c.verdicts).join(', ') || 'none'})`,
      );
    }
    const pass = got === want;
    return {
      pass,
      message: () => `expected source "${String(sourceId)}" ${not}to find claim "${c.id}" ${WORD[want]}, it is ${got}\n\n${details(c)}`,
      actual: got,
      expected: want,
    };
  }
  const verdicts = verdictMap(c);
  const failures = checkExpect(want, c.verdicts, c.counts);
  const pass = failures.length === 0;
  const why = this.isNot ? '' : `\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`;
  const message = () => `expected claim "${c.id}" ${not}to be ${WORD[want]} over its sources${why}\n\n${details(c)}`;
  const { supported: s, contradicted: x, mixed: m } = c.counts;
  if (want === 'absent') {
    // one row per source: the diff names each source that is not absent
    return { pass, message, actual: verdicts, expected: Object.fromEntries(Object.keys(verdicts).map((k) => [k, 'absent'])) };
  }
  if (want === 'supported') {
    return {
      pass,
      message,
      actual: { supported: s, contradicted: x, mixed: m },
      expected: { supported: s >= 1 ? s : '>= 1', contradicted: 0, mixed: 0 },
    };
  }
  return {
    pass,
    message,
    actual: { 'contradicted or mixed': x + m },
    expected: { 'contradicted or mixed': x + m >= 1 ? x + m : '>= 1' },
  };
}

/**
 * The matchers, for `expect.extend` (importing this module already registers them).
 * Without a source id they use the gate meanings of `expect:` in claim files; with one,
 * that source's verdict must be exactly the word.
 * @example
 * import 'corroborate/matchers'
 * const report = await check({ claims: ['claims'], corpus: ['corpus'] })
 * expect(report).toSupport('summit-date')
 * expect(report).toContradict('summit-in-turkey', 's1')
 * expect(report).not.toBeAbsent('summit-date')
 */
export const corroborateMatchers = {
  /** Without a source: some source supports the claim and none contradicts it. With one: that source supports it. */
  toSupport(this: State, received: unknown, claimId: string, sourceId?: string): MatcherResult {
    return judge.call(this, 'toSupport', 'supported', received, claimId, sourceId);
  },
  /** Without a source: some source contradicts the claim (or is mixed). With one: that source contradicts it. */
  toContradict(this: State, received: unknown, claimId: string, sourceId?: string): MatcherResult {
    return judge.call(this, 'toContradict', 'contradicted', received, claimId, sourceId);
  },
  /** Without a source: no source says anything about the claim. With one: that source does not. */
  toBeAbsent(this: State, received: unknown, claimId: string, sourceId?: string): MatcherResult {
    return judge.call(this, 'toBeAbsent', 'absent', received, claimId, sourceId);
  },
};

expect.extend(corroborateMatchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the declaration must match vitest's own
  interface Matchers<T = any> {
    /** Some source supports claim `claimId` and none contradicts it; with `sourceId`, that source supports it. */
    toSupport: (claimId: string, sourceId?: string) => void;
    /** Some source contradicts claim `claimId` (or is mixed); with `sourceId`, that source contradicts it. */
    toContradict: (claimId: string, sourceId?: string) => void;
    /** No source says anything about claim `claimId`; with `sourceId`, that source does not. */
    toBeAbsent: (claimId: string, sourceId?: string) => void;
  }
}
