import { readFileSync } from 'node:fs';
import { decidedVerdicts } from '../engine/verdict.js';
import { issuePlace } from '../errors.js';
import type { ClaimResult, Evidence, Report, ReportIssue, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import {
  CUE_KINDS,
  EVIDENCE_KINDS,
  HTML_TABLES,
  type HtmlCell,
  type HtmlClaim,
  type HtmlCue,
  type HtmlData,
  type HtmlEvidence,
  type HtmlSentence,
  type HtmlTerm,
  type HtmlValue,
} from './html-data.js';
import { staticHtml } from './html-static.js';
import { claimScope } from './scope.js';

export * from './html-data.js';

const VERDICT_INDEX = new Map<Verdict, number>(VERDICTS.map((v, i) => [v, i]));

/** Turn a report into the compact data the page embeds. */
export function encodeReport(report: Report): HtmlData {
  const sourceIndex = new Map(report.sources.map((s, i) => [s.id, i]));
  const sentences: HtmlSentence[] = [];
  const sentenceIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (x: string): number => {
    let i = stringIndex.get(x);
    if (i === undefined) stringIndex.set(x, (i = strings.push(x) - 1));
    return i;
  };
  const sentenceOf = (si: number, e: Evidence): number => {
    const key = `${si}:${e.start}:${e.end}`;
    let i = sentenceIndex.get(key);
    if (i === undefined) {
      i = sentences.push([si, e.start, e.end, e.line, e.text]) - 1;
      sentenceIndex.set(key, i);
    }
    return i;
  };
  const claims = report.claims.map((c): HtmlClaim => {
    const cells: HtmlCell[] = [];
    const inScope: number[] = [];
    for (const sid of claimScope(c, report.sources)) {
      const si = sourceIndex.get(sid);
      if (si !== undefined) inScope.push(si);
    }
    for (const [sid, v] of Object.entries(decidedVerdicts(c))) {
      const si = sourceIndex.get(sid);
      if (si === undefined) continue; // a verdict for a source the report does not list: nothing to show it against
      cells.push([si, VERDICT_INDEX.get(v.verdict) ?? 3, v.evidence.map((e) => encodeEvidence(e, sentenceOf(si, e), str))]);
    }
    cells.sort((a, b) => a[0] - b[0]);
    const out: HtmlClaim = {
      id: c.id,
      file: c.file,
      line: c.line,
      column: c.column,
      claim: c.claim,
      ok: c.ok,
      failures: c.failures,
      counts: [c.counts.supported, c.counts.contradicted, c.counts.mixed, c.counts.absent],
      cells,
    };
    Object.assign(out, scopeOf(inScope, report.sources.length));
    return out;
  });
  const root = commonFolder(report.sources.map((s) => s.path));
  const sources = root ? report.sources.map((s) => ({ ...s, path: s.path.slice(root.length) })) : report.sources;
  return { ok: report.ok, root, sources, sentences, strings, claims };
}

/** The longest folder prefix (ending in / or \\) shared by every path; '' for fewer than two paths. */
function commonFolder(paths: string[]): string {
  const [first, ...rest] = paths;
  if (first === undefined || !rest.length) return '';
  let n = first.length;
  for (const p of rest) {
    let i = 0;
    while (i < n && i < p.length && p.charCodeAt(i) === first.charCodeAt(i)) i++;
    n = i;
  }
  if (!n) return '';
  const cut = Math.max(first.lastIndexOf('/', n - 1), first.lastIndexOf('\\', n - 1));
  return cut < 0 ? '' : first.slice(0, cut + 1);
}

function scopeOf(inScope: number[], total: number): Pick<HtmlClaim, 'in' | 'out'> {
  if (inScope.length === total) return {};
  const sorted = [...inScope].sort((a, b) => a - b);
  if (sorted.length * 2 < total) return { in: sorted };
  const set = new Set(sorted);
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (!set.has(i)) out.push(i);
  return { out };
}

function encodeEvidence(e: Evidence, sentence: number, str: (s: string) => number): HtmlEvidence {
  const at = e.start; // spans are stored relative to their sentence
  const terms = e.terms.map((t): HtmlTerm => (t.fuzzy ? [t.start - at, t.end - at, str(t.term), 1] : [t.start - at, t.end - at, str(t.term)]));
  const v = e.value;
  let value: HtmlValue | 0 = 0;
  if (v) value = v.qualifier ? [v.start - at, v.end - at, v.kind, v.value, v.relation, v.qualifier] : [v.start - at, v.end - at, v.kind, v.value, v.relation];
  const cues = e.cues.map((c): HtmlCue => [c.start - at, c.end - at, CUE_KINDS.indexOf(c.kind)]);
  return [EVIDENCE_KINDS.indexOf(e.kind), sentence, e.fuzzy ? 1 : 0, str(e.reason), terms, value, cues];
}

/**
 * JSON that is safe inside a `<script type="application/json">` element: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026`, so article text holding `</script>` or `<!--` cannot end the element;
 * U+2028 and U+2029 are escaped too. `JSON.parse` reads back the same value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escape text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

let assets: { css: string; js: string } | undefined;
function loadAssets(): { css: string; js: string } {
  if (!assets) {
    const read = (name: string) => readFileSync(new URL(`./html/${name}`, import.meta.url), 'utf8');
    const css = read('report.css');
    const js = read('report.js');
    // the page inlines them; either closing tag would end its element early
    if (/<\/style/i.test(css) || /<\/script|<!--/i.test(js)) throw new Error('html report assets must not contain </style, </script or <!--');
    assets = { css, js };
  }
  return assets;
}

function summary(report: Report): string {
  const cells = { supported: 0, contradicted: 0, mixed: 0, absent: 0 };
  let asked = 0;
  for (const c of report.claims) for (const v of VERDICTS) cells[v] += c.counts[v];
  for (const v of VERDICTS) asked += cells[v];
  const failed = report.claims.filter((c) => !c.ok).length;
  const n = report.claims.length;
  const notAsked = n * report.sources.length - asked;
  const item = (cls: string, label: string, value: number, sym = '') =>
    `<div class="stat ${cls}"><dt>${sym ? `<span class="sym" aria-hidden="true">${sym}</span> ` : ''}${label}</dt><dd>${value.toLocaleString('en-US')}</dd></div>`;
  return [
    `<p class="status ${report.ok ? 'pass' : 'fail'}" id="status">`,
    report.ok
      ? `<span class="sym" aria-hidden="true">✓</span> All ${n} expectation${n === 1 ? '' : 's'} hold`
      : report.errors?.length
        ? `<span class="sym" aria-hidden="true">✗</span> ${report.errors.length} input error${report.errors.length === 1 ? '' : 's'}; ${failed} of ${n} expectation${n === 1 ? '' : 's'} failed`
        : `<span class="sym" aria-hidden="true">✗</span> ${failed} of ${n} expectation${n === 1 ? '' : 's'} failed`,
    '</p>',
    '<dl class="summary" id="summary">',
    item('claims', 'Claims', n),
    item('pass', 'Passed', n - failed, '✓'),
    item('fail', 'Failed', failed, '✗'),
    item('sources', 'Sources', report.sources.length),
    item('v-supported', 'Supported', cells.supported, '✓'),
    item('v-contradicted', 'Contradicted', cells.contradicted, '✗'),
    item('v-mixed', 'Mixed', cells.mixed, '±'),
    item('v-absent', 'Absent', cells.absent, '·'),
    ...(notAsked ? [item('v-out', 'Not asked', notAsked, '–')] : []),
    '</dl>',
  ].join('');
}

/** Input errors and warnings, static: a report with errors must not look complete. */
function issues(report: Report): string {
  const block = (cls: string, title: string, list: readonly ReportIssue[]) =>
    list.length
      ? `<section class="issues ${cls}" aria-label="${title}"><h2>${title} (${list.length})</h2><ul>${list
          .map(
            (i) =>
              `<li><code>${escapeHtml(issuePlace(i))}</code> <strong>${escapeHtml(i.code)}</strong> ${escapeHtml(i.message)}<br><span class="fix">fix: ${escapeHtml(i.fix)}</span></li>`,
          )
          .join('')}</ul></section>`
      : '';
  return (
    block('errors', 'Input errors: the files they name were left out, so this report is incomplete', report.errors ?? []) +
    block('warnings', 'Warnings', report.warnings ?? [])
  );
}

const LEGEND = [
  ['v-supported', '✓', 'supported'],
  ['v-contradicted', '✗', 'contradicted'],
  ['v-mixed', '±', 'mixed'],
  ['v-hedged', '?', 'absent, hedged sentences only'],
  ['v-absent', '·', 'absent'],
  ['v-out', '–', 'not asked (outside the claim file’s scope)'],
];

/** Failing claims first, then passing ones, each group in report order. */
function failingFirst(claims: ClaimResult[]): ClaimResult[] {
  return [...claims.filter((c) => !c.ok), ...claims.filter((c) => c.ok)];
}

/**
 * One self-contained HTML page: a claims × sources matrix (or, for wide corpora, one row per claim
 * listing the sources with evidence), filters, and the deciding sentences of any cell, highlighted.
 * No network, no external assets: CSS and script are inline and the data is embedded as JSON.
 * @example
 * await writeFile('report.html', renderHtml(await check({ claims: ['claims'], corpus: ['corpus'] })))
 */
export function renderHtml(report: Report): string {
  const { css, js } = loadAssets();
  const data = encodeReport({ ...report, claims: failingFirst(report.claims) });
  const stat = staticHtml(data);
  const failed = report.claims.filter((c) => !c.ok).length;
  const title = `corroborate: ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}, ${failed} failed`;
  const sourceOptions =
    report.sources.length <= 500
      ? `<datalist id="source-ids">${report.sources.map((s) => `<option value="${escapeHtml(s.id)}"></option>`).join('')}</datalist>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="corroborate">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
${css}</style>
</head>
<body class="no-js">
<a class="skip" href="#results">Skip to the results</a>
<header class="top">
<h1>corroborate report</h1>
${summary(report)}
${issues(report)}
<ul class="legend" aria-label="Legend">${LEGEND.map(([cls, sym, label]) => `<li><span class="swatch ${cls}" aria-hidden="true">${sym}</span> ${escapeHtml(label as string)}</li>`).join('')}</ul>
</header>
<form class="controls" id="controls" role="search" aria-label="Filters">
<label class="check"><input type="checkbox" id="f-failing"> Failing only</label>
<label>Verdict <select id="f-verdict"><option value="">any</option><option value="supported">✓ supported</option>
<option value="contradicted">✗ contradicted</option><option value="mixed">± mixed</option>
<option value="hedged">? hedged only</option><option value="absent">· absent</option></select></label>
<label>Source <input type="search" id="f-source" placeholder="id, title, outlet or path" autocomplete="off"${sourceOptions ? ' list="source-ids"' : ''}></label>
<label>Search <input type="search" id="f-text" placeholder="claim id, text or failure" autocomplete="off"></label>
<label class="check"><input type="checkbox" id="f-evidence"> Only sources with evidence</label>
<label>View <select id="f-view"><option value="auto">auto</option><option value="matrix">matrix</option><option value="list">list</option></select></label>
<output id="shown" aria-live="polite"></output>
${sourceOptions}
</form>
<p class="sr-only" id="nav-help">Arrow keys move between cells, Home and End go to the ends of a row, Enter or Space shows the evidence, Escape closes it.</p>
<main class="layout">
<div class="results" id="results" tabindex="-1">
${stat.view}
</div>
<aside class="detail empty" id="detail" aria-labelledby="detail-title">
<h2 id="detail-title" tabindex="-1">Evidence</h2>
<p class="hint">Select a cell (click, or Enter) to see the sentences that decided it.</p>
</aside>
</main>
${stat.evidence}
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>
const REPORT_TABLES = ${embedJson(HTML_TABLES)};
${js}</script>
</body>
</html>
`;
}
