import { LineCounter } from 'yaml';

/** Stable error codes; tests check these, not the wording. */
export type ErrorCode =
  | 'YAML_SYNTAX'
  | 'SCHEMA'
  | 'UNKNOWN_FIELD'
  | 'MISSING_FIELD'
  | 'INVALID_VALUE'
  | 'INVALID_DATE'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_SOURCE'
  | 'ENTITY_CONFLICT'
  | 'UNKNOWN_SOURCE'
  | 'UNKNOWN_CLAIM'
  | 'FRONT_MATTER'
  | 'ENCODING'
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'NO_CLAIMS'
  | 'NO_SOURCES'
  | 'TOO_LARGE'
  | 'USAGE';

/** A problem with the user's input. Plain data: formatting happens at the edge. */
export interface InputError {
  code: ErrorCode;
  /** Path as the user gave it (relative to the working directory when possible). */
  file?: string;
  /** 1-based line and column of the problem, when it has a place in the file. */
  line?: number;
  column?: number;
  /** Length of the underlined span on that line (defaults to 1). */
  length?: number;
  message: string;
  /** How to fix it, in one sentence. */
  hint: string;
  /** The full text of the file, kept to print an excerpt. */
  source?: string;
}

/** Thrown by the pipeline (never by a stage) to stop a run with input errors. */
export class InputErrors extends Error {
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => formatError(e, { excerpt: false })).join('\n'));
    this.name = 'InputErrors';
  }
}

/** Turn a character offset into a 1-based line and column. */
export function position(text: string, offset: number): { line: number; column: number } {
  const lc = new LineCounter();
  let i = text.indexOf('\n');
  while (i !== -1) {
    lc.addNewLine(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  const p = lc.linePos(Math.max(0, Math.min(offset, text.length)));
  return { line: p.line, column: p.col };
}

/**
 * Render an error as Vale and the yaml package do:
 * `file:line:col  CODE  message`, an excerpt with a caret, and `fix: ...`.
 */
export function formatError(e: InputError, opts: { excerpt?: boolean } = {}): string {
  const where = e.file ? `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}` : 'corroborate';
  const out = [`${where}  ${e.code}  ${e.message}`];
  if (opts.excerpt !== false && e.source !== undefined && e.line) {
    const text = e.source.split('\n')[e.line - 1]?.replace(/\r$/, '') ?? '';
    const shown = text.length > 160 ? `${text.slice(0, 160)}…` : text;
    const gutter = String(e.line);
    const col = Math.min(e.column ?? 1, shown.length + 1);
    const len = Math.max(1, Math.min(e.length ?? 1, shown.length - col + 1));
    out.push(`  ${gutter} | ${shown}`);
    out.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(col - 1)}${'^'.repeat(len)}`);
  }
  out.push(`  fix: ${e.hint}`);
  return out.join('\n');
}

/** Sort errors by file, then position, so output is stable. */
export function sortErrors(errors: InputError[]): InputError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}
