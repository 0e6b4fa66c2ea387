import type { CodeEntry } from '../types.ts';
import { celeriantRow, SPEC_SOURCE } from './celeriantRow.ts';

const RESUBSCRIBE_REMEDIATION =
  'Let the session open a new watch after a backoff and re-read each aggregate from its cursor; the server does not resume watches.';

/**
 * Celeriant watch errors (8xxx), including 8005 which the seed lacks. A watch is the
 * subscription analogue: it owns its connection, and the server closes that connection after
 * 8001, 8002–8004 and 8005.
 */
export const watchRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 8000,
    name: 'WatchRequestInvalid',
    message: 'The watch request is malformed (no filters, conflicting filters).',
    description: 'The watch can never open as requested. The current server effectively never sends it.',
    verdict: { scope: 'subscription', action: 'unsubscribe' },
    remediation: 'Give the watch at least one filter and make its filters consistent.',
    actionClass: 'FAIL',
    connection: 'unknown',
  }),
  celeriantRow({
    code: 8001,
    name: 'LatencyTooHigh',
    message: 'RequestedLatency exceeds --watch-max-requested-latency-ms.',
    description:
      'The requested coalescing latency is above the server cap (default 2000 ms; the real flag is --max-requested-latency-ms). The watch ends.',
    verdict: { scope: 'subscription', action: 'unsubscribe' },
    remediation: 'Lower RequestedLatency to at most max_ms from the details and open the watch again.',
    actionClass: 'FAIL',
    connection: 'closes',
    detailShape: '{"requested_ms","max_ms"}',
  }),
  celeriantRow({
    code: 8002,
    name: 'WatchReadIo',
    message: 'I/O error while reading events for a notification.',
    description:
      'The watch stream ended on a server I/O fault; notifications after it are missed until a new watch opens.',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    remediation: RESUBSCRIBE_REMEDIATION,
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 8003,
    name: 'WatchReadSerialization',
    message: 'Serialisation error while shipping notifications.',
    description: 'The watch stream ended on a server serialisation fault.',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    remediation: RESUBSCRIBE_REMEDIATION,
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 8004,
    name: 'WatchReadOther',
    message: 'Other internal error in the watch session.',
    description: 'The watch stream ended on another server fault.',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    remediation: RESUBSCRIBE_REMEDIATION,
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 8005,
    name: 'WatchTooManySubscribers',
    message:
      'The shard already has the maximum number of watch subscribers (--max-watch-subscribers, default 16384).',
    description:
      'The watch was rejected at open because the per-shard cap is full; it may fit once others close.',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    remediation:
      'Open the watch again after a backoff, or ask the operator to raise --max-watch-subscribers.',
    actionClass: 'BO',
    connection: 'closes',
    detailShape: '{"active_subscribers","max_subscribers"}',
    source: SPEC_SOURCE,
  }),
];
