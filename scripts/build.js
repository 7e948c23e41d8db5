#!/usr/bin/env node
// `npm run build` (also run by `prepare`, so `npm ci` and an install from git both build):
// a clean dist/ holding src/ compiled by tsc (ES2022 modules plus .d.ts; typescript 7's
// native tsc emits both, so no second tool is needed), and the HTML report's browser
// assets (src/report/html/), which are read at run time and not compiled.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');

rmSync(dist, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) {
  process.stderr.write('build: tsc failed (see above); dist/ is incomplete\n');
  process.exit(r.status ?? 1);
}
cpSync(path.join(root, 'src/report/html'), path.join(dist, 'report/html'), { recursive: true });
// the stamp the test setup compares with the sources' times (test/setup/build.ts)
writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`);
