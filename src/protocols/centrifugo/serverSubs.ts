import type { ClientInfo, Publication, SubscribeResult } from '../../frames/centrifugo/index.ts';
import type { EventSink } from '../shared/Emitter.ts';
import { INVALID_EPOCH } from './buildCommands.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import { toClientInfo } from './callResults.ts';
import { advance, publish } from './emitPublication.ts';
import type { SubscriptionEvents } from './SubscriptionRecord.ts';
import { resultPosition, subscribedEvent, unrecoveredEvent } from './subscribedEvents.ts';

/**
 * Session-level events of server-side subscriptions (channels the server subscribed this
 * connection to), as centrifuge-js emits them on the client. `subscribing` and `unsubscribed`
 * carry only the channel, as there.
 */
export interface ServerSubscriptionEvents
  extends Pick<SubscriptionEvents, 'publication' | 'join' | 'leave' | 'subscribed' | 'unrecovered'> {
  /** The connection dropped; the server subscribes the channel again on reconnect. */
  subscribing: { channel: string };
  /** The server no longer subscribes this connection to the channel. */
  unsubscribed: { channel: string };
}

/** Server-side subscriptions: their events, and positions for the `subs` of the next connect. */
export interface ServerSubs {
  /** Takes the `subs` of a connect reply (channels missing from it are unsubscribed). */
  accept(subs: Record<string, SubscribeResult> | undefined): void;
  /** A server-side `subscribe` push. */
  subscribed(channel: string, result: SubscribeResult): void;
  /** A pub, join or leave push; false when `channel` is not server-side. */
  push(channel: string, kind: 'pub' | 'join' | 'leave', body: Publication | ClientInfo): boolean;
  /** An unsubscribe push; false when `channel` is not server-side. */
  unsubscribed(channel: string): boolean;
  /** The socket is gone: every subscribed channel is `subscribing` again. */
  dropSocket(): void;
  /** Forgets positions so recovery fails visibly (3014). */
  invalidate(): void;
  /** The session stopped: forget every channel, emit nothing more (it will not come back). */
  stop(): void;
  /** Recoverable positions to send with connect. */
  positions(): ReadonlyMap<string, StreamPosition>;
}

interface ServerSub {
  /** Recovery position; only recoverable channels have one (spec §3). */
  position: StreamPosition | undefined;
  subscribed: boolean;
}

/** Builds an empty {@link ServerSubs} that emits to `events`. */
export function createServerSubs(events: EventSink<ServerSubscriptionEvents>): ServerSubs {
  const subs = new Map<string, ServerSub>();
  const subscribed = (channel: string, result: SubscribeResult) => {
    const asked = subs.get(channel)?.position;
    subs.set(channel, {
      position: result.recoverable ? resultPosition(result) : undefined,
      subscribed: true,
    });
    events.emit('subscribed', subscribedEvent(channel, result));
    return asked;
  };
  const push: ServerSubs['push'] = (channel, kind, body) => {
    const sub = subs.get(channel);
    if (!sub) return false;
    if (kind === 'pub') {
      // As for client-side channels, the position includes the publication being delivered.
      if (sub.position) sub.position = advance(sub.position, body as Publication);
      publish(events, channel, body as Publication);
    } else events.emit(kind, { channel, info: toClientInfo(body as ClientInfo) });
    return true;
  };
  const forget = (channel: string) => {
    subs.delete(channel);
    events.emit('unsubscribed', { channel });
    return true;
  };
  return {
    accept(replied = {}) {
      const asked = new Map<string, StreamPosition | undefined>();
      for (const [channel, result] of Object.entries(replied))
        asked.set(channel, subscribed(channel, result));
      for (const [channel, result] of Object.entries(replied)) {
        const lost = unrecoveredEvent(channel, asked.get(channel), result);
        if (lost) events.emit('unrecovered', lost);
        // Recovered publications after every `subscribed`, as centrifuge-js.
        if (result.recovered) for (const pub of result.publications) push(channel, 'pub', pub);
      }
      for (const channel of [...subs.keys()]) if (!asked.has(channel)) forget(channel);
    },
    subscribed: (channel, result) => void subscribed(channel, result),
    push,
    unsubscribed: (channel) => subs.has(channel) && forget(channel),
    dropSocket() {
      for (const [channel, sub] of subs)
        if (sub.subscribed) {
          sub.subscribed = false;
          events.emit('subscribing', { channel });
        }
    },
    invalidate() {
      for (const sub of subs.values()) if (sub.position) sub.position = { offset: 0, epoch: INVALID_EPOCH };
    },
    stop: () => subs.clear(),
    positions() {
      const positions = new Map<string, StreamPosition>();
      for (const [channel, { position }] of subs) if (position) positions.set(channel, position);
      return positions;
    },
  };
}
