import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.replyErrors;

/** Message, description, remediation and source of each rule in errorRangeRules.ts, keyed by rule id. */
export const errorRangeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.error.below-100': {
    message: 'client-side error',
    description: 'Error codes below 100 are client-side (timeouts, closed transport): try again.',
    remediation: 'Let the session try again; check the network and the timeout option if it repeats.',
    source,
  },
  'centrifugo.error.temporary': {
    message: 'temporary error',
    description: 'A reply error the server or proxy marked temporary: try again with backoff.',
    remediation: 'Let the session try again with backoff.',
    source,
  },
  'centrifugo.error.default': {
    message: 'error',
    description:
      'A reply error that is not temporary, not below 100 and not 109 (custom proxy codes included): permanent for this phase.',
    remediation:
      'Fix the cause the error message names; mark the error temporary in your proxy if a retry can help.',
    source,
  },
  'centrifugo.error.subscribe-timeout': {
    message: 'timeout',
    description:
      'A subscribe command timed out: centrifuge-js reconnects the whole client (connecting code 3).',
    remediation: 'Raise the timeout option or find why the server answers subscribe slowly.',
    source,
  },
  'centrifugo.error.subscribe-connection-closed': {
    message: 'connection closed',
    description:
      'The transport closed while a subscribe was in flight: ignored, the subscription resubscribes on the next connect.',
    remediation: 'Nothing to do; the connection handles the reconnect.',
    source,
  },
  'centrifugo.error.subscribe-strict-unrecoverable': {
    message: 'unrecoverable position',
    description:
      'A subscribe with getState (flag rejectUnrecovered) named a position the server can no longer recover: forget the position, back off, call getState for a fresh state and position, subscribe again (centrifuge-js 5.8).',
    remediation:
      'Nothing to do if getState loads the current state; keep a longer channel history on the server to recover instead of reloading.',
    source,
  },
};
