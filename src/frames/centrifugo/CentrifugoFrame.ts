import type { ClientInfo } from './clientInfoSchema.ts';
import type { ConnectResult } from './connectResultSchema.ts';
import type { Publication } from './publicationSchema.ts';
import type { RefreshResult } from './refreshResultSchema.ts';
import type { ReplyError } from './replyErrorSchema.ts';
import type { ReplyEnvelope } from './replySchema.ts';
import type { SubscribeResult } from './subscribeResultSchema.ts';

/** Where a push is addressed: a channel name, or a compacted channel id (Centrifugo PRO). */
interface PushTarget {
  /** Channel name; empty for connection-level pushes and compacted channels. */
  channel: string;
  /** Compacted channel id, when the server uses channel compaction (undefined otherwise). */
  channelId?: number | undefined;
}

/** One validated push, discriminated by `kind`. `unknown` is a body this client does not know. */
export type CentrifugoPush = PushTarget &
  (
    | { kind: 'pub'; pub: Publication }
    | { kind: 'join'; info: ClientInfo }
    | { kind: 'leave'; info: ClientInfo }
    | { kind: 'unsubscribe'; code: number; reason: string }
    | { kind: 'message'; data: unknown }
    | { kind: 'subscribe'; subscribe: SubscribeResult }
    | { kind: 'connect'; connect: ConnectResult }
    | { kind: 'disconnect'; code: number; reason: string }
    | { kind: 'refresh'; refresh: RefreshResult }
    | { kind: 'unknown' }
  );

/** One validated inbound Centrifugo frame (one line of a newline-batched message). */
export type CentrifugoFrame =
  | { type: 'ping' }
  | { type: 'push'; push: CentrifugoPush }
  | {
      type: 'reply';
      /** The command id this reply answers (always > 0). */
      id: number;
      /** The error, when the command failed. */
      error?: ReplyError;
      /** The whole validated reply; read the result field of the command you sent. */
      reply: ReplyEnvelope;
    };
