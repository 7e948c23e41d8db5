// Negation and hedge cues, with their scope.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

const signed: Case = { claim: { about: ['treaty', 'signed'] } };
const notSigned: Case = { claim: { about: ['treaty', 'signed'], negated: true } };
const inOslo: Case = { claim: { about: [['talks', 'summit']], value: { entity: 'Oslo' } } };

const rows: [string, Case, string, Verdict][] = [
  ['plain assertion', signed, 'The treaty was signed on Monday.', 'supported'],
  ['"no" contradicts', signed, 'No treaty will be signed this week.', 'contradicted'],
  ['"not" after the terms', signed, 'The treaty has not been signed yet.', 'contradicted'],
  ['contracted "wasn’t"', signed, 'The treaty wasn’t signed.', 'contradicted'],
  ['"never"', signed, 'The treaty was never signed.', 'contradicted'],
  ['"neither ... nor"', { claim: { about: ['Orban', 'invited'] } }, 'Neither Orban nor Fico was invited to the talks.', 'contradicted'],
  ['"denied that" reaches its complement', signed, 'The ministry denied that the treaty was signed.', 'contradicted'],
  ['"yet to"', signed, 'The treaty is yet to be signed.', 'contradicted'],
  ['negation supports a negated claim', notSigned, 'No treaty will be signed this week.', 'supported'],
  ['assertion contradicts a negated claim', notSigned, 'The treaty was signed on Monday.', 'contradicted'],
  ['a denied expectation is a denial', notSigned, 'No treaty is expected to be signed.', 'supported'],
  ['an expectation hedges (section 6)', signed, 'The treaty is expected to be signed.', 'absent'],
  ['a forecast by analysts hedges', signed, 'Analysts expect the treaty to be signed.', 'absent'],
  ['a threat is not the act', signed, 'The minister threatened to have the treaty signed.', 'absent'],
  ['negation in another clause does not count', signed, 'The treaty was signed, but no one celebrated.', 'supported'],
  ['"not only" is not a negation', signed, 'Not only was the treaty signed, it was ratified.', 'supported'],
  ['"did not rule out" is not a negation', { claim: { about: ['Kremlin', 'talks'] } }, 'The Kremlin did not rule out talks.', 'supported'],
  ['a pseudo-negation whose word is the claim term negates', { claim: { about: ['Orban', 'opposed'] } }, 'Orban said he is not opposed to it.', 'contradicted'],
  [
    'a cue inside the claim’s own term is not a negation',
    { claim: { about: ['ministry', 'without comment'] } },
    'The ministry left it without comment.',
    'supported',
  ],
  ['a negated value contradicts', inOslo, 'The talks will not be held in Oslo.', 'contradicted'],
  ['"could" hedges', signed, 'The treaty could be signed on Monday.', 'absent'],
  ['"may" hedges', signed, 'The treaty may be signed soon.', 'absent'],
  ['"reportedly" hedges', signed, 'The treaty was reportedly signed.', 'absent'],
  ['"if" hedges the rest of the sentence', signed, 'If talks go well, the treaty will be signed.', 'absent'],
  ['"possible" hedges the phrase it qualifies', inOslo, 'Possible venues for the talks include Oslo.', 'absent'],
  ['"floated" hedges', inOslo, 'Oslo was floated as a venue for the talks.', 'absent'],
  ['"considering" hedges', inOslo, 'Officials are considering Oslo for the talks.', 'absent'],
  ['conditional "would" hedges', inOslo, 'The talks would be the first in Oslo.', 'absent'],
  ['reported "would" does not hedge', inOslo, 'The aide said the talks would take place in Oslo.', 'supported'],
  ['a noun-phrase hedge on another phrase does not hedge the claim', inOslo, 'The talks in Oslo explored the idea of a ceasefire.', 'supported'],
  ['"without" negates what follows, not the value before it', inOslo, 'The talks in Oslo ended without a deal.', 'supported'],
  ['"no" negates what follows', { claim: { about: ['talks', 'deal'] } }, 'The talks ended with no deal.', 'contradicted'],
  ['"has yet to" negates', signed, 'The treaty has yet to be signed.', 'contradicted'],
  ['"effort yet to" is not a negation', { claim: { about: ['effort', 'peace'] } }, 'It was his most direct effort yet to broker a peace.', 'supported'],
  ['"cancelled" negates', inOslo, 'The talks in Oslo were cancelled.', 'contradicted'],
  [
    'a past expectation is a hedge',
    { claim: { about: ['talks'], value: { number: 7, unit: 'hour' } } },
    'The talks were expected to last seven hours.',
    'absent',
  ],
  [
    'a present expectation hedges (section 6: "expected to" hedges)',
    { claim: { about: ['talks'], value: { number: 7, unit: 'hour' } } },
    'The talks are expected to last seven hours.',
    'absent',
  ],
  [
    'a hedge in reported words stops at the reporting verb',
    { claim: { about: ['talks'], value: { number: 3, unit: 'hour' } } },
    'Kyiv should make a deal, the president said after three-hour talks.',
    'supported',
  ],
  [
    'a verb term with another named subject is someone else’s act',
    { claim: { claim: 'Merz announced the plan', about: ['Merz', 'announced', 'plan'] } },
    'Aide Karl Berg announced the plan that Merz drafted.',
    'absent',
  ],
  [
    'a verb term whose subject is the claim’s participant counts',
    { claim: { claim: 'Merz announced the plan', about: ['Merz', 'announced', 'plan'] } },
    'Chancellor Friedrich Merz announced the plan.',
    'supported',
  ],
  ['a negation resuming the main clause after a relative clause', inOslo, 'The talks in Oslo, which had drawn wide attention, were cancelled.', 'contradicted'],
  [
    'a relative clause does not negate the clause it resumes without a cue',
    inOslo,
    'The talks in Oslo, which had drawn wide attention, were held on time.',
    'supported',
  ],
  ['"reported to be" hedges', inOslo, 'The venue for the talks is reported to be Oslo.', 'absent'],
];

describe('negation and hedges', () => {
  test.for(rows)('%s', ([, c, text, want]) => {
    expect(judge(c, text).verdict).toBe(want);
  });

  test('a hedged sentence is reported as hedge evidence with its cue', () => {
    const v = judge(signed, 'The treaty could be signed on Monday.');
    expect(v.evidence).toHaveLength(1);
    expect(v.evidence[0]).toMatchObject({ kind: 'hedge' });
    expect(v.evidence[0]?.cues[0]).toMatchObject({ kind: 'hedge', text: 'could' });
  });
  test('a negation is named in the evidence', () => {
    const v = judge(signed, 'The treaty was never signed.');
    expect(v.evidence[0]?.cues[0]).toMatchObject({ kind: 'negation', text: 'never' });
  });
});
