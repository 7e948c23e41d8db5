// corroborate HTML report: draws the claims × sources view from the JSON embedded in the page.
// The data shape is HtmlData in src/report/html.ts. Offsets are UTF-16 code units, like String#slice.
(() => {
  // the verdict, evidence and cue tables, symbols, words and the matrix width: one definition,
  // src/report/html-data.ts (HTML_TABLES), which the page writer puts before this script
  const { VERDICTS, KINDS, CUES, SYM, WORD, KIND_SYM, MAX_MATRIX_COLS } = REPORT_TABLES;
  /** Claims drawn at a time; more are drawn on scroll, on "Show more" or before printing. */
  const CHUNK = 50;
  /** Sources listed per claim in the list view before a "more" button. */
  const MAX_CHIPS = 40;

  const data = JSON.parse(document.getElementById('report-data').textContent);
  const sources = data.sources;
  const sentences = data.sentences;
  const strings = data.strings;
  const claims = data.claims.map((c, i) => {
    const byCell = new Map();
    for (const cell of c.cells) byCell.set(cell[0], cell);
    const inSet = c.in ? new Set(c.in) : null;
    const outSet = c.out ? new Set(c.out) : null;
    const hay = [c.id, c.claim, c.file].concat(c.failures).join('\n').toLowerCase();
    return { ...c, index: i, byCell, inSet, outSet, hay };
  });
  const pathOf = (s) => data.root + s.path;
  const sourceHay = sources.map((s) => [s.id, s.title || '', s.outlet || '', pathOf(s), s.published || ''].join('\n').toLowerCase());

  const $ = (id) => document.getElementById(id);
  // the page is whole without the script (a static matrix and every deciding sentence); with it,
  // the matrix is redrawn with filters and keys, and the evidence moves into the side panel
  const staticEvidence = $('static-evidence');
  if (staticEvidence) staticEvidence.remove();
  document.body.classList.remove('no-js');
  const results = $('results');
  const detail = $('detail');
  const shown = $('shown');

  const esc = (s) => String(s).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
  const plural = (n, word) => n.toLocaleString('en-US') + ' ' + word + (n === 1 ? '' : 's');

  function inScope(c, si) {
    if (c.inSet) return c.inSet.has(si);
    if (c.outSet) return !c.outSet.has(si);
    return true;
  }

  /** The state of one cell: supported, contradicted, mixed, hedged (absent with hedges), absent or out. */
  function stateOf(c, si) {
    const cell = c.byCell.get(si);
    if (cell) {
      const v = VERDICTS[cell[1]];
      return v === 'absent' ? (cell[2].length ? 'hedged' : 'absent') : v;
    }
    return inScope(c, si) ? 'absent' : 'out';
  }

  const state = { failing: false, verdict: '', source: '', text: '', evidenceOnly: sources.length > MAX_MATRIX_COLS, view: 'auto' };
  let view = { claims: [], srcs: [], cols: [], mode: 'matrix', drawn: 0, expanded: new Set() };
  let selected = null; // { c: claim index, s: source index }

  function currentSources() {
    const q = state.source.trim().toLowerCase();
    // an exact id picks that one source; anything else matches id, title, outlet, path or date
    const exact = q ? sources.findIndex((s) => s.id.toLowerCase() === q) : -1;
    if (exact >= 0) return [exact];
    const all = [];
    for (let i = 0; i < sources.length; i++) if (!q || sourceHay[i].includes(q)) all.push(i);
    return all;
  }

  function claimMatches(c, srcs, srcsAll) {
    if (state.failing && c.ok) return false;
    const q = state.text.trim().toLowerCase();
    if (q && !c.hay.includes(q)) return false;
    const v = state.verdict;
    if (!v) return true;
    if (v === 'absent' && srcsAll) return c.counts[3] > 0;
    if (v === 'absent') return srcs.some((si) => stateOf(c, si) === 'absent');
    if (srcsAll) return c.cells.some((cell) => stateOf(c, cell[0]) === v);
    return srcs.some((si) => c.byCell.has(si) && stateOf(c, si) === v);
  }

  const NARROW = ' Narrow the sources (source filter, or “Only sources with evidence”) to see the matrix.';

  function compute() {
    const srcs = currentSources();
    const srcsAll = srcs.length === sources.length;
    const visible = claims.filter((c) => claimMatches(c, srcs, srcsAll));
    let cols = srcs;
    if (state.evidenceOnly) {
      const used = new Set();
      for (const c of visible) for (const cell of c.cells) used.add(cell[0]);
      cols = srcs.filter((si) => used.has(si));
    }
    let mode = state.view === 'auto' ? (cols.length <= MAX_MATRIX_COLS ? 'matrix' : 'list') : state.view;
    let notice = '';
    if (state.view === 'auto' && mode === 'list')
      notice =
        cols.length.toLocaleString('en-US') +
        ' sources are too many columns for a matrix: each claim lists the sources with evidence and counts the rest.' +
        NARROW;
    if (mode === 'matrix' && cols.length > MAX_MATRIX_COLS) {
      notice = 'The matrix would have ' + cols.length.toLocaleString('en-US') + ' source columns; showing one row per claim instead.' + NARROW;
      mode = 'list';
    }
    return { claims: visible, srcs, cols, mode, notice };
  }

  // ---- drawing ----

  function claimHeader(c) {
    const badge = c.ok ? '<span class="badge pass">✓ pass</span>' : '<span class="badge fail">✗ FAIL</span>';
    let h = badge + '<code class="claim-id">' + esc(c.id) + '</code><span class="claim-text">' + esc(c.claim) + '</span>';
    h += '<div class="where mono">' + esc(c.file) + ':' + c.line + ':' + c.column + '</div>';
    if (c.failures.length) h += '<ul class="failures">' + c.failures.map((f) => '<li>→ ' + esc(f) + '</li>').join('') + '</ul>';
    return h;
  }

  function countsHtml(c) {
    const n = c.counts;
    return (
      '<span class="counts" aria-label="' +
      esc(n[0] + ' supported, ' + n[1] + ' contradicted, ' + n[2] + ' mixed, ' + n[3] + ' absent') +
      '"><span>✓' +
      n[0] +
      '</span><span>✗' +
      n[1] +
      '</span><span>±' +
      n[2] +
      '</span><span>·' +
      n[3] +
      '</span></span>'
    );
  }

  function cellLabel(c, si, st) {
    const cell = c.byCell.get(si);
    const n = cell ? cell[2].length : 0;
    return 'Claim ' + c.id + ', source ' + sources[si].id + ': ' + WORD[st] + (n ? ', ' + plural(n, 'sentence') : '');
  }

  function cellButton(c, si, withId) {
    const st = stateOf(c, si);
    const cell = c.byCell.get(si);
    const n = cell ? cell[2].length : 0;
    const isSel = selected && selected.c === c.index && selected.s === si;
    const text = withId ? SYM[st] + ' ' + esc(sources[si].id) : SYM[st] + (n ? '<span class="n" aria-hidden="true">' + n + '</span>' : '');
    const tip = sources[si].title ? sources[si].id + ' — ' + sources[si].title : sources[si].id;
    return (
      '<button type="button" class="cell nav v-' +
      st +
      '" tabindex="-1" data-c="' +
      c.index +
      '" data-s="' +
      si +
      '" aria-label="' +
      esc(cellLabel(c, si, st)) +
      '" aria-describedby="nav-help" aria-controls="detail" title="' +
      esc(tip + ': ' + WORD[st]) +
      '"' +
      (isSel ? ' aria-current="true"' : '') +
      '>' +
      text +
      '</button>'
    );
  }

  function matrixRow(c) {
    let h = '<tr data-row="' + c.index + '" class="' + (c.ok ? 'pass' : 'fail') + '"><th scope="row" class="claim-h">' + claimHeader(c) + '</th>';
    for (const si of view.cols) h += '<td>' + cellButton(c, si, false) + '</td>';
    return h + '<td>' + countsHtml(c) + '</td></tr>';
  }

  function listRow(c) {
    // the list names every source with evidence among those the source filter keeps, and counts the rest
    const cols = view.srcs;
    const colsAll = cols.length === sources.length;
    const listed = [];
    let absent = 0;
    let out = 0;
    if (colsAll) {
      for (const cell of c.cells) listed.push(cell[0]);
      absent = c.counts[3] - c.cells.filter((cell) => cell[1] === 3).length;
      out = sources.length - c.counts.reduce((a, b) => a + b, 0);
    } else
      for (const si of cols) {
        const st = stateOf(c, si);
        if (st === 'absent') absent++;
        else if (st === 'out') out++;
        else listed.push(si);
      }
    const verdictFirst = { contradicted: 0, mixed: 1, supported: 2, hedged: 3 };
    listed.sort((a, b) => verdictFirst[stateOf(c, a)] - verdictFirst[stateOf(c, b)] || a - b);
    const limit = view.expanded.has(c.index) ? listed.length : MAX_CHIPS;
    let h = '<li data-row="' + c.index + '" class="' + (c.ok ? 'pass' : 'fail') + '"><div class="claim-h">' + claimHeader(c) + ' ' + countsHtml(c) + '</div>';
    h += '<div class="chips" role="group" aria-label="' + esc('Sources with evidence for claim ' + c.id) + '">';
    for (const si of listed.slice(0, limit)) h += cellButton(c, si, true);
    if (listed.length > limit)
      h += '<button type="button" class="more-chips nav" tabindex="-1" data-expand="' + c.index + '">+' + (listed.length - limit) + ' more sources</button>';
    if (!listed.length) h += '<span class="note">no source has evidence for this claim</span>';
    h += '</div>';
    const bits = [];
    if (absent) bits.push('· absent in ' + plural(absent, 'source'));
    if (out) bits.push('– not asked in ' + plural(out, 'source'));
    if (bits.length) h += '<p class="absent-note">' + bits.join('; ') + '</p>';
    return h + '</li>';
  }

  function rowHtml(c) {
    return view.mode === 'matrix' ? matrixRow(c) : listRow(c);
  }

  function moreRowsHtml() {
    const left = view.claims.length - view.drawn;
    if (left <= 0) return '';
    return (
      '<div class="more-rows"><button type="button" id="more-rows">Show ' + Math.min(CHUNK, left) + ' more claims (' + left + ' not drawn yet)</button></div>'
    );
  }

  function draw() {
    const keep = document.activeElement && results.contains(document.activeElement) ? document.activeElement.dataset : null;
    const next = compute();
    view = { claims: next.claims, srcs: next.srcs, cols: next.cols, mode: next.mode, drawn: 0, expanded: view.expanded };
    const total = claims.length;
    shown.textContent =
      'Showing ' + next.claims.length + ' of ' + plural(total, 'claim') + ' · ' + plural(next.cols.length, 'source') + ' · ' + next.mode + ' view';
    let h = next.notice ? '<p class="notice" role="status">' + esc(next.notice) + '</p>' : '';
    if (!next.claims.length) h += '<p class="note">No claim matches the filters.</p>';
    else if (next.mode === 'matrix') {
      const vertical = next.cols.some((si) => sources[si].id.length > 3);
      h +=
        '<div class="matrix-wrap"><table class="matrix" aria-label="Claims by source" aria-describedby="nav-help"><thead><tr><th scope="col" class="claim-col">Claim</th>';
      for (const si of next.cols) {
        const s = sources[si];
        h +=
          '<th scope="col" class="src-h' +
          (vertical ? ' vertical' : '') +
          '" title="' +
          esc(s.title ? s.id + ' — ' + s.title : s.id) +
          '"><span class="src-name">' +
          esc(s.id) +
          '</span></th>';
      }
      h += '<th scope="col">Counts</th></tr></thead><tbody id="rows"></tbody></table></div>';
    } else h += '<ol class="list" id="rows" aria-label="Claims"></ol>';
    results.innerHTML = h + '<div id="more-slot"></div>';
    drawMore(CHUNK);
    let first = null;
    if (keep?.c !== undefined) first = results.querySelector('.cell[data-c="' + keep.c + '"][data-s="' + keep.s + '"]');
    setRoving(first || results.querySelector('.nav'), false);
    if (first) first.focus();
  }

  function drawMore(n) {
    const rows = $('rows');
    if (!rows) return;
    const upto = Math.min(view.claims.length, view.drawn + n);
    let h = '';
    for (let i = view.drawn; i < upto; i++) h += rowHtml(view.claims[i]);
    rows.insertAdjacentHTML('beforeend', h);
    view.drawn = upto;
    $('more-slot').innerHTML = moreRowsHtml();
    observeMore();
  }

  let observer = null;
  function observeMore() {
    if (observer) observer.disconnect();
    const btn = $('more-rows');
    if (!btn || !('IntersectionObserver' in window)) return;
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) drawMore(CHUNK);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(btn);
  }

  function redrawRow(ci) {
    const row = results.querySelector('[data-row="' + ci + '"]');
    if (!row) return;
    row.outerHTML = rowHtml(claims[ci]);
  }

  // ---- roving focus and keyboard ----

  function setRoving(el, focus) {
    if (!el) return;
    for (const old of results.querySelectorAll('.nav[tabindex="0"]')) if (old !== el) old.tabIndex = -1;
    el.tabIndex = 0;
    if (focus) el.focus();
  }

  function rowOf(el) {
    return el.closest('[data-row]');
  }
  function navsOf(row) {
    return row ? Array.from(row.querySelectorAll('.nav')) : [];
  }
  function stepRow(row, dir) {
    let r = row;
    for (;;) {
      r = dir > 0 ? r.nextElementSibling : r.previousElementSibling;
      if (!r && dir > 0 && view.drawn < view.claims.length) {
        drawMore(CHUNK);
        r = row.nextElementSibling;
      }
      if (!r) return null;
      if (r.querySelector('.nav')) return r;
    }
  }

  /** From position `i` in `row`, `steps` rows up (dir -1) or down (dir 1): the nav at the same position there, or null when there is no such row. */
  function verticalTarget(row, i, dir, steps) {
    let r = row;
    for (let k = 0; k < steps; k++) {
      const n = stepRow(r, dir);
      if (!n) break;
      r = n;
    }
    if (r === row) return null;
    const there = navsOf(r);
    return there[Math.min(i, there.length - 1)];
  }

  // where each navigation key moves the focus, from position i of the row's navs (ctrl: Ctrl or Cmd held)
  const NAV_KEYS = new Map([
    ['ArrowRight', (at) => at.navs[at.i + 1]],
    ['ArrowLeft', (at) => at.navs[at.i - 1]],
    ['Home', (at) => (at.ctrl ? results.querySelector('.nav') : at.navs[0])],
    [
      'End',
      (at) => {
        const all = at.ctrl ? results.querySelectorAll('.nav') : at.navs;
        return all[all.length - 1];
      },
    ],
    ['ArrowDown', (at) => verticalTarget(at.row, at.i, 1, 1)],
    ['ArrowUp', (at) => verticalTarget(at.row, at.i, -1, 1)],
    ['PageDown', (at) => verticalTarget(at.row, at.i, 1, 10)],
    ['PageUp', (at) => verticalTarget(at.row, at.i, -1, 10)],
  ]);

  results.addEventListener('keydown', (e) => {
    const el = e.target;
    if (!el.classList?.contains('nav')) return;
    const move = NAV_KEYS.get(e.key);
    if (!move) return;
    const row = rowOf(el);
    const navs = navsOf(row);
    const target = move({ row, navs, i: navs.indexOf(el), ctrl: e.ctrlKey || e.metaKey });
    e.preventDefault();
    if (target) setRoving(target, true);
  });

  results.addEventListener('focusin', (e) => {
    if (e.target.classList?.contains('nav')) setRoving(e.target, false);
  });

  results.addEventListener('click', (e) => {
    const more = e.target.closest('#more-rows');
    if (more) {
      drawMore(CHUNK);
      return;
    }
    const expand = e.target.closest('[data-expand]');
    if (expand) {
      const ci = Number(expand.dataset.expand);
      view.expanded.add(ci);
      redrawRow(ci);
      const row = results.querySelector('[data-row="' + ci + '"]');
      const navs = navsOf(row);
      setRoving(navs[Math.min(MAX_CHIPS, navs.length - 1)], true);
      return;
    }
    const btn = e.target.closest('.cell');
    if (btn) show(Number(btn.dataset.c), Number(btn.dataset.s));
  });

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !selected) return;
    const back = results.querySelector('.cell[data-c="' + selected.c + '"][data-s="' + selected.s + '"]');
    closeDetail();
    if (back) setRoving(back, true);
  });

  // ---- the evidence panel ----

  /** Wrap spans (offsets within the sentence) in <mark>s; overlapping spans split into segments carrying every class. */
  function highlight(text, spans) {
    const cuts = new Set([0, text.length]);
    const live = [];
    for (const sp of spans) {
      const a = Math.max(0, Math.min(text.length, sp.start));
      const b = Math.max(0, Math.min(text.length, sp.end));
      if (b <= a) continue;
      live.push({ a, b, cls: sp.cls, label: sp.label });
      cuts.add(a);
      cuts.add(b);
    }
    const points = Array.from(cuts).sort((x, y) => x - y);
    let h = '';
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const seg = esc(text.slice(a, b));
      const on = live.filter((sp) => sp.a <= a && sp.b >= b);
      if (!on.length) {
        h += seg;
        continue;
      }
      const cls = Array.from(new Set(on.map((sp) => sp.cls))).join(' ');
      const label = Array.from(new Set(on.map((sp) => sp.label))).join('; ');
      h += '<mark class="' + cls + '" title="' + esc(label) + '">' + seg + '</mark>';
    }
    return h;
  }

  // term, value and cue spans are stored relative to their sentence (the report's offsets minus the sentence's start)
  function evidenceHtml(ev) {
    const kind = KINDS[ev[0]];
    const sent = sentences[ev[1]];
    const text = sent[4];
    const spans = [];
    const items = [];
    const at = (a, b) => ' <span class="where mono">[' + (sent[1] + a) + ', ' + (sent[1] + b) + ')</span>';
    for (const t of ev[4]) {
      const term = strings[t[2]];
      spans.push({ start: t[0], end: t[1], cls: 'm-term', label: 'term: ' + term + (t[3] ? ' (one-edit spelling)' : '') });
      items.push(
        '<li>term <mark class="m-term">' +
          esc(text.slice(t[0], t[1])) +
          '</mark> matches “' +
          esc(term) +
          '”' +
          (t[3] ? ' (fuzzy: one edit away)' : '') +
          at(t[0], t[1]) +
          '</li>',
      );
    }
    const v = ev[5];
    if (v) {
      const cls = 'm-value rel-' + v[4];
      spans.push({ start: v[0], end: v[1], cls, label: 'value: ' + v[3] + ' (' + v[4] + ')' });
      items.push(
        '<li>' +
          esc(v[2]) +
          ' value <mark class="' +
          cls +
          '">' +
          esc(text.slice(v[0], v[1])) +
          '</mark> = <code>' +
          esc(v[3]) +
          '</code>, ' +
          esc(v[4]) +
          (v[5] ? ', qualifier “' + esc(v[5]) + '”' : '') +
          at(v[0], v[1]) +
          '</li>',
      );
    }
    for (const c of ev[6]) {
      const ck = CUES[c[2]];
      spans.push({ start: c[0], end: c[1], cls: 'm-' + ck, label: ck + ' cue' });
      items.push('<li>' + ck + ' cue <mark class="m-' + ck + '">' + esc(text.slice(c[0], c[1])) + '</mark>' + at(c[0], c[1]) + '</li>');
    }
    if (!items.length) items.push('<li>no term, value or cue spans recorded</li>');
    return (
      '<li class="ev k-' +
      kind +
      '"><p class="ev-head"><span class="badge">' +
      KIND_SYM[kind] +
      ' ' +
      kind +
      '</span> line ' +
      sent[3] +
      ' · offsets [' +
      sent[1] +
      ', ' +
      sent[2] +
      ')' +
      (ev[2] ? ' · <strong>fuzzy</strong> name match' : '') +
      '</p><blockquote class="sentence">' +
      highlight(text, spans) +
      '</blockquote><p class="reason">' +
      esc(strings[ev[3]]) +
      '</p><ul class="matches">' +
      items.join('') +
      '</ul></li>'
    );
  }

  function sourceMeta(s) {
    const row = (k, v) => (v ? '<dt>' + k + '</dt><dd>' + v + '</dd>' : '');
    const link =
      s.url && /^https?:\/\//i.test(s.url)
        ? '<a href="' + esc(s.url) + '" target="_blank" rel="noopener noreferrer">' + esc(s.url) + '</a>'
        : s.url
          ? esc(s.url)
          : '';
    return (
      '<dl class="meta">' +
      row('Id', '<code>' + esc(s.id) + '</code>') +
      row('Title', s.title ? esc(s.title) : '') +
      row('Outlet', s.outlet ? esc(s.outlet) : '') +
      row('Published', s.published ? esc(s.published) : '') +
      row('Path', '<code>' + esc(pathOf(s)) + '</code>') +
      row('Link', link) +
      '</dl>'
    );
  }

  function show(ci, si) {
    const c = claims[ci];
    const s = sources[si];
    const st = stateOf(c, si);
    const cell = c.byCell.get(si);
    const evs = cell ? cell[2] : [];
    for (const old of results.querySelectorAll('.cell[aria-current]')) old.removeAttribute('aria-current');
    const btn = results.querySelector('.cell[data-c="' + ci + '"][data-s="' + si + '"]');
    if (btn) btn.setAttribute('aria-current', 'true');
    selected = { c: ci, s: si };
    let h = '<h2 id="detail-title" tabindex="-1">' + esc(c.id) + ' × ' + esc(s.id) + '</h2>';
    h +=
      '<p class="verdict"><span class="swatch v-' +
      st +
      '" aria-hidden="true">' +
      SYM[st] +
      '</span> <strong>' +
      WORD[st] +
      '</strong>' +
      (evs.length ? ' — ' + plural(evs.length, 'sentence') : '') +
      '</p>';
    h += '<h3>Claim</h3><div class="claim-h">' + claimHeader(c) + '</div>';
    h += '<h3>Source</h3>' + sourceMeta(s);
    h += '<h3>Deciding sentences</h3>';
    if (evs.length) {
      h +=
        '<p class="key">Key: <mark class="m-term">term</mark> <mark class="m-value">value</mark> <mark class="m-negation">negation</mark> <mark class="m-hedge">hedge</mark></p>';
      h += '<ol class="evidence">' + evs.map(evidenceHtml).join('') + '</ol>';
    } else if (st === 'out') h += '<p class="note">This source is outside the scope of the claim’s file, so it was not asked.</p>';
    else h += '<p class="note">No sentence in this source mentions every <code>about</code> item of the claim.</p>';
    detail.innerHTML = h;
    detail.classList.remove('empty');
    detail.dataset.claim = c.id;
    detail.dataset.source = s.id;
  }

  function closeDetail() {
    for (const old of results.querySelectorAll('.cell[aria-current]')) old.removeAttribute('aria-current');
    selected = null;
    detail.innerHTML =
      '<h2 id="detail-title" tabindex="-1">Evidence</h2><p class="hint">Select a cell (click, or Enter) to see the sentences that decided it.</p>';
    detail.classList.add('empty');
    delete detail.dataset.claim;
    delete detail.dataset.source;
  }

  // ---- filters ----

  const failing = $('f-failing');
  const verdict = $('f-verdict');
  const source = $('f-source');
  const text = $('f-text');
  const evidenceOnly = $('f-evidence');
  const viewSel = $('f-view');
  evidenceOnly.checked = state.evidenceOnly;
  let timer = 0;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(draw, 120);
  };
  failing.addEventListener('change', () => {
    state.failing = failing.checked;
    draw();
  });
  verdict.addEventListener('change', () => {
    state.verdict = verdict.value;
    draw();
  });
  evidenceOnly.addEventListener('change', () => {
    state.evidenceOnly = evidenceOnly.checked;
    draw();
  });
  viewSel.addEventListener('change', () => {
    state.view = viewSel.value;
    draw();
  });
  source.addEventListener('input', () => {
    state.source = source.value;
    later();
  });
  text.addEventListener('input', () => {
    state.text = text.value;
    later();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());

  // print every claim, not only those drawn so far
  window.addEventListener('beforeprint', () => drawMore(view.claims.length));

  draw();
  document.body.dataset.ready = 'true';
})();
