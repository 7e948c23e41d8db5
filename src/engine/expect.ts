import type { Expect } from '../claims/schema.js';
import type { Counts, SourceVerdict, Verdict } from '../types.js';

function list(ids: string[], verdicts: Record<string, SourceVerdict>): string {
  const shown = ids.slice(0, 5).map((id) => `${id} (${verdicts[id]?.verdict})`);
  return shown.join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
}

function countHolds(spec: number | string, n: number): boolean {
  if (typeof spec === 'number') return n === spec;
  const m = /^\s*(>=|<=|>|<)\s*(\d+)\s*$/.exec(spec);
  if (!m) return false;
  const k = Number(m[2]);
  return m[1] === '>=' ? n >= k : m[1] === '<=' ? n <= k : m[1] === '>' ? n > k : n < k;
}

type Having = (...v: Verdict[]) => string[];

/** The shorthand expectations: one verdict word for the whole corpus. */
const SHORTHAND: Record<Verdict, (counts: Counts, having: Having, verdicts: Record<string, SourceVerdict>) => string[]> = {
  supported: (counts, having, verdicts) => {
    const out: string[] = [];
    if (counts.supported === 0) out.push(`expected at least one source to support the claim; none does (${summary(counts)})`);
    const bad = counts.contradicted + counts.mixed > 0 ? having('contradicted', 'mixed') : [];
    if (bad.length) out.push(`expected no source to contradict the claim; ${list(bad, verdicts)} ${bad.length === 1 ? 'does' : 'do'}`);
    return out;
  },
  contradicted: (counts) =>
    counts.contradicted + counts.mixed === 0 ? [`expected at least one source to contradict the claim; none does (${summary(counts)})`] : [],
  mixed: (counts) => (counts.mixed === 0 ? [`expected at least one source with mixed evidence; none has (${summary(counts)})`] : []),
  absent: (counts, having, verdicts) => {
    const bad = counts.supported + counts.contradicted + counts.mixed > 0 ? having('supported', 'contradicted', 'mixed') : [];
    return bad.length ? [`expected every source to be absent; ${list(bad, verdicts)} ${bad.length === 1 ? 'is' : 'are'} not`] : [];
  },
};

/** Check a claim's `expect` against its verdicts; each unmet expectation becomes a sentence. */
export function checkExpect(expect: Expect | undefined, verdicts: Record<string, SourceVerdict>, counts: Counts): string[] {
  const e = expect ?? 'supported';
  // listing ids walks every source: do it only to word a failure
  const having: Having = (...v) => Object.keys(verdicts).filter((id) => v.includes(verdicts[id]?.verdict as Verdict));
  if (typeof e === 'string') return SHORTHAND[e](counts, having, verdicts);
  const failures: string[] = [];
  for (const k of ['supported', 'contradicted', 'mixed', 'absent'] as const) {
    const spec = e[k];
    if (spec === undefined) continue;
    if (!countHolds(spec, counts[k])) failures.push(`expected ${k} ${typeof spec === 'number' ? `= ${spec}` : spec.trim()}, got ${counts[k]}`);
  }
  for (const [id, want] of Object.entries(e.sources ?? {})) {
    const got = verdicts[id]?.verdict;
    if (got === undefined) failures.push(`expected ${id} to be ${want}, but ${id} is outside the claim's scope`);
    else if (got !== want) failures.push(`expected ${id} to be ${want}, got ${got}`);
  }
  return failures;
}

function summary(c: Counts): string {
  return `supported ${c.supported}, contradicted ${c.contradicted}, mixed ${c.mixed}, absent ${c.absent}`;
}
