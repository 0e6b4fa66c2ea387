import type { CodeRule } from '../../types.ts';
import { NATS_VERDICTS as V } from '../natsVerdicts.ts';

const base = { protocol: 'nats', kind: 'local' } as const;

/**
 * What JetStream calls and the consumer machine decide without a server code: a request with no
 * answer, a missed heartbeat, a gap in an ordered consumer's sequences. Rows, so `rule` and
 * `explain()` cover these transitions too.
 */
export const jsLocalRules: readonly CodeRule[] = [
  // nats.js retries a JetStream request that found no responders: a stream leader may be moving.
  { ...base, id: 'nats.js.no-responders', name: 'JetStreamNoResponders', verdict: V.retry },
  { ...base, id: 'nats.js.timeout', name: 'JetStreamTimeout', verdict: V.retry },
  { ...base, id: 'nats.js.disconnected', name: 'JetStreamDisconnected', verdict: V.retry },
  { ...base, id: 'nats.js.bad-response', name: 'JetStreamBadResponse', verdict: V.fail },
  { ...base, id: 'nats.consumer.heartbeats-missed', name: 'HeartbeatsMissed', verdict: V.resubscribe },
  { ...base, id: 'nats.consumer.sequence-gap', name: 'OrderedSequenceGap', verdict: V.resubscribe },
  { ...base, id: 'nats.consumer.stopped', name: 'ConsumerStopped', verdict: V.unsubscribe },
];
