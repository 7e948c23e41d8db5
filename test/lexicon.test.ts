// The lexicon: every word-list file validates against the one schema, no list repeats an
// entry, and the schema turns away what a careless edit would write.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CALENDAR_ORDER, LEX, LEXICON_FILES } from '../src/lexicon/index.js';
import { type LexiconFile, lexiconSchema } from '../src/lexicon/schema.js';

const dir = fileURLToPath(new URL('../src/lexicon/', import.meta.url));
const files = Object.keys(LEXICON_FILES) as LexiconFile[];

/** Every list in a file, by a dotted name; a phrase (a qualifier's too) is one entry, its words joined by a space. */
function lists(data: unknown, path: string): [string, string[]][] {
  if (Array.isArray(data)) {
    const words = (e: unknown): string => (Array.isArray(e) ? e.join(' ') : String(e));
    return [[path, data.map((e) => (typeof e === 'object' && e !== null && 'phrase' in e ? words(e.phrase) : words(e)))]];
  }
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([k, v]) => lists(v, path ? `${path}.${k}` : k));
  return [];
}

describe('lexicon files', () => {
  test('every JSON file of src/lexicon is loaded and has a schema', () => {
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(onDisk).toEqual([...files].sort());
    expect(Object.keys(lexiconSchema).sort()).toEqual([...files].sort());
  });

  test.each(files)('%s.json validates against the schema', (file) => {
    const parsed = lexiconSchema[file].safeParse(LEXICON_FILES[file]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect((LEXICON_FILES[file] as { $comment: string }).$comment.length).toBeGreaterThan(20);
  });

  test.each(files)('%s.json repeats no entry within a list', (file) => {
    const repeats = lists(LEXICON_FILES[file], '').flatMap(([name, entries]) => entries.filter((e, i) => entries.indexOf(e) !== i).map((e) => `${name}: ${e}`));
    expect(repeats).toEqual([]);
  });
});

describe('the schema turns away bad lists', () => {
  const good = LEXICON_FILES.cues as Record<string, unknown>;
  const rows: [string, Record<string, unknown>, string][] = [
    ['an upper-case word', { ...good, hedgeWords: ['May'] }, 'hedgeWords'],
    ['a word with surrounding space', { ...good, negationWords: ['not '] }, 'negationWords'],
    ['an empty word', { ...good, reportingVerbs: [''] }, 'reportingVerbs'],
    ['a phrase written as one string', { ...good, hedgePhrases: ['open to'] }, 'hedgePhrases'],
    ['a misspelt list name', { ...good, hedgeWord: ['may'] }, ''],
    ['a missing list', Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'conditionalWords')), 'conditionalWords'],
    ['no comment', Object.fromEntries(Object.entries(good).filter(([k]) => k !== '$comment')), '$comment'],
  ];
  test.each(rows)('%s', (_, data, path) => {
    const parsed = lexiconSchema.cues.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => String(i.path[0] ?? ''))).toContain(path);
  });

  test('a number map holds numbers', () => {
    const numbers = LEXICON_FILES.numbers as Record<string, unknown>;
    expect(lexiconSchema.numbers.safeParse({ ...numbers, tensWords: { twenty: '20' } }).success).toBe(false);
  });
});

describe('built values', () => {
  test('word lists are sets, phrases stay word lists, maps stay maps', () => {
    expect(LEX.hedgeWords.has('reportedly')).toBe(true);
    expect(LEX.hedgePhrases).toContainEqual(['as', 'soon', 'as']);
    expect(LEX.unitWords.dozen).toBe(12);
    expect(LEX.qualifiers[0]).toEqual({ phrase: ['at', 'least'], compare: 'ge' });
  });

  test('derived lists come from their one source', () => {
    expect(Object.keys(LEX.smallNumberWords)).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
    expect(LEX.calendarPrefixes).toContain('sun');
    expect(LEX.calendarWords.has('sept') && LEX.calendarWords.has('september')).toBe(true);
    expect(LEX.notClaimNames.has('august') && LEX.notClaimNames.has('the')).toBe(true);
    expect(CALENDAR_ORDER.months).toHaveLength(12);
    expect(CALENDAR_ORDER.weekdays[0]).toBe('sunday');
  });
});
