import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { InputError } from '../errors.js';
import { position } from '../errors.js';
import { resolvePaths } from '../paths.js';
import type { SourceInfo } from '../types.js';
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
}

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
  const { files, errors } = await resolvePaths(patterns, ['txt', 'md'], cwd, 'corpus');
  const sources: Source[] = [];
  for (const f of files) {
    const r = await loadSource(f.abs, f.display);
    if ('error' in r) errors.push(r.error);
    else sources.push(r.source);
  }
  // ids must be unique: name every file that claims the same id
  const byId = new Map<string, Source[]>();
  for (const s of sources) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const s of list) {
      const others = list.filter((o) => o !== s).map((o) => o.path);
      errors.push({
        code: 'DUPLICATE_SOURCE',
        file: s.path,
        message: `source id "${id}" is also used by ${others.join(', ')}`,
        hint: 'give each source a unique `id:` in its front matter, or rename one of the files',
      });
    }
  }
  sources.sort((a, b) => cmp(a.id, b.id));
  return { sources, errors };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read one corpus file. */
export async function loadSource(abs: string, display: string): Promise<{ source: Source } | { error: InputError }> {
  let buf: Buffer;
  try {
    const st = await stat(abs);
    if (st.size > MAX_SOURCE_BYTES)
      return {
        error: {
          code: 'TOO_LARGE',
          file: display,
          message: `corpus file is ${(st.size / 1048576).toFixed(0)} MB; the limit is ${MAX_SOURCE_BYTES / 1048576} MB`,
          hint: 'split the document into several files',
        },
      };
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
export function parseSource(buf: Buffer, display: string): { source: Source } | { error: InputError } {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    return {
      error: {
        code: 'ENCODING',
        file: display,
        message: `binary file: NUL byte at byte ${nul}`,
        hint: 'corpus files must be UTF-8 text; remove the file or convert it to text',
      },
    };
  }
  let raw: string;
  try {
    raw = decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const prefix = buf.subarray(0, at).toString('utf8');
    const pos = position(prefix, prefix.length);
    return {
      error: {
        code: 'ENCODING',
        file: display,
        line: pos.line,
        column: pos.column,
        message: `invalid UTF-8 at byte ${at}`,
        hint: 'save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)',
      },
    };
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const fileId = display.replace(/^.*[\\/]/, '').replace(/\.(txt|md)$/i, '');
  const fm = splitFrontMatter(raw, display);
  if ('error' in fm) return fm;
  const meta: Partial<SourceInfo> = {};
  if (fm.yaml !== undefined) {
    const r = parseFrontMatter(fm.yaml, fm.yamlOffset, raw, display);
    if ('error' in r) return r;
    Object.assign(meta, r.meta);
  }
  const text = raw.slice(fm.bodyOffset);
  const firstLine = position(raw, fm.bodyOffset).line;
  const id = meta.id ?? fileId;
  const source: Source = {
    id,
    path: display,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    text,
    sentences: segment(text, firstLine),
    firstLine,
  };
  return { source };
}

function firstInvalidUtf8(buf: Buffer): number {
  // binary search the longest valid prefix; decode is strict so this is exact
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
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

function parseFrontMatter(yaml: string, offset: number, raw: string, display: string): { meta: Partial<SourceInfo> } | { error: InputError } {
  const at = (o: number, len = 1, code: InputError['code'], message: string, hint: string): { error: InputError } => {
    const p = position(raw, offset + o);
    return { error: { code, file: display, line: p.line, column: p.column, length: len, message, hint, source: raw } };
  };
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) return at(err.pos[0], err.pos[1] - err.pos[0], 'YAML_SYNTAX', `front matter: ${firstLine(err.message)}`, 'fix the YAML between the `---` lines');
  if (doc.contents === null) return { meta: {} };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return at(0, 3, 'YAML_SYNTAX', `front matter: ${(e as Error).message}`, 'fix the YAML between the `---` lines');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return at(0, 3, 'FRONT_MATTER', 'front matter must be a map of `key: value` lines', 'write `published: 2025-08-14` and similar lines');
  const meta: Partial<SourceInfo> = {};
  const rec = data as Record<string, unknown>;
  const range = (k: string): [number, number] => {
    const n = doc.get(k, true) as { range?: [number, number, number] } | undefined;
    return n?.range ? [n.range[0], n.range[1] - n.range[0]] : [0, 1];
  };
  for (const key of FRONT_MATTER_KEYS) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    const [o, len] = range(key);
    if (key === 'published') {
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      if (!isIsoDay(s))
        return at(
          o,
          len,
          'INVALID_DATE',
          `front matter: published "${s}" is not a real date in the form YYYY-MM-DD`,
          'write the date as YYYY-MM-DD, for example `published: 2025-08-14`',
        );
      meta.published = s;
    } else if (typeof v === 'object') {
      return at(o, len, 'FRONT_MATTER', `front matter: ${key} must be text`, `write \`${key}: ...\` on one line`);
    } else {
      const s = String(v).trim();
      if (key === 'id' && !ID.test(s))
        return at(
          o,
          len,
          'INVALID_VALUE',
          `front matter: id "${s}" may use only letters, digits, ".", "_" and "-"`,
          'choose an id such as `s1` or `reuters-2025-08-14`',
        );
      (meta as Record<string, string>)[key] = s;
    }
  }
  return { meta };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
