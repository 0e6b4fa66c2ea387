import type { WebSocketConstructor } from '../../../transports/webSocketLike.ts';

/** The transports Centrifugo speaks (centrifuge-js names). */
export type CentrifugoTransportName = 'websocket' | 'http_stream' | 'sse';

/** How a Centrifugo transport ended. */
export interface CentrifugoTransportClose {
  /** The WebSocket close code; absent when the server said nothing (a stream ended or failed). */
  code?: number;
  /** The close reason as the server sent it, or what failed, in words (`HTTP 502`, `stream ended`). */
  reason: string;
  /** True when the transport never opened (refused, HTTP error, bad URL). */
  neverOpened: boolean;
}

/** What a transport reports to the driver. None fires after `close()`. */
export interface CentrifugoTransportHandlers {
  /** The transport can carry commands (the socket opened, or the stream's response arrived). */
  onOpen(): void;
  /** One message: a WebSocket message, one line of an HTTP stream, or one SSE event's data. */
  onMessage(data: unknown): void;
  /** The transport ended; called at most once. */
  onClose(close: CentrifugoTransportClose): void;
}

/** An open (or opening) transport. */
export interface CentrifugoConnection {
  /** Sends commands (newline-joined JSON); false when it cannot (not open, or not bound yet). */
  send(text: string): boolean;
  /** Emulation only: the session and node ids of the connect reply, sent with every command. */
  bind?(session: string, node: string): void;
  /** Closes; no handler fires afterwards. `code`/`reason` go into a WebSocket close frame. */
  close(code?: number, reason?: string): void;
}

/**
 * What the transports may take from the session options: the platform objects (injectable for
 * Node and tests; the globals otherwise) and the emulation settings.
 */
export interface CentrifugoTransportDeps {
  WebSocket?: WebSocketConstructor | undefined;
  fetch?: typeof fetch | undefined;
  EventSource?: EventSourceConstructor | undefined;
  ReadableStream?: ReadableStreamConstructor | undefined;
  /** Where emulation commands go; relative paths resolve against the transport's endpoint. */
  emulationEndpoint: string;
  /** Largest inbound message (or line) accepted. */
  maxFrameBytes: number;
}

/**
 * The `EventSource` constructor: the browser global, or e.g. the `eventsource` package in Node.
 * Typed loosely on purpose (as `WebSocketConstructor`): implementations type their handlers
 * differently, and the SSE transport relies only on the {@link EventSourceLike} subset.
 */
export type EventSourceConstructor = new (url: string) => object;

/** The part of `EventSource` the SSE transport uses. */
export interface EventSourceLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(): void;
}

/** The `ReadableStream` constructor (only its static `from`, to read a body that is not a web stream). */
export interface ReadableStreamConstructor {
  from?(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array>;
}

/**
 * One transport of the fallback list. The WebSocket one is built in; `httpStreamTransport` and
 * `sseTransport` are imported by apps that use them, so others do not ship them.
 */
export interface CentrifugoTransportKind {
  /** The centrifuge-js name, shown in `status.transport`. */
  readonly name: CentrifugoTransportName;
  /** True for the HTTP-based transports: commands go to the emulation endpoint. */
  readonly emulation: boolean;
  /** Whether the platform objects it needs are there (else the list skips it, as centrifuge-js). */
  supported(deps: CentrifugoTransportDeps): boolean;
  /**
   * Opens the transport. Emulation transports send `connectFrame` with the request that opens the
   * stream; the WebSocket ignores it (the driver sends connect once the socket opened). Never
   * throws: failures go to `onClose`.
   */
  open(
    endpoint: string,
    connectFrame: string,
    deps: CentrifugoTransportDeps,
    handlers: CentrifugoTransportHandlers,
  ): CentrifugoConnection;
}

/** One entry of the `transports` option, in the order to try them. */
export interface CentrifugoTransportEndpoint {
  /** `'websocket'`, or an imported transport (`httpStreamTransport`, `sseTransport`). */
  transport: 'websocket' | CentrifugoTransportKind;
  /** The transport's URL, e.g. `http://localhost:8000/connection/http_stream`. */
  endpoint: string;
}
