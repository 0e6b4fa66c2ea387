/** The subset of the WebSocket API codestate uses: the browser global and `ws` both fit. */
export interface WebSocketLike {
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: ends the socket without a close frame (used when `close` throws). */
  terminate?(): void;
  readonly readyState: number;
  /** Bytes queued by `send` and not yet sent (back-pressure); the browser global and `ws` have it. */
  readonly bufferedAmount?: number;
}

/**
 * A WebSocket constructor: `globalThis.WebSocket` in browsers, `ws`'s default export in Node.
 * Typed loosely on purpose: `ws` and the DOM type their event handlers differently, and the
 * transports only rely on the {@link WebSocketLike} subset.
 */
export type WebSocketConstructor = new (url: string) => object;
