import type { SubscribeResult } from '../../frames/centrifugo/index.ts';
import { INVALID_EPOCH } from './buildCommands.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';

/**
 * The `subscribed` event, as centrifuge-js's subscribe context (spec §3): what the server said
 * about the stream and about recovery. `streamPosition` only for positioned or recoverable streams.
 */
export interface SubscribedEvent {
  channel: string;
  recoverable: boolean;
  positioned: boolean;
  /** The subscribe asked to resume from a position. */
  wasRecovering: boolean;
  /** The server resumed it with nothing missed (`wasRecovering && !recovered`: publications lost). */
  recovered: boolean;
  /** Recovered publications follow this event. */
  hasRecoveredPublications: boolean;
  streamPosition?: StreamPosition;
  data?: unknown;
}

/** Why a recovery failed: the client threw its position away (3014, 2502), a new epoch, or a gap. */
export type UnrecoveredReason = 'state-invalidated' | 'epoch-changed' | 'not-recovered';

/**
 * Publications were lost: a subscribe asked to resume from `previous` and the server did not
 * recover. The app should reload what it shows (history or its own API); live publications
 * continue from `current`.
 */
export interface UnrecoveredEvent {
  channel: string;
  reason: UnrecoveredReason;
  /** The position the subscribe asked to resume from (the last the app received). */
  previous: StreamPosition;
  /** The stream's position now, when the server gave one. */
  current?: StreamPosition;
}

/** The position a subscribe result names, when the stream has one. */
export function resultPosition(result: SubscribeResult): StreamPosition | undefined {
  return result.recoverable || result.positioned
    ? { offset: result.offset ?? 0, epoch: result.epoch ?? '' }
    : undefined;
}

/** Builds the `subscribed` event of `channel` from its subscribe result. */
export function subscribedEvent(channel: string, result: SubscribeResult): SubscribedEvent {
  const event: SubscribedEvent = {
    channel,
    recoverable: result.recoverable,
    positioned: result.positioned,
    wasRecovering: result.was_recovering,
    recovered: result.recovered,
    hasRecoveredPublications: result.publications.length > 0,
  };
  const position = resultPosition(result);
  if (position) event.streamPosition = position;
  if (result.data !== undefined) event.data = result.data;
  return event;
}

/** The `unrecovered` event when a subscribe that asked to resume from `asked` was not recovered. */
export function unrecoveredEvent(
  channel: string,
  asked: StreamPosition | undefined,
  result: SubscribeResult,
): UnrecoveredEvent | undefined {
  if (!asked || result.recovered) return undefined;
  const current = resultPosition(result);
  const reason: UnrecoveredReason =
    asked.epoch === INVALID_EPOCH
      ? 'state-invalidated'
      : current && asked.epoch !== '' && current.epoch !== asked.epoch
        ? 'epoch-changed'
        : 'not-recovered';
  return current ? { channel, reason, previous: asked, current } : { channel, reason, previous: asked };
}
