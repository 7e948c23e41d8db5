// Dates: explicit forms, bare years, months, weekdays and weeks resolved against
// `published` with tense, precision, bounds, and which event a date belongs to.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const on = (date: string, published = '2025-08-10'): Case => ({ claim: { about: [['summit', 'meeting', 'meet']], value: { date } }, published });

const rows: [string, Case, string, Verdict][] = [
  ['August 15', on('2025-08-15'), 'The summit will be held on August 15 in Vienna.', 'supported'],
  ['Aug. 15', on('2025-08-15'), 'The summit opens Aug. 15 in Vienna.', 'supported'],
  ['15 August 2025', on('2025-08-15'), 'The leaders meet on 15 August 2025.', 'supported'],
  ['August 15th', on('2025-08-15'), 'They meet August 15th.', 'supported'],
  ['ISO date', on('2025-08-15'), 'The meeting is scheduled for 2025-08-15.', 'supported'],
  ['another day contradicts', on('2025-08-15'), 'The summit will be held on August 16.', 'contradicted'],
  ['a day supports its month', on('2025-08'), 'The summit will be held on August 16.', 'supported'],
  ['bare year, coarser and agreeing: neither', on('2021-06', '2025-08-10'), 'The two men met in 2021.', 'absent'],
  ['bare year, coarser and disagreeing: contradicts', on('2021-06', '2025-08-10'), 'The two men met in 2019.', 'contradicted'],
  ['month and year', on('2021-06'), 'The two men met in Geneva back in June 2021.', 'supported'],
  ['past-tense month resolves to the latest one', on('2025-01', '2025-08-07'), 'The leaders met in January to discuss trade.', 'supported'],
  ['future-tense month resolves to the next one', on('2026-01', '2025-08-07'), 'The leaders will meet in January.', 'supported'],
  ['future weekday looks forward', on('2025-08-15', '2025-08-14'), 'The meeting will begin on Friday morning.', 'supported'],
  ['past weekday looks back', on('2025-08-08', '2025-08-14'), 'The leaders met on Friday in Rome.', 'supported'],
  [
    'weekday without a published date counts for nothing',
    { claim: { about: ['meeting'], value: { date: '2025-08-15' } } },
    'The meeting will begin on Friday.',
    'absent',
  ],
  ['"next week" is a week: coarser, agreeing', on('2025-08-15', '2025-08-07'), 'The summit will take place next week.', 'absent'],
  ['"last week" is a week: disjoint, contradicts', on('2025-08-15', '2025-08-27'), 'The summit took place last week.', 'contradicted'],
  ['"last week" containing the day does not contradict', on('2025-08-15', '2025-08-21'), 'The summit took place last week.', 'absent'],
  [
    'a date of remarks is not the date of the meeting',
    on('2025-08-15'),
    'The news follows remarks from the aide on August 7, confirming a meeting soon.',
    'absent',
  ],
  ['a fronted date owned by another verb', on('2025-08-15'), 'On August 8, the president made an announcement regarding the meeting.', 'absent'],
  ['a fronted date that dates the meeting', on('2025-08-15'), 'On August 15, the two presidents will meet in Vienna.', 'supported'],
  ['a date after a reporting verb belongs to it', on('2025-08-15'), 'The meeting will be short, the aide told reporters on Tuesday.', 'absent'],
  ['"since" is a bound, not a date', on('2025-08-15'), 'It is the first meeting since 2021.', 'absent'],
  ['a dateline date stands alone', on('2025-08-15'), 'The leaders speak after their meeting in Oslo, 16 July 2018.', 'absent'],
  ['another occurrence is not a contradiction', on('2025-08-15'), 'Their previous meeting took place on July 16, 2018.', 'absent'],
  [
    'a trailing date after a comma belongs to the clause before',
    on('2025-08-15'),
    'The president is set to meet his counterpart in Oslo, Norway, on August 15, 2025.',
    'supported',
  ],
  ['"August 15, Friday" is one date', on('2025-08-15', '2025-08-09'), 'A meeting was agreed for August 15, Friday, in Oslo.', 'supported'],
  ['a year in the event’s own phrase names another occurrence', on('2025-08-15', '2025-08-15'), 'The change follows a 2018 meeting in Helsinki.', 'absent'],
  [
    'an action at the same time as the event',
    on('2025-08-15', '2025-08-16'),
    'The leaders shook hands on Friday as they opened the summit in Oslo.',
    'supported',
  ],
  [
    '"since YEAR, when ..." tells what happened that year',
    on('2021'),
    'It is the first meeting since 2021, when the two presidents met in Geneva.',
    'supported',
  ],
  [
    '"the first meeting since YEAR, when ..." never contradicts a later meeting',
    on('2025-08-15'),
    'It is the first meeting since 2021, when the presidents met in Geneva.',
    'absent',
  ],
  ['a "since" clause dates an earlier occurrence', on('2025-08-15'), 'It is the first meeting since the presidents met in Geneva in June 2021.', 'absent'],
  [
    'a "since" clause can still support a claim about that occurrence',
    on('2021-06'),
    'It is the first meeting since the presidents met in Geneva in June 2021.',
    'supported',
  ],
  [
    'a condition does not reach a "when" clause',
    on('2021'),
    'Should they talk, it would be the first meeting since 2021, when the presidents met in Geneva.',
    'supported',
  ],
  [
    'a verb after a modal owns the date, not the reporting verb before it',
    { claim: { about: ['president', 'said'], value: { date: '2025-08-08' } }, published: '2025-08-08' },
    'The president said he will meet the chancellor on August 15.',
    'absent',
  ],
  [
    'a trailing date skips a fragment of names back to its clause',
    { claim: { about: ['announcement'], value: { date: '2025-08-08' } }, published: '2025-08-09' },
    'He made the announcement on his platform, Truth Social, on Friday.',
    'supported',
  ],
  [
    'a date years back in current-events coverage is background',
    on('2025-08-15', '2025-08-14'),
    'They met at the G-20 Summit on July 7, 2017, in Hamburg.',
    'absent',
  ],
  ['an unknown verb before the date, the event after it', on('2025-08-15', '2025-08-15'), 'The presidents head to Oslo on Friday for a summit.', 'supported'],
  [
    'a trailing ", on Friday," belongs to the clause before it',
    on('2025-08-15', '2025-08-12'),
    'They will hold their summit at a base in Bergen, Norway, on Friday, according to an official.',
    'supported',
  ],
  [
    'the date of a reporting verb whose object is the event',
    on('2025-08-15', '2025-08-12'),
    'The minister described the upcoming summit Tuesday as a test.',
    'absent',
  ],
  [
    '"ahead of Friday’s summit": a possessive date is not a bound',
    on('2025-08-15', '2025-08-14'),
    'The envoy arrived ahead of Friday’s summit in Oslo.',
    'supported',
  ],
  ['a clock time does not cut the clause', on('2025-08-15', '2025-08-14'), 'The summit is set for 11:30 a.m. local time on Friday in Oslo.', 'supported'],
  [
    'a fronted date covers its clause’s verb and object',
    { claim: { about: ['president', 'announcement'], value: { date: '2025-08-08' } }, published: '2025-08-09' },
    'On August 8, the president made an announcement about the talks.',
    'supported',
  ],
  [
    'a date after named participants belongs to their event',
    { claim: { about: ['Merz', 'announced'], value: { date: '2025-08-08' } }, published: '2025-08-09' },
    'The office announced a meeting between Macron and Merz on August 15.',
    'absent',
  ],
  [
    'a date after named participants of the claim’s own verb',
    { claim: { about: ['Merz', 'Macron'], value: { date: '2021-06' } }, published: '2025-08-09' },
    'Merz met Macron in Lyon back in June 2021.',
    'supported',
  ],
  [
    'a "since" clause about the claim’s own occurrence can contradict',
    { claim: { claim: 'Merz met Macron in Lyon in July 2021', about: ['Merz', 'Macron', 'Lyon'], value: { date: '2021-07' } }, published: '2025-08-09' },
    'It is their first talk since Merz met Macron in Lyon in June 2021.',
    'contradicted',
  ],
  [
    '"Today, August 15, 2025," is no dateline',
    on('2025-08-15', '2025-08-15'),
    'Today, August 15, 2025, the world watches as the presidents arrive for a summit in Oslo.',
    'supported',
  ],
  ['a reporting verb does not share its date', on('2025-08-15', '2025-08-16'), 'The aide said on Tuesday as the summit neared that all was ready.', 'absent'],
];

describe('dates', () => {
  test.for(rows)('%s', ([, c, text, want]) => {
    expect(judge(c, text).verdict).toBe(want);
  });

  test('evidence names the value and how it was read', () => {
    const v = judge(on('2025-08-15', '2025-08-14'), 'The meeting will begin on Friday morning.');
    expect(v.evidence[0]?.value).toMatchObject({ kind: 'date', text: 'Friday morning', value: '2025-08-15', relation: 'equal' });
  });
});
