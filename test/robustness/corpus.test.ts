// Bad corpus files and paths, through the real CLI: exit 2, the file (and line:col where
// there is one), a fix, no stack trace, nothing written, no input changed.
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, cli, expectInputError, hashTree, project, put, VALID_SOURCE } from './helpers.js';

afterAll(cleanup);

const isRoot = process.getuid?.() === 0;

describe.concurrent('corpus files and paths', () => {
  test('bad front matter: unclosed, impossible or vague `published`, bad YAML, bad id', async () => {
    const dir = project();
    put(dir, 'corpus/u.txt', '---\nid: u\npublished: 2025-08-01\nthe text, but the block is never closed\n');
    put(dir, 'corpus/p.txt', '---\nid: p\npublished: 2025-02-30\n---\ntext\n');
    put(dir, 'corpus/q.txt', '---\npublished: next week\n---\ntext\n');
    put(dir, 'corpus/y.txt', '---\ntitle: [unclosed\n---\ntext\n');
    put(dir, 'corpus/i.txt', '---\nid: [a, b]\n---\ntext\n');
    put(dir, 'corpus/crlf.txt', '---\r\nid: crlf\r\npublished: 2025-02-29\r\n---\r\ntext\r\n');
    await expectInputError(
      dir,
      [],
      [
        { file: 'corpus/u.txt', line: 1, column: 1, code: 'FRONT_MATTER' },
        { file: 'corpus/p.txt', line: 3, column: 12, code: 'INVALID_DATE' },
        { file: 'corpus/q.txt', line: 2, column: 12, code: 'INVALID_DATE' },
        { file: 'corpus/y.txt', code: 'YAML_SYNTAX' },
        { file: 'corpus/i.txt', line: 2, column: 5, code: 'FRONT_MATTER' },
        { file: 'corpus/crlf.txt', line: 3, column: 12, code: 'INVALID_DATE' },
      ],
    );
  });

  test('non-UTF-8 and binary files', async () => {
    const dir = project();
    put(dir, 'corpus/latin1.txt', Buffer.concat([Buffer.from('Putin arrived.\nsaid caf'), Buffer.from([0xe9]), Buffer.from(' owner\n')]));
    put(dir, 'corpus/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    put(dir, 'corpus/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Putin arrived.', 'utf16le')]));
    await expectInputError(
      dir,
      [],
      [
        { file: 'corpus/latin1.txt', line: 2, column: 9, code: 'ENCODING' },
        { file: 'corpus/image.md', code: 'ENCODING' },
        { file: 'corpus/utf16.txt', code: 'ENCODING' },
      ],
    );
  });

  test('an empty corpus: an empty folder, a folder of other files, a glob that matches nothing', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'empty'));
    put(dir, 'docs/notes.pdf', '%PDF-1.4');
    await expectInputError(
      dir,
      ['--corpus', 'empty', '--corpus', 'docs', '--corpus', 'nothing/*.txt'],
      [
        { file: 'empty', code: 'NO_SOURCES' },
        { file: 'docs', code: 'NO_SOURCES' },
        { file: 'nothing/*.txt', code: 'NO_SOURCES' },
      ],
    );
  });

  test('missing paths', async () => {
    const dir = project();
    await expectInputError(
      dir,
      ['--claims', 'nope.yaml', '--corpus', 'no/such/folder'],
      [
        { file: 'nope.yaml', code: 'NOT_FOUND' },
        { file: 'no/such/folder', code: 'NOT_FOUND' },
      ],
    );
  });

  test('unreadable paths: a broken link, a folder where a file is expected', async () => {
    const dir = project();
    symlinkSync('gone.txt', path.join(dir, 'corpus/broken.txt'));
    mkdirSync(path.join(dir, 'claims/folder.yaml'));
    await expectInputError(
      dir,
      ['--claims', 'claims/folder.yaml', '--corpus', 'corpus'],
      [
        { file: 'claims/folder.yaml', code: 'NO_CLAIMS' },
        { file: 'corpus/broken.txt', code: 'UNREADABLE' },
      ],
    );
  });

  // chmod 000 does not stop root from reading, so as root there is nothing to test here;
  // the broken link and the folder above cover unreadable paths for every user
  test.skipIf(isRoot)('unreadable paths: chmod 000 (skipped as root: root reads a chmod 000 file anyway)', async () => {
    const dir = project();
    const f = put(dir, 'corpus/secret.txt', VALID_SOURCE.replace('id: s1', 'id: s2'));
    chmodSync(f, 0o000);
    try {
      await expectInputError(dir, [], { file: 'corpus/secret.txt', code: 'UNREADABLE' });
    } finally {
      chmodSync(f, 0o644);
    }
  });

  test('a symbolic link loop, inside a folder and given directly', async () => {
    const dir = project();
    symlinkSync('loop.txt', path.join(dir, 'corpus/loop.txt'));
    symlinkSync('b.yaml', path.join(dir, 'claims/c.yaml'));
    symlinkSync('c.yaml', path.join(dir, 'claims/b.yaml'));
    await expectInputError(
      dir,
      [],
      [
        { file: 'corpus/loop.txt', code: 'UNREADABLE' },
        { file: 'claims/b.yaml', code: 'UNREADABLE' },
        { file: 'claims/c.yaml', code: 'UNREADABLE' },
      ],
    );
    await expectInputError(dir, ['--claims', 'claims/a.yaml', '--corpus', 'corpus/loop.txt'], { file: 'corpus/loop.txt', code: 'UNREADABLE' });
  });

  test('a link to a folder (a loop) is not followed; a link to a file is read', async () => {
    const dir = project();
    symlinkSync('.', path.join(dir, 'corpus/self'));
    symlinkSync('..', path.join(dir, 'corpus/up'));
    put(dir, 'elsewhere/s2.txt', VALID_SOURCE.replace('id: s1', 'id: s2'));
    symlinkSync(path.join(dir, 'elsewhere/s2.txt'), path.join(dir, 'corpus/s2.txt'));
    const before = hashTree(dir);
    const r = await cli(dir, ['check', '--format', 'json']);
    expect([0, 1], r.stderr).toContain(r.code);
    const report = JSON.parse(r.stdout) as { sources: { id: string; path: string }[] };
    expect(report.sources.map((s) => `${s.id} ${s.path}`)).toEqual(['s1 corpus/s1.txt', 's2 corpus/s2.txt']);
    expect(hashTree(dir)).toEqual(before);
  });

  test('two sources with one id', async () => {
    const dir = project();
    put(dir, 'corpus/copy.txt', VALID_SOURCE);
    await expectInputError(
      dir,
      [],
      [
        { file: 'corpus/copy.txt', code: 'DUPLICATE_SOURCE' },
        { file: 'corpus/s1.txt', code: 'DUPLICATE_SOURCE' },
      ],
    );
  });
});
