// Reading rules of section 6, one row per phenomenon, on sentences written for this table.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const rows: [string, Case, string, Verdict][] = [
  // slot: the claim's wording says what its number counts
  [
    'slot: a noun of the same kind fills the claim\'s "people"',
    { claim: { claim: 'The flood left 212 people dead', about: ['flood'], value: { number: 212 } } },
    'The flood killed 212 villagers along the river.',
    'supported',
  ],
  [
    "slot: a number counting another thing is not the claim's",
    { claim: { claim: 'The flood left 212 people dead', about: ['flood'], value: { number: 212 } } },
    'The flood destroyed 40 bridges.',
    'absent',
  ],
  [
    'slot: an appositive number after the name is an age',
    { claim: { claim: 'Maria Lopez is 34 years old', about: ['Lopez'], value: { number: 34 } } },
    'The new mayor, Maria Lopez, 34, took office on Monday.',
    'supported',
  ],
  [
    'slot: another appositive age contradicts',
    { claim: { claim: 'Maria Lopez is 34 years old', about: ['Lopez'], value: { number: 34 } } },
    'The new mayor, Maria Lopez, 43, took office on Monday.',
    'contradicted',
  ],
  // currency signs carry the unit
  [
    'currency: "€12.5 million" counts euros',
    { claim: { about: ['grant'], value: { number: 12_500_000, unit: 'euro' } } },
    'The council approved a grant of €12.5 million.',
    'supported',
  ],
  [
    'currency: "over US$8 billion" keeps its qualifier',
    { claim: { about: ['valuation'], value: { number: '> 8000000000', unit: 'dollar' } } },
    'The valuation reached over US$8 billion.',
    'supported',
  ],
  // identifiers are no counts
  [
    'identifier: "Chapter 11" is a name, not eleven of anything',
    { claim: { claim: 'Three airlines are in bankruptcy', about: ['bankruptcy'], value: { number: 3 } } },
    'The carrier filed for Chapter 11 bankruptcy.',
    'absent',
  ],
  // number-owner: the nearest name before a figure owns it
  [
    "owner: a figure after another party's name is theirs",
    { claim: { claim: 'The Green Party won 41 seats', about: ['Green Party', 'seats'], value: { number: 41 } } },
    'The Green Party won 41 seats, with the Liberal Party close behind with 37 seats.',
    'supported',
  ],
  [
    "owner: the other party's figure does not contradict",
    { claim: { claim: 'The Liberal Party won 41 seats', about: ['Liberal Party', 'seats'], value: { number: 41 } } },
    'The Liberal Party trailed with 37 seats, while the Green Party won 41 seats.',
    'contradicted',
  ],
  [
    'owner: "a value of $2 billion" measures the value, not the claim\'s bid',
    { claim: { about: ['bid'], value: { number: 5_000_000_000, unit: 'dollar' } } },
    'After the bid, the firm had a market value of $2 billion.',
    'absent',
  ],
  // subject-verb-object
  [
    'object of the term\'s verb: "the storm destroyed 2,100 homes"',
    { claim: { about: ['storm'], value: { number: '>= 3000', unit: 'home' } } },
    'The storm destroyed 2,100 homes.',
    'contradicted',
  ],
  // other occurrence, by `when` or the claim's wording
  [
    'when: a sentence dated in another year is another occurrence',
    { claim: { about: ['festival', 'visitors'], value: { number: 5000, unit: 'visitor' }, when: 2019 }, published: '2019-06-01' },
    'In 2016, the festival drew 3,000 visitors.',
    'absent',
  ],
  [
    'when: the same year still counts',
    { claim: { about: ['festival', 'visitors'], value: { number: 5000, unit: 'visitor' }, when: 2019 }, published: '2019-06-01' },
    'In 2019, the festival drew 3,000 visitors.',
    'contradicted',
  ],
  [
    'when from wording: "In 2012 ..." sets the claim\'s year',
    {
      claim: { claim: 'In 2012 the court fined the bank $40 million', about: ['bank', 'fined'], value: { number: 40_000_000, unit: 'dollar' } },
      published: '2012-05-02',
    },
    'In 2009, the court fined the bank $15 million.',
    'absent',
  ],
  [
    'when: past tense in a source published before the event is an earlier occurrence',
    { claim: { about: ['bank', 'fined'], value: { number: 40_000_000, unit: 'dollar' }, when: '2012-03' }, published: '2011-10-02' },
    'The court fined the bank $15 million.',
    'absent',
  ],
  // hedges of section 6
  [
    'a demand is not the act',
    { claim: { about: ['inquiry', 'lead'], value: { entity: 'United Nations' }, rivals: ['European Union'] } },
    'Protesters demand the European Union lead the inquiry.',
    'absent',
  ],
];

describe('reading rules (section 6)', () => {
  test.each(rows)('%s', (_name, c, text, want) => {
    expect(judge(c, text).verdict).toBe(want);
  });
});
