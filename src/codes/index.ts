/**
 * `codestate/codes`: the code catalog as data and `classify()`. No xstate in here.
 * @packageDocumentation
 */
export { catalog, lookup } from './catalog.ts';
export { classifyCeleriant } from './celeriant/classifyCeleriant.ts';
export { classifyCentrifugo } from './centrifugo/classifyCentrifugo.ts';
export { classifyCentrifugoLegacy } from './centrifugo/classifyCentrifugoLegacy.ts';
export { type ClassifyOptions, classify, createClassifier } from './classify.ts';
export { UNKNOWN_LOCAL_RULE } from './classifyLocal.ts';
export { classifyClient } from './client/classifyClient.ts';
export { createProtocolClassifier } from './createProtocolClassifier.ts';
export { describeAction } from './describeAction.ts';
export { explain } from './explain.ts';
export { classifyNats } from './nats/classifyNats.ts';
export { applyOverrides, overrideMatches, type VerdictOverride } from './override.ts';
export * from './types.ts';
export { MAX_REASON_LENGTH, safeCode, safeText, verdictFrom, verdictOfEntry } from './verdictFrom.ts';
