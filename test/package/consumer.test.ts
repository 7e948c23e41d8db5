// The package as a user gets it: `npm pack`, then an install of the tarball into a fresh
// project in the system temp folder (its dependencies from the npm cache, which `npm ci`
// in this repository filled; the registry only for what is missing there). Then plain
// Node imports and requires it, its types resolve, the CLI checks, scaffolds and answers
// --version, and Vitest runs claim files through the plugin from a plain vitest.config.ts.
import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../data.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(path.join(tmpdir(), 'corroborate-consumer-'));
const app = path.join(work, 'app');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment of a child npm, node or Vitest: nothing from this run's npm script or Vitest. */
function env(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(VITEST|TINYPOOL|NODE_OPTIONS|NODE_V8_COVERAGE|FORCE_COLOR|GITHUB_ACTIONS|npm_package_|npm_lifecycle_|INIT_CWD)/.test(k)) out[k] = v;
  return { ...out, NO_COLOR: '1', CI: 'true' };
}

function run(cmd: string, args: string[], cwd = app): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: env(), encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
}
const node = (args: string[]) => run(process.execPath, args);
const bin = (name: string, args: string[]) => node([path.join(app, 'node_modules', name), ...args]);
const cli = (args: string[]) => bin('corroborate/bin/corroborate.js', args);
const said = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

let tarball = '';

beforeAll(() => {
  // --ignore-scripts: dist/ is already built (test/setup/build.ts), and a rebuild here would
  // pull it from under the tests running beside this one
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: env(), encoding: 'utf8' }));
  tarball = path.join(work, packed[0].filename);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ name: 'desk', private: true, type: 'module' }, null, 2)}\n`);
  const r = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', tarball, 'vitest@~4.1.12']);
  if (r.status !== 0) throw new Error(`npm install of the tarball failed: ${said(r)}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package in a fresh project', () => {
  test('installs no TypeScript sources and no tsx', () => {
    const pkg = JSON.parse(readFileSync(path.join(app, 'node_modules/corroborate/package.json'), 'utf8'));
    expect(pkg.version).toBe(version);
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    const files = readdirSync(path.join(app, 'node_modules/corroborate'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toContain(path.join('dist', 'index.js'));
  });

  test('plain Node imports it (ESM) and requires it (CommonJS), all three entry points', () => {
    writeFileSync(
      path.join(app, 'esm.mjs'),
      `import { check, reporters } from 'corroborate';
import { claimsPlugin } from 'corroborate/vitest';
import schema from 'corroborate/claims.schema.json' with { type: 'json' };
console.log(JSON.stringify({ check: typeof check, formats: Object.keys(reporters), plugin: claimsPlugin().name, schema: typeof schema }));
`,
    );
    writeFileSync(
      path.join(app, 'cjs.cjs'),
      `const { check, segment } = require('corroborate');
const { claimsPlugin } = require('corroborate/vitest');
console.log(JSON.stringify({ check: typeof check, sentences: segment('One. Two.').length, plugin: claimsPlugin().name }));
`,
    );
    const esm = node(['esm.mjs']);
    expect(esm.status, said(esm)).toBe(0);
    expect(JSON.parse(esm.stdout)).toEqual({
      check: 'function',
      formats: ['text', 'json', 'junit', 'markdown', 'github', 'html'],
      plugin: 'corroborate:claims',
      schema: 'object',
    });
    const cjs = node(['cjs.cjs']);
    expect(cjs.status, said(cjs)).toBe(0);
    expect(JSON.parse(cjs.stdout)).toEqual({ check: 'function', sentences: 2, plugin: 'corroborate:claims' });
  });

  test('its types resolve through the exports map', () => {
    writeFileSync(
      path.join(app, 'types.ts'),
      `import { check, type Report } from 'corroborate';
import { claimsPlugin } from 'corroborate/vitest';
import 'corroborate/matchers';
const report: Promise<Report> = check({ claims: ['claims'] });
const name: string = claimsPlugin({ corpus: 'corpus' }).name;
// @ts-expect-error: the option is a path list, not a number
claimsPlugin({ corpus: 3 });
export { report, name };
`,
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['types.ts'],
      }),
    );
    const r = node([path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(r.status, said(r)).toBe(0);
  });

  test('the CLI: --version, init, check (text and the HTML report with its browser assets)', () => {
    const v = cli(['--version']);
    expect(v.stdout).toBe(`${version}\n`);
    const init = cli(['init']);
    expect(init.status, said(init)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')).scripts).toEqual({ test: 'vitest run' });
    const check = cli(['check']);
    expect(check.status, said(check)).toBe(0);
    expect(check.stdout).toMatch(/2 claims over 1 source: 2 passed, 0 failed/);
    const html = cli(['check', '--format', 'html', '--output', 'report.html']);
    expect(html.status, said(html)).toBe(0);
    const page = readFileSync(path.join(app, 'report.html'), 'utf8');
    // the page inlines report.js and report.css, read from the package at run time
    const asset = (name: string) => readFileSync(path.join(app, 'node_modules/corroborate/dist/report/html', name), 'utf8');
    expect(page).toContain(asset('report.css').trim().split('\n')[0]);
    expect(page).toContain(asset('report.js').trim().split('\n').at(-1));
    // a second init is refused and names what is in the way
    const again = cli(['init']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^claims\/example\.yaml {2}USAGE {2}/m);
  });

  test('Vitest runs the claim files through the plugin from the scaffolded plain config, no flags', () => {
    const r = bin('vitest/vitest.mjs', ['run']);
    expect(r.status, said(r)).toBe(0);
    expect(r.stdout).toMatch(/Tests {2}2 passed \(2\)/);
    expect(r.stdout).toContain('claims/example.yaml');
  });
});
