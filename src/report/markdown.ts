import { decidedVerdicts } from '../engine/verdict.js';
import { issuePlace } from '../errors.js';
import type { ClaimResult, Evidence, Report, ReportIssue, SourceVerdict, Verdict } from '../types.js';
import { clip, decidingEvidence, evidenceSummary, issueCounts, SYMBOL, weightiestFirst } from './details.js';
import { cellOf, claimScope } from './scope.js';
import { failingFirst } from './text.js';

/** More sources than this and the table shows counts per verdict instead of a column per source. */
const MAX_COLUMNS = 12;
/** Passing claims listed in the table before they are only counted (keeps PR comments and step summaries small). */
const MAX_PASSING_ROWS = 200;
const OUT_OF_SCOPE = '–';
const ORDER: Verdict[] = ['supported', 'contradicted', 'mixed', 'absent'];

/** Escape text for a table cell or a line of Markdown (GitHub flavour). */
export function escapeMarkdown(s: string): string {
  return clip(s)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function status(c: ClaimResult): string {
  return c.ok ? '✅ pass' : '❌ **FAIL**';
}

function claimCell(c: ClaimResult): string {
  return `${code(c.id)} ${escapeMarkdown(clip(c.claim, 100))}<br><sub>${code(`${c.file}:${c.line}`)}</sub>`;
}

/** The claims × sources table: failing claims first, one symbol per verdict. */
function table(report: Report): string[] {
  const all = failingFirst(report.claims);
  const passing = all.filter((c) => c.ok);
  const shown = passing.length > MAX_PASSING_ROWS ? all.filter((c) => !c.ok) : all;
  const out: string[] = [];
  if (report.sources.length > MAX_COLUMNS) {
    out.push(row(['', 'claim', ...ORDER.map((v) => `${SYMBOL[v]} ${v}`)]), row([':-:', ':--', ...ORDER.map(() => '--:')]));
    for (const c of shown) out.push(row([status(c), claimCell(c), ...ORDER.map((v) => String(c.counts[v]))]));
  } else {
    const ids = report.sources.map((s) => s.id);
    out.push(row(['', 'claim', ...ids.map((id) => code(id))]), row([':-:', ':--', ...ids.map(() => ':-:')]));
    for (const c of shown) {
      const scope = new Set(claimScope(c, report.sources));
      out.push(row([status(c), claimCell(c), ...ids.map((id) => cell(cellOf(c, id, scope)))]));
    }
  }
  if (shown.length < all.length) out.push('', `<sub>${all.length - shown.length} passing claims are not listed.</sub>`);
  out.push('', `<sub>${ORDER.map((v) => `${SYMBOL[v]} ${v}`).join(' · ')} · ${OUT_OF_SCOPE} not in scope</sub>`);
  return out;
}

function cell(v: SourceVerdict | undefined): string {
  return v ? `${SYMBOL[v.verdict]}` : OUT_OF_SCOPE;
}

function quote(sid: string, e: Evidence): string[] {
  const cues = e.cues.map((q) => `${q.kind} “${escapeMarkdown(q.text)}”`);
  return [
    `> **${escapeMarkdown(sid)}** ${code(`[${e.start}, ${e.end})`)} line ${e.line} · ${e.kind}${e.fuzzy ? ' · fuzzy name match' : ''}`,
    `> “${escapeMarkdown(clip(e.text, 300))}”`,
    `> <sub>${escapeMarkdown(e.reason)}${cues.length ? ` · cue: ${cues.join(', ')}` : ''}</sub>`,
    '',
  ];
}

function failure(c: ClaimResult, sources: Report['sources']): string[] {
  const out = [`### ❌ ${code(c.id)} ${escapeMarkdown(c.claim)}`, '', code(`${c.file}:${c.line}:${c.column}`), ''];
  for (const f of c.failures) out.push(`- ${escapeMarkdown(f)}`);
  out.push('', row(['source', 'verdict', 'evidence']), row(['---', '---', '---']));
  const ids = claimScope(c, sources);
  const scope = new Set(ids);
  const rows = ids.length > MAX_COLUMNS ? Object.entries(decidedVerdicts(c)) : ids.map((id) => [id, cellOf(c, id, scope) as SourceVerdict] as const);
  for (const [sid, v] of rows) {
    out.push(row([code(sid), `${SYMBOL[v.verdict]} ${v.verdict}`, evidenceSummary(v)]));
  }
  out.push('');
  let budget = 6;
  for (const sid of weightiestFirst(c)) {
    for (const e of decidingEvidence(decidedVerdicts(c)[sid] as SourceVerdict).slice(0, 2)) {
      if (budget-- <= 0) break;
      out.push(...quote(sid, e));
    }
  }
  return out;
}

function issueList(title: string, what: string, issues: readonly ReportIssue[]): string[] {
  if (!issues.length) return [];
  const out = [`### ${title === 'Input errors' ? '❌' : '⚠️'} ${title}`, '', `<sub>${what}</sub>`, ''];
  for (const i of issues) out.push(`- ${code(issuePlace(i))} **${i.code}** ${escapeMarkdown(i.message)}<br>fix: ${escapeMarkdown(i.fix)}`);
  return [...out, ''];
}

/**
 * Markdown for pull-request comments and `$GITHUB_STEP_SUMMARY`: a headline, a claims ×
 * sources table (failing claims first, symbols rather than colour), then each failing
 * claim with its failed expectations and the sentences that decided it.
 */
export function renderMarkdown(report: Report): string {
  const n = report.claims.length;
  const failed = report.claims.filter((c) => !c.ok);
  const m = report.sources.length;
  const errors = report.errors ?? [];
  const headline = errors.length
    ? `${errors.length} input error${errors.length === 1 ? '' : 's'}: the report is incomplete`
    : failed.length
      ? `${failed.length} of ${n} claim${n === 1 ? '' : 's'} failed`
      : `all ${n} claim${n === 1 ? '' : 's'} hold`;
  const issues = issueCounts(report);
  const out = [
    `## ${failed.length || errors.length ? '❌' : '✅'} corroborate: ${headline}`,
    '',
    `${n} claim${n === 1 ? '' : 's'} over ${m} source${m === 1 ? '' : 's'}: ${n - failed.length} passed, ${failed.length} failed${issues ? `; ${issues}` : ''}`,
    '',
  ];
  out.push(...issueList('Input errors', 'the files they name were left out; everything else was checked', errors));
  if (n) out.push(...table(report), '');
  out.push(...issueList('Warnings', 'probable mistakes that did not stop the check', report.warnings ?? []));
  if (failed.length) {
    out.push('## Failing claims', '');
    for (const c of failed) out.push(...failure(c, report.sources));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
