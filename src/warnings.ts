/**
 * Warnings: probable mistakes in a claim that do not stop the check. They are read off the
 * results and the corpus index (never inside the engine):
 * - PROBABLE_TYPO: a name matched only through a one-edit spelling ("Tsvangira" read as "Tsvangirai").
 * - NEAR_MISS: an `about` item matches no sentence at all, but a corpus word is within two edits of it.
 */
import { distance } from 'fastest-levenshtein';
import type { CompiledClaim } from './claims/compile.js';
import { type CorpusIndex, termCandidates } from './corpus/index.js';
import { decidedVerdicts } from './engine/verdict.js';
import { forEachWord, wordInfo } from './text/normalize.js';
import type { ClaimResult, ReportIssue } from './types.js';

/** Sources named in a message before "and N more". */
const NAMED = 5;
/** Near spellings named in a NEAR_MISS message. */
const NEAR_SHOWN = 3;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listIds(ids: string[]): string {
  return ids.slice(0, NAMED).join(', ') + (ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '');
}

type ClaimPlace = Pick<ClaimResult, 'id' | 'file' | 'line' | 'column'>;

/** A PROBABLE_TYPO warning: the claim writes `spelling`, `sources` write `found`, one edit away. */
export function typoWarning(c: ClaimPlace, spelling: string, found: string, sources: string[]): ReportIssue {
  return {
    file: c.file,
    line: c.line,
    col: c.column,
    code: 'PROBABLE_TYPO',
    message: `claim "${c.id}" names "${spelling}"; ${listIds(sources)} ${sources.length === 1 ? 'writes' : 'write'} "${found}", one edit away, and it was counted as the same name`,
    fix: `if "${found}" is the name meant, correct the claim's spelling (or add "${found}" as an alias); if it is someone or something else, add "${found}" to \`except\``,
    claim: c.id,
    typo: { spelling, found, sources },
  };
}

/** A NEAR_MISS warning: no sentence mentions the `about` item, but the corpus has spellings near it. */
export function nearMissWarning(c: ClaimPlace, about: string[], near: { text: string; edits: number }[]): ReportIssue {
  const label = about.map((a) => `"${a}"`).join(' / ');
  const first = near[0]?.text ?? '';
  return {
    file: c.file,
    line: c.line,
    col: c.column,
    code: 'NEAR_MISS',
    message: `claim "${c.id}": about ${label} matches no sentence in the corpus, which has ${near
      .slice(0, NEAR_SHOWN)
      .map((h) => `"${h.text}" (${h.edits} edit${h.edits === 1 ? '' : 's'} away)`)
      .join(', ')}`,
    fix: `did you mean "${first}"? Correct the spelling in \`about\`, or add it as an alternative: [${[...about, first].join(', ')}]`,
    claim: c.id,
    nearMiss: { about, near },
  };
}

/** Fewest edits first, then in code-unit order: the same list whatever order the spellings were found in. */
export function sortNear(near: { text: string; edits: number }[]): { text: string; edits: number }[] {
  return [...near].sort((a, b) => a.edits - b.edits || cmp(a.text, b.text));
}

/** The claim's own spelling nearest to what the corpus wrote (the term, or one of its entity's aliases). */
function claimSpelling(term: string, text: string, compiled: CompiledClaim | undefined): string {
  let best = term;
  let bestD = distance(term.toLowerCase(), text.toLowerCase());
  for (const item of compiled?.about ?? [])
    for (const m of item) {
      if (m.label !== term) continue;
      for (const a of m.alts) {
        const d = distance(a.text.toLowerCase(), text.toLowerCase());
        if (d < bestD) [best, bestD] = [a.text, d];
      }
    }
  return best;
}

