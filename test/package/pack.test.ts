// What `npm pack` ships: the compiled dist/ (with the HTML report's browser assets), the
// CLI, the docs, the JSON Schema, README and LICENSE; no TypeScript sources, tests,
// fixtures or build stamp. Every target of the exports map and bin is in the tarball.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../data.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_package_|npm_lifecycle_|INIT_CWD)/.test(k)));
const packed = JSON.parse(execFileSync(NPM, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, env, encoding: 'utf8' }));
const files: string[] = packed[0].files.map((f: { path: string }) => f.path).sort();
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const walk = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.posix.join(dir, f.split(path.sep).join('/')));

test('the tarball holds the package files and nothing of the repository besides', () => {
  for (const f of [
    'LICENSE',
    'README.md',
    'package.json',
    'claims.schema.json',
    'bin/corroborate.js',
    'dist/report/html/report.js',
    'dist/report/html/report.css',
  ])
    expect(files).toContain(f);
  const docs = walk('docs').filter((f) => /\.(md|yaml|png)$/.test(f));
  expect(docs.length).toBeGreaterThan(0);
  for (const f of docs) expect(files).toContain(f);
  const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
  expect(top).toEqual(['LICENSE', 'README.md', 'bin', 'claims.schema.json', 'dist', 'docs', 'package.json']);
  expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  expect(files).not.toContain('dist/.built');
});

test('every source module is compiled, with its declarations', () => {
  const sources = walk('src').filter((f) => f.endsWith('.ts'));
  expect(sources.length).toBeGreaterThan(10);
  for (const f of sources) {
    const out = f.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    expect(files).toContain(`${out}.js`);
    expect(files).toContain(`${out}.d.ts`);
  }
});

test('every exports target and the bin are in the tarball, with types for the code entry points', () => {
  const targets: string[] = [];
  for (const [key, value] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    if (typeof value === 'string') targets.push(value);
    else {
      if (key !== './claims.schema.json') expect(Object.keys(value), key).toEqual(['types', 'default']);
      targets.push(...Object.values(value));
    }
  }
  expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './vitest', './matchers']));
  for (const t of [...targets, ...Object.values(pkg.bin as Record<string, string>)]) expect(files).toContain(t.replace(/^\.\//, ''));
  expect(pkg.dependencies).not.toHaveProperty('tsx');
});
