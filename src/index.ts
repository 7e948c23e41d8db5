export { type CheckOptions, check, checkReport, evaluateAll, evaluateClaim, type Prepared, prepare, prepareAll, prepareFrom } from './check.js';
export { type LoadedClaim, type LoadedClaims, loadClaims, parseClaimFiles } from './claims/load.js';
export { type Claim, type ClaimFile, ClaimFileSchema, ClaimSchema, claimFileJsonSchema } from './claims/schema.js';
export { type LoadedCorpus, loadCorpus, parseSource, type Source } from './corpus/load.js';
export { type Sentence, segment } from './corpus/segment.js';
export { type ErrorCode, formatError, type InputError, InputErrors } from './errors.js';
export { reporters } from './report/index.js';
export type * from './types.js';
