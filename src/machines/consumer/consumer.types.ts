import type { Verdict } from '../../codes/types.ts';
import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';
import type { VerdictSummary } from '../shared/verdictSummary.ts';

/** Public state names of a consumer (UI code and tests read them). */
export type ConsumerState = 'creating' | 'consuming' | 'recovering' | 'stopped' | 'failed';

/** Input of the consumer machine. Only `stream` is required. */
export interface ConsumerInput {
  /** The stream consumed. */
  stream: string;
  /** Durable consumer name to bind to; absent ⇒ an ordered consumer the machine owns. */
  consumer?: string;
  /** Ordered: one message at a time in stream order, recreated on any gap (default: no `consumer`). */
  ordered?: boolean;
  /** Messages per pull (default 100). */
  maxMessages?: number;
  /** How long one pull stays open, ms (default 30000). */
  expires?: number;
  /** Heartbeat the server sends while a pull is idle, ms (default expires / 2, at most 30000). */
  idleHeartbeat?: number;
  /** Stream sequence to start an ordered consumer at (default: its deliver policy). */
  startSeq?: number;
  /** Whether the connection is up when the actor starts (default false). */
  connected?: boolean;
  /** Recovery delay policy (default `exponentialBackoff`). */
  backoff?: BackoffPolicy;
  /** Uniform random source in [0, 1). */
  random?: () => number;
}

/** Where a message came from, read from its `$JS.ACK` reply subject. */
export interface DeliveryInfo {
  /** The consumer that delivered it (stale consumers' messages are dropped). */
  consumer: string;
  /** Stream sequence. */
  streamSeq: number;
  /** Consumer sequence (1, 2, 3 … per consumer; a jump is a gap). */
  consumerSeq: number;
  /** Messages left in the stream for this consumer. */
  pending: number;
}

/** Context of the consumer machine (plain JSON apart from `backoff.delay` and `random`). */
export interface ConsumerContext {
  stream: string;
  /** The consumer's name: the durable name, or the current ordered consumer's. */
  consumer: string | null;
  ordered: boolean;
  batch: number;
  expires: number;
  idleHeartbeat: number;
  /** Messages the open pulls may still deliver. */
  pending: number;
  /** Generation of the current consumer; bumped on each create (the driver drops older ones). */
  generation: number;
  /** Stream and consumer sequence of the last message delivered to the app (0 before any). */
  streamSeq: number;
  consumerSeq: number;
  /** First stream sequence for the next ordered create (null: the deliver policy). */
  startSeq: number | null;
  /** Messages handed to the app. */
  delivered: number;
  /** Server's count of messages left, from the last delivery. */
  streamPending: number | null;
  /** A message or status arrived since the last heartbeat tick. */
  activity: boolean;
  /** Heartbeat ticks in a row with nothing arriving (2 ⇒ recovering). */
  silentTicks: number;
  attempt: number;
  nextRetryAt: number | null;
  retryDelay: number;
  immediate: boolean;
  connectionUp: boolean;
  lastVerdict: VerdictSummary | null;
  backoff: BackoffPolicy;
  random: () => number;
}

/** Commands to the driver (also emitted: `actor.on('driver.pull', ...)`). */
export type ConsumerDriverCommand =
  /** Create the ordered consumer (from `startSeq`), or look the durable one up. */
  | { type: 'driver.create'; generation: number; startSeq: number | null }
  /** Open a pull: up to `batch` messages, `expires` and `idleHeartbeat` in ms. */
  | { type: 'driver.pull'; generation: number; batch: number; expires: number; idleHeartbeat: number }
  /** Stop pulling and release the inbox (and delete an ordered consumer). */
  | { type: 'driver.stop' };

/** Events the driver or the app send to a consumer machine. */
export type ConsumerEvent =
  | { type: 'created'; generation: number; consumer: string }
  | { type: 'create.failed'; generation: number; verdict: Verdict }
  /** Messages that arrived together (one socket read), in arrival order. */
  | { type: 'messages'; generation: number; messages: readonly Delivery[] }
  /** A status on the pull inbox, classified; `pendingMessages` is what that pull still owed. */
  | {
      type: 'pull.status';
      generation: number;
      verdict: Verdict;
      pendingMessages?: number;
      /** An idle heartbeat's `Nats-Last-Consumer`: the consumer sequence the server last sent. */
      lastConsumerSeq?: number;
    }
  | { type: 'connection.up' }
  | { type: 'connection.down' }
  | { type: 'retryNow' }
  | { type: 'stop' };

/** One message and where it came from. */
export interface Delivery {
  info: DeliveryInfo;
  /** The message itself, opaque to the machine. */
  message: unknown;
}

/** What the machine emits for the app: the messages to hand on, in order. */
export interface ConsumerDelivery {
  type: 'deliver';
  messages: readonly Delivery[];
}
