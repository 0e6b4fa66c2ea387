import type { ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';

/** The transports the peer serves. */
export type PeerTransport = 'websocket' | 'http_stream' | 'sse';

/** What the peer writes a connection's frames to, whatever the transport. */
export interface PeerChannel {
  readonly transport: PeerTransport;
  /** Whether frames can still be written. */
  isOpen(): boolean;
  /** Writes one frame: N replies joined by `\n` (one WebSocket message, N stream lines or N SSE events). */
  write(frame: string): void;
  /** Writes bytes exactly as given (streams: no newline added; WebSocket: one message). */
  writeRaw(text: string): void;
  /**
   * Ends the connection as Centrifugo does: a WebSocket close frame, or over emulation a
   * disconnect push and the end of the stream.
   */
  close(code: number, reason: string): void;
  /** Drops the TCP connection without a word (the client sees 1006 or a failed read). */
  terminate(): void;
}

/** A WebSocket connection. */
export function webSocketChannel(socket: WebSocket): PeerChannel {
  return {
    transport: 'websocket',
    isOpen: () => socket.readyState === socket.OPEN,
    write: (frame) => socket.send(frame),
    writeRaw: (text) => socket.send(text),
    close: (code, reason) => socket.close(code, reason),
    terminate: () => socket.terminate(),
  };
}

/** The disconnect push Centrifugo writes before it ends an emulation stream. */
const disconnectPush = (code: number, reason: string) =>
  JSON.stringify({ push: { disconnect: { code, reason } } });

/** An HTTP-stream (newline-delimited JSON) or SSE (`data:` events) response. */
export function streamChannel(transport: 'http_stream' | 'sse', response: ServerResponse): PeerChannel {
  const isOpen = () => !response.writableEnded && !response.destroyed;
  const write = (frame: string) => {
    if (!isOpen()) return;
    const lines = frame.split('\n').filter((line) => line !== '');
    response.write(lines.map((line) => (transport === 'sse' ? `data: ${line}\n\n` : `${line}\n`)).join(''));
  };
  return {
    transport,
    isOpen,
    write,
    writeRaw: (text) => void (isOpen() && response.write(text)),
    close(code, reason) {
      write(disconnectPush(code, reason));
      if (isOpen()) response.end();
    },
    terminate: () => response.socket?.destroy(),
  };
}
