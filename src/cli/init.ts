// `corroborate init`: scaffold a desk project in the current folder. It writes an example
// claim file, a corpus folder with a note and one example article, a Vitest config using
// the claims plugin, the `test` script and an example CI workflow. It never overwrites:
// when any file it would write exists, it names each one, writes nothing and exits 2.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatError, type InputError } from '../errors.js';

export interface InitIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

/** The placeholder `npm init` writes; a script like it is replaced, any other is kept. */
const NPM_PLACEHOLDER = /^echo "Error: no test specified" && exit 1$/;
const TEST_SCRIPT = 'vitest run';

const CLAIMS = `# yaml-language-server: $schema=../node_modules/corroborate/claims.schema.json
# Each claim is a test: \`npm test\` runs one test per claim, \`npx corroborate check\` prints
# the claims × sources matrix. Replace these with your story's facts.
claims:
  - id: bridge-approved-date
    claim: The Riverton council approved the new bridge on March 4, 2026
    about: [Riverton, bridge, [approve, vote]]
    value: { date: 2026-03-04 }
    # expect: supported is the default: some source supports it and none contradicts it

  - id: bridge-cost-50m
    claim: The bridge costs 50 million dollars
    about: [bridge, [cost, costs]]
    value: { number: 50000000, unit: dollars }
    expect: contradicted   # a known wrong figure: the gate holds while a source contradicts it
`;

const NOTE = `Put the articles to check here: one article per file, *.txt or *.md, UTF-8.

A file may start with a front-matter block:

---
id: riverton-gazette        # the source id in reports (default: the file name)
published: 2026-03-05       # resolves "on Wednesday" and other relative dates
---

then the headline and the paragraphs. example.txt is a made-up article for the example
claims in claims/example.yaml; delete both when you add your own. This note has no
extension, so it is not read as an article.
`;

const ARTICLE = `---
id: example
published: 2026-03-05
---
Riverton council approves new river bridge

The Riverton city council approved the new bridge over the Ash River on Wednesday, March 4, 2026, by seven votes to two.

The bridge costs 42 million dollars, mayor Ana Ruiz said after the vote. Work starts in May.
`;

const VITEST_CONFIG = `import { claimsPlugin } from 'corroborate/vitest';
import { defineConfig } from 'vitest/config';

// Claim files are test files: one test per claim, reported at the claim's YAML line.
export default defineConfig({
  test: {
    reporters: process.env.GITHUB_ACTIONS ? ['default', 'github-actions'] : ['default'],
    projects: [
      {
        plugins: [claimsPlugin({ corpus: 'corpus', claims: 'claims' })],
        test: { name: 'claims', include: ['claims/**/*.{yaml,yml}'], isolate: false, includeTaskLocation: true },
      },
    ],
  },
});
`;

const WORKFLOW = `# The claims gate and its report. See corroborate's docs/claims-as-tests.md for more.
name: claims
on: [push, pull_request]

jobs:
  claims:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci

      # The gate: exit 1 when an expectation fails, 2 on invalid input; an annotation on
      # each failing claim's YAML line.
      - name: Check claims
        run: npx corroborate check --format github

      # The report: the Markdown matrix on the run's summary page, the HTML report as an artifact.
      - name: Report
        if: always()
        run: |
          npx corroborate check --format markdown --output corroborate.md || true
          if [ -f corroborate.md ]; then cat corroborate.md >> "$GITHUB_STEP_SUMMARY"; fi
          npx corroborate check --format html --output corroborate-report.html || true
      - uses: actions/upload-artifact@v4
        if: always()
        with: { name: corroborate-report, path: corroborate-report.html, if-no-files-found: ignore }
`;

const FILES: [string, string][] = [
  ['claims/example.yaml', CLAIMS],
  ['corpus/README', NOTE],
  ['corpus/example.txt', ARTICLE],
  ['vitest.config.ts', VITEST_CONFIG],
  ['.github/workflows/claims.yml', WORKFLOW],
];

