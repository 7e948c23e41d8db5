/**
 * Part-of-speech tags from wink-nlp (English lite web model): a maintained tagger, so the
 * reading rules need not guess a word's class from its ending ("building" and "hearing"
 * are nouns, "remarked" is a verb). The model loads on first use (about 0.1 s), so
 * commands that read no sentence never pay for it.
 */
import { createRequire } from 'node:module';
import type { Token } from '../text/normalize.js';

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; precedingSpaces: unknown };
}

let wink: Wink | undefined;

function tagger(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'));
  }
  return wink;
}

/** Tag the tokens of `text` in place: each token whose start is a tagger token's start gets that token's tag. */
export function tagTokens(text: string, tokens: Token[]): void {
  const nlp = tagger();
  const doc = nlp.readDoc(text).tokens();
  const values = doc.out(nlp.its.value);
  const pos = doc.out(nlp.its.pos);
  const spaces = doc.out(nlp.its.precedingSpaces);
  const tagAt = new Map<number, string>();
  let at = text.length - text.trimStart().length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    at += (spaces[i] as string).length;
    // the tagger keeps the text as written; when a token is not where the offsets say, stop aligning
    if (text.startsWith(v, at)) tagAt.set(at, pos[i] as string);
    else {
      const found = text.indexOf(v, at);
      if (found < 0) break;
      at = found;
      tagAt.set(at, pos[i] as string);
    }
    at += v.length;
  }
  for (const t of tokens) {
    const p = tagAt.get(t.start);
    if (p !== undefined) t.pos = p;
  }
}

/**
 * Tag a sentence's tokens the first time a reading rule needs the tags: most candidate
 * sentences are decided without them (no value of the claim's kind, no -ed/-ing word to
 * judge), and tagging costs about as much as the rest of the sentence's analysis.
 */
export function tagOnce(a: { text: string; tokens: Token[]; tagged?: boolean }): void {
  if (a.tagged) return;
  tagTokens(a.text, a.tokens);
  a.tagged = true;
}
