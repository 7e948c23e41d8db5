/**
 * Negation cues (NegEx/ConText style). A negated clause supports a negated claim
 * and contradicts a positive one. Pseudo-cues ("not only", "did not rule out",
 * "not opposed") look like negation but are not.
 */
export const NEGATION_WORDS = new Set([
  'no',
  'not',
  'never',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'without',
  'cannot',
  'denied',
  'denies',
  'deny',
  'denying',
  'refused',
  'refuses',
  'refuse',
  'refusing',
  'rejected',
  'rejects',
  'reject',
  'rejecting',
  'cancelled',
  'canceled',
  'scrapped',
]);

/**
 * Pre-triggers (NegEx): these negate what follows them in the clause ("ended without
 * a deal", "no documents", "neither A nor B"), not what came before ("the summit on
 * Friday ended without a deal" does not negate the summit or its date).
 */
export const FORWARD_ONLY = new Set(['no', 'without', 'none', 'neither', 'nor', 'nobody', 'nothing', 'rejected', 'rejects', 'reject', 'rejecting']);

/** Phrases that negate (matched on normalised words). */
export const NEGATION_PHRASES: string[][] = [
  ['no', 'one'],
  ['far', 'from'],
  ['ruled', 'out'],
  ['rules', 'out'],
  ['ruling', 'out'],
  ['declined', 'to'],
  ['declines', 'to'],
  ['failed', 'to'],
  ['fails', 'to'],
  ['called', 'off'],
  ['no', 'longer'],
];

/**
 * Phrases that contain a negation word but do not negate. When the phrase's last
 * word is itself one of the claim's terms ("not opposed" for a claim about being
 * opposed), the negation is real after all.
 */
export const PSEUDO_NEGATIONS: string[][] = [
  ['not', 'only'],
  ['not', 'just'],
  ['no', 'doubt'],
  ['not', 'rule', 'out'],
  ['not', 'ruling', 'out'],
  ['nothing', 'but'],
  ['no', 'less', 'than'],
  ['no', 'more', 'than'],
  ['no', 'fewer', 'than'],
  ['not', 'opposed'],
  ['not', 'least'],
  ['not', 'to', 'mention'],
  ['whether', 'or', 'not'],
  ['if', 'not'],
  ['none', 'of', 'the', 'above'],
];

/** "has yet to", "is yet to", "remains yet to": not "the most direct effort yet to broker". */
export const YET_TO_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'remain', 'remains', 'remained']);

/** Negations whose scope runs on into a "that" complement ("denied that ..."). */
export const NEGATION_REACHES_COMPLEMENT = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'refused', 'ruled']);

/** True for a contracted negation: "don't", "isn't", "won't". */
export function isContractedNegation(norm: string): boolean {
  return norm.endsWith("n't");
}
