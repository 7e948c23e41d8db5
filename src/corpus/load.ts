import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { InputError } from '../errors.js';
import { encodingError, position, unclosedAt, yamlMessage } from '../errors.js';
import { resolvePaths } from '../paths.js';
import type { SourceInfo } from '../types.js';
import { PUBLISHED_FORMS, readPublished } from './published.js';
import { type Sentence, segment } from './segment.js';

/** One document of the corpus, read and segmented. */
export interface Source extends SourceInfo {
  /** The text after the front matter; all offsets point into it. */
  text: string;
  sentences: Sentence[];
  /** Line of the file on which `text` starts (after front matter). */
  firstLine: number;
}

export interface LoadCorpusOptions {
  cwd?: string;
  /** When given, filled with the milliseconds spent in each step (for the benchmark). */
  timings?: CorpusTimings;
}

/** Where loading spends its time, in milliseconds (steps run interleaved, batch by batch). */
export interface CorpusTimings {
  /** Finding the files (globs, folders). */
  resolve: number;
  /** stat + read. */
  read: number;
  /** Decoding, front matter. */
  parse: number;
  /** Sentence segmentation. */
  segment: number;
  files: number;
  bytes: number;
}

/** Files read per batch before yielding to the event loop. */
const BATCH = 256;

export interface LoadedCorpus {
  sources: Source[];
  errors: InputError[];
}

const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const FRONT_MATTER_KEYS = new Set(['id', 'published', 'title', 'outlet', 'url']);

/**
 * Read every `.txt` / `.md` file matched by `patterns` (files, folders or globs).
 * Errors are returned, not thrown.
 * @example const { sources, errors } = await loadCorpus(['corpus'])
 */
export async function loadCorpus(patterns: string[], opts: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const cwd = opts.cwd ?? process.cwd();
  const tm = opts.timings;
  let t = performance.now();
  const { files, errors } = await resolvePaths(patterns, ['txt', 'md'], cwd, 'corpus');
  if (tm) {
    tm.resolve += performance.now() - t;
    tm.files += files.length;
  }
  const parsed: ParsedFiles = { sources: [], errors };
  // Small files read fastest synchronously (one syscall each, no thread-pool round
  // trips: about 3x faster than fs/promises here); reading in batches and yielding
  // between them keeps the event loop responsive. Results keep the file order.
  for (let b = 0; b < files.length; b += BATCH) {
    if (b > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const f of files.slice(b, b + BATCH)) {
      if (tm) t = performance.now();
      const read = readSourceSync(f.abs, f.display);
      if (tm) {
        tm.read += performance.now() - t;
        if ('buf' in read) tm.bytes += read.buf.length;
      }
      addParsed(parsed, 'error' in read ? read : parseSource(read.buf, f.display, tm));
    }
  }
  return finishCorpus(parsed.sources, parsed.errors);
}

/** Sources parsed in file order, and the errors of the files that could not be. */
export interface ParsedFiles {
  sources: Source[];
  errors: InputError[];
}

/** Add one file's outcome (a source, or its errors) to `into`. */
export function addParsed(into: ParsedFiles, r: { source: Source } | { error: InputError; errors?: InputError[] }): void {
  if ('source' in r) into.sources.push(r.source);
  else into.errors.push(...(r.errors ?? [r.error]));
}

/** Sources sorted by id (stable), as every index is built over them. */
export function sortSources(sources: Source[]): Source[] {
  return sources.sort((a, b) => cmp(a.id, b.id));
}

