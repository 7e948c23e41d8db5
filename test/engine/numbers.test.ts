// Numbers: digits, words, hyphenated forms, units with inflection, and qualifiers.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const n = (number: number | string, unit?: string, about: unknown[] = [['talks', 'meeting']]): Case => ({
  claim: { about, value: unit ? { number, unit } : { number } },
});

const rows: [string, Case, string, Verdict][] = [
  ['hyphenated word and unit', n(3, 'hour'), 'They held a three-hour meeting.', 'supported'],
  ['another number with the unit contradicts', n(3, 'hour'), 'They held a two-hour meeting.', 'contradicted'],
  ['digits with a plural unit', n(3, 'hour'), 'The talks lasted 3 hours.', 'supported'],
  ['number words with a plural unit', n(4, 'hour'), 'The talks lasted four hours.', 'supported'],
  ['another unit is not the claim’s number', n(3, 'hour'), 'The talks involved 12 officials.', 'absent'],
  ['"at least six" supports 6', n(6, 'call', ['calls']), 'He has made at least six calls.', 'supported'],
  ['"at least eight" contradicts 6', n(6, 'call', ['calls']), 'He has made at least eight calls.', 'contradicted'],
  ['"at least four" is compatible with 6', n(6, 'call', ['calls']), 'He has made at least four calls.', 'absent'],
  ['"more than two" is compatible with 3', n(3, 'hour'), 'The talks lasted more than two hours.', 'absent'],
  ['"up to two" contradicts 3', n(3, 'hour'), 'The talks lasted up to two hours.', 'contradicted'],
  ['"nearly three" supports 3', n(3, 'hour'), 'The talks lasted nearly three hours.', 'supported'],
  ['two-and-a-half', n(2.5, 'hour'), 'The talks lasted two-and-a-half hours.', 'supported'],
  ['"more than two-and-a-half" is compatible with 3', n(3, 'hour'), 'The talks lasted more than two-and-a-half hours.', 'absent'],
  ['compound number words', n(25, 'delegate', ['delegates']), 'Twenty-five delegates attended.', 'supported'],
  ['thousands separators', n(1200, 'troop', ['troops']), 'Exactly 1,200 troops were moved.', 'supported'],
  ['"about N" is a range: it neither supports nor contradicts an exact N', n(1200, 'troop', ['troops']), 'About 1,200 troops were moved.', 'absent'],
  ['"about N" inside a claimed "~ N" supports', n('~ 1200', 'troop', ['troops']), 'About 1,200 troops were moved.', 'supported'],
  ['"about N" far from the claim contradicts', n(500, 'troop', ['troops']), 'About 1,200 troops were moved.', 'contradicted'],
  ['a claimed floor: a larger figure supports', n('>= 3000', 'home', ['storm']), 'The storm destroyed 4,100 homes.', 'supported'],
  ['a claimed floor: a smaller figure contradicts', n('>= 3000', 'home', ['storm']), 'The storm destroyed 2,100 homes.', 'contradicted'],
  ['a claimed range: "more than" its floor overlaps, neither', n('100..200', 'home', ['storm']), 'The storm destroyed more than 150 homes.', 'absent'],
  ['a claimed range: a figure inside supports', n('100..200', 'home', ['storm']), 'The storm destroyed 150 homes.', 'supported'],
  ['"at least 70" is a floor at the claim\'s number: supports 70', n(70, 'supporter', ['killed']), 'At least 70 supporters were killed.', 'supported'],
  ['"more than 80" excludes 70: contradicts', n(70, 'supporter', ['killed']), 'More than 80 supporters were killed.', 'contradicted'],
  ['"five-on-five" counts each side', n(5, undefined, ['format']), 'The talks used a five-on-five format.', 'supported'],
  ['"one-on-one" counts one', n(1, undefined, ['conversation']), 'It opens with a one-on-one conversation.', 'supported'],
  ['unitless claim: number counting the term', n(6, undefined, ['delegations']), 'Six delegations arrived.', 'supported'],
  ['"no one" is not a number', n(1, undefined, ['delegation']), 'No one from the delegation spoke.', 'absent'],
  ['a day of the month is not a count', n(15, undefined, ['meeting']), 'The meeting is on August 15.', 'absent'],
  ['a unitless count must count the term: "two leaders"', n(3, undefined, ['meeting']), 'The two leaders held a meeting.', 'absent'],
  ['a compound measures its unit, not the count', n(3, undefined, ['meeting']), 'They held a two-hour meeting.', 'absent'],
  ['a word that names an object member ("constructor") is no number word', n(5, undefined, ['constructor']), 'The constructor hired workers.', 'absent'],
  ['"MP3" is a name, not three of anything', n(5, undefined, ['format']), 'The player reads the MP3 format.', 'absent'],
  ['a bare year in a list is no count', n(5, undefined, ['conventions']), 'He attended the conventions of 1940, 1944 and 1960.', 'absent'],
  ['"20%" is twenty percent', n(20, 'percent', ['Ukraine']), 'Russia holds 20% of Ukraine.', 'supported'],
  ['"2 1/2 hours" is 2.5', n(2.5, 'hour'), 'The talks lasted 2 1/2 hours.', 'supported'],
  ['"3½ hours" is 3.5', n(3.5, 'hour'), 'The talks lasted 3½ hours.', 'supported'],
  ['"three hours of talks"', n(3, 'hour', ['talks']), 'The leaders ended three hours of talks in Oslo.', 'supported'],
  [
    'a superseded value is no contradiction',
    n(3, undefined, ['format']),
    'Initially planned as a one-on-one format, the talks moved to a three-on-three format.',
    'supported',
  ],
];

describe('numbers', () => {
  test.for(rows)('%s', ([, c, text, want]) => {
    expect(judge(c, text).verdict).toBe(want);
  });

  test('the qualifier is kept in the evidence', () => {
    const v = judge(n(6, 'call', ['calls']), 'He has made at least six calls.');
    expect(v.evidence[0]?.value).toMatchObject({ kind: 'number', value: '6', qualifier: 'at least', text: 'at least six' });
  });
});
