import type { SessionCore } from '../shared/createSessionCore.ts';
import { encodePub } from './encodeCommands.ts';
import { checkSubject, NatsError } from './natsError.ts';
import { encodeHeaders } from './natsHeaders.ts';
import type { NatsLink } from './natsLink.ts';
import { DEFAULT_RECONNECT_BUF_SIZE, type NatsSessionOptions } from './natsSessionOptions.ts';
import type {
  NatsSession,
  NatsSessionEvents,
  NatsStats,
  NatsStatus,
  PublishOptions,
} from './natsSessionTypes.ts';
import { ReconnectBuffer } from './reconnectBuffer.ts';

const enc = new TextEncoder();
const bytesOf = (data: Uint8Array | string | undefined): Uint8Array =>
  typeof data === 'string' ? enc.encode(data) : (data ?? new Uint8Array(0));

/** The reconnect buffer of `options.reconnectBufSize` (nats.js default), none when it is 0. */
export function reconnectBufferFor(options: NatsSessionOptions): ReconnectBuffer | undefined {
  const bufSize = options.reconnectBufSize ?? DEFAULT_RECONNECT_BUF_SIZE;
  return bufSize > 0 ? new ReconnectBuffer(bufSize) : undefined;
}

/**
 * The session's `publish`: PUB/HPUB within the server's `max_payload`, written at once when
 * connected, else kept in `buffer` while the session is on its way to a connection.
 */
export function createPublish(
  core: SessionCore<NatsStatus, NatsSessionEvents>,
  link: NatsLink,
  buffer: ReconnectBuffer | undefined,
  stats: NatsStats,
): NatsSession['publish'] {
  return function publish(subject: string, data?: Uint8Array | string, pub: PublishOptions = {}): boolean {
    core.assertLive('publish');
    checkSubject(subject);
    if (pub.reply !== undefined) checkSubject(pub.reply, 'reply subject');
    const payload = bytesOf(data);
    const headers = pub.headers ? encodeHeaders(pub.headers) : undefined;
    const size = payload.length + (headers?.length ?? 0);
    const max = link.info?.max_payload;
    if (max !== undefined && size > max) {
      throw new NatsError('payload-too-large', `The message is ${size} bytes; the server accepts ${max}.`);
    }
    const frame = encodePub(subject, payload, pub.reply, headers);
    if (!link.send(frame)) {
      const state = core.state;
      if (buffer === undefined || (state !== 'connecting' && state !== 'reconnecting')) return false;
      buffer.add(frame);
    }
    stats.outMsgs++;
    stats.outBytes += size;
    return true;
  };
}
