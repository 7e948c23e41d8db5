/**
 * Checks the segmenter's fast path against Intl.Segmenter: every code point the fast
 * path treats as "never ends a sentence" must not end one in any of the probe contexts.
 * Run: npx tsx bench/segment-check.ts (the bench smoke test runs it too).
 */
import { mayEndSentence } from '../src/corpus/segment.js';

const seg = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Code points (below U+2060) after which Intl.Segmenter may break a line. */
export function breakingCodeUnits(): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x2060; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const t of [`ab${ch} Cd`, `ab${ch}Cd`, `ab ${ch} cd`, `AB${ch} 1`, `ab${ch}"  Cd`, `ab${ch}) Cd`, `x${ch}`, `${ch}x`]) {
      if ([...seg.segment(t)].length > 1) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/** Code units the fast path wrongly trusts (empty when it is safe with this Node's ICU). */
export function unsafeFastPath(): number[] {
  return breakingCodeUnits().filter((c) => !mayEndSentence(c));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const breaking = breakingCodeUnits();
  const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const wrong = unsafeFastPath();
  console.log(`code units that can end a sentence (below U+2060): ${breaking.length}`);
  console.log(wrong.length ? `UNSAFE in the fast path: ${wrong.map(hex).join(' ')}` : 'fast path table is safe');
  process.exitCode = wrong.length ? 1 : 0;
}
