// The HTML report without a browser: structure, escaping, and a lossless embedded JSON.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { check, type Report, reporters } from '../../src/index.js';
import { CUE_KINDS, EVIDENCE_KINDS, encodeReport, type HtmlData, renderHtml } from '../../src/report/html.js';
import { type ClaimResult, type Evidence, VERDICTS, type Verdict } from '../../src/types.js';
import { cleanup, seedsReport, tempDir } from '../browser/reports.js';

afterAll(cleanup);

/** The JSON block of a page, parsed. */
function embedded(html: string): HtmlData {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no report-data block');
  return JSON.parse(m[1] as string) as HtmlData;
}

/** Rebuild the report from the page's data, as the page reads it. */
function decode(d: HtmlData): Report {
  const sources = d.sources.map((s) => ({ ...s, path: d.root + s.path }));
  const claims = d.claims.map((c): ClaimResult => {
    const inScope = c.in ? c.in : sources.map((_, i) => i).filter((i) => !c.out?.includes(i));
    const verdicts: ClaimResult['verdicts'] = {};
    for (const si of inScope) verdicts[sources[si]?.id as string] = { verdict: 'absent', evidence: [] };
    for (const [si, v, evs] of c.cells)
      verdicts[sources[si]?.id as string] = {
        verdict: VERDICTS[v] as Verdict,
        evidence: evs.map(([kind, sid, fuzzy, reason, terms, value, cues]): Evidence => {
          const [, start, end, line, text] = d.sentences[sid] as [number, number, number, number, string];
          const span = (a: number, b: number) => ({ start: start + a, end: start + b, text: text.slice(a, b) });
          return {
            kind: EVIDENCE_KINDS[kind] as Evidence['kind'],
            start,
            end,
            text,
            fuzzy: fuzzy === 1,
            reason: d.strings[reason] as string,
            line,
            terms: terms.map(([a, b, t, f]) => ({ ...span(a, b), term: d.strings[t] as string, ...(f ? { fuzzy: true } : {}) })),
            ...(value
              ? {
                  value: {
                    kind: value[2] as 'date',
                    ...span(value[0], value[1]),
                    value: value[3],
                    relation: value[4] as 'equal',
                    ...(value[5] ? { qualifier: value[5] } : {}),
                  },
                }
              : {}),
            cues: cues.map(([a, b, k]) => ({ ...span(a, b), kind: CUE_KINDS[k] as 'negation' })),
          };
        }),
      };
    const [supported = 0, contradicted = 0, mixed = 0, absent = 0] = c.counts;
    return {
      id: c.id,
      file: c.file,
      line: c.line,
      column: c.column,
      claim: c.claim,
      ok: c.ok,
      counts: { supported, contradicted, mixed, absent },
      verdicts,
      failures: c.failures,
    };
  });
  return { ok: d.ok, sources, claims };
}

/** A value's keys in a fixed order, so toEqual compares content, not insertion order of verdict keys. */
// errors and warnings are static HTML on the page (see the issues test), not part of the script's data
const sorted = (r: Report) => ({ ok: r.ok, sources: r.sources, claims: [...r.claims].sort((a, b) => a.id.localeCompare(b.id)) });

/** A corpus and claims whose text tries every way out of a <script> element. */
async function hostileReport(): Promise<Report> {
  const dir = tempDir('corroborate-html-');
  writeFileSync(
    path.join(dir, 'evil.txt'),
    [
      '---',
      'id: evil',
      'title: "</script><script>alert(1)</script><img src=x>"',
      'outlet: "<!-- outlet & co -->"',
      'url: "javascript:alert(1)"',
      'published: 2025-08-14',
      '---',
      'Officials said the summit will be held in Alaska on Friday, according to a note titled "</script><script>alert(2)</script>".',
      'Line\u2028separator and <!-- comment --> in a sentence about the summit, which could move to Rome.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'claims.yaml'),
    'claims:\n  - id: evil\n    claim: "The summit </SCRIPT> is in Alaska <!--"\n    about: [summit]\n    value: { entity: Alaska }\n    expect: contradicted\n',
  );
  return check({ claims: ['claims.yaml'], corpus: ['evil.txt'], cwd: dir });
}

describe('html report', () => {
  test('is registered as a format and is one self-contained page', async () => {
    const report = await seedsReport();
    const html = reporters.html?.(report, { style: { color: false } }) ?? '';
    expect(html).toBe(renderHtml(report));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    // no external assets and no network: the only link is the empty data: icon; CSP forbids fetching
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|<img |@import|url\(/i);
    expect(html.match(/<link[^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    // summary counts are static HTML, readable without the script
    const failed = report.claims.filter((c) => !c.ok).length;
    expect(failed).toBeGreaterThan(0);
    expect(html).toContain(`${failed} of ${report.claims.length} expectations failed`);
    expect(html).toContain(`Claims</dt><dd>${report.claims.length}</dd>`);
    const supported = report.claims.reduce((n, c) => n + c.counts.supported, 0);
    expect(html).toContain(`Supported</dt><dd>${supported}</dd>`);
  });

  test('the embedded data is lossless, failing claims first, without bare absent cells', async () => {
    const report = await seedsReport();
    const data = embedded(renderHtml(report));
    expect(sorted(decode(data))).toEqual(sorted(report));
    const firstPass = data.claims.findIndex((c) => c.ok);
    expect(data.claims.slice(firstPass).every((c) => c.ok)).toBe(true);
    expect(firstPass).toBe(report.claims.filter((c) => !c.ok).length);
    const bare = report.claims.flatMap((c) => Object.values(c.verdicts)).filter((v) => v.verdict === 'absent' && !v.evidence.length).length;
    const all = report.claims.reduce((n, c) => n + Object.keys(c.verdicts).length, 0);
    expect(data.claims.reduce((n, c) => n + c.cells.length, 0)).toBe(all - bare);
    // the fixture's scoped claims list who is in scope
    expect(data.claims.find((c) => c.id === 'html-escape-probe')?.in).toEqual([1, 2]);
  });

  test('spans are stored relative to their sentence and quote the same text', async () => {
    const report = await seedsReport();
    const data = encodeReport(report);
    let checked = 0;
    for (const c of data.claims)
      for (const [, , evs] of c.cells)
        for (const [, sid, , , terms, value, cues] of evs) {
          const text = data.sentences[sid]?.[4] as string;
          for (const [a, b] of [...terms, ...(value ? [value] : []), ...cues]) {
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThanOrEqual(text.length);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(20);
  });

  test('article text, titles and claim text cannot break out of the page', async () => {
    const report = await hostileReport();
    expect(report.claims[0]?.verdicts.evil?.evidence.some((e) => e.text.includes('</script>'))).toBe(true);
    const html = renderHtml(report);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u2028');
    // the JSON escapes <, > and &
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(2)');
    expect(sorted(decode(embedded(html)))).toEqual(sorted(report));
  });

  test('is deterministic, and compact for a wide corpus', async () => {
    const report = await seedsReport();
    expect(renderHtml(report)).toBe(renderHtml(structuredClone(report)));
    const json = reporters.json?.(report, { style: { color: false } }) ?? '';
    // absent cells and repeated sentences are not stored: the page's data is smaller than the JSON report
    expect(JSON.stringify(encodeReport(report)).length).toBeLessThan(json.length / 2);
  });
});
