// segment(): offsets slice back to the sentence text, sentences are ordered and disjoint,
// never cross a line end, and only white space (or a stripped image file name) is left out.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/corpus/segment.js';

const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)/i;

function checkInvariants(text: string, firstLine = 1): void {
  const ss = segment(text, firstLine);
  let prevEnd = 0;
  for (const s of ss) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).not.toContain('\n');
    expect(s.text).toBe(s.text.trim());
    // 1-based line of the sentence: count the line ends before it
    let nl = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < s.start; i = text.indexOf('\n', i + 1)) nl++;
    expect(s.line).toBe(firstLine + nl);
    prevEnd = s.end;
  }
  if (!IMAGE.test(text)) {
    // nothing but white space falls between (or around) the sentences
    let gap = '';
    let at = 0;
    for (const s of ss) {
      gap += text.slice(at, s.start);
      at = s.end;
    }
    gap += text.slice(at);
    expect(gap.trim()).toBe('');
  }
}

// pieces that stress sentence ends, abbreviations, line ends and UTF-16
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '. ',
      '! ',
      '? ',
      '.',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\t',
      '\u00a0',
      '\u2028',
      '\u2029',
      'U.S. ',
      'Mr. ',
      'Aug. 15',
      'a.m. ',
      '“Quote.” ',
      '"',
      '😀',
      '👩‍👩‍👧',
      'e\u0301',
      '\ud83d',
      '\ude00',
      'Putin said. ',
      'photo.jpg ',
      'https://example.com ',
      '...',
      '—',
    ),
  },
);
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

describe('segment', () => {
  test('property: arbitrary unicode text (surrogate pairs, lone surrogates, CRLF)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (t, first) => checkInvariants(t, first)),
      { numRuns: 1500 },
    );
  });

  test('property: long lines are cut into chunks without losing or moving text', () => {
    const sentence = fc.constantFrom(
      'The summit was held in Alaska. ',
      'Mr. Putin met U.S. envoys on Aug. 15! ',
      'No stop here ',
      'x'.repeat(3000),
      '😀'.repeat(700),
      ' ',
    );
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 50, maxLength: 400 }), (parts) => checkInvariants(parts.join(''))),
      { numRuns: 40 },
    );
  });

  test('a very long line: 200k characters with and without spaces or stops', () => {
    for (const t of [
      'a'.repeat(200_000),
      'word '.repeat(40_000),
      '. '.repeat(100_000),
      'U.S. '.repeat(40_000),
      '😀'.repeat(100_000),
      '\r\n'.repeat(100_000),
      `${'Putin arrived. '.repeat(10_000)}\n${'x'.repeat(50_000)}`,
    ])
      checkInvariants(t);
  });

  // Known bug in src/corpus/segment.ts (reported, not ours to fix): when a line has no space
  // or stop for MAX_CHUNK characters, chunks() cuts at a fixed offset, which can fall between
  // the two halves of a surrogate pair. Remove `.fails` once chunks() steps back off a high surrogate.
  test('a hard chunk cut never splits a surrogate pair', () => {
    const t = `a${'😀'.repeat(10_000)}`;
    for (const s of segment(t)) {
      expect(s.text.charCodeAt(0)).not.toSatisfy((c: number) => c >= 0xdc00 && c <= 0xdfff);
      expect(s.text.charCodeAt(s.text.length - 1)).not.toSatisfy((c: number) => c >= 0xd800 && c <= 0xdbff);
    }
  });
});
