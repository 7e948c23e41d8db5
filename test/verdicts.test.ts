// The committed verdict matrix (verdicts.md) must match the bundled claims and corpus,
// so a pull request that adds an article or a claim shows its verdict changes as a diff.
// Refresh it with `npm run verdicts` (CI never writes it: a stale matrix fails the build).
import path from 'node:path';
import { expect, test } from 'vitest';
import { check, reporters } from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');

test('verdicts.md is the markdown report of claims/ over corpus/', async () => {
  const report = await check({ cwd: root });
  const markdown = reporters.markdown?.(report, { style: { color: false } });
  await expect(markdown).toMatchFileSnapshot('../verdicts.md');
});
