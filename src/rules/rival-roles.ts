/**
 * Rule: rival-roles. A rival name in the sentence contradicts an entity claim only when it
 * fills the claim's slot. Three roles say it does not:
 * - part of the claim's own name: "Bilawal Bhutto Zardari" holds the rival "Zardari";
 * - the speaker: "Zardari says that Fahim will run", "according to Zardari";
 * - a co-holder: "Bilawal will lead the party alongside his father Asif Ali Zardari": named
 *   with the claim's value, the rival shares the role rather than taking it;
 * - another subject's clause: "While Tsvangirai fled to the Dutch Embassy, other members
 *   fled to the South African Embassy": the claim's value sits in the clause that names the
 *   claim's subject, the rival in one that does not.
 */
import { REPORTING_VERBS } from '../cues/hedge.js';
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import type { Token } from '../text/normalize.js';

export const RULE = 'rival-roles';

interface Span {
  tokFrom: number;
  tokTo: number;
}

/** The run of capitalised words around the span ("Bilawal Bhutto Zardari" around "Zardari"). */
function nameRun(tokens: Token[], m: Span): [number, number] {
  let f = m.tokFrom;
  while (f > 0 && tokens[f - 1]?.cap && !tokens[f - 1]?.punct) f--;
  let t = m.tokTo;
  while (t < tokens.length && tokens[t]?.cap && !tokens[t]?.punct) t++;
  return [f, t];
}

/** The rival is part of a name that also holds the claim's value. */
export function insideClaimedName(tokens: Token[], rival: Span, own: Span[]): boolean {
  const [f, t] = nameRun(tokens, rival);
  return own.some((e) => e.tokFrom < t && f < e.tokTo && !(e.tokFrom === rival.tokFrom && e.tokTo === rival.tokTo));
}

/** The reporting verb the rival is the subject of ("says", "has said"), or "according to" before it; undefined when it is not the speaker or is the claim's own subject's title. */
export function speakerVerb(tokens: Token[], rival: Span, isClaim: (i: number) => boolean = () => false): string | undefined {
  const [from, end] = nameRun(tokens, rival);
  // "Finance Minister Ann Kestrel said": a title of the claim's own subject, who is the one speaking
  for (let k = from; k < end; k++) if (isClaim(k)) return undefined;
  let k = end;
  while (k < tokens.length && k < end + 3 && LEX.speakerGap.has(tokens[k]?.norm ?? '')) k++;
  const verb = tokens[k];
  if (verb && !verb.punct && REPORTING_VERBS.has(verb.norm)) return verb.raw;
  const [start] = nameRun(tokens, rival);
  if (tokens[start - 1]?.norm === 'to' && tokens[start - 2]?.norm === 'according') return 'according to';
  return undefined;
}

/**
 * The rival's clause names none of the claim's participants, while a clause holding the
 * claim's own value does: the two clauses speak of different subjects.
 */
export function otherSubjectClause(a: Analysis, rival: Span, own: Span[], namesParticipant: (t: Token) => boolean): boolean {
  const clauseNames = (c: number, skip: Span) =>
    a.tokens.some((t, i) => a.clauseOf[i] === c && t.cap && !t.punct && (i < skip.tokFrom || i >= skip.tokTo) && namesParticipant(t));
  const rc = a.clauseOf[rival.tokFrom] ?? 0;
  if (clauseNames(rc, rival)) return false;
  return own.some((e) => a.clauseOf[e.tokFrom] !== rc && clauseNames(a.clauseOf[e.tokFrom] ?? 0, e));
}

/** The marker that joins the rival to the claim's value ("alongside", "together with"), when the sentence names the value too. */
export function coHolder(tokens: Token[], rival: Span, own: Span[]): string | undefined {
  if (own.length === 0) return undefined;
  const [start] = nameRun(tokens, rival);
  for (const phrase of LEX.coHolderMarkers) {
    // the marker, then up to three lower-case words ("his father") before the rival's name
    for (let gap = 0; gap <= 3; gap++) {
      const at = start - gap - phrase.length;
      if (at < 0) break;
      if (phrase.every((w, j) => tokens[at + j]?.norm === w)) return phrase.join(' ');
      const t = tokens[start - gap - 1];
      if (!t || t.punct || t.cap) break;
    }
  }
  return undefined;
}