/** Other names Vitest reads its config from: one of them next to ours would be a conflict. */
const OTHER_CONFIGS = ['vitest.config.js', 'vitest.config.mjs', 'vitest.config.mts', 'vitest.config.cjs', 'vitest.config.cts'];

type Pkg = { scripts?: Record<string, unknown> } & Record<string, unknown>;

/** package.json after adding the test script (undefined: nothing to change), or an error naming it. */
function planPackage(cwd: string, version: string): { text?: string; error?: InputError; created: boolean } {
  const file = path.join(cwd, 'package.json');
  if (!existsSync(file)) {
    const name =
      path
        .basename(cwd)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+/, '') || 'claims';
    const pkg = {
      name,
      private: true,
      type: 'module',
      scripts: { test: TEST_SCRIPT },
      devDependencies: { corroborate: `^${version}`, vitest: '~4.1.12' },
    };
    return { text: `${JSON.stringify(pkg, null, 2)}\n`, created: true };
  }
  const raw = readFileSync(file, 'utf8');
  let pkg: Pkg;
  try {
    pkg = JSON.parse(raw) as Pkg;
    if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) throw new Error('not an object');
  } catch (e) {
    return {
      created: false,
      error: {
        code: 'USAGE',
        file: 'package.json',
        message: `is not a JSON object (${(e as Error).message})`,
        hint: 'fix package.json, then run `corroborate init` again',
      },
    };
  }
  const current = pkg.scripts?.test;
  if (current === TEST_SCRIPT) return { created: false };
  if (typeof current === 'string' && !NPM_PLACEHOLDER.test(current))
    return {
      created: false,
      error: {
        code: 'USAGE',
        file: 'package.json',
        message: `already has a test script (${JSON.stringify(current)}); corroborate init never overwrites`,
        hint: 'run the claims with `vitest run` from your test script yourself, or remove the script and run `corroborate init` again',
      },
    };
  const indent = /^[ \t]+(?=")/m.exec(raw)?.[0] ?? '  ';
  pkg.scripts = { ...(pkg.scripts ?? {}), test: TEST_SCRIPT };
  return { text: `${JSON.stringify(pkg, null, indent)}${raw.endsWith('\n') ? '\n' : ''}`, created: false };
}

/** Write atomically: a temporary file in the same folder, then rename. */
function writeNew(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Scaffold the project in `io.cwd`; returns the exit code (0 written, 2 nothing written). */
export function init(io: InitIo, version: string): number {
  const errors: InputError[] = [];
  for (const [rel] of FILES)
    if (existsSync(path.join(io.cwd, rel)))
      errors.push({
        code: 'USAGE',
        file: rel,
        message: 'already exists; corroborate init never overwrites',
        hint: 'move or rename it, or run `corroborate init` in another folder',
      });
  for (const rel of OTHER_CONFIGS)
    if (existsSync(path.join(io.cwd, rel)))
      errors.push({
        code: 'USAGE',
        file: rel,
        message: 'is a Vitest config already',
        hint: 'add the claims project from corroborate/vitest to it yourself, or move it away and run `corroborate init` again',
      });
  const pkg = planPackage(io.cwd, version);
  if (pkg.error) errors.push(pkg.error);
  if (errors.length) {
    for (const e of errors) io.stderr.write(`${formatError(e)}\n\n`);
    io.stderr.write(`${errors.length} file${errors.length === 1 ? '' : 's'} in the way; nothing was written.\n`);
    return 2;
  }
  for (const [rel, text] of FILES) {
    writeNew(path.join(io.cwd, rel), text);
    io.stdout.write(`created  ${rel}\n`);
  }
  if (pkg.text !== undefined) {
    writeNew(path.join(io.cwd, 'package.json'), pkg.text);
    io.stdout.write(pkg.created ? 'created  package.json (the test script)\n' : 'updated  package.json (added the test script)\n');
  }
  io.stdout.write(
    `\nNext:\n${pkg.created ? '  npm install            # corroborate and vitest\n' : '  npm install --save-dev corroborate vitest   # unless they are installed already\n'}` +
      '  npx corroborate check  # the claims × sources matrix\n' +
      '  npm test               # one test per claim\n',
  );
  return 0;
}
