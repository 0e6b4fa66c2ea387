/**
 * `codestate/codes`: the code catalog as data and `classify()`. No xstate in here.
 * @packageDocumentation
 */
export { catalog, lookup } from './catalog.ts';
export { type ClassifyOptions, classify, createClassifier } from './classify.ts';
export { describeAction } from './describeAction.ts';
export { explain } from './explain.ts';
export { applyOverrides, overrideMatches, type VerdictOverride } from './override.ts';
export * from './types.ts';
export { MAX_REASON_LENGTH, safeCode, safeText, verdictFrom, verdictOfEntry } from './verdictFrom.ts';