/** The corpus of parsed files: sources with a duplicated id left out (an error each), the rest sorted by id. */
export function finishCorpus(sources: Source[], errors: InputError[]): LoadedCorpus {
  // ids must be unique: name every file that claims the same id
  const byId = new Map<string, Source[]>();
  for (const s of sources) {
    const list = byId.get(s.id);
    if (list) list.push(s);
    else byId.set(s.id, [s]);
  }
  const duplicated = new Set<Source>();
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const s of list) {
      duplicated.add(s);
      const others = list.filter((o) => o !== s).map((o) => o.path);
      errors.push({
        code: 'DUPLICATE_SOURCE',
        file: s.path,
        message: `source id "${id}" is also used by ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more files` : ''}`,
        hint: 'give each source a unique `id:` in its front matter, or rename one of the files',
      });
    }
  }
  // a source whose id is taken twice is left out: a verdict for that id could be either file's
  const kept = duplicated.size ? sources.filter((s) => !duplicated.has(s)) : [...sources];
  return { sources: sortSources(kept), errors };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tooLarge(display: string, size: number): InputError {
  return {
    code: 'TOO_LARGE',
    file: display,
    message: `corpus file is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_SOURCE_BYTES / 1048576} MB`,
    hint: 'split the document into several files',
  };
}

export function readSourceSync(abs: string, display: string): { buf: Buffer } | { error: InputError } {
  try {
    const st = statSync(abs);
    if (st.size > MAX_SOURCE_BYTES) return { error: tooLarge(display, st.size) };
    return { buf: readFileSync(abs) };
  } catch (e) {
    return { error: unreadable(display, e) };
  }
}

/** Read one corpus file. */
export async function loadSource(abs: string, display: string): Promise<{ source: Source } | { error: InputError }> {
  let buf: Buffer;
  try {
    const st = await stat(abs);
    if (st.size > MAX_SOURCE_BYTES) return { error: tooLarge(display, st.size) };
    buf = await readFile(abs);
  } catch (e) {
    return { error: unreadable(display, e) };
  }
  return parseSource(buf, display);
}

export function unreadable(display: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return {
    code: code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE',
    file: display,
    message: `cannot read the file (${code})`,
    hint: code === 'EACCES' ? 'make the file readable (chmod +r)' : 'check that the path exists and is a regular file',
  };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode, split front matter, validate it and segment the text. */
export function parseSource(buf: Buffer, display: string, timings?: CorpusTimings): { source: Source } | { error: InputError; errors?: InputError[] } {
  const t0 = timings ? performance.now() : 0;
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const prefix = buf.subarray(0, nul).toString('utf8');
    const pos = position(prefix, prefix.length);
    return {
      error: {
        code: 'ENCODING',
        file: display,
        line: pos.line,
        column: pos.column,
        message: `binary file: NUL byte at byte ${nul}`,
        hint: 'corpus files must be UTF-8 text; remove the file or convert it to text',
      },
    };
  }
  let raw: string;
  try {
    raw = decoder.decode(buf);
  } catch {
    return { error: encodingError(buf, display) ?? { code: 'ENCODING', file: display, message: 'the file is not UTF-8', hint: 'save the file as UTF-8' } };
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const fileId = display.replace(/^.*[\\/]/, '').replace(/\.(txt|md)$/i, '');
  const fm = splitFrontMatter(raw, display);
  if ('error' in fm) return fm;
  const meta: Partial<SourceInfo> = {};
  if (fm.yaml !== undefined) {
    const r = simpleFrontMatter(fm.yaml) ?? parseFrontMatter(fm.yaml, fm.yamlOffset, raw, display);
    if ('errors' in r) return { error: r.errors[0] as InputError, errors: r.errors };
    Object.assign(meta, r.meta);
  }
  const text = raw.slice(fm.bodyOffset);
  // only the newlines before the body matter, so the body is not scanned
  const firstLine = position(raw.slice(0, fm.bodyOffset), fm.bodyOffset).line;
  const id = meta.id ?? fileId;
  const t1 = timings ? performance.now() : 0;
  const sentences = segment(text, firstLine);
  if (timings) {
    const t2 = performance.now();
    timings.parse += t1 - t0;
    timings.segment += t2 - t1;
  }
  const source: Source = {
    id,
    path: display,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    text,
    sentences,
    firstLine,
  };
  return { source };
}

function splitFrontMatter(raw: string, display: string): { yaml?: string; yamlOffset: number; bodyOffset: number } | { error: InputError } {
  const open = /^---[ \t]*\r?\n/.exec(raw);
  if (!open) return { yamlOffset: 0, bodyOffset: 0 };
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = raw.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) {
    return {
      error: {
        code: 'FRONT_MATTER',
        file: display,
        line: 1,
        column: 1,
        length: 3,
        message: 'front matter is opened with `---` but never closed',
        hint: 'add a line `---` after the front matter (or remove the opening `---`)',
        source: raw,
      },
    };
  }
  const yamlOffset = open[0].length;
  return { yaml: rest.slice(0, m.index), yamlOffset, bodyOffset: yamlOffset + m.index + m[0].length };
}

// A front-matter line the fast path may read without the YAML parser: a known key and
// a value the YAML core schema reads as this very string (no quotes, flow, comment,
// anchor, tag, block or key-like colon; not a number, boolean or null).
const SIMPLE_LINE = /^(id|published|title|outlet|url): +([A-Za-z][^\r\n#:"'{}[\]&*!|>%@`,]*?|\d{4}-\d{2}-\d{2})[ \t]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * Fast path for the common front matter (`published: 2025-08-14`, `title: Words`):
 * the same result as the YAML parser, or undefined to let the parser decide.
 */
