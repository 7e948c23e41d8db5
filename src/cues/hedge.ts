/**
 * Hedge cues: a hedged sentence neither supports nor contradicts; it is reported
 * as `hedge` evidence. Expectations, forecasts, threats and demands hedge ("is expected
 * to", "analysts expect", "threatened to fine", "demand the UN lead"; section 6 of the
 * contract); "set to" and "scheduled for" announce a plan and are not hedges; "would" is
 * one only when it is conditional, not reported future.
 */
export const HEDGE_WORDS = new Set([
  'may',
  'might',
  'could',
  'possible',
  'possibly',
  'possibility',
  'potential',
  'potentially',
  'perhaps',
  'maybe',
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'rumored',
  'rumoured',
  'rumor',
  'rumour',
  'rumors',
  'rumours',
  'speculation',
  'speculated',
  'speculative',
  'considering',
  'floated',
  'floating',
  'proposed',
  'proposal',
  'likely',
  'unlikely',
  'probably',
  'apparently',
  'appears',
  'seems',
  'seem',
  'doubtful',
  'uncertain',
  'unclear',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'wants',
  'intention',
  'intends',
  'hypothetical',
  'should',
  'would',
  'if',
  'unless',
  'whether',
  'expect',
  'expects',
  'expected',
  'expecting',
  'expectation',
  'expectations',
  'forecast',
  'forecasts',
  'predicted',
  'predicts',
  'prediction',
  'projected',
  'projection',
  'anticipated',
  'threatened',
  'threatens',
  'threatening',
  'demand',
  'demands',
  'demanded',
  'urged',
  'urges',
]);

/** Hedging phrases (normalised words). */
export const HEDGE_PHRASES: string[][] = [
  ['as', 'early', 'as'],
  ['as', 'soon', 'as'],
  ['open', 'to'],
  ['idea', 'of'],
  ['in', 'principle'],
  ['want', 'to'],
  ['reported', 'to', 'be'],
  ['said', 'to', 'be'],
  ['believed', 'to', 'be'],
  ['thought', 'to', 'be'],
  // a past expectation or plan is not what happened ("was expected to last seven hours")
  ['was', 'expected'],
  ['were', 'expected'],
  ['had', 'been', 'expected'],
  ['was', 'supposed'],
  ['were', 'supposed'],
  ['had', 'been', 'planned'],
  ['was', 'planned'],
  ['were', 'planned'],
  ['was', 'scheduled'],
  ['were', 'scheduled'],
  ['had', 'been', 'scheduled'],
];

/**
 * Hedges that qualify only the noun phrase after them ("a potential ceasefire",
 * "the idea of a trilateral meeting"), not the whole clause.
 */
export const NOUN_PHRASE_HEDGES = new Set(['possible', 'potential', 'proposed', 'proposal', 'hypothetical', 'rumored', 'rumoured', 'speculative', 'idea']);

/** Phrases with a hedge word that state a perception, not a possibility: "could be heard chanting". */
export const PSEUDO_HEDGES: string[][] = [
  ['could', 'be', 'heard'],
  ['could', 'be', 'seen'],
  ['could', 'hear'],
  ['could', 'see'],
  ['can', 'be', 'heard'],
  ['can', 'be', 'seen'],
];

/** Expectations that a negation in their clause turns into a denial ("no documents are expected to be signed", "is not expected to attend"). */
export const DENIABLE = new Set(['expect', 'expects', 'expected', 'expecting', 'anticipated', 'predicted', 'forecast', 'projected']);

/** Hedges that make everything after them in the sentence conditional. */
export const CONDITIONAL = new Set(['if', 'unless', 'whether']);

/** Wishes and plans: what follows them in the sentence is intended, not done ("his intention to meet ..., before following up with ..."). */
export const VOLITIONAL = new Set(['intention', 'intends', 'hope', 'hopes', 'hoped', 'hoping', 'wants', 'want']);

/** Reporting verbs: "said the meeting would take place" is reported future, not a condition. */
export const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'stated',
  'states',
  'noted',
  'notes',
  'added',
  'wrote',
  'reported',
  'reports',
  'indicated',
  'indicates',
  'claimed',
  'claims',
  'stressed',
  'emphasized',
  'emphasised',
  'explained',
  'revealed',
  'insisted',
  'warned',
  'suggested',
  'hinted',
  'acknowledged',
  'argued',
  'asked',
  'replied',
  'responded',
  'commented',
  'tweeted',
  'posted',
  'declared',
  'characterized',
  'characterised',
  'described',
  'reiterated',
  'agreed',
  'announcing',
  'saying',
  'confirming',
]);
