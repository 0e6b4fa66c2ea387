import type { CodeRule } from '../types.ts';
import { accountErrorRules } from './accountErrorRules.ts';
import { authErrorRules } from './authErrorRules.ts';
import { clientErrorRules } from './clientErrorRules.ts';
import { closeReasonRules } from './closeReasonRules.ts';
import { clusterErrorRules } from './clusterErrorRules.ts';
import { connectionErrorRules } from './connectionErrorRules.ts';
import { docErrorRules } from './docErrorRules.ts';
import { jetStreamErrorRules } from './jetStreamErrorRules.ts';
import { keyValueErrorRules } from './keyValueErrorRules.ts';
import { limitErrorRules } from './limitErrorRules.ts';
import { linkCloseReasonRules } from './linkCloseReasonRules.ts';
import { natsLocalRules } from './localRules.ts';
import { natsDefaultRules } from './natsDefaultRules.ts';
import { natsJsErrorRules } from './natsJsErrorRules.ts';
import { objectStoreErrorRules } from './objectStoreErrorRules.ts';
import { permissionErrorRules } from './permissionErrorRules.ts';
import { protocolErrorRules } from './protocolErrorRules.ts';
import { subjectErrorRules } from './subjectErrorRules.ts';

/** Longest text first: the most specific `-ERR` rule wins a substring match. */
function mostSpecificFirst(rows: readonly CodeRule[]): CodeRule[] {
  return [...rows].sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0));
}

/**
 * Every `-ERR` rule, longest text first, so that both the classifier and `lookup()` (which takes
 * the first row whose text is a substring of the key) pick the most specific rule:
 * `Permissions Violation for Subscription` before `Permissions Violation`.
 */
export const natsErrRules: readonly CodeRule[] = mostSpecificFirst([
  ...authErrorRules,
  ...permissionErrorRules,
  ...limitErrorRules,
  ...protocolErrorRules,
  ...subjectErrorRules,
  ...accountErrorRules,
  ...clusterErrorRules,
  ...connectionErrorRules,
  ...docErrorRules,
]);

/** Every close reason rule, longest text first for the same reason. */
export const natsCloseReasonRules: readonly CodeRule[] = mostSpecificFirst([
  ...closeReasonRules,
  ...linkCloseReasonRules,
]);

/** Every client error class rule: nats.py core, JetStream, key-value, object store, micro, then nats.js. */
export const natsClientErrorRules: readonly CodeRule[] = [
  ...clientErrorRules,
  ...jetStreamErrorRules,
  ...keyValueErrorRules,
  ...objectStoreErrorRules,
  ...natsJsErrorRules,
];

/**
 * Every NATS rule (protocol `nats`): `-ERR` texts, close reasons, client error classes, the
 * default rules and the session's local rules. `-ERR` rules come first so a free-text lookup
 * lands on what the wire says.
 */
export const natsRules: readonly CodeRule[] = [
  ...natsErrRules,
  ...natsCloseReasonRules,
  ...natsClientErrorRules,
  natsDefaultRules.err,
  natsDefaultRules.closeReason,
  natsDefaultRules.clientError,
  ...natsLocalRules,
];
