import type { CodeEntry, VerdictSpec } from '../types.ts';
import { CELERIANT_SEED } from './celeriantRow.ts';

const RANGE_SOURCE = `seed ${CELERIANT_SEED} (categories; unlisted values are reserved); spec celeriant.md §4.3`;

function rangeRow(
  from: number,
  to: number,
  category: string,
  verdict: VerdictSpec,
  description: string,
  remediation: string,
): CodeEntry {
  return {
    id: `celeriant.range.${from}-${to}`,
    protocol: 'celeriant',
    kind: 'range',
    name: `${category}Range`,
    message: `A code from ${from} to ${to} (${category.toLowerCase()}) that the catalog does not list.`,
    description,
    verdict,
    remediation,
    source: RANGE_SOURCE,
    extra: { from, to },
  };
}

const UNKNOWN_FAIL =
  'Log the code and message and upgrade codestate if the server is newer; do not resend the same request.';

/**
 * Range rules for Celeriant codes no row names, by category. Codes are sparse and unlisted
 * values are reserved, so a newer server can send one. The schema block 2020–2029 is fully
 * listed, so the 2xxx range covers the rest of 2xxx.
 */
export const celeriantRangeRows: readonly CodeEntry[] = [
  rangeRow(1000, 1999, 'Read', { scope: 'request', action: 'fail' }, 'An unknown read error.', UNKNOWN_FAIL),
  rangeRow(
    2000,
    2999,
    'Write',
    { scope: 'request', action: 'fail' },
    'An unknown write error.',
    UNKNOWN_FAIL,
  ),
  rangeRow(3000, 3999, 'Trim', { scope: 'request', action: 'fail' }, 'An unknown trim error.', UNKNOWN_FAIL),
  rangeRow(
    4000,
    4999,
    'Delete',
    { scope: 'request', action: 'fail' },
    'An unknown delete error.',
    UNKNOWN_FAIL,
  ),
  rangeRow(
    5000,
    5999,
    'Listing',
    { scope: 'request', action: 'fail' },
    'An unknown listing error.',
    UNKNOWN_FAIL,
  ),
  rangeRow(
    6000,
    6999,
    'Replication',
    { scope: 'request', action: 'fail' },
    'An unknown replication-port error; clients should never see one.',
    'Point the client at the client port (default 10000), not the replication port.',
  ),
  rangeRow(
    7000,
    7999,
    'Exists',
    { scope: 'request', action: 'fail' },
    'An unknown existence-check error.',
    UNKNOWN_FAIL,
  ),
  rangeRow(
    8000,
    8999,
    'Watch',
    { scope: 'subscription', action: 'resubscribe' },
    'An unknown watch error. Most watch errors end the stream and a new watch recovers, so the watch is reopened after a backoff rather than silently lost.',
    'Log the code; the session opens a new watch after a backoff and re-reads from its cursors.',
  ),
  rangeRow(
    9000,
    9999,
    'ShardRouting',
    { scope: 'request', action: 'fail' },
    'An unknown shard routing error.',
    UNKNOWN_FAIL,
  ),
  rangeRow(
    10000,
    10999,
    'Identity',
    { scope: 'connection', action: 'refresh-token', clearToken: true },
    'An unknown identity or authentication error: the session reconnects once with fresh credentials, and a second auth error in a row closes it.',
    'Check the client identity key, the API key and the clock; log the code for the operator.',
  ),
  rangeRow(
    11000,
    11999,
    'ServerHealth',
    { scope: 'request', action: 'retry' },
    'An unknown server health error; like ServerBusy it is treated as transient.',
    'Back off and resend the same request; tell the operator if it persists.',
  ),
];

/** The rule for codes outside every range, and for NaN, negative, fractional or huge codes. */
export const celeriantDefaultRow: CodeEntry = {
  id: 'celeriant.default',
  protocol: 'celeriant',
  kind: 'range',
  name: 'Unknown',
  message: 'A code outside every Celeriant category, or not a valid code at all.',
  description:
    'Nothing says the request could succeed if resent, so it fails rather than retrying a hopeless error.',
  verdict: { scope: 'request', action: 'fail' },
  remediation: 'Check that the peer is a Celeriant client port; log the code and message for the operator.',
  source: 'codestate default rule',
  extra: { default: true },
};
