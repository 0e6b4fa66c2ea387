import type { SubscribeResult } from '../../frames/centrifugo/index.ts';
import { INVALID_EPOCH } from './buildCommands.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';

/** Server-side subscriptions: positions remembered for the `subs` field of the next connect. */
export interface ServerSubs {
  /** Takes the `subs` of a connect reply. */
  accept(subs: Record<string, SubscribeResult> | undefined): void;
  /** A server-side `subscribe` push. */
  subscribed(channel: string, result: SubscribeResult): void;
  /** A publication on a server-side channel; false when the channel is not one. */
  advance(channel: string, offset: number | undefined): boolean;
  /** Forgets positions so recovery fails visibly (3014). */
  invalidate(): void;
  /** Recoverable positions to send with connect. */
  positions(): ReadonlyMap<string, StreamPosition>;
}

/** Builds an empty {@link ServerSubs}. */
export function createServerSubs(): ServerSubs {
  const known = new Map<string, StreamPosition>();
  const subscribed = (channel: string, result: SubscribeResult) => {
    if (result.recoverable) known.set(channel, { offset: result.offset ?? 0, epoch: result.epoch ?? '' });
    else known.delete(channel);
  };
  return {
    accept(subs) {
      for (const [channel, result] of Object.entries(subs ?? {})) subscribed(channel, result);
    },
    subscribed,
    advance(channel, offset) {
      const position = known.get(channel);
      if (!position) return false;
      if (offset !== undefined) position.offset = offset;
      return true;
    },
    invalidate() {
      for (const position of known.values()) {
        position.offset = 0;
        position.epoch = INVALID_EPOCH;
      }
    },
    positions: () => known,
  };
}
