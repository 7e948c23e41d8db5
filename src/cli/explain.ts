// `corroborate explain`: the compiled claim and every candidate sentence with its outcome and reason.
import type { CompiledClaim } from '../claims/compile.js';
import type { Trace } from '../engine/evaluate.js';
import { clip } from '../report/details.js';
import { paint, type Style } from '../report/style.js';
import type { ClaimResult, SourceVerdict } from '../types.js';
import { describeValue } from '../values/kinds.js';

type Color = Parameters<typeof paint>[1];

// the colour of each outcome (any other is gray)
const OUTCOME_COLOR: Partial<Record<Trace['outcome'], Color>> = { support: 'green', contradiction: 'red', hedge: 'yellow' };

/** The explanation of one claim: the claim, what it compiled to, then each source's verdict and candidate sentences. */
export function renderExplain(c: CompiledClaim, r: ClaimResult, traces: Trace[], only: string | undefined, style: Style): string {
  const L: string[] = [];
  const cl = c.claim;
  L.push(`${paint(style, 'bold', cl.id)}  ${cl.claim}`, `  ${cl.file}:${cl.line}:${cl.column}`, '');
  L.push(...compiledLines(c));
  const bySource = new Map<string, Trace[]>();
  for (const t of traces) {
    const list = bySource.get(t.source);
    if (list) list.push(t);
    else bySource.set(t.source, [t]);
  }
  for (const [sid, v] of Object.entries(r.verdicts)) {
    if (only && sid !== only) continue;
    L.push(...sourceLines(sid, v, bySource.get(sid) ?? [], style));
  }
  if (r.failures.length) L.push(...r.failures.map((f) => `→ ${f}`));
  else L.push('expectation holds');
  return `${L.join('\n')}\n`;
}

/** The `compiled:` block: about and except terms, the value, negation. */
function compiledLines(c: CompiledClaim): string[] {
  const L: string[] = ['compiled:'];
  L.push(
    `  about:   ${c.about.map((alts) => alts.map((m) => m.alts.map((a) => a.text + (a.fuzzy.some(Boolean) ? '~' : '')).join(' | ')).join(' | ')).join('  AND  ')}`,
  );
  if (c.except.length) L.push(`  except:  ${c.except.map((m) => m.alts.map((a) => a.text).join(' | ')).join(', ')}`);
  L.push(...valueLines(c));
  L.push(`  negated: ${c.negated}`, `  (~ marks names that also match one-edit spellings)`, '');
  return L;
}

/** The compiled value: a date with its precision, a number with its unit, or an entity's matchers. */
function valueLines(c: CompiledClaim): string[] {
  return c.value ? describeValue(c.value) : [];
}

/** One source: its verdict, then each candidate sentence with its outcome and the reason. */
function sourceLines(sid: string, v: SourceVerdict, ts: Trace[], style: Style): string[] {
  const L = [`${paint(style, 'bold', sid)}: ${v.verdict}`];
  if (!ts.length) L.push('  no sentence mentions every `about` item');
  for (const t of ts) {
    const tag = t.outcome.padEnd(13);
    const col = OUTCOME_COLOR[t.outcome] ?? 'gray';
    L.push(`  ${paint(style, col, tag)} L${t.line} [${t.start}, ${t.end}) ${clip(t.text, 160)}`);
    L.push(`  ${' '.repeat(13)} ${paint(style, 'dim', t.reason)}`);
  }
  L.push('');
  return L;
}
