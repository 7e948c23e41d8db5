import { decidedVerdicts, scopeIds } from '../engine/verdict.js';
import { issuePlace } from '../errors.js';
import type { ClaimResult, Evidence, Report, ReportIssue, SourceVerdict, Verdict } from '../types.js';
import { paint, type Style } from './style.js';

/** One symbol per verdict, so a verdict reads without colour. */
export const SYMBOL: Record<Verdict, string> = { supported: '✓', contradicted: '✗', mixed: '±', absent: '·' };
export const COLOR: Record<Verdict, 'green' | 'red' | 'yellow' | 'gray'> = { supported: 'green', contradicted: 'red', mixed: 'yellow', absent: 'gray' };

/** Evidence kinds that decide each verdict; for `absent` the hedges explain why nothing counted. */
const DECIDING: Record<Verdict, Evidence['kind'][]> = {
  supported: ['support'],
  contradicted: ['contradiction'],
  mixed: ['contradiction', 'support'],
  absent: ['hedge'],
};

// sources whose verdict can break a gate come first
const ORDER: Record<Verdict, number> = { contradicted: 0, mixed: 1, supported: 2, absent: 3 };

export interface DetailOptions {
  style?: Style;
  /** Evidence sentences quoted per source (default 2). */
  perSource?: number;
  /** Evidence sentences quoted in all (default 8). */
  total?: number;
  /** Sources listed one per row before absent ones are folded into a single line (default 12). */
  rows?: number;
  /** Start with `PASS|FAIL id: claim` and the claim's place (default true; Vitest prints its own). */
  heading?: boolean;
}

