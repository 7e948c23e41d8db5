import { LEX } from '../lexicon/index.js';
/**
 * Sentence segmentation with exact UTF-16 offsets: `text.slice(s.start, s.end) === s.text`.
 *
 * Intl.Segmenter does the splitting, fed one line at a time (a newline is always a
 * boundary, so headlines and captions stand alone) and in bounded chunks, because it
 * is quadratic on long strings. A hand-written merge re-joins splits after
 * abbreviations ("U.S.", "Aug.", "Mr.") that ICU breaks on; no library does this with
 * offsets intact (sbd rewrites text, wink reports token indices).
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** 1-based line in the source text. */
  line: number;
  /** False for web furniture (file names, rules, bare links) that is never evidence. */
  prose: boolean;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// A segment ending in one of these is not the end of a sentence.
const ABBREVIATION = new RegExp(`(?:^|[\\s("'“‘[-])(?:${[...LEX.sentenceAbbreviations].map((w) => w.replaceAll('.', '\\.')).join('|')}|[A-Z])\\.["”’']?\\s*$`);

const CHUNK = 2000; // chars: keeps Intl.Segmenter in its fast range
const MAX_CHUNK = 8000;

/** Split a text into sentences. Linear in the length of the text. */
export function segment(text: string, firstLine = 1): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let lineNo = firstLine;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    segmentLine(text, lineStart, lineEnd, lineNo, out);
    lineStart = lineEnd + 1;
    lineNo++;
  }
  return out;
}

// Code units that can never end a sentence (UAX #29: only a terminator, . ! ? and
// their kin, or a paragraph separator can): most of U+0000-U+057F and General
// Punctuation, minus . ! ? CR LF NEL, U+2024, U+2028/9, U+203C/D and U+2047-9.
// Checked against Intl.Segmenter code point by code point (bench/segment-check.ts).
const NEVER_ENDS = new Uint8Array(0x2060);
for (const [a, b] of [
  [0x00, 0x09],
  [0x0b, 0x0c],
  [0x0e, 0x20],
  [0x22, 0x2d],
  [0x2f, 0x3e],
  [0x40, 0x84],
  [0x86, 0x57f],
  [0x2010, 0x2023],
  [0x2025, 0x2027],
  [0x2030, 0x203b],
  [0x203e, 0x2046],
  [0x204a, 0x205e],
] as const)
  NEVER_ENDS.fill(1, a, b + 1);

/** False for a UTF-16 code unit that never ends a sentence (the fast path's table; bench/segment-check.ts verifies it). */
export function mayEndSentence(unit: number): boolean {
  return NEVER_ENDS[unit] !== 1;
}

/** True when [from, to) holds no code unit that could end a sentence: the segmenter would return it whole. */
function oneSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NEVER_ENDS[text.charCodeAt(i)] !== 1) return false;
  return true;
}

function segmentLine(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  // headlines, captions, list items: skip Intl.Segmenter (a third of the lines of news text)
  if (to - from <= MAX_CHUNK && oneSentence(text, from, to)) {
    if (to > from) push(text, from, to, line, out);
    return;
  }
  let pending = -1; // start of a segment waiting to be merged with the next one
  for (const [cs, ce] of chunks(text, from, to)) {
    const chunk = text.slice(cs, ce);
    for (const s of segmenter.segment(chunk)) {
      const start = pending === -1 ? cs + s.index : pending;
      const end = cs + s.index + s.segment.length;
      if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end)) && end < to) {
        pending = start;
        continue;
      }
      pending = -1;
      push(text, start, end, line, out);
    }
  }
  if (pending !== -1) push(text, pending, to, line, out);
}

/** Cut [from, to) into pieces of about CHUNK chars at likely sentence ends. */
function* chunks(text: string, from: number, to: number): Generator<[number, number]> {
  let start = from;
  while (to - start > MAX_CHUNK) {
    let cut = -1;
    for (let i = start + CHUNK; i < start + MAX_CHUNK; i++) {
      const c = text.charCodeAt(i);
      // ". X", "! X", "? X": a space after a stop, then anything but a lower-case letter
      if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
        const n = text.charCodeAt(i + 2);
        if (!(n >= 97 && n <= 122)) {
          cut = i + 2;
          break;
        }
      }
    }
    if (cut === -1) {
      cut = text.lastIndexOf(' ', start + MAX_CHUNK);
      if (cut <= start) {
        cut = start + MAX_CHUNK;
        // never cut between the halves of a surrogate pair
        const hi = text.charCodeAt(cut - 1);
        if (hi >= 0xd800 && hi <= 0xdbff) cut--;
      } else cut += 1;
    }
    yield [start, cut];
    start = cut;
  }
  if (to > start) yield [start, to];
}

const FILE_TOKEN = /^\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)\b\s*/i;
const LINK_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const HAS_LETTER = /\p{L}/u;

function push(text: string, start: number, end: number, line: number, out: Sentence[]): void {
  // trim white space (and a stray \r) without losing offsets
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (start >= end) return;
  let s = text.slice(start, end);
  // An image file name glued to a caption ("GettyImages-1.jpg Putin could ...") is
  // furniture; the caption after it stays evidence.
  const file = FILE_TOKEN.exec(s);
  if (file && file[0].length < s.length) {
    start += file[0].length;
    s = text.slice(start, end);
  }
  const prose = HAS_LETTER.test(s) && !LINK_ONLY.test(s) && !(file && file[0].length >= s.length);
  out.push({ start, end, text: s, line, prose });
}
