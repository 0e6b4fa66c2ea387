import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE, SPEC_SOURCE } from './celeriantSources.ts';

const RESUBSCRIBE_REMEDIATION =
  'Let the session open a new watch after a backoff and re-read each aggregate from its cursor; the server does not resume watches.';
const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in watchRules.ts, keyed by rule id. */
export const watchDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.8000': {
    message: 'The watch request is malformed (no filters, conflicting filters).',
    description: 'The watch can never open as requested. The current server effectively never sends it.',
    remediation: 'Give the watch at least one filter and make its filters consistent.',
    source,
  },
  'celeriant.8001': {
    message: 'RequestedLatency exceeds --watch-max-requested-latency-ms.',
    description:
      'The requested coalescing latency is above the server cap (default 2000 ms; the real flag is --max-requested-latency-ms). The watch ends.',
    remediation: 'Lower RequestedLatency to at most max_ms from the details and open the watch again.',
    source,
  },
  'celeriant.8002': {
    message: 'I/O error while reading events for a notification.',
    description:
      'The watch stream ended on a server I/O fault; notifications after it are missed until a new watch opens.',
    remediation: RESUBSCRIBE_REMEDIATION,
    source,
  },
  'celeriant.8003': {
    message: 'Serialisation error while shipping notifications.',
    description: 'The watch stream ended on a server serialisation fault.',
    remediation: RESUBSCRIBE_REMEDIATION,
    source,
  },
  'celeriant.8004': {
    message: 'Other internal error in the watch session.',
    description: 'The watch stream ended on another server fault.',
    remediation: RESUBSCRIBE_REMEDIATION,
    source,
  },
  'celeriant.8005': {
    message:
      'The shard already has the maximum number of watch subscribers (--max-watch-subscribers, default 16384).',
    description:
      'The watch was rejected at open because the per-shard cap is full; it may fit once others close.',
    remediation:
      'Open the watch again after a backoff, or ask the operator to raise --max-watch-subscribers.',
    source: SPEC_SOURCE,
  },
};
