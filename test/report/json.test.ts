import { expect, test } from 'vitest';
import { check } from '../../src/index.js';
import { renderJsonChunks } from '../../src/report/json.js';
import { GOLD, SEEDS } from '../data.js';

test('streamed JSON equals JSON.stringify(report, null, 2)', async () => {
  const report = await check({ claims: [GOLD], corpus: [SEEDS] });
  expect([...renderJsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
});

test('empty lists render as JSON.stringify does', () => {
  const report = { ok: true, sources: [], claims: [] };
  expect([...renderJsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
});
