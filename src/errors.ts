import { LineCounter } from 'yaml';
import type { ReportIssue } from './types.js';

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
  | 'UNWRITABLE'
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

/** Turn a character offset into a 1-based line and column (both count from 1). */
export function position(text: string, offset: number): { line: number; column: number } {
  const lc = new LineCounter();
  // the first line starts at 0; LineCounter answers line 0 for offsets before its first entry
  lc.addNewLine(0);
  let i = text.indexOf('\n');
  while (i !== -1) {
    lc.addNewLine(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  const p = lc.linePos(Math.max(0, Math.min(offset, text.length)));
  return { line: p.line, column: p.col };
}

// the line starts of the last file an excerpt was taken from: errors come sorted by file,
// so thousands of errors in one large file cost one scan, not one scan each
let cached: { source: string; starts: number[] } | undefined;

/** The text of 1-based `line`, without its line end. */
function lineOf(source: string, line: number): string {
  if (cached?.source !== source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    cached = { source, starts };
  }
  const start = cached.starts[line - 1];
  if (start === undefined) return '';
  const next = cached.starts[line];
  return source.slice(start, next === undefined ? source.length : next - 1).replace(/\r$/, '');
}

const EXCERPT = 160;
// control characters would move the caret or drive the terminal; show them as one visible character each
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

// per lead byte: how many continuation bytes follow (0: not a lead byte) and the range the first
// of them must fall in (narrower after E0, ED, F0 and F4: no overlongs, surrogates or code points past U+10FFFF)
const TRAIL = new Uint8Array(256);
const FIRST_LO = new Uint8Array(256).fill(0x80);
const FIRST_HI = new Uint8Array(256).fill(0xbf);
TRAIL.fill(1, 0xc2, 0xe0);
TRAIL.fill(2, 0xe0, 0xf0);
TRAIL.fill(3, 0xf0, 0xf5);
FIRST_LO[0xe0] = 0xa0;
FIRST_HI[0xed] = 0x9f;
FIRST_LO[0xf0] = 0x90;
FIRST_HI[0xf4] = 0x8f;

/**
 * Index of the first byte of `buf` that is not part of well-formed UTF-8, or -1.
 * Linear; follows the WHATWG decoder (no overlongs, no surrogates, nothing past U+10FFFF).
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const c = buf[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = TRAIL[c] as number;
    if (need === 0 || !continues(buf, i, need)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the `need` bytes after the lead byte at `i` are the continuation bytes it calls for. */
function continues(buf: Uint8Array, i: number, need: number): boolean {
  const c = buf[i] as number;
  for (let k = 1; k <= need; k++) {
    const b = buf[i + k];
    if (b === undefined || b < (k === 1 ? (FIRST_LO[c] as number) : 0x80) || b > (k === 1 ? (FIRST_HI[c] as number) : 0xbf)) return false;
  }
  return true;
}

/** An ENCODING error for a file that is not UTF-8, placed at the first bad byte. */
export function encodingError(buf: Uint8Array, file: string): InputError | undefined {
  const at = firstInvalidUtf8(buf);
  if (at === -1) return undefined;
  const prefix = Buffer.from(buf.buffer, buf.byteOffset, at).toString('utf8');
  const p = position(prefix, prefix.length);
  return {
    code: 'ENCODING',
    file,
    line: p.line,
    column: p.column,
    message: `invalid UTF-8 at byte ${at}`,
    hint: 'save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 old.txt > new.txt`)',
  };
}

/**
 * Render an error as Vale and the yaml package do:
 * `file:line:col  CODE  message`, an excerpt with a caret, and `fix: ...`.
 */
export function formatError(e: InputError, opts: { excerpt?: boolean } = {}): string {
  const where = e.file ? `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}` : 'corroborate';
  const out = [`${where}  ${e.code}  ${e.message}`];
  if (opts.excerpt !== false && e.source !== undefined && e.line) {
    const text = lineOf(e.source, e.line).replace(/\t/g, ' ').replace(CONTROL, '\ufffd');
    let col = Math.min(Math.max(1, e.column ?? 1), text.length + 1);
    let shown = text;
    // a long line is shown as a window around the column, so the caret stays on the problem
    if (text.length > EXCERPT) {
      const from = col > EXCERPT - 40 ? Math.min(col - 41, text.length - EXCERPT) : 0;
      shown = `${from > 0 ? '…' : ''}${text.slice(from, from + EXCERPT)}${from + EXCERPT < text.length ? '…' : ''}`;
      col = col - from + (from > 0 ? 1 : 0);
    }
    const gutter = String(e.line);
    const len = Math.max(1, Math.min(e.length ?? 1, shown.length - col + 1));
    out.push(`  ${gutter} | ${shown}`);
    out.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(col - 1)}${'^'.repeat(len)}`);
  }
  out.push(`  fix: ${e.hint}`);
  return out.join('\n');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort errors by file, then position, so output is stable (code-unit order: no locale may change it). */
export function sortErrors(errors: InputError[]): InputError[] {
  return [...errors].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message),
  );
}

/** An input error as a report carries it: `{ file, line, col, code, message, fix }`. */
export function toReportIssue(e: InputError): ReportIssue {
  return { file: e.file ?? null, line: e.line ?? null, col: e.line ? (e.column ?? 1) : null, code: e.code, message: e.message, fix: e.hint };
}

/** `file:line:col` of a report issue ("corroborate" for the command line). */
export function issuePlace(i: ReportIssue): string {
  return i.file ? `${i.file}${i.line ? `:${i.line}:${i.col ?? 1}` : ''}` : 'corroborate';
}

/** One line: `file:line:col  CODE  message`. */
export function issueLine(i: ReportIssue): string {
  return `${issuePlace(i)}  ${i.code}  ${i.message}`;
}

/** The parser's message without its own "at line L, column C:" (the place is printed in front). */
export function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** For "missing closing quote" and "flow ... must end with a ]": where the quote or bracket left open starts. */
export function unclosedAt(text: string, pos: number, message: string): { at: number; message: string; hint: string } | undefined {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      if (text[i] !== quote || (quote === '"' && text[i - 1] === '\\')) continue;
      return { at: i, message: `this ${quote} quote is never closed`, hint: `close it with ${quote} at the end of the text, on the same line` };
    }
    return undefined;
  }
  const flow = /^Flow (sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(message);
  if (!flow) return undefined;
  const close = flow[2] as string;
  const open = close === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0)
      return {
        at: i,
        message: `this ${open} is never closed`,
        hint: `close it with ${close} before the end of the line (a list or map that goes on must be indented more than its key)`,
      };
  }
  return undefined;
}