/** One warning per claim and (claim spelling, corpus spelling) pair read through a one-edit match. */
function typos(c: ClaimResult, compiled: CompiledClaim | undefined): ReportIssue[] {
  const pairs = new Map<string, { term: string; text: string; sources: string[] }>();
  for (const [sid, v] of Object.entries(decidedVerdicts(c))) {
    for (const e of v.evidence) {
      for (const t of e.terms) {
        if (!t.fuzzy) continue;
        const term = claimSpelling(t.term, t.text, compiled);
        const key = `${term}\u0000${t.text}`;
        const p = pairs.get(key) ?? { term, text: t.text, sources: [] };
        if (!p.sources.includes(sid)) p.sources.push(sid);
        pairs.set(key, p);
      }
    }
  }
  return [...pairs.values()].sort((a, b) => cmp(a.term, b.term) || cmp(a.text, b.text)).map((p) => typoWarning(c, p.term, p.text, [...p.sources].sort(cmp)));
}

/** Edits allowed between a claim word and a corpus name: none below 5 letters, one up to 6, two from 7. */
function maxEdits(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Names in the corpus (capitalised forms) within two edits of a word that the corpus does not hold. */
class NearWords {
  private readonly cache = new Map<string, { text: string; edits: number }[]>();
  constructor(private readonly index: CorpusIndex) {}

  suggest(norm: string): { text: string; edits: number }[] {
    let out = this.cache.get(norm);
    if (out) return out;
    const max = maxEdits(norm);
    const spelled = new Map<string, number>();
    if (max) {
      for (const [form, stem] of this.index.capitalised) {
        if (Math.abs(form.length - norm.length) > max) continue;
        const d = distance(norm, form);
        if (d === 0 || d > max) continue;
        const word = this.surface(form, stem);
        if (word && !spelled.has(word)) spelled.set(word, d);
      }
    }
    out = sortNear([...spelled].map(([text, edits]) => ({ text, edits })));
    this.cache.set(norm, out);
    return out;
  }

  /** How the corpus writes a name: the first capitalised spelling in the first sentence holding it. */
  private surface(form: string, stem: string): string | undefined {
    for (const g of (this.index.postings.get(stem) ?? []).slice(0, 20)) {
      const src = this.index.sources[this.index.sourceOf[g] as number];
      const sent = src?.sentences[this.index.sentenceOf[g] as number];
      if (!sent) continue;
      let word: string | undefined;
      forEachWord(sent.text, (raw) => {
        const [, n, cap] = wordInfo(raw);
        if (word === undefined && cap && n === form) word = raw;
      });
      if (word) return word;
    }
    return undefined;
  }
}

/** For each `about` item no sentence mentions, the corpus spellings near its words. */
function nearMisses(c: CompiledClaim, r: ClaimResult, index: CorpusIndex, near: NearWords): ReportIssue[] {
  const out: ReportIssue[] = [];
  for (const item of c.about) {
    if (item.some((m) => termCandidates(index, m).length)) continue;
    const hints = new Map<string, number>();
    for (const m of item)
      for (const alt of m.alts)
        alt.norms.forEach((norm, j) => {
          if (index.postings.has(alt.stems[j] as string) || index.postings.has(norm)) return;
          const words = alt.text.split(/\s+/);
          for (const w of near.suggest(norm)) {
            const shown = words.length === alt.norms.length ? words.map((x, k) => (k === j ? w.text : x)).join(' ') : w.text;
            if (!hints.has(shown)) hints.set(shown, w.edits);
          }
        });
    if (hints.size)
      out.push(
        nearMissWarning(
          r,
          item.map((m) => m.label),
          sortNear([...hints].map(([text, edits]) => ({ text, edits }))),
        ),
      );
  }
  return out;
}

/** True when no source has a verdict or any evidence for the claim. */
export function silent(r: ClaimResult): boolean {
  return r.counts.supported + r.counts.contradicted + r.counts.mixed === 0 && Object.keys(decidedVerdicts(r)).length === 0;
}

/** The warnings of a run, in claim order. */
export function warningsOf(results: ClaimResult[], compiled: CompiledClaim[], index: CorpusIndex): ReportIssue[] {
  const byId = new Map(compiled.map((c) => [c.claim.id, c]));
  const near = new NearWords(index);
  const out: ReportIssue[] = [];
  for (const r of results) {
    const c = byId.get(r.id);
    out.push(...typos(r, c));
    if (c && silent(r)) out.push(...nearMisses(c, r, index, near));
  }
  return out;
}
