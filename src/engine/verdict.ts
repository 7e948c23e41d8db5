import type { ClaimResult, Evidence, SourceVerdict, Verdict } from '../types.js';

const MAX_PER_KIND = 20;

/** Evidence -> verdict: support and contradiction give mixed; hedges alone give absent. */
export function verdictOf(evidence: Evidence[]): SourceVerdict {
  const s = evidence.some((e) => e.kind === 'support');
  const c = evidence.some((e) => e.kind === 'contradiction');
  const verdict: Verdict = s && c ? 'mixed' : s ? 'supported' : c ? 'contradicted' : 'absent';
  const kept: Evidence[] = [];
  const n: Record<string, number> = {};
  for (const e of [...evidence].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind))) {
    n[e.kind] = (n[e.kind] ?? 0) + 1;
    if ((n[e.kind] as number) <= MAX_PER_KIND) kept.push(e);
  }
  return { verdict, evidence: kept };
}

const INTERNAL = Symbol('corroborate.verdicts');

interface Internal {
  /** Every in-scope source id -> the shared absent verdict, in source order (never copied). */
  template: Record<string, SourceVerdict>;
  /** Only the sources with a verdict other than a bare absent. */
  decided: Record<string, SourceVerdict>;
}

/**
 * Give a claim result its `verdicts`: an enumerable property that builds the full
 * map (every in-scope source, absent ones included, as the contract's JSON has it)
 * on first read. Over thousands of sources, most readers need only the decided ones.
 */
export function attachVerdicts(
  result: Omit<ClaimResult, 'verdicts' | 'failures'>,
  template: Record<string, SourceVerdict>,
  decided: Record<string, SourceVerdict>,
  failures: string[],
): ClaimResult {
  let full: Record<string, SourceVerdict> | undefined;
  Object.defineProperty(result, 'verdicts', {
    enumerable: true,
    configurable: true,
    get: () => {
      full ??= { ...template, ...decided };
      return full;
    },
    set: (v: Record<string, SourceVerdict>) => {
      full = v;
    },
  });
  Object.defineProperty(result, 'failures', { value: failures, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(result, INTERNAL, { value: { template, decided } satisfies Internal });
  return result as ClaimResult;
}

/** A view for the gate: decided verdicts as own keys, the absent ones inherited. */
export function verdictLookup(template: Record<string, SourceVerdict>, decided: Record<string, SourceVerdict>): Record<string, SourceVerdict> {
  return Object.assign(Object.create(template) as Record<string, SourceVerdict>, decided);
}

/** The sources with a verdict other than a bare absent (cheap for engine results). */
export function decidedVerdicts(c: ClaimResult): Record<string, SourceVerdict> {
  const internal = (c as unknown as { [INTERNAL]?: Internal })[INTERNAL];
  if (internal) return internal.decided;
  return Object.fromEntries(Object.entries(c.verdicts).filter(([, v]) => v.verdict !== 'absent' || v.evidence.length));
}

/** The ids of the sources in the claim's scope, in order (cheap for engine results). */
export function scopeIds(c: ClaimResult): string[] {
  const internal = (c as unknown as { [INTERNAL]?: Internal })[INTERNAL];
  return Object.keys(internal ? internal.template : c.verdicts);
}
