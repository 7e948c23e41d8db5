import { decidedVerdicts } from '../engine/verdict.js';
import type { ClaimResult, Report, SourceInfo } from '../types.js';
import { claimScope } from './scope.js';

export interface JsonOptions {
  /** Indent by two spaces (default: compact, one line per claim). */
  pretty?: boolean;
  /** List every source in scope, absent ones included (default: only sources that are not absent or have evidence). */
  allVerdicts?: boolean;
}

/** The contract's JSON document: stable bytes for the same inputs. */
export function renderJson(report: Report, opts: JsonOptions = {}): string {
  return [...renderJsonChunks(report, opts)].join('');
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * A claim as the JSON report has it: `verdicts` lists only sources that are not absent or have
 * evidence (every other source in scope is absent), and `inScope` names the sources checked when
 * the file's `scope` left some out.
 */
export function jsonClaim(c: ClaimResult, sources: readonly SourceInfo[], allVerdicts = false): ClaimResult {
  const scope = claimScope(c, sources);
  const out: ClaimResult = { id: c.id, file: c.file, line: c.line, column: c.column, claim: c.claim, ok: c.ok, counts: c.counts, verdicts: {}, failures: [] };
  if (scope.length !== sources.length) out.inScope = scope;
  const decided = decidedVerdicts(c);
  if (allVerdicts) {
    // absent entries, then the decided ones over them, in scope order
    const all: ClaimResult['verdicts'] = {};
    for (const id of scope) all[id] = decided[id] ?? c.verdicts[id] ?? { verdict: 'absent', evidence: [] };
    out.verdicts = all;
  } else out.verdicts = { ...decided };
  out.failures = c.failures;
  if (c.undecided) out.undecided = c.undecided;
  return out;
}

/**
 * The same bytes as `renderJson`, one claim at a time, so a report larger than a
 * JavaScript string (thousands of claims over thousands of sources) can be written.
 */
export function* renderJsonChunks(report: Report, opts: JsonOptions = {}): Generator<string> {
  const nl = opts.pretty ? '\n' : '';
  const pad = (n: number) => (opts.pretty ? ' '.repeat(n) : '');
  const item = (x: unknown, depth: number) => (opts.pretty ? `${pad(depth)}${indent(JSON.stringify(x, null, 2), pad(depth))}` : JSON.stringify(x));
  const list = <T>(xs: readonly T[], show: (x: T) => unknown): string =>
    xs.length ? `[${nl}${xs.map((x) => item(show(x), 4)).join(`,${nl}`)}${nl}${pad(2)}]` : '[]';
  const key = (k: string) => `${pad(2)}"${k}":${opts.pretty ? ' ' : ''}`;
  yield `{${nl}${key('ok')}${JSON.stringify(report.ok)},${nl}`;
  yield `${key('errors')}${list(report.errors ?? [], (x) => x)},${nl}`;
  yield `${key('warnings')}${list(report.warnings ?? [], (x) => x)},${nl}`;
  yield `${key('sources')}${list(report.sources, (x) => x)},${nl}`;
  yield key('claims');
  if (!report.claims.length) yield '[]';
  else {
    yield `[${nl}`;
    for (let i = 0; i < report.claims.length; i++) {
      const c = jsonClaim(report.claims[i] as ClaimResult, report.sources, opts.allVerdicts);
      // compact output still breaks the line between claims, so a diff or `grep` shows one claim per line
      yield `${item(c, 4)}${i < report.claims.length - 1 ? `,${opts.pretty ? '\n' : '\n'}` : nl}`;
    }
    yield `${pad(2)}]`;
  }
  yield `${nl}}\n`;
}
