/**
 * Hedge cues: a hedged sentence neither supports nor contradicts; it is reported
 * as `hedge` evidence. Expectations, forecasts, threats and demands hedge ("is expected
 * to", "analysts expect", "threatened to fine", "demand the UN lead"; section 6 of the
 * contract); "set to" and "scheduled for" announce a plan and are not hedges; "would" is
 * one only when it is conditional, not reported future.
 */
import { LEX } from '../lexicon/index.js';
export const HEDGE_WORDS = LEX.hedgeWords;

/** Hedging phrases (normalised words); a past expectation or plan is one too: it is not what happened ("was expected to last seven hours"). */
export const HEDGE_PHRASES = LEX.hedgePhrases;

/**
 * Hedges that qualify only the noun phrase after them ("a potential ceasefire",
 * "the idea of a trilateral meeting"), not the whole clause.
 */
export const NOUN_PHRASE_HEDGES = LEX.nounPhraseHedges;

/** Phrases with a hedge word that state a perception, not a possibility: "could be heard chanting". */
export const PSEUDO_HEDGES = LEX.pseudoHedgePhrases;

/** Expectations that a negation in their clause turns into a denial ("no documents are expected to be signed", "is not expected to attend"). */
export const DENIABLE = LEX.deniableExpectations;

/** Hedges that make everything after them in the sentence conditional. */
export const CONDITIONAL = LEX.conditionalWords;

/** Wishes and plans: what follows them in the sentence is intended, not done ("his intention to meet ..., before following up with ..."). */
export const VOLITIONAL = LEX.volitionalWords;

/** Reporting verbs: "said the meeting would take place" is reported future, not a condition. */
export const REPORTING_VERBS = LEX.reportingVerbs;
