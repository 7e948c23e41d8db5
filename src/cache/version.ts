/**
 * What a cache entry depends on besides its input files: the engine version (package
 * version, the cache format, and a hash of the package's code, so a changed segmenter or
 * stemmer never reads an entry written by the old one, even unreleased) and the lexicon
 * version (a hash of the word lists, lexicon/*.json).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the layout of an entry changes. */
export const CACHE_FORMAT = 1;

// this file is src/cache/version.ts or dist/cache/version.js: the code root is one folder up
const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE = /\.(?:js|ts|json)$/;

function hashFiles(h: ReturnType<typeof createHash>, dir: string, filter: (name: string) => boolean, deep: boolean): void {
  let names: { name: string; dir: boolean }[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const p = path.join(dir, e.name);
    if (e.dir) {
      if (deep) hashFiles(h, p, filter, deep);
    } else if (filter(e.name)) {
      h.update(`${path.relative(codeRoot, p)}\0`);
      h.update(readFileSync(p));
      h.update('\0');
    }
  }
}

let engine: string | undefined;
let lexicon: string | undefined;

/** `<package version>+f<format>+<code hash>`. */
export function engineVersion(): string {
  if (engine === undefined) {
    let version = '0.0.0';
    try {
      version = (JSON.parse(readFileSync(path.join(codeRoot, '..', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {}
    const h = createHash('sha256');
    hashFiles(h, codeRoot, (n) => CODE.test(n) && !n.endsWith('.d.ts'), true);
    engine = `${version}+f${CACHE_FORMAT}+${h.digest('hex').slice(0, 16)}`;
  }
  return engine;
}

/** A hash of the contents of lexicon/*.json. */
export function lexiconVersion(): string {
  if (lexicon === undefined) {
    const h = createHash('sha256');
    hashFiles(h, path.join(codeRoot, 'lexicon'), (n) => n.endsWith('.json'), false);
    lexicon = h.digest('hex').slice(0, 16);
  }
  return lexicon;
}
