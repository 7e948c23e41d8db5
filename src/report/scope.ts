import { scopeIds } from '../engine/verdict.js';
import type { ClaimResult, SourceInfo, SourceVerdict } from '../types.js';

/**
 * The ids of the sources a claim was checked against, for a claim from the engine or read back
 * from a JSON report of either shape: `inScope` when given; else every source when the counts
 * cover them all (the compact shape lists only decided sources); else the keys of `verdicts`
 * (the full shape of earlier reports, whose `verdicts` named every source in scope).
 */
export function claimScope(c: ClaimResult, sources: readonly SourceInfo[]): string[] {
  if (c.inScope) return c.inScope;
  const n = c.counts.supported + c.counts.contradicted + c.counts.mixed + c.counts.absent;
  const ids = scopeIds(c);
  if (ids.length === n) return ids;
  if (n === sources.length) return sources.map((s) => s.id);
  return ids;
}

const ABSENT: SourceVerdict = Object.freeze({ verdict: 'absent', evidence: Object.freeze([]) as unknown as SourceVerdict['evidence'] }) as SourceVerdict;

/** The verdict of one source for a claim: its listed verdict, `absent` when in scope and unlisted, undefined when out of scope. */
export function cellOf(c: ClaimResult, sid: string, scope: ReadonlySet<string>): SourceVerdict | undefined {
  return c.verdicts[sid] ?? (scope.has(sid) ? ABSENT : undefined);
}
