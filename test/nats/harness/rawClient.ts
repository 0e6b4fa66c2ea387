import { connect } from 'node:net';
import { createNatsParser, type NatsFrame } from '../../../src/frames/nats/index.ts';

/**
 * A raw TCP NATS client that completes the handshake and then never answers the server's
 * PINGs, so the server declares it stale. Frames go through codestate's own parser.
 */
export function rawSilentClient(port: number): {
  frames: NatsFrame[];
  closed: Promise<void>;
  destroy(): void;
} {
  const frames: NatsFrame[] = [];
  const parser = createNatsParser();
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('connect', () =>
    socket.write('CONNECT {"verbose":false,"pedantic":false,"protocol":1}\r\nPING\r\n'),
  );
  socket.on('data', (chunk: Uint8Array) => parser.push(chunk, (frame) => frames.push(frame)));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return { frames, closed, destroy: () => socket.destroy() };
}
