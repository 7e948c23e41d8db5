import { stemmer } from 'stemmer';
import { LEX } from '../lexicon/index.js';

/** A word or punctuation token of a sentence, with offsets relative to the sentence. */
export interface Token {
  start: number;
  end: number;
  /** Raw text. */
  raw: string;
  /** Lower case, no diacritics, straight apostrophes, possessive removed. */
  norm: string;
  /** Porter stem of `norm` after the irregular-form map. */
  stem: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Punctuation token (`,` `;` `:` `—` `(` `)` quotes). */
  punct: boolean;
  /** Joined to the previous token by a hyphen ("three-hour", "Trump-Putin"). */
  hyphen: boolean;
  /** A number written in digits. */
  digit: boolean;
  /** Universal part-of-speech tag ("NOUN", "VERB", "PROPN"...) when the sentence was tagged (nlp/pos.ts). */
  pos?: string;
}

// Words, digits (with thousands separators and decimals), and the punctuation that
// separates clauses. Apostrophes inside words are kept ("don't", "Putin's").
// Dotted abbreviations ("U.S.", "U.K.") are one word, kept with their dots so "U.S." never meets the pronoun "us".
const TOKEN = /(\d+(?:[.,]\d+|:\d\d)*)|((?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?)|([,;:()[\]"“”‘’—–]|--|\s[-–]\s|\.)/gu;

// Porter does not know irregular forms; these are the ones news text uses for events.
const IRREGULAR = LEX.irregularLemmas;

const stemCache = new Map<string, string>();

/** Stem a normalised word, with a cache (stemming dominates indexing time otherwise). */
export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    // Porter undoubles "boycotting" to "boycot" but keeps "boycott": a final "tt" is undoubled so both agree
    s = IRREGULAR[norm] ?? (/^\d/.test(norm) || norm.endsWith('.') ? norm : stemmer(norm).replace(/tt$/, 't'));
    if (stemCache.size < 500_000) stemCache.set(norm, s);
  }
  return s;
}

/** Lower case, strip diacritics, straighten apostrophes, drop a possessive ending. */
export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/** Split a sentence into tokens. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m !== null; m = TOKEN.exec(s)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (m[3] !== undefined) {
      // a dash glued between two words is a hyphen ("Trump–Putin")
      if ((raw === '–' || raw === '—' || raw === '‑') && /[\p{L}\p{N}]/u.test(s[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[end] ?? '')) continue;
      const p = raw.trim();
      out.push({ start, end, raw: p, norm: p === '--' || p === '-' || p === '–' ? '—' : p, stem: p, cap: false, punct: true, hyphen: false, digit: false });
      continue;
    }
    const prevChar = s[start - 1];
    const hyphen =
      start > 0 && (prevChar === '-' || prevChar === '‑' || prevChar === '–' || prevChar === '—') && out.length > 0 && out[out.length - 1]?.end === start - 1;
    if (m[1] !== undefined) {
      out.push({ start, end, raw, norm: raw, stem: raw, cap: false, punct: false, hyphen, digit: true });
      continue;
    }
    const norm = normalizeWord(raw);
    const first = raw.charAt(0);
    out.push({ start, end, raw, norm, stem: stem(norm), cap: first !== first.toLowerCase(), punct: false, hyphen, digit: false });
  }
  return out;
}

const WORD = /(\d+(?:[.,]\d+|:\d\d)*)|(?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;

// raw word -> [stem, norm, capitalised]: news text repeats its words, so each
// distinct spelling is normalised once
const wordCache = new Map<string, [string, string, boolean]>();

/** Stem, norm and capitalisation of one raw word (digits stand for themselves). */
export function wordInfo(raw: string): [string, string, boolean] {
  let w = wordCache.get(raw);
  if (w === undefined) {
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) w = [raw, raw, false];
    else {
      const norm = normalizeWord(raw);
      w = [stem(norm), norm, (c >= 65 && c <= 90) || (c > 127 && raw[0] !== raw[0]?.toLowerCase())];
    }
    if (wordCache.size < 1_000_000) wordCache.set(raw, w);
  }
  return w;
}

/** Call `onWord` with every word (and number) of a text, in order. */
export function forEachWord(s: string, onWord: (raw: string) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) onWord(m[0]);
}

/**
 * Whether two words that share a Porter stem are inflections of one word, as the contract's
 * matching asks ("meet"/"meeting", "vote"/"voted", "die"/"died", "killings"/"killed"), and not
 * a derivation the stemmer folds in ("delegate"/"delegation", "sick"/"sickness", "coup"/"coupe",
 * "execute"/"execution"). Irregular forms ("met", "held") come from the lexicon's lemma map.
 */
export function inflectionOf(a: string, b: string): boolean {
  if (a === b || IRREGULAR[a] !== undefined || IRREGULAR[b] !== undefined) return true;
  // asked for every inflected match of every candidate sentence: each pair is worked out once
  const key = `${a} ${b}`;
  let r = inflectionCache.get(key);
  if (r === undefined) {
    const baseOfB = inflectionBases(b);
    r = [...inflectionBases(a)].some((x) => baseOfB.has(x));
    if (inflectionCache.size < 100_000) inflectionCache.set(key, r);
  }
  return r;
}

const inflectionCache = new Map<string, boolean>();

const DOUBLED = /([bcdfgklmnprstvz])\1$/;

/** A word and the bases its inflectional endings may hide: "killings" -> killing, kill; "stopped" -> stop; "carried" -> carry. */
function inflectionBases(w: string): Set<string> {
  const out = new Set<string>([w]);
  // plural or third person first: "killings", "witnesses", "casualties"
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  for (const x of [...out]) {
    if (x.endsWith('ied')) out.add(`${x.slice(0, -3)}y`);
    if (x.endsWith('ed')) addStem(out, x.slice(0, -2), x.slice(0, -1));
    if (x.endsWith('ing')) addStem(out, x.slice(0, -3), `${x.slice(0, -3)}e`);
  }
  return out;
}

/** A stem left by "-ed" or "-ing", its form with the dropped "e", and its undoubled consonant ("stopp" -> "stop"). */
function addStem(out: Set<string>, stem: string, withE: string): void {
  if (stem.length < 2) return;
  out.add(stem);
  out.add(withE);
  if (DOUBLED.test(stem)) out.add(stem.slice(0, -1));
}
