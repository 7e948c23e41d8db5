// No ReDoS. Audit (grep `RegExp(` in src/): the regular expressions built at run time are
// made from constant patterns and lexicon word lists (src/lexicon, validated package data);
// no claim term, entity name or article text is ever compiled into a RegExp. The regular
// expressions that do run on user text must stay linear: pathological inputs below.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { check } from '../../src/index.js';
import { cleanup, put, ROOT, tempDir } from './helpers.js';

afterAll(cleanup);

const N = 100_000;

/** Every `new RegExp(` / `RegExp(` in src, with what it is built from. */
function regexpConstructions(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.tsx?$/.test(e.name))
        for (const [i, line] of readFileSync(abs, 'utf8').split('\n').entries())
          if (/\bRegExp\s*\(/.test(line) && !/^\s*(\/\/|\*)/.test(line)) out.push(`${path.relative(ROOT, abs)}:${i + 1}: ${line.trim()}`);
    }
  };
  walk(path.join(ROOT, 'src'));
  return out;
}

describe('no ReDoS', () => {
  test('audit: no RegExp is built from user input', () => {
    // built from constants and lexicon word lists (src/lexicon: package data, never user input);
    // anything new here needs a look (and an entry)
    const allowed = [
      /^src\/values\/date\.ts:\d+: (?:monthYear|month|year|weekday|relDay|relWeek|relMonthYear|ago): new RegExp\($/,
      /^src\/values\/date\.ts:\d+: const (?:OFFSET|BOUND_BEFORE|FORWARD_BEFORE|HOLIDAY_RE) = new RegExp\($/,
      /^src\/engine\/evaluate\.ts:\d+: const SUPERSEDING = new RegExp\($/,
      /^src\/engine\/value-tie\.ts:\d+: const DATE_PREPOSITION = new RegExp\($/,
      /^src\/corpus\/segment\.ts:\d+: const ABBREVIATION = new RegExp\($/,
      /^src\/rules\/changing-figures\.ts:\d+: const FINAL = new RegExp\($/,
      /^src\/rules\/other-occurrence\.ts:\d+: const YEAR_OF_WORDING = new RegExp\($/,
    ];
    const dynamic = regexpConstructions().filter((l) => !allowed.some((r) => r.test(l.replace(/`.*$/, '').trim())));
    expect(dynamic).toEqual([]);
  });

  test('pathological claim terms and article text complete', { timeout: 120_000 }, async () => {
    const dir = tempDir('corroborate-redos-');
    const runs = {
      letters: 'a'.repeat(N),
      words: 'ab '.repeat(N / 3),
      dots: '.'.repeat(N),
      dotsSpaces: '. '.repeat(N / 2),
      abbreviations: 'U.S. '.repeat(N / 5),
      hyphens: '-'.repeat(N),
      digits: '1'.repeat(N),
      numberList: '1, '.repeat(N / 3),
      months: 'August '.repeat(N / 7),
      dates: 'on August 15, 2025 '.repeat(N / 20),
      quotes: '“'.repeat(N),
      apostrophes: "'s".repeat(N / 2),
      spaces: `a${' '.repeat(N)}b`,
      file: `${'x'.repeat(N)}.jpg`,
      link: `https://${'a/'.repeat(N / 2)}`,
      weekdays: 'last Friday morning '.repeat(N / 20),
      negations: 'not no never '.repeat(N / 13),
      hedges: 'may could if '.repeat(N / 13),
    };
    for (const [name, text] of Object.entries(runs)) put(dir, `corpus/${name}.txt`, `Putin met Trump in Alaska. ${text} Putin met Trump.\n`);
    const terms = ['a'.repeat(N), 'ab '.repeat(N / 3).trim(), `${'Putin'.repeat(N / 5)}`, '-'.repeat(N), "'s".repeat(N / 2), `Putin ${'a '.repeat(1000)}`];
    put(
      dir,
      'claims/a.yaml',
      stringify({
        entities: { Putin: { aliases: ['a'.repeat(N), 'Vladimir '.repeat(1000).trim()] } },
        claims: [
          ...terms.map((t, i) => ({ id: `term-${i}`, claim: 'x', about: [t, 'Trump'] })),
          { id: 'rival', claim: 'x', about: ['Putin'], value: { entity: 'b'.repeat(N) }, rivals: ['c'.repeat(N)], except: ['d'.repeat(N)] },
          { id: 'number', claim: 'x', about: ['Putin'], value: { number: 3, unit: 'h'.repeat(N) } },
          { id: 'date', claim: 'x', about: [['met', 'meet'], 'Putin'], value: { date: '2025-08-15' } },
        ],
      }),
    );
    const r = await check({ cwd: dir, claims: ['claims'], corpus: ['corpus'] });
    expect(r.sources).toHaveLength(Object.keys(runs).length);
    expect(r.claims.map((c) => c.id)).toContain('date');
  });
});
