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
  const seen = new Map<string, ResolvedFile>();
  const extGlob = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  const flag = what === 'corpus' ? '--corpus' : '--claims';
  const hasExt = (f: string) => exts.some((e) => f.toLowerCase().endsWith(`.${e}`));
  const unreadable = (abs: string, e: unknown): void => {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    errors.push({
      code: 'UNREADABLE',
      file: displayPath(abs, cwd),
      message: code === 'ELOOP' ? 'symbolic link loop' : code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : `cannot read (${code})`,
      hint: code === 'EACCES' ? 'make it readable (chmod +r), or move it out of the way' : 'fix or remove the link, or move it out of the way',
    });
  };
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    const before = errors.length;
    let found: string[] = [];
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error) && st.isDirectory()) {
      found = await walk(abs, hasExt, unreadable);
    } else if (!(st instanceof Error) && st.isFile()) {
      found = [abs];
    } else if (!(st instanceof Error)) {
      errors.push({
        code: 'UNREADABLE',
        file: p,
        message: `${what} path is neither a file nor a folder`,
        hint: `point ${flag} at a file, a folder or a glob`,
      });
      continue;
    } else if (fg.isDynamicPattern(p)) {
      const entries = await fg(p.split(path.sep).join('/'), {
        cwd,
        absolute: true,
        onlyFiles: false,
        followSymbolicLinks: false,
        suppressErrors: true,
        objectMode: true,
      });
      for (const e of entries) {
        if (!hasExt(e.path) || e.dirent.isDirectory()) continue;
        if (e.dirent.isFile()) found.push(e.path);
        else if (e.dirent.isSymbolicLink()) {
          const t = await stat(e.path).catch((err: NodeJS.ErrnoException) => err);
          if (t instanceof Error) unreadable(e.path, t);
          else if (t.isFile()) found.push(e.path);
        }
      }
    } else {
      const code = (st as NodeJS.ErrnoException).code;
      errors.push({
        code: code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE',
        file: p,
        message:
          code === 'ENOENT' ? `${what} path does not exist` : code === 'ELOOP' ? `${what} path is a symbolic link loop` : `cannot read ${what} path (${code})`,
        hint: code === 'ENOENT' ? `check the path given to ${flag} (it is relative to ${cwd})` : 'check the path, its links and its permissions',
      });
      continue;
    }
    if (found.length === 0 && errors.length === before) {
      errors.push({
        code: what === 'corpus' ? 'NO_SOURCES' : 'NO_CLAIMS',
        file: p,
        message: `no ${exts.map((e) => `.${e}`).join(' or ')} files found`,
        hint: `point ${flag} at a file, a folder holding ${exts.map((e) => `.${e}`).join('/')} files, or a glob such as "${what}/**/${extGlob}"`,
      });
    }
    for (const f of found) {
      const n = path.normalize(f);
      if (!seen.has(n)) seen.set(n, { abs: n, display: displayPath(n, cwd) });
    }
  }
  const files = [...seen.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

/** Every file under `dir` whose name passes `keep`, in no particular order (callers sort). */
async function walk(dir: string, keep: (name: string) => boolean, unreadable: (abs: string, e: unknown) => void): Promise<string[]> {
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
      else if (e.isSymbolicLink()) {
        // a link is read when it leads to a file; a link to a folder is not followed
        const t = await stat(abs).catch((err: NodeJS.ErrnoException) => err);
        if (t instanceof Error) unreadable(abs, t);
        else if (t.isFile()) out.push(abs);
      }
    }
  }
  return out;
}
