/**
 * Negation cues (NegEx/ConText style). A negated clause supports a negated claim
 * and contradicts a positive one. Pseudo-cues ("not only", "did not rule out",
 * "not opposed") look like negation but are not.
 */
import { LEX } from '../lexicon/index.js';
export const NEGATION_WORDS = LEX.negationWords;

/**
 * Pre-triggers (NegEx): these negate what follows them in the clause ("ended without
 * a deal", "no documents", "neither A nor B"), not what came before ("the summit on
 * Friday ended without a deal" does not negate the summit or its date).
 */
export const FORWARD_ONLY = LEX.forwardOnlyNegations;

/** Phrases that negate (matched on normalised words). */
export const NEGATION_PHRASES = LEX.negationPhrases;

/**
 * Phrases that contain a negation word but do not negate. When the phrase's last
 * word is itself one of the claim's terms ("not opposed" for a claim about being
 * opposed), the negation is real after all.
 */
export const PSEUDO_NEGATIONS = LEX.pseudoNegationPhrases;

/** "has yet to", "is yet to", "remains yet to": not "the most direct effort yet to broker". */
export const YET_TO_AFTER = LEX.yetToAfter;

/** Negations whose scope runs on into a "that" complement ("denied that ..."). */
export const NEGATION_REACHES_COMPLEMENT = LEX.negationsReachingComplement;

/** True for a contracted negation: "don't", "isn't", "won't". */
export function isContractedNegation(norm: string): boolean {
  return norm.endsWith("n't");
}
