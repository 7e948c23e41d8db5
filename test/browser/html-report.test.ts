// The HTML report in a real browser: Debian's Chromium driven by playwright-core, the page opened from a file:// URL.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/index.js';
import { renderHtml } from '../../src/report/html.js';
import { BENCH_CORPUS, benchReport, bundledReport, cleanup, seedsReport } from './reports.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');
const DOCS_SHOT = path.resolve(import.meta.dirname, '../../docs/report.png');

if (!HAVE_CHROMIUM) console.warn(`[html-report] skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

/** Write a page under test/artifacts/ and return its path. */
function writePage(name: string, report: Report): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, renderHtml(report));
  return file;
}

/** The text of a node in the page (the project's tsconfig has no DOM types). */
type NodeText = { textContent: string | null };

interface Opened {
  page: Page;
  /** Console errors, page errors and any request that is not the page itself. */
  problems: string[];
}

describe.skipIf(!HAVE_CHROMIUM)('html report in Chromium', () => {
  let browser: Browser;
  let report: Report;
  let seedsFile: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    report = await seedsReport();
    seedsFile = writePage('seeds-report.html', report);
  });

  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  async function open(file: string, viewport = { width: 1400, height: 900 }): Promise<Opened> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`request: ${r.url()}`);
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return { page, problems };
  }

  const rowIds = (page: Page) => page.$$eval('[data-row] .claim-id', (els) => els.map((e) => e.textContent));
  const cell = (claim: string, source: string) => `button.cell[aria-label^="Claim ${claim}, source ${source}:"]`;

  test('loads with no console errors and no network, failing claims first', async () => {
    const { page, problems } = await open(seedsFile);
    expect(problems).toEqual([]);
    const failed = report.claims.filter((c) => !c.ok);
    expect(await page.title()).toBe(`corroborate: ${report.claims.length} claims, ${failed.length} failed`);
    expect(await page.textContent('#status')).toContain(`${failed.length} of ${report.claims.length} expectations failed`);
    // a matrix: one row per claim, one column per source
    expect(await page.$$eval('table.matrix thead th.src-h', (ths) => ths.map((t) => t.textContent))).toEqual(report.sources.map((s) => s.id));
    const ids = await rowIds(page);
    expect(ids).toEqual([...failed, ...report.claims.filter((c) => c.ok)].map((c) => c.id));
    expect(ids).toContain('html-summit-alaska-expected-absent');
    // every cell says its verdict with a symbol, not colour alone; out-of-scope sources read "not asked"
    const label = await page.getAttribute(cell('html-escape-probe', 's0'), 'aria-label');
    expect(label).toBe('Claim html-escape-probe, source s0: not asked (outside the claim file’s scope)');
    expect(await page.textContent(cell('html-escape-probe', 's0'))).toBe('–');
    expect(await page.textContent(cell('summit-date-aug-15', 's0'))).toMatch(/^✓\d+$/);
    // the claim text that tries to end the script element is shown as text and ran nothing
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    const texts = await page.$$eval('[data-row] .claim-text', (els) => els.map((e) => e.textContent));
    expect(texts).toContain('Summit </script><script>window.__pwned = 1</script> <!-- <b>not bold</b> & co');
    await page.close();
  });

  test('without JavaScript: the static matrix and every deciding sentence, linked', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(seedsFile).href);
    expect(await page.getAttribute('body', 'data-ready')).toBeNull();
    // the filters and the evidence panel need the script: without it they are not shown
    expect(await page.isVisible('#controls')).toBe(false);
    expect(await page.isVisible('#detail')).toBe(false);
    // the whole matrix: a column per source, a row per claim (failing first), a cell for each pair
    expect(await page.$$eval('table.matrix thead th.src-h', (ths) => ths.map((t) => t.textContent))).toEqual(report.sources.map((s) => s.id));
    const failed = report.claims.filter((c) => !c.ok);
    const ids = await page.$$eval('table.matrix tbody .claim-id', (els) => els.map((e) => e.textContent));
    expect(ids).toEqual([...failed, ...report.claims.filter((c) => c.ok)].map((c) => c.id));
    expect(await page.$$eval('table.matrix tbody .cell', (els) => els.length)).toBe(report.claims.length * report.sources.length);
    const staticCell = (claim: string, source: string) => `.cell[title^="Claim ${claim}, source ${source}:"]`;
    expect(await page.textContent(staticCell('html-escape-probe', 's0'))).toBe('–');
    expect(await page.getAttribute(staticCell('html-escape-probe', 's0'), 'title')).toBe(
      'Claim html-escape-probe, source s0: not asked (outside the claim file’s scope)',
    );
    // a cell with evidence links to its sentences, which are on the page, highlighted
    const claim = report.claims.find((c) => c.id === 'summit-date-aug-15');
    const ev = claim?.verdicts.s0?.evidence ?? [];
    expect(ev.length).toBeGreaterThan(0);
    await page.click(staticCell('summit-date-aug-15', 's0'));
    const target = (await page.evaluate('location.hash')) as string;
    expect(target).toMatch(/^#e-\d+-\d+$/);
    const article = page.locator(target);
    expect(await article.isVisible()).toBe(true);
    expect(await article.locator('h3').textContent()).toMatch(/^summit-date-aug-15 × s0: /);
    const sentences = await article.locator('blockquote.sentence').allTextContents();
    expect(sentences).toEqual(ev.map((e) => e.text));
    const values = await article.locator('blockquote mark.m-value').allTextContents();
    expect(values.join('')).toBe(ev.map((e) => e.value?.text ?? '').join(''));
    // one section per cell with evidence: the same cells the script's panel shows
    const withEvidence = report.claims.reduce((n, c) => n + Object.values(c.verdicts).filter((v) => v.verdict !== 'absent' || v.evidence.length).length, 0);
    expect(await page.$$eval('#static-evidence article.ev-cell', (a) => a.length)).toBe(withEvidence);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await ctx.close();
  });

  test('with JavaScript the static view gives way to the interactive one', async () => {
    const { page, problems } = await open(seedsFile);
    expect(await page.$('#static-evidence')).toBeNull();
    expect(await page.$('#static-view')).toBeNull();
    expect(await page.isVisible('#controls')).toBe(true);
    expect(await page.$$eval('button.cell', (b) => b.length)).toBe(report.claims.length * report.sources.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a click shows the deciding sentences with terms, value and cues highlighted, and the source', async () => {
    const { page, problems } = await open(seedsFile);
    const claim = report.claims.find((c) => c.id === 'summit-date-aug-15');
    const ev = claim?.verdicts.s0?.evidence ?? [];
    expect(ev.length).toBeGreaterThan(0);
    await page.click(cell('summit-date-aug-15', 's0'));
    await expect.poll(() => page.textContent('#detail-title')).toBe('summit-date-aug-15 × s0');
    const shown = await page.$$eval('#detail ol.evidence > li', (lis) =>
      lis.map((li) => ({
        sentence: li.querySelector('blockquote')?.textContent,
        values: Array.from(li.querySelectorAll('blockquote mark.m-value'), (m) => (m as NodeText).textContent),
        terms: Array.from(li.querySelectorAll('blockquote mark.m-term'), (m) => (m as NodeText).textContent),
      })),
    );
    expect(shown.map((s) => s.sentence)).toEqual(ev.map((e) => e.text));
    for (const [i, e] of ev.entries()) {
      expect(shown[i]?.values.join('')).toBe(e.value?.text ?? '');
      expect(new Set(shown[i]?.terms)).toEqual(new Set(e.terms.map((t) => t.text)));
    }
    const detail = (await page.textContent('#detail')) ?? '';
    const source = report.sources.find((s) => s.id === 's0');
    expect(detail).toContain(source?.title ?? 'no title');
    expect(detail).toContain(source?.published ?? 'no date');
    expect(detail).toContain(source?.path ?? 'no path');
    expect(detail).toContain(ev[0]?.reason ?? 'no reason');
    expect(await page.getAttribute(cell('summit-date-aug-15', 's0'), 'aria-current')).toBe('true');

    // hedge and negation cues are marked too
    const hedged = report.claims.flatMap((c) =>
      Object.entries(c.verdicts).flatMap(([sid, v]) => v.evidence.filter((e) => e.cues.length).map((e) => ({ c: c.id, sid, e }))),
    );
    expect(hedged.length).toBeGreaterThan(0);
    const first = hedged[0] as (typeof hedged)[number];
    await page.click(cell(first.c, first.sid));
    await expect.poll(() => page.textContent('#detail-title')).toBe(`${first.c} × ${first.sid}`);
    const cues = await page.$$eval('#detail blockquote mark.m-negation, #detail blockquote mark.m-hedge', (ms) => ms.map((m) => m.textContent));
    for (const cue of first.e.cues) expect(cues.join(' ')).toContain(cue.text);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('filters: failing only, by verdict, by source and by text', async () => {
    const { page } = await open(seedsFile);
    const failing = report.claims.filter((c) => !c.ok).map((c) => c.id);
    await page.check('#f-failing');
    await expect.poll(() => rowIds(page)).toEqual(failing);
    expect(await page.$$eval('[data-row]', (rows) => rows.every((r) => r.classList.contains('fail')))).toBe(true);
    await page.uncheck('#f-failing');
    await expect.poll(async () => (await rowIds(page)).length).toBe(report.claims.length);

    await page.selectOption('#f-verdict', 'contradicted');
    const contradicted = report.claims.filter((c) => c.counts.contradicted > 0).map((c) => c.id);
    await expect.poll(async () => (await rowIds(page)).sort()).toEqual([...contradicted].sort());
    await page.selectOption('#f-verdict', '');

    await page.fill('#f-source', 's1');
    await expect.poll(() => page.$$eval('table.matrix thead th.src-h', (ths) => ths.map((t) => t.textContent))).toEqual(['s1']);
    await page.fill('#f-source', '');

    await page.fill('#f-text', 'lavrov');
    await expect.poll(() => rowIds(page)).toEqual(report.claims.filter((c) => /lavrov/i.test(c.id + c.claim)).map((c) => c.id));
    expect(await page.textContent('#shown')).toMatch(/^Showing 2 of \d+ claims/);
    await page.close();
  });

  test('keyboard: Tab reaches the matrix, arrows move, Enter shows evidence, Escape returns', async () => {
    const { page } = await open(seedsFile);
    await page.focus('#f-view');
    await page.keyboard.press('Tab');
    const at = () =>
      page.evaluate(
        '(() => { const el = document.activeElement; return { c: el.dataset.c, s: el.dataset.s, outline: getComputedStyle(el).outlineStyle, tab: el.tabIndex } })()',
      );
    expect(await at()).toEqual({ c: '0', s: '0', outline: 'solid', tab: 0 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await at()).toMatchObject({ c: '2', s: '1', outline: 'solid', tab: 0 });
    // one tab stop for the whole matrix
    expect(await page.$$eval('.nav[tabindex="0"]', (els) => els.length)).toBe(1);
    await page.keyboard.press('End');
    expect(await at()).toMatchObject({ c: '2', s: String(report.sources.length - 1) });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const third = (await rowIds(page))[2];
    await expect.poll(() => page.textContent('#detail-title')).toBe(`${third} × s1`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#detail-title')).toBe('Evidence');
    expect(await at()).toMatchObject({ c: '2', s: '1' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect.poll(() => page.textContent('#detail-title')).toBe(`${(await rowIds(page))[1]} × s1`);
    await page.close();
  });

  test('prints: controls hidden, a PDF renders', async () => {
    const { page } = await open(seedsFile);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate("getComputedStyle(document.getElementById('controls')).display")).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  test('screenshot', async () => {
    const { page } = await open(seedsFile);
    // a contradiction through a negation cue, with the failing claim still in view
    await page.click(cell('zelensky-invited-to-alaska', 's1'));
    await expect.poll(() => page.textContent('#detail-title')).toBe('zelensky-invited-to-alaska × s1');
    await page.$eval('.matrix-wrap', (el) => {
      el.scrollTop = 0;
    });
    const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png') });
    expect(shot.length).toBeGreaterThan(10_000);
    // the README's copy changes only when asked for
    if (process.env.CORROBORATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(path.dirname(DOCS_SHOT), { recursive: true });
      writeFileSync(DOCS_SHOT, shot);
    }
    await page.close();
  });

  test('the bundled claims/ and corpus/, when present', async (ctx) => {
    const bundled = await bundledReport();
    if (!bundled) return ctx.skip();
    const { page, problems } = await open(writePage('bundled-report.html', bundled));
    expect(problems).toEqual([]);
    expect((await rowIds(page)).length).toBe(bundled.claims.length);
    await page.close();
  });

  let bench: Report | undefined;
  test.skipIf(!existsSync(BENCH_CORPUS))(
    'benchmark corpus: thousands of sources stay a small page',
    async () => {
      const t0 = Date.now();
      bench = await benchReport(8);
      const t1 = Date.now();
      const file = writePage('bench-report.html', bench);
      const bytes = statSync(file).size;
      const cells = bench.claims.length * bench.sources.length;
      console.info(
        `[html-report] benchmark: ${bench.claims.length} claims × ${bench.sources.length} sources, ${(bytes / 1024).toFixed(0)} KiB, checked in ${t1 - t0} ms`,
      );
      expect(bench.sources.length).toBeGreaterThan(5000);
      // the size follows the evidence, not claims × sources; every deciding sentence is on the page
      // twice (static HTML, read without JavaScript, and the JSON the script draws from)
      expect(bytes).toBeLessThan(2_000_000);
      const { page, problems } = await open(file);
      expect(problems).toEqual([]);
      // by default only sources with evidence get a column
      expect(await page.isChecked('#f-evidence')).toBe(true);
      const drawn = () => page.$$eval('button.cell', (b) => b.length);
      expect(await drawn()).toBeLessThan(cells / 100);
      // every source as a column would be too wide: the list view names only sources with evidence
      await page.uncheck('#f-evidence');
      await expect.poll(() => page.$$eval('ol.list > li', (li) => li.length)).toBe(bench.claims.length);
      expect(await page.textContent('.notice')).toContain('too many columns');
      expect(await page.textContent('#shown')).toContain('list view');
      const listed = bench.claims.reduce((n, c) => n + Object.values(c.verdicts).filter((v) => v.verdict !== 'absent' || v.evidence.length).length, 0);
      expect(await drawn()).toBeLessThanOrEqual(listed);
      expect(await page.$$eval('*', (els) => els.length)).toBeLessThan(5000);
      const withEvidence = bench.claims.find((c) => c.counts.supported + c.counts.contradicted > 0);
      const sid = Object.entries(withEvidence?.verdicts ?? {}).find(([, v]) => v.verdict !== 'absent')?.[0];
      await page.click(cell(withEvidence?.id ?? '', sid ?? ''));
      await expect.poll(() => page.textContent('#detail-title')).toBe(`${withEvidence?.id} × ${sid}`);
      await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
      await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-bench.png') });
      expect(problems).toEqual([]);
      console.info(`[html-report] benchmark page tested in ${Date.now() - t1} ms`);
      await page.close();
    },
    60_000,
  );

  test('many claims are drawn a chunk at a time as the page scrolls', async (ctx) => {
    if (!bench) return ctx.skip();
    const base = bench.claims;
    // the benchmark's claims, repeated under new ids: 150 rows over 5,545 sources
    const many: Report = {
      ...bench,
      claims: Array.from({ length: 150 }, (_, i) => ({ ...(base[i % base.length] as Report['claims'][number]), id: `many-${i}` })),
    };
    const { page, problems } = await open(writePage('many-report.html', many));
    await page.uncheck('#f-evidence');
    const rows = () => page.$$eval('[data-row]', (r) => r.length);
    await expect.poll(rows).toBe(50);
    for (let i = 0; i < 40 && (await rows()) < 150; i++) await page.mouse.wheel(0, 3000);
    await expect.poll(rows).toBe(150);
    expect(await page.$('#more-rows')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
