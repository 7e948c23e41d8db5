/**
 * The per-run caches every claim reads: each sentence is analysed (tokens, clauses, cues,
 * part-of-speech tags) and its dates and numbers found once, whatever the number of claims.
 */
import type { CompiledClaim } from '../claims/compile.js';
import type { CorpusIndex } from '../corpus/index.js';
import type { Source } from '../corpus/load.js';
import type { Sentence } from '../corpus/segment.js';
import { type Analysis, analyze } from '../nlp/analyze.js';
import { namesOne } from '../rules/participants.js';
import { stem } from '../text/normalize.js';
import { type DateMention, findDates } from '../values/date.js';
import { findNumbers, type NumberMention } from '../values/number.js';

/** Per-run caches shared by all claims: each sentence is analysed once. */
export class SentenceCache {
  private analyses = new Map<number, Analysis>();
  private dates = new Map<number, DateMention[]>();
  private numbers = new Map<number, NumberMention[]>();
  private participants = new Map<CompiledClaim, Uint8Array | undefined>();
  private abbreviations = new Map<string, Uint8Array>();
  private capitalisedByPrefix: Map<string, [string, string][]> | undefined;
  constructor(readonly index: CorpusIndex) {}
  sentence(g: number): { source: Source; sentence: Sentence } {
    const source = this.index.sources[this.index.sourceOf[g] as number] as Source;
    return { source, sentence: source.sentences[this.index.sentenceOf[g] as number] as Sentence };
  }
  analysis(g: number): Analysis {
    let a = this.analyses.get(g);
    if (!a) {
      a = analyze(this.sentence(g).sentence.text);
      this.analyses.set(g, a);
    }
    return a;
  }
  datesOf(g: number): DateMention[] {
    let d = this.dates.get(g);
    if (!d) {
      d = findDates(this.analysis(g), this.sentence(g).source.published);
      this.dates.set(g, d);
    }
    return d;
  }
  /**
   * Rule source-relevance: which sources name one of the claim's participants anywhere, read
   * from the corpus index (a name's stem, and capitalised forms that are its demonyms: "Thai"
   * for Thailand), once per claim. Undefined when the rule cannot judge (no participants, or
   * one known only by a short abbreviation).
   */
  participantSources(c: CompiledClaim): Uint8Array | undefined {
    if (this.participants.has(c)) return this.participants.get(c);
    const out = sourcesNaming(
      this.index,
      c.participants,
      () => (this.capitalisedByPrefix ??= byPrefix(this.index)),
      (abbr) => this.abbreviationSources(abbr),
    );
    this.participants.set(c, out);
    return out;
  }
  /** The sources that write an abbreviation ("US", "U.S."), in capitals, as a word: read once per run for all claims. */
  private abbreviationSources(abbr: string): Uint8Array {
    let out = this.abbreviations.get(abbr);
    if (!out) {
      out = sourcesWriting(this.index, abbr);
      this.abbreviations.set(abbr, out);
    }
    return out;
  }
  numbersOf(g: number): NumberMention[] {
    let n = this.numbers.get(g);
    if (!n) {
      const skip = this.datesOf(g).map((d): [number, number] => [d.start, d.end]);
      n = findNumbers(this.analysis(g), skip);
      this.numbers.set(g, n);
    }
    return n;
  }
}

/** The index of the source holding sentence g. */
export function sourceIndexOf(cache: SentenceCache, g: number): number {
  return cache.index.sourceOf[g] as number;
}

/** Capitalised forms of the corpus by their first four letters (demonym lookups). */
function byPrefix(index: CorpusIndex): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const [norm, st] of index.capitalised) {
    const k = norm.slice(0, 4);
    const list = out.get(k);
    if (list) list.push([norm, st]);
    else out.set(k, [[norm, st]]);
  }
  return out;
}

// the longest abbreviation the index cannot search for ("USA", "UAE")
const SHORT_NAME = 3;

/** Sources whose text names a word of `groups` (see SentenceCache.participantSources). */
function sourcesNaming(
  index: CorpusIndex,
  groups: string[][],
  prefixes: () => Map<string, [string, string][]>,
  abbreviation: (abbr: string) => Uint8Array,
): Uint8Array | undefined {
  if (groups.length === 0) return undefined;
  const out = new Uint8Array(index.sources.length);
  const mark = (list: number[] | undefined) => {
    if (list) for (const g of list) out[index.sourceOf[g] as number] = 1;
  };
  for (const group of groups) {
    // a name with a short abbreviation ("US", "EU", "UN") may be written only that way, and the
    // index cannot tell "US" from "us": the abbreviation is looked up, in capitals, in the texts
    // (a name known only by short words, "PML-Q", proves nothing either way)
    const words = group.map((w) => w.replaceAll('.', ''));
    const long = words.filter((x) => x.length > SHORT_NAME);
    if (long.length === 0) return undefined;
    for (const w of group) {
      if (w.replaceAll('.', '').length > SHORT_NAME) continue;
      const writing = abbreviation(w.toUpperCase());
      for (let i = 0; i < out.length; i++) if (writing[i]) out[i] = 1;
    }
    for (const w of long) {
      mark(index.postings.get(stem(w)));
      for (const [norm, st] of prefixes().get(w.slice(0, 4)) ?? []) if (namesOne([w], norm)) mark(index.postings.get(st));
    }
  }
  return out;
}

/** The sources whose text writes `abbr` ("US", "U.S.") as a word of its own, in capitals. */
function sourcesWriting(index: CorpusIndex, abbr: string): Uint8Array {
  const out = new Uint8Array(index.sources.length);
  const letter = (c: string | undefined) => !!c && /[A-Za-z]/.test(c);
  index.sources.forEach((src, i) => {
    for (let at = src.text.indexOf(abbr); at >= 0; at = src.text.indexOf(abbr, at + 1)) {
      if (!letter(src.text[at - 1]) && !letter(src.text[at + abbr.length])) {
        out[i] = 1;
        return;
      }
    }
  });
  return out;
}
