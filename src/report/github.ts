import { decidedVerdicts } from '../engine/verdict.js';
import type { ClaimResult, Report, ReportIssue, SourceVerdict } from '../types.js';
import { clip, decidingEvidence, issueCounts, weightiestFirst } from './details.js';

/** Escape a workflow-command message (the part after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value (`file=`, `title=`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function message(c: ClaimResult): string {
  const lines = c.failures.map((f) => clip(f));
  lines.push(
    `verdicts: ${
      Object.entries(decidedVerdicts(c))
        .map(([s, v]) => `${s} ${v.verdict}`)
        .join(', ') || 'none'
    }${c.counts.absent ? `; ${c.counts.absent} other source${c.counts.absent === 1 ? '' : 's'} in scope absent` : ''}`,
  );
  let budget = 3;
  for (const sid of weightiestFirst(c)) {
    const v = decidedVerdicts(c)[sid] as SourceVerdict;
    const e = decidingEvidence(v)[0];
    if (!e || v.verdict === 'absent' || budget-- <= 0) continue;
    lines.push(`${sid} [${e.start}, ${e.end}) ${e.kind}: "${clip(e.text, 160)}" (${clip(e.reason)})`);
  }
  return lines.join('\n');
}

/**
 * GitHub Actions annotations: one `::error file=…,line=…,col=…::` per failing claim, so the
 * failure shows on the claim's line in the pull request's diff; then the summary line.
 */
function annotation(kind: 'error' | 'warning', i: ReportIssue): string {
  const where = i.file ? `file=${escapeProperty(i.file)}${i.line ? `,line=${i.line},col=${i.col ?? 1}` : ''},` : '';
  return `::${kind} ${where}title=${escapeProperty(i.code)}::${escapeData(`${i.message}\nfix: ${i.fix}`)}`;
}

export function renderGithub(report: Report): string {
  const out: string[] = [];
  for (const e of report.errors ?? []) out.push(annotation('error', e));
  for (const c of report.claims) {
    if (c.ok) continue;
    const props = `file=${escapeProperty(c.file)},line=${c.line},col=${c.column},title=${escapeProperty(`claim ${c.id}: ${clip(c.claim, 80)}`)}`;
    out.push(`::error ${props}::${escapeData(message(c))}`);
  }
  for (const w of report.warnings ?? []) out.push(annotation('warning', w));
  const n = report.claims.length;
  const failed = report.claims.filter((c) => !c.ok).length;
  const m = report.sources.length;
  const issues = issueCounts(report);
  out.push(`${n} claim${n === 1 ? '' : 's'} over ${m} source${m === 1 ? '' : 's'}: ${n - failed} passed, ${failed} failed${issues ? `; ${issues}` : ''}`);
  return `${out.join('\n')}\n`;
}
