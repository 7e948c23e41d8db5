// Bad claim files, through the real CLI: exit 2, the file and line:col, a fix, no stack
// trace, nothing written, no input changed. Assertions are on codes and places, not wording.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, expectInputError, project, put } from './helpers.js';

afterAll(cleanup);

describe.concurrent('claim files', () => {
  test('malformed YAML: each syntax error at its place', async () => {
    const dir = project();
    put(dir, 'claims/a.yaml', 'claims:\n  - id: a\n    claim: Trump says: yes\n    about: [x]\n');
    put(dir, 'claims/b.yaml', 'claims:\n  - id: b\n    claim: x\n    about: [x, y\n  - id: c\n');
    put(dir, 'claims/c.yaml', 'claims:\n\t- id: d\n');
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 3, column: 12, code: 'YAML_SYNTAX' },
        { file: 'claims/b.yaml', line: 4, column: 12, code: 'YAML_SYNTAX' },
        { file: 'claims/c.yaml', line: 2, column: 1, code: 'YAML_SYNTAX' },
      ],
    );
  });

  test('wrong types, at the value', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: t1
    claim: 5
    about: x
    negated: "yes"
    value: { number: three }
    expect: sometimes
`,
    );
    put(dir, 'claims/b.yaml', 'claims: foo\n');
    put(dir, 'claims/c.yaml', '- 1\n- 2\n');
    put(dir, 'claims/d.yaml', 'entities: [Witkoff]\nclaims: []\n');
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 3, column: 12, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 4, column: 12, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 5, column: 14, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 6, column: 22, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 7, column: 13, code: 'INVALID_VALUE' },
        { file: 'claims/b.yaml', line: 1, column: 9, code: 'INVALID_VALUE' },
        { file: 'claims/c.yaml', line: 1, column: 1, code: 'INVALID_VALUE' },
        { file: 'claims/d.yaml', line: 1, column: 11, code: 'INVALID_VALUE' },
      ],
    );
  });

  test('as_of goes only with a number value, and when must be a date', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: a1
    claim: x
    about: [summit]
    value: { date: 2025-08-15 }
    as_of: 2025-08-16
  - id: a2
    claim: y
    about: [summit]
    when: last year
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 6, column: 12, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 10, column: 11, code: 'INVALID_DATE' },
      ],
    );
  });

  test('unknown fields, with did-you-mean, and missing fields', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: u1
    claim: x
    abuot: [a]
    about: [a]
    expect: { suported: 1 }
  - claim: has no id
    about: [b]
  - id: u3
    claim: has no about
entites: {}
`,
    );
    const r = await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 4, column: 5, code: 'UNKNOWN_FIELD' },
        { file: 'claims/a.yaml', line: 6, column: 15, code: 'UNKNOWN_FIELD' },
        { file: 'claims/a.yaml', line: 7, column: 5, code: 'MISSING_FIELD' },
        { file: 'claims/a.yaml', line: 9, column: 5, code: 'MISSING_FIELD' },
        { file: 'claims/a.yaml', line: 11, column: 1, code: 'UNKNOWN_FIELD' },
      ],
    );
    expect(r.stderr).toMatch(/claims\/a\.yaml:4:5 {2}UNKNOWN_FIELD.*\n(?:.*\n){2} {2}fix: did you mean "about"\?/);
    expect(r.stderr).toContain('did you mean "supported"?');
    expect(r.stderr).toContain('did you mean "entities"?');
  });

  test('bad ids', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: Bad_Id
    claim: x
    about: [a]
  - id: a--b
    claim: x
    about: [a]
  - id: 42
    claim: x
    about: [a]
  - id: ""
    claim: x
    about: [a]
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 2, column: 9, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 5, column: 9, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 8, column: 9, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 11, column: 9, code: 'INVALID_VALUE' },
      ],
    );
  });

  test('duplicate ids across files: both places named, at the id', async () => {
    const dir = project();
    put(dir, 'claims/b.yaml', 'claims:\n  - claim: the same id again\n    id: summit-date\n    about: [x]\n');
    const r = await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 2, column: 9, code: 'DUPLICATE_ID' },
        { file: 'claims/b.yaml', line: 3, column: 9, code: 'DUPLICATE_ID' },
      ],
    );
    // each names the other
    expect(r.stderr).toMatch(/claims\/a\.yaml:2:9 {2}DUPLICATE_ID .*claims\/b\.yaml:3:9/);
    expect(r.stderr).toMatch(/claims\/b\.yaml:3:9 {2}DUPLICATE_ID .*claims\/a\.yaml:2:9/);
  });

  test('impossible dates (2025-02-30, month 13) in values and scope', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `scope:
  published: { from: 2025-02-30 }
claims:
  - id: d1
    claim: x
    about: [a]
    value: { date: 2025-02-30 }
  - id: d2
    claim: x
    about: [a]
    value: { date: 2025-13 }
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 2, column: 22, code: 'INVALID_DATE' },
        { file: 'claims/a.yaml', line: 7, column: 20, code: 'INVALID_DATE' },
        { file: 'claims/a.yaml', line: 11, column: 20, code: 'INVALID_DATE' },
      ],
    );
  });

  test('two values in one claim; a value with none', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: v1
    claim: x
    about: [a]
    value: { date: 2025-08-15, number: 3 }
  - id: v2
    claim: x
    about: [a]
    value: {}
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 5, column: 12, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 9, column: 12, code: 'MISSING_FIELD' },
      ],
    );
  });

  test('empty about, empty terms', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: e1
    claim: x
    about: []
  - id: e2
    claim: x
    about: ["  "]
  - id: e3
    claim: x
    about: [a, []]
  - id: e4
    claim: x
    about:
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/a.yaml', line: 4, column: 12, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 7, column: 13, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 10, column: 16, code: 'INVALID_VALUE' },
        { file: 'claims/a.yaml', line: 13, column: 11, code: 'INVALID_VALUE' },
      ],
    );
  });

  test('unknown source ids in expect, with did-you-mean', async () => {
    const dir = project();
    put(
      dir,
      'claims/a.yaml',
      `claims:
  - id: summit-date
    claim: Trump and Putin meet on August 15, 2025
    about: [[summit, meeting, meet], Putin]
    value: { date: 2025-08-15 }
    expect: { sources: { s1: supported, s9: supported } }
`,
    );
    const r = await expectInputError(dir, [], { file: 'claims/a.yaml', line: 6, column: 41, code: 'UNKNOWN_SOURCE' });
    expect(r.stderr).toContain('did you mean "s1"?');
  });

  test('conflicting entity definitions: both places named', async () => {
    const dir = project();
    put(dir, 'claims/b.yaml', 'entities:\n  Witkoff: { aliases: [Steve Witkoff] }\nclaims: []\n');
    put(dir, 'claims/c.yaml', 'entities:\n  witkoff: { within: Alaska }\nclaims: []\n');
    const r = await expectInputError(
      dir,
      [],
      [
        { file: 'claims/b.yaml', line: 2, column: 3, code: 'ENTITY_CONFLICT' },
        { file: 'claims/c.yaml', line: 2, column: 3, code: 'ENTITY_CONFLICT' },
      ],
    );
    expect(r.stderr).toMatch(/claims\/b\.yaml:2:3 {2}ENTITY_CONFLICT .*claims\/c\.yaml:2:3/);
  });

  test('a YAML alias bomb ("billion laughs") is refused quickly, at the first alias', async () => {
    const dir = project();
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++)
      rows.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(',')}]`,
      );
    put(dir, 'claims/bomb.yaml', `${rows.join('\n')}\nclaims: []\n`);
    // the same bomb inside a claim
    put(
      dir,
      'claims/inner.yaml',
      `claims:
  - id: b
    claim: bomb
    about: &a [x, x, x, x, x, x, x, x, x]
    rivals: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    except: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    x: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    y: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
`,
    );
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/bomb.yaml', line: 2, column: 8, code: 'YAML_SYNTAX' },
        { file: 'claims/inner.yaml', line: 5, column: 17, code: 'YAML_SYNTAX' },
      ],
    );
  });

  test('deep nesting, an unresolved alias, an empty file', async () => {
    const dir = project();
    put(dir, 'claims/deep.yaml', `claims: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    put(dir, 'claims/alias.yaml', 'claims:\n  - id: x\n    claim: x\n    about: *nowhere\n');
    put(dir, 'claims/empty.yaml', '');
    await expectInputError(
      dir,
      [],
      [
        { file: 'claims/alias.yaml', line: 4, column: 12, code: 'YAML_SYNTAX' },
        { file: 'claims/deep.yaml', line: 1, column: 209, code: 'YAML_SYNTAX' },
        { file: 'claims/empty.yaml', line: 1, column: 1, code: 'MISSING_FIELD' },
      ],
    );
  });

  test('a claim file that is not UTF-8', async () => {
    const dir = project();
    put(dir, 'claims/b.yaml', Buffer.concat([Buffer.from('claims:\n  - id: b\n    claim: "caf'), Buffer.from([0xe9]), Buffer.from('"\n    about: [x]\n')]));
    await expectInputError(dir, [], { file: 'claims/b.yaml', line: 3, column: 16, code: 'ENCODING' });
  });
});
