import type { SnapshotFrom } from 'xstate';
import type { RetryStatus } from '../shared/retryStatus.ts';
import { childState, topState } from '../shared/topState.ts';
import type { consumerMachine } from './consumer.machine.ts';
import type { ConsumerState } from './consumer.types.ts';

/** A snapshot of the consumer machine. */
export type ConsumerSnapshot = SnapshotFrom<typeof consumerMachine>;

/** The UI model of one consumer. */
export interface ConsumerStatus extends RetryStatus<ConsumerState> {
  stream: string;
  /** The consumer's name (the current ordered consumer's changes on each recreate). */
  consumer: string | null;
  ordered: boolean;
  /** True in `stopped` and `failed`. */
  terminal: boolean;
  /** True while a recovery wait can be skipped with `retryNow`. */
  canRetryNow: boolean;
  /** Stream sequence of the last message delivered (0 before any). */
  streamSeq: number;
  /** Messages delivered to the app. */
  delivered: number;
  /** Messages left for this consumer, as the last delivery said (null before any). */
  pending: number | null;
}

/** Derives the {@link ConsumerStatus} from a consumer snapshot. Pure. */
export function selectConsumerStatus(snapshot: ConsumerSnapshot): ConsumerStatus {
  const { context, value } = snapshot;
  const state = topState<ConsumerState>(value);
  const phase = childState(value);
  const last = context.lastVerdict;
  return {
    state,
    phase,
    attempt: context.attempt,
    nextRetryAt: phase === 'backoff' ? context.nextRetryAt : null,
    lastCode: last?.code ?? null,
    lastReason: last?.reason ?? null,
    rule: last?.rule ?? null,
    stream: context.stream,
    consumer: context.consumer,
    ordered: context.ordered,
    terminal: state === 'stopped' || state === 'failed',
    canRetryNow: phase === 'backoff',
    streamSeq: context.streamSeq,
    delivered: context.delivered,
    pending: context.streamPending,
  };
}
