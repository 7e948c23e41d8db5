import type { ClaimResult, Report, Verdict } from '../types.js';
import { COLOR, clip, issueCounts, issueLines, renderClaimDetails, SYMBOL } from './details.js';
import { cellOf, claimScope } from './scope.js';
import { paint, type Style } from './style.js';

/** Widest matrix (in characters) before source columns are numbered instead of named. */
const MAX_WIDTH = 120;
/** More sources than this and the matrix shows counts per verdict instead of one column per source. */
const MAX_COLUMNS = 40;
const OUT_OF_SCOPE = '-';
// absent, but with hedged sentences about the claim (as the HTML report marks it)
const HEDGED = '?';

/** Failing claims first, each group in report order (file, then line). */
export function failingFirst(claims: ClaimResult[]): ClaimResult[] {
  return [...claims.filter((c) => !c.ok), ...claims.filter((c) => c.ok)];
}

function legend(style: Style): string {
  const v = (['supported', 'contradicted', 'mixed', 'absent'] as Verdict[]).map((x) => `${paint(style, COLOR[x], SYMBOL[x])} ${x}`);
  return paint(style, 'dim', `${v.join('  ')}  ${HEDGED} absent, hedged only  ${OUT_OF_SCOPE} not in scope`);
}

/** The claims × sources matrix: one row per claim, one column per source. */
function matrix(report: Report, style: Style): string[] {
  const claims = failingFirst(report.claims);
  const idW = Math.max(5, ...claims.map((c) => c.id.length));
  const lead = (status: string, id: string) => `${status} ${id.padEnd(idW)}  `;
  const out: string[] = [];
  const sources = report.sources.map((s) => s.id);
  if (sources.length > MAX_COLUMNS) {
    // too many sources for a column each: count verdicts per claim
    const head = (['supported', 'contradicted', 'mixed', 'absent'] as Verdict[]).map((v) => `${SYMBOL[v]} ${v}`);
    const w = head.map((h) => h.length);
    out.push(paint(style, 'dim', `${' '.repeat(5)}${'claim'.padEnd(idW)}  ${head.join('  ')}`));
    for (const c of claims) {
      const cells = (['supported', 'contradicted', 'mixed', 'absent'] as Verdict[]).map((v, i) =>
        paint(
          style,
          c.counts[v] && v !== 'absent' ? COLOR[v] : 'gray',
          String(c.counts[v])
            .padStart((w[i] as number) - 2)
            .padEnd(w[i] as number),
        ),
      );
      out.push(`${lead(statusWord(c, style), c.id)}${cells.join('  ')}  ${paint(style, 'dim', clip(c.claim, 60))}`);
    }
    return out;
  }
  // name the columns when they fit, number them (with a key below) when they do not
  const named = 5 + idW + 2 + sources.reduce((n, s) => n + s.length + 1, 0) <= MAX_WIDTH;
  const heads = named ? sources : sources.map((_, i) => String(i + 1));
  const widths = heads.map((h) => Math.max(1, h.length));
  out.push(paint(style, 'dim', `${' '.repeat(5)}${'claim'.padEnd(idW)}  ${heads.map((h, i) => h.padEnd(widths[i] as number)).join(' ')}`));
  const room = Math.max(30, MAX_WIDTH - (5 + idW + 2 + widths.reduce((n, w) => n + w + 1, 0)));
  for (const c of claims) {
    const scope = new Set(claimScope(c, report.sources));
    const cells = sources.map((s, i) => {
      const sv = cellOf(c, s, scope);
      const v = sv?.verdict;
      const w = widths[i] as number;
      if (v === 'absent' && sv?.evidence.length) return paint(style, 'yellow', HEDGED.padEnd(w));
      return v ? paint(style, COLOR[v], SYMBOL[v].padEnd(w)) : paint(style, 'gray', OUT_OF_SCOPE.padEnd(w));
    });
    out.push(`${lead(statusWord(c, style), c.id)}${cells.join(' ')}  ${paint(style, 'dim', clip(c.claim, room))}`);
  }
  if (!named) {
    out.push('', paint(style, 'dim', 'sources:'));
    report.sources.forEach((s, i) => {
      out.push(paint(style, 'dim', `  ${String(i + 1).padStart(String(sources.length).length)}  ${s.id}${s.id !== s.path ? `  ${s.path}` : ''}`));
    });
  }
  return out;
}

function statusWord(c: ClaimResult, style: Style): string {
  return c.ok ? paint(style, 'green', 'PASS') : paint(style, 'red', 'FAIL');
}

/**
 * Human-readable report: an aligned claims × sources matrix (failing claims first),
 * then the details of each failing claim, then `N claims over M sources: X passed, Y failed`.
 */
export function renderText(report: Report, style: Style = { color: false }): string {
  const failing = report.claims.filter((c) => !c.ok);
  const lines: string[] = [];
  const errors = issueLines('input errors (the files they name were left out; the report is incomplete):', report.errors ?? [], style, 'red');
  if (errors.length) lines.push(...errors, '');
  if (report.claims.length) lines.push(...matrix(report, style), '', legend(style), '');
  for (const c of failing) lines.push(...renderClaimDetails(c, { style }), '');
  const warnings = issueLines('warnings:', report.warnings ?? [], style, 'yellow');
  if (warnings.length) lines.push(...warnings, '');
  const n = report.claims.length;
  const m = report.sources.length;
  const issues = issueCounts(report);
  lines.push(
    `${n} claim${n === 1 ? '' : 's'} over ${m} source${m === 1 ? '' : 's'}: ${n - failing.length} passed, ${failing.length} failed${issues ? `; ${issues}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
