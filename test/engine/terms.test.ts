// Terms: inflection, possessives, typography, multi-word terms, aliases, except, fuzzy names.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const rows: [string, Case, string, Verdict][] = [
  ['inflection: met ~ meet', { claim: { about: [['meet']] } }, 'The two presidents met in Vienna.', 'supported'],
  ['inflection: meetings ~ meeting', { claim: { about: ['meeting'] } }, 'Several meetings took place.', 'supported'],
  ['inflection: visited ~ visit', { claim: { about: ['Macron', 'visit'] } }, 'Macron visited Berlin.', 'supported'],
  ['possessive: Scholz’s', { claim: { about: ['Scholz', 'speech'] } }, 'Scholz’s speech was short.', 'supported'],
  ['typographic dash: Trump–Putin', { claim: { about: ['Trump-Putin summit'] } }, 'The Trump–Putin summit ended.', 'supported'],
  ['multi-word term, adjacent', { claim: { about: ['phone calls'] } }, 'He made several phone calls to Paris.', 'supported'],
  ['multi-word term, not adjacent', { claim: { about: ['phone calls'] } }, 'He calls the phone company often.', 'absent'],
  ['multi-word term with inflection', { claim: { about: ['returned to the White House'] } }, 'Trump returns to the White House today.', 'supported'],
  ['every item must be in one sentence', { claim: { about: ['Merkel', 'Kyiv'] } }, 'Merkel spoke. She later flew to Kyiv.', 'absent'],
  ['alias of an entity', { claim: { about: ['Kyiv'] }, entities: { Kyiv: { aliases: ['Kiev'] } } }, 'Kiev was quiet overnight.', 'supported'],
  ['except removes the sentence', { claim: { about: ['summit'], except: ['Biden'] } }, 'Biden attended the summit in Geneva.', 'absent'],
  [
    'except uses aliases',
    { claim: { about: ['summit'], except: ['Witkoff'] }, entities: { Witkoff: { aliases: ['Steve Witkoff'] } } },
    'Steve Witkoff prepared the summit.',
    'absent',
  ],
  ['a dotted abbreviation is one word', { claim: { about: ['U.S. envoy'] } }, 'The U.S. envoy arrived.', 'supported'],
  ['"U.S." never matches the pronoun "us"', { claim: { about: ['U.S.', 'told'] } }, 'They told us nothing.', 'absent'],
  [
    '"US" and "U.S." meet through an alias',
    { claim: { about: ['United States'] }, entities: { 'United States': { aliases: ['U.S.', 'US'] } } },
    'The U.S. said no.',
    'supported',
  ],
  ['fuzzy: one edit on a long name', { claim: { about: ['Witkoff'] } }, 'Whitkoff landed in Moscow.', 'supported'],
  ['fuzzy: Zelenskyy for Zelensky', { claim: { about: ['Zelensky'] } }, 'Zelenskyy addressed the nation.', 'supported'],
  ['fuzzy: Karoline for Caroline', { claim: { about: ['Caroline'] } }, 'Karoline spoke to the press.', 'supported'],
  ['no fuzzy under six letters: Rutin is not Putin', { claim: { about: ['Putin'] } }, 'Rutin spoke to the press.', 'absent'],
  ['no fuzzy across derivation: Russian is not Russia', { claim: { about: ['Russia'] } }, 'The Russian team arrived.', 'absent'],
  ['no fuzzy on lower-case words', { claim: { about: ['Witkoff'] } }, 'A witkof is not a name.', 'absent'],
];

describe('terms', () => {
  test.for(rows)('%s', ([, c, text, want]) => {
    expect(judge(c, text).verdict).toBe(want);
  });

  test('a fuzzy match is marked fuzzy in the evidence', () => {
    const v = judge({ claim: { about: ['Witkoff'] } }, 'Vitkoff landed in Moscow.');
    expect(v.evidence[0]?.fuzzy).toBe(true);
    expect(v.evidence[0]?.terms[0]).toMatchObject({ text: 'Vitkoff', fuzzy: true });
  });
  test('a listed alias is an exact match, even inside a longer fuzzy spelling', () => {
    const v = judge({ claim: { about: ['Witkoff'] }, entities: { Witkoff: { aliases: ['Steve Witkoff', 'Vitkoff'] } } }, 'Steve Vitkoff landed in Moscow.');
    expect(v.evidence[0]?.fuzzy).toBe(false);
  });
  test('an exact match is not marked fuzzy', () => {
    const v = judge({ claim: { about: ['Witkoff'] } }, 'Witkoff landed in Moscow.');
    expect(v.evidence[0]?.fuzzy).toBe(false);
  });
});
