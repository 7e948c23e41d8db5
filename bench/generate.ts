/**
 * Deterministic benchmark inputs drawn from the corpus itself: claim sets whose
 * `about` terms are proper names and content words of real headlines, and whose
 * values are dates and names found in the articles; and an N-fold copy of a corpus
 * with distinct source ids.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** An article as the generator sees it: id, published date, headline and body. */
export interface Article {
  id: string;
  published?: string;
  headline: string;
  body: string;
}

export interface GeneratedClaims {
  /** Claim files (YAML), by file name. */
  files: { name: string; text: string }[];
  /** Every term a claim names (about terms, entity values, rivals), de-duplicated: what ripgrep looks for. */
  terms: string[];
  /** Per claim: its about items (alternatives per item), for the naive rescan. */
  about: string[][][];
  kinds: Record<'plain' | 'date' | 'entity', number>;
}

/** mulberry32: a small, seedable PRNG, so the same corpus always gives the same claims. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Read the `.txt` articles of a folder (sorted by name), at most `limit` of them. */
export function readArticles(dir: string, limit = Infinity): Article[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  return names.map((f) => {
    let raw = readFileSync(path.join(dir, f), 'utf8');
    let published: string | undefined;
    const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(raw);
    if (fm) {
      published = /^published:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(fm[1] as string)?.[1];
      raw = raw.slice(fm[0].length);
    }
    const nl = raw.indexOf('\n');
    const headline = (nl === -1 ? raw : raw.slice(0, nl)).trim();
    return { id: f.replace(/\.txt$/, ''), ...(published ? { published } : {}), headline, body: nl === -1 ? '' : raw.slice(nl + 1) };
  });
}

