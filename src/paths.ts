import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { InputError } from './errors.js';

export interface ResolvedFile {
  abs: string;
  /** Relative to the working directory, with forward slashes: what reports show. */
  display: string;
}

/** Show a path relative to cwd (forward slashes), or absolute when it lies outside. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

type Unreadable = (abs: string, e: unknown) => void;

/** What one call of `resolvePaths` needs to expand a pattern and report its problems. */
interface Walk {
  exts: string[];
  cwd: string;
  what: 'corpus' | 'claims';
  flag: '--corpus' | '--claims';
  hasExt: (f: string) => boolean;
  unreadable: Unreadable;
  errors: InputError[];
}

// why a name that matched cannot be read, by errno code (anything else: "cannot read (CODE)")
const LINK_PROBLEMS = new Map([
  ['ELOOP', 'symbolic link loop'],
  ['ENOENT', 'broken symbolic link (its target does not exist)'],
]);

/** UNREADABLE for a matching name that cannot be read: a broken or looping link, an unreadable folder. */
function unreadableError(abs: string, e: unknown, cwd: string): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return {
    code: 'UNREADABLE',
    file: displayPath(abs, cwd),
    message: LINK_PROBLEMS.get(code) ?? `cannot read (${code})`,
    hint: code === 'EACCES' ? 'make it readable (chmod +r), or move it out of the way' : 'fix or remove the link, or move it out of the way',
  };
}

/** NOT_FOUND or UNREADABLE for a path given on the command line that cannot be looked at. */
function pathError(p: string, st: NodeJS.ErrnoException, w: Walk): InputError {
  const { code } = st;
  if (code === 'ENOENT')
    return { code: 'NOT_FOUND', file: p, message: `${w.what} path does not exist`, hint: `check the path given to ${w.flag} (it is relative to ${w.cwd})` };
  return {
    code: 'UNREADABLE',
    file: p,
    message: code === 'ELOOP' ? `${w.what} path is a symbolic link loop` : `cannot read ${w.what} path (${code})`,
    hint: 'check the path, its links and its permissions',
  };
}

/** NO_SOURCES or NO_CLAIMS for a pattern that matched no file with one of the extensions. */
function noFilesError(p: string, w: Walk): InputError {
  const extGlob = w.exts.length === 1 ? `*.${w.exts[0]}` : `*.{${w.exts.join(',')}}`;
  return {
    code: w.what === 'corpus' ? 'NO_SOURCES' : 'NO_CLAIMS',
    file: p,
    message: `no ${w.exts.map((e) => `.${e}`).join(' or ')} files found`,
    hint: `point ${w.flag} at a file, a folder holding ${w.exts.map((e) => `.${e}`).join('/')} files, or a glob such as "${w.what}/**/${extGlob}"`,
  };
}

/**
 * Expand files, folders and globs into a sorted, de-duplicated list of files with
 * one of `exts`. A path that matches nothing is an error, and so is a matching name
 * that cannot be read (a broken or looping link, an unreadable folder): nothing is
 * dropped in silence. Links to files are read; links to folders are not followed (so
 * a link loop cannot hang the walk). Names starting with "." are skipped.
 */
export async function resolvePaths(
  patterns: string[],
  exts: string[],
  cwd: string,
  what: 'corpus' | 'claims',
): Promise<{ files: ResolvedFile[]; errors: InputError[] }> {
  const errors: InputError[] = [];
  const w: Walk = {
    exts,
    cwd,
    what,
    flag: what === 'corpus' ? '--corpus' : '--claims',
    hasExt: (f) => exts.some((e) => f.toLowerCase().endsWith(`.${e}`)),
    unreadable: (abs, e) => {
      errors.push(unreadableError(abs, e, cwd));
    },
    errors,
  };
  const seen = new Map<string, ResolvedFile>();
  for (const p of patterns) {
    const before = errors.length;
    const found = await expandPattern(p, w);
    if (!found) continue;
    if (found.length === 0 && errors.length === before) errors.push(noFilesError(p, w));
    for (const f of found) {
      const n = path.normalize(f);
      if (!seen.has(n)) seen.set(n, { abs: n, display: displayPath(n, cwd) });
    }
  }
  const files = [...seen.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

/** The files one pattern names (a folder, a file or a glob), or undefined when the pattern itself is in error. */
async function expandPattern(p: string, w: Walk): Promise<string[] | undefined> {
  const abs = path.resolve(w.cwd, p);
  const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
  if (!(st instanceof Error)) {
    if (st.isDirectory()) return walk(abs, w.hasExt, w.unreadable);
    if (st.isFile()) return [abs];
    w.errors.push({
      code: 'UNREADABLE',
      file: p,
      message: `${w.what} path is neither a file nor a folder`,
      hint: `point ${w.flag} at a file, a folder or a glob`,
    });
    return undefined;
  }
  if (fg.isDynamicPattern(p)) return expandGlob(p, w);
  w.errors.push(pathError(p, st, w));
  return undefined;
}

/** The files a glob matches (links to files included, links to folders not followed). */
async function expandGlob(p: string, w: Walk): Promise<string[]> {
  const entries = await fg(p.split(path.sep).join('/'), {
    cwd: w.cwd,
    absolute: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    objectMode: true,
  });
  const found: string[] = [];
  for (const e of entries) {
    if (!w.hasExt(e.path) || e.dirent.isDirectory()) continue;
    if (e.dirent.isFile()) found.push(e.path);
    else if (e.dirent.isSymbolicLink()) await addLinkedFile(e.path, found, w.unreadable);
  }
  return found;
}

/** A link is read when it leads to a file; a link to a folder is not followed; a broken one is reported. */
async function addLinkedFile(abs: string, out: string[], unreadable: Unreadable): Promise<void> {
  const t = await stat(abs).catch((err: NodeJS.ErrnoException) => err);
  if (t instanceof Error) unreadable(abs, t);
  else if (t.isFile()) out.push(abs);
}

/** Every file under `dir` whose name passes `keep`, in no particular order (callers sort). */
async function walk(dir: string, keep: (name: string) => boolean, unreadable: Unreadable): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      unreadable(d, e);
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = path.join(d, e.name);
      if (e.isDirectory()) stack.push(abs);
      else if (!keep(e.name)) continue;
      else if (e.isFile()) out.push(abs);
      else if (e.isSymbolicLink()) await addLinkedFile(abs, out, unreadable);
    }
  }
  return out;
}
