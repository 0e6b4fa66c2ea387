import type { HistoryOptions } from './CentrifugoSubscription.ts';
import {
  type HistoryResult,
  type PresenceResult,
  type PresenceStatsResult,
  toHistory,
  toPresence,
  toPresenceStats,
} from './callResults.ts';
import type { ReplyFrame } from './createCommandLink.ts';

/** Sends one command once connected and resolves with its reply. */
export type Call = (method: string, body: Record<string, unknown>) => Promise<ReplyFrame>;

/** The request/reply methods of a session (and, per channel, of a subscription handle). */
export interface CentrifugoCalls {
  publish(channel: string, data: unknown): Promise<void>;
  rpc(method: string, data: unknown): Promise<unknown>;
  history(channel: string, options?: HistoryOptions): Promise<HistoryResult>;
  presence(channel: string): Promise<PresenceResult>;
  presenceStats(channel: string): Promise<PresenceStatsResult>;
}

/**
 * Builds the call methods on top of `call`. A reply without its result field is read as the
 * empty result, as the server omits empty fields. Results come in centrifuge-js's shapes
 * (`callResults.ts`); the wire's snake_case names stay inside.
 */
export function createCalls(call: Call): CentrifugoCalls {
  return {
    publish: async (channel, data) => void (await call('publish', { channel, data })),
    rpc: async (method, data) => (await call('rpc', { method, data })).reply.rpc?.data,
    history: async (channel, options = {}) =>
      toHistory(
        channel,
        (await call('history', { channel, ...options })).reply.history ?? {
          publications: [],
          epoch: '',
          offset: 0,
        },
      ),
    presence: async (channel) =>
      toPresence((await call('presence', { channel })).reply.presence ?? { presence: {} }),
    presenceStats: async (channel) =>
      toPresenceStats(
        (await call('presence_stats', { channel })).reply.presence_stats ?? { num_clients: 0, num_users: 0 },
      ),
  };
}
