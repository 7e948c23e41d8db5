import { yearOfWording } from '../rules/other-occurrence.js';
import { tokenize } from '../text/normalize.js';
import { compileTerm, type EntityRegistry, entityRegistry, type TermMatcher } from '../text/terms.js';
import { claimDate, type DateSpec } from '../values/date.js';
import { compileEntityValue, type EntityValue } from '../values/entity.js';
import { claimSlot, type Interval, intervalLabel, type NumberSlot, parseClaimNumber, unitStem } from '../values/number.js';
import type { EntityDef, LoadedClaim } from './load.js';

export type CompiledValue =
  | { kind: 'date'; spec: DateSpec; raw: string }
  | { kind: 'number'; n: Interval; label: string; unit?: string; unitRaw?: string; slot?: NumberSlot }
  | { kind: 'entity'; entity: EntityValue };

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
  /** The claim is about a named person or thing: titles bind to the name beside them. */
  namedSubject: boolean;
  /** Lower-cased names in the claim's own sentence (with their aliases): who and where it is about. */
  names: Set<string>;
  scope?: { mentions: TermMatcher[][]; from?: string; to?: string };
}

function numberValue(raw: number | string, claimText: string, unit?: string): CompiledValue {
  const n = parseClaimNumber(raw) as Interval; // the schema has checked it parses
  if (unit) return { kind: 'number', n, label: intervalLabel(n), unit: unitStem(unit), unitRaw: unit };
  const slot = claimSlot(claimText, n);
  return { kind: 'number', n, label: intervalLabel(n), ...(slot ? { slot } : {}) };
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
  let value: CompiledValue | undefined;
  if (c.value?.date !== undefined) value = { kind: 'date', spec: claimDate(c.value.date), raw: c.value.date };
  else if (c.value?.number !== undefined) value = numberValue(c.value.number, c.claim, c.value.unit);
  else if (c.value?.entity !== undefined) value = { kind: 'entity', entity: compileEntityValue(c.value.entity, c.rivals ?? [], reg) };
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
    names,
    ...(scope ? { scope } : {}),
  };
}

const NOT_NAMES = new Set(
  'the a an no not this that these those it its in on at of and or but if when while after before january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Capitalised words of the claim sentence and of the aliases of entities it names. */
function claimNames(text: string, reg: EntityRegistry): Set<string> {
  const out = new Set<string>();
  const words = tokenize(text).filter((t) => t.cap && !t.punct && !NOT_NAMES.has(t.norm));
  for (const w of words) out.add(w.norm);
  for (const w of words) {
    const e = reg.get(w.norm);
    if (e) for (const n of [e.name, ...(e.aliases ?? [])]) for (const t of tokenize(n)) if (t.cap) out.add(t.norm);
  }
  return out;
}
