import { LEX } from '../lexicon/index.js';
import { claimIsFinal, claimIsTotal } from '../rules/changing-figures.js';
import { yearOfWording } from '../rules/other-occurrence.js';
import { extraParticipants } from '../rules/participants.js';
import { type Token, tokenize } from '../text/normalize.js';
import { compileTerm, type EntityRegistry, entityRegistry, type TermMatcher } from '../text/terms.js';
import { claimDate, type DateSpec } from '../values/date.js';
import { type CompiledValue, compileValue } from '../values/kinds.js';
import type { EntityDef, LoadedClaim } from './load.js';

export type { CompiledValue };

/** A claim ready to run: terms, aliases and values compiled once. */
export interface CompiledClaim {
  claim: LoadedClaim;
  about: TermMatcher[][];
  except: TermMatcher[];
  value?: CompiledValue;
  negated: boolean;
  /** When the claim's event happened (`when`, else a date value): sentences set in another year are another occurrence. */
  when?: DateSpec;
  /** For number claims: the day the figure is reported as of (`as_of`). */
  asOf?: DateSpec;
  /** The claim's wording says its figure is final or a total (rule: changing-figures), read once. */
  finalFigure: boolean;
  /** The claim's wording says its figure is a total ("the fines total ..."), read once. */
  totalFigure: boolean;
  /** The claim is about a named person or thing: titles bind to the name beside them. */
  namedSubject: boolean;
  /** The word before an entity value in the claim's wording ("to" in "is moving to Virginia"), lower case; '' when none. */
  valuePreposition: string;
  /** Lower-cased names in the claim's own sentence (with their aliases): who and where it is about. */
  names: Set<string>;
  /** Stems of every word of the claim sentence (rule: other-act). */
  claimStems: Set<string>;
  /** Names of the claim sentence that no `about` term requires (rule: participants). */
  participants: string[][];
  scope?: { mentions: TermMatcher[][]; from?: string; to?: string };
}

/** `when`, else the year the claim's wording sets it in (not for date claims: their value dates them). */
function whenOf(c: LoadedClaim, value: CompiledValue | undefined): { when?: DateSpec } {
  if (c.when !== undefined) return { when: claimDate(c.when) };
  const year = value?.kind === 'date' ? undefined : yearOfWording(c.claim);
  return year ? { when: year } : {};
}

/** Compile claims against the merged entity map. */
export function compileClaims(claims: LoadedClaim[], entities: Map<string, EntityDef>): CompiledClaim[] {
  const reg = entityRegistry(entities);
  const scopes = new Map<unknown, CompiledClaim['scope']>();
  return claims.map((c) => {
    let scope = c.scope ? scopes.get(c.scope) : undefined;
    if (c.scope && !scope) {
      scope = {
        mentions: (c.scope.mentions ?? []).map((item) => (Array.isArray(item) ? item : [item]).map((t) => compileTerm(t, reg))),
        ...(c.scope.published?.from ? { from: c.scope.published.from } : {}),
        ...(c.scope.published?.to ? { to: c.scope.published.to } : {}),
      };
      scopes.set(c.scope, scope);
    }
    return compileClaim(c, reg, scope);
  });
}

export function compileClaim(c: LoadedClaim, reg: EntityRegistry, scope?: CompiledClaim['scope']): CompiledClaim {
  const about = c.about.map((item) => (Array.isArray(item) ? item : [item]).map((t) => compileTerm(t, reg)));
  const value = compileValue(c, reg);
  const namedSubject = about.some((alts) => alts.some((m) => m.alts.some((a) => /^\p{Lu}/u.test(a.text))));
  // who and where the claim is about, apart from the value it asserts
  const names = claimNames(c.claim, reg);
  if (c.value?.entity) for (const t of tokenize([c.value.entity, ...(reg.get(c.value.entity.toLowerCase())?.aliases ?? [])].join(' '))) names.delete(t.norm);
  return {
    claim: c,
    about,
    except: (c.except ?? []).map((t) => compileTerm(t, reg)),
    ...(value ? { value } : {}),
    negated: c.negated ?? false,
    ...whenOf(c, value),
    ...(c.as_of !== undefined ? { asOf: claimDate(c.as_of) } : {}),
    namedSubject,
    valuePreposition: wordBeforeValue(c),
    names,
    claimStems: new Set(tokenize(c.claim).map((t) => t.stem)),
    finalFigure: claimIsFinal(c.claim),
    totalFigure: claimIsTotal(c.claim),
    participants: participantsOf(c.claim, about, reg, valueWords(c, reg)),
    ...(scope ? { scope } : {}),
  };
}

