import { forEachWord, wordInfo } from '../text/normalize.js';
import { isFuzzyName, type TermAlt, type TermMatcher } from '../text/terms.js';
import type { Source } from './load.js';
import type { Sentence } from './segment.js';

/**
 * An inverted index over normalised sentence words, so a claim visits only the
 * sentences that mention its terms. Global sentence ids number every sentence of
 * every source in order.
 */
export interface CorpusIndex {
  sources: Source[];
  /** Global sentence id -> source index. */
  sourceOf: Int32Array;
  /** Global sentence id -> sentence index within its source. */
  sentenceOf: Int32Array;
  /** First global sentence id of each source. */
  firstSentence: Int32Array;
  postings: Map<string, number[]>;
  /** Capitalised word forms seen in the corpus -> their stems (for fuzzy names). */
  capitalised: Map<string, string>;
  /** Lazily built deletion index of capitalised forms, for one-edit lookups. */
  deletions?: Map<string, string[]>;
}

/** Index a loaded corpus. Linear in its size. */
export function buildIndex(sources: Source[]): CorpusIndex {
  let total = 0;
  for (const s of sources) total += s.sentences.length;
  const sourceOf = new Int32Array(total);
  const sentenceOf = new Int32Array(total);
  const firstSentence = new Int32Array(sources.length);
  const postings = new Map<string, number[]>();
  const capitalised = new Map<string, string>();
  // each distinct spelling points straight at its stem's postings: one lookup per word
  const bySpelling = new Map<string, number[]>();
  let id = 0;
  const onWord = (raw: string, stem: string, norm: string, cap: boolean): number[] => {
    let list = postings.get(stem);
    if (!list) {
      list = [];
      postings.set(stem, list);
    }
    if (cap && !capitalised.has(norm)) capitalised.set(norm, stem);
    bySpelling.set(raw, list);
    return list;
  };
  let g = 0;
  for (let si = 0; si < sources.length; si++) {
    const src = sources[si] as Source;
    firstSentence[si] = g;
    for (let i = 0; i < src.sentences.length; i++) {
      sourceOf[g] = si;
      sentenceOf[g] = i;
      const sent = src.sentences[i] as Sentence;
      if (sent.prose) {
        id = g;
        forEachWord(sent.text, (raw) => {
          let list = bySpelling.get(raw);
          if (list === undefined) {
            const w = wordInfo(raw);
            list = onWord(raw, w[0], w[1], w[2]);
          }
          if (list[list.length - 1] !== id) list.push(id);
        });
      }
      g++;
    }
  }
  return { sources, sourceOf, sentenceOf, firstSentence, postings, capitalised };
}

/** An index from postings and capitalised forms computed elsewhere (a cache entry, a worker) over `sources`. */
export function buildIndexFrom(sources: Source[], postings: Map<string, number[]>, capitalised: Map<string, string>): CorpusIndex {
  let total = 0;
  for (const s of sources) total += s.sentences.length;
  const sourceOf = new Int32Array(total);
  const sentenceOf = new Int32Array(total);
  const firstSentence = new Int32Array(sources.length);
  let g = 0;
  for (let si = 0; si < sources.length; si++) {
    firstSentence[si] = g;
    const n = (sources[si] as Source).sentences.length;
    for (let i = 0; i < n; i++, g++) {
      sourceOf[g] = si;
      sentenceOf[g] = i;
    }
  }
  return { sources, sourceOf, sentenceOf, firstSentence, postings, capitalised };
}

function deletionsOf(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Corpus word forms one edit away from a proper name that pass the fuzzy guard. */
export function fuzzyForms(index: CorpusIndex, name: string): string[] {
  if (!index.deletions) {
    const del = new Map<string, string[]>();
    for (const form of index.capitalised.keys()) {
      if (form.length < 5) continue;
      for (const k of [form, ...deletionsOf(form)]) {
        const l = del.get(k);
        if (l) l.push(form);
        else del.set(k, [form]);
      }
    }
    index.deletions = del;
  }
  const found = new Set<string>();
  for (const k of [name, ...deletionsOf(name)]) for (const f of index.deletions.get(k) ?? []) found.add(f);
  return [...found].filter((f) => isFuzzyName(f, name));
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0] as number[];
  const set = new Set<number>();
  for (const l of lists) for (const x of l) set.add(x);
  return [...set].sort((a, b) => a - b);
}

const EMPTY: number[] = [];

function wordPostings(index: CorpusIndex, alt: TermAlt, j: number): number[] {
  const lists = [index.postings.get(alt.stems[j] as string) ?? EMPTY];
  const norm = alt.norms[j] as string;
  if (norm !== alt.stems[j]) lists.push(index.postings.get(norm) ?? EMPTY);
  if (alt.fuzzy[j]) {
    for (const f of fuzzyForms(index, norm)) {
      const st = index.capitalised.get(f);
      if (st) lists.push(index.postings.get(st) ?? EMPTY);
    }
  }
  return union(lists.filter((l) => l.length));
}

/** Sentences that may contain the term (every word present; adjacency is checked later). */
export function termCandidates(index: CorpusIndex, m: TermMatcher): number[] {
  const perAlt: number[][] = [];
  for (const alt of m.alts) {
    let acc: number[] | undefined;
    for (let j = 0; j < alt.stems.length; j++) {
      const p = wordPostings(index, alt, j);
      acc = acc === undefined ? p : intersect(acc, p);
      if (acc.length === 0) break;
    }
    if (acc?.length) perAlt.push(acc);
  }
  return perAlt.length ? union(perAlt) : EMPTY;
}

/** Sentences that mention every item (each item: any of its alternatives). */
export function candidates(index: CorpusIndex, items: TermMatcher[][]): number[] {
  const lists = items.map((alts) => union(alts.map((m) => termCandidates(index, m)).filter((l) => l.length)) ?? EMPTY);
  lists.sort((a, b) => a.length - b.length);
  let acc = lists[0] ?? EMPTY;
  for (let i = 1; i < lists.length && acc.length; i++) acc = intersect(acc, lists[i] as number[]);
  return acc;
}
