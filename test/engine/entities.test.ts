// Entities: aliases, `within` chains, rivals, titles bound to the name beside them, lists.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const places = { Oregon: {}, Portland: { within: 'Oregon' }, 'Pioneer Square': { within: 'Portland' }, Ohio: { aliases: ['Buckeye State'] } };
const venue = (entity: string, rivals: string[] = []): Case => ({ claim: { about: [['summit', 'meeting', 'meet']], value: { entity }, rivals } });
const title = (person: string, entity: string, rivals: string[]): Case => ({ claim: { about: [person], value: { entity }, rivals } });

const rows: [string, Case, string, Verdict][] = [
  ['the entity itself', { ...venue('Oregon'), entities: places }, 'The summit will take place in Oregon.', 'supported'],
  ['a finer place supports the coarser claim', { ...venue('Oregon'), entities: places }, 'The summit will take place in Portland.', 'supported'],
  ['a chain of places', { ...venue('Oregon'), entities: places }, 'The meeting begins at Pioneer Square.', 'supported'],
  ['a coarser place does not support the finer claim', { ...venue('Portland'), entities: places }, 'The summit will take place in Oregon.', 'absent'],
  ['an alias', { ...venue('Ohio'), entities: places }, 'The summit moves to the Buckeye State.', 'supported'],
  ['a rival contradicts', { ...venue('Oregon', ['Ohio']), entities: places }, 'The summit will take place in Ohio.', 'contradicted'],
  ['a place within a rival contradicts', { ...venue('Ohio', ['Oregon']), entities: places }, 'The summit will take place in Portland.', 'contradicted'],
  ['a modifier before the term', { ...venue('Oregon'), entities: places }, 'The Oregon summit ended early.', 'supported'],
  ['a place owned by another event', { ...venue('Oregon', ['Ohio']), entities: places }, 'The meeting follows remarks made in Ohio by the governor.', 'absent'],
  [
    'a title belongs to the name after it',
    title('Starmer', 'Prime Minister', ['Chancellor']),
    'Prime Minister Keir Starmer and Chancellor Rachel Reeves spoke.',
    'supported',
  ],
  [
    'a rival title bound to the subject contradicts',
    title('Reeves', 'Prime Minister', ['Chancellor']),
    'Prime Minister Keir Starmer and Chancellor Rachel Reeves spoke.',
    'contradicted',
  ],
  [
    'a title bound to another name says nothing',
    title('Reeves', 'Prime Minister', []),
    'Prime Minister Keir Starmer, Chancellor Rachel Reeves and others spoke.',
    'absent',
  ],
  ['an appositive title', title('Reeves', 'Chancellor', ['Prime Minister']), 'Rachel Reeves, the Chancellor, spoke first.', 'supported'],
  [
    'a title with its own phrase before the name',
    title('Witkoff', 'Special Envoy', ['Secretary of State']),
    'Special Envoy to the Middle East Steve Witkoff joined him.',
    'supported',
  ],
  ['coordinated titles before one name', title('Lund', 'Finance Minister', []), 'Finance Minister and deputy premier Ole Lund spoke.', 'supported'],
  [
    'an appositive event after the place',
    { ...venue('Oregon'), entities: places },
    'They held discussions at a base in Portland, Oregon, their first meeting since 2019.',
    'supported',
  ],
  [
    'a sentence set in another year is another occasion',
    { ...venue('Oregon', ['Ohio']), entities: places, published: '2025-08-15' },
    'In 2019, he flew home from a summit in Ohio.',
    'absent',
  ],
  [
    'an event with a year in its phrase is another occurrence',
    { ...venue('Oregon', ['Ohio']), entities: places, published: '2025-08-15' },
    'It was more cautious than their 2018 Ohio meeting.',
    'absent',
  ],
  [
    'a name after a descriptive list member belongs to the list’s head',
    { claim: { about: [['delegation']], value: { entity: 'Lund' } } },
    'The delegation includes Berg, Finance Minister Ole Dahl, and the head of the fund (NIF) and envoy for trade, Kari Lund.',
    'supported',
  ],
  [
    'every member of a list belongs to its head',
    { claim: { about: [['delegation', 'team']], value: { entity: 'Kallas' } } },
    'The team will include Foreign Minister Anna Berg, Finance Minister Ole Lund, and Kaja Kallas.',
    'supported',
  ],
];

describe('entities', () => {
  test.for(rows)('%s', ([, c, text, want]) => {
    expect(judge(c, text).verdict).toBe(want);
  });

  test('evidence says how the place relates to the claim', () => {
    const v = judge({ ...venue('Oregon'), entities: places }, 'The summit will take place in Portland.');
    expect(v.evidence[0]?.value).toMatchObject({ kind: 'entity', text: 'Portland', relation: 'finer' });
  });
});
