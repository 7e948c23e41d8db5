import type { ClaimResult, Report, Verdict } from '../types.js';
import { paint, type Style } from './style.js';

const SYMBOL: Record<Verdict, string> = { supported: '✓', contradicted: '✗', mixed: '±', absent: '·' };
const COLOR: Record<Verdict, 'green' | 'red' | 'yellow' | 'gray'> = { supported: 'green', contradicted: 'red', mixed: 'yellow', absent: 'gray' };

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function claimBlock(c: ClaimResult, style: Style): string[] {
  const head = `${c.ok ? paint(style, 'green', 'PASS') : paint(style, 'red', 'FAIL')} ${paint(style, 'bold', c.id)}  ${c.claim}`;
  const out = [head, paint(style, 'dim', `     ${c.file}:${c.line}:${c.column}`)];
  const ids = Object.keys(c.verdicts);
  const w = Math.max(2, ...ids.map((i) => i.length));
  for (const id of ids) {
    const v = c.verdicts[id];
    if (!v) continue;
    const decisive = v.evidence.filter((e) => e.kind !== 'hedge');
    const first = decisive[0] ?? v.evidence[0];
    const verdict = paint(style, COLOR[v.verdict], `${SYMBOL[v.verdict]} ${v.verdict.padEnd(12)}`);
    if (v.verdict === 'absent' && !first) continue;
    const ev = first ? `${first.kind === 'hedge' ? paint(style, 'dim', '(hedge) ') : ''}L${first.line} "${clip(first.text, 90)}"` : '';
    out.push(`     ${id.padEnd(w)}  ${verdict} ${ev}`);
    if (first)
      out.push(
        paint(
          style,
          'dim',
          `     ${' '.repeat(w)}  ${' '.repeat(15)}${clip(first.reason, 110)}${v.evidence.length > 1 ? ` (+${v.evidence.length - 1} more)` : ''}`,
        ),
      );
  }
  const absent = ids.filter((id) => c.verdicts[id]?.verdict === 'absent' && !c.verdicts[id]?.evidence.length);
  if (absent.length) out.push(paint(style, 'gray', `     ${SYMBOL.absent} absent in ${absent.length > 8 ? `${absent.length} sources` : absent.join(', ')}`));
  for (const f of c.failures) out.push(paint(style, 'red', `     → ${f}`));
  return out;
}

/** Human-readable report: failing claims first, then passing, then a summary line. */
export function renderText(report: Report, style: Style = { color: false }): string {
  const failing = report.claims.filter((c) => !c.ok);
  const passing = report.claims.filter((c) => c.ok);
  const lines: string[] = [];
  for (const c of [...failing, ...passing]) lines.push(...claimBlock(c, style), '');
  const n = report.claims.length;
  lines.push(
    `${n} claim${n === 1 ? '' : 's'} over ${report.sources.length} source${report.sources.length === 1 ? '' : 's'}: ` +
      `${passing.length} passed, ${failing.length} failed`,
  );
  return `${lines.join('\n')}\n`;
}
