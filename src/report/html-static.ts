/**
 * The HTML report's static view: the matrix (or, for a wide corpus, one row per claim) and every
 * deciding sentence, as plain HTML that reads without JavaScript. The page's script redraws the
 * same view with filters and keys on top. Markup and classes match src/report/html/report.js.
 */
import { VERDICTS } from '../types.js';
import {
  CELL_SYMBOLS,
  CELL_WORDS,
  CUE_KINDS as CUES,
  type HtmlCell,
  type HtmlClaim,
  type HtmlData,
  type HtmlEvidence,
  KIND_SYMBOLS,
  EVIDENCE_KINDS as KINDS,
  MAX_MATRIX_COLS,
} from './html-data.js';

const SYM = CELL_SYMBOLS;
const WORD = CELL_WORDS;
const KIND_SYM = KIND_SYMBOLS;

export { MAX_MATRIX_COLS };

function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function stateOfCell(cell: HtmlCell): string {
  const v = VERDICTS[cell[1]] ?? 'absent';
  return v === 'absent' ? (cell[2].length ? 'hedged' : 'absent') : v;
}

function inScope(c: HtmlClaim, si: number): boolean {
  if (c.in) return c.in.includes(si);
  if (c.out) return !c.out.includes(si);
  return true;
}

function claimHeader(c: HtmlClaim): string {
  const badge = c.ok ? '<span class="badge pass">✓ pass</span>' : '<span class="badge fail">✗ FAIL</span>';
  let h = `${badge}<code class="claim-id">${esc(c.id)}</code><span class="claim-text">${esc(c.claim)}</span>`;
  h += `<div class="where mono">${esc(c.file)}:${c.line}:${c.column}</div>`;
  if (c.failures.length) h += `<ul class="failures">${c.failures.map((f) => `<li>→ ${esc(f)}</li>`).join('')}</ul>`;
  return h;
}

function countsHtml(c: HtmlClaim): string {
  const [s, x, m, a] = c.counts;
  return `<span class="counts" aria-label="${s} supported, ${x} contradicted, ${m} mixed, ${a} absent"><span>✓${s}</span><span>✗${x}</span><span>±${m}</span><span>·${a}</span></span>`;
}

const anchor = (ci: number, si: number) => `e-${ci}-${si}`;

/** A cell with evidence links to its sentences; a bare absent or unasked cell is plain text. */
function cellHtml(data: HtmlData, ci: number, c: HtmlClaim, si: number, cell: HtmlCell | undefined, withId: boolean): string {
  const st = cell ? stateOfCell(cell) : inScope(c, si) ? 'absent' : 'out';
  const s = data.sources[si];
  const n = cell ? cell[2].length : 0;
  const label = `Claim ${c.id}, source ${s?.id}: ${WORD[st]}${n ? `, ${plural(n, 'sentence')}` : ''}`;
  const text = withId ? `${SYM[st]} ${esc(s?.id ?? '')}` : `${SYM[st]}${n ? `<span class="n" aria-hidden="true">${n}</span>` : ''}`;
  if (!cell) return `<span class="cell v-${st}" title="${esc(label)}">${text}</span>`;
  return `<a class="cell v-${st}" href="#${anchor(ci, si)}" title="${esc(label)}" aria-label="${esc(label)}">${text}</a>`;
}

function matrix(data: HtmlData): string {
  const vertical = data.sources.some((s) => s.id.length > 3);
  let h = '<div class="matrix-wrap"><table class="matrix" aria-label="Claims by source"><thead><tr><th scope="col" class="claim-col">Claim</th>';
  for (const s of data.sources)
    h += `<th scope="col" class="src-h${vertical ? ' vertical' : ''}" title="${esc(s.title ? `${s.id} — ${s.title}` : s.id)}"><span class="src-name">${esc(s.id)}</span></th>`;
  h += '<th scope="col">Counts</th></tr></thead><tbody>';
  data.claims.forEach((c, ci) => {
    const byCell = new Map(c.cells.map((cell) => [cell[0], cell]));
    h += `<tr class="${c.ok ? 'pass' : 'fail'}"><th scope="row" class="claim-h">${claimHeader(c)}</th>`;
    data.sources.forEach((_, si) => {
      h += `<td>${cellHtml(data, ci, c, si, byCell.get(si), false)}</td>`;
    });
    h += `<td>${countsHtml(c)}</td></tr>`;
  });
  return `${h}</tbody></table></div>`;
}

