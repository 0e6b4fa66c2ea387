import type { CodeRule } from '../types.ts';
import { legacyDisconnectRules } from './legacyDisconnectRules.ts';
import { legacyErrorRules } from './legacyErrorRules.ts';
import { legacyRangeRules } from './legacyRangeRules.ts';
import { legacyServerApiRules } from './legacyServerApiRules.ts';

/** The Centrifugo <= v3.1 rules (`centrifugo-legacy`): only `classifyCentrifugoLegacy` and the catalog read them. */
export const legacyCentrifugoRules: readonly CodeRule[] = /* @__PURE__ */ legacyErrorRules.concat(
  legacyDisconnectRules,
  legacyServerApiRules,
  legacyRangeRules,
);
