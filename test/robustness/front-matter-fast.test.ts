// The front-matter fast path (plain `key: value` lines, read without the YAML parser) gives
// what the parser gives, with blank lines and CRLF line ends too. A comment line sends the
// same front matter through the parser, for comparison.
import { expect, test } from 'vitest';
import { parseSource } from '../../src/corpus/load.js';

function meta(text: string) {
  const r = parseSource(Buffer.from(text, 'utf8'), 'x.txt');
  if (!('source' in r)) throw new Error(r.error.message);
  const { sentences, ...rest } = r.source;
  return { ...rest, sentences: sentences.map((s) => [s.start, s.end, s.line]) };
}

test.each([
  ['one line, the usual form', ['published: 2004-11-13'], '\n'],
  ['a blank line before the closing rule', ['published: 2004-11-13', ''], '\n'],
  ['blank and white-space lines between keys', ['id: wn-1', '   ', 'title: Lunch in Brasilia', '', 'published: 2005-04-23'], '\n'],
  ['CRLF line ends', ['published: 2004-11-13', 'outlet: Wikinews'], '\r\n'],
])('%s', (_name, lines, nl) => {
  const body = `Hu Jintao had lunch with Lula.${nl}It was a barbecue.${nl}`;
  const fast = meta(`---${nl}${lines.join(nl)}${nl}---${nl}${body}`);
  const parsed = meta(`---${nl}# a comment: read by the YAML parser${nl}${lines.join(nl)}${nl}---${nl}${body}`);
  expect(fast).toEqual({ ...parsed, firstLine: fast.firstLine, sentences: parsed.sentences.map(([s, e, l]) => [s, e, (l as number) - 1]) });
  expect(fast.firstLine).toBe(parsed.firstLine - 1);
  expect(fast.published ?? fast.id).toBeDefined();
});
