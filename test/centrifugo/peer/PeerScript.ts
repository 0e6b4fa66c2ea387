/**
 * Scripts for the scripted Centrifugo peer, as plain JSON-able data so tests, the demo and the
 * browser example can replay them.
 */

/** A reply error exactly as Centrifugo writes it. */
export interface PeerError {
  code: number;
  message: string;
  temporary?: boolean;
}

/** How the peer answers one command: a result object, an error, or silence. */
export type PeerAnswer = { result: Record<string, unknown> } | { error: PeerError } | { ignore: true };

/** Command kinds a script can wait for. `pong` is the empty `{}` command. */
export type CommandKind =
  | 'connect'
  | 'subscribe'
  | 'unsubscribe'
  | 'publish'
  | 'rpc'
  | 'history'
  | 'presence'
  | 'presence_stats'
  | 'refresh'
  | 'sub_refresh'
  | 'send'
  | 'pong';

/** One step, run in order once the connect command has been answered. */
export type PeerStep =
  /** Pause. */
  | { wait: number }
  /** Send these replies/pushes as one WebSocket message, joined by `\n` (raw strings are sent as is). */
  | { send: readonly unknown[] | string }
  /** Write these bytes as they are (a stream gets no newline added; a WebSocket one message). */
  | { raw: string }
  /** Send a ping (`{}`) and expect one pong when the connect reply said `pong: true`. */
  | { ping: true }
  /**
   * Close with this code and reason (a plain reason, or a legacy JSON advice string). Over HTTP
   * streaming and SSE: a disconnect push with them, then the end of the stream (as Centrifugo).
   */
  | { close: number; reason?: string }
  /** Drop the TCP connection without a close frame (the client sees 1006). */
  | { terminate: true }
  /** Wait until this many commands of that kind arrived on this connection (default 1). */
  | { waitFor: CommandKind; count?: number };

/** What the peer does on one connection. */
export interface PeerScript {
  /** Answer to the connect command; default a plain success. `result` fields merge into the default. */
  connect?: PeerAnswer;
  /**
   * Answer to subscribe commands, by channel; `*` for any channel. Default `{}` success. A list
   * answers the channel's subscribes on this connection in turn (its last answer repeats).
   */
  subscribe?: Record<string, PeerAnswer | readonly PeerAnswer[]>;
  /** Answers to other commands by kind; default success with an empty result. */
  answers?: Partial<Record<CommandKind, PeerAnswer>>;
  /** Steps after the connect answer was written. */
  steps?: readonly PeerStep[];
}

/** A command as the peer received it. */
export interface ReceivedCommand {
  kind: CommandKind | 'unknown';
  id: number;
  body: Record<string, unknown>;
  /** Index of the message it came in (WebSocket message, or emulation POST; commands batched together share it). */
  message: number;
}
