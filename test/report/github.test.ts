import { afterAll, describe, expect, test } from 'vitest';
import { type Report, reporters } from '../../src/index.js';
import { cleanup, fixtureReport, nastyReport } from './fixture.js';

afterAll(cleanup);

const github = (r: Report) => reporters.github?.(r, { style: { color: false } }) ?? '';

/** Parse `::error k=v,k=v::message` the way the Actions runner does. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const decode = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries((m[2] as string).split(',').map((kv) => kv.split('=', 2).map(decode) as [string, string]));
  return { command: m[1] as string, props, message: decode(m[3] as string) };
}

describe('github annotations', () => {
  test('one ::error per failing claim, at the claim file, line and column', async () => {
    const report = await fixtureReport();
    const lines = github(report).trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::')).map(parseCommand);
    expect(commands.map((c) => [c.command, c.props.file, c.props.line, c.props.col])).toEqual([
      ['error', 'claims/failing.yaml', '3', '5'],
      ['error', 'claims/failing.yaml', '8', '5'],
    ]);
    expect(commands[0]?.props.title).toBe('claim summit-date: Trump and Putin meet on August 15, 2025');
    expect(commands[0]?.message.split('\n')).toEqual([
      'expected no source to contradict the claim; b (contradicted) does',
      'verdicts: a supported, b contradicted',
      // the contradiction, which broke the gate, is quoted first
      expect.stringMatching(/^b \[52, 119\) contradiction: "The meeting between Trump and Putin takes place on August 14, 2025\." \(.*2025-08-14.*\)$/),
      expect.stringMatching(/^a \[0, 55\) support: /),
    ]);
    expect(lines.at(-1)).toBe('5 claims over 2 sources: 3 passed, 2 failed');
  });

  test('file names, titles and messages are escaped so each annotation stays one line', async () => {
    const { report } = await nastyReport();
    const lines = github(report).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('file=odd%2Cname%3A1.yaml,');
    expect(lines[0]).toContain('100%25');
    const cmd = parseCommand(lines[0] as string);
    expect(cmd.props.file).toBe('odd,name:1.yaml');
    expect(cmd.props.title).toContain("| it's 100% ");
  });

  test('a passing report has no annotations, only the summary', async () => {
    const report = await fixtureReport();
    const out = github({ ...report, ok: true, claims: report.claims.filter((c) => c.ok) });
    expect(out).toBe('3 claims over 2 sources: 3 passed, 0 failed\n');
  });
});
