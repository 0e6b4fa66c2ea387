import type { Transport } from '../../transports/transport.ts';
import { PONG } from './encodeCommands.ts';

/**
 * Writes `bytes` and checks the socket's back-pressure: returns why the link is a slow consumer
 * when more than `max` bytes wait for a peer that is not reading (TCP `writableLength`, WebSocket
 * `bufferedAmount`), undefined otherwise. The caller gives the socket up then (catalog row
 * `nats.link.slow-consumer`): only a new socket frees what is queued on the old one.
 */
export function writeBounded(transport: Transport, bytes: Uint8Array, max: number): string | undefined {
  transport.send(bytes);
  const pending = transport.pending?.() ?? 0;
  return pending > max
    ? `${pending} bytes queued for a server that is not reading (maxPendingBytes ${max})`
    : undefined;
}

const cache = new Map<number, Uint8Array>();

/**
 * `count` PONGs in one buffer, so the PINGs of one read cost one queued write (a PING flood used to
 * queue a write per PING). Cached: a flood repeats the same few counts.
 */
export function pongs(count: number): Uint8Array {
  if (count === 1) return PONG;
  let bytes = cache.get(count);
  if (bytes === undefined) {
    bytes = new Uint8Array(PONG.length * count);
    for (let i = 0; i < count; i++) bytes.set(PONG, i * PONG.length);
    if (cache.size < 64) cache.set(count, bytes);
  }
  return bytes;
}
