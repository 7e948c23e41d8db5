import type { ClaimResult, Report, SourceVerdict } from '../types.js';
import { clip, decidingEvidence, weightiestFirst } from './details.js';

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
      Object.entries(c.verdicts)
        .map(([s, v]) => `${s} ${v.verdict}`)
        .join(', ') || 'no source in scope'
    }`,
  );
  let budget = 3;
  for (const sid of weightiestFirst(c)) {
    const v = c.verdicts[sid] as SourceVerdict;
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
export function renderGithub(report: Report): string {
  const out: string[] = [];
  for (const c of report.claims) {
    if (c.ok) continue;
    const props = `file=${escapeProperty(c.file)},line=${c.line},col=${c.column},title=${escapeProperty(`claim ${c.id}: ${clip(c.claim, 80)}`)}`;
    out.push(`::error ${props}::${escapeData(message(c))}`);
  }
  const n = report.claims.length;
  const failed = report.claims.filter((c) => !c.ok).length;
  const m = report.sources.length;
  out.push(`${n} claim${n === 1 ? '' : 's'} over ${m} source${m === 1 ? '' : 's'}: ${n - failed} passed, ${failed} failed`);
  return `${out.join('\n')}\n`;
}
