import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/index.js';
import '../../src/vitest/matchers.js';
import { fixtureReport } from '../report/fixture.js';

let report: Report;
beforeAll(async () => {
  report = await fixtureReport();
});

/** Run an assertion and return what it threw (or undefined). */
function thrown(f: () => void): (Error & { actual?: unknown; expected?: unknown }) | undefined {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

type Row = ['toSupport' | 'toContradict' | 'toBeAbsent', string, string?];

describe('corroborate matchers', () => {
  test.for<Row>([
    ['toSupport', 'summit-in-alaska'],
    ['toSupport', 'summit-date', 'a'],
    ['toContradict', 'summit-date'],
    ['toContradict', 'summit-date', 'b'],
    ['toBeAbsent', 'martians-attend'],
    ['toBeAbsent', 'summit-in-turkey'],
    ['toBeAbsent', 'summit-in-alaska', 'b'],
  ])('%s(%s, %s) holds', ([matcher, id, source]) => {
    expect(report)[matcher](id, source);
  });

  test.for<Row>([
    ['toSupport', 'summit-date'],
    ['toSupport', 'summit-date', 'b'],
    ['toContradict', 'summit-in-alaska'],
    ['toContradict', 'summit-in-alaska', 'a'],
    ['toBeAbsent', 'summit-date'],
    ['toBeAbsent', 'summit-date', 'a'],
  ])('%s(%s, %s) fails, and .not holds', ([matcher, id, source]) => {
    expect(thrown(() => expect(report)[matcher](id, source))).toBeInstanceOf(Error);
    expect(report).not[matcher](id, source);
  });

  test('toSupport failure names the failed expectation, the verdict table and the evidence, with a counts diff', () => {
    const e = thrown(() => expect(report).toSupport('summit-date'));
    expect(e?.message).toContain('expected claim "summit-date" to be supported over its sources');
    expect(e?.message).toContain('✗ expected no source to contradict the claim; b (contradicted) does');
    expect(e?.message).toMatch(/b {7}✗ contradicted {2}1 contradiction/);
    expect(e?.message).toContain('"The meeting between Trump and Putin takes place on August 14, 2025."');
    expect(e?.actual).toEqual({ supported: 1, contradicted: 1, mixed: 0 });
    expect(e?.expected).toEqual({ supported: 1, contradicted: 0, mixed: 0 });
  });

  test('toBeAbsent diffs the verdict of every source', () => {
    const e = thrown(() => expect(report).toBeAbsent('summit-date'));
    expect(e?.actual).toEqual({ a: 'supported', b: 'contradicted' });
    expect(e?.expected).toEqual({ a: 'absent', b: 'absent' });
  });

  test('toContradict asks for at least one contradicting source', () => {
    const e = thrown(() => expect(report).toContradict('summit-in-alaska'));
    expect(e?.message).toContain('expected at least one source to contradict the claim; none does');
    expect(e?.actual).toEqual({ 'contradicted or mixed': 0 });
    expect(e?.expected).toEqual({ 'contradicted or mixed': '>= 1' });
  });

  test('a source verdict diffs as one word', () => {
    const e = thrown(() => expect(report).toSupport('summit-date', 'b'));
    expect(e?.message).toContain('expected source "b" to find claim "summit-date" supported, it is contradicted');
    expect([e?.actual, e?.expected]).toEqual(['contradicted', 'supported']);
  });

  test('.not says what held, without a diff', () => {
    const e = thrown(() => expect(report).not.toSupport('summit-in-alaska'));
    expect(e?.message).toContain('expected claim "summit-in-alaska" not to be supported over its sources');
    expect(e?.message).toMatch(/a {7}✓ supported/);
    expect(e?.actual).toBeUndefined();
  });

  test.for([
    [() => expect(report).toSupport('no-such-claim'), /toSupport: no claim "no-such-claim" in the report \(it has summit-date/],
    [() => expect(report).not.toSupport('no-such-claim'), /no claim "no-such-claim"/],
    [() => expect(report).toBeAbsent('summit-date', 'zz'), /source "zz" has no verdict for claim "summit-date" \(in scope: a, b\)/],
    [() => expect({ claims: 1 }).toSupport('summit-date'), /expected a corroborate Report/],
  ] as const)('a wrong id or value is an error in the test, with or without .not (%#)', ([f, message]) => {
    expect(f).toThrow(message);
  });

  test('arguments are typed', () => {
    // @ts-expect-error the claim id is a string
    expect(() => expect(report).toSupport(42)).toThrow(/claim id/);
  });
});