const STOP = new Set(
  (
    'a an the and or but of to in on at by for from with without about as into onto over under after before than then this that these those ' +
    'is are was were be been being has have had do does did will would can could may might must shall should not no yes new says said say ' +
    'its it he she they we you his her their our your who whom which what when where why how all any some more most many much very also ' +
    'up down out off again just still first last next year years day days week weeks month months time two three four five six one ' +
    'mr mrs ms dr us uk un eu report reports reported news update updates official officials according amid'
  ).split(' '),
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_RX = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const MONTH_YEAR_RX = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
// Two or three capitalised words in a row, not at a sentence start: names, places, organisations.
const NAME_RX = /(?<=[a-z,;] )(?:[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,2})\b|(?<=[a-z,;] )[A-Z][a-z]{3,}\b/g;
const WORD_RX = /[\p{L}][\p{L}'’-]*/gu;

function words(s: string): string[] {
  return s.match(WORD_RX) ?? [];
}

function isName(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !STOP.has(w.toLowerCase());
}

function contentWords(headline: string): string[] {
  return [...new Set(words(headline).filter((w) => /^\p{Ll}{4,}$/u.test(w) && !STOP.has(w)))];
}

function headlineNames(headline: string): string[] {
  return [...new Set(words(headline).slice(1).filter(isName))];
}

function bodyNames(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.slice(0, 6000).matchAll(NAME_RX)) if (m[0].split(' ').every(isName)) out.add(m[0]);
  return [...out];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateIn(a: Article, r: () => number): string | undefined {
  const days = [...a.body.matchAll(DATE_RX)].map((m) => `${m[3]}-${pad(MONTHS.indexOf(m[1] as string) + 1)}-${pad(Number(m[2]))}`);
  const months = [...a.body.matchAll(MONTH_YEAR_RX)].map((m) => `${m[2]}-${pad(MONTHS.indexOf(m[1] as string) + 1)}`);
  const real = (d: string) =>
    !Number.isNaN(Date.parse(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`)) &&
    new Date(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`).toISOString().startsWith(d);
  const pool = [...days, ...months].filter(real);
  if (pool.length && r() < 0.7) return pick(pool, r);
  if (!a.published) return pool.length ? pick(pool, r) : undefined;
  const x = r();
  // the article's own date, at day, month or year precision
  return x < 0.6 ? a.published : x < 0.85 ? a.published.slice(0, 7) : a.published.slice(0, 4);
}

function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function q(s: string): string {
  return JSON.stringify(s); // a JSON string is a valid YAML flow scalar
}

type Kind = 'plain' | 'date' | 'entity';

/** Claim kinds in turn: claim k (from 0) is of kind k mod 3. */
const KINDS: readonly Kind[] = ['plain', 'date', 'entity'];
const PER_FILE = 50;

/** One generation in progress: its draws, the articles it draws from and what its claims have named so far. */
interface Generation {
  r: () => number;
  usable: Article[];
  /** Claims wanted. */
  n: number;
  /** Articles given (for the give-up message). */
  articleCount: number;
  attempts: number;
  terms: Set<string>;
  about: string[][][];
  kinds: Record<Kind, number>;
  /** Lower-cased names and aliases defined by an entity entry so far. */
  entityNames: Set<string>;
}

/** A claim's value: its YAML (or ''), its rivals (YAML, or ''), what the claim text says of it, and the entity entry it defines, if any. */
interface Value {
  value: string;
  rivals: string;
  text: string;
  entity?: string;
}

const PLAIN: Value = { value: '', rivals: '', text: '' };

/** The about items of a claim on `a`: a name, and mostly also one or two content words of its headline as alternatives. */
function drawAbout(a: Article, r: () => number): { name: string; alts: string[]; items: string[][] } | undefined {
  const names = [...headlineNames(a.headline), ...bodyNames(a.body)];
  const content = contentWords(a.headline);
  if (names.length === 0 || content.length === 0) return undefined;
  const name = pick(names, r);
  const alts = [...new Set([pick(content, r), pick(content, r)])];
  return { name, alts, items: r() < 0.15 ? [[name]] : [[name], alts] };
}

function aboutYaml(items: string[][]): string {
  return `[${items.map((it) => (it.length === 1 ? q(it[0] as string) : `[${it.map(q).join(', ')}]`)).join(', ')}]`;
}

function dateValue(a: Article, r: () => number): Value | undefined {
  const d = dateIn(a, r);
  return d ? { value: `{ date: ${q(d)} }`, rivals: '', text: ` on ${d}` } : undefined;
}

/** A multi-word name gets an entity entry with its last word as alias, once. */
function aliasEntry(e: string, defined: Set<string>): string | undefined {
  const parts = e.split(' ');
  const alias = parts[parts.length - 1] as string;
  if (parts.length <= 1 || defined.has(e.toLowerCase()) || defined.has(alias.toLowerCase())) return undefined;
  defined.add(e.toLowerCase());
  defined.add(alias.toLowerCase());
  return `  ${q(e)}: { aliases: [${q(alias)}] }`;
}

/** Another name of the article as the value, sometimes a name of another article as its rival. */
function entityValue(g: Generation, a: Article, name: string): Value | undefined {
  const others = bodyNames(a.body).filter((x) => x !== name);
  if (others.length === 0) return undefined;
  const e = pick(others, g.r);
  g.terms.add(e);
  let rivals = '';
  const rival = pick(bodyNames(pick(g.usable, g.r).body), g.r);
  if (rival && rival !== e && rival !== name && g.r() < 0.5) {
    rivals = `[${q(rival)}]`;
    g.terms.add(rival);
  }
  const entity = aliasEntry(e, g.entityNames);
  return { value: `{ entity: ${q(e)} }`, rivals, text: ` in ${e}`, ...(entity ? { entity } : {}) };
}

/** One attempt at the next claim: its YAML lines and the entity entry it defines; undefined when the drawn article cannot give one. */
function nextClaim(g: Generation): { lines: string[]; entity?: string } | undefined {
  const a = pick(g.usable, g.r);
  const about = drawAbout(a, g.r);
  if (!about) return undefined;
  const kind = KINDS[g.about.length % 3] as Kind;
  const id = `gen-${kind}-${String(g.about.length + 1).padStart(5, '0')}`;
  const v = kind === 'date' ? dateValue(a, g.r) : kind === 'entity' ? entityValue(g, a, about.name) : PLAIN;
  if (!v) return undefined;
  for (const it of about.items) for (const t of it) g.terms.add(t);
  g.about.push(about.items);
  g.kinds[kind]++;
  const text = `${about.name} ${about.alts.join(' / ')}${v.text}`;
  const lines = [`  - id: ${id}`, `    claim: ${q(`${text} (from ${a.id})`)}`, `    about: ${aboutYaml(about.items)}`];
  if (v.value) lines.push(`    value: ${v.value}`);
  if (v.rivals) lines.push(`    rivals: ${v.rivals}`);
  if (g.r() < 0.05) lines.push('    negated: true');
  if (g.r() < 0.3) lines.push('    expect: { supported: ">= 0" }');
  return { lines, ...(v.entity ? { entity: v.entity } : {}) };
}

/** Claim file number `f` (from 0): the next claims, up to 50, after the entity entries they define. */
function nextFile(g: Generation, f: number): { name: string; text: string } {
  const lines: string[] = ['claims:'];
  const entities: string[] = [];
  const start = g.about.length;
  while (g.about.length < g.n && g.about.length - start < PER_FILE) {
    if (++g.attempts > g.n * 50) throw new Error(`could not generate ${g.n} claims from ${g.articleCount} articles`);
    const claim = nextClaim(g);
    if (!claim) continue;
    lines.push(...claim.lines);
    if (claim.entity) entities.push(claim.entity);
  }
  const head = entities.length ? ['entities:', ...entities] : [];
  return { name: `gen-${String(f + 1).padStart(3, '0')}.yaml`, text: `# generated by bench/generate.ts\n${[...head, ...lines].join('\n')}\n` };
}

/**
 * Generate `n` claims from `articles`: a third plain, a third with a date, a third
 * with an entity value; 50 claims per file; the same inputs give the same files.
 */
export function generateClaims(articles: Article[], n: number, seed = 1): GeneratedClaims {
  const r = prng(seed);
  const usable = articles.filter((a) => contentWords(a.headline).length > 0 && (headlineNames(a.headline).length > 0 || bodyNames(a.body).length > 0));
  if (usable.length === 0) throw new Error('no article has a headline with both a name and a content word');
  const g: Generation = {
    r,
    usable,
    n,
    articleCount: articles.length,
    attempts: 0,
    terms: new Set<string>(),
    about: [],
    kinds: { plain: 0, date: 0, entity: 0 },
    entityNames: new Set<string>(),
  };
  const files: { name: string; text: string }[] = [];
  for (let f = 0; g.about.length < n; f++) files.push(nextFile(g, f));
  return { files, terms: [...g.terms].sort(), about: g.about, kinds: g.kinds };
}

/** Write a generated claim set into `dir` (created). */
export function writeClaims(dir: string, g: GeneratedClaims): void {
  mkdirSync(dir, { recursive: true });
  for (const f of g.files) writeFileSync(path.join(dir, f.name), f.text);
}

/** Copy the `.txt` files of `from` `times` times into `to`, each copy with its own file names (and so its own ids). */
export function copyCorpus(from: string, to: string, times: number, limit = Infinity): number {
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  let bytes = 0;
  for (const f of names) {
    const buf = readFileSync(path.join(from, f));
    for (let k = 0; k < times; k++) {
      writeFileSync(path.join(to, times === 1 ? f : `x${k}-${f}`), buf);
      bytes += buf.length;
    }
  }
  return bytes;
}
