import type { CodeEntry } from '../types.ts';
import { accountErrorRows } from './accountErrorRows.ts';
import { authErrorRows } from './authErrorRows.ts';
import { clientErrorRows } from './clientErrorRows.ts';
import { closeReasonRows } from './closeReasonRows.ts';
import { clusterErrorRows } from './clusterErrorRows.ts';
import { connectionErrorRows } from './connectionErrorRows.ts';
import { docErrorRows } from './docErrorRows.ts';
import { jetStreamErrorRows } from './jetStreamErrorRows.ts';
import { keyValueErrorRows } from './keyValueErrorRows.ts';
import { limitErrorRows } from './limitErrorRows.ts';
import { linkCloseReasonRows } from './linkCloseReasonRows.ts';
import { natsDefaultRows } from './natsDefaultRows.ts';
import { natsJsErrorRows } from './natsJsErrorRows.ts';
import { objectStoreErrorRows } from './objectStoreErrorRows.ts';
import { permissionErrorRows } from './permissionErrorRows.ts';
import { protocolErrorRows } from './protocolErrorRows.ts';
import { subjectErrorRows } from './subjectErrorRows.ts';

/** Longest text first: the most specific `-ERR` row wins a substring match. */
function mostSpecificFirst(rows: readonly CodeEntry[]): CodeEntry[] {
  return [...rows].sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0));
}

/**
 * Every `-ERR` row, longest text first, so that both the classifier and `lookup()` (which takes
 * the first row whose text is a substring of the key) pick the most specific row:
 * `Permissions Violation for Subscription` before `Permissions Violation`.
 */
export const natsErrRows: readonly CodeEntry[] = mostSpecificFirst([
  ...authErrorRows,
  ...permissionErrorRows,
  ...limitErrorRows,
  ...protocolErrorRows,
  ...subjectErrorRows,
  ...accountErrorRows,
  ...clusterErrorRows,
  ...connectionErrorRows,
  ...docErrorRows,
]);

/** Every close reason row, longest text first for the same reason. */
export const natsCloseReasonRows: readonly CodeEntry[] = mostSpecificFirst([
  ...closeReasonRows,
  ...linkCloseReasonRows,
]);

/** Every client error class row: nats.py core, JetStream, key-value, object store, micro, then nats.js. */
export const natsClientErrorRows: readonly CodeEntry[] = [
  ...clientErrorRows,
  ...jetStreamErrorRows,
  ...keyValueErrorRows,
  ...objectStoreErrorRows,
  ...natsJsErrorRows,
];

/**
 * Every NATS row (protocol `nats`): `-ERR` texts, close reasons, client error classes and the
 * default rules. `-ERR` rows come first so a free-text lookup lands on what the wire says.
 */
export const natsRows: readonly CodeEntry[] = [
  ...natsErrRows,
  ...natsCloseReasonRows,
  ...natsClientErrorRows,
  natsDefaultRows.err,
  natsDefaultRows.closeReason,
  natsDefaultRows.clientError,
];
