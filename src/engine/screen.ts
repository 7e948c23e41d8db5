/**
 * Sentence screens: the named rules that set a whole sentence aside before any value in
 * it is read. Each screen sees the sentence, the claim and the hits of its about terms, and
 * returns why the sentence is not about the claim (the trail `explain` prints, ending with
 * the rule's name), or undefined. They run in this order; the first that answers decides.
 * A new screen is one entry here and one table row in test/engine/rules.test.ts.
 */
import type { CompiledClaim } from '../claims/compile.js';
import type { Source } from '../corpus/load.js';
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { RULE as ACT_RULE, countsOtherObjects } from '../rules/other-act.js';
import { RULE as OCCURRENCE_RULE, otherOccurrenceByWhen } from '../rules/other-occurrence.js';
import { label as participantLabel } from '../rules/participants.js';
import { DISTINCT as DISTINCT_RULE, distinctHits, POSSESSOR as POSSESSOR_RULE, possessorOfPerson } from '../rules/term-roles.js';
import { sameKind } from '../text/kinds.js';
import type { Token } from '../text/normalize.js';
import { matchTerm, type TermHit } from '../text/terms.js';
import type { DateMention } from '../values/date.js';
import { findEntities } from '../values/entity.js';

/** What a screen may look at. */
export interface ScreenContext {
  c: CompiledClaim;
  a: Analysis;
  source: Source;
  /** Every hit of every about item, and the hits item by item. */
  hits: TermHit[];
  itemHits: TermHit[][];
  inTerms: Uint8Array;
  /** Token indices of the about hits. */
  termTokens: number[];
  /** Whether the source names one of the claim's participants anywhere; undefined when that cannot be judged (rule: source-relevance). */
  namesParticipant: () => boolean | undefined;
  dates: () => DateMention[];
}

export interface Screen {
  name: string;
  /** Why the sentence is set aside, or undefined. */
  test(x: ScreenContext): string | undefined;
}

const q = (s: string) => `"${s}"`;
const PERSON_KIND = sameKind('person');

export const SCREENS: readonly Screen[] = [
  {
    name: 'source-relevance',
    // the source's words are read only for claims that name someone beyond their about terms
    test: (x) =>
      x.c.participants.length > 0 && x.namesParticipant() === false ? `the source never names the claim's ${participantLabel(x.c.participants)}` : undefined,
  },
  {
    name: DISTINCT_RULE,
    test: (x) => (distinctHits(x.itemHits) ? undefined : 'one word stands for two about items'),
  },
  {
    name: POSSESSOR_RULE,
    test: (x) => {
      const termAt = (i: number) => x.inTerms[i] === 1;
      const owned = x.itemHits.find((h) => h.length > 0 && h.every((t) => possessorOfPerson(x.a.tokens, t, PERSON_KIND, termAt)));
      return owned ? `"${x.a.tokens[owned[0]?.from ?? 0]?.raw}" only owns the person the sentence is about` : undefined;
    },
  },
  {
    name: 'except',
    test: (x) => {
      const m = x.c.except.find((e) => matchTerm(x.a.tokens, e).length > 0);
      return m ? `mentions ${q(m.label)}, listed in \`except\`` : undefined;
    },
  },
  {
    name: ACT_RULE,
    test: (x) => {
      if (!x.c.namedSubject || x.c.value?.kind === 'number') return undefined;
      const verb = x.itemHits.find(
        (h) => h.length > 0 && h.every((t) => t.to - t.from === 1 && countsOtherObjects(x.a, t.from, (i) => x.inTerms[i] === 1 || claimWord(x, i))),
      );
      return verb ? `"${x.a.tokens[verb[0]?.from ?? 0]?.raw}" here acts on others it counts, not on the claim's` : undefined;
    },
  },
  {
    name: 'other-subject',
    test: (x) => {
      // an entity claim's value and rivals are who the claim is about: they are compared, not screened
      const v = x.c.value;
      const valueAt = new Uint8Array(x.a.tokens.length);
      if (v?.kind === 'entity') for (const e of findEntities(x.a.tokens, v.entity)) for (let i = e.tokFrom; i < e.tokTo; i++) valueAt[i] = 1;
      const actor = otherSubject(x.a, x.c.names, x.hits, x.inTerms, valueAt);
      return actor ? `the claim's verb has another subject here (${q(actor)})` : undefined;
    },
  },
  {
    // the claim's own date value may be the error being checked: only `when` (or the claim's wording) places the event
    name: OCCURRENCE_RULE,
    test: (x) =>
      x.c.when
        ? otherOccurrenceByWhen({
            a: x.a,
            termTokens: x.termTokens,
            when: x.c.when,
            kind: x.c.value?.kind ?? 'none',
            ...(x.source.published ? { published: x.source.published } : {}),
            dates: x.dates(),
          })
        : undefined,
  },
];

/** A content word of the claim's own wording ("cars" in "a recall of cars"). */
function claimWord(x: ScreenContext, i: number): boolean {
  const t = x.a.tokens[i];
  return !!t && !t.cap && !t.punct && !LEX.functionWords.has(t.norm) && x.c.claimStems.has(t.stem);
}

/** The first screen that sets the sentence aside: the trail's reason and the rule's name; undefined when none does. */
export function screenSentence(x: ScreenContext): { reason: string; rule: string } | undefined {
  for (const s of SCREENS) {
    const why = s.test(x);
    if (why) return { reason: `${why} [rule: ${s.name}]`, rule: s.name };
  }
  return undefined;
}

const VERBISH = /(?:ed|en)$/;

/**
 * "Yury Ushakov announced ..." read for "Trump announced ...": when a claim term that is
 * a verb has a named subject right before it, and that name is none of the claim's
 * participants, the sentence reports someone else's act. Returns that name.
 */
function otherSubject(a: Analysis, names: Set<string>, hits: TermHit[], inTerms: Uint8Array, valueAt: Uint8Array): string | undefined {
  if (names.size === 0) return undefined;
  for (const h of hits) {
    const v = a.tokens[h.from] as Token;
    if (h.to - h.from !== 1 || v.cap || !(LEX.reportingVerbs.has(v.norm) || VERBISH.test(v.norm))) continue;
    let k = h.from - 1;
    while (k >= 0 && LEX.subjectVerbGap.has(a.tokens[k]?.norm ?? '')) k--;
    const chunk: Token[] = [];
    while (k >= 0 && a.tokens[k]?.cap && !a.tokens[k]?.punct) chunk.unshift(a.tokens[k--] as Token);
    if (chunk.length === 0 || (k < 0 && chunk.length === 1)) continue;
    if (chunk.some((t, j) => names.has(t.norm) || inTerms[k + 1 + j] || valueAt[k + 1 + j])) continue;
    return chunk.map((t) => t.raw).join(' ');
  }
  return undefined;
}