/** The word before the entity value in the claim's own wording, lower case ("signed his resignation in Russia" -> "in"). */
function wordBeforeValue(c: LoadedClaim): string {
  const raw = c.value?.entity;
  const at = raw ? c.claim.indexOf(raw) : -1;
  return at > 0 ? (c.claim.slice(0, at).trim().split(/\s+/).pop() ?? '').toLowerCase() : '';
}

/**
 * The claim's names beyond its about terms, one group per run of capitalised words with
 * its aliases; a capitalised first word is a name only when the entity map knows it, a
 * name follows it, or it is no common opening word.
 */
function participantsOf(text: string, about: TermMatcher[][], reg: EntityRegistry, exclude: Set<string>): string[][] {
  const aboutWords = new Set<string>(exclude);
  for (const alts of about) for (const m of alts) for (const alt of m.alts) for (const t of tokenize(alt.text)) aboutWords.add(t.norm);
  const toks = tokenize(text);
  const groups: string[][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!opensName(toks, i, reg)) continue;
    const group = new Set<string>();
    let j = i;
    for (; j < toks.length && toks[j]?.cap && !toks[j]?.punct; j++) {
      const w = toks[j] as Token;
      group.add(w.norm);
      addEntityNames(group, w.norm, reg);
    }
    // the whole run may be the entity ("United States", with its aliases "US", "U.S.")
    addEntityNames(group, text.slice((toks[i] as Token).start, (toks[j - 1] as Token).end).toLowerCase(), reg);
    groups.push([...group]);
    i = j - 1;
  }
  return extraParticipants(groups, aboutWords);
}

/**
 * True when token `i` can open a name: capitalised, not punctuation, not a word that names
 * no one; as the sentence's first word, only when the entity map knows it, a name follows it,
 * or it is no common opening word.
 */
function opensName(toks: Token[], i: number, reg: EntityRegistry): boolean {
  const t = toks[i] as Token;
  if (!t.cap || t.punct || NOT_NAMES.has(t.norm)) return false;
  // a function word opening the sentence ("Between 4,000 and 6,000 ...") names no one
  if (i === 0 && LEX.functionWords.has(t.norm) && !reg.has(t.norm)) return false;
  return i !== 0 || reg.has(t.norm) || !!toks[1]?.cap || !(COMMON_FIRST.has(t.norm) || t.norm.endsWith('ly'));
}

/** The capitalised words of the name and aliases of the entity `norm` names, if the entity map knows it. */
function addEntityNames(out: Set<string>, norm: string, reg: EntityRegistry): void {
  const e = reg.get(norm);
  if (e) for (const n of [e.name, ...(e.aliases ?? [])]) for (const t of tokenize(n)) if (t.cap) out.add(t.norm);
}

/** The words of an entity value, its aliases and its rivals: what the claim asserts, not who it is about. */
function valueWords(c: LoadedClaim, reg: EntityRegistry): Set<string> {
  const out = new Set<string>();
  const v = c.value?.entity;
  if (v === undefined) return out;
  for (const n of [v, ...(reg.get(v.toLowerCase())?.aliases ?? []), ...(c.rivals ?? [])]) for (const t of tokenize(n)) out.add(t.norm);
  return out;
}

// words that open a claim sentence without naming anyone
const COMMON_FIRST = LEX.commonFirstWords;

const NOT_NAMES = LEX.notClaimNames;

/** Capitalised words of the claim sentence and of the aliases of entities it names. */
function claimNames(text: string, reg: EntityRegistry): Set<string> {
  const out = new Set<string>();
  const words = tokenize(text).filter((t) => t.cap && !t.punct && !NOT_NAMES.has(t.norm));
  for (const w of words) out.add(w.norm);
  for (const w of words) addEntityNames(out, w.norm, reg);
  return out;
}
