import { openWebSocket } from '../../../transports/openWebSocket.ts';
import type { CentrifugoTransportKind } from './CentrifugoTransport.ts';

/**
 * The WebSocket transport (built in): one message per batch of replies, and the close frame's code
 * and reason reach the driver intact so the catalog classifies them.
 */
export const webSocketKind: CentrifugoTransportKind = {
  name: 'websocket',
  emulation: false,
  supported: (deps) => typeof deps.WebSocket === 'function',
  open(endpoint, _connectFrame, deps, handlers) {
    // supported() checked the constructor before the list picked this transport.
    const socket = openWebSocket(endpoint, deps.WebSocket as NonNullable<typeof deps.WebSocket>, {
      onOpen: handlers.onOpen,
      onMessage: handlers.onMessage,
      onClose: ({ code, reason, neverOpened }) => handlers.onClose({ code, reason, neverOpened }),
    });
    return { send: (text) => socket.send(text), close: (code, reason) => socket.close(code, reason) };
  },
};
