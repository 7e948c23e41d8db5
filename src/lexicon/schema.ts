/**
 * The one schema every lexicon file answers to. A word is normalised lower case with no
 * surrounding space; a phrase is a list of such words; a number map gives a word its value.
 * Each file is a strict object, so a misspelt or stray list name fails at load.
 */
import { z } from 'zod';

const word = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase() && s === s.trim(), { message: 'a lexicon word is lower case with no surrounding space' });
const wordList = z.array(word).min(1);
/** Written as they appear in text, case and dots kept ("U.S", "Mr"). */
const spellingList = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[A-Za-z.]+$/, { message: 'a spelling is letters and dots' }),
  )
  .min(1);
const phraseList = z.array(z.array(word).min(1)).min(1);
const numberMap = z.record(word, z.number());
const wordMap = z.record(word, word);
const qualifierList = z.array(z.strictObject({ phrase: z.array(word).min(1), compare: z.enum(['eq', 'ge', 'gt', 'le', 'lt', 'approx']) })).min(1);

/** Every lexicon file, by its name without `.json`. */
export const lexiconSchema = {
  cues: z.strictObject({
    $comment: z.string(),
    hedgeWords: wordList,
    adverbialHedges: wordList,
    hedgesWhenVerb: wordList,
    hedgePhrases: phraseList,
    nounPhraseHedges: wordList,
    pseudoHedgePhrases: phraseList,
    deniableExpectations: wordList,
    conditionalWords: wordList,
    volitionalWords: wordList,
    reportingVerbs: wordList,
    negationWords: wordList,
    forwardOnlyNegations: wordList,
    negationPhrases: phraseList,
    pseudoNegationPhrases: phraseList,
    yetToAfter: wordList,
    negationsReachingComplement: wordList,
    hedgedPhraseEnds: wordList,
  }),
  grammar: z.strictObject({
    $comment: z.string(),
    irregularLemmas: wordMap,
    coordinators: wordList,
    beParticiples: wordList,
    complementOpeners: wordList,
    articles: wordList,
    indefiniteArticles: wordList,
    possessiveDeterminers: wordList,
    reducedRelativeFollowers: wordList,
    pairingPrepositions: wordList,
    breakdownMarkers: wordList,
    relativeOpeners: wordList,
    otherTimeOpeners: wordList,
    placePrepositions: wordList,
    ownerlessPrepositions: wordList,
    copulas: wordList,
    gerundPrepositions: wordList,
    futureWords: wordList,
    futurePhrases: phraseList,
    pastPhrases: phraseList,
    pastWords: wordList,
    notPastEd: wordList,
    functionWords: wordList,
    subjectPronouns: wordList,
    modals: wordList,
    adverbs: wordList,
    irregularPastTenseCues: wordList,
    irregularPastOther: wordList,
    irregularParticiples: wordList,
    sameFormVerbs: wordList,
    possessionVerbs: wordList,
    phrasePrepositions: wordList,
    subjectVerbGap: wordList,
    speakerGap: wordList,
    referringPronouns: wordList,
    coHolderMarkers: phraseList,
    subordinators: wordList,
    clausalPrepositions: wordList,
    circumstanceMarkers: wordList,
    circumstanceSubjects: wordList,
    otherActPrepositions: wordList,
    notActs: wordList,
    personalPronouns: wordList,
    passiveAuxiliaries: wordList,
    resumingVerbs: wordList,
    aboutToWords: wordList,
    dateMentionPrepositions: wordList,
    determiners: wordList,
  }),
  events: z.strictObject({
    $comment: z.string(),
    formerlyWords: wordList,
    datePredicates: wordList,
    eventNouns: wordList,
    settingPrepositions: wordList,
    otherOccurrenceWords: wordList,
    otherRoundWords: wordList,
    eventKindWords: wordList,
    undoingVerbs: wordList,
    creationVerbs: wordList,
    modifierPrefixes: wordList,
    implicativeVerbs: wordList,
    negativeImplicativeVerbs: wordList,
    supersedingPhrases: phraseList,
    supersedingPrefixes: wordList,
  }),
  names: z.strictObject({
    $comment: z.string(),
    titlePrepositions: wordList,
    titleWords: wordList,
    peopleStems: wordList,
    notSubjectNames: wordList,
    titleGlue: wordList,
    honorifics: wordList,
    commonFirstWords: wordList,
    notClaimNames: wordList,
    sentenceAbbreviations: spellingList,
  }),
  numbers: z.strictObject({
    $comment: z.string(),
    wholeMarkers: phraseList,
    unitWords: numberMap,
    tensWords: numberMap,
    scaleWords: numberMap,
    gluedScaleWords: numberMap,
    ellipsisNouns: wordList,
    rangeJoiners: wordList,
    currencySigns: wordMap,
    currencyPrefixes: wordList,
    qualifiers: qualifierList,
    nounPhraseEnds: wordList,
    partitivePronouns: wordList,
    partitiveDeterminers: wordList,
    stopFollowing: wordList,
    notACountBeforeOne: wordList,
    vulgarFractions: numberMap,
    ageWords: wordList,
    changingCountPhrases: phraseList,
    skipBeforeOf: wordList,
    qualifierWords: wordList,
    wordsAfterBareYear: wordList,
    countWords: wordList,
    amountUnits: wordList,
    changeVerbPrefixes: wordList,
    finalCountPhrases: phraseList,
  }),
  dates: z.strictObject({
    $comment: z.string(),
    forwardLookingPrepositions: phraseList,
    monthNames: wordList,
    monthAbbreviations: wordList,
    monthAbbreviationVariants: wordList,
    weekdayNames: wordList,
    relativeDays: wordList,
    relativeDayPhrases: numberMap,
    deadlineWords: wordList,
    sinceDateWords: wordList,
    monthParts: wordList,
    monthPrepositions: wordList,
    yearPrepositions: phraseList,
    notAfterYear: wordList,
    weekdayModifiers: wordList,
    dayParts: wordList,
    weekOffsets: numberMap,
    monthYearOffsets: numberMap,
    durationUnits: wordList,
    boundPrepositions: phraseList,
    claimYearPrepositions: wordList,
    holidays: z.record(z.string(), z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a month and day, MM-DD')),
    reschedulingVerbs: wordList,
    rescheduledToWords: wordList,
  }),
  'counted-nouns': z.strictObject({
    $comment: z.string(),
    classes: z.record(word, wordList),
    synonyms: phraseList,
    includes: z.record(word, wordList),
    tollNouns: wordList,
  }),
};

export type LexiconFile = keyof typeof lexiconSchema;
export type Lexicon<F extends LexiconFile> = z.infer<(typeof lexiconSchema)[F]>;
