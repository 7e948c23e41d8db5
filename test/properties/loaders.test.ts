// The loaders never throw on bad input: random bytes, random text, random YAML documents
// shaped like claim files. They return errors, each with a known code, a place and a fix.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseClaimFiles } from '../../src/claims/load.js';
import { parseSource } from '../../src/corpus/load.js';
import type { ErrorCode, InputError } from '../../src/errors.js';

const CODES: ErrorCode[] = [
  'YAML_SYNTAX',
  'SCHEMA',
  'UNKNOWN_FIELD',
  'MISSING_FIELD',
  'INVALID_VALUE',
  'INVALID_DATE',
  'DUPLICATE_ID',
  'DUPLICATE_SOURCE',
  'ENTITY_CONFLICT',
  'UNKNOWN_SOURCE',
  'UNKNOWN_CLAIM',
  'FRONT_MATTER',
  'ENCODING',
  'NOT_FOUND',
  'UNREADABLE',
  'NO_CLAIMS',
  'NO_SOURCES',
  'TOO_LARGE',
  'UNWRITABLE',
  'USAGE',
];

function wellFormed(e: InputError, file: string): void {
  expect(CODES).toContain(e.code);
  expect(e.file).toBe(file);
  expect(e.message.length).toBeGreaterThan(0);
  expect(e.hint.length).toBeGreaterThan(0);
  if (e.line !== undefined) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

function claimsOf(text: string): void {
  const r = parseClaimFiles([{ display: 'claims/x.yaml', text }]);
  for (const e of r.errors) wellFormed(e, 'claims/x.yaml');
  if (r.errors.length === 0) for (const c of r.claims) expect(c.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
}

// values that look like what people write in claim files, and some that do not
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'supported', 'absent', '>= 1', '2025-08-15', '2025-02-30', '2025-13', 'a-b', 'Putin', '*', '&', '!!', '{', '['),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const key = fc.constantFrom(
  'id',
  'claim',
  'about',
  'value',
  'negated',
  'rivals',
  'except',
  'expect',
  'abuot',
  'date',
  'number',
  'unit',
  'entity',
  'sources',
  'x',
);
const claim = fc.dictionary(key, fc.oneof(value, fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxLength: 4 })), { maxKeys: 8 });
const claimFile = fc.record(
  {
    claims: fc.oneof(fc.array(claim, { maxLength: 5 }), value),
    entities: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(value, fc.record({ aliases: fc.array(scalar, { maxLength: 3 }), within: scalar }))),
    scope: value,
    [fc.sample(fc.constant('extra'), 1)[0] as string]: value,
  },
  { requiredKeys: [] },
);

describe('parseClaimFiles never throws', () => {
  test('property: random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), claimsOf), { numRuns: 400 });
  });

  test('property: random YAML-ish text (indentation, brackets, anchors, tags)', () => {
    const token = fc.constantFrom(
      'claims:',
      '\n',
      '  ',
      '- ',
      'id: ',
      'a',
      ': ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&x ',
      '*x',
      '!!str ',
      '!!binary ',
      '|',
      '>',
      '"',
      "'",
      '#',
      '---',
      '...',
      '\t',
      '? ',
      '<<: ',
      '%YAML 1.1\n',
      '2025-02-30',
      '~',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (ts) => claimsOf(ts.join(''))),
      { numRuns: 800 },
    );
  });

  test('property: random YAML documents shaped like claim files', () => {
    fc.assert(
      fc.property(claimFile, (doc) => claimsOf(stringify(doc))),
      { numRuns: 400 },
    );
  });

  test('property: several random files at once (duplicates, entity conflicts)', () => {
    const small = fc.record({
      entities: fc.dictionary(
        fc.constantFrom('Witkoff', 'witkoff', 'Alaska'),
        fc.record({ aliases: fc.array(fc.constantFrom('Steve', 'S. W.'), { maxLength: 2 }) }),
      ),
      claims: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c-1'), claim: fc.constant('x'), about: fc.constant(['x']) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(small, { minLength: 1, maxLength: 4 }), (docs) => {
        const texts = docs.map((d, i) => ({ display: `claims/f${i}.yaml`, text: stringify(d) }));
        const r = parseClaimFiles(texts);
        for (const e of r.errors) {
          expect(texts.map((t) => t.display)).toContain(e.file);
          expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSource never throws', () => {
  const check = (buf: Buffer): void => {
    const r = parseSource(buf, 'corpus/x.txt');
    if ('error' in r) wellFormed(r.error, 'corpus/x.txt');
    else for (const s of r.source.sentences) expect(r.source.text.slice(s.start, s.end)).toBe(s.text);
  };

  test('property: random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (b) => check(Buffer.from(b))),
      { numRuns: 800 },
    );
  });

  test('property: random front matter and text', () => {
    const fm = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'id: s1',
        'published: 2025-02-30',
        'published: 2025-08-14',
        'id: [a]',
        'title: "x',
        'id: a b',
        'published: ~',
        '- x',
        '&a x',
        '*a',
        'outlet: {a: 1}',
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', '\ufeff'),
        fc.constantFrom('---\n', '---\r\n', '--- \n', ''),
        fc.array(fm, { maxLength: 4 }),
        fc.constantFrom('\n---\n', '\r\n---\r\n', '\n', '\n---', ''),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (bom, open, lines, close, body) => check(Buffer.from(`${bom}${open}${lines.join('\n')}${close}${body}`)),
      ),
      { numRuns: 800 },
    );
  });
});
