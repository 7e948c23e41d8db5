// Claim files as Vitest test files. The plugin turns each YAML claim file into a test
// module with one test per claim, written on the claim's own line, plus a source map, so
// failures, code frames, `vitest run claims/x.yaml:14` and GitHub annotations all point
// at the YAML. Parsing and validation (yaml + zod) happen here, in the main process; the
// workers only import the engine (runtime.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { type LoadedClaims, parseClaimFiles } from '../claims/load.js';
import type { InputError } from '../errors.js';
import { displayPath, resolvePaths } from '../paths.js';
import type { ClaimModule } from './runtime.js';

export interface ClaimsPluginOptions {
  /** Corpus files, folders or globs, relative to the project root (default `corpus`). */
  corpus?: string | string[];
  /**
   * Every claim file of the project (default `claims`): their entity maps are merged and
   * their ids must be unique, as with `corroborate check`. The files that become tests
   * are the project's `include`.
   */
  claims?: string | string[];
  /**
   * The ingest cache folder, shared with `corroborate check` (default: `node_modules/.cache/corroborate`,
   * as the CLI; relative to the project root); `false` turns it off, as `--no-cache` does.
   */
  cacheDir?: string | false;
}

// the worker side, beside this file: runtime.ts in the sources, runtime.js in the compiled package
const RUNTIME = fileURLToPath(new URL(`./runtime${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
const YAML = /\.ya?ml$/i;

const list = (v: string | string[] | undefined, d: string): string[] => (v === undefined ? [d] : Array.isArray(v) ? v : [v]);

/**
 * A Vite plugin that makes claim files (`claims/**\/*.yaml`) Vitest test files.
 * Use it in a project of its own: it turns every YAML module of that project into tests.
 * @example
 * // vitest.config.ts
 * import { claimsPlugin } from 'corroborate/vitest'
 * export default defineConfig({ test: { projects: [
 *   { plugins: [claimsPlugin({ corpus: 'corpus' })],
 *     test: { name: 'claims', include: ['claims/**\/*.yaml'], isolate: false, includeTaskLocation: true } },
 * ] } })
 */
export function claimsPlugin(options: ClaimsPluginOptions = {}): Plugin {
  const corpus = list(options.corpus, 'corpus');
  const claims = list(options.claims, 'claims');
  let root = process.cwd();
  // one parse of all claim files, reused until any of them changes
  let cache: { key: string; loaded: LoadedClaims } | undefined;

  async function loadAll(id: string, src: string): Promise<{ display: string; loaded: LoadedClaims }> {
    const display = displayPath(id, root);
    const { files } = await resolvePaths(claims, ['yaml', 'yml'], root, 'claims');
    const texts = await Promise.all(
      files.filter((f) => f.display !== display).map(async (f) => ({ display: f.display, text: await readFile(f.abs, 'utf8').catch(() => '') })),
    );
    texts.push({ display, text: src });
    texts.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    const key = texts.map((t) => `${t.display}\0${t.text}`).join('\0\0');
    if (cache?.key !== key) cache = { key, loaded: parseClaimFiles(texts) };
    return { display, loaded: cache.loaded };
  }

  return {
    name: 'corroborate:claims',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureVitest({ vitest }) {
      // a corpus change can change any verdict: rerun every claim file
      const triggers = corpus.map((p) => path.resolve(root, p)).flatMap((p) => [p, `${p}/**`]);
      for (const t of triggers) if (!vitest.config.forceRerunTriggers.includes(t)) vitest.config.forceRerunTriggers.push(t);
    },
    async transform(src, id) {
      if (id.includes('?') || id.includes('\0') || !YAML.test(id)) return null;
      const { display, loaded } = await loadAll(id, src);
      const mine = loaded.claims.filter((c) => c.file === display);
      const errors = loaded.errors.filter((e) => e.file === display);
      // entity places carry whole files of text; the runtime needs only names, aliases and `within`
      const entities = [...loaded.entities.values()].map((e) => ({ ...e, place: { ...e.place, source: '' } }));
      const mod: ClaimModule = {
        cwd: root,
        corpus,
        ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir === false ? false : path.resolve(root, options.cacheDir) } : {}),
        file: display,
        text: src,
        // a claim with an error on its line (a duplicate id) is replaced by that error's test
        claims: mine.filter((c) => !errors.some((e) => e.line === c.line)).map((c) => ({ ...c, expectSources: stripSources(c.expectSources) })),
        entities,
      };
      return generate(src, id, mod, errors);
    },
  };
}

function stripSources<T extends { source: string }>(places: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(places).map(([k, p]) => [k, { ...p, source: '' }]));
}

/** A generated line and the YAML place it stands for. */
interface Placed {
  line: number;
  column: number;
  code: string;
}

/** Write the test module: one test per claim (or per input error) on its own YAML line. */
export function generate(src: string, id: string, mod: ClaimModule, errors: InputError[]): { code: string; map: SourceMap } {
  const placed: Placed[] = [];
  // an invalid file is a failing test at each bad place, not a crash of the run
  errors.forEach((e, k) => {
    const name = `${e.code}: ${e.message}`;
    const meta = { claimFile: mod.file, claimLine: e.line ?? 1, claimColumn: e.column ?? 1 };
    placed.push({
      line: e.line ?? 1,
      column: e.column ?? 1,
      code: `test(${JSON.stringify(name)}, { meta: ${JSON.stringify(meta)} }, () => { expect({ errors: [E[${k}]] }).toMeetExpectation() });`,
    });
  });
  if (!errors.length && !mod.claims.length) {
    placed.push({ line: 1, column: 1, code: `test.skip(${JSON.stringify(`${mod.file}: no claims`)}, () => {});` });
  }
  mod.claims.forEach((c, i) => {
    const meta = { claimId: c.id, claimFile: c.file, claimLine: c.line, claimColumn: c.column };
    placed.push({
      line: c.line,
      column: c.column,
      code: `test(${JSON.stringify(`${c.id}: ${c.claim}`)}, { meta: ${JSON.stringify(meta)} }, () => { expect(R.outcome(${i})).toMeetExpectation() });`,
    });
  });
  const lines = src.split('\n').map(() => '');
  const at: ([number, number] | undefined)[] = lines.map(() => undefined);
  lines[0] =
    `import { test, expect } from 'vitest'; import { claimModule } from ${JSON.stringify(RUNTIME)}; ` +
    `const E = ${JSON.stringify(errors)}; const R = await claimModule(${JSON.stringify(mod)}); `;
  at[0] = [0, 0];
  for (const p of placed) {
    const l = Math.min(Math.max(1, p.line), lines.length) - 1;
    lines[l] += p.code;
    at[l] ??= [l, Math.max(0, p.column - 1)];
  }
  return {
    code: lines.join('\n'),
    map: { version: 3, file: id, sources: [id], sourcesContent: [src], names: [], mappings: encodeMappings(at) },
  };
}

export interface SourceMap {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}

/** Source map mappings with one segment per generated line: its column 0 maps to `[line, column]` (0-based). */
export function encodeMappings(at: ([number, number] | undefined)[]): string {
  let prevLine = 0;
  let prevCol = 0;
  return at
    .map((p) => {
      if (!p) return '';
      const seg = vlq(0) + vlq(0) + vlq(p[0] - prevLine) + vlq(p[1] - prevCol);
      prevLine = p[0];
      prevCol = p[1];
      return seg;
    })
    .join(';');
}

export default claimsPlugin;
