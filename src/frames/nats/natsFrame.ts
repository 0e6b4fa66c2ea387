import type { NatsInfo } from './natsInfo.ts';

/** Decoded NATS/1.0 headers of an HMSG, with the optional status line (e.g. `503`). */
export interface NatsHeaders {
  /** Status code of the version line (`NATS/1.0 503`), when present. */
  status: number | undefined;
  /** Text after the status code (`No Responders`, `Idle Heartbeat`), when present. */
  description: string | undefined;
  /** Header fields in arrival order; names keep their case, values are trimmed. */
  entries: [name: string, value: string][];
}

/** A message delivered on a subscription (MSG, or HMSG when `headers` is set). */
export interface NatsMsgFrame {
  kind: 'msg';
  subject: string;
  sid: number;
  reply: string | undefined;
  headers: NatsHeaders | undefined;
  /** The payload bytes. May be a view into the chunk passed to the parser: do not reuse that chunk. */
  payload: Uint8Array;
}

/** Everything a NATS server sends to a client. */
export type NatsFrame =
  | { kind: 'info'; info: NatsInfo }
  | NatsMsgFrame
  | { kind: 'ping' }
  | { kind: 'pong' }
  | { kind: 'ok' }
  /** `-ERR`: `text` is cleaned once, here (trimmed, quotes removed), as `classify()` matches it. */
  | { kind: 'err'; text: string };