function list(data: HtmlData): string {
  let h = '<ol class="list" aria-label="Claims">';
  const first: Record<string, number> = { contradicted: 0, mixed: 1, supported: 2, hedged: 3 };
  data.claims.forEach((c, ci) => {
    const cells = [...c.cells].sort((a, b) => (first[stateOfCell(a)] ?? 4) - (first[stateOfCell(b)] ?? 4) || a[0] - b[0]);
    h += `<li class="${c.ok ? 'pass' : 'fail'}"><div class="claim-h">${claimHeader(c)} ${countsHtml(c)}</div>`;
    h += `<div class="chips" role="group" aria-label="${esc(`Sources with evidence for claim ${c.id}`)}">`;
    for (const cell of cells) h += cellHtml(data, ci, c, cell[0], cell, true);
    if (!cells.length) h += '<span class="note">no source has evidence for this claim</span>';
    h += '</div>';
    const absent = c.counts[3] - c.cells.filter((cell) => cell[1] === 3).length;
    const out = data.sources.length - c.counts.reduce((a, b) => a + b, 0);
    const bits = [...(absent ? [`· absent in ${plural(absent, 'source')}`] : []), ...(out ? [`– not asked in ${plural(out, 'source')}`] : [])];
    if (bits.length) h += `<p class="absent-note">${bits.join('; ')}</p>`;
    h += '</li>';
  });
  return `${h}</ol>`;
}

interface Span {
  start: number;
  end: number;
  cls: string;
}

/** Wrap spans (offsets within the sentence) in <mark>s; overlapping spans split into segments carrying every class. */
function highlight(text: string, spans: Span[]): string {
  const cuts = new Set([0, text.length]);
  const live: { a: number; b: number; cls: string }[] = [];
  for (const sp of spans) {
    const a = Math.max(0, Math.min(text.length, sp.start));
    const b = Math.max(0, Math.min(text.length, sp.end));
    if (b <= a) continue;
    live.push({ a, b, cls: sp.cls });
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  let h = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k] as number;
    const b = points[k + 1] as number;
    const seg = esc(text.slice(a, b));
    const on = live.filter((sp) => sp.a <= a && sp.b >= b);
    if (!on.length) h += seg;
    else h += `<mark class="${[...new Set(on.map((sp) => sp.cls))].join(' ')}">${seg}</mark>`;
  }
  return h;
}

/** One deciding sentence: kind, place, the sentence with its term, value and cue spans marked, and the reason. */
function evidenceHtml(data: HtmlData, ev: HtmlEvidence): string {
  const kind = KINDS[ev[0]] ?? 'support';
  const sent = data.sentences[ev[1]] as HtmlData['sentences'][number];
  const spans: Span[] = [];
  for (const t of ev[4]) spans.push({ start: t[0], end: t[1], cls: 'm-term' });
  const v = ev[5];
  if (v) spans.push({ start: v[0], end: v[1], cls: `m-value rel-${v[4]}` });
  for (const c of ev[6]) spans.push({ start: c[0], end: c[1], cls: `m-${CUES[c[2]] ?? 'hedge'}` });
  return `<li class="ev k-${kind}"><p class="ev-head"><span class="badge">${KIND_SYM[kind]} ${kind}</span> line ${sent[3]} · offsets [${sent[1]}, ${sent[2]})${
    ev[2] ? ' · <strong>fuzzy</strong> name match' : ''
  }</p><blockquote class="sentence">${highlight(sent[4], spans)}</blockquote><p class="reason">${esc(data.strings[ev[3]] ?? '')}</p></li>`;
}

/** Every cell with evidence, its deciding sentences highlighted; each has the id its matrix cell links to. */
function evidence(data: HtmlData): string {
  let h =
    '<section class="static-evidence" id="static-evidence" aria-labelledby="static-evidence-title"><h2 id="static-evidence-title">Evidence</h2>' +
    '<p class="key">Key: <mark class="m-term">term</mark> <mark class="m-value">value</mark> <mark class="m-negation">negation</mark> <mark class="m-hedge">hedge</mark></p>';
  data.claims.forEach((c, ci) => {
    for (const cell of c.cells) {
      const s = data.sources[cell[0]];
      const st = stateOfCell(cell);
      const swatch = `<span class="swatch v-${st}" aria-hidden="true">${SYM[st]}</span>`;
      h += `<article class="ev-cell" id="${anchor(ci, cell[0])}"><h3><code>${esc(c.id)}</code> × <code>${esc(s?.id ?? '')}</code>: ${swatch} ${WORD[st]}</h3>`;
      h += `<p class="claim-text">${esc(c.claim)}</p><ol class="evidence">${cell[2].map((ev) => evidenceHtml(data, ev)).join('')}</ol></article>`;
    }
  });
  return `${h}</section>`;
}

/** The claims view (matrix or list) for inside `#results`, and the evidence section that follows the layout. */
export function staticHtml(data: HtmlData): { view: string; evidence: string } {
  if (!data.claims.length) return { view: '<p class="note">No claims were checked.</p>', evidence: '' };
  const view = data.sources.length <= MAX_MATRIX_COLS ? matrix(data) : list(data);
  return { view: `<div class="static-view" id="static-view">${view}</div>`, evidence: evidence(data) };
}