// control characters from claim or corpus text must not reach a terminal (ESC sequences) or a log
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Collapse white space, replace control characters, and cut to `n` characters. */
export function clip(s: string, n = Number.POSITIVE_INFINITY): string {
  const one = s.replace(/\s+/g, ' ').replace(CONTROL, '\uFFFD').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** How many sentences of each kind a source verdict rests on, in words. */
export function evidenceSummary(v: SourceVerdict): string {
  const n = { support: 0, contradiction: 0, hedge: 0 };
  for (const e of v.evidence) n[e.kind]++;
  const parts = (['support', 'contradiction', 'hedge'] as const).filter((k) => n[k]).map((k) => `${n[k]} ${k}${n[k] > 1 && k !== 'support' ? 's' : ''}`);
  return parts.join(', ') || 'no sentence decides it';
}

/** The deciding evidence of one source verdict, strongest kind first. */
export function decidingEvidence(v: SourceVerdict): Evidence[] {
  const kinds = DECIDING[v.verdict];
  return kinds.flatMap((k) => v.evidence.filter((e) => e.kind === k));
}

/**
 * The verdict per source as an aligned table:
 * `source  verdict         evidence` rows, absent sources without evidence folded when there are many.
 */
export function verdictTable(c: ClaimResult, opts: DetailOptions = {}): string[] {
  const style = opts.style ?? { color: false };
  const ids = c.inScope ?? scopeIds(c);
  // a claim read back from a compact JSON report lists only its decided sources: the rest are absent
  const implied = Math.max(0, c.counts.supported + c.counts.contradicted + c.counts.mixed + c.counts.absent - ids.length);
  if (!ids.length && !implied) return ['(no source is in this claim’s scope)'];
  const decided = decidedVerdicts(c);
  const quiet = ids.filter((id) => !(id in decided));
  const fold = ids.length > (opts.rows ?? 12) && quiet.length > 1;
  const shown = fold ? Object.keys(decided) : ids;
  const w = Math.max('source'.length, ...shown.map((id) => id.length));
  const out = [paint(style, 'dim', `${'source'.padEnd(w)}  ${'verdict'.padEnd(14)}  evidence`)];
  for (const id of shown) {
    const v = decided[id] ?? c.verdicts[id] ?? { verdict: 'absent', evidence: [] };
    const word = `${SYMBOL[v.verdict]} ${v.verdict}`.padEnd(14);
    out.push(`${id.padEnd(w)}  ${paint(style, COLOR[v.verdict], word)}  ${evidenceSummary(v)}`);
  }
  if (fold) out.push(paint(style, 'gray', `${SYMBOL.absent} absent, no sentence decides it: ${listIds(quiet, 10)}`));
  if (implied) out.push(paint(style, 'gray', `${SYMBOL.absent} absent, no sentence decides it: ${implied} other source${implied === 1 ? '' : 's'} in scope`));
  return out;
}

function listIds(ids: string[], n: number): string {
  return ids.slice(0, n).join(', ') + (ids.length > n ? ` and ${ids.length - n} more` : '');
}

/** Source ids of a claim, those whose verdict can break a gate first (contradicted, mixed, supported, absent). */
export function weightiestFirst(c: ClaimResult): string[] {
  const d = decidedVerdicts(c);
  return Object.keys(d).sort((a, b) => ORDER[(d[a] as SourceVerdict).verdict] - ORDER[(d[b] as SourceVerdict).verdict]);
}

/** One quoted evidence sentence: where it is, what it says, and why it counts. */
export function evidenceLines(sourceId: string, e: Evidence, style: Style = { color: false }): string[] {
  const kind = paint(style, e.kind === 'support' ? 'green' : e.kind === 'contradiction' ? 'red' : 'yellow', e.kind);
  const out = [`${paint(style, 'bold', sourceId)} [${e.start}, ${e.end}) line ${e.line}  ${kind}${e.fuzzy ? ' (fuzzy name match)' : ''}`];
  out.push(`  "${clip(e.text, 240)}"`);
  out.push(`  reason: ${clip(e.reason)}`);
  for (const cue of e.cues) out.push(`  cue: ${cue.kind} "${clip(cue.text)}" [${cue.start}, ${cue.end})`);
  for (const t of e.terms.filter((x) => x.fuzzy)) out.push(`  fuzzy: "${clip(t.text)}" read as "${clip(t.term)}" [${t.start}, ${t.end})`);
  return out;
}

/**
 * What a reviewer needs to act on a claim: the expectations that failed, the verdict
 * per source, and the sentences that decided them (with offsets, reason and cues).
 * @example console.log(renderClaimDetails(report.claims[0]).join('\n'))
 */
export function renderClaimDetails(c: ClaimResult, opts: DetailOptions = {}): string[] {
  const style = opts.style ?? { color: false };
  const out: string[] = [];
  if (opts.heading !== false) {
    out.push(`${paint(style, c.ok ? 'green' : 'red', c.ok ? 'PASS' : 'FAIL')} ${paint(style, 'bold', c.id)}: ${clip(c.claim)}`);
    out.push(paint(style, 'dim', `  at ${c.file}:${c.line}:${c.column}`));
  }
  for (const f of c.failures) out.push(paint(style, 'red', `  ✗ ${clip(f)}`));
  out.push('', ...verdictTable(c, opts).map((l) => `  ${l}`));
  const perSource = opts.perSource ?? 2;
  let budget = opts.total ?? 8;
  const ids = weightiestFirst(c);
  const quoted: string[] = [];
  let left = 0;
  for (const id of ids) {
    const ev = decidingEvidence(decidedVerdicts(c)[id] as SourceVerdict);
    const take = ev.slice(0, Math.max(0, Math.min(perSource, budget)));
    budget -= take.length;
    left += ev.length - take.length;
    for (const e of take) quoted.push(...evidenceLines(id, e, style).map((l) => `  ${l}`));
  }
  if (quoted.length) out.push('', paint(style, 'dim', '  deciding evidence:'), ...quoted);
  else out.push('', paint(style, 'dim', `  ${undecidedLine(c)}`));
  if (left) out.push(paint(style, 'dim', `  (+${left} more; run \`corroborate explain ${c.id}\` for the whole trail)`));
  return out;
}

/** `N input errors` / `N warnings` for a summary line ('' when there are none). */
export function issueCounts(report: Report): string {
  const e = report.errors?.length ?? 0;
  const w = report.warnings?.length ?? 0;
  const parts = [...(e ? [`${e} input error${e === 1 ? '' : 's'}`] : []), ...(w ? [`${w} warning${w === 1 ? '' : 's'}`] : [])];
  return parts.join(', ');
}

/** Input errors and warnings as plain lines: `file:line:col  CODE  message` and `fix: ...`. */
export function issueLines(title: string, issues: readonly ReportIssue[], style: Style, color: 'red' | 'yellow'): string[] {
  if (!issues.length) return [];
  const out = [paint(style, 'bold', title)];
  for (const i of issues) out.push(paint(style, color, `  ${clip(issuePlace(i))}  ${i.code}  ${clip(i.message)}`), `    fix: ${clip(i.fix)}`);
  return out;
}

/** Why nothing decided the claim, in words: no sentence mentions every about item, or N do and why each was set aside. */
export function undecidedLine(c: ClaimResult): string {
  const u = c.undecided;
  if (!u || u.mentioning === 0) return 'no sentence in any source mentions every `about` item (check `about` and `scope`)';
  const parts = Object.entries(u.setAside)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([k, n]) => `${n} ${k}`);
  return `${u.mentioning} sentence${u.mentioning === 1 ? '' : 's'} mention every \`about\` item, but none decides it: ${parts.join('; ')} (run \`corroborate explain ${c.id}\`)`;
}