function simpleFrontMatter(yaml: string): { meta: Partial<SourceInfo> } | undefined {
  const meta: Record<string, string> = {};
  for (const raw of yaml.split('\n')) {
    // a blank line (the one before the closing `---` too) is nothing to YAML; CRLF ends a line as LF does
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1] as string;
    const value = (m[2] as string).trim();
    if (key in meta || NOT_A_STRING.test(value)) return undefined; // duplicates and odd scalars: the parser reports or decides
    if (key === 'published' ? !isIsoDay(value) : !/^[A-Za-z]/.test(value)) return undefined;
    if (key === 'id' && !ID.test(value)) return undefined;
    meta[key] = value;
  }
  return { meta: meta as Partial<SourceInfo> };
}

function parseFrontMatter(yaml: string, offset: number, raw: string, display: string): { meta: Partial<SourceInfo> } | { errors: InputError[] } {
  const at = (o: number, len: number, code: InputError['code'], message: string, hint: string): InputError => {
    const p = position(raw, offset + o);
    return { code, file: display, line: p.line, column: p.column, length: len, message, hint, source: raw };
  };
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length) {
    const first = doc.errors[0] as (typeof doc.errors)[number];
    const opened = unclosedAt(yaml, first.pos[0], first.message);
    if (opened) return { errors: [at(opened.at, 1, 'YAML_SYNTAX', `front matter: ${opened.message}`, opened.hint)] };
    return {
      errors: doc.errors.map((err) =>
        at(err.pos[0], err.pos[1] - err.pos[0], 'YAML_SYNTAX', `front matter: ${yamlMessage(err.message)}`, 'fix the YAML between the `---` lines'),
      ),
    };
  }
  if (doc.contents === null) return { meta: {} };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { errors: [at(0, 3, 'YAML_SYNTAX', `front matter: ${(e as Error).message}`, 'fix the YAML between the `---` lines')] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { errors: [at(0, 3, 'FRONT_MATTER', 'front matter must be a map of `key: value` lines', 'write `published: 2025-08-14` and similar lines')] };
  const meta: Partial<SourceInfo> = {};
  const errors: InputError[] = [];
  const rec = data as Record<string, unknown>;
  const range = (k: string): [number, number] => {
    const n = doc.get(k, true) as { range?: [number, number, number] } | undefined;
    return n?.range ? [n.range[0], n.range[1] - n.range[0]] : [0, 1];
  };
  // every field is checked, so a file with two mistakes shows both at once
  for (const key of FRONT_MATTER_KEYS) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    const [o, len] = range(key);
    if (key === 'published' && !(typeof v === 'object' && !(v instanceof Date))) {
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      const r = readPublished(s);
      if ('day' in r) meta.published = r.day;
      else errors.push(at(o, len, 'INVALID_DATE', `front matter: published "${s}" ${r.problem}`, PUBLISHED_FORMS));
    } else if (typeof v === 'object') {
      errors.push(at(o, len, 'FRONT_MATTER', `front matter: ${key} must be text`, `write \`${key}: ...\` on one line`));
    } else {
      const s = String(v).trim();
      if (key === 'id' && !ID.test(s))
        errors.push(
          at(
            o,
            len,
            'INVALID_VALUE',
            `front matter: id "${s}" may use only letters, digits, ".", "_" and "-"`,
            'choose an id such as `s1` or `reuters-2025-08-14`',
          ),
        );
      else (meta as Record<string, string>)[key] = s;
    }
  }
  return errors.length ? { errors } : { meta };
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
