// `corroborate init`: a desk project from nothing that passes its own check, and never a
// file overwritten: anything in the way is named, nothing is written, exit 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cleanup, hashTree, put, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

const SCAFFOLD = ['.github/workflows/claims.yml', 'claims/example.yaml', 'corpus/README', 'corpus/example.txt', 'package.json', 'vitest.config.ts'];

describe('corroborate init', () => {
  test('in an empty folder: the scaffold, whose example claims pass their own check', async () => {
    const dir = tempDir('corroborate-init-');
    const r = await run(dir, ['init']);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(hashTree(dir)).filter((k) => !k.endsWith('/'))).toEqual(SCAFFOLD);
    expect(readFileSync(path.join(dir, 'claims/example.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=..\/node_modules\/corroborate\/claims.schema.json\n/,
    );
    expect(readFileSync(path.join(dir, 'vitest.config.ts'), 'utf8')).toContain("from 'corroborate/vitest'");
    const workflow = readFileSync(path.join(dir, '.github/workflows/claims.yml'), 'utf8');
    expect(workflow).toContain('npx corroborate check --format github');
    expect(workflow).toContain('actions/upload-artifact');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.scripts).toEqual({ test: 'vitest run' });
    expect(Object.keys(pkg.devDependencies).sort()).toEqual(['corroborate', 'vitest']);
    // the corpus note has no .txt/.md extension, so the check reads one article
    const check = await run(dir, ['check', '--format', 'json']);
    expect(check.code, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(['example']);
    expect(report.claims.map((c: { id: string; failures: string[] }) => [c.id, c.failures])).toEqual([
      ['bridge-approved-date', []],
      ['bridge-cost-50m', []],
    ]);
  });

  test("an existing package.json gets the test script in place of npm's placeholder, and keeps the rest", async () => {
    const dir = tempDir('corroborate-init-');
    const before = { name: 'desk', version: '1.0.0', scripts: { test: 'echo "Error: no test specified" && exit 1', lint: 'x' }, dependencies: { a: '1' } };
    put(dir, 'package.json', `${JSON.stringify(before, null, 4)}\n`);
    const r = await run(dir, ['init']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('updated  package.json');
    const text = readFileSync(path.join(dir, 'package.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify({ ...before, scripts: { test: 'vitest run', lint: 'x' } }, null, 4)}\n`);
  });

  test.for<[string, string]>([
    ['claims/example.yaml', 'claims: []\n'],
    ['corpus/example.txt', 'my article\n'],
    ['vitest.config.mjs', 'export default {}\n'],
    ['package.json', '{ "scripts": { "test": "jest" } }\n'],
  ])('%s in the way: named, exit 2, nothing written', async ([rel, content]) => {
    const dir = tempDir('corroborate-init-');
    put(dir, rel, content);
    put(dir, 'claims/mine.yaml', 'claims: []\n');
    const before = hashTree(dir);
    const r = await run(dir, ['init']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${rel.replace(/\./g, '\\.')}  USAGE  `, 'm'));
    expect(r.stderr).toMatch(/^ {2}fix: /m);
    expect(r.stderr).toContain('nothing was written');
    expect(hashTree(dir)).toEqual(before);
  });
});
