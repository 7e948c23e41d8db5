import type { Report } from '../types.js';

/** The contract's JSON document: stable bytes for the same inputs. */
export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('');
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * The same bytes as `renderJson`, one claim at a time, so a report larger than a
 * JavaScript string (thousands of claims over thousands of sources) can be written.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  yield `{\n  "ok": ${JSON.stringify(report.ok)},\n  "sources": `;
  yield report.sources.length ? `[\n${report.sources.map((s) => `    ${indent(JSON.stringify(s, null, 2), '    ')}`).join(',\n')}\n  ]` : '[]';
  yield ',\n  "claims": ';
  if (!report.claims.length) yield '[]';
  else {
    yield '[\n';
    for (let i = 0; i < report.claims.length; i++)
      yield `    ${indent(JSON.stringify(report.claims[i], null, 2), '    ')}${i < report.claims.length - 1 ? ',\n' : '\n'}`;
    yield '  ]';
  }
  yield '\n}\n';
}
