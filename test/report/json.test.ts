// The JSON report: compact by default, `--pretty` indents; only decided verdicts unless --all-verdicts.
import { expect, test } from 'vitest';
import { check, type Report } from '../../src/index.js';
import { jsonClaim, renderJson, renderJsonChunks } from '../../src/report/json.js';
import { GOLD, SEEDS } from '../data.js';

const report = () => check({ claims: [GOLD], corpus: [SEEDS] });

/** The document the contract describes, built with JSON.stringify. */
function expected(r: Report, allVerdicts: boolean): unknown {
  return {
    ok: r.ok,
    errors: r.errors ?? [],
    warnings: r.warnings ?? [],
    sources: r.sources,
    claims: r.claims.map((c) => jsonClaim(c, r.sources, allVerdicts)),
  };
}

test('--pretty: the streamed JSON equals JSON.stringify(document, null, 2)', async () => {
  const r = await report();
  expect(renderJson(r, { pretty: true })).toBe(`${JSON.stringify(expected(r, false), null, 2)}\n`);
  expect(renderJson(r, { pretty: true, allVerdicts: true })).toBe(`${JSON.stringify(expected(r, true), null, 2)}\n`);
});

test('compact by default: one line for the head, one per claim, and the same value', async () => {
  const r = await report();
  const text = renderJson(r);
  expect(JSON.parse(text)).toEqual(expected(r, false));
  expect(text.split('\n').length).toBe(r.claims.length + 1);
  expect(text.length).toBeLessThan(renderJson(r, { pretty: true }).length);
});

test('verdicts list only sources that are not absent or have evidence; --all-verdicts lists every source in scope', async () => {
  const r = await report();
  const compact = JSON.parse(renderJson(r)) as Report;
  const all = JSON.parse(renderJson(r, { allVerdicts: true })) as Report;
  let implied = 0;
  for (const [i, c] of compact.claims.entries()) {
    const full = all.claims[i] as Report['claims'][number];
    expect(Object.keys(full.verdicts)).toEqual(r.sources.map((s) => s.id));
    for (const [sid, v] of Object.entries(full.verdicts)) {
      if (v.verdict === 'absent' && !v.evidence.length) {
        expect(c.verdicts[sid]).toBeUndefined();
        implied++;
      } else expect(c.verdicts[sid]).toEqual(v);
    }
    expect(c.inScope).toBeUndefined();
  }
  expect(implied).toBeGreaterThan(0);
});

test('empty lists render as JSON.stringify does', () => {
  const empty = { ok: true, sources: [], claims: [] };
  const doc = { ok: true, errors: [], warnings: [], sources: [], claims: [] };
  expect([...renderJsonChunks(empty, { pretty: true })].join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  expect([...renderJsonChunks(empty)].join('')).toBe(`${JSON.stringify(doc)}\n`);
});
