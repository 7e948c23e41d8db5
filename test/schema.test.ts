// The committed JSON Schema (for editor autocomplete) must match the zod schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { claimFileJsonSchema } from '../src/index.js';

test('claims.schema.json is generated from the zod schema (run `npx corroborate schema > claims.schema.json`)', () => {
  const committed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../claims.schema.json'), 'utf8'));
  expect(committed).toEqual(claimFileJsonSchema());
});

test('the schema rejects unknown claim fields, as the loader does', () => {
  const s = claimFileJsonSchema() as { properties: { claims: { items: { additionalProperties?: unknown; required?: string[] } } } };
  expect(s.properties.claims.items.additionalProperties).toBe(false);
  expect(s.properties.claims.items.required).toEqual(expect.arrayContaining(['id', 'claim', 'about']));
});
