import type { CodeDoc } from '../types.ts';
import { CELERIANT_SEED } from './celeriantSources.ts';

const UNKNOWN_FAIL =
  'Log the code and message and upgrade codestate if the server is newer; do not resend the same request.';
const source = `seed ${CELERIANT_SEED} (categories; unlisted values are reserved); spec celeriant.md §4.3`;

/** Message, description, remediation and source of each rule in rangeRules.ts, keyed by rule id. */
export const rangeDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.range.1000-1999': {
    message: 'A code from 1000 to 1999 (read) that the catalog does not list.',
    description: 'An unknown read error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.2000-2999': {
    message: 'A code from 2000 to 2999 (write) that the catalog does not list.',
    description: 'An unknown write error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.3000-3999': {
    message: 'A code from 3000 to 3999 (trim) that the catalog does not list.',
    description: 'An unknown trim error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.4000-4999': {
    message: 'A code from 4000 to 4999 (delete) that the catalog does not list.',
    description: 'An unknown delete error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.5000-5999': {
    message: 'A code from 5000 to 5999 (listing) that the catalog does not list.',
    description: 'An unknown listing error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.6000-6999': {
    message: 'A code from 6000 to 6999 (replication) that the catalog does not list.',
    description: 'An unknown replication-port error; clients should never see one.',
    remediation: 'Point the client at the client port (default 10000), not the replication port.',
    source,
  },
  'celeriant.range.7000-7999': {
    message: 'A code from 7000 to 7999 (exists) that the catalog does not list.',
    description: 'An unknown existence-check error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.8000-8999': {
    message: 'A code from 8000 to 8999 (watch) that the catalog does not list.',
    description:
      'An unknown watch error. Most watch errors end the stream and a new watch recovers, so the watch is reopened after a backoff rather than silently lost.',
    remediation: 'Log the code; the session opens a new watch after a backoff and re-reads from its cursors.',
    source,
  },
  'celeriant.range.9000-9999': {
    message: 'A code from 9000 to 9999 (shardrouting) that the catalog does not list.',
    description: 'An unknown shard routing error.',
    remediation: UNKNOWN_FAIL,
    source,
  },
  'celeriant.range.10000-10999': {
    message: 'A code from 10000 to 10999 (identity) that the catalog does not list.',
    description:
      'An unknown identity or authentication error: the session reconnects once with fresh credentials, and a second auth error in a row closes it.',
    remediation: 'Check the client identity key, the API key and the clock; log the code for the operator.',
    source,
  },
  'celeriant.range.11000-11999': {
    message: 'A code from 11000 to 11999 (serverhealth) that the catalog does not list.',
    description: 'An unknown server health error; like ServerBusy it is treated as transient.',
    remediation: 'Back off and resend the same request; tell the operator if it persists.',
    source,
  },
  'celeriant.default': {
    message: 'A code outside every Celeriant category, or not a valid code at all.',
    description:
      'Nothing says the request could succeed if resent, so it fails rather than retrying a hopeless error.',
    remediation: 'Check that the peer is a Celeriant client port; log the code and message for the operator.',
    source: 'codestate default rule',
  },
};
