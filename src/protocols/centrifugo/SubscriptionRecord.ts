import type { SubscriptionEvent } from '../../machines/subscription/subscription.types.ts';
import type { EventSink } from '../shared/Emitter.ts';
import type { SubscriptionTableSnapshot } from '../shared/subscriptionTable.ts';
import type { CentrifugoSubscriptionOptions, StreamPosition } from './CentrifugoOptions.ts';
import type { ClientInfo, PublicationContext } from './callResults.ts';
import type { DeltaState, FossilDelta } from './deltaCodec.ts';
import type { SubscribedEvent, UnrecoveredEvent } from './subscribedEvents.ts';
import type { FilterNode } from './tagsFilter.ts';

/** Events a subscription handle emits to the app. */
export interface SubscriptionEvents {
  /** A publication (`data` with any delta applied), in centrifuge-js's publication context. */
  publication: PublicationContext;
  /** A client joined (channels with `joinLeave`). */
  join: { channel: string; info: ClientInfo };
  /** A client left. */
  leave: { channel: string; info: ClientInfo };
  error: { channel: string; type: string; code: number; message: string };
  /** The server accepted a subscribe (before any recovered publications). */
  subscribed: SubscribedEvent;
  /** A subscribe that asked to recover was not recovered: publications were lost. */
  unrecovered: UnrecoveredEvent;
}

/** An event for the subscription machine (the contract's events). */
export type SubscriptionMachineEvent =
  | {
      type: 'subscribe.ok';
      position: StreamPosition | null;
      wasRecovering: boolean;
      recovered: boolean;
    }
  | { type: 'server.verdict'; verdict: import('../../codes/types.ts').Verdict }
  | { type: 'position'; position: StreamPosition };

/**
 * What the driver keeps per channel. Positions and tokens live here (not in machine context) so
 * that no secret reaches the inspector and recovery fields are built in one place.
 */
export interface SubscriptionRecord {
  readonly channel: string;
  readonly options: CentrifugoSubscriptionOptions;
  /** The current subscription token ('' = none yet). */
  token: string;
  /** Subscribe data for the next subscribe (`options.data`, `setData`, or the last `getData`). */
  data: unknown;
  /** Tags filter for the next subscribe (`options.tagsFilter`, `setTagsFilter`). */
  tagsFilter: FilterNode | null | undefined;
  /** The delta chain, on subscriptions with `delta: 'fossil'`. */
  delta: DeltaState | undefined;
  /** Last position seen, for recovery. */
  position: StreamPosition | undefined;
  /** Highest offset handed to the app, and its epoch: a publication at or below it is a duplicate. */
  delivered?: StreamPosition;
  /** The server said the stream is recoverable. */
  recoverable: boolean;
  /** A subscribe is in flight on the current socket. */
  inflight: boolean;
  /** Subscribed on the current socket (pushes for it are accepted). */
  live: boolean;
  /** Cancels the pending token refresh, if any. */
  stopRefresh: () => void;
  /** Tokens in a row that expired at once: paces `sub_refresh` (see `refreshDelay`). */
  shortTtls: number;
  /** The server said the token expired (a `refresh-token` verdict): only `getToken` can help. */
  tokenExpired: boolean;
  /** Bumped per subscribe/unsubscribe so that late replies of an older attempt are ignored. */
  seq: number;
  /** This subscription's machine (its handle in the session's table), until it is removed. */
  machine: SubscriptionMachinePort | undefined;
  /** The app's listeners. */
  readonly events: EventSink<SubscriptionEvents>;
}

/** How the driver reaches a subscription's machine. */
export interface SubscriptionMachinePort {
  send(event: SubscriptionEvent): void;
  getSnapshot(): SubscriptionTableSnapshot;
  /** See `SubscriptionTable.wantsSubscribe`. */
  wantsSubscribe(): boolean;
  /**
   * The record's position moved (a publication): a watched machine hears of it now, the others
   * when next read (a machine step per publication would cost more than decoding it).
   */
  positionMoved(): void;
}

const noop = () => {};

/** Sends a reply, verdict or position to the record's machine (nothing once it was removed). */
export function toMachine(record: SubscriptionRecord, event: SubscriptionMachineEvent): void {
  record.machine?.send(event);
}

/**
 * True while the record's machine waits to subscribe (`subscribing.waiting` or `.requesting`, or
 * `subscribed` with a drop it has not heard of yet): the driver batches those subscribes with the
 * next connect.
 */
export function wantsSubscribe(record: SubscriptionRecord): boolean {
  return record.machine?.wantsSubscribe() ?? false;
}

/** A fresh record for `channel`. */
export function createSubscriptionRecord(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  events: EventSink<SubscriptionEvents>,
  fossil?: FossilDelta,
): SubscriptionRecord {
  return {
    channel,
    options,
    token: options.token ?? '',
    data: options.data,
    tagsFilter: options.tagsFilter,
    delta: options.delta && fossil ? { codec: fossil, negotiated: false, base: undefined } : undefined,
    position: options.since,
    recoverable: options.since !== undefined,
    inflight: false,
    live: false,
    stopRefresh: noop,
    seq: 0,
    tokenExpired: false,
    shortTtls: 0,
    machine: undefined,
    events,
  };
}
