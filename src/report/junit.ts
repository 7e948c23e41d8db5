import { type InputError, issuePlace, toReportIssue } from '../errors.js';
import type { ClaimResult, Report, ReportIssue } from '../types.js';
import { renderClaimDetails } from './details.js';

// characters XML 1.0 cannot carry at all, even escaped (controls, lone surrogates, U+FFFE/U+FFFF)
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escape text for an XML attribute or element, dropping characters XML cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Element text keeps its line breaks (attributes cannot). */
function text(s: string): string {
  return escapeXml(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function testcase(c: ClaimResult): string[] {
  const head = `    <testcase${attrs({ name: `${c.id}: ${c.claim}`, classname: c.file, file: c.file, line: c.line, time: 0 })}`;
  if (c.ok) return [`${head}/>`];
  return [
    `${head}>`,
    `      <failure${attrs({ message: c.failures.join('; '), type: 'ExpectationFailed' })}>${text(renderClaimDetails(c).join('\n'))}</failure>`,
    '    </testcase>',
  ];
}

/**
 * JUnit XML for CI test tabs: one `<testsuite>` per claim file, one `<testcase>` per claim,
 * each failed expectation a `<failure>` with the verdict table and deciding evidence.
 */
export function renderJunit(report: Report): string {
  const files = new Map<string, ClaimResult[]>();
  for (const c of report.claims) files.set(c.file, [...(files.get(c.file) ?? []), c]);
  const failed = report.claims.filter((c) => !c.ok).length;
  const errors = report.errors ?? [];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'corroborate', tests: report.claims.length + errors.length, failures: failed, errors: errors.length, time: 0 })}>`,
  ];
  if (errors.length) out.push(...inputSuite(errors));
  const warnings = report.warnings ?? [];
  for (const [file, claims] of files) {
    const f = claims.filter((c) => !c.ok).length;
    out.push(`  <testsuite${attrs({ name: file, tests: claims.length, failures: f, errors: 0, skipped: 0, time: 0 })}>`);
    for (const c of claims) out.push(...testcase(c));
    const mine = warnings.filter((w) => w.file === file);
    // warnings do not fail a test; CI test tabs show a suite's system-err beside its cases
    if (mine.length)
      out.push(`    <system-err>${text(mine.map((w) => `warning: ${issuePlace(w)}  ${w.code}  ${w.message}\n  fix: ${w.fix}`).join('\n'))}</system-err>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** The input errors as a suite of `<error>` test cases, each named by its place. */
function inputSuite(errors: readonly ReportIssue[]): string[] {
  const out = [`  <testsuite${attrs({ name: 'input', tests: errors.length, failures: 0, errors: errors.length, skipped: 0, time: 0 })}>`];
  for (const e of errors) {
    const where = issuePlace(e);
    out.push(
      `    <testcase${attrs({ name: `${where} ${e.code}`, classname: e.file ?? 'corroborate', ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}), time: 0 })}>`,
    );
    out.push(`      <error${attrs({ message: e.message, type: e.code })}>${text(`${where}  ${e.code}  ${e.message}\n  fix: ${e.fix}`)}</error>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  return out;
}

/** JUnit XML for input errors alone: each an `<error>` named by its place. */
export function renderJunitErrors(errors: InputError[]): string {
  return renderJunit({ ok: false, errors: errors.map(toReportIssue), sources: [], claims: [] });
}
