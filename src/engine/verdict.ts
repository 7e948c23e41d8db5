import type { Evidence, SourceVerdict, Verdict } from '../types.js';

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
