/**
 * Word lists as data: every list lives in a JSON file of this folder, is validated against
 * the one schema (./schema.ts) and built once, at module load, into ready-to-use values:
 * a word list becomes a ReadonlySet, phrases stay lists of words, number maps stay maps.
 * The loader reads no other module of the project, so any layer may import it.
 */
import countedNounsData from './counted-nouns.json' with { type: 'json' };
import cuesData from './cues.json' with { type: 'json' };
import datesData from './dates.json' with { type: 'json' };
import eventsData from './events.json' with { type: 'json' };
import grammarData from './grammar.json' with { type: 'json' };
import namesData from './names.json' with { type: 'json' };
import numbersData from './numbers.json' with { type: 'json' };
import { type Lexicon, type LexiconFile, lexiconSchema } from './schema.js';

/** The raw contents of every lexicon file, by file name (the schema test validates each). */
export const LEXICON_FILES: Record<LexiconFile, unknown> = {
  cues: cuesData,
  grammar: grammarData,
  events: eventsData,
  numbers: numbersData,
  dates: datesData,
  names: namesData,
  'counted-nouns': countedNounsData,
};

function load<F extends LexiconFile>(file: F): Lexicon<F> {
  const parsed = lexiconSchema[file].safeParse(LEXICON_FILES[file]);
  if (!parsed.success) throw new Error(`src/lexicon/${file}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data as Lexicon<F>;
}

type Built<T> = { readonly [K in keyof T as K extends '$comment' ? never : K]: T[K] extends string[] ? ReadonlySet<string> : T[K] };

/** A file's lists, word lists turned into sets. */
function build<T extends object>(data: T): Built<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === '$comment') continue;
    // word maps get no prototype: "constructor" or "toString" must not look like an entry
    if (Array.isArray(v)) out[k] = v.every((x) => typeof x === 'string') ? new Set(v) : v;
    else out[k] = v !== null && typeof v === 'object' ? Object.assign(Object.create(null), v) : v;
  }
  return out as Built<T>;
}

const grammar = load('grammar');
const dates = load('dates');
const numbers = load('numbers');
const names = load('names');

/** Month abbreviations (January first) and weekday names (Sunday first), in calendar order. */
export const CALENDAR_ORDER: { readonly months: readonly string[]; readonly weekdays: readonly string[] } = {
  months: dates.monthAbbreviations,
  weekdays: dates.weekdayNames,
};

/** Nouns that count the same kind of thing, and unit synonyms (stemmed in ./kinds.ts). */
export const COUNTED_NOUNS: Lexicon<'counted-nouns'> = load('counted-nouns');

/** Every word list of the lexicon, built once. */
export const LEX = {
  ...build(load('cues')),
  ...build(grammar),
  ...build(load('events')),
  ...build(numbers),
  ...build(names),
  ...build(dates),
  /** Every irregular past verb ("met", "held", "withdrew"). */
  irregularPastVerbs: new Set([...grammar.irregularPastTenseCues, ...grammar.irregularPastOther, ...grammar.irregularParticiples]) as ReadonlySet<string>,
  /** Words that mark a clause as past: "was", "ago", "yesterday" and the commonest irregular past verbs. */
  pastWords: new Set([...grammar.pastWords, ...grammar.irregularPastTenseCues]) as ReadonlySet<string>,
  /** "one" to "ten" with their values (the unit words from 1 to 10). */
  smallNumberWords: Object.assign(Object.create(null), Object.fromEntries(Object.entries(numbers.unitWords).filter(([, v]) => v >= 1 && v <= 10))) as Record<
    string,
    number
  >,
  /** Prefixes of month and weekday names ("jan", "mon"): a normalised word starting with one is calendar-like. */
  calendarPrefixes: [...dates.monthAbbreviations, ...dates.weekdayNames.map((d) => d.slice(0, 3))] as readonly string[],
  /** Any spelling of a month or weekday ("jan", "january", "sept", "friday"). */
  calendarWords: new Set([...dates.monthNames, ...dates.monthAbbreviations, ...dates.monthAbbreviationVariants, ...dates.weekdayNames]) as ReadonlySet<string>,
  /** Capitalised words of a claim that are no names: function words, months and weekdays. */
  notClaimNames: new Set([...names.notClaimNames, ...dates.monthNames, ...dates.weekdayNames]) as ReadonlySet<string>,
};

/** True when `word` starts with one of `prefixes`. */
export function startsWithAny(prefixes: Iterable<string>, word: string): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** A regular-expression alternation of phrases, words joined by one space (lexicon words hold no regex syntax but "%"). */
export function alternation(phrases: readonly (readonly string[])[]): string {
  return phrases.map((p) => p.join(' ')).join('|');
}
