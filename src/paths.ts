import { stat } from 'node:fs/promises';
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
 * one of `exts`. A path that matches nothing is an error; symbolic links to folders
 * are not followed (so a link loop cannot hang the walk).
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
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    let found: string[] = [];
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error) && st.isDirectory()) {
      found = await fg(`**/${extGlob}`, { cwd: abs, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false, suppressErrors: true });
    } else if (!(st instanceof Error)) {
      found = [abs];
    } else if (fg.isDynamicPattern(p)) {
      found = (await fg(p.split(path.sep).join('/'), { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true })).filter((f) =>
        exts.some((e) => f.toLowerCase().endsWith(`.${e}`)),
      );
    } else {
      const code = (st as NodeJS.ErrnoException).code;
      errors.push({
        code: code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE',
        file: p,
        message: code === 'ENOENT' ? `${what} path does not exist` : `cannot read ${what} path (${code})`,
        hint: code === 'ENOENT' ? `check the path given to ${flag} (it is relative to ${cwd})` : 'check the permissions of the path',
      });
      continue;
    }
    if (found.length === 0) {
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
