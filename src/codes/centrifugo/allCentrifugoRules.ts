import type { CodeRule } from '../types.ts';
import { currentCentrifugoRules } from './centrifugoRules.ts';
import { legacyCentrifugoRules } from './legacyCentrifugoRules.ts';

/**
 * Every Centrifugo rule, for the catalog: current numbering, then legacy numbering
 * (`centrifugo-legacy`). The legacy rows live apart so a session's bundle, which never classifies
 * legacy codes, leaves them out (rollup.config.mjs gives them a chunk of their own).
 */
export const centrifugoRules: readonly CodeRule[] =
  // concat, not a spread: a bundler must keep a spread (it runs an iterator); a pure call is
  // dropped when nothing reads the result.
  /* @__PURE__ */ currentCentrifugoRules.concat(legacyCentrifugoRules);
