/**
 * Helpers for the robustness suite: every case runs the real CLI (`node bin/corroborate.js`)
 * in a fresh temporary folder, and checks what a user would see and what must not happen.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/corroborate.js');
export { SEEDS } from '../data.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh folder under the system temp dir; `cleanup()` removes every folder made so far. */
const made: string[] = [];
export function tempDir(prefix = 'corroborate-rb-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Write `content` at `rel` under `dir`, making folders as needed. */
export function put(dir: string, rel: string, content: string | Buffer): string {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

export const VALID_CLAIMS = `claims:
  - id: summit-date
    claim: Trump and Putin meet on August 15, 2025
    about: [[summit, meeting, meet], Putin]
    value: { date: 2025-08-15 }
`;

export const VALID_SOURCE = `---
id: s1
published: 2025-08-09
---
Russian President Vladimir Putin and U.S. President Donald Trump will meet in Alaska on August 15, Kremlin aide Yury Ushakov said.
`;

/** A folder holding one valid claim file, one valid source, and `out/report.json` from an earlier run. */
export function project(): string {
  const dir = tempDir();
  put(dir, 'claims/a.yaml', VALID_CLAIMS);
  put(dir, 'corpus/s1.txt', VALID_SOURCE);
  put(dir, 'out/report.json', SENTINEL);
  return dir;
}
export const SENTINEL = '{"from":"an earlier run"}\n';

/** Run the CLI in `cwd`. Never rejects: a non-zero exit is data. */
export function cli(cwd: string, args: string[], timeout = 120_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CORROBORATE_DEBUG: '' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** sha256 of every entry under `dir` (links by their target text, not followed). */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) out[rel] = `link:${readlinkSync(abs)}`;
      else if (st.isDirectory()) {
        out[`${rel}/`] = `dir:${st.mode.toString(8)}`;
        try {
          walk(abs);
        } catch {
          // an unreadable folder (as a non-root user): its mode is recorded above
        }
      } else {
        let h: string;
        try {
          h = createHash('sha256').update(readFileSync(abs)).digest('hex');
        } catch {
          h = 'unreadable';
        }
        out[rel] = `${st.mode.toString(8)}:${st.size}:${h}`;
      }
    }
  };
  walk(dir);
  return out;
}

export interface Expected {
  code: string;
  /** The path as printed (relative to the project), or undefined for errors without a file. */
  file?: string;
  line?: number;
  column?: number;
}

/** The `file:line:col  CODE` header lines of an error report. */
export function headers(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^\S.* {2}[A-Z_]+ {2}/.test(l));
}

/**
 * Run `args` in `dir` and check the contract for invalid input: exit 2, the expected
 * error (file, line:col and code) among those printed, a `fix:` hint for every error,
 * no stack trace, nothing on stdout (the report goes to `--output`), no input changed.
 * `out/report.json` is either left as it was (a bad command line: nothing is run) or
 * replaced by a report that says `ok: false` and lists the same errors (bad files: the
 * valid ones were still checked).
 */
export async function expectInputError(dir: string, args: string[], expected: Expected | Expected[], opts: { timeout?: number } = {}): Promise<Run> {
  const before = hashTree(dir);
  const extra = [...(args.includes('--format') ? [] : ['--format', 'json']), ...(args.includes('--output') ? [] : ['--output', 'out/report.json'])];
  const r = await cli(dir, [...args, ...extra], opts.timeout);
  const want = Array.isArray(expected) ? expected : [expected];
  const shown = headers(r.stderr);
  expect(r.code, `exit code; stderr:\n${r.stderr}`).toBe(2);
  for (const w of want) {
    // without a line in the expectation, a place after the file name is allowed but not required
    const where = w.file === undefined ? 'corroborate' : `${escapeRe(w.file)}${w.line ? `:${w.line}:${w.column}` : '(?::\\d+:\\d+)?'}`;
    expect(shown, `stderr:\n${r.stderr}`).toContainEqual(expect.stringMatching(new RegExp(`^${where}  ${w.code}  `)));
  }
  // every error carries a fix, and nothing looks like a crash
  expect(r.stderr.split('\n').filter((l) => l.startsWith('  fix: ')).length).toBeGreaterThanOrEqual(shown.length);
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/internal error|Error:/);
  expect(r.stdout).toBe('');
  const written = readFileSync(path.join(dir, 'out/report.json'), 'utf8');
  const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'json';
  if (written !== SENTINEL && format === 'json') {
    // the report was written, and it cannot be mistaken for a complete one
    const report = JSON.parse(written) as { ok: boolean; errors: { file: string | null; line: number | null; col: number | null; code: string }[] };
    expect(report.ok).toBe(false);
    for (const w of want)
      expect(report.errors).toContainEqual(expect.objectContaining({ code: w.code, file: w.file ?? null, ...(w.line ? { line: w.line, col: w.column } : {}) }));
    expect(report.errors.length).toBe(shown.length);
  }
  // no input changed, nothing else written (no temporary file left behind)
  const after = hashTree(dir);
  delete before['out/report.json'];
  delete after['out/report.json'];
  expect(after).toEqual(before);
  return r;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
