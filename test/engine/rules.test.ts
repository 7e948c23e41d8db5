// Reading rules of section 6, one row per phenomenon, on sentences written for this table.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/types.js';
import { type Case, judge } from './judge.js';

// a claim whose participant has a short abbreviation ("US"): the source-relevance rows share it
const usRecall: Case = {
  claim: { claim: 'Kestrel announced a recall of cars in the United States on 28 January 2010', about: ['Kestrel', 'recall'], value: { date: '2010-01-28' } },
  entities: { 'United States': { aliases: ['US', 'U.S.'] } },
  published: '2010-01-30',
};

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
  [
    'partitive: "four of the seven biggest carriers" counts carriers (a synonym of the claim\'s airlines)',
    { claim: { claim: 'Four of the seven largest airlines are bankrupt', about: ['bankruptcy'], value: { number: 4 } } },
    'Four of the seven biggest carriers are now under bankruptcy protection.',
    'supported',
  ],
  [
    'slot: a number counting another term is not the claim\'s ("two bankruptcies" for airlines)',
    { claim: { claim: 'Four of the seven largest airlines are bankrupt', about: ['bankruptcy'], value: { number: 4 } } },
    'The airline has gone through two bankruptcies.',
    'absent',
  ],
  [
    'partitive with a pronoun ("twenty of them") counts no noun of its own',
    { claim: { about: ['raid', 'killed'], value: { number: 13, unit: 'people' } } },
    'In the raid 55 villagers were killed, twenty of them children.',
    'contradicted',
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
  [
    "a name inside a phrase is no subject: the date is the protest's",
    { claim: { about: ['Moreau', ['arrest', 'arrested']], value: { date: '2019-03-04' } }, published: '2019-03-06' },
    'Students angry over the arrest of the activist Moreau began protesting Tuesday.',
    'absent',
  ],
  [
    'the date of a verb whose object completes the claim\'s act: "sentenced to death on"',
    { claim: { about: ['Moreau', 'sentenced'], value: { date: '2019-03-04' } }, published: '2019-03-06' },
    'Moreau was sentenced to death on March 4 when the court met.',
    'supported',
  ],
  [
    'a negated gerund after a preposition negates only the gerund',
    { claim: { about: ['club', 'fined'], value: { date: '2019-03-04' } }, published: '2019-03-04' },
    'The club was fined today for not paying its players.',
    'supported',
  ],
  // other-act
  [
    'other-act: the date of another verb whose phrase holds the term ("emerged from bankruptcy Monday")',
    { claim: { claim: 'Rivet filed for bankruptcy in May 2010', about: ['Rivet', 'bankruptcy'], value: { date: '2010-05' } }, published: '2011-08-03' },
    'Rivet emerged from bankruptcy Monday after a long restructuring.',
    'absent',
  ],
  [
    "other-act: the claim's own verb keeps its date",
    { claim: { claim: 'Rivet filed for bankruptcy in May 2010', about: ['Rivet', 'bankruptcy'], value: { date: '2010-05' } }, published: '2010-08-03' },
    'Rivet filed for bankruptcy Monday after a long restructuring.',
    'contradicted',
  ],
  [
    'other-act: "a blast which killed 40 people Friday" is not the day the named target was killed',
    { claim: { about: ['Okafor', 'killed'], value: { date: '2011-09-30' } }, published: '2011-08-06' },
    'Okafor was the target of a blast which killed 40 people Friday night.',
    'absent',
  ],
  [
    'other-act: an amount is no one acted on ("fined €3 million today")',
    { claim: { about: ['club', 'fined'], value: { date: '2011-08-06' } }, published: '2011-08-06' },
    'The club was fined €3 million today.',
    'supported',
  ],
  [
    'a coordinated clause has its own date: "was lifted in May and talks were scheduled" (May does not contradict)',
    { claim: { about: ['talks', 'scheduled'], value: { date: '2011-08' } }, published: '2011-08-06' },
    'The curfew was lifted in May and talks were scheduled for this month.',
    'supported',
  ],
  [
    "a weekday in a source published in another year than the claimed date is that source's own news",
    { claim: { about: ['coup'], value: { date: '2006-09-19' } }, published: '2008-08-06' },
    'Soldiers seized the president on Wednesday in a military coup.',
    'absent',
  ],
  [
    'a hedge the claim itself states is part of the claim ("threatened")',
    { claim: { claim: 'The regulator threatened the bank with a fine of $2 million', about: ['bank', 'fine'], value: { number: 2_000_000, unit: 'dollar' } } },
    'The regulator threatened to fine the bank $2 million.',
    'supported',
  ],
  [
    'a date naming the claim\'s event is presupposed, not hedged ("may boycott the April 2 poll")',
    { claim: { about: ['poll'], value: { date: '2006-04-02' } }, published: '2006-02-26' },
    'Three parties may boycott the April 2 poll.',
    'supported',
  ],
  [
    'an event noun after "in" is the setting of the act: "announced it in a telecast on Tuesday"',
    {
      claim: { claim: 'Okafor announced his resignation on April 4', about: ['Okafor', 'resignation'], value: { date: '2006-04-04' } },
      published: '2006-04-05',
    },
    'Okafor announced his resignation in a national telecast on Tuesday.',
    'supported',
  ],
  [
    'another verb than the claim\'s owns the date: "the election was called on February 24" for "held on"',
    { claim: { claim: 'The election was held on April 2', about: ['election'], value: { date: '2006-04-02' } }, published: '2006-04-03' },
    'The snap election was called on February 24 by the prime minister.',
    'absent',
  ],
  ['Porter\'s undoubling: "boycotting" matches "boycott"', { claim: { about: ['parties', 'boycott'] } }, 'The parties are boycotting the vote.', 'supported'],
  [
    'a reporting verb owns the date of its object when the claim does not state it',
    { claim: { claim: 'Okafor resigned on April 4', about: ['Okafor', 'resignation'], value: { date: '2006-04-04' } }, published: '2006-04-07' },
    'Okafor announced his resignation on Wednesday.',
    'absent',
  ],
  [
    'a superseded date is not presupposed: "a new date for the May 3 vote"',
    { claim: { about: ['vote'], value: { date: '2006-06-18' } }, published: '2006-04-26' },
    'Officials are expected to announce a new date for the May 3 vote.',
    'absent',
  ],
  [
    '"last year" is no present news: it still contradicts a claimed year',
    { claim: { about: ['Nordair', 'bid'], value: { date: '2006-11-15' } }, published: '2008-01-12' },
    'Nordair made its bid last year.',
    'contradicted',
  ],
  [
    'a date between an article and another noun is that noun\'s day: "the August 8 announcement"',
    { claim: { about: ['talks'], value: { date: '2025-08-15' } }, published: '2025-08-20' },
    'The talks followed the August 8 announcement.',
    'absent',
  ],
  [
    'a date that names the claim\'s own event still counts: "the August 15 talks"',
    { claim: { about: ['talks'], value: { date: '2025-08-15' } }, published: '2025-08-20' },
    'Reporters waited for the August 15 talks.',
    'supported',
  ],
  [
    'the anchor of an offset is not the event\'s day: "a week after August 8"',
    { claim: { about: ['talks'], value: { date: '2025-08-15' } }, published: '2025-08-20' },
    'The talks took place a week after August 8.',
    'absent',
  ],
  [
    'a weekday that is the publication day may be a week earlier: it supports that reading',
    { claim: { about: ['earthquake'], value: { date: '2025-08-08' } }, published: '2025-08-15' },
    "Rescuers searched the ruins after Friday's earthquake.",
    'supported',
  ],
  [
    'a weekday that is the publication day contradicts only when both readings differ',
    { claim: { about: ['earthquake'], value: { date: '2025-08-12' } }, published: '2025-08-15' },
    "Rescuers searched the ruins after Friday's earthquake.",
    'contradicted',
  ],
  [
    'an active verb of the event owns its date ("the earthquake struck on Friday")',
    { claim: { about: ['earthquake'], value: { date: '2025-08-14' } }, published: '2025-08-16' },
    'The earthquake struck on Thursday, officials said.',
    'supported',
  ],
  [
    'a reduced passive ("a poll released this week") is another act done to the term',
    { claim: { claim: 'The polls were held in March', about: ['polls'], value: { date: '2006-03' } }, published: '2006-03-25' },
    'A poll released this week showed voters are tired.',
    'absent',
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
  // participants: a value-less claim is about the names its own sentence gives
  [
    "participants: a sentence naming none of the claim's people is about the event in general",
    { claim: { claim: 'Norway did not ask Chile to postpone the vote', about: ['postpone', 'vote'], negated: true } },
    'The vote was postponed as officials argued.',
    'absent',
  ],
  [
    'participants: naming one of them is enough',
    { claim: { claim: 'Norway did not ask Chile to postpone the vote', about: ['postpone', 'vote'], negated: true } },
    'Norway asked that the vote be postponed.',
    'contradicted',
  ],
  [
    "source-relevance: a source that never names the claim's country is about another event",
    { claim: { claim: 'The general strike in Portugal began on May 3, 2011', about: ['strike'], value: { date: '2011-05-03' } }, published: '2011-05-05' },
    'Unions in the capital began a general strike on Tuesday.',
    'absent',
  ],
  [
    'source-relevance: a short alias ("Ms. Okafor") does not exempt a source that never names her',
    {
      claim: { claim: '21 people died in the attack that killed Okafor', about: ['attack', 'killed'], value: { number: 21, unit: 'people' } },
      entities: { Okafor: { aliases: ['Ms. Okafor', 'Ada Okafor'] } },
    },
    'Ten civilians were killed in the attack.',
    'absent',
  ],
  [
    'source-relevance: a demonym names the country ("Portuguese" for Portugal)',
    { claim: { claim: 'The general strike in Portugal began on May 3, 2011', about: ['strike'], value: { date: '2011-05-03' } }, published: '2011-05-05' },
    'Portuguese unions began a general strike on Tuesday.',
    'supported',
  ],
  ['people: "30 dead" counts people', { claim: { about: ['ferry'], value: { number: 30, unit: 'people' } } }, 'Ferry capsizes, leaving 30 dead.', 'supported'],
  [
    "since: a date that names the claim's own event still counts",
    { claim: { about: ['referendum'], value: { date: '2014-09-18' } }, published: '2014-10-01' },
    'Parliament has not met since the September 18 referendum.',
    'supported',
  ],
  // dates: offsets are no calendar dates
  [
    'offset: "in 30 days" is no date',
    { claim: { about: ['bridge', 'reopen'], value: { date: '2021-03-01' } }, published: '2021-03-01' },
    'The bridge will reopen in 30 days.',
    'absent',
  ],
  [
    'a plain date before "when" still dates its own clause',
    { claim: { about: ['mayor', 'resigned'], value: { date: '2021-03-05' } }, published: '2021-03-20' },
    'The mayor resigned on March 5 when the audit was published.',
    'supported',
  ],
  [
    'a capitalised "On" after a word is a lost sentence break: the date is not the earlier words\'',
    { claim: { about: ['mayor', 'resigned'], value: { date: '2021-03-05' } }, published: '2021-03-20' },
    'Mayor resigned Sidebar On March 12, the council asked for an audit.',
    'absent',
  ],
  // circumstance: "as she was leaving a rally in X" places the claim's event
  [
    'circumstance: a place in an "as she ..." clause is the event\'s place',
    { claim: { about: ['Okafor', 'arrested'], value: { entity: 'Lagos' }, rivals: ['Abuja'] } },
    'Former minister Okafor was arrested on Monday as she was leaving a party meeting in Lagos.',
    'supported',
  ],
  [
    'circumstance: a rival place there contradicts',
    { claim: { about: ['Okafor', 'arrested'], value: { entity: 'Abuja' }, rivals: ['Lagos'] } },
    'Former minister Okafor was arrested on Monday as she was leaving a party meeting in Lagos.',
    'contradicted',
  ],
  [
    'circumstance: another subject after "as" is another act',
    { claim: { about: ['Okafor', 'arrested'], value: { entity: 'Lagos' }, rivals: ['Abuja'] } },
    'Okafor was arrested on Monday as protesters gathered at a party meeting in Lagos.',
    'absent',
  ],
  [
    'a value that contains a term is still a value: "third-largest" for about [largest]',
    { claim: { about: ['Nordair', 'largest'], value: { entity: 'third-largest' }, rivals: ['second-largest'] } },
    'Nordair, the third-largest carrier in the region, cut 200 jobs.',
    'supported',
  ],
  // term roles
  [
    'distinct-terms: one word cannot stand for two about items',
    { claim: { about: [['won', 're-elected'], 'election'] } },
    'The mayor was re-elected in a close vote.',
    'absent',
  ],
  [
    'possessor: a name that only owns the acting person is not the one acted on',
    { claim: { about: ['Okafor', 'arrested'], value: { date: '2011-08-04' } }, published: '2011-08-06' },
    "Okafor's lawyers were arrested Thursday.",
    'absent',
  ],
  [
    'possessor: a pronoun after it may still be the name',
    { claim: { about: ['Okafor', 'arrested'], value: { date: '2011-08-04' } }, published: '2011-08-06' },
    "Okafor's lawyers say she was arrested Thursday.",
    'supported',
  ],
  [
    'a participle completing the claim\'s verb keeps the date: "was declared re-elected on Sunday"',
    { claim: { about: ['Okafor', 'declared'], value: { date: '2011-07-31' } }, published: '2011-08-02' },
    'Okafor was declared re-elected on Sunday in a close vote.',
    'supported',
  ],
  [
    'the value as the subject of the claim\'s predicate: "Mr. Okafor was declared the winner"',
    { claim: { about: ['winner', 'election'], value: { entity: 'Okafor' }, rivals: ['Adeyemi'] } },
    'Protests began after Mr. Adeyemi was declared the winner of the election.',
    'contradicted',
  ],
  [
    'a goal is not the act: "was given until May to comply"',
    { claim: { about: ['club', 'comply'], negated: true } },
    'The club was given until May to comply with the ruling.',
    'absent',
  ],
  [
    'an implicative verb asserts its complement: "forced the club to comply"',
    { claim: { about: ['club', 'comply'], negated: true } },
    'The ruling forced the club to comply with the order.',
    'contradicted',
  ],
  [
    '"non-" negates the term it is glued to',
    { claim: { about: ['club', 'compliance'], negated: true } },
    'The club was fined for non-compliance with the order.',
    'supported',
  ],
  [
    'a negation word the positive claim itself says is part of it ("without")',
    { claim: { claim: 'The firm sold a version without the player', about: ['version', 'sold'] } },
    'The firm sold a version without the media player.',
    'supported',
  ],
  [
    'a reordered title: "Commissioner for Competition" is the "competition commissioner"',
    { claim: { about: ['Lund'], value: { entity: 'competition commissioner' } } },
    'The Commissioner for Competition Eva Lund warned the firm.',
    'supported',
  ],
  [
    'changing-figures: "reduced the rate to 2%" is a later figure, no contradiction',
    { claim: { claim: 'The firm initially charged a rate of 6%', about: ['firm', 'rate'], value: { number: 6, unit: 'percent' } } },
    'The firm later reduced the rate to 2%.',
    'absent',
  ],
  [
    'a term that is itself a predicate owns its date, even after a reporting verb',
    { claim: { about: ['vote', 'scheduled'], value: { date: '2008-03-09' } }, published: '2008-02-02' },
    'The commissioner says the vote originally scheduled for March 9 will be delayed.',
    'supported',
  ],
  [
    'a reporting verb still owns the date of a bare event noun ("described the vote Tuesday")',
    { claim: { about: ['vote'], value: { date: '2008-03-09' } }, published: '2008-02-02' },
    'The commissioner described the vote Tuesday.',
    'absent',
  ],
  [
    'a title, a coordinated description and a comma before the name bind the title to it',
    { claim: { about: ['Ibrahim'], value: { entity: 'half-brother' }, rivals: ['cousin'] } },
    "The king's half brother and former chief of the police, Karim Ibrahim, was arrested.",
    'supported',
  ],
  [
    'a claimed total is not contradicted by one of its parts',
    { claim: { claim: 'The fines against the bank total $90 million', about: ['bank', 'fined'], value: { number: 90_000_000, unit: 'dollar' } } },
    'Regulators fined the bank $30 million on Monday.',
    'absent',
  ],
  [
    'a claimed total is contradicted by another total',
    { claim: { claim: 'The fines against the bank total $90 million', about: ['bank', 'fined'], value: { number: 90_000_000, unit: 'dollar' } } },
    'In total, regulators have fined the bank $120 million.',
    'contradicted',
  ],
  [
    'both ends of "between X and Y" are bounds of a period, not the event\'s date',
    { claim: { about: ['rates', 'fine'], value: { date: '2006-07-12' } }, published: '2008-02-27' },
    'The rates charged between June 21, 2006 and October 21, 2007 are the cause for the fine.',
    'absent',
  ],
  // changing figures and as_of
  [
    'changing-figures: a running count does not contradict a plain claim',
    { claim: { about: ['flood', 'dead'], value: { number: 40, unit: 'people' } }, published: '2012-04-03' },
    'The number of dead in the flood has risen to 62 people.',
    'absent',
  ],
  [
    'changing-figures: it contradicts a claim that says its figure is final',
    { claim: { claim: 'The final toll of the flood was 40 people', about: ['flood', 'dead'], value: { number: 40, unit: 'people' } }, published: '2012-04-03' },
    'The number of dead in the flood has risen to 62 people.',
    'contradicted',
  ],
  [
    'changing-figures: a total "so far" is not one fine',
    { claim: { about: ['bank', 'fined'], value: { number: 5_000_000, unit: 'euro' } }, published: '2012-04-03' },
    'So far, regulators have fined the bank €12 million in four cases.',
    'absent',
  ],
  [
    'as_of: a figure reported on another day neither supports nor contradicts',
    { claim: { about: ['flood', 'killed'], value: { number: 62, unit: 'people' }, as_of: '2012-04-05' }, published: '2012-04-03' },
    'The flood killed 62 people.',
    'absent',
  ],
  [
    'as_of: the figure on that day counts',
    { claim: { about: ['flood', 'killed'], value: { number: 62, unit: 'people' }, as_of: '2012-04-03' }, published: '2012-04-03' },
    'The flood killed 62 people.',
    'supported',
  ],
  [
    "when: an undated figure in a source published years later is that time's news: no contradiction",
    {
      claim: { claim: 'In 2006 the court fined the bank $40 million', about: ['bank', 'fined'], value: { number: 40_000_000, unit: 'dollar' } },
      published: '2009-05-02',
    },
    'The court fined the bank $90 million for fraud.',
    'absent',
  ],
  [
    "when: a date that only overlaps the claim's time (a year for a March raid) does not place the figure there",
    {
      claim: { claim: 'A raid in March 2008 killed 13 people', about: ['raid', 'killed'], value: { number: 13, unit: 'people' }, when: '2008-03' },
      published: '2010-05-15',
    },
    'The army launched a raid two years ago, and raids have killed over 3,200 people.',
    'absent',
  ],
  [
    "when: a date within the claim's time places the figure there",
    {
      claim: { claim: 'A raid in March 2008 killed 13 people', about: ['raid', 'killed'], value: { number: 13, unit: 'people' }, when: '2008-03' },
      published: '2010-05-15',
    },
    'A raid on March 3, 2008 killed 31 people.',
    'contradicted',
  ],
  [
    'wording: "some 80,000 troops" in the claim makes its number a range',
    { claim: { claim: 'Some 80,000 troops guard the vote', about: ['troops'], value: { number: 80000 } } },
    'About 80,000 troops were deployed.',
    'supported',
  ],
  [
    'wording: "up to 9,000 jobs" in the claim is no range that any smaller plan confirms',
    { claim: { claim: 'Nordair plans to cut up to 9,000 jobs', about: ['Nordair', 'jobs'], value: { number: 9000, unit: 'job' } } },
    'Nordair will cut 1,000 jobs.',
    'contradicted',
  ],
  // part of speech (wink-nlp): a noun ending in -ing owns no value
  [
    'pos: "building" is a noun, so "today" after it stays with "found dead"',
    { claim: { about: ['Novak', ['found', 'dead']], value: { date: '2011-03-04' } }, published: '2011-03-04' },
    'Ivan Novak was found dead at his office building in Prague today.',
    'supported',
  ],
  [
    'pos: a real -ing verb between still takes the date ("after visiting ... today")',
    { claim: { about: ['Novak', 'arrived'], value: { date: '2011-03-04' } }, published: '2011-03-05' },
    'Ivan Novak arrived in Prague after visiting Brno yesterday.',
    'absent',
  ],
  // prefixed-term: "post-election" is not the election
  [
    'prefixed-term: "post-election talks" do not name the election',
    { claim: { about: ['election'], value: { date: '2012-05-06' } }, published: '2012-05-09' },
    'Party leaders met for post-election talks on Wednesday.',
    'absent',
  ],
  [
    'prefixed-term: the plain term still counts',
    { claim: { about: ['election'], value: { date: '2012-05-06' } }, published: '2012-05-09' },
    'The election was held on May 6.',
    'supported',
  ],
  // other round of the event
  [
    'other-occurrence: the run-off date does not contradict the first round',
    { claim: { claim: 'The general election was held on May 4, 2014', about: ['election'], value: { date: '2014-05-04' } }, published: '2014-05-10' },
    'The run-off election is set for June 1.',
    'absent',
  ],
  [
    'other-occurrence: a claim about the run-off is held to the run-off date',
    { claim: { claim: 'The run-off was held on June 8, 2014', about: [['run-off', 'election']], value: { date: '2014-06-08' } }, published: '2014-05-10' },
    'The run-off election is set for June 1.',
    'contradicted',
  ],
  // rival roles
  [
    'rival-roles: a rival who only speaks does not take the post',
    { claim: { about: ['council', 'chair'], value: { entity: 'Alvarez' }, rivals: ['Moreno'] } },
    'Moreno says the council will choose a new chair in May.',
    'absent',
  ],
  [
    'rival-roles: a rival who holds the post contradicts',
    { claim: { about: ['council', 'chair'], value: { entity: 'Alvarez' }, rivals: ['Moreno'] } },
    'Moreno was elected chair of the council in May.',
    'contradicted',
  ],
  [
    'rival-roles: a rival inside the name of the claimed person ("Ana Moreno Alvarez")',
    { claim: { about: ['council', 'chair'], value: { entity: 'Ana Moreno Alvarez' }, rivals: ['Moreno'] } },
    'Ana Moreno Alvarez was elected chair of the council in May.',
    'supported',
  ],
  [
    'rival-roles: a co-holder named "alongside" the value shares the post',
    { claim: { about: ['party', 'lead'], value: { entity: 'Alvarez' }, rivals: ['Moreno'] } },
    'Alvarez will lead the party alongside his uncle Moreno.',
    'supported',
  ],
  [
    "rival-roles: a rival in a clause about someone else is that subject's",
    {
      claim: { claim: 'Alvarez fled to the Chilean embassy', about: ['Alvarez', 'embassy'], value: { entity: 'Chile' }, rivals: ['Peru'] },
      entities: { Chile: { aliases: ['Chilean'] }, Peru: { aliases: ['Peruvian'] } },
    },
    'While Alvarez fled to the Chilean embassy, his aides fled to the Peruvian embassy.',
    'supported',
  ],
  [
    'an obligation ("the onus is upon X to comply") says nothing about compliance',
    { claim: { claim: 'Kestrel has not complied with the ruling', about: ['Kestrel', ['comply', 'complied']], negated: true } },
    'The regulator said that the onus is upon Kestrel to comply with the ruling and not for the regulator to design its products.',
    'absent',
  ],
  // relative days: "last night" is the day before publication
  [
    'relative day: "died last night" is the day before the article',
    { claim: { about: ['Okafor', 'died'], value: { date: '2010-06-13' } }, published: '2010-06-14' },
    'The singer Ada Okafor died last night in a Lagos hospital.',
    'supported',
  ],
  [
    'relative day: "last night" is not the publication day',
    { claim: { about: ['Okafor', 'died'], value: { date: '2010-06-14' } }, published: '2010-06-14' },
    'The singer Ada Okafor died last night in a Lagos hospital.',
    'contradicted',
  ],
  // undone-act: a postponed or cancelled event did not happen
  [
    'undone-act: "was postponed" negates a plain claim that the event took place',
    { claim: { claim: 'The strike took place', about: ['strike'] } },
    'The strike by dock workers, planned for a year, was postponed to a later date.',
    'contradicted',
  ],
  [
    'undone-act: it supports the negated claim, past a verbless appositive',
    { claim: { claim: 'The concert did not take place', about: ['concert'], negated: true } },
    'The concert of the city orchestra, its last of the season, was cancelled.',
    'supported',
  ],
  [
    'undone-act: a claim that states the verb itself is not undone by it',
    { claim: { claim: 'The strike was postponed', about: ['strike', 'postponed'] } },
    'The strike was postponed to a later date.',
    'supported',
  ],
  [
    'a request is not the act: "asked the court to change it to"',
    { claim: { about: ['Ilic', 'sentenced'], value: { entity: 'life imprisonment' }, rivals: ['death sentence'] } },
    'Prosecutors have asked the court to change the sentence for Ilic to a death sentence.',
    'absent',
  ],
  [
    'a call for something governs the relative clause that tells what: "calls for an inquiry which will be led by"',
    { claim: { about: ['inquiry', 'led'], value: { entity: 'United Nations' }, rivals: ['European Union'] } },
    'The parliament passed a motion that calls for an inquiry which will be led by the European Union.',
    'absent',
  ],
  [
    'a plain relative clause outside any request still counts',
    { claim: { about: ['inquiry', 'led'], value: { entity: 'United Nations' }, rivals: ['European Union'] } },
    'The parliament opened an inquiry which will be led by the European Union.',
    'contradicted',
  ],
  // superseded plans, speakers and fronted years
  [
    'superseded: "instead of March 13" is the old plan, no contradiction',
    { claim: { claim: 'Ruritania held its referendum on April 10, 2011', about: ['referendum'], value: { date: '2011-04-10' } }, published: '2011-03-01' },
    'Ruritania will now hold the referendum on April 10 instead of March 13.',
    'supported',
  ],
  [
    'superseded: without the marker, the other date contradicts',
    { claim: { claim: 'Ruritania held its referendum on April 10, 2011', about: ['referendum'], value: { date: '2011-04-10' } }, published: '2011-03-01' },
    'Ruritania will hold the referendum on March 13.',
    'contradicted',
  ],
  [
    'other-participants: a speaker is no participant of the event',
    { claim: { claim: 'Ruritania held its referendum on April 10, 2011', about: ['referendum'], value: { date: '2011-04-10' } }, published: '2011-03-01' },
    'Commissioner Ivo Marek says the referendum will be held on March 13. Ruritania is small.',
    'contradicted',
  ],
  [
    'other-occurrence: a target year ("by the end of 2013") sets no other time',
    { claim: { about: ['Nordair', 'jobs'], value: { number: 10, unit: 'percent' } }, published: '2011-09-24' },
    'Nordair announced plans to cut jobs by the end of 2013, about 17% of its workforce.',
    'contradicted',
  ],
  [
    'other-occurrence: another year in the first clause still sets the sentence in another time',
    { claim: { about: ['Nordair', 'jobs'], value: { number: 10, unit: 'percent' } }, published: '2011-09-24' },
    'In 2008, Nordair cut jobs, about 17% of its workforce.',
    'absent',
  ],
  // counted-kind: "pages of code" are not "pages of documentation"
  [
    'counted-kind: a figure of another "of" phrase does not contradict',
    { claim: { claim: 'Kestrel published 12,000 pages of technical documentation', about: ['Kestrel', 'pages'], value: { number: 12000, unit: 'page' } } },
    'Kestrel released 30,000 pages of secret source code.',
    'absent',
  ],
  [
    'counted-kind: the same kind in other words still contradicts',
    { claim: { claim: 'Kestrel published 12,000 pages of technical documentation', about: ['Kestrel', 'pages'], value: { number: 12000, unit: 'page' } } },
    'Kestrel released 30,000 pages of documentation.',
    'contradicted',
  ],
  // deadlines: "by July 31" is the deadline a deadline claim states
  [
    'deadline: "must provide it by July 31" supports "gave X until July 31"',
    {
      claim: { claim: 'The regulator gave Kestrel until July 31, 2006 to provide the data', about: ['Kestrel', 'provide'], value: { date: '2006-07-31' } },
      published: '2006-07-12',
    },
    'The regulator says Kestrel must provide the data by July 31.',
    'supported',
  ],
  [
    'deadline: a bound date does not decide a claim that states no deadline',
    { claim: { claim: 'Kestrel provided the data on July 31, 2006', about: ['Kestrel', 'provide'], value: { date: '2006-07-31' } }, published: '2006-07-12' },
    'The regulator says Kestrel must provide the data by July 31.',
    'absent',
  ],
  // event nouns headed by a term, and fronted dates of a report
  [
    'tie: "the run-off election is set to be on" dates the run-off',
    { claim: { claim: 'The run-off was held on June 8, 2014', about: [['run-off', 'runoff']], value: { date: '2014-06-08' } }, published: '2014-05-10' },
    'The run-off election is set to be on June 8.',
    'supported',
  ],
  [
    'tie: an event noun headed by something else still blocks ("the campaign rally on")',
    { claim: { claim: 'The run-off was held on June 8, 2014', about: [['run-off', 'runoff']], value: { date: '2014-06-08' } }, published: '2014-05-10' },
    'Before the run-off, the party held a rally on June 1.',
    'absent',
  ],
  [
    'tie: a fronted date of a report is the report\'s, no contradiction ("On May 2, the date of the vote was announced")',
    { claim: { claim: 'The vote was held on June 8, 2014', about: ['vote'], value: { date: '2014-06-08' } }, published: '2014-05-10' },
    'On May 2, the date of the vote was announced.',
    'absent',
  ],
  [
    "tie: a fronted date with no report in its clause is the event's",
    { claim: { about: ['vote'], value: { date: '2014-06-08' } }, published: '2014-05-10' },
    'On May 2, the vote took place without incident.',
    'contradicted',
  ],
  // hedge adverbs hedge what follows them
  [
    'hedge adverb: "allegedly" in a later clause does not hedge the figure before it',
    { claim: { about: ['co-defendants'], value: { number: 5 } } },
    'Ortega and five co-defendants are on trial after Ortega allegedly ordered the raid.',
    'supported',
  ],
  [
    'hedge adverb: it hedges the figure after it',
    { claim: { about: ['raid', 'killed'], value: { number: 12, unit: 'people' } } },
    'The army allegedly killed 12 people in the raid.',
    'absent',
  ],
  [
    'hedge adverb: "apparently" in a participle phrase does not hedge the clause after it',
    { claim: { claim: 'Ortega was not insulted before the hearing', about: ['Ortega', 'insulted'], negated: true } },
    'Many watched a video, apparently filmed on a phone, that showed Ortega insulted by guards.',
    'contradicted',
  ],
  // possessor: a name that describes another person
  [
    'possessor: "the former Ortega defence minister will be hanged" is not Ortega',
    { claim: { about: ['Ortega', 'hanged'] } },
    'Under the law the former Ortega defence minister will be hanged within 30 days.',
    'absent',
  ],
  [
    'possessor: "former dictator Ortega will be hanged" is Ortega',
    { claim: { about: ['Ortega', 'hanged'] } },
    'Under the law former dictator Ortega will be hanged within 30 days.',
    'supported',
  ],
  [
    'number-owner: the "US" of "US$3 billion" is the currency, not an owner',
    { claim: { about: ['Nordair', 'costs'], value: { number: 3_000_000_000, unit: 'dollar' } } },
    'Nordair left bankruptcy on Monday after a restructuring that left it with 6,000 fewer staff and US$3 billion less in annual costs.',
    'supported',
  ],
  [
    'number-owner: another name before the figure still owns it',
    { claim: { about: ['Nordair', 'costs'], value: { number: 3_000_000_000, unit: 'dollar' } } },
    'Nordair cut costs, while Skyway saved $5 billion in costs.',
    'absent',
  ],
  [
    'creation verb: "the lawsuit filed on February 14" dates the lawsuit',
    { claim: { about: ['Kestrel', 'lawsuit'], value: { date: '2006-02' } }, published: '2006-02-21' },
    'The lawsuit filed on February 14, 2006 claims that Kestrel breached the law.',
    'supported',
  ],
  [
    'creation verb: another passive act does not ("the election called on February 24")',
    { claim: { about: ['election'], value: { date: '2006-04-02' } }, published: '2006-03-01' },
    'The election called on February 24 is opposed by the main parties.',
    'absent',
  ],
  [
    'tie: a relative pronoun stands for the term ("a bombing which killed 40 people Friday")',
    { claim: { about: ['bombing'], value: { date: '2009-05-08' } }, published: '2009-05-09' },
    'The mayor was the target of a bombing which killed 40 people Friday, hours after his speech.',
    'supported',
  ],
  [
    'tie: a relative clause about another noun does not ("a truck which carried 40 people Friday")',
    { claim: { about: ['bombing'], value: { date: '2009-05-08' } }, published: '2009-05-09' },
    'Before the bombing, police stopped a truck which carried 40 people Friday.',
    'absent',
  ],
  [
    'other-participants: a speaker the sentence refers back to ("says it will pull out its troops") is a participant',
    {
      claim: { claim: 'Freedonia deployed 80,000 troops for the election', about: ['troops'], value: { number: 80000, unit: 'troop' } },
      published: '2011-03-01',
    },
    'The Ruritanian army says it will pull out its 9,000 troops. Freedonia is small.',
    'absent',
  ],
  [
    'a hedge verb used as a noun hedges nothing ("rejected calls for an inquiry")',
    { claim: { claim: 'The council did not agree to an inquiry', about: ['council', 'inquiry'], negated: true } },
    'The council rejected calls for an inquiry into the fire.',
    'supported',
  ],
  [
    'the same word as a verb still hedges ("the motion calls for an inquiry")',
    { claim: { about: ['council', 'inquiry'] } },
    'The motion before the council calls for an inquiry into the fire.',
    'absent',
  ],
  [
    'a hedge does not reach a past relative clause ("would overturn the ruling which allowed ...")',
    { claim: { claim: 'Party leader Ortega is married to Ana Ruiz', about: ['Ortega', 'Ruiz'] } },
    'The party fears the judges would overturn the ruling which allowed party leader Ortega and his wife Ana Ruiz to return.',
    'supported',
  ],
  // found on the round-3 stories after their first run (general rules, sentences of our own)
  [
    'other-subject: the claimed person as the subject is compared, not screened ("Ortega elected as president")',
    { claim: { claim: 'Ana Ortega was elected president of Freedonia', about: ['president', 'elected'], value: { entity: 'Ortega' }, rivals: ['Ruiz'] } },
    'Ana Ortega elected as president of Freedonia',
    'supported',
  ],
  [
    'other-subject: a rival as the subject contradicts',
    { claim: { claim: 'Ana Ortega was elected president of Freedonia', about: ['president', 'elected'], value: { entity: 'Ortega' }, rivals: ['Ruiz'] } },
    'Luis Ruiz elected as president of Freedonia',
    'contradicted',
  ],
  [
    'other-act: a verb far back governs another phrase ("judges fired by X and a nominee ... in the election on")',
    { claim: { about: [['presidential election']], value: { date: '2011-09-06' } }, published: '2011-08-28' },
    'They disagree on the reinstatement of judges fired by former President Luis Ruiz and a nominee for President of Freedonia in the presidential election on September 6, 2011.',
    'supported',
  ],
  [
    'whole: "from the total number of 702 votes" is the whole, not the claimed part',
    { claim: { about: ['Ortega', 'votes'], value: { number: 479, unit: 'vote' } } },
    'Ortega secured 479 votes from the total number of 702 votes of the electoral college.',
    'supported',
  ],
  [
    'whole: without the marker, a second figure of the same unit contradicts',
    { claim: { about: ['Ortega', 'votes'], value: { number: 479, unit: 'vote' } } },
    'Ortega secured 502 votes in the electoral college.',
    'contradicted',
  ],
  [
    'clauses: "after the election failed to" opens a clause; its negation does not reach back',
    { claim: { about: ['coalition', 'formed'], value: { date: '2011-03' } }, published: '2011-08-28' },
    'The coalition formed in March 2011 after the general election failed to produce a majority.',
    'supported',
  ],
  [
    'other-occurrence: another kind of the event ("the presidential election") for a claim naming its kind',
    { claim: { claim: 'The parliamentary election was held on May 4, 2014', about: ['election'], value: { date: '2014-05-04' } }, published: '2014-08-28' },
    'The parties disagree on a nominee in the presidential election on September 6.',
    'absent',
  ],
  [
    'other-occurrence: the same kind of the event still contradicts',
    { claim: { claim: 'The parliamentary election was held on May 4, 2014', about: ['election'], value: { date: '2014-05-04' } }, published: '2014-08-28' },
    'The parliamentary election was held on May 11.',
    'contradicted',
  ],
  [
    "counted-kind: with the claim's figure in the sentence, a figure counting another noun is another count",
    { claim: { claim: 'The raid left 148 people dead', about: ['raid'], value: { number: 148 } } },
    'Ortega and seven co-defendants are on trial for the raid in which 148 people died.',
    'supported',
  ],
  // matching: inflections match, derivations the stemmer folds in do not (contract section 2)
  [
    'inflection: "killings" matches "killed"',
    { claim: { about: ['Ortega', 'killed'], value: { date: '2012-03-02' } }, published: '2012-03-09' },
    'The killings of Ortega and two aides on March 2 shocked the town.',
    'supported',
  ],
  [
    'derivation: "coupe" is not "coup", though Porter stems both to "coup"',
    { claim: { about: ['coup'], value: { date: '2006-09-19' } }, published: '2007-12-02' },
    'They sold a 1950 Club Coupe at auction on Friday.',
    'absent',
  ],
  [
    'derivation: "sickness" is not "sick"',
    { claim: { about: ['Ortega', ['ill', 'sick']], value: { date: '2006-11-01' } }, published: '2007-05-22' },
    'Ortega died of radiation sickness in a London hospital on 23rd November.',
    'absent',
  ],
  // found on the third kept-aside story after its first run
  [
    'source-relevance: a participant written only by its abbreviation ("US") is named',
    usRecall,
    'On Thursday, Kestrel said it would recall 1.1 million cars in the US.',
    'supported',
  ],
  [
    'source-relevance: a source naming none of the participants is still about something else',
    usRecall,
    'On Thursday, Kestrel said it would recall 1.1 million cars in Europe; us buyers are calm.',
    'absent',
  ],
  [
    'other-act: a counted object the claim names is the claim\'s ("recall around 17,000 Lexus vehicles")',
    {
      claim: { claim: 'Kestrel announced a recall of Lexus cars on 25 June 2010', about: ['Kestrel', 'recall', 'Lexus'], value: { date: '2010-06-25' } },
      published: '2010-06-27',
    },
    'Kestrel announced on Friday that it will recall around 17,000 Lexus vehicles.',
    'supported',
  ],
  [
    'tie: for a claim that itself reports, a fronted date of another report verb dates it ("On Thursday, X said it would")',
    {
      claim: { claim: 'Kestrel announced a recall of cars on 28 January 2010', about: ['Kestrel', 'recall'], value: { date: '2010-01-28' } },
      published: '2010-01-30',
    },
    'On Thursday, Kestrel said it would recall 1.1 million cars.',
    'supported',
  ],
  [
    'tie: but a denial is no announcement ("Three days ago, a spokesman denied reports that X would")',
    { claim: { claim: 'Kestrel announced a recall on 28 January 2010', about: ['Kestrel', 'recall'], value: { date: '2010-01-28' } }, published: '2010-01-28' },
    'Three days ago, a spokesman for Kestrel denied reports that it would announce a recall.',
    'absent',
  ],
  [
    'participants: a function word opening the claim ("Between") names no one',
    { claim: { claim: 'Between 4,000 and 6,000 Kestrel GX cars had been sold', about: [['GX'], 'sold'], value: { number: '4000..6000' } } },
    'The group says the 5000 GX cars sold since the launch are safe.',
    'supported',
  ],
  // hedges of section 6
  ['a vow is not the act', { claim: { about: ['governor', 'curfew'] } }, 'The governor vowed to impose a curfew.', 'absent'],
  [
    '"none of the above" is no negation',
    { claim: { about: ['ballot', 'voters'], value: { number: 12, unit: 'percent' } } },
    'On the ballot, 12% of voters chose "none of the above".',
    'supported',
  ],
  ['a perception is no hedge: "could be heard"', { claim: { about: ['crowd', 'chanting'] } }, 'The crowd could be heard chanting for an hour.', 'supported'],
  [
    'a demand is not the act',
    { claim: { about: ['inquiry', 'lead'], value: { entity: 'United Nations' }, rivals: ['European Union'] } },
    'Protesters demand the European Union lead the inquiry.',
    'absent',
  ],
  // value detection and attachment, round 4 (sentences of our own)
  [
    'dates: a two-digit number after a day is a count, not a year ("On July 7, 55 people")',
    { claim: { about: ['attacks', 'killed'], value: { number: '> 50', unit: 'people' } }, published: '2005-07-17' },
    'On July 7, 55 people were killed in a series of attacks on the city.',
    'supported',
  ],
  [
    'dates: the day before such a count keeps its own reading',
    { claim: { about: ['attacks', 'killed'], value: { date: '2005-07-09' } }, published: '2005-07-17' },
    'On July 7, 55 people were killed in a series of attacks on the city.',
    'contradicted',
  ],
  [
    'dates: "the February elections" is a month naming the event',
    { claim: { about: ['elections', 'defeated'], value: { date: '2008-02' } }, published: '2008-08-08' },
    'Most of the ruling party candidates were defeated in the February elections.',
    'supported',
  ],
  [
    'dates: "the May government" names no month',
    { claim: { about: ['government', 'collapsed'], value: { date: '2019-03' } }, published: '2019-07-01' },
    'The May government collapsed after the vote.',
    'absent',
  ],
  [
    'apposition: a description before the name it describes ("the second-largest carrier, Kestrel Air,")',
    { claim: { about: ['Kestrel', 'largest'], value: { entity: 'second-largest' }, rivals: ['third-largest'] } },
    "The country's second-largest carrier, Kestrel Air, will cut 500 jobs.",
    'supported',
  ],
  [
    "apposition: a description before another name is not the claim's",
    { claim: { about: ['Kestrel', 'largest'], value: { entity: 'second-largest' }, rivals: ['third-largest'] } },
    "The country's third-largest carrier, Heron Air, will buy Kestrel's planes.",
    'absent',
  ],
  [
    'relative-clause: the name a "which" clause describes is tied to its terms',
    { claim: { about: ['fine', 'levied'], value: { entity: 'Transport Authority' }, rivals: ['Trade Commission'] } },
    'The firm disagreed with the Transport Authority, which levied the fine last week.',
    'supported',
  ],
  [
    'relative-clause: a report inside the clause is another act',
    { claim: { about: ['fine', 'levied'], value: { entity: 'Transport Authority' }, rivals: ['Trade Commission'] } },
    'The firm met the Trade Commission, which said the fine was levied too late.',
    'absent',
  ],
  [
    'relative-clause: after "a", a name is a kind of person, not the party',
    { claim: { about: ['won', 'election'], value: { entity: 'Green Party' }, rivals: ['Labour'] } },
    'He is known as a Labour who won every election in the county.',
    'absent',
  ],
  [
    "title: a name's own title before it is part of the mention",
    { claim: { about: ['Morales', 'widow'], value: { entity: 'Pedro Alvarez' } } },
    'Ana Morales, widow of former Interior Minister Pedro Alvarez, won the mayoral race.',
    'supported',
  ],
  [
    'parenthetical: a subject and its verb around ", as speaker of the assembly,"',
    { claim: { about: [['acting', 'interim'], 'governor'], value: { entity: 'Lena Ortiz' }, rivals: ['Tom Reyes'] } },
    'Lena Ortiz, as speaker of the assembly, became the acting governor.',
    'supported',
  ],
  [
    'parenthetical: a rival subject around the parenthetical contradicts',
    { claim: { about: [['acting', 'interim'], 'governor'], value: { entity: 'Lena Ortiz' }, rivals: ['Tom Reyes'] } },
    'Tom Reyes, as speaker of the assembly, became the acting governor.',
    'contradicted',
  ],
  // paired-figures: figures each paired with its own name
  [
    'paired-figures: "600,000 in the United States and 270,000 in Canada" gives Canada 270,000',
    { claim: { claim: 'Kestrel recalled 600,000 Heron vans in Canada', about: ['Heron', 'recall', 'Canada'], value: { number: 600_000 } } },
    'Kestrel has recalled 870,000 Heron vans (600,000 in the United States and 270,000 in Canada).',
    'contradicted',
  ],
  [
    "paired-figures: the claim's own pair supports",
    { claim: { claim: 'Kestrel recalled 270,000 Heron vans in Canada', about: ['Heron', 'recall', 'Canada'], value: { number: 270_000 } } },
    'Kestrel has recalled 870,000 Heron vans (600,000 in the United States and 270,000 in Canada).',
    'supported',
  ],
  [
    'paired-figures: a leading name owns its figure ("the Greens have 78 seats, with Labour behind with 72 seats")',
    { claim: { about: ['Labour', 'seats'], value: { number: 78, unit: 'seat' } } },
    'Early results show the Greens with 78 seats, with Labour just behind with 72 seats.',
    'contradicted',
  ],
  [
    'paired-figures: one figure with a place is no pairing ("870,000 vans in North America")',
    { claim: { claim: 'Kestrel recalled 870,000 vans', about: ['Kestrel', 'recall'], value: { number: 870_000 } } },
    'Kestrel announced a recall of 870,000 vans in North America on Monday.',
    'supported',
  ],
  [
    'paired-figures: the whole before an "including" breakdown is not the claim\'s part',
    { claim: { claim: 'Kestrel recalled 300,000 vans in Canada', about: ['Kestrel', 'recall', 'Canada'], value: { number: 300_000 } } },
    'Kestrel announced a recall of 870,000 vans, including 270,000 in Canada.',
    'contradicted',
  ],
  [
    'paired-figures: the whole itself is what a claim about the whole counts',
    { claim: { claim: 'Kestrel recalled 870,000 vans', about: ['Kestrel', 'recall'], value: { number: 870_000 } } },
    'Kestrel announced a recall of 870,000 vans, including 270,000 in Canada.',
    'supported',
  ],
  // round 4: values news copy writes in short forms, and what a reader takes for granted
  [
    'dates: "one month ago" is the month before publication',
    { claim: { about: ['Reyes', 'election', 'winning'], value: { date: '2005-07' } }, published: '2005-08-14' },
    'Reyes was sworn in after winning the election one month ago.',
    'supported',
  ],
  [
    'dates: "three months ago" that misses the month contradicts',
    { claim: { about: ['Reyes', 'election', 'winning'], value: { date: '2005-07' } }, published: '2005-08-14' },
    'Reyes was sworn in after winning the election three months ago.',
    'contradicted',
  ],
  [
    'numbers: "1.1m" is 1.1 million',
    { claim: { about: ['Heron', 'recall'], value: { number: 1_100_000, unit: 'car' } } },
    'Heron announced the recall of 1.1m cars on Thursday.',
    'supported',
  ],
  [
    'numbers: a spaced "m" after digits is no scale ("a 5 m wall")',
    { claim: { about: ['Heron', 'wall'], value: { number: 5, unit: 'm' } } },
    'Heron built a 5 m wall.',
    'supported',
  ],
  [
    'narrower kind: "2.3 million cars and trucks" counts vehicles',
    { claim: { about: ['Heron', 'recalled'], value: { number: 2_300_000, unit: 'vehicle' } } },
    'Heron recalled 2.3 million cars and trucks in the United States.',
    'supported',
  ],
  [
    'narrower kind: a different count of cars does not refute a count of vehicles',
    { claim: { about: ['Heron', 'recalled'], value: { number: 2_300_000, unit: 'vehicle' } } },
    'Heron recalled 1.1 million cars in the United States.',
    'absent',
  ],
  [
    'currency: a bare "four billion" after "$5 billion" is dollars',
    { claim: { about: ['Heron', 'received'], value: { number: 4_000_000_000, unit: 'dollar' } } },
    'Heron wants US$5 billion in aid on top of the four billion it has already received.',
    'supported',
  ],
  [
    'presupposed-amount: "wants to cut its $27.5 billion debt" states the debt',
    { claim: { about: ['Heron', 'debt'], value: { number: '~ 27000000000', unit: 'dollar' } } },
    'Heron wants to cut its $27.5 billion in unsecured debt to $9.2 billion.',
    'supported',
  ],
  [
    'presupposed-amount: the amount a hedged verb would bring about stays hedged',
    { claim: { about: ['Heron', 'debt'], value: { number: '~ 9000000000', unit: 'dollar' } } },
    'Heron wants to cut its $27.5 billion in unsecured debt to $9.2 billion.',
    'absent',
  ],
  [
    'negation: "refused to declare" says it was not declared',
    { claim: { about: ['Akayev', 'state of emergency', ['declare', 'declared']], negated: true } },
    'Akayev refused to declare a state of emergency.',
    'supported',
  ],
  [
    'negation: "refused to declare" contradicts a claim that it was declared',
    { claim: { about: ['Akayev', 'state of emergency', ['declare', 'declared']] } },
    'Akayev refused to declare a state of emergency.',
    'contradicted',
  ],
  [
    'place: a state after its city ("in Austin, Texas") is where the act happened',
    { claim: { about: ['Reyes', 'indicted'], value: { entity: 'Texas' }, rivals: ['Ohio'] } },
    'Tom Reyes was indicted in Austin, Texas on Wednesday.',
    'supported',
  ],
  [
    'place: a rival state after its city contradicts',
    { claim: { about: ['Reyes', 'indicted'], value: { entity: 'Texas' }, rivals: ['Ohio'] } },
    'Tom Reyes was indicted in Dayton, Ohio on Wednesday.',
    'contradicted',
  ],
  [
    'partitive: the whole of "71 of the 75 seats" is the parliament\'s size',
    { claim: { about: ['parliament', 'seats'], value: { number: 75, unit: 'seat' } } },
    'The party won 71 of the 75 seats in parliament.',
    'supported',
  ],
  [
    'partitive: the part is what the party won, and the whole does not contradict it',
    { claim: { about: ['party', 'seats'], value: { number: 71, unit: 'seat' } } },
    'The party won 71 of the 75 seats in parliament.',
    'supported',
  ],
  [
    'partitive: "23 out of 210 constituencies" is read like "of"',
    { claim: { about: ['recount', 'constituencies'], value: { number: 23, unit: 'constituency' } } },
    'Officials began a recount in 23 out of 210 constituencies.',
    'supported',
  ],
  [
    'partitive: a part that matches neither contradicts',
    { claim: { about: ['party', 'seats'], value: { number: 60, unit: 'seat' } } },
    'The party won 71 of the 75 seats in parliament.',
    'contradicted',
  ],
  [
    'negation scope: a main verb after a relative clause does not negate the relative clause ("who was elected in 2004, denied")',
    { claim: { about: ['Reyes', 'elected'], value: { date: '2005' } }, published: '2008-03-23' },
    'Reyes, who was elected in 2004, denied the charges.',
    'contradicted',
  ],
  [
    'negation scope: the main verb still negates its own clause',
    { claim: { about: ['Reyes', 'charges', 'denied'] } },
    'Reyes, who was elected in 2004, denied the charges.',
    'supported',
  ],
  [
    'numbers: "58 per cent" is a percentage',
    { claim: { about: ['turnout'], value: { number: '~ 60', unit: 'percent' } } },
    'Officials said turnout was 58 per cent.',
    'supported',
  ],
  [
    'numbers: a death toll counts people ("the death toll has risen to 207")',
    { claim: { about: ['earthquake', ['killed', 'death toll']], value: { number: 207, unit: 'people' } } },
    'The death toll from the earthquake has risen to 207, officials said.',
    'supported',
  ],
  [
    'numbers: a figure far from the toll word counts nothing',
    { claim: { about: ['earthquake', ['killed', 'death toll']], value: { number: 207, unit: 'people' } } },
    'The death toll from the earthquake in the mountains near the old town on the river rose after 207 aftershocks.',
    'absent',
  ],
  [
    "rival-roles: a rival title of the claim's own subject who speaks still contradicts",
    { claim: { about: ['Kestrel'], value: { entity: 'transport minister' }, rivals: ['finance minister'] } },
    'Finance Minister Ann Kestrel said the budget was balanced.',
    'contradicted',
  ],
  [
    'dates: "New Year\'s Day" is January 1 of the year the tense points to',
    { claim: { about: ['plane', 'disappeared'], value: { date: '2007-01-01' } }, published: '2007-01-02' },
    "The plane, which disappeared on New Year's Day, has not been found.",
    'supported',
  ],
  [
    'dates: "Christmas Eve" is another day',
    { claim: { about: ['plane', 'disappeared'], value: { date: '2006-12-25' } }, published: '2006-12-27' },
    'The plane, which disappeared on Christmas Eve, has not been found.',
    'contradicted',
  ],
  [
    'currency: "US$ 50,000" with a space is an amount, and "US" no owner',
    { claim: { about: ['Reyes', 'fined'], value: { number: 50_000, unit: 'dollar' } } },
    'Reyes was fined US$ 50,000 and ordered to pay restitution.',
    'supported',
  ],
  [
    "background: a source written before the claim's event cites a date years back as background",
    { claim: { about: ['church', 'fire'], value: { date: '2008-01-01' } }, published: '2005-12-10' },
    'Police fear attacks like the church fire on December 24, 2000.',
    'absent',
  ],
  [
    "background: the same source's date of the claim's own year still contradicts",
    { claim: { about: ['church', 'fire'], value: { date: '2005-12-01' } }, published: '2005-12-10' },
    'The church fire on December 4 killed two people.',
    'contradicted',
  ],
  [
    'hedge: "is believed to have fled" hedges the place',
    { claim: { about: ['Akayev', 'fled'], value: { entity: 'Russia' }, rivals: ['Kazakhstan'] } },
    'Akayev is believed to have fled to Kazakhstan.',
    'absent',
  ],
  [
    'hedge: "it is believed that" hedges what follows',
    { claim: { about: ['board', 'meeting'], value: { entity: 'New York' }, rivals: ['Atlanta'] } },
    'It is believed that the board meeting took place in New York.',
    'absent',
  ],
  [
    'reduced-relative: a hedge on the main verb does not reach "judges fired by X in November 2007"',
    { claim: { about: ['judges', 'fired'], value: { date: '2007-11' } }, published: '2008-05-13' },
    'The coalition was said to have split over the return of judges fired by the president in November 2007.',
    'supported',
  ],
  [
    'reduced-relative: a hedge on the participle itself still hedges',
    { claim: { about: ['judges', 'fired'], value: { date: '2007-11' } }, published: '2008-05-13' },
    'The president may have fired the judges in November 2007.',
    'absent',
  ],
  [
    'apposition: a participle phrase set off by commas describes the term before it ("The talks, held in Geneva,")',
    { claim: { about: ['talks'], value: { entity: 'Geneva' }, rivals: ['Vienna'] } },
    'The talks, held in Geneva, ended without agreement.',
    'supported',
  ],
  [
    "apposition: a participle phrase about another noun is not the claim's",
    { claim: { about: ['talks'], value: { entity: 'Geneva' }, rivals: ['Vienna'] } },
    'The envoy, trained in Vienna, joined the talks.',
    'absent',
  ],
  [
    'reduced-relative: a negation of the main verb does not reach "a ruling made in March 2004"',
    { claim: { about: ['ruling'], value: { date: '2004-03' } }, published: '2005-12-23' },
    'The firm will be fined if it does not comply with a ruling made in March 2004.',
    'supported',
  ],
  [
    'presupposed date: "the bombings of July 7, 2005" names the event, whatever hedges the main clause',
    { claim: { about: ['bombings'], value: { date: '2005-07-07' } }, published: '2007-11-24' },
    'TATP is believed to have been the explosive in the bombings of July 7, 2005.',
    'supported',
  ],
  [
    'participles: "who was born in Seville" is the birth\'s place, not the death\'s',
    { claim: { about: ['Reyes', 'died'], value: { entity: 'Madrid' }, rivals: ['Seville'] } },
    'Reyes, who was born in Seville, died on Saturday in Madrid.',
    'supported',
  ],
  [
    'participles: the birthplace contradicts a claim about birth',
    { claim: { about: ['Reyes', 'born'], value: { entity: 'Madrid' }, rivals: ['Seville'] } },
    'Reyes, who was born in Seville, died on Saturday in Madrid.',
    'contradicted',
  ],
  [
    'dates: "on the 27th" is the 27th the tense points to ("would close")',
    { claim: { about: ['plants', 'close'], value: { date: '2009-05-27' } }, published: '2009-05-04' },
    'Heron announced that it would close two plants on the 27th.',
    'supported',
  ],
  [
    'dates: "on the 27th floor" is no date',
    { claim: { about: ['fire', 'broke out'], value: { date: '2009-05-27' } }, published: '2009-05-04' },
    'The fire broke out on the 27th floor.',
    'absent',
  ],
  [
    'tense: "would have been held on Monday" looks back',
    { claim: { about: ['vote'], value: { date: '2009-05-04' } }, published: '2009-05-06' },
    'The vote would have been held on Monday.',
    'absent',
  ],
  [
    'dates: a possessive weekday opening its clause takes the clause\'s tense ("Sunday\'s vote is expected to be close")',
    { claim: { about: ['vote'], value: { date: '2009-05-10' } }, published: '2009-05-04' },
    "Sunday's vote is expected to be close.",
    'supported',
  ],
  [
    'dates: "postponed from May 10 to May 17" gives the new date',
    { claim: { about: ['vote'], value: { date: '2009-05-17' } }, published: '2009-05-04' },
    'The vote was postponed from May 10 to May 17.',
    'supported',
  ],
  [
    'dates: the old date of a postponement contradicts no more than the new one does',
    { claim: { about: ['vote'], value: { date: '2009-05-10' } }, published: '2009-05-04' },
    'The vote was postponed from May 10 to May 17.',
    'contradicted',
  ],
  [
    'relative pronoun: "The footage, which was shown to the court" stands for the footage',
    {
      claim: {
        claim: 'The footage was shown at Kingston Crown Court',
        about: ['footage', 'shown'],
        value: { entity: 'Kingston Crown Court' },
        rivals: ['Old Bailey'],
      },
    },
    'The footage, which was shown to Kingston Crown Court was described as chilling.',
    'supported',
  ],
  [
    "relative pronoun: the verb may come from the claim's wording rather than its about items",
    {
      claim: {
        claim: 'The footage was shown at Kingston Crown Court',
        about: ['footage', 'court'],
        value: { entity: 'Kingston Crown Court' },
        rivals: ['Old Bailey'],
      },
    },
    'The footage, which was shown to Kingston Crown Court was described as chilling.',
    'supported',
  ],
  [
    'rounded figure: "$16 million" neither supports nor refutes $16.4 million',
    { claim: { about: ['Heron', 'fine'], value: { number: 16_400_000, unit: 'dollar' } } },
    'Heron faces a $16 million fine.',
    'absent',
  ],
  [
    'rounded figure: a claim outside the rounding is contradicted',
    { claim: { about: ['Heron', 'fine'], value: { number: 18_400_000, unit: 'dollar' } } },
    'Heron faces a $16 million fine.',
    'contradicted',
  ],
  [
    'rounded figure: a figure with its decimals is exact ("$16.4 million" refutes $16.3 million)',
    { claim: { about: ['Heron', 'fine'], value: { number: 16_300_000, unit: 'dollar' } } },
    'Heron faces a $16.4 million fine.',
    'contradicted',
  ],
];

describe('reading rules (section 6)', () => {
  test.each(rows)('%s', (_name, c, text, want) => {
    expect(judge(c, text).verdict).toBe(want);
  });
});
