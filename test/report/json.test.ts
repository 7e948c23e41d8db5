// The streamed JSON must be byte-identical to JSON.stringify of the whole report.
import path from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../../src/index.js';
import { renderJsonChunks } from '../../src/report/json.js';

const shared = path.resolve(import.meta.dirname, '../../../shared');

test('streamed JSON equals JSON.stringify(report, null, 2)', async () => {
  const report = await check({ claims: [path.join(shared, 'gold/seeds.claims.yaml')], corpus: [path.join(shared, 'seeds')] });
  expect([...renderJsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
});

test('empty lists render as JSON.stringify does', () => {
  const report = { ok: true, sources: [], claims: [] };
  expect([...renderJsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
});
